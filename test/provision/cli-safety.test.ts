/**
 * CLI edges of plan/apply/instances: usage errors that name their cause, and an interactive
 * apply that applies exactly the plan it showed.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { readLiveState, parseStackSpec } from "../../src/provision/index.js";
import { RailwayClient, VariableUpsertDocument } from "../../src/railway/index.js";
import { runCli } from "../helpers/cli.js";

let emu: RunningEmulator;
let dir: string;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty" });
  dir = mkdtempSync(join(tmpdir(), "rp-cli-safety-"));
  writeFileSync(
    join(dir, "stack.yaml"),
    "project:\n  name: interactive\nservices:\n  api:\n    source: { image: busybox }\n    variables: { MODE: a }\n",
  );
});
afterAll(async () => {
  await emu?.close();
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
    RAILWAY_API_TOKEN: emu.info.tokens.account,
    RAILWAY_WORKSPACE_ID: emu.info.workspaceId,
    RAILPILOT_DATA_DIR: join(dir, ".railpilot"),
    CI: "true",
    ...extra,
  };
}

describe("instances: usage errors", () => {
  it("names a --from file that does not exist (exit 2)", async () => {
    const r = await runCli(["instances", "create", "--from", "missing-tenants.csv", "--stack", "stack.yaml"], {
      env: env(),
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot read the tenants file missing-tenants.csv");
    expect(r.stderr).not.toContain("ENOENT:");
  }, 60_000);

  it("exits 2 for an unknown instance and lists the ones there are", async () => {
    const r = await runCli(["instances", "status", "nobody"], { env: env(), cwd: dir, timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No instance named "nobody"');
    expect(r.stderr).toContain("no instances yet");
  }, 60_000);

  it("whoami reports a failed `me` as an error, not as a workspace token", async () => {
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: null, errors: [{ message: "Internal server hiccup" }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const r = await runCli(["instances", "whoami"], {
        env: env({ RAILWAY_GRAPHQL_ENDPOINT: `http://127.0.0.1:${port}/graphql/v2` }),
        cwd: dir,
        timeoutMs: 30_000,
      });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain("workspace token");
      expect(r.stderr).toContain("Internal server hiccup");
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 60_000);
});

describe("interactive apply", () => {
  it("refuses as stale when Railway changes between the plan shown and the answer", async () => {
    const first = await runCli(["apply", "-f", "stack.yaml", "--yes"], { env: env(), cwd: dir, timeoutMs: 60_000 });
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(
      join(dir, "stack.yaml"),
      "project:\n  name: interactive\nservices:\n  api:\n    source: { image: busybox }\n    variables: { MODE: b }\n",
    );

    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    const stderr = new PassThrough();
    const stdin = new PassThrough();
    let out = "";
    let err = "";
    stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    const client = new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: emu.info.tokens.account, env: {} });
    const asked = new Promise<void>((resolve) => {
      stderr.on("data", (d: Buffer) => {
        err += d.toString();
        if (err.includes("Apply these changes?")) resolve();
      });
    });
    const exit = main(["apply", "-f", "stack.yaml"], { stdout, stderr, stdin, env: env({ CI: "" }), cwd: dir });
    await asked;
    // Someone changes the service while the question is on screen.
    const snap = await readLiveState(
      client,
      parseStackSpec("project:\n  name: interactive\nservices:\n  api:\n    source: { image: busybox }\n"),
      {
        workspaceId: emu.info.workspaceId,
      },
    );
    await client.request(VariableUpsertDocument, {
      input: {
        projectId: snap.projectId as string,
        environmentId: snap.environmentId as string,
        serviceId: snap.serviceIds.get("api") as string,
        name: "EXTRA",
        value: "1",
        skipDeploys: true,
      },
    });
    stdin.end("y\n");
    expect(await exit).toBe(1);
    expect(out).toContain("service.api.variable.MODE");
    expect(err).toContain("run `railpilot plan` again");
  }, 120_000);
});
