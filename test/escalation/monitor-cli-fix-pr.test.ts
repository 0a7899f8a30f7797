/**
 * Issue 11 through the CLI: `railpilot monitor --once` as a subprocess against the emulator and its
 * GitHub, Anthropic and notification stand-ins. A release whose code throws crashes three times
 * (three deployments); each cron run reads the crashed deployment's runtime logs, diagnoses
 * RUNTIME_EXCEPTION with the stack trace, and escalates: one issue counting three occurrences, one
 * notification, and on the third occurrence one draft PR touching only the file of the stack
 * trace. Runs that see no new crash add nothing. A hostile model answer opens no PR and leaves a
 * refusal in the --json output and in the store. No token or secret reaches any stand-in.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FixRecord, storeFixLedger } from "../../src/fixes/index.js";
import { openDefaultStore } from "../../src/store/index.js";
import { runCli } from "../helpers/cli.js";
import { advanceUntilStatus, deployService } from "../helpers/deploy-service.js";
import { useEmulator } from "../helpers/emulator.js";
import {
  FILE,
  FIX_DIFF,
  fileAt,
  fixAnswer,
  REPO,
  seedFixRepo,
  WORKFLOW,
  WORKFLOW_EDIT,
} from "../helpers/fix-pr-repo.js";

const { emu, ctl } = useEmulator({ seed: "demo", clock: "manual" });
const origin = () => new URL(emu.info.graphqlUrl).origin;
const GH_TOKEN = "ghp_monitorFixPrToken0123456789abcdefghij";
const ANTHROPIC_KEY = "sk-ant-api03-monitorFixPrKey-0123456789abcdef";
const NOTIFY_SECRET = "monitor-fixpr-notify-secret-0123456789";
// Values of the app's secret variables, which it prints when it crashes.
const DB_PASSWORD = "S3cretPassw0rd-9f8e7d6c5b";
const STRIPE_KEY = "sk_live_51MonitorFixPrStripeKey0123";
/** What Node prints when computeTotal throws (the app adds the order's context to the message). */
const crashLines = (order: number) => [
  `/app/${FILE}:2`,
  "  const total = order.items.reduce((sum, item) => sum + item.price, 0);",
  "                            ^",
  "",
  `TypeError: Cannot read properties of undefined (reading 'reduce') [order ${order}, db postgres://shop:${DB_PASSWORD}@db.internal:5432/shop, STRIPE_SECRET_KEY=${STRIPE_KEY}]`,
  `    at computeTotal (/app/${FILE}:2:29)`,
  `    at /app/${FILE}:23:19`,
  "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
  "",
  "Node.js v22.11.0",
];

const web = () => emu.info.services.web as string;

interface PullRequest {
  number: number;
  draft: boolean;
  head: { ref: string };
  labels: { name: string }[];
}
interface GhState {
  repos: Record<
    string,
    { issues: { number: number; body: string; pull_request?: unknown }[]; pullRequests: PullRequest[] }
  >;
  requests: string[];
}
const ghState = async () =>
  (await (await fetch(`${origin()}/github/_control/state`, { signal: AbortSignal.timeout(10_000) })).json()) as GhState;

/** Deploys web at `commit` and moves virtual time until it is live. */
async function deployLive(commit: string): Promise<string> {
  const id = await deployService(emu, web(), commit);
  await advanceUntilStatus(emu, id, ["SUCCESS"]);
  return id;
}

/** The live deployment prints the crash and its container exits. */
function crash(id: string, order: number): void {
  const dep = emu.world.deployments.get(id);
  if (!dep) throw new Error(`no deployment ${id}`);
  emu.world.lifecycle.appendRuntime(
    dep,
    crashLines(order).map((message) => ({ message, severity: "error" as const })),
  );
  emu.world.lifecycle.finish(dep, "CRASHED");
}

interface Finding {
  service: { serviceName: string };
  state: string;
  category?: string;
  deploymentId?: string;
  diagnosis?: { category: string; keyLine: string; stackTrace: string[] };
  alreadyReported?: { issueNumber?: number };
  escalation?: {
    fingerprint: string;
    issue?: { outcome: string; issueNumber?: number };
    fix?: { status: string; reason?: string; prUrl?: string };
  };
}

let dataDir = "";
const stdouts: string[] = [];
afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = "";
});

/** One cron run: `railpilot monitor --once --json`; returns web's finding. */
async function monitor(extraEnv: Record<string, string> = {}): Promise<Finding> {
  const r = await runCli(["monitor", "--once", "--environments", "production", "--json"], {
    cwd: dataDir,
    timeoutMs: 120_000,
    env: {
      RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
      RAILWAY_API_TOKEN: emu.info.tokens.account as string,
      RAILPILOT_DATA_DIR: dataDir,
      GITHUB_TOKEN: GH_TOKEN,
      GITHUB_API_URL: `${origin()}/github`,
      RAILPILOT_ISSUES_REPO: REPO,
      NOTIFY_WEBHOOK_URL: `${origin()}/notify/webhook/ops`,
      NOTIFY_WEBHOOK_SECRET: NOTIFY_SECRET,
      AUTO_FIX_ENABLED: "true",
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: `${origin()}/anthropic`,
      ...extraEnv,
    },
  });
  stdouts.push(r.stdout, r.stderr);
  // The crashed service keeps the run unhealthy (exit 1) whether or not it was reported before.
  expect(r.code, r.stderr).toBe(1);
  const report = JSON.parse(r.stdout) as { findings: Finding[]; unhealthy: number; escalationErrors: number };
  expect([report.unhealthy, report.escalationErrors]).toEqual([1, 0]);
  const finding = report.findings.find((f) => f.service.serviceName === "web");
  if (!finding) throw new Error("web was not checked");
  return finding;
}

async function seedRepo(): Promise<string> {
  dataDir = mkdtempSync(join(tmpdir(), "railpilot-monitor-fixpr-"));
  return seedFixRepo(origin(), ctl);
}

/** The fix records the CLI left in its store (the data directory). */
async function fixRecords(): Promise<FixRecord[]> {
  const store = await openDefaultStore({ cwd: dataDir, dataDir });
  try {
    return await storeFixLedger(store.db).list();
  } finally {
    await store.close();
  }
}

describe("railpilot monitor --once: a recurring crash → one issue, one draft fix PR (issue 11, subprocess)", () => {
  it("three crashed deployments across cron runs → one issue counting 3, one notification, one draft PR touching only the stack-trace file", async () => {
    const commit = await seedRepo();
    await ctl.anthropicScript([fixAnswer(FILE, FIX_DIFF)]);

    // Crash 1, seen by two cron runs: one occurrence.
    const first = await deployLive(commit);
    crash(first, 41);
    const run1 = await monitor();
    expect(run1).toMatchObject({ state: "unhealthy", category: "RUNTIME_EXCEPTION", deploymentId: first });
    expect(run1.escalation?.issue?.outcome).toBe("created");
    expect(run1.escalation?.fix?.status).toBe("below_threshold");
    expect(run1.diagnosis?.stackTrace).toEqual(expect.arrayContaining([expect.stringContaining(`/app/${FILE}:2:29`)]));
    const again = await monitor();
    expect(again.alreadyReported?.issueNumber).toBe(run1.escalation?.issue?.issueNumber);
    expect(again.escalation).toBeUndefined();

    // Crashes 2 and 3: new deployments of the same release.
    const outcomes: (string | undefined)[] = [];
    for (const order of [42, 43]) {
      crash(await deployLive(commit), order);
      const f = await monitor();
      expect(f.escalation?.fingerprint).toBe(run1.escalation?.fingerprint);
      outcomes.push(f.escalation?.issue?.outcome, f.escalation?.fix?.status);
    }
    expect(outcomes).toEqual(["updated", "below_threshold", "updated", "opened"]);

    // Nothing new crashed: the next run reads, and writes nothing anywhere.
    const before = await ghState();
    const writes = (s: GhState) => s.requests.filter((r) => !r.startsWith("GET ")).length;
    const quiet = await monitor();
    expect(quiet.alreadyReported).toBeDefined();
    const state = await ghState();
    expect(writes(state)).toBe(writes(before));

    const repo = state.repos[REPO];
    const issues = repo?.issues.filter((i) => !i.pull_request) ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).toContain('"count":3');
    expect(issues[0]?.body).toContain("TypeError: Cannot read properties of undefined (reading 'reduce')");
    expect(repo?.pullRequests).toHaveLength(1);
    const pr = repo?.pullRequests[0] as PullRequest;
    expect(pr.draft).toBe(true);
    expect(pr.head.ref).toMatch(/^railpilot\/fix-/);
    expect(pr.labels.map((l) => l.name)).toContain("auto");
    expect(await fileAt(origin(), GH_TOKEN, FILE, pr.head.ref)).toContain("(order.items ?? [])");
    expect(await fileAt(origin(), GH_TOKEN, WORKFLOW, pr.head.ref)).toBe("on: push\n");
    const opened = (await fixRecords()).filter((r) => r.status === "opened");
    expect(opened).toHaveLength(1);
    expect(opened[0]?.prNumber).toBe(pr.number);
    expect([...(opened[0]?.diff ?? "").matchAll(/^\+\+\+ b\/(.+)$/gm)].map((m) => m[1])).toEqual([FILE]);
    // One model call for three occurrences, one message for one cause.
    expect(await ctl.anthropicRequests()).toHaveLength(1);
    expect(await ctl.notifications("webhook")).toHaveLength(1);
    await scanForSecrets(state);
  }, 600_000);

  it("a hostile model answer (a workflow edit) opens no PR; the refusal is in the --json output and the store", async () => {
    const commit = await seedRepo();
    await ctl.anthropicScript([fixAnswer(WORKFLOW, WORKFLOW_EDIT)]);
    crash(await deployLive(commit), 7);
    const f = await monitor({ RAILPILOT_FIX_MIN_OCCURRENCES: "1" });
    expect(f.escalation?.fix?.status).toBe("refused");
    expect(f.escalation?.fix?.reason).toMatch(/\.github|workflow|protected|evidence/i);
    const records = await fixRecords();
    expect(records.map((r) => r.status)).toEqual(["refused"]);
    expect(records[0]?.reason).toBe(f.escalation?.fix?.reason);
    const state = await ghState();
    expect(state.repos[REPO]?.pullRequests).toHaveLength(0);
    expect(await ctl.anthropicRequests()).toHaveLength(1);
    await scanForSecrets(state);
  }, 600_000);
});

/** Every request the GitHub, Anthropic and notification stand-ins recorded, and what the CLI printed: no secret. */
async function scanForSecrets(state: GhState): Promise<void> {
  const everything = JSON.stringify({
    state,
    anthropic: await ctl.anthropicRequests(),
    notifications: await ctl.notifications(),
    stdouts,
  });
  // The prompt did carry the crash (redacted), so the scan looks where a secret would have been.
  expect(JSON.stringify(await ctl.anthropicRequests())).toContain("Cannot read properties of undefined");
  for (const secret of [
    GH_TOKEN,
    ANTHROPIC_KEY,
    NOTIFY_SECRET,
    DB_PASSWORD,
    STRIPE_KEY,
    emu.info.tokens.account as string,
    emu.info.tokens.project as string,
  ])
    expect(everything).not.toContain(secret);
}
