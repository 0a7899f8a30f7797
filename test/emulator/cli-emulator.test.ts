import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";

/** Spawns `railpilot emulator`, returns its first stdout line, then stops it with SIGTERM. */
function firstLine(args: string[]): Promise<{ line: string; exit: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "emulator", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no ready line within 15 s: ${stderr}`));
    }, 15_000);
    let ready = false;
    const exit = new Promise<number | null>((r) =>
      child.on("close", (code) => {
        if (!ready) {
          clearTimeout(timer);
          reject(new Error(`railpilot emulator exited (${code}) before its ready line: ${stderr}`));
        }
        r(code);
      }),
    );
    createInterface({ input: child.stdout }).once("line", (line) => {
      ready = true;
      clearTimeout(timer);
      child.kill("SIGTERM");
      resolve({ line, exit });
    });
    child.on("error", reject);
  });
}

describe("railpilot emulator", () => {
  it("prints one JSON ready line with urls, tokens and demo ids, and exits on SIGTERM", async () => {
    const { line, exit } = await firstLine(["--port", "0", "--seed", "demo", "--clock", "manual"]);
    const info = JSON.parse(line);
    expect(info.graphqlUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql\/v2$/);
    expect(info.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/graphql\/v2$/);
    expect(info.controlUrl).toMatch(/\/_emulator$/);
    expect(info.appAddress).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(Object.keys(info.tokens).sort()).toEqual(["account", "project", "workspace"]);
    expect(Object.keys(info.services).sort()).toEqual(["Postgres", "Redis", "web", "worker"]);
    expect(info.projectId).toBeTruthy();
    expect(info.environmentId).toBeTruthy();
    expect(await exit).toBe(0);
  });

  it("applies --durations to the lifecycle", async () => {
    const child = spawn(
      process.execPath,
      [BIN, "emulator", "--clock", "manual", "--durations", "queued=1s,init=1s,build=2s,deploy=1s"],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { PATH: process.env.PATH ?? "" },
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.on("close", (code) => reject(new Error(`exited ${code}`)));
        createInterface({ input: child.stdout }).once("line", resolve);
      });
      const info = JSON.parse(line);
      const call = async (query: string, variables: Record<string, unknown>) => {
        const res = await fetch(info.graphqlUrl, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${info.tokens.account}` },
          body: JSON.stringify({ query, variables }),
        });
        return ((await res.json()) as { data: Record<string, unknown> }).data;
      };
      const d = await call(
        `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`,
        { s: info.services.web, e: info.environmentId },
      );
      await fetch(`${info.controlUrl}/clock`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ advanceMs: 5_000 }),
      });
      const dep = await call(`query($id: String!) { deployment(id: $id) { status } }`, {
        id: d.serviceInstanceDeployV2,
      });
      expect(dep.deployment).toEqual({ status: "SUCCESS" });
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("starts an empty world with a workspace only", async () => {
    const { line, exit } = await firstLine(["--seed", "empty", "--plan", "free"]);
    const info = JSON.parse(line);
    expect(info.projectId).toBeNull();
    expect(info.services).toEqual({});
    expect(info.tokens.account).toBeTruthy();
    await exit;
  });

  it("starts a scale seed from the command line", async () => {
    const { line, exit } = await firstLine(["--seed", "scale:40x4", "--clock", "manual"]);
    const info = JSON.parse(line) as { services: Record<string, string>; projectId: string };
    expect(Object.keys(info.services)).toHaveLength(44);
    expect(info.services["scale-04/svc-010"]).toBeTruthy();
    expect(info.projectId).toBeTruthy();
    await exit;
  });

  it("rejects an unknown seed as a usage error", async () => {
    const child = spawn(process.execPath, [BIN, "emulator", "--seed", "nope"], { stdio: ["ignore", "pipe", "pipe"] });
    const code = await new Promise<number | null>((r) => child.on("close", r));
    expect(code).toBe(2);
  });
});
