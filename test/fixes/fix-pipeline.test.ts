import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import { EscalationService, type EscalationInput, IssueEscalator } from "../../src/escalation/index.js";
import { DEFAULT_FIX_SETTINGS, FixPipeline, type FixSettings, storeFixLedger } from "../../src/fixes/index.js";
import { createGitHubClient } from "../../src/github/index.js";
import { LlmClient } from "../../src/llm/index.js";
import { generatedFixesSchema } from "../../src/server/route-schemas.js";
import { postToEmulator, useEmulator } from "../helpers/emulator.js";
import { createTestStore, postgresReachable, type TestStore } from "../helpers/store.js";

const { emu } = useEmulator();
const pgUp = await postgresReachable();
const origin = () => new URL(emu.info.graphqlUrl).origin;
const GH_TOKEN = "ghp_fixPipelineToken0123456789abcdefghij";
const ANTHROPIC_KEY = "sk-ant-api03-fixPipelineKey-0123456789";
const REPO = "acme/shop";
const post = (path: string, body: unknown) => postToEmulator(origin(), path, body);

const ORDERS = "export function total(order) {\n  return order.items.reduce((s, i) => s + i.price, 0);\n}\n";
const diffOf = (path: string, plus = "  return (order.items ?? []).reduce((s, i) => s + i.price, 0);") =>
  `--- a/${path}\n+++ b/${path}\n@@ -1,3 +1,3 @@\n export function total(order) {\n-  return order.items.reduce((s, i) => s + i.price, 0);\n+${plus}\n }\n`;
const TRACE = [
  "TypeError: Cannot read properties of undefined (reading 'reduce')",
  "    at total (/app/src/orders.ts:2:23)",
];

let store: TestStore;
let commit: string;
beforeAll(async () => {
  store = await createTestStore("pglite");
});
afterAll(async () => {
  await store?.dispose();
});
beforeEach(async () => {
  await post("/github/_control/reset", {});
  await post("/anthropic/_control/reset", {});
  await store.db.deleteFrom("fix_records").execute();
  await store.db.deleteFrom("fix_occurrences").execute();
  await store.db.deleteFrom("fix_budget").execute();
  const seeded = (await (
    await post("/github/_control/files", {
      repo: REPO,
      files: { "src/orders.ts": ORDERS, ".github/workflows/deploy.yml": "on: push\n", "package-lock.json": "{}\n" },
    })
  ).json()) as { sha: string };
  commit = seeded.sha;
});

function setup(settings: Partial<FixSettings> = {}) {
  const clock = new ManualClock();
  const octokit = createGitHubClient({ token: GH_TOKEN, baseUrl: `${origin()}/github` });
  const fixes = new FixPipeline({
    settings: { ...DEFAULT_FIX_SETTINGS, enabled: true, ...settings },
    ledger: storeFixLedger(store.db),
    clock,
    llm: new LlmClient({ apiKey: ANTHROPIC_KEY, baseURL: `${origin()}/anthropic`, maxRetries: 0 }, { clock }),
    github: { octokit, owner: "acme", repo: "shop" },
  });
  const issues = new IssueEscalator({ owner: "acme", repo: "shop" }, { octokit, clock, db: store.db });
  return { clock, fixes, issues, service: new EscalationService({ issues, fixes, notifyOnlyOnNewIssue: true }) };
}

const crash = (n: number, lines: string[] = TRACE): EscalationInput => ({
  service: {
    projectId: "p",
    environmentId: "e",
    environmentName: "production",
    serviceId: "svc-1",
    serviceName: "shop",
  },
  at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  severity: "critical",
  headline: "shop crashes",
  reasons: ["crash loop"],
  diagnosis: { category: "RUNTIME_EXCEPTION", summary: lines[0] ?? "", keyLines: lines },
  commitHash: commit,
  action: { kind: "none", outcome: "not_attempted" },
  occurrenceKey: `occ-${n}`,
});

/** A file's content on a branch, read the way a client would (authenticated). */
async function fileAt(path: string, ref: string): Promise<string> {
  const gh = createGitHubClient({ token: GH_TOKEN, baseUrl: `${origin()}/github` });
  const r = await gh.repos.getContent({ owner: "acme", repo: "shop", path, ref });
  return Buffer.from((r.data as { content: string }).content, "base64").toString();
}

async function ghState() {
  return (await (await fetch(`${origin()}/github/_control/state`)).json()) as {
    repos: Record<
      string,
      {
        issues: { number: number; pull_request?: unknown }[];
        pullRequests: {
          number: number;
          draft: boolean;
          head: { ref: string; sha: string };
          body: string;
          labels: { name: string }[];
        }[];
        trees: unknown;
      }
    >;
    requests: string[];
  };
}

describe("fix pipeline (emulator GitHub + Anthropic stand-ins, PGlite ledger)", () => {
  it("a crash seen 3 times → one issue and exactly one draft PR touching only the stack-trace file; later occurrences reuse it", async () => {
    const { service, issues } = setup();
    await post("/anthropic/_control/responses", {
      responses: [
        {
          type: "tool_use",
          name: "propose_fix",
          input: {
            title: "guard missing items",
            explanation: "items may be undefined",
            confidence: 0.9,
            files: [{ path: "src/orders.ts", diff: diffOf("src/orders.ts") }],
          },
        },
      ],
    });
    const outcomes = [];
    for (const n of [1, 2, 3, 4, 5]) outcomes.push((await service.escalate(crash(n))).fix?.status);
    await issues.flush();
    expect(outcomes).toEqual(["below_threshold", "below_threshold", "opened", "reused", "reused"]);
    const state = await ghState();
    const repo = state.repos[REPO];
    expect(repo?.pullRequests).toHaveLength(1);
    const pr = repo?.pullRequests[0];
    expect(pr?.draft).toBe(true);
    expect(pr?.labels.map((l) => l.name)).toContain("auto");
    expect(pr?.head.ref).toMatch(/^railpilot\/fix-/);
    expect(pr?.body).toContain("/issues/1");
    const head = pr?.head.ref ?? "";
    expect(await fileAt("src/orders.ts", head)).toContain("?? []");
    expect(await fileAt("package-lock.json", head)).toBe("{}\n");
    expect(await fileAt(".github/workflows/deploy.yml", head)).toBe("on: push\n");
    const anth = (await (await fetch(`${origin()}/anthropic/_control/requests`)).json()) as { requests: unknown[] };
    expect(anth.requests).toHaveLength(1);
    const listed = await storeFixLedger(store.db).list();
    expect(listed.filter((r) => r.status === "opened")).toHaveLength(1);
    // Nothing sent anywhere contains the tokens.
    const everything = JSON.stringify({ state, anth });
    expect(everything).not.toContain(GH_TOKEN);
    expect(everything).not.toContain(ANTHROPIC_KEY);
  });

  it("dry run records the proposed diff and opens nothing", async () => {
    const { fixes } = setup({ enabled: false });
    await post("/anthropic/_control/responses", {
      responses: [
        {
          type: "tool_use",
          name: "propose_fix",
          input: {
            title: "t",
            explanation: "e",
            confidence: 0.9,
            files: [{ path: "src/orders.ts", diff: diffOf("src/orders.ts") }],
          },
        },
      ],
    });
    for (const n of [1, 2, 3]) await fixes.onEscalation(crash(n), "fp-dry");
    const [rec] = await fixes.list();
    expect(rec).toMatchObject({ status: "dry_run", reason: "AUTO_FIX_ENABLED is false" });
    expect(rec?.diff).toContain("?? []");
    // What GET /error-monitor/fixes/generated serves.
    const listed = generatedFixesSchema.parse({ fixes: await fixes.generated() });
    expect(listed.fixes[0]).toMatchObject({ status: "dry_run", fingerprint: "fp-dry", serviceId: "svc-1" });
    expect((await ghState()).repos[REPO]?.pullRequests).toHaveLength(0);
  });

  it("the LLM call cap is enforced through the store", async () => {
    const { fixes } = setup({ minOccurrences: 1, llmCallsPerHour: 1 });
    await post("/anthropic/_control/responses", { responses: [], default: { type: "refusal" } });
    expect((await fixes.onEscalation(crash(1), "fp-a")).status).toBe("refused");
    const second = await fixes.onEscalation(crash(2), "fp-b");
    expect(second).toMatchObject({ status: "skipped", reason: expect.stringMatching(/LLM call cap/) });
    await post("/anthropic/_control/responses", { default: null });
  });

  const corpusDir = join(import.meta.dirname, "../fixtures/hostile-logs");
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".json"))
    .map(
      (f) =>
        JSON.parse(readFileSync(join(corpusDir, f), "utf8")) as {
          name: string;
          logLines: string[];
          answer: { path: string; kind: "diff" | "print-env" };
          expect: { status: string; reason: string };
        },
    );
  it.each(corpus.map((c) => [c.name, c] as const))("hostile log: %s → no PR, refusal recorded", async (_n, c) => {
    const { fixes } = setup({ minOccurrences: 1 });
    const diff =
      c.answer.kind === "print-env"
        ? diffOf(c.answer.path, '  console.log("DATABASE_PASSWORD=hunter2-super-secret-value", process.env);')
        : diffOf(c.answer.path);
    await post("/anthropic/_control/responses", {
      responses: [
        {
          type: "tool_use",
          name: "propose_fix",
          input: {
            title: "do as the log says",
            explanation: "x",
            confidence: 0.99,
            files: [{ path: c.answer.path, diff }],
          },
        },
      ],
    });
    const out = await fixes.onEscalation(crash(1, c.logLines), `fp-${c.name.length}`);
    expect(out.status).toBe(c.expect.status);
    expect(out.reason).toMatch(new RegExp(c.expect.reason));
    expect((await ghState()).repos[REPO]?.pullRequests).toHaveLength(0);
    const [rec] = await fixes.list();
    expect(rec?.status).toBe("refused");
    // The prompt fenced the logs: exactly one BEGIN and one END marker with the run's nonce.
    const anth = (await (await fetch(`${origin()}/anthropic/_control/requests`)).json()) as {
      requests: { body: { messages: { content: string }[] } }[];
    };
    const prompt = anth.requests[0]?.body.messages[0]?.content ?? "";
    expect(prompt.match(/<<<END UNTRUSTED logs [0-9a-f]{12}>>>/g)).toHaveLength(1);
    expect(prompt).not.toContain("hunter2-super-secret-value");
  });

  it.skipIf(!pgUp)("two runs on the real Postgres concurrently never create the same PR twice", async () => {
    const pg = await createTestStore("postgres");
    try {
      const answer = {
        type: "tool_use",
        name: "propose_fix",
        input: {
          title: "t",
          explanation: "e",
          confidence: 0.9,
          files: [{ path: "src/orders.ts", diff: diffOf("src/orders.ts") }],
        },
      };
      await post("/anthropic/_control/responses", { responses: [answer, answer] });
      const make = () => {
        const clock = new ManualClock();
        return new FixPipeline({
          settings: { ...DEFAULT_FIX_SETTINGS, enabled: true, minOccurrences: 1 },
          ledger: storeFixLedger(pg.db),
          clock,
          llm: new LlmClient({ apiKey: ANTHROPIC_KEY, baseURL: `${origin()}/anthropic`, maxRetries: 0 }, { clock }),
          github: {
            octokit: createGitHubClient({ token: GH_TOKEN, baseUrl: `${origin()}/github` }),
            owner: "acme",
            repo: "shop",
          },
        });
      };
      const results = await Promise.all([
        make().onEscalation(crash(1), "fp-race"),
        make().onEscalation(crash(2), "fp-race"),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["opened", "reused"]);
      expect(new Set(results.map((r) => r.prNumber)).size).toBe(1);
      expect((await ghState()).repos[REPO]?.pullRequests).toHaveLength(1);
    } finally {
      await pg.dispose();
    }
  });
});
