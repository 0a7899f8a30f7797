import { beforeEach, describe, expect, it } from "vitest";
import type { DecisionView } from "../../src/autopilot/contract.js";
import { ManualClock } from "../../src/core/index.js";
import { EscalationService, IssueEscalator, stateInBody } from "../../src/escalation/index.js";
import { createGitHubClient } from "../../src/github/index.js";
import { Notifier, webhookChannel } from "../../src/notify/index.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const REPO = { owner: "acme", repo: "svc" };
const service = {
  projectId: "p",
  environmentId: "e",
  environmentName: "production",
  serviceId: "svc-api",
  serviceName: "api",
};
const crash = (n: number, at: string): DecisionView => ({
  id: `dec-${n}`,
  at,
  kind: "rollback",
  status: "failed",
  service,
  deploymentId: `dep-${n}`,
  causeKey: `crash:dep-${n}`,
  reasons: ["The deployment crashed", "No earlier deployment can be rolled back to"],
  evidence: { category: "RUNTIME_EXCEPTION", patternId: "pat-1", keyLines: ["TypeError: boom"] },
});

beforeEach(async () => {
  await fetch(`${origin()}/github/_control/reset`, { method: "POST" });
  await ctl.resetStandIns();
});

describe("EscalationService over the emulator (GitHub stand-in + notification recorder)", () => {
  it("3 crashes → one issue and one message with its link; healthy → one comment and one 'resolved'", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const octokit = createGitHubClient({
      token: "ghp_serviceTestToken0123456789abcdef",
      baseUrl: `${origin()}/github`,
    });
    const issues = new IssueEscalator(
      { ...REPO, updateIntervalMs: 60_000, healthyAfterMs: 10 * 60_000 },
      { octokit, clock },
    );
    const notifier = new Notifier({
      channels: [webhookChannel({ url: `${origin()}/notify/webhook/x`, secret: "0123456789abcdef-secret", clock })],
      clock,
      windowMs: 30 * 60_000,
    });
    const svc = new EscalationService({ issues, notifier });
    const ignored = await svc.onDecision({
      ...crash(0, "2026-12-04T09:59:00.000Z"),
      kind: "restart",
      status: "verified",
    });
    expect(ignored).toBeUndefined();
    const handled = [];
    for (let i = 1; i <= 3; i++) {
      handled.push(await svc.onDecision(crash(i, new Date(clock.now()).toISOString())));
      await clock.advance(2 * 60_000);
    }
    expect(handled.map((h) => [h?.issue?.outcome, h?.notification])).toEqual([
      ["created", "queued"],
      ["updated", "grouped"],
      ["updated", "grouped"],
    ]);
    const list = (await octokit.issues.listForRepo({ ...REPO, state: "all" })).data;
    expect(list).toHaveLength(1);
    expect(stateInBody(list[0]?.body)?.count).toBe(3);
    await clock.advance(15 * 60_000);
    const healthy = await svc.healthy(
      { serviceId: "svc-api", category: "RUNTIME_EXCEPTION", patternId: "pat-1" },
      "2026-12-04T10:05:00.000Z",
    );
    expect(healthy).toEqual({ issue: "commented", notification: "queued" });
    await notifier.drain();
    const got = (await ctl.notifications("webhook")).map(
      (r) => r.body as { type: string; issueUrl?: string; occurrences: number },
    );
    expect(got.map((b) => [b.type, b.occurrences])).toEqual([
      ["railpilot.alert", 1],
      ["railpilot.resolved", 2],
    ]);
    expect(got[0]?.issueUrl).toBe(list[0]?.html_url);
    expect(svc.status().notifications?.channels[0]).toMatchObject({ name: "webhook", sent: 2, state: "ok" });
    issues.close();
    await notifier.close();
  });

  it("a GitHub failure is reported in the result and the notification still goes out", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const octokit = createGitHubClient({
      token: "ghp_serviceTestToken0123456789abcdef",
      baseUrl: "http://127.0.0.1:9/github",
      timeoutMs: 2_000,
    });
    const issues = new IssueEscalator(REPO, { octokit, clock });
    const notifier = new Notifier({
      channels: [webhookChannel({ url: `${origin()}/notify/webhook/x`, secret: "0123456789abcdef-secret", clock })],
      clock,
    });
    const svc = new EscalationService({ issues, notifier });
    const h = await svc.onDecision(crash(1, "2026-12-04T10:00:00.000Z"));
    expect(h?.issueError?.code).toBe("ESCALATION");
    expect(h?.issueError?.message).not.toContain("ghp_serviceTestToken");
    expect(h?.notification).toBe("queued");
    await notifier.drain();
    expect(await ctl.notifications("webhook")).toHaveLength(1);
    issues.close();
    await notifier.close();
  });
});
