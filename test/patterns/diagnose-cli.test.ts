import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const BUILD_LOG = [
  "#10 [5/8] RUN npm ci",
  "#10 6.246 npm ERR! code ERESOLVE",
  "#10 6.246 npm ERR! ERESOLVE unable to resolve dependency tree",
].join("\n");

describe("railpilot diagnose", () => {
  it("reads a file and prints category, key line and action", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rp-diagnose-"));
    writeFileSync(join(dir, "build.log"), BUILD_LOG);
    const r = await runCli(["diagnose", "build.log", "--phase", "build"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("BUILD_DEPENDENCY");
    expect(r.stdout).toContain("key line 3: #10 6.246 npm ERR! ERESOLVE unable to resolve dependency tree");
    expect(r.stdout).toContain("action: fix_code");
  });

  it("reads stdin with '-' and prints JSON naming the variable to set", async () => {
    const r = await runCli(["diagnose", "-", "--json"], {
      input: "Error: Environment variable not found: DATABASE_URL.\nError: connect ECONNREFUSED 127.0.0.1:5432\n",
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { category: string; variable?: string; action: string; phase: string };
    expect(out).toMatchObject({
      category: "MISSING_ENV_CONFIG",
      variable: "DATABASE_URL",
      action: "set_variable",
      phase: "runtime",
    });
  });

  it("exits 2 with a hint when the file does not exist", async () => {
    const r = await runCli(["diagnose", "/no/such/file.log"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("does not exist");
    expect(r.stderr).toContain("hint:");
  });

  it("exits 2 on an invalid --phase", async () => {
    const r = await runCli(["diagnose", "-", "--phase", "deploy"], { input: "x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--phase");
  });

  it("documents itself in --help", async () => {
    const r = await runCli(["diagnose", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: railpilot diagnose");
    expect(r.stdout).toContain("--phase");
    expect(r.stdout).toContain("HEALTHCHECK_TIMEOUT");
  });
});
