import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import { probeHealth, isHealthy } from "../../src/deploy/index.js";
import { EscalationService, IssueEscalator, monitorOnce, stateInBody } from "../../src/escalation/index.js";
import { createGitHubClient } from "../../src/github/index.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu } = useEmulator();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const REPO = { owner: "acme", repo: "monitor" };
let app: http.Server;
let appUrl = "";

beforeAll(async () => {
  app = http.createServer((req, res) => {
    res.statusCode = req.url === "/healthz" ? 200 : 503;
    res.end(req.url === "/healthz" ? "ok" : "down");
  });
  await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => app.close(r));
});

const svc = (id: string, env = "production") => ({
  projectId: "p",
  environmentId: `env-${env}`,
  environmentName: env,
  serviceId: id,
  serviceName: id,
});

describe("monitorOnce", () => {
  it("escalates crashed and failing-probe services once per run, twice-run → same issues updated", async () => {
    await fetch(`${origin()}/github/_control/reset`, { method: "POST" });
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const octokit = createGitHubClient({
      token: "ghp_monitorTestToken0123456789abcdef",
      baseUrl: `${origin()}/github`,
    });
    const probe = async (url: string) => {
      const s = await probeHealth({ url, checks: 1, timeoutMs: 2_000, clock });
      return { healthy: isHealthy(s), detail: s.failures[0] ?? "ok" };
    };
    const services = [
      { service: svc("web"), deploymentStatus: "SUCCESS", healthUrl: `${appUrl}/healthz` },
      { service: svc("api"), deploymentStatus: "SUCCESS", healthUrl: `${appUrl}/broken`, deploymentId: "dep-a" },
      { service: svc("worker"), deploymentStatus: "CRASHED", deploymentId: "dep-w", commitHash: "abc1234" },
      { service: svc("cron", "staging") },
    ];
    for (const runId of ["run-1", "run-2"]) {
      // A CI run starts from nothing: a new escalator each time, found again by the marker.
      const issues = new IssueEscalator({ ...REPO, updateIntervalMs: 60_000 }, { octokit, clock });
      const report = await monitorOnce({
        services,
        probe,
        escalation: new EscalationService({ issues }),
        clock,
        runId,
      });
      expect(report.findings.map((f) => [f.service.serviceName, f.state, f.category])).toEqual([
        ["web", "healthy", undefined],
        ["api", "unhealthy", "HEALTH_CHECK_FAILED"],
        ["worker", "unhealthy", "DEPLOYMENT_CRASHED"],
        ["cron", "unknown", undefined],
      ]);
      expect([report.unhealthy, report.escalationErrors]).toEqual([2, 0]);
      expect(report.findings[1]?.detail).toBe("health probe failed: HTTP 503");
      expect(report.findings[1]?.escalation?.issue?.outcome).toBe(runId === "run-1" ? "created" : "updated");
      issues.close();
      await clock.advance(15 * 60_000);
    }
    const list = (await octokit.issues.listForRepo({ ...REPO, state: "all" })).data;
    expect(list).toHaveLength(2);
    expect(list.map((i) => stateInBody(i.body)?.count)).toEqual([2, 2]);
  });
});
