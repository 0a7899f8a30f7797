/**
 * The daemon's escalations go through a durable queue in the store (pg-boss), on both stores,
 * against the emulator's GitHub stand-in and notification recorder:
 * - what a daemon queued and did not run before it died is delivered by the next one, once;
 * - what a daemon was running when it died is delivered once its expiry has passed, once;
 * - two replicas that both see a decision escalate it once (Postgres).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { DecisionView } from "../../src/autopilot/contract.js";
import {
  createDaemonEscalation,
  type DaemonEscalation,
  ESCALATION_QUEUE,
  queueEscalation,
} from "../../src/autopilot/daemon-escalation.js";
import { loadConfig } from "../../src/config/index.js";
import { ManualClock } from "../../src/core/index.js";
import { createGitHubClient } from "../../src/github/index.js";
import { openJobQueue } from "../../src/store/index.js";
import { useEmulator } from "../helpers/emulator.js";
import { storeKinds, useTestStore } from "../helpers/store.js";

const { emu, ctl } = useEmulator();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const GH_TOKEN = "ghp_queueTestToken0123456789abcdefgh";
const SECRET = "0123456789abcdef-queue-secret";

const env = () => ({
  GITHUB_TOKEN: GH_TOKEN,
  GITHUB_API_URL: `${origin()}/github`,
  RAILPILOT_ISSUES_REPO: "acme/queue",
  NOTIFY_WEBHOOK_URL: `${origin()}/notify/webhook/ops`,
  NOTIFY_WEBHOOK_SECRET: SECRET,
});

const dbDown = (n: number): DecisionView => ({
  id: `dec-queue-${n}`,
  at: "2026-12-06T10:00:00.000Z",
  kind: "escalate",
  status: "decided",
  service: {
    projectId: "p",
    environmentId: "e",
    environmentName: "production",
    serviceId: `svc-db-${n}`,
    serviceName: `db${n}`,
  },
  deploymentId: `dep-db-${n}`,
  causeKey: `dependency:svc-db-${n}`,
  reasons: ["The database is down; rolling back its dependants would not bring it back"],
  evidence: { category: "DEPENDENCY_UNREACHABLE", keyLines: ["FATAL: the database system is shutting down"] },
});

const issues = async () => {
  const octokit = createGitHubClient({ token: GH_TOKEN, baseUrl: `${origin()}/github` });
  return (await octokit.issues.listForRepo({ owner: "acme", repo: "queue", state: "all" })).data;
};
const messages = async () => (await ctl.notifications()).filter((n) => JSON.stringify(n.body).includes("db"));

describe.each(await storeKinds())("daemon escalations through the durable queue on %s", ({ kind, skip }) => {
  const store = useTestStore(kind, skip);
  const clock = new ManualClock(Date.parse("2026-12-06T10:00:00Z"));
  const config = () => loadConfig({ cwd: mkdtempSync(join(tmpdir(), "railpilot-queue-")), env: env() });
  const daemon = (options: { retryDelaySeconds?: number } = {}) =>
    createDaemonEscalation({ config: config(), env: env(), clock, store: store(), log: () => {}, ...options });
  const closeAll = async (...daemons: (DaemonEscalation | undefined)[]) => {
    for (const d of daemons) await d?.close();
  };

  beforeEach(async () => {
    await fetch(`${origin()}/github/_control/reset`, { method: "POST" });
    await ctl.resetStandIns();
  });

  it.skipIf(skip)(
    "an escalation queued by a daemon that died before running it is delivered by the next daemon, once",
    async () => {
      // The dying daemon got as far as queueing it.
      const dying = await openJobQueue(store(), {
        queues: [{ name: ESCALATION_QUEUE, expireInSeconds: 60, retryLimit: 5, retryDelaySeconds: 30 }],
      });
      expect(await queueEscalation(dying, dbDown(1))).toBe(true);
      await dying.close();
      expect(await issues()).toEqual([]);

      const next = await daemon();
      try {
        await next!.idle();
        expect((await issues()).map((i) => i.title)).toEqual([expect.stringContaining("db1")]);
        expect(await messages()).toHaveLength(1);
        // The same decision seen again (a replayed event) is not escalated again.
        next!.onEvent({ type: "decision", decision: dbDown(1) });
        await next!.idle();
        expect(await issues()).toHaveLength(1);
        expect(await messages()).toHaveLength(1);
      } finally {
        await closeAll(next);
      }
    },
  );

  it.skipIf(skip)("an escalation a daemon was running when it died runs again after its expiry, once", async () => {
    const dying = await openJobQueue(store(), {
      queues: [{ name: ESCALATION_QUEUE, expireInSeconds: 60, retryLimit: 5, retryDelaySeconds: 0 }],
    });
    await queueEscalation(dying, dbDown(2));
    const held = await dying.take(ESCALATION_QUEUE);
    expect(held).toBeDefined();
    // Killed while holding it: nothing reached GitHub, and the job is not released.

    const next = await daemon({ retryDelaySeconds: 0 });
    try {
      await next!.idle();
      expect(await issues()).toEqual([]); // still held by the dead worker
      // Its expiry passes (moved back in the database instead of waiting), and the next maintenance hands it on.
      await store().executeSql(
        `update "${store().schema ?? "railpilot"}_jobs".job set started_on = now() - interval '1 hour' where id = $1`,
        [held!.id],
      );
      await clock.advance(60_000);
      await next!.idle();
      expect((await issues()).map((i) => i.title)).toEqual([expect.stringContaining("db2")]);
      expect(await messages()).toHaveLength(1);
    } finally {
      await closeAll(next);
      await dying.close();
    }
  });

  it.skipIf(skip || kind !== "postgres")("two replicas that both see a decision escalate it once", async () => {
    const a = await daemon();
    const b = await daemon();
    try {
      a!.onEvent({ type: "decision", decision: dbDown(3) });
      b!.onEvent({ type: "decision", decision: dbDown(3) });
      await Promise.all([a!.idle(), b!.idle()]);
      expect((await issues()).map((i) => i.title)).toEqual([expect.stringContaining("db3")]);
      expect(await messages()).toHaveLength(1);
    } finally {
      await closeAll(a, b);
    }
  });
});
