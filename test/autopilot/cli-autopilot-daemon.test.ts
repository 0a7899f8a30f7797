/** `railpilot autopilot` as a subprocess against the emulator: ready line, API, SIGTERM, --once. */
// A cold start (CLI, embedded PGlite store, service discovery) takes ~20 s on a loaded 2-core machine; the bounds leave room.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { BIN, runCli } from "../helpers/cli.js";
import { cliEnv } from "../deploy/emulator-cli.js";
import { driveClock } from "../helpers/drive-clock.js";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
});
afterAll(async () => {
  await emu?.close();
});

// The daemon runs on the emulator's clock (RAILPILOT_CLOCK_URL), driven by driveClock where it has to move.
const envFor = () => cliEnv(emu, { RAILPILOT_DATA_DIR: mkdtempSync(join(tmpdir(), "railpilot-autopilot-")) });

describe("railpilot autopilot (daemon)", () => {
  // The ready line must come without anyone advancing the virtual clock: nothing on the start path
  // may wait on it (a retry backoff did, after the embedded store held the event loop).
  it("prints one ready line (the virtual clock standing still), serves the API with the generated token, and exits 0 on SIGTERM", async () => {
    const child = spawn(process.execPath, [BIN, "autopilot", "--listen", "127.0.0.1:0"], {
      env: { PATH: process.env.PATH ?? "", HOME: "/tmp", ...envFor() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line\n${stdout}\n${stderr}`)), 150_000);
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes("\n")) {
          clearTimeout(timer);
          resolve(stdout.split("\n")[0] as string);
        }
      });
      child.on("close", () => reject(new Error(`exited before ready\n${stdout}\n${stderr}`)));
    });
    const ready = JSON.parse(line) as {
      apiUrl: string;
      dashboardUrl: string;
      webhookUrl: string;
      dryRun: boolean;
      watching: { environments: number; services: number };
      apiToken: string;
    };
    expect(ready.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.dashboardUrl).toBe(`${ready.apiUrl}/error-monitor/dashboard`);
    expect(ready.webhookUrl.startsWith(`${ready.apiUrl}/webhooks/railway/`)).toBe(true);
    expect(ready.dryRun).toBe(false);
    expect(ready.watching.environments).toBe(1);
    expect(ready.watching.services).toBeGreaterThan(1);
    expect(ready.apiToken.length).toBeGreaterThan(20);

    expect((await fetch(`${ready.apiUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${ready.apiUrl}/api/v1/services`)).status).toBe(401);
    const services = (await (
      await fetch(`${ready.apiUrl}/api/v1/services`, { headers: { authorization: `Bearer ${ready.apiToken}` } })
    ).json()) as { services: { serviceName: string }[] };
    expect(services.services.map((s) => s.serviceName)).toContain("web");

    child.kill("SIGTERM");
    expect(await driveClock(emu.info.controlUrl, exited)).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  }, 180_000);

  it("--once runs one cycle over a healthy environment and exits 0 with the result as JSON", async () => {
    const r = await driveClock(
      emu.info.controlUrl,
      runCli(["autopilot", "--once", "--json", "--dry-run"], { env: envFor(), timeoutMs: 150_000 }),
    );
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { observations: number; decisions: unknown[] };
    expect(result.observations).toBeGreaterThan(0);
  }, 180_000);
});
