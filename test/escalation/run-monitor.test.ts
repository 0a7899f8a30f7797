/**
 * runMonitor (the library side of `railpilot monitor --once`) in-process against the emulator: a
 * FAILED build has its BUILD logs read and diagnosed, its issue carries the key line, and a second
 * pass over the same failed deployment reports nothing again (remembered in the store).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connectRailway, loadConfig } from "../../src/config/index.js";
import { runMonitor } from "../../src/escalation/index.js";
import { advanceUntilStatus, deployService } from "../helpers/deploy-service.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator({ seed: "demo", clock: "manual" });
const origin = () => new URL(emu.info.graphqlUrl).origin;
const dataDir = mkdtempSync(join(tmpdir(), "railpilot-run-monitor-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("runMonitor", () => {
  it("diagnoses a FAILED build from its build logs and reports the failed deployment once across passes", async () => {
    await fetch(`${origin()}/github/_control/reset`, { method: "POST", signal: AbortSignal.timeout(10_000) });
    const worker = emu.info.services.worker as string;
    await ctl.outcome(worker, "build_failed", { cause: "compile_error" });
    const failed = await deployService(emu, worker);
    await advanceUntilStatus(emu, failed, ["SUCCESS", "FAILED", "CRASHED"]);
    expect(emu.world.deployments.get(failed)?.status).toBe("FAILED");

    const env = {
      RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
      RAILWAY_API_TOKEN: emu.info.tokens.account as string,
      RAILPILOT_DATA_DIR: dataDir,
      GITHUB_TOKEN: "ghp_runMonitorToken0123456789abcdefghijk",
      GITHUB_API_URL: `${origin()}/github`,
      RAILPILOT_ISSUES_REPO: "acme/worker",
    };
    const config = loadConfig({ cwd: dataDir, env });
    // The monitor runs on real time like the CLI does (the emulator's virtual clock only moves the world).
    const rw = await connectRailway(config);
    try {
      const pass = () =>
        runMonitor({ client: rw.client, config, env, clock: rw.clock, cwd: dataDir, environments: ["production"] });
      const first = (await pass()).findings.find((f) => f.service.serviceId === worker);
      expect(first).toMatchObject({ state: "unhealthy", deploymentId: failed, category: "BUILD_COMPILE" });
      expect(first?.diagnosis?.phase).toBe("build");
      expect(first?.diagnosis?.keyLine).not.toBe("");
      expect(first?.escalation?.issue?.outcome).toBe("created");

      const second = (await pass()).findings.find((f) => f.service.serviceId === worker);
      expect(second?.alreadyReported).toMatchObject({
        category: "BUILD_COMPILE",
        issueNumber: first?.escalation?.issue?.issueNumber,
      });
      expect(second?.escalation).toBeUndefined();
      const state = (await (await fetch(`${origin()}/github/_control/state`)).json()) as {
        repos: Record<string, { issues: { body: string }[] }>;
      };
      const issues = state.repos["acme/worker"]?.issues ?? [];
      expect(issues).toHaveLength(1);
      expect(issues[0]?.body).toContain('"count":1');
      expect(issues[0]?.body).toContain(first?.diagnosis?.keyLine.slice(0, 40) ?? "?");
    } finally {
      await rw.close();
    }
  }, 300_000);
});
