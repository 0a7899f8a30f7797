/**
 * Phase durations come from Railway's clock, not ours: a runner whose local clock is minutes
 * behind Railway's must still report the queued/build/deploy times Railway's statuses show.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import { type DeployReport, RailwayDeployApi, runDeploy } from "../../src/deploy/index.js";
import { EmulatorControl, type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { RailwayClient } from "../../src/railway/index.js";

let emu: RunningEmulator;
let ctl: EmulatorControl;

beforeAll(async () => {
  // Default phases: queued 1 s, initialising 3 s, building 30 s, deploying 10 s.
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
  ctl = new EmulatorControl(emu.info.controlUrl);
});
afterAll(() => emu?.close());

describe("deploy durations under clock skew", () => {
  it("reports Railway's phase durations when the local clock is 7 minutes behind", async () => {
    const skewMs = 7 * 60_000;
    const local = new ManualClock((await ctl.clock()).now - skewMs);
    const client = new RailwayClient({
      endpoint: emu.info.graphqlUrl,
      apiToken: emu.info.tokens.account,
      env: {},
      plan: "unlimited",
    });
    try {
      let report: DeployReport | undefined;
      const run = runDeploy({
        api: new RailwayDeployApi(client),
        clock: local,
        serviceId: emu.info.services.web as string,
        environmentId: emu.info.environmentId as string,
        health: { checks: 0 },
      }).then((r) => {
        report = r;
      });
      // Both clocks move together, one virtual second per step, until the verdict is in.
      for (let i = 0; i < 600 && !report; i++) {
        await ctl.advance(1_000);
        await local.advance(1_000);
        await new Promise((r) => setImmediate(r));
      }
      await run;
      expect(report?.verdict).toBe("deployed");
      const durations = report?.durationsMs;
      expect(durations?.build).toBe(30_000);
      expect(durations?.deploy).toBe(10_000);
      expect(durations?.queued).toBeLessThanOrEqual(5_000);
    } finally {
      client.close();
    }
  }, 60_000);
});
