/**
 * An endpoint that accepts connections and never answers: each request is bounded by
 * --request-timeout, the whole command by --max-time (exit 4), hints name those real flags, and a
 * person at a terminal is told what the command waits for.
 */
import { createServer, type Server, type Socket } from "node:net";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractGlobalFlags, main } from "../../src/cli/main.js";
import { runCli } from "../helpers/cli.js";

let server: Server;
let endpoint: string;
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  endpoint = `http://127.0.0.1:${address.port}/graphql/v2`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

const env = () => ({ RAILWAY_API_TOKEN: "tok-hanging-123456", RAILWAY_GRAPHQL_ENDPOINT: endpoint });

describe("an endpoint that never answers", () => {
  it("gives up on each request after --request-timeout, with a hint naming real flags", async () => {
    const started = Date.now();
    const r = await runCli(["whoami", "--request-timeout", "500ms"], { env: env(), timeoutMs: 60_000 });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("timed out after 500 ms");
    expect(r.stderr).toContain("--request-timeout");
    expect(r.stderr).not.toContain("timeoutMs");
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 60_000);

  it("bounds the whole command with --max-time (exit 4), also under --json", async () => {
    const r = await runCli(["status", "--json", "--max-time", "1s"], { env: env(), timeoutMs: 30_000 });
    expect(r.code).toBe(4);
    const doc = JSON.parse(r.stdout) as { error: { code: string; message: string; exitCode: number } };
    expect(doc.error).toMatchObject({ code: "TIMEOUT", exitCode: 4 });
    expect(doc.error.message).toContain("--max-time");
  }, 40_000);

  it("rejects a zero or absurd bound with exit 2", async () => {
    expect((await runCli(["whoami", "--request-timeout", "0s"], { env: env() })).code).toBe(2);
    const r = await runCli(["--max-time", "30d", "whoami"], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("longest accepted is 24d");
  });

  it("tells a person at a terminal what it is waiting for", async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    let errText = "";
    stderr.on("data", (d: Buffer) => {
      errText += d.toString();
    });
    stdout.resume();
    const code = await main(["whoami", "--max-time", "4500ms"], {
      stdout,
      stderr,
      stdin: new PassThrough(),
      env: env(),
      cwd: process.cwd(),
    });
    expect(code).toBe(4);
    expect(errText).toMatch(/waiting for Railway at 127\.0\.0\.1:\d+: no answer after \d+s/);
    expect(errText).toContain("--request-timeout");
  }, 30_000);
});

describe("global flags", () => {
  it.each([
    [["whoami", "--max-time", "5s"], ["whoami"], { maxTime: "5s" }],
    [["--request-timeout=2s", "status", "--json"], ["status", "--json"], { requestTimeout: "2s" }],
    [["logs", "web", "--", "--max-time", "1s"], ["logs", "web", "--", "--max-time", "1s"], {}],
  ])("%j → %j %j", (argv, rest, globals) => {
    expect(extractGlobalFlags(argv)).toEqual({ rest, globals });
  });
});
