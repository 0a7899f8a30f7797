/**
 * The autopilot's policy: one pure function from what was observed about a service, its history
 * and the knobs to decisions with reasons and evidence, guards applied. No I/O, no clock: `now`
 * comes in the input. Every decision carries a `causeKey`; a cause already decided (and not merely
 * held back by a guard) is never decided again, so one cause never gives two actions.
 */
import { type Diagnosis, diagnose, namedByRules, stackTraceAfter } from "../../patterns/index.js";
import type { Observation, ObservedDeployment } from "../contract.js";
import { dependencyGraph, referencingVariables } from "./dependency-graph.js";
import { ACTING_KINDS, type Decision, type PastDecision, type PolicyInput } from "./policy-types.js";

const SERVING = new Set(["SUCCESS", "SLEEPING"]);
const NEVER_GOOD = new Set(["FAILED", "CRASHED", "SKIPPED"]);
/** Statuses of past decisions that mean the autopilot acted (or tried to). */
const ACTED = new Set(["decided", "approved", "executed", "verified", "failed"]);
const HOUR = 3_600_000;
/**
 * A diagnosis less sure than this is reported in the decision's reasons and evidence but never
 * acted on: the crash is handled as one of unknown cause (restart once, or roll back). The learned
 * classifier's guesses where the rules found nothing (right 55–60% of the time on logs never seen)
 * are never acted on at any confidence (`namedByRules`), so a guess never scales memory or blames a
 * dependency.
 */
export const MIN_CONFIDENCE_TO_ACT = 0.6;

type Draft = Omit<Decision, "status" | "guard">;

/** Decides what to do about `input.observations`, guards applied. Pure. */
export function decide(input: PolicyInput): Decision[] {
  const drafts: Draft[] = [];
  for (const observation of input.observations) drafts.push(...rulesFor(observation, input));
  const seen = new Set<string>();
  const unique: Draft[] = [];
  for (const d of drafts) {
    if (seen.has(d.causeKey)) continue;
    seen.add(d.causeKey);
    unique.push(d);
  }
  return applyGuards(unique, input);
}

function rulesFor(o: Observation, input: PolicyInput): Draft[] {
  switch (o.kind) {
    case "deployment":
      return deploymentRules(o.deployment, input);
    case "health":
      return healthRules(o, input);
    case "logs": {
      if (o.phase !== "build" || !o.deploymentId) return [];
      const dep = input.deployments.find((d) => d.id === o.deploymentId);
      return dep?.status === "FAILED" ? [buildFailed(dep, o.lines)] : [];
    }
    case "error-rate":
      return errorRateRules(o, input);
    case "memory":
      return [];
    case "dependency": {
      const current = currentDeployment(input);
      if (current?.status === "CRASHED") return crashRules(current, input);
      if (o.healthy) return [];
      return [
        {
          kind: "escalate",
          causeKey: `escalate:dependency:${o.dependency.serviceId}:${current?.id ?? "none"}`,
          ...(current ? { deploymentId: current.id } : {}),
          reasons: [
            `${o.dependency.serviceName}, which ${o.service.serviceName} depends on, is down (${o.detail}).`,
            "Rolling back the app would not fix it: a person must look at the dependency.",
          ],
          evidence: { dependency: o.dependency.serviceName, dependencyHealthy: false, detail: o.detail },
        },
      ];
    }
  }
}

/** The newest deployment that is not removed or skipped: what is in place now. */
function currentDeployment(input: PolicyInput): ObservedDeployment | undefined {
  return [...input.deployments]
    .filter(
      (d) =>
        ![
          "REMOVED",
          "REMOVING",
          "SKIPPED",
          "FAILED",
          "INITIALIZING",
          "BUILDING",
          "QUEUED",
          "WAITING",
          "DEPLOYING",
          "NEEDS_APPROVAL",
        ].includes(d.status),
    )
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
}

function deploymentRules(d: ObservedDeployment, input: PolicyInput): Draft[] {
  if (d.status === "FAILED") {
    const logs = input.logs?.[d.id];
    return [buildFailed(d, logs?.lines ?? [])];
  }
  if (d.status === "CRASHED") return crashRules(d, input);
  return [];
}

function summarise(diag: Diagnosis | undefined, lines: readonly string[] = []): Record<string, unknown> {
  if (!diag) return { diagnosis: null };
  const stackTrace = diag.keyLine ? stackTraceAfter(diag.keyLine, lines) : [];
  return {
    diagnosis: {
      category: diag.category,
      summary: diag.summary,
      confidence: diag.confidence,
      action: diag.action,
      ...(diag.variable ? { variable: diag.variable } : {}),
    },
    keyLines: diag.keyLine ? [diag.keyLine] : [],
    ...(stackTrace.length > 0 ? { stackTrace } : {}),
  };
}

function buildFailed(d: ObservedDeployment, lines: readonly string[]): Draft {
  const diag = lines.length > 0 ? diagnose([...lines], { phase: "build" }) : undefined;
  return {
    kind: "none",
    causeKey: `build-failed:${d.id}`,
    deploymentId: d.id,
    reasons: [
      `The build of deployment ${d.id} failed; the previous deployment still serves, so nothing is rolled back.`,
      ...(diag && diag.category !== "UNKNOWN" ? [diag.summary] : []),
    ],
    evidence: { status: d.status, ...(d.commitHash ? { commitHash: d.commitHash } : {}), ...summarise(diag, lines) },
  };
}

/** An earlier deployment that could take over: created before `d`, and not one that never served. */
function hasEarlierGood(d: ObservedDeployment, input: PolicyInput): boolean {
  const t = Date.parse(d.createdAt);
  return input.deployments.some(
    (o) => o.id !== d.id && Date.parse(o.createdAt) < t && !NEVER_GOOD.has(o.status) && o.canRollback !== false,
  );
}

function rollbackOr(
  d: ObservedDeployment,
  input: PolicyInput,
  reasons: string[],
  evidence: Record<string, unknown>,
  followUp = false,
): Draft {
  if (!input.knobs.rollback) {
    return {
      kind: "escalate",
      causeKey: `escalate:${d.id}`,
      deploymentId: d.id,
      reasons: [...reasons, "Automatic rollback is off: a person must decide."],
      evidence,
    };
  }
  if (!hasEarlierGood(d, input)) {
    return {
      kind: "escalate",
      causeKey: `escalate:${d.id}`,
      deploymentId: d.id,
      reasons: [...reasons, "There is no earlier good deployment to roll back to."],
      evidence,
    };
  }
  return {
    kind: "rollback",
    causeKey: `rollback:${d.id}`,
    deploymentId: d.id,
    reasons: [...reasons, "Rolling back once to the last good deployment."],
    evidence,
    ...(followUp ? { followUp } : {}),
  };
}

function actedOn(input: PolicyInput, causeKey: string): PastDecision | undefined {
  return input.decisions.find((p) => p.causeKey === causeKey && ACTED.has(p.status));
}

function crashRules(d: ObservedDeployment, input: PolicyInput): Draft[] {
  const t = Date.parse(d.createdAt);
  // A newer deployment replaced it: nothing to do about this one.
  if (
    input.deployments.some(
      (o) => o.id !== d.id && Date.parse(o.createdAt) > t && (SERVING.has(o.status) || o.status === "CRASHED"),
    )
  )
    return [];
  const otherServing = input.deployments.some((o) => o.id !== d.id && SERVING.has(o.status));
  const wentLive = input.wentLive.includes(d.id);
  if (!wentLive && otherServing) {
    return [
      {
        kind: "none",
        causeKey: `crash-before-live:${d.id}`,
        deploymentId: d.id,
        reasons: [
          `Deployment ${d.id} crashed before it went live; the previous deployment still serves, so nothing is rolled back.`,
        ],
        evidence: { status: d.status, ...summarise(diagnosisOf(d, input), input.logs?.[d.id]?.lines) },
      },
    ];
  }
  const diag = diagnosisOf(d, input);
  // A guess of the learned classifier is never acted on, whatever its confidence: only a category
  // the rules named, and named surely enough.
  const unsure =
    diag !== undefined &&
    diag.category !== "UNKNOWN" &&
    (!namedByRules(diag) || diag.confidence < MIN_CONFIDENCE_TO_ACT);
  const category = unsure ? "UNKNOWN" : (diag?.category ?? "UNKNOWN");
  const base = {
    status: d.status,
    wentLive,
    ...(d.commitHash ? { commitHash: d.commitHash } : {}),
    ...summarise(diag, input.logs?.[d.id]?.lines),
  };
  const crashed = `Deployment ${d.id} of ${input.service.serviceName} crashed${wentLive ? " after going live" : ""}`;
  if (unsure) {
    const guess = `The diagnosis ${diag.category} (confidence ${diag.confidence}) is too unsure to act on; handled as a crash of unknown cause.`;
    return crashOfUnknownCause(d, input, crashed, base).map((draft) => ({
      ...draft,
      reasons: [...draft.reasons, guess],
    }));
  }
  switch (category) {
    case "OUT_OF_MEMORY":
      return [oomRule(d, input, crashed, base)];
    case "DEPENDENCY_UNREACHABLE":
      return dependencyRule(d, input, crashed, base);
    case "MISSING_ENV_CONFIG": {
      const variable = diag?.variable;
      return [
        {
          kind: "escalate",
          causeKey: `escalate:${d.id}`,
          deploymentId: d.id,
          reasons: [
            `${crashed}: ${variable ? `the variable ${variable} is missing or empty` : "a required variable is missing or empty"}.`,
            "A restart or a rollback would not set it: no restart loop, a person must set the variable.",
          ],
          evidence: { ...base, ...(variable ? { variable } : {}) },
        },
      ];
    }
    case "UNKNOWN":
      return crashOfUnknownCause(d, input, crashed, base);
    default:
      return [rollbackOr(d, input, [`${crashed}: ${diag?.summary ?? category}.`], base)];
  }
}

/**
 * A crash no diagnosis explains well enough to act on: a fatal line means it is not transient
 * (roll back); else one restart before rolling back, when the knobs allow it.
 */
function crashOfUnknownCause(
  d: ObservedDeployment,
  input: PolicyInput,
  crashed: string,
  base: Record<string, unknown>,
): Draft[] {
  const wentLive = input.wentLive.includes(d.id);
  const restarted = actedOn(input, `restart:${d.id}`);
  const fatal = fatalLine(input.logs?.[d.id]?.lines);
  if (fatal !== undefined) {
    // No rule names the cause, but the process said it failed: not a transient exit.
    return [rollbackOr(d, input, [`${crashed}: it logged a fatal error no rule names: ${fatal}`], base)];
  }
  if (input.knobs.restartFirst && wentLive && !restarted) {
    return [
      {
        kind: "restart",
        causeKey: `restart:${d.id}`,
        deploymentId: d.id,
        reasons: [
          `${crashed} with no known error pattern in its logs: it looks transient.`,
          "Restarting it once before rolling back.",
        ],
        evidence: base,
      },
    ];
  }
  const why = restarted ? [`${crashed} again after a restart: it is not transient.`] : [`${crashed}.`];
  return [rollbackOr(d, input, why, base, Boolean(restarted))];
}

/** A line at fatal severity (PANIC, FATAL, an uncaught exception, a traceback): the exit was not transient. */
const FATAL_LINE =
  /\b(?:PANIC|FATAL|CRITICAL)\b|^panic: |\b[Ff]atal error\b|^Traceback \(most recent call last\)|\b(?:Uncaught|Unhandled) (?:exception|rejection|error)\b/i;

function fatalLine(lines: readonly string[] | undefined): string | undefined {
  const line = lines?.find((l) => FATAL_LINE.test(l));
  return line === undefined ? undefined : line.trim().slice(0, 200);
}

function diagnosisOf(d: ObservedDeployment, input: PolicyInput): Diagnosis | undefined {
  const logs = input.logs?.[d.id];
  if (!logs || logs.lines.length === 0) return undefined;
  return diagnose([...logs.lines], { phase: logs.phase });
}

function oomRule(d: ObservedDeployment, input: PolicyInput, crashed: string, base: Record<string, unknown>): Draft {
  const { memoryCeilingGb: ceiling, memoryStepGb: step } = input.knobs;
  const limit = input.memoryLimitGb;
  const evidence = { ...base, memoryLimitGb: limit ?? null, memoryCeilingGb: ceiling };
  if (limit !== undefined && limit + 1e-9 < ceiling) {
    const next = Math.min(ceiling, Math.round((limit + step) * 1000) / 1000);
    return {
      kind: "scale_memory",
      causeKey: `scale:${input.service.serviceId}:${d.id}`,
      deploymentId: d.id,
      reasons: [
        `${crashed}: it ran out of memory.`,
        `Raising its memory limit from ${limit} GB to ${next} GB (ceiling ${ceiling} GB) and redeploying.`,
      ],
      evidence: { ...evidence, newMemoryGb: next },
      action: { memoryGb: next },
    };
  }
  const scaledBefore = input.decisions.some(
    (p) => p.kind === "scale_memory" && p.serviceId === input.service.serviceId && ACTED.has(p.status),
  );
  const why =
    limit === undefined
      ? `${crashed}: it ran out of memory, and its memory limit is unknown.`
      : `${crashed}: it ran out of memory at the ceiling of ${ceiling} GB.`;
  return rollbackOr(d, input, [why], evidence, scaledBefore);
}

function dependencyRule(
  d: ObservedDeployment,
  input: PolicyInput,
  crashed: string,
  base: Record<string, unknown>,
): Draft[] {
  const graph = dependencyGraph(input.references ?? []);
  const names = [...(graph.get(input.service.serviceName) ?? [])];
  const states = (input.dependencies ?? []).filter((s) => names.includes(s.service.serviceName));
  const evidence = { ...base, dependencies: names };
  if (states.length === 0) {
    return [
      {
        kind: "escalate",
        causeKey: `escalate:${d.id}`,
        deploymentId: d.id,
        reasons: [
          `${crashed}: it cannot reach a dependency, and none of the watched services is referenced by its variables.`,
          "Not rolled back: a person must check what it connects to.",
        ],
        evidence,
      },
    ];
  }
  const unknown = states.filter((s) => s.healthy === undefined);
  if (unknown.length > 0) {
    return [
      {
        kind: "check_dependency",
        causeKey: `check-dependency:${d.id}`,
        deploymentId: d.id,
        reasons: [
          `${crashed}: it cannot reach a dependency.`,
          `Checking ${unknown.map((s) => s.service.serviceName).join(", ")} before deciding.`,
        ],
        evidence,
        action: { dependencies: unknown.map((s) => s.service) },
      },
    ];
  }
  const dead = states.filter((s) => s.healthy === false);
  const depEvidence = {
    ...evidence,
    dependencyHealth: Object.fromEntries(
      states.map((s) => [s.service.serviceName, { healthy: s.healthy, detail: s.detail ?? "" }]),
    ),
  };
  if (dead.length > 0) {
    return [
      {
        kind: "escalate",
        causeKey: `escalate:dependency:${dead[0]?.service.serviceId}:${d.id}`,
        deploymentId: d.id,
        reasons: [
          `${crashed}: it cannot reach ${dead.map((s) => s.service.serviceName).join(", ")}, which is down${dead[0]?.detail ? ` (${dead[0].detail})` : ""}.`,
          "A dead dependency is not fixed by rolling back the app: no rollback, a person must look at it.",
        ],
        evidence: depEvidence,
      },
    ];
  }
  const vars = states.flatMap((s) =>
    referencingVariables(input.references ?? [], input.service.serviceName, s.service.serviceName),
  );
  const began = input.deployments.some((o) => o.id !== d.id && Date.parse(o.createdAt) < Date.parse(d.createdAt));
  if (!began) {
    return [
      {
        kind: "escalate",
        causeKey: `escalate:${d.id}`,
        deploymentId: d.id,
        reasons: [
          `${crashed}: it cannot reach its dependencies although they are healthy, and it has no earlier deployment to compare with.`,
        ],
        evidence: depEvidence,
      },
    ];
  }
  return [
    rollbackOr(
      d,
      input,
      [
        `${crashed}: it cannot reach ${states.map((s) => s.service.serviceName).join(", ")}, which ${states.length === 1 ? "is" : "are"} healthy.`,
        `The failure began with this deployment (a changed connection setting${vars.length > 0 ? ` such as ${vars.join(", ")}` : ""}?).`,
      ],
      depEvidence,
    ),
  ];
}

function healthRules(o: Extract<Observation, { kind: "health" }>, input: PolicyInput): Draft[] {
  // Inconclusive probes (the prober's own network) and isolated failures never act.
  if (o.result !== "failed" || o.consecutive < input.knobs.unhealthyAfter || !o.deploymentId) return [];
  const d = input.deployments.find((x) => x.id === o.deploymentId);
  if (d?.status !== "SUCCESS") return [];
  const current = currentDeployment(input);
  if (current && current.id !== d.id) return [];
  const gate = dependencyFirst(
    d,
    input,
    `Deployment ${d.id} of ${input.service.serviceName} failed ${o.consecutive} health probes in a row (${o.detail})`,
  );
  if (gate) return gate;
  return [
    rollbackOr(
      d,
      input,
      [
        `Deployment ${d.id} of ${input.service.serviceName} is live but failed ${o.consecutive} health probes in a row (${o.detail}).`,
      ],
      {
        status: d.status,
        probe: { result: o.result, consecutive: o.consecutive, detail: o.detail },
      },
    ),
  ];
}

/** How long a dependency check counts as what is known of the dependency's health now. */
const DEPENDENCY_CHECK_FRESH_MS = 5 * 60_000;

/**
 * Look at the dependency first: before acting on a live deployment that errors or fails its
 * probes, a dependency it references (by its variables) that is down → escalate naming it, never
 * roll back; one not checked lately → check it first (once per deployment). Errors this
 * deployment already put down to a dead dependency never lead to a rollback of it, also not once
 * the dependency is back and the error rate is still decaying. Undefined: nothing stands in the way.
 */
function dependencyFirst(d: ObservedDeployment, input: PolicyInput, what: string): Draft[] | undefined {
  const names = [...(dependencyGraph(input.references ?? []).get(input.service.serviceName) ?? [])];
  const states = (input.dependencies ?? []).filter((s) => names.includes(s.service.serviceName));
  if (states.length === 0) return undefined;
  const attributed = input.decisions.some(
    (p) =>
      p.serviceId === input.service.serviceId &&
      p.causeKey.startsWith("escalate:dependency:") &&
      p.causeKey.endsWith(`:${d.id}`),
  );
  if (attributed) return [];
  const fresh = (s: (typeof states)[number]) =>
    s.healthy !== undefined && s.checkedAt !== undefined && input.now - s.checkedAt <= DEPENDENCY_CHECK_FRESH_MS;
  const dead = states.filter((s) => fresh(s) && s.healthy === false);
  const first = dead[0];
  if (first) {
    return [
      {
        kind: "escalate",
        causeKey: `escalate:dependency:${first.service.serviceId}:${d.id}`,
        deploymentId: d.id,
        reasons: [
          `${what}, and ${dead.map((s) => s.service.serviceName).join(", ")}, which ${input.service.serviceName} depends on, is down${first.detail ? ` (${first.detail})` : ""}.`,
          "A dead dependency is not fixed by rolling back the app: no rollback, a person must look at it.",
        ],
        evidence: {
          dependencies: names,
          dependencyHealth: Object.fromEntries(
            states.map((s) => [s.service.serviceName, { healthy: s.healthy ?? null, detail: s.detail ?? "" }]),
          ),
        },
      },
    ];
  }
  const unknown = states.filter((s) => !fresh(s));
  const causeKey = `check-dependency:${d.id}`;
  if (unknown.length === 0 || input.decisions.some((p) => p.causeKey === causeKey)) return undefined;
  return [
    {
      kind: "check_dependency",
      causeKey,
      deploymentId: d.id,
      reasons: [`${what}.`, `Checking ${unknown.map((s) => s.service.serviceName).join(", ")} before deciding.`],
      evidence: { dependencies: names },
      action: { dependencies: unknown.map((s) => s.service) },
    },
  ];
}

function errorRateRules(o: Extract<Observation, { kind: "error-rate" }>, input: PolicyInput): Draft[] {
  const { errorSurgeFactor, errorInconclusiveFactor, errorMinPerMinute } = input.knobs;
  if (o.ratePerMinute < errorMinPerMinute) return [];
  const d = input.deployments.find((x) => x.id === o.deploymentId);
  if (d?.status !== "SUCCESS") return [];
  const current = currentDeployment(input);
  if (current && current.id !== d.id) return [];
  const ratio = o.baselinePerMinute > 0 ? o.ratePerMinute / o.baselinePerMinute : Number.POSITIVE_INFINITY;
  const evidence = {
    status: d.status,
    ratePerMinute: o.ratePerMinute,
    baselinePerMinute: o.baselinePerMinute,
    ratio: Number.isFinite(ratio) ? Math.round(ratio * 100) / 100 : null,
    ...(o.patternId ? { patternId: o.patternId } : {}),
  };
  const rate = `${o.ratePerMinute}/min against a pre-deploy baseline of ${o.baselinePerMinute}/min`;
  if (ratio < errorInconclusiveFactor) return [];
  const gate = dependencyFirst(d, input, `Errors rose after deployment ${d.id} went live (${rate})`);
  if (gate) return gate;
  if (ratio >= errorSurgeFactor) {
    return [
      rollbackOr(
        d,
        input,
        [`Errors surged after deployment ${d.id} went live: ${rate} (${errorSurgeFactor}× or more).`],
        evidence,
      ),
    ];
  }
  return [
    {
      kind: "escalate",
      causeKey: `escalate:error-rate:${d.id}`,
      deploymentId: d.id,
      reasons: [
        `Errors rose after deployment ${d.id} went live (${rate}), but not clearly enough to roll back: a person should look.`,
      ],
      evidence,
    },
  ];
}

function applyGuards(drafts: Draft[], input: PolicyInput): Decision[] {
  const { knobs, now, service } = input;
  const out: Decision[] = [];
  const already = new Set(input.decisions.filter((p) => p.status !== "suppressed").map((p) => p.causeKey));
  const acted: PastDecision[] = input.decisions.filter((p) => ACTING_KINDS.has(p.kind) && ACTED.has(p.status));
  for (const draft of drafts) {
    if (already.has(draft.causeKey)) continue;
    if (!ACTING_KINDS.has(draft.kind)) {
      out.push({ ...draft, status: "decided" });
      continue;
    }
    const mine = acted.filter((p) => p.serviceId === service.serviceId);
    const suppress = (guard: NonNullable<Decision["guard"]>, why: string): Decision => ({
      ...draft,
      status: "suppressed",
      guard,
      reasons: [...draft.reasons, why],
    });
    if (knobs.killSwitch) {
      out.push(suppress("kill_switch", "The kill switch is on: no action is taken."));
      continue;
    }
    const inWindow = mine.filter((p) => now - p.at < knobs.flapWindowMs);
    if (inWindow.length >= knobs.flapThreshold) {
      out.push(
        suppress(
          "flapping",
          `${service.serviceName} had ${inWindow.length} actions in the last ${Math.round(knobs.flapWindowMs / 60_000)} min: it oscillates, so the autopilot stops acting on it.`,
        ),
      );
      const bucket = Math.floor(now / knobs.flapWindowMs);
      const key = `escalate:flapping:${service.serviceId}:${bucket}`;
      if (!already.has(key)) {
        already.add(key);
        out.push({
          kind: "escalate",
          status: "decided",
          causeKey: key,
          ...(draft.deploymentId ? { deploymentId: draft.deploymentId } : {}),
          reasons: [
            `${service.serviceName} keeps failing after ${inWindow.length} actions in ${Math.round(knobs.flapWindowMs / 60_000)} min; the autopilot stopped acting on it. A person must look.`,
          ],
          evidence: {
            actions: inWindow.map((p) => ({ kind: p.kind, causeKey: p.causeKey, at: new Date(p.at).toISOString() })),
          },
        });
      }
      continue;
    }
    const last = mine.reduce<PastDecision | undefined>((a, p) => (!a || p.at > a.at ? p : a), undefined);
    if (last && now - last.at < knobs.cooldownMs && !draft.followUp) {
      out.push(
        suppress(
          "cooldown",
          `${service.serviceName} was acted on ${Math.round((now - last.at) / 1000)} s ago (${last.kind}); cool-down is ${Math.round(knobs.cooldownMs / 1000)} s.`,
        ),
      );
      continue;
    }
    const hourMine = mine.filter((p) => now - p.at < HOUR).length;
    if (hourMine >= knobs.budgetPerServicePerHour) {
      out.push(
        suppress(
          "budget",
          `${service.serviceName} already had ${hourMine} actions in the last hour (budget ${knobs.budgetPerServicePerHour}).`,
        ),
      );
      continue;
    }
    const hourAll = acted.filter((p) => now - p.at < HOUR).length;
    if (hourAll >= knobs.budgetPerHour) {
      out.push(
        suppress("budget", `${hourAll} actions in the last hour across all services (budget ${knobs.budgetPerHour}).`),
      );
      continue;
    }
    if (knobs.dryRun) {
      out.push({
        ...draft,
        status: "dry_run",
        guard: "dry_run",
        reasons: [...draft.reasons, "Dry run: recorded, not carried out."],
      });
      continue;
    }
    if (knobs.approvalMode) {
      out.push({
        ...draft,
        status: "pending_approval",
        guard: "approval",
        reasons: [...draft.reasons, "Approval mode: waiting for a person to approve."],
      });
      continue;
    }
    out.push({ ...draft, status: "decided" });
    // Counts for the next decision of this same call.
    acted.push({
      kind: draft.kind,
      causeKey: draft.causeKey,
      status: "decided",
      serviceId: service.serviceId,
      at: now,
      ...(draft.deploymentId ? { deploymentId: draft.deploymentId } : {}),
    });
  }
  return out;
}
