// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{Service.VAR}} is Railway's reference syntax.
/**
 * The autopilot's policy as a table: each row is (observation, history, knobs) → the decisions
 * expected, including the rows that must NOT act. Pure: no emulator, no clock.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, type PolicyKnobs } from "../../src/autopilot/autopilot-config.js";
import type { Observation, ObservedDeployment, WatchedService } from "../../src/autopilot/contract.js";
import { diagnose, namedByRules } from "../../src/patterns/index.js";
import {
  type Decision,
  type DependencyState,
  decide,
  dependencyGraph,
  type PastDecision,
  type PolicyInput,
  referencingVariables,
  type ServiceReferences,
} from "../../src/autopilot/policy/index.js";

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

const svc = (name: string, id = `svc-${name}`): WatchedService => ({
  projectId: "p1",
  environmentId: "env1",
  environmentName: "production",
  serviceId: id,
  serviceName: name,
});
const WEB = svc("web");
const PG = svc("Postgres");

const dep = (
  id: string,
  status: string,
  agoMin: number,
  extra: Partial<ObservedDeployment> = {},
): ObservedDeployment => ({
  id,
  serviceId: WEB.serviceId,
  environmentId: "env1",
  status,
  createdAt: iso(NOW - agoMin * MIN),
  canRollback: true,
  ...extra,
});

const OLD = dep("d-old", "REMOVED", 60);
const NEW_CRASHED = dep("d-new", "CRASHED", 5);
const NEW_LIVE = dep("d-new", "SUCCESS", 5);

const depObs = (d: ObservedDeployment): Observation => ({
  kind: "deployment",
  at: iso(NOW),
  source: "sweep",
  service: WEB,
  deployment: d,
});
const health = (
  result: "ok" | "failed" | "inconclusive",
  consecutive: number,
  deploymentId = "d-new",
): Observation => ({
  kind: "health",
  at: iso(NOW),
  source: "probe",
  service: WEB,
  deploymentId,
  result,
  consecutive,
  detail: result === "failed" ? "HTTP 503" : result === "inconclusive" ? "ECONNREFUSED before any answer" : "HTTP 200",
});
const errorRate = (rate: number, baseline: number): Observation => ({
  kind: "error-rate",
  at: iso(NOW),
  source: "logs",
  service: WEB,
  deploymentId: "d-new",
  ratePerMinute: rate,
  baselinePerMinute: baseline,
});

const LOGS = {
  oom: [
    "Starting Container",
    "<--- Last few GCs --->",
    "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
    "Aborted (core dumped)",
  ],
  db: [
    "Starting Container",
    `{"level":40,"msg":"database connection failed, retrying","attempt":3}`,
    "Error: connect ECONNREFUSED 10.250.12.7:5432",
    "  code: 'ECONNREFUSED',",
    "  port: 5432",
  ],
  env: [
    "Starting Container",
    "Error: Missing required environment variable: STRIPE_SECRET_KEY",
    "    at required (/app/dist/config.js:14:11)",
  ],
  exception: [
    "Starting Container",
    "TypeError: Cannot read properties of undefined (reading 'id')",
    "    at handler (/app/dist/routes/orders.js:42:17)",
    "Node.js v22.11.0",
  ],
  build: [
    "npm ERR! code ERESOLVE",
    "npm ERR! ERESOLVE unable to resolve dependency tree",
    'npm ERR! Could not resolve dependency: peer react@"^17" from some-lib@1.0.0',
  ],
  none: ["Starting Container", "Server listening on 0.0.0.0:8080", "Stopping Container"],
  // The rules find nothing here; the learned classifier guesses OUT_OF_MEMORY, below the confidence to act on.
  guess: ["Starting Container", "Error: memory limit reached, worker restarting", "process exited with code 1"],
  panic: [
    'UTC [29] PANIC:  could not write to file "pg_wal/xlogtemp.29": No space left on device',
    "UTC [1] LOG:  database system is shut down",
  ],
};

const REFS: ServiceReferences[] = [
  {
    serviceName: "web",
    variables: { DATABASE_URL: "${{Postgres.DATABASE_URL}}", SECRET: "${{shared.SECRET}}", PORT: "8080" },
  },
  { serviceName: "Postgres", variables: { PGPASSWORD: "x" } },
];

const past = (
  kind: PastDecision["kind"],
  causeKey: string,
  agoMin: number,
  status: PastDecision["status"] = "verified",
  serviceId = WEB.serviceId,
): PastDecision => ({
  kind,
  causeKey,
  status,
  serviceId,
  at: NOW - agoMin * MIN,
});

interface Case {
  name: string;
  observation: Observation;
  deployments?: ObservedDeployment[];
  wentLive?: string[];
  logs?: PolicyInput["logs"];
  decisions?: PastDecision[];
  memoryLimitGb?: number;
  dependencies?: DependencyState[];
  knobs?: Partial<PolicyKnobs>;
  /** Expected [kind, status, causeKey, guard?] per decision, in order. */
  expect: Array<[Decision["kind"], Decision["status"], string, Decision["guard"]?]>;
  reason?: RegExp;
}

const crashed = (logs: keyof typeof LOGS): Pick<Case, "observation" | "deployments" | "wentLive" | "logs"> => ({
  observation: depObs(NEW_CRASHED),
  deployments: [OLD, NEW_CRASHED],
  wentLive: ["d-old", "d-new"],
  logs: { "d-new": { phase: "runtime", lines: LOGS[logs] } },
});

const CASES: Case[] = [
  // FAILED build: never a rollback; the diagnosis is recorded.
  {
    name: "FAILED build → no rollback, diagnosis recorded",
    observation: depObs(dep("d-new", "FAILED", 5)),
    deployments: [dep("d-old", "SUCCESS", 60), dep("d-new", "FAILED", 5)],
    logs: { "d-new": { phase: "build", lines: LOGS.build } },
    expect: [["none", "decided", "build-failed:d-new"]],
    reason: /previous deployment still serves/,
  },
  // Crash after go-live with an error pattern: roll back once.
  {
    name: "CRASHED after go-live (runtime exception) → rollback",
    ...crashed("exception"),
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "CRASHED after go-live, rollback off → escalate only",
    ...crashed("exception"),
    knobs: { rollback: false },
    expect: [["escalate", "decided", "escalate:d-new"]],
    reason: /rollback is off/,
  },
  {
    name: "CRASHED with no earlier deployment → escalate, nothing to roll back to",
    ...crashed("exception"),
    deployments: [NEW_CRASHED],
    expect: [["escalate", "decided", "escalate:d-new"]],
    reason: /no earlier good deployment/,
  },
  {
    name: "CRASHED before going live while the old one still serves → no action",
    observation: depObs(NEW_CRASHED),
    deployments: [dep("d-old", "SUCCESS", 60), NEW_CRASHED],
    wentLive: ["d-old"],
    expect: [["none", "decided", "crash-before-live:d-new"]],
  },
  {
    name: "CRASHED deployment already replaced by a newer live one → nothing",
    observation: depObs(dep("d-mid", "CRASHED", 10)),
    deployments: [OLD, dep("d-mid", "CRASHED", 10), dep("d-newest", "SUCCESS", 2)],
    wentLive: ["d-mid", "d-newest"],
    expect: [],
  },
  {
    name: "the same crash seen again after its rollback → nothing (one cause, one action)",
    ...crashed("exception"),
    decisions: [past("rollback", "rollback:d-new", 2)],
    expect: [],
  },
  // Transient crash: restart first, then roll back when it recurs.
  {
    name: "transient crash (no error pattern), restartFirst on → restart",
    ...crashed("none"),
    expect: [["restart", "decided", "restart:d-new"]],
  },
  {
    name: "crash whose logs show a fatal error no rule names (PANIC) → not transient: rollback, no restart",
    ...crashed("panic"),
    expect: [["rollback", "decided", "rollback:d-new"]],
    reason: /fatal error no rule names/,
  },
  {
    name: "transient crash, no logs at all → restart",
    ...crashed("none"),
    logs: {},
    expect: [["restart", "decided", "restart:d-new"]],
  },
  {
    name: "transient crash, restartFirst off → rollback",
    ...crashed("none"),
    knobs: { restartFirst: false },
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "transient crash recurs after the restart → rollback, exempt from cool-down",
    ...crashed("none"),
    decisions: [past("restart", "restart:d-new", 1)],
    expect: [["rollback", "decided", "rollback:d-new"]],
    reason: /again after a restart/,
  },
  {
    name: "crash of a deployment never seen live, no logs → rollback, not restart",
    ...crashed("none"),
    wentLive: ["d-old"],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  // OOM: scale a step within the ceiling, then roll back at the ceiling.
  {
    name: "OOM below the ceiling → raise memory one step",
    ...crashed("oom"),
    memoryLimitGb: 2,
    expect: [["scale_memory", "decided", "scale:svc-web:d-new"]],
    reason: /from 2 GB to 3 GB/,
  },
  {
    name: "OOM one step below the ceiling → raise to the ceiling exactly",
    ...crashed("oom"),
    memoryLimitGb: 7.5,
    expect: [["scale_memory", "decided", "scale:svc-web:d-new"]],
    reason: /to 8 GB/,
  },
  {
    name: "OOM recurs at the ceiling → rollback (follow-up of the scale, exempt from cool-down)",
    ...crashed("oom"),
    memoryLimitGb: 8,
    decisions: [past("scale_memory", "scale:svc-web:d-prev", 2)],
    expect: [["rollback", "decided", "rollback:d-new"]],
    reason: /at the ceiling/,
  },
  // A learned guess (a category the rules did not name) is reported, never acted on: no scaling on a guess.
  {
    name: "OOM only guessed by the classifier → handled as an unknown cause (restart once), not scaled",
    ...crashed("guess"),
    memoryLimitGb: 2,
    expect: [["restart", "decided", "restart:d-new"]],
    reason: /OUT_OF_MEMORY \(confidence 0\.\d+\) is too unsure to act on/,
  },
  {
    name: "OOM only guessed, already restarted once → rollback, still not scaled",
    ...crashed("guess"),
    memoryLimitGb: 2,
    decisions: [past("restart", "restart:d-new", 3)],
    expect: [["rollback", "decided", "rollback:d-new"]],
    reason: /too unsure to act on/,
  },
  // Dependency unreachable: look at the dependency first.
  {
    name: "DEPENDENCY_UNREACHABLE, dependency not checked yet → check it first",
    ...crashed("db"),
    dependencies: [{ service: PG }],
    expect: [["check_dependency", "decided", "check-dependency:d-new"]],
  },
  {
    name: "DEPENDENCY_UNREACHABLE, database dead → no rollback, escalate",
    ...crashed("db"),
    dependencies: [{ service: PG, healthy: false, detail: "latest deployment CRASHED" }],
    expect: [["escalate", "decided", "escalate:dependency:svc-Postgres:d-new"]],
    reason: /not fixed by rolling back/,
  },
  {
    name: "DEPENDENCY_UNREACHABLE, database healthy and failure began with the deploy → rollback",
    ...crashed("db"),
    dependencies: [{ service: PG, healthy: true }],
    decisions: [past("check_dependency", "check-dependency:d-new", 1, "executed")],
    expect: [["rollback", "decided", "rollback:d-new"]],
    reason: /DATABASE_URL/,
  },
  {
    name: "DEPENDENCY_UNREACHABLE, no referenced service is watched → escalate",
    ...crashed("db"),
    dependencies: [{ service: svc("redis"), healthy: true }],
    expect: [["escalate", "decided", "escalate:d-new"]],
  },
  {
    name: "dependency observed down while the app is live → escalate",
    observation: {
      kind: "dependency",
      at: iso(NOW),
      source: "sweep",
      service: WEB,
      dependency: PG,
      healthy: false,
      detail: "CRASHED",
    },
    deployments: [OLD, NEW_LIVE],
    wentLive: ["d-new"],
    expect: [["escalate", "decided", "escalate:dependency:svc-Postgres:d-new"]],
  },
  {
    name: "dependency observed healthy while the app is live → nothing",
    observation: {
      kind: "dependency",
      at: iso(NOW),
      source: "sweep",
      service: WEB,
      dependency: PG,
      healthy: true,
      detail: "SUCCESS",
    },
    deployments: [OLD, NEW_LIVE],
    expect: [],
  },
  // Missing variable: escalate naming it, never restart.
  {
    name: "MISSING_ENV_CONFIG → escalate naming the variable, no restart",
    ...crashed("env"),
    expect: [["escalate", "decided", "escalate:d-new"]],
    reason: /STRIPE_SECRET_KEY/,
  },
  // Health probes.
  {
    name: "unhealthy after go-live (3 failed probes) → rollback",
    observation: health("failed", 3),
    deployments: [OLD, NEW_LIVE],
    wentLive: ["d-new"],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "2 failed probes (below the threshold) → nothing",
    observation: health("failed", 2),
    deployments: [OLD, NEW_LIVE],
    expect: [],
  },
  {
    name: "inconclusive probes never act, however many",
    observation: health("inconclusive", 50),
    deployments: [OLD, NEW_LIVE],
    expect: [],
  },
  { name: "good probe → nothing", observation: health("ok", 5), deployments: [OLD, NEW_LIVE], expect: [] },
  {
    name: "failed probes of a deployment that is no longer current → nothing",
    observation: health("failed", 5, "d-old"),
    deployments: [dep("d-old", "SUCCESS", 60), dep("d-new", "SUCCESS", 5)],
    expect: [],
  },
  // Error-rate surge against the pre-deploy baseline.
  {
    name: "error surge 10× the baseline → rollback",
    observation: errorRate(50, 5),
    deployments: [OLD, NEW_LIVE],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "error surge from a zero baseline → rollback",
    observation: errorRate(20, 0),
    deployments: [OLD, NEW_LIVE],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "errors 3× the baseline (inconclusive zone) → escalate only",
    observation: errorRate(15, 5),
    deployments: [OLD, NEW_LIVE],
    expect: [["escalate", "decided", "escalate:error-rate:d-new"]],
  },
  {
    name: "errors 1.5× the baseline → nothing",
    observation: errorRate(15, 10),
    deployments: [OLD, NEW_LIVE],
    expect: [],
  },
  {
    name: "errors below the minimum rate → nothing",
    observation: errorRate(3, 0.1),
    deployments: [OLD, NEW_LIVE],
    expect: [],
  },
  // Errors or failed probes of a live deployment: look at a referenced dependency first.
  {
    name: "error surge, the database it references not checked yet → check it first",
    observation: errorRate(50, 5),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: PG }],
    expect: [["check_dependency", "decided", "check-dependency:d-new"]],
  },
  {
    name: "error surge, the database checked a minute ago and down → escalate naming it, no rollback",
    observation: errorRate(50, 5),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: PG, healthy: false, detail: "latest deployment CRASHED", checkedAt: NOW - MIN }],
    expect: [["escalate", "decided", "escalate:dependency:svc-Postgres:d-new"]],
    reason: /Postgres, which web depends on, is down \(latest deployment CRASHED\)/,
  },
  {
    name: "errors in the inconclusive zone, the database down → the dependency escalation, not the error-rate one",
    observation: errorRate(15, 5),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: PG, healthy: false, detail: "CRASHED", checkedAt: NOW - MIN }],
    expect: [["escalate", "decided", "escalate:dependency:svc-Postgres:d-new"]],
  },
  {
    name: "error surge, the database checked a minute ago and healthy → rollback",
    observation: errorRate(50, 5),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: PG, healthy: true, checkedAt: NOW - MIN }],
    decisions: [past("check_dependency", "check-dependency:d-new", 1, "verified")],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "error surge, the database seen down 20 min ago (stale), not checked for this deployment → check again",
    observation: errorRate(50, 5),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: PG, healthy: false, detail: "CRASHED", checkedAt: NOW - 20 * MIN }],
    expect: [["check_dependency", "decided", "check-dependency:d-new"]],
  },
  {
    name: "error surge, the check for this deployment done and stale since → rollback (no check loop)",
    observation: errorRate(50, 5),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: PG, healthy: true, checkedAt: NOW - 20 * MIN }],
    decisions: [past("check_dependency", "check-dependency:d-new", 20, "verified")],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "errors already put down to the dead database, which is back while the rate decays → nothing",
    observation: errorRate(30, 1),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: PG, healthy: true, checkedAt: NOW - MIN }],
    decisions: [past("escalate", "escalate:dependency:svc-Postgres:d-new", 3, "decided")],
    expect: [],
  },
  {
    name: "error surge, only unreferenced services watched → rollback as before",
    observation: errorRate(50, 5),
    deployments: [OLD, NEW_LIVE],
    dependencies: [{ service: svc("redis") }],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "failed probes, the database down → escalate naming it, no rollback",
    observation: health("failed", 3),
    deployments: [OLD, NEW_LIVE],
    wentLive: ["d-new"],
    dependencies: [{ service: PG, healthy: false, detail: "CRASHED", checkedAt: NOW - MIN }],
    expect: [["escalate", "decided", "escalate:dependency:svc-Postgres:d-new"]],
    reason: /not fixed by rolling back/,
  },
  {
    name: "failed probes, the database not checked yet → check it first",
    observation: health("failed", 3),
    deployments: [OLD, NEW_LIVE],
    wentLive: ["d-new"],
    dependencies: [{ service: PG }],
    expect: [["check_dependency", "decided", "check-dependency:d-new"]],
  },
  // Guards.
  {
    name: "kill switch → suppressed",
    ...crashed("exception"),
    knobs: { killSwitch: true },
    expect: [["rollback", "suppressed", "rollback:d-new", "kill_switch"]],
  },
  {
    name: "kill switch suppressed earlier; switched off → acts now (suppression is not a decision)",
    ...crashed("exception"),
    decisions: [{ ...past("rollback", "rollback:d-new", 1), status: "suppressed" }],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "dry-run → decided as dry_run, not acted",
    ...crashed("exception"),
    knobs: { dryRun: true },
    expect: [["rollback", "dry_run", "rollback:d-new", "dry_run"]],
  },
  {
    name: "approval mode → waits in the queue",
    ...crashed("exception"),
    knobs: { approvalMode: true },
    expect: [["rollback", "pending_approval", "rollback:d-new", "approval"]],
  },
  {
    name: "approval mode does not hold an escalation",
    ...crashed("env"),
    knobs: { approvalMode: true },
    expect: [["escalate", "decided", "escalate:d-new"]],
  },
  {
    name: "kill switch does not hold a dependency check",
    ...crashed("db"),
    dependencies: [{ service: PG }],
    knobs: { killSwitch: true },
    expect: [["check_dependency", "decided", "check-dependency:d-new"]],
  },
  {
    name: "cool-down: another action on the service 2 min ago → suppressed",
    ...crashed("exception"),
    decisions: [past("rollback", "rollback:d-other", 2)],
    expect: [["rollback", "suppressed", "rollback:d-new", "cooldown"]],
  },
  {
    name: "cool-down over (6 min ago) → acts",
    ...crashed("exception"),
    decisions: [past("rollback", "rollback:d-other", 6)],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "cool-down only counts actions that happened (dry-run ones do not)",
    ...crashed("exception"),
    decisions: [past("rollback", "rollback:d-other", 1, "dry_run")],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "per-service budget spent (2 in the last hour, budget 2) → suppressed",
    ...crashed("exception"),
    knobs: { budgetPerServicePerHour: 2, flapThreshold: 10 },
    decisions: [past("restart", "restart:a", 50), past("rollback", "rollback:b", 20)],
    expect: [["rollback", "suppressed", "rollback:d-new", "budget"]],
  },
  {
    name: "global budget spent by other services → suppressed",
    ...crashed("exception"),
    knobs: { budgetPerHour: 2 },
    decisions: [
      past("rollback", "rollback:x", 30, "verified", "svc-api"),
      past("rollback", "rollback:y", 20, "failed", "svc-worker"),
    ],
    expect: [["rollback", "suppressed", "rollback:d-new", "budget"]],
  },
  {
    name: "budget counts only the last hour",
    ...crashed("exception"),
    knobs: { budgetPerServicePerHour: 1 },
    decisions: [past("rollback", "rollback:old", 61)],
    expect: [["rollback", "decided", "rollback:d-new"]],
  },
  {
    name: "flapping (3 actions in 30 min) → stop acting and escalate",
    ...crashed("exception"),
    decisions: [
      past("rollback", "rollback:a", 25),
      past("restart", "restart:b", 15),
      past("rollback", "rollback:c", 7),
    ],
    expect: [
      ["rollback", "suppressed", "rollback:d-new", "flapping"],
      ["escalate", "decided", `escalate:flapping:svc-web:${Math.floor(NOW / (30 * MIN))}`],
    ],
    reason: /oscillates/,
  },
  {
    name: "flapping already escalated in this window → suppressed without a second escalation",
    ...crashed("exception"),
    decisions: [
      past("rollback", "rollback:a", 25),
      past("restart", "restart:b", 15),
      past("rollback", "rollback:c", 7),
      past("escalate", `escalate:flapping:svc-web:${Math.floor(NOW / (30 * MIN))}`, 5, "decided"),
    ],
    expect: [["rollback", "suppressed", "rollback:d-new", "flapping"]],
  },
  {
    name: "a pending approval for the same cause → not decided twice",
    ...crashed("exception"),
    decisions: [past("rollback", "rollback:d-new", 1, "pending_approval")],
    expect: [],
  },
  {
    name: "a rejected decision for the same cause → never decided again",
    ...crashed("exception"),
    decisions: [past("rollback", "rollback:d-new", 1, "rejected")],
    expect: [],
  },
  {
    name: "a build log observation for a FAILED deployment → the same build-failed record",
    observation: {
      kind: "logs",
      at: iso(NOW),
      source: "logs",
      service: WEB,
      deploymentId: "d-new",
      phase: "build",
      lines: LOGS.build,
    },
    deployments: [dep("d-old", "SUCCESS", 60), dep("d-new", "FAILED", 5)],
    expect: [["none", "decided", "build-failed:d-new"]],
  },
  {
    name: "runtime logs alone never act (the deployment's status does)",
    observation: {
      kind: "logs",
      at: iso(NOW),
      source: "logs",
      service: WEB,
      deploymentId: "d-new",
      phase: "runtime",
      lines: LOGS.exception,
    },
    deployments: [OLD, NEW_LIVE],
    expect: [],
  },
  {
    name: "memory near the limit alone never acts",
    observation: {
      kind: "memory",
      at: iso(NOW),
      source: "metrics",
      service: WEB,
      deploymentId: "d-new",
      usedGb: 1.95,
      limitGb: 2,
    },
    deployments: [OLD, NEW_LIVE],
    expect: [],
  },
  { name: "a SUCCESS deployment → nothing", observation: depObs(NEW_LIVE), deployments: [OLD, NEW_LIVE], expect: [] },
];

function run(c: Case): Decision[] {
  return decide({
    now: NOW,
    service: WEB,
    observations: [c.observation],
    deployments: c.deployments ?? [OLD, NEW_LIVE],
    wentLive: c.wentLive ?? ["d-old", "d-new"],
    ...(c.logs ? { logs: c.logs } : {}),
    decisions: c.decisions ?? [],
    ...(c.memoryLimitGb !== undefined ? { memoryLimitGb: c.memoryLimitGb } : {}),
    references: REFS,
    dependencies: c.dependencies ?? [],
    knobs: { ...DEFAULT_POLICY, ...c.knobs },
  });
}

describe("decide(): the policy table", () => {
  it("the guess row's log is a guess (a category the learned classifier named, not the rules)", () => {
    // If a retrained classifier stops guessing here, pick another log for the row below.
    const d = diagnose(LOGS.guess, { phase: "runtime" });
    expect(d.category).toBe("OUT_OF_MEMORY");
    expect(namedByRules(d)).toBe(false);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const out = run(c);
    expect(out.map((d) => [d.kind, d.status, d.causeKey, ...(d.guard ? [d.guard] : [])])).toEqual(c.expect);
    if (c.reason) expect(out.flatMap((d) => d.reasons).join(" ")).toMatch(c.reason);
    for (const d of out) expect(d.reasons.length).toBeGreaterThan(0);
  });

  it("records the build diagnosis and its key line as evidence", () => {
    const [d] = run(CASES[0] as Case);
    expect(d?.evidence.diagnosis).toMatchObject({ category: "BUILD_DEPENDENCY" });
    expect(d?.evidence.keyLines).toEqual([expect.stringMatching(/ERESOLVE/)]);
  });

  it("a runtime exception's decision carries the stack frames after its key line (what a fix PR needs)", () => {
    const [d] = run({ name: "", ...crashed("exception"), expect: [] });
    expect(d?.evidence.diagnosis).toMatchObject({ category: "RUNTIME_EXCEPTION" });
    expect(d?.evidence.keyLines).toEqual([expect.stringMatching(/^TypeError/)]);
    expect(d?.evidence.stackTrace).toEqual(["    at handler (/app/dist/routes/orders.js:42:17)"]);
  });

  it("scale decisions carry the new limit for the actor", () => {
    const d = run({ name: "", ...crashed("oom"), memoryLimitGb: 2, expect: [] })[0];
    expect(d?.action?.memoryGb).toBe(3);
  });

  it("a dependency check names the services to look at", () => {
    const d = run({ name: "", ...crashed("db"), dependencies: [{ service: PG }], expect: [] })[0];
    expect(d?.action?.dependencies?.map((s) => s.serviceName)).toEqual(["Postgres"]);
  });
});

describe("dependencyGraph()", () => {
  const table: Array<[string, Record<string, string>, string[]]> = [
    ["plain reference", { DATABASE_URL: "${{Postgres.DATABASE_URL}}" }, ["Postgres"]],
    ["spaces inside the braces", { R: "${{ Redis.REDIS_URL }}" }, ["Redis"]],
    [
      "several in one value",
      { U: "http://${{api.RAILWAY_PRIVATE_DOMAIN}}:${{api.PORT}}/${{auth.X}}" },
      ["api", "auth"],
    ],
    ["shared and environment are no services", { S: "${{shared.SECRET}}", E: "${{environment.NAME}}" }, []],
    ["a service referencing itself", { P: "${{web.PORT}}" }, []],
    ["no references", { PORT: "8080", LITERAL: "${PLAIN}" }, []],
  ];
  it.each(table)("%s", (_n, variables, expected) => {
    expect([...(dependencyGraph([{ serviceName: "web", variables }]).get("web") ?? [])].sort()).toEqual(
      expected.sort(),
    );
  });

  it("names the variables that reference a dependency, never their values", () => {
    expect(referencingVariables(REFS, "web", "Postgres")).toEqual(["DATABASE_URL"]);
  });
});
