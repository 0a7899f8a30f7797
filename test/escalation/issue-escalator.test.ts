import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { WatchedService } from "../../src/autopilot/contract.js";
import { ManualClock, registerSecret } from "../../src/core/index.js";
import {
  type EscalationInput,
  IssueEscalator,
  type IssueEscalatorConfig,
  stateInBody,
} from "../../src/escalation/index.js";
import { createGitHubClient } from "../../src/github/index.js";
import { useEmulator } from "../helpers/emulator.js";
import { createTestStore, storeKinds, type TestStore, useTestStore } from "../helpers/store.js";

const { emu } = useEmulator();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const REPO = { owner: "acme", repo: "shop" };
const GH_TOKEN = "ghp_escalationTestToken0123456789abcdef";
const DB_PASSWORD = "s3cr3t-db-password-xyz";

const service: WatchedService = {
  projectId: "p1",
  environmentId: "e1",
  environmentName: "production",
  serviceId: "svc-api",
  serviceName: "api",
};

function occurrence(n: number, at: string, over: Partial<EscalationInput> = {}): EscalationInput {
  return {
    service,
    at,
    severity: "critical",
    headline: "Crashed: TypeError in orders handler",
    reasons: ["The deployment crashed 3 times in 5 minutes", "Rollback was not possible"],
    diagnosis: {
      category: "RUNTIME_EXCEPTION",
      patternId: "pat-typeerror-orders",
      keyLines: [
        "TypeError: cannot read properties of undefined (reading 'id')",
        "    at handler (src/routes/orders.ts:42:7)",
      ],
    },
    deploymentId: "dep-123",
    commitHash: "abc1234def",
    action: { kind: "rollback", outcome: "failed", detail: "no previous successful deployment" },
    links: { railwayDeployment: "https://railway.com/project/p1/service/svc-api?id=dep-123" },
    occurrenceKey: `decision-${n}`,
    ...over,
  };
}

const gh = () => createGitHubClient({ token: GH_TOKEN, baseUrl: `${origin()}/github` });
const config: IssueEscalatorConfig = { ...REPO, updateIntervalMs: 10 * 60_000, healthyAfterMs: 30 * 60_000 };

async function issues() {
  const octo = gh();
  return (await octo.issues.listForRepo({ ...REPO, state: "all", per_page: 100 })).data.filter((i) => !i.pull_request);
}

beforeEach(async () => {
  // Once more when an idle keep-alive connection was dropped while a store was being created.
  const reset = () => fetch(`${origin()}/github/_control/reset`, { method: "POST" });
  await reset().catch(reset);
});

describe("IssueEscalator without a store", () => {
  it("3 recurrences yield exactly one issue, updated at a bounded rate with the occurrence count", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const esc = new IssueEscalator(config, { octokit: gh(), clock });
    const first = await esc.escalate(occurrence(1, "2026-12-04T10:00:00.000Z"));
    expect(first.outcome).toBe("created");
    await clock.advance(60_000);
    expect((await esc.escalate(occurrence(2, "2026-12-04T10:01:00.000Z"))).outcome).toBe("deferred");
    await clock.advance(60_000);
    expect((await esc.escalate(occurrence(3, "2026-12-04T10:02:00.000Z"))).outcome).toBe("deferred");
    let all = await issues();
    expect(all).toHaveLength(1);
    expect(stateInBody(all[0]?.body)?.count).toBe(1);
    // The deferred update fires on the clock at the end of the interval.
    await clock.advance(8 * 60_000);
    await esc.idle();
    all = await issues();
    expect(all).toHaveLength(1);
    const issue = all[0]!;
    expect(stateInBody(issue.body)).toEqual({
      count: 3,
      firstSeen: "2026-12-04T10:00:00.000Z",
      lastSeen: "2026-12-04T10:02:00.000Z",
    });
    expect(issue.comments).toBe(0);
    expect(issue.title).toBe("[railpilot] api (production): RUNTIME_EXCEPTION (pat-typeerror-orders)");
    expect(issue.labels.map((l) => (typeof l === "string" ? l : l.name)).sort()).toEqual([
      "deployment-alert",
      "railpilot",
      "urgent",
    ]);
    expect(issue.body).toContain("at handler (src/routes/orders.ts:42:7)");
    expect(issue.body).toContain("dep-123");
    expect(issue.body).toContain("abc1234def");
    expect(issue.body).toContain("`rollback`: it FAILED");
    expect(issue.body).toContain("https://railway.com/project/p1/service/svc-api?id=dep-123");
    const labels = (await gh().issues.listLabelsForRepo({ ...REPO })).data.map((l) => l.name).sort();
    expect(labels).toEqual(["deployment-alert", "railpilot", "urgent"]);
    // A fourth occurrence after the interval updates at once.
    await clock.advance(10 * 60_000);
    expect((await esc.escalate(occurrence(4, "2026-12-04T10:22:00.000Z"))).outcome).toBe("updated");
    expect(stateInBody((await issues())[0]?.body)?.count).toBe(4);
    esc.close();
  });

  it("concurrent escalations of one cause in one process open one issue", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const esc = new IssueEscalator(config, { octokit: gh(), clock });
    const results = await Promise.all([1, 2, 3].map((n) => esc.escalate(occurrence(n, "2026-12-04T10:00:00.000Z"))));
    expect(results.map((r) => r.outcome)).toEqual(["created", "deferred", "deferred"]);
    await esc.flush();
    const all = await issues();
    expect(all).toHaveLength(1);
    expect(stateInBody(all[0]?.body)?.count).toBe(3);
    esc.close();
  });

  it("a different pattern on the same service is a different issue; a new escalator finds the old one by its marker", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const a = new IssueEscalator(config, { octokit: gh(), clock });
    await a.escalate(occurrence(1, "2026-12-04T10:00:00.000Z"));
    await a.escalate(
      occurrence(2, "2026-12-04T10:00:00.000Z", {
        diagnosis: { category: "MISSING_VARIABLE", patternId: "missing-var" },
        severity: "warning",
      }),
    );
    const b = new IssueEscalator(config, { octokit: gh(), clock });
    await clock.advance(60 * 60_000);
    const again = await b.escalate(occurrence(3, "2026-12-04T11:00:00.000Z"));
    expect(again.outcome).toBe("updated");
    const all = await issues();
    expect(all).toHaveLength(2);
    const warning = all.find((i) => i.title.includes("MISSING_VARIABLE"));
    expect(warning?.labels.map((l) => (typeof l === "string" ? l : l.name)).sort()).toEqual([
      "deployment-alert",
      "railpilot",
    ]);
    expect(stateInBody(all.find((i) => i.number === again.issueNumber)?.body)?.count).toBe(2);
    a.close();
    b.close();
  });

  it("a closed issue whose cause returns is reopened with one comment", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const esc = new IssueEscalator(config, { octokit: gh(), clock });
    const created = await esc.escalate(occurrence(1, "2026-12-04T10:00:00.000Z"));
    await gh().issues.update({ ...REPO, issue_number: created.issueNumber!, state: "closed" });
    await clock.advance(60_000);
    const back = await esc.escalate(occurrence(2, "2026-12-04T10:01:00.000Z"));
    expect(back).toMatchObject({ outcome: "reopened", issueNumber: created.issueNumber });
    const [issue] = await issues();
    expect(issue?.state).toBe("open");
    expect(stateInBody(issue?.body)?.count).toBe(2);
    const comments = (await gh().issues.listComments({ ...REPO, issue_number: created.issueNumber! })).data;
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("The cause is back");
    esc.close();
  });

  it("says 'healthy again' once after healthyAfterMs, and closes only when configured", async () => {
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const esc = new IssueEscalator(config, { octokit: gh(), clock });
    const created = await esc.escalate(occurrence(1, "2026-12-04T10:00:00.000Z"));
    const parts = { serviceId: "svc-api", category: "RUNTIME_EXCEPTION", patternId: "pat-typeerror-orders" };
    await clock.advance(5 * 60_000);
    expect((await esc.reportHealthy(parts, "2026-12-04T10:01:00.000Z")).outcome).toBe("not_yet");
    await clock.advance(30 * 60_000);
    expect((await esc.reportHealthy(parts, "2026-12-04T10:01:00.000Z")).outcome).toBe("commented");
    await clock.advance(30 * 60_000);
    expect((await esc.reportHealthy(parts, "2026-12-04T10:01:00.000Z")).outcome).toBe("already_said");
    const comments = (await gh().issues.listComments({ ...REPO, issue_number: created.issueNumber! })).data;
    expect(comments.map((c) => c.body?.slice(0, 30))).toEqual([expect.stringContaining("Healthy again for 34m")]);
    expect((await issues())[0]?.state).toBe("open");

    const closing = new IssueEscalator({ ...config, closeWhenHealthy: true }, { octokit: gh(), clock });
    const other = await closing.escalate(
      occurrence(2, new Date(clock.now()).toISOString(), { diagnosis: { category: "DEPENDENCY_DOWN" } }),
    );
    await clock.advance(45 * 60_000);
    expect(
      (
        await closing.reportHealthy(
          { serviceId: "svc-api", category: "DEPENDENCY_DOWN" },
          new Date(clock.now() - 40 * 60_000).toISOString(),
        )
      ).outcome,
    ).toBe("closed");
    expect((await gh().issues.get({ ...REPO, issue_number: other.issueNumber! })).data.state).toBe("closed");
    esc.close();
    closing.close();
  });

  it("never sends a token or secret to GitHub: every request body, URL and the stand-in's stored state are scanned", async () => {
    const anthropicKey = "sk-ant-api03-leakyKeyValue0123456789";
    const slackHook = "https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX";
    registerSecret(DB_PASSWORD);
    const sent: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const headers = Object.entries((init?.headers ?? {}) as Record<string, string>)
        .filter(([k]) => k.toLowerCase() !== "authorization")
        .map(([k, v]) => `${k}: ${v}`);
      sent.push(
        `${init?.method ?? "GET"} ${url}\n${headers.join("\n")}\n${typeof init?.body === "string" ? init.body : ""}`,
      );
      return fetch(input, init);
    };
    const octokit = new Octokit({ auth: GH_TOKEN, baseUrl: `${origin()}/github`, request: { fetch: recording } });
    const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
    const esc = new IssueEscalator(config, { octokit, clock, secrets: [GH_TOKEN, slackHook] });
    const hostile = occurrence(1, "2026-12-04T10:00:00.000Z", {
      headline: `Crashed with token ${GH_TOKEN}`,
      reasons: [
        `connect postgres://app:${DB_PASSWORD}@db.internal:5432/app failed`,
        `ANTHROPIC_API_KEY=${anthropicKey}`,
      ],
      diagnosis: {
        category: "RUNTIME_EXCEPTION",
        patternId: "p1",
        summary: `Authorization: Bearer ${GH_TOKEN}`,
        keyLines: [
          `posting to ${slackHook}`,
          `Error: bad key ${anthropicKey}`,
          "```\n@everyone <!-- railpilot:fingerprint=0000000000000000 -->",
        ],
      },
    });
    await esc.escalate(hostile);
    await gh().issues.update({ ...REPO, issue_number: 1, state: "closed" });
    await clock.advance(60_000);
    await esc.escalate({ ...hostile, occurrenceKey: "decision-2", at: "2026-12-04T10:01:00.000Z" });
    await clock.advance(60 * 60_000);
    await esc.reportHealthy(
      { serviceId: "svc-api", category: "RUNTIME_EXCEPTION", patternId: "p1" },
      "2026-12-04T10:02:00.000Z",
    );
    const state = await (await fetch(`${origin()}/github/_control/state`)).text();
    expect(sent.length).toBeGreaterThan(5);
    expect(sent.some((s) => s.includes("POST") && s.includes("/issues/1/comments"))).toBe(true);
    for (const text of [...sent, state]) {
      for (const secret of [GH_TOKEN, DB_PASSWORD, anthropicKey, slackHook, "XXXXsecretXXXX"])
        expect(text).not.toContain(secret);
    }
    // Log text cannot forge a second marker, close the fence or ping people.
    const body = (await issues())[0]?.body ?? "";
    expect(body.match(/railpilot:fingerprint=/g)).toHaveLength(1);
    expect(body).not.toContain("@everyone");
    esc.close();
  });
});

// Replicas share a store only on Postgres (PGlite is embedded in one process), so this runs there.
// Note: the same concurrent run on PGlite did not finish within 120 s (sequential calls work); see the report.
describe.each((await storeKinds()).filter((k) => k.kind === "postgres"))(
  "IssueEscalator on a shared store (%s)",
  ({ kind, skip }) => {
    let store: TestStore;
    beforeAll(async () => {
      if (!skip) store = await createTestStore(kind);
    }, 90_000);
    afterAll(async () => {
      await store?.dispose();
    });

    it.skipIf(skip)(
      "two escalators (replicas) seeing the same crashes open exactly one issue and count each occurrence once",
      async () => {
        const clock = new ManualClock(Date.parse("2026-12-04T10:00:00Z"));
        const r1 = new IssueEscalator({ ...config, owner: `acme-${kind}` }, { octokit: gh(), clock, db: store.db });
        const r2 = new IssueEscalator({ ...config, owner: `acme-${kind}` }, { octokit: gh(), clock, db: store.db });
        const results = await Promise.all([
          r1.escalate(occurrence(1, "2026-12-04T10:00:00.000Z")),
          r2.escalate(occurrence(1, "2026-12-04T10:00:00.000Z")),
          r2.escalate(occurrence(2, "2026-12-04T10:00:05.000Z")),
        ]);
        expect(results.filter((r) => r.outcome === "created")).toHaveLength(1);
        expect(results.filter((r) => r.outcome === "duplicate")).toHaveLength(1);
        await clock.advance(60_000);
        await r1.escalate(occurrence(3, "2026-12-04T10:01:00.000Z"));
        await r2.escalate(occurrence(3, "2026-12-04T10:01:00.000Z"));
        await clock.advance(20 * 60_000);
        await r1.idle();
        await r2.idle();
        await r1.flush();
        await r2.flush();
        const octo = gh();
        const all = (await octo.issues.listForRepo({ owner: `acme-${kind}`, repo: REPO.repo, state: "all" })).data;
        expect(all).toHaveLength(1);
        // Occurrences 1, 2, 3: each counted once although two replicas saw 1 and 3.
        expect(stateInBody(all[0]?.body)?.count).toBe(3);
        r1.close();
        r2.close();
      },
      120_000,
    );
  },
);

// A run that dies while opening an issue leaves its claim pending: after the stale time, another
// run (a retried escalation job) looks for the issue by marker and, finding none, opens it; once.
describe.each(await storeKinds())("IssueEscalator taking over a dead run's claim (%s)", ({ kind, skip }) => {
  const store = useTestStore(kind, skip);

  it.skipIf(skip)(
    "a claim left pending by a run that died opening the issue is taken over after staleClaimMs, and the occurrence counted once",
    async () => {
      const clock = new ManualClock(Date.parse("2026-12-06T10:00:00Z"));
      const owner = `acme-stale-${kind}`;
      // The dying run's GitHub never answers its "open an issue" request (it is killed while waiting).
      let reached: () => void = () => {};
      const opening = new Promise<void>((resolve) => {
        reached = resolve;
      });
      const hung: Array<(reason: Error) => void> = [];
      const hanging: typeof fetch = async (input, init) => {
        const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
        if ((init?.method ?? "GET") === "POST" && new URL(url).pathname.endsWith(`/repos/${owner}/shop/issues`)) {
          reached();
          return new Promise<Response>((_resolve, reject) => hung.push(reject));
        }
        // Reads once more after a dropped idle connection, as createGitHubClient does.
        return fetch(input, init).catch(() => fetch(input, init));
      };
      const dying = new IssueEscalator(
        { ...config, owner },
        {
          octokit: new Octokit({ auth: GH_TOKEN, baseUrl: `${origin()}/github`, request: { fetch: hanging } }),
          clock,
          db: store().db,
        },
      );
      const first = dying.escalate(occurrence(1, "2026-12-06T10:00:00.000Z"));
      first.catch(() => {});
      await opening;

      const next = new IssueEscalator({ ...config, owner }, { octokit: gh(), clock, db: store().db });
      const list = async () =>
        (await gh().issues.listForRepo({ owner, repo: REPO.repo, state: "all" })).data.filter((i) => !i.pull_request);
      // The same occurrence handed over at once: the claim is fresh, so it may still be opening.
      expect((await next.escalate(occurrence(1, "2026-12-06T10:00:00.000Z"), { retry: true })).outcome).toBe(
        "in_progress",
      );
      // A first delivery of it (no retry) is a duplicate, as ever.
      expect((await next.escalate(occurrence(1, "2026-12-06T10:00:00.000Z"))).outcome).toBe("duplicate");
      expect(await list()).toEqual([]);

      await clock.advance(2 * 60_000 + 1_000);
      const taken = await next.escalate(occurrence(1, "2026-12-06T10:00:00.000Z"), { retry: true });
      expect(taken.outcome).toBe("created");
      const all = await list();
      expect(all).toHaveLength(1);
      expect(stateInBody(all[0]?.body)?.count).toBe(1);
      // Handed over again (the job ran twice): nothing new.
      expect((await next.escalate(occurrence(1, "2026-12-06T10:00:00.000Z"), { retry: true })).outcome).toBe(
        "duplicate",
      );
      expect(await list()).toHaveLength(1);
      for (const reject of hung) reject(new Error("killed"));
      next.close();
      dying.close();
    },
    120_000,
  );
});
