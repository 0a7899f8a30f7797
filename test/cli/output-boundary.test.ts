// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec sources hold template literals of their own
/**
 * The CLI's output boundary, through the real binary: secrets never printed (from the first line,
 * whatever raised the error), one JSON error object under --json, quiet exit when the reader of
 * stdout goes away, and `--help` grouped by task.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli } from "../helpers/cli.js";

const ACCOUNT_TOKEN = "acct-5f0c9e1d-7a42-4b8e-9d3f-1c2b3a4d5e6f";
const PROJECT_TOKEN = "proj-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const GITHUB_TOKEN = "ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0000";
const DB_PASSWORD = "pw-very-secret-9931";
const ENV = {
  RAILWAY_API_TOKEN: ACCOUNT_TOKEN,
  RAILWAY_TOKEN: PROJECT_TOKEN,
  GITHUB_TOKEN,
  DATABASE_URL: `postgres://app:${DB_PASSWORD}@127.0.0.1:1/app`,
  RAILWAY_GRAPHQL_ENDPOINT: "http://127.0.0.1:9/graphql/v2",
};
const SECRETS = [ACCOUNT_TOKEN, PROJECT_TOKEN, GITHUB_TOKEN, DB_PASSWORD];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "railpilot-boundary-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function spec(name: string, body: string): string {
  const d = join(dir, name, ".railway");
  mkdirSync(d, { recursive: true });
  writeFileSync(join(dir, name, "package.json"), '{"type":"module"}\n');
  writeFileSync(join(d, "railway.ts"), body);
  return join(d, "railway.ts");
}

function expectNoSecret(output: string): void {
  for (const s of SECRETS) expect(output).not.toContain(s);
}

describe("a Railway token is never printed", () => {
  it("when a railway.ts spec throws at top level with the tokens in its message", async () => {
    const file = spec(
      "top",
      "const env = process.env;\nthrow new Error(`boom at top level ${env.RAILWAY_API_TOKEN} ${env.RAILWAY_TOKEN} ${env.GITHUB_TOKEN} ${env.DATABASE_URL}`);\nexport default () => ({});\n",
    );
    for (const args of [
      ["plan", "-f", file],
      ["plan", "-f", file, "--json"],
      ["apply", "-f", file, "--yes"],
    ]) {
      const r = await runCli(args, { env: ENV, cwd: dir });
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr + r.stdout).toContain("boom at top level");
      expect(r.stderr + r.stdout).toContain("[redacted]");
      expectNoSecret(r.stdout + r.stderr);
    }
  });

  it("when the program inside the spec throws, logs, or writes to stderr itself", async () => {
    const file = spec(
      "inside",
      [
        "const env = process.env;",
        "export default async () => {",
        "  console.log('spec says', env.RAILWAY_API_TOKEN);",
        "  process.stderr.write(`raw ${env.RAILWAY_TOKEN}\\n`);",
        "  throw new Error(`inside program: token=${env.RAILWAY_API_TOKEN} project=${env.RAILWAY_TOKEN}`);",
        "};",
      ].join("\n"),
    );
    const r = await runCli(["plan", "-f", file], { env: { ...ENV, RAILPILOT_DEBUG: "1" }, cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toContain("inside program");
    expectNoSecret(r.stdout + r.stderr);
  });

  it("when the config file holds a literal token and fails validation", async () => {
    const cwd = join(dir, "config");
    mkdirSync(cwd, { recursive: true });
    const literal = "literal-token-in-yaml-7c1d9e";
    writeFileSync(join(cwd, "railpilot.yaml"), `railway:\n  apiToken: ${literal}\n  bogus: ${literal}\n`);
    const r = await runCli(["status"], { env: {}, cwd });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(literal);
  });

  it("in an unknown-flag error that echoes the token", async () => {
    const r = await runCli(["status", `--${ACCOUNT_TOKEN}`], { env: ENV });
    expect(r.code).toBe(2);
    expectNoSecret(r.stdout + r.stderr);
  });
});

describe("--json errors", () => {
  it("prints one JSON error object on stdout for a usage error", async () => {
    const r = await runCli(["status", "--json", "--no-such-flag"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as {
      error: { code: string; message: string; hint: string | null; exitCode: number };
    };
    expect(doc.error).toMatchObject({ code: "USAGE", exitCode: 2 });
    expect(doc.error.message).toContain("--no-such-flag");
  });

  it("prints one JSON error object for a missing token", async () => {
    const r = await runCli(["status", "--json"], { env: {} });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { error: { code: string; hint: string | null; exitCode: number } };
    expect(doc.error).toMatchObject({ code: "NO_TOKEN", exitCode: 2 });
    expect(doc.error.hint).toContain("RAILWAY_API_TOKEN");
  });

  it("prints one JSON error object for an unreachable endpoint, secrets redacted", async () => {
    const r = await runCli(["whoami", "--json"], {
      env: { RAILWAY_API_TOKEN: ACCOUNT_TOKEN, RAILWAY_GRAPHQL_ENDPOINT: "http://127.0.0.1:9/graphql/v2" },
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { error: { code: string; exitCode: number } };
    expect(doc.error).toMatchObject({ code: "NETWORK", exitCode: 1 });
    expectNoSecret(r.stdout + r.stderr);
  }, 70_000);
});

describe("EPIPE", () => {
  it("exits quietly when the reader of stdout goes away (railpilot deploy --help | head -1)", async () => {
    for (const args of [["deploy", "--help"], ["--help"], ["patterns", "-"]]) {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          stdio: ["pipe", "pipe", "pipe"],
          env: { PATH: process.env.PATH ?? "" },
        });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => {
          stderr += d.toString();
        });
        // The reader leaves before a byte is written.
        child.stdout.destroy();
        // `--help` exits without reading its input: our write to it may then fail with EPIPE.
        child.stdin.on("error", () => {});
        child.stdin.end(Array.from({ length: 20_000 }, (_, i) => `line ${i} user=${i % 7} took ${i}ms`).join("\n"));
        child.on("close", (code) => resolve({ code, stderr }));
      });
      expect(result.stderr, args.join(" ")).toBe("");
      expect(result.code, args.join(" ")).toBe(0);
    }
  });
});

describe("railpilot --help", () => {
  it("groups commands by task, in one voice, and ends with the exit codes", async () => {
    const r = await runCli(["--help"]);
    const headings = ["Deploy & watch:", "Provision:", "Logs & diagnosis:", "Emulator:"];
    const at = headings.map((h) => r.stdout.indexOf(h));
    for (const [i, pos] of at.entries()) expect(pos, headings[i]).toBeGreaterThan(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(r.stdout.indexOf("deploy [options]")).toBeGreaterThan(at[0] as number);
    expect(r.stdout.indexOf("diagnose [options]")).toBeGreaterThan(at[2] as number);
    // One voice: every command line starts its summary with a capital letter.
    const listed = r.stdout.split("\n").filter((l) => /^ {2}[a-z]+ /.test(l));
    expect(listed.length).toBeGreaterThan(10);
    for (const line of listed) expect(line.replace(/^ {2}\S+( \S+)*? {2,}/, ""), line).toMatch(/^[A-Z]/);
    expect(r.stdout).toMatch(/rollback failed/);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^\s*7\s/);
  });
});
