/**
 * The follower: a small state machine that turns status updates and timer ticks into notices and,
 * eventually, one verdict about a deployment. Pure: time arrives inside the events, and the caller
 * (follow.ts) owns the subscription, the polling and the Clock. `wakeAt` tells the caller when the
 * machine next needs a tick (a stuck budget running out, or the overall timeout).
 */
import {
  DEFAULT_EXPECTED_DURATIONS,
  type DeploymentPhase,
  type DeploymentStatus,
  type ExpectedDurations,
  expectedDurationOf,
  outcomeOf,
  phaseOf,
  type StatusOutcome,
  waitingReason,
} from "./lifecycle.js";

export interface FollowerOptions {
  deploymentId: string;
  /** When the deployment was triggered (clock ms); time until the first status counts as queued. */
  startedAt: number;
  /** How long to wait for a terminal status, from `startedAt`. */
  timeoutMs: number;
  /** Per-status budgets before a deployment is reported stuck. Defaults: DEFAULT_EXPECTED_DURATIONS. */
  expected?: Partial<ExpectedDurations>;
}

export interface PhaseDurations {
  queued: number;
  build: number;
  deploy: number;
}

export interface FollowerState {
  readonly deploymentId: string;
  readonly startedAt: number;
  readonly deadline: number;
  readonly expected: ExpectedDurations;
  readonly status: DeploymentStatus | undefined;
  /** When the current status began (or `startedAt` before any status was seen). */
  readonly statusSince: number;
  readonly spent: PhaseDurations;
  /** True once the current status spell has been reported stuck or waiting (report once per spell). */
  readonly reported: boolean;
  readonly result: FollowResult | undefined;
  /** The last time the current status was observed (a poll saw it again); undefined until then. */
  readonly lastSeenAt?: number;
}

export type FollowerEvent =
  | {
      type: "status";
      status: DeploymentStatus;
      /** When the status began (Railway's stamp, mapped onto the clock). */
      at: number;
      /** When it was observed (the clock's time of the poll or message); default `at`. */
      seenAt?: number;
    }
  | { type: "tick"; at: number };

export type FollowerNotice =
  | {
      kind: "status";
      status: DeploymentStatus;
      previous: DeploymentStatus | undefined;
      at: number;
      /**
       * How long the previous status lasted, when a poll skipped a whole phase (INITIALIZING seen,
       * then DEPLOYING: BUILDING fell between two polls): only until it was last seen, the rest
       * belongs to the skipped phase.
       */
      previousMs?: number;
    }
  | { kind: "stuck"; status: DeploymentStatus; forMs: number; budgetMs: number }
  | { kind: "waiting"; status: DeploymentStatus; reason: string };

export interface FollowResult {
  /** The terminal outcome, or `timeout` when the deadline passed first. */
  outcome: StatusOutcome | "timeout";
  /** The last status seen. */
  status: DeploymentStatus | undefined;
  /** When the terminal status was seen (or the deadline passed). */
  at: number;
  durationsMs: PhaseDurations;
  /** For a timeout: the status it was in and for how long. */
  stalledIn?: { status: DeploymentStatus | undefined; forMs: number };
}

export interface FollowerStep {
  state: FollowerState;
  notices: FollowerNotice[];
  /** Set once, on the step that ends the follow. */
  result: FollowResult | undefined;
  /** The clock time at which the caller must send the next tick (undefined once finished). */
  wakeAt: number | undefined;
}

export function startFollower(options: FollowerOptions): FollowerState {
  return {
    deploymentId: options.deploymentId,
    startedAt: options.startedAt,
    deadline: options.startedAt + options.timeoutMs,
    expected: { ...DEFAULT_EXPECTED_DURATIONS, ...options.expected },
    status: undefined,
    statusSince: options.startedAt,
    spent: { queued: 0, build: 0, deploy: 0 },
    reported: false,
    result: undefined,
  };
}

/** The time at which `state` next needs a tick. */
export function nextWake(state: FollowerState): number | undefined {
  if (state.result) return undefined;
  let wake = state.deadline;
  if (!state.reported && state.status) {
    const budget = expectedDurationOf(state.status, state.expected);
    if (budget !== undefined) wake = Math.min(wake, state.statusSince + budget + 1);
  }
  return wake;
}

const PHASE_ORDER = ["queued", "build", "deploy", "done"] as const;

/** The one phase a transition jumped over (queued → deploy skips build), if exactly one. */
function skippedPhase(from: DeploymentStatus | undefined, to: DeploymentStatus): "build" | "deploy" | undefined {
  if (!from) return undefined;
  const a = PHASE_ORDER.indexOf(phaseOf(from));
  const b = PHASE_ORDER.indexOf(phaseOf(to));
  if (b - a !== 2) return undefined;
  const between = PHASE_ORDER[a + 1];
  return between === "build" || between === "deploy" ? between : undefined;
}

function addSpent(spent: PhaseDurations, status: DeploymentStatus | undefined, ms: number): PhaseDurations {
  const phase: DeploymentPhase = status ? phaseOf(status) : "queued";
  if (phase === "done" || ms <= 0) return spent;
  return { ...spent, [phase]: spent[phase] + ms };
}

/** Feeds one event to the follower. Events after the verdict change nothing. */
export function stepFollower(state: FollowerState, event: FollowerEvent): FollowerStep {
  if (state.result) return { state, notices: [], result: undefined, wakeAt: undefined };
  const notices: FollowerNotice[] = [];
  let next = state;
  // Time never runs backwards inside the machine, even if a late event carries an older stamp.
  const at = Math.max(event.at, state.statusSince);

  if (event.type === "status" && event.status === state.status) {
    const seen = event.seenAt ?? event.at;
    if (seen > (state.lastSeenAt ?? Number.NEGATIVE_INFINITY)) next = { ...state, lastSeenAt: seen };
  }
  if (event.type === "status" && event.status !== state.status) {
    const skipped = skippedPhase(state.status, event.status);
    const seenUntil = state.lastSeenAt;
    // A poll missed a whole phase: the previous status lasted until it was last seen, and the
    // gap up to the new status's start belongs to the phase that fell between the polls.
    const split = skipped !== undefined && seenUntil !== undefined && seenUntil > state.statusSince && seenUntil < at;
    const spent = split
      ? {
          ...addSpent(state.spent, state.status, seenUntil - state.statusSince),
          [skipped]: state.spent[skipped] + (at - seenUntil),
        }
      : addSpent(state.spent, state.status, at - state.statusSince);
    next = { ...state, spent, status: event.status, statusSince: at, reported: false, lastSeenAt: event.seenAt ?? at };
    notices.push({
      kind: "status",
      status: event.status,
      previous: state.status,
      at,
      ...(split ? { previousMs: seenUntil - state.statusSince } : {}),
    });
    const outcome = outcomeOf(event.status);
    if (outcome !== "pending") {
      const result: FollowResult = { outcome, status: event.status, at, durationsMs: next.spent };
      next = { ...next, result };
      return { state: next, notices, result, wakeAt: undefined };
    }
    const reason = waitingReason(event.status);
    if (reason && expectedDurationOf(event.status, next.expected) === undefined) {
      notices.push({ kind: "waiting", status: event.status, reason });
      next = { ...next, reported: true };
    }
  }

  if (at >= next.deadline) {
    const spent = addSpent(next.spent, next.status, at - next.statusSince);
    const result: FollowResult = {
      outcome: "timeout",
      status: next.status,
      at,
      durationsMs: spent,
      stalledIn: { status: next.status, forMs: at - next.statusSince },
    };
    next = { ...next, spent, statusSince: at, result };
    return { state: next, notices, result, wakeAt: undefined };
  }

  if (!next.reported && next.status) {
    const budget = expectedDurationOf(next.status, next.expected);
    if (budget !== undefined && at - next.statusSince > budget) {
      notices.push({ kind: "stuck", status: next.status, forMs: at - next.statusSince, budgetMs: budget });
      next = { ...next, reported: true };
    }
  }
  return { state: next, notices, result: undefined, wakeAt: nextWake(next) };
}
