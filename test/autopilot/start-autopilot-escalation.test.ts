/**
 * startAutopilot with GitHub issues and a notification channel configured, against the emulator
 * (its GitHub stand-in and notification recorder): a database going down is escalated once, as
 * one issue and one message, and the HTTP status reports the escalation targets; once it is live
 * again, one "resolved" message, and after the healthy-after time one comment on its issue.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startAutopilot } from "../../src/autopilot/index.js";
import { createGitHubClient } from "../../src/github/index.js";
import { control } from "../deploy/emulator-cli.js";
import { cliEnv } from "../deploy/emulator-cli.js";
import { driveClock, remoteClockFor } from "../helpers/drive-clock.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const GH_TOKEN = "ghp_daemonTestToken0123456789abcdef";

describe("startAutopilot escalation", () => {
  it("a dependency down → one escalate decision → one GitHub issue and one notification; back up → one resolved and one comment", async () => {
    await fetch(`${origin()}/github/_control/reset`, { method: "POST" });
    await ctl.resetStandIns();
    const env = {
      ...cliEnv(emu, { RAILPILOT_DATA_DIR: mkdtempSync(join(tmpdir(), "railpilot-escalation-")) }),
      GITHUB_TOKEN: GH_TOKEN,
      GITHUB_API_URL: `${origin()}/github`,
      RAILPILOT_ISSUES_REPO: "acme/svc",
      NOTIFY_WEBHOOK_URL: `${origin()}/notify/webhook/ops`,
      NOTIFY_WEBHOOK_SECRET: "0123456789abcdef-daemon-secret",
      RAILPILOT_HEALTHY_AFTER: "10m",
    };
    const clock = await remoteClockFor(emu.info.controlUrl);
    // Startup may itself wait on virtual time (a retry backoff after the first request met a pooled
    // connection the emulator closed while the embedded store held the event loop): drive it too.
    const pilot = await driveClock(
      emu.info.controlUrl,
      startAutopilot({ env, cwd: tmpdir(), listen: "127.0.0.1:0", clock, log: () => {} }),
    );
    try {
      const token = pilot.ready.apiToken as string;
      const get = async (path: string) =>
        (await fetch(`${pilot.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
      const postgres = emu.info.services.Postgres as string;
      await control(emu, "/incident", { kind: "dependency_down", serviceId: postgres });

      const octokit = createGitHubClient({ token: GH_TOKEN, baseUrl: `${origin()}/github` });
      const issues = async () => (await octokit.issues.listForRepo({ owner: "acme", repo: "svc", state: "all" })).data;
      /** Drives virtual time until `reached` holds where the daemon is parked, or `maxMs` of it passed. */
      const driveUntil = async (reached: () => Promise<boolean>, maxMs: number) => {
        let done: () => void = () => {};
        const finished = new Promise<void>((resolve) => {
          done = resolve;
        });
        let startedAt: number | undefined;
        await driveClock(emu.info.controlUrl, finished, {
          beforeAdvance: async (c) => {
            startedAt ??= c.now;
            if ((await reached()) || c.now - startedAt > maxMs) done();
            return false;
          },
        });
      };
      // The database's own issue; its dependants (web, worker) fail with it and are escalated on their own.
      const dbIssues = async () => (await issues()).filter((i) => i.title.includes("Postgres (production)"));
      const dbNotes = async () =>
        (await ctl.notifications()).filter((n) => JSON.stringify(n.body).includes("Postgres (production)"));
      await driveUntil(async () => (await dbIssues()).length >= 1 && (await dbNotes()).length >= 1, 30 * 60_000);
      const decisions = (await get("/api/v1/decisions")) as {
        decisions: { kind: string; service: { serviceId: string } }[];
      };
      const dbDecisions = decisions.decisions.filter((d) => d.service.serviceId === postgres);
      expect(dbDecisions.map((d) => d.kind)).toEqual(["escalate"]);
      // A database going down is never answered with a rollback, of it or of what depends on it.
      expect(decisions.decisions.filter((d) => d.kind === "rollback")).toEqual([]);
      expect(await dbIssues()).toHaveLength(1);
      expect(await dbNotes()).toHaveLength(1);
      const status = (await get("/error-monitor/autonomous/status")) as {
        notifications: { issues: { state: string }; channels: { name: string; state: string }[]; failing: string[] };
      };
      expect(status.notifications.issues.state).toBe("ok");
      expect(status.notifications.channels).toHaveLength(1);
      expect(status.notifications.failing).toEqual([]);

      // The database stays down while the daemon keeps watching: no second issue, no second message.
      await driveUntil(async () => false, 10 * 60_000);
      expect(await dbIssues()).toHaveLength(1);
      expect(await dbNotes()).toHaveLength(1);
      // Nor for anything else: one issue per service and cause, whatever the daemon saw again.
      const titles = (await issues()).map((i) => i.title);
      expect(new Set(titles).size).toBe(titles.length);
      // The database comes back: one "resolved" message for it at once; the issue says so once,
      // after it has stayed healthy for RAILPILOT_HEALTHY_AFTER (10 min of virtual time).
      const kinds = async () => (await dbNotes()).map((n) => (n.body as { kind?: string }).kind);
      const comments = async () =>
        (await octokit.issues.listComments({ owner: "acme", repo: "svc", issue_number: (await dbIssues())[0]!.number }))
          .data;
      await control(emu, "/incident", { kind: "recover", serviceId: postgres });
      await driveUntil(async () => (await kinds()).includes("resolved"), 5 * 60_000);
      expect(await kinds()).toEqual(["alert", "resolved"]);
      expect(await comments()).toEqual([]);
      await driveUntil(async () => (await comments()).length >= 1, 30 * 60_000);
      await driveUntil(async () => false, 20 * 60_000);
      expect((await comments()).map((c) => c.body)).toEqual([expect.stringContaining("Healthy again")]);
      expect(await kinds()).toEqual(["alert", "resolved"]);
      expect(await dbIssues()).toHaveLength(1);
      // Neither the token nor the webhook secret reached anything the stand-ins recorded.
      const recorded = JSON.stringify({
        github: await (await fetch(`${origin()}/github/_control/state`)).json(),
        notifications: await ctl.notifications(),
        decisions,
      });
      expect(recorded).not.toContain(GH_TOKEN);
      expect(recorded).not.toContain(env.NOTIFY_WEBHOOK_SECRET);
    } finally {
      await pilot.stop();
    }
  }, 300_000);
});
