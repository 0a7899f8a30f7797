import { randomUUID } from "node:crypto";
import { type Clock, RailpilotError } from "../core/index.js";
import type { RailwayClient } from "../railway/index.js";
import { compensate, describeLeftovers, leftoverHint } from "./compensation.js";
import { DestructiveChangeError, ProvisionStepError, StalePlanError } from "./errors.js";
import type { CreatedResource, JournalRun, ProvisionJournal } from "./journal.js";
import { findProjectByName, type LiveSnapshot, readLiveState } from "./live-reader.js";
import { destructiveChanges, type Plan, type PlanStep, planStack, specDigest } from "./planner.js";
import type { ProjectTags } from "./project-tags.js";
import { DEFAULT_QUIRKS, type QuirkOptions } from "./railway-quirks.js";
import { assertReferences } from "./references.js";
import {
  ApplyLockedError,
  claimRailwayMarker,
  formatMarker,
  lockHolderName,
  lostCreateRace,
  type MarkerDeps,
  releaseRailwayMarker,
  renewRailwayMarker,
} from "./run-lock.js";
import type { StackSpec } from "./spec.js";
import { assertSpecSafe } from "./spec-safety.js";
import { StepExecutor, type StepOutcome } from "./step-executor.js";
import type { TemplateCache } from "./template-cache.js";

/**
 * The apply run loop: take the stack's lock, plan (or resume an interrupted run), run each step
 * through the step executor with the journal written before and after, and compensate on
 * failure. Compensation lives in compensation.ts, the 17 kinds of step in step-executor.ts, the
 * lock in run-lock.ts.
 */

/** What the applier reports as it goes (the CLI draws progress from these). */
export type ApplyEvent =
  | { type: "resume"; runId: string; remaining: number }
  | { type: "step-start"; step: PlanStep; index: number; total: number }
  | { type: "step-done"; step: PlanStep; index: number; total: number; adopted: boolean }
  | { type: "step-failed"; step: PlanStep; index: number; total: number; error: Error }
  | { type: "compensate"; resource: CreatedResource; ok: boolean; error?: Error };

/** One audit-log entry (what `recordAudit` in the store takes, minus the actor). Never holds values. */
export interface AuditRecord {
  kind: string;
  target: string;
  detail?: { [key: string]: string | number | boolean | null | string[] };
}

/** Where an apply writes one row per side effect (the CLI binds it to the store's `audit_log`). */
export type AuditSink = (entry: AuditRecord) => Promise<void>;

export interface ApplyDeps {
  client: RailwayClient;
  clock: Clock;
  journal: ProvisionJournal;
  /** Workspace to create projects in (resolved by the caller). */
  workspaceId?: string;
  quirks?: QuirkOptions;
  /** Random bytes for generated secrets. Default: crypto.randomBytes. */
  random?: (bytes: number) => Buffer;
  onEvent?(event: ApplyEvent): void;
  /** Stops the run between steps (a daemon shutting down); the journal stays resumable. */
  signal?: AbortSignal;
  /** One row per step and per compensation (Default: none). */
  audit?: AuditSink;
  /** Template lookups shared by several applies (a fleet run). Default: one per apply. */
  templates?: TemplateCache;
  /** Names this process in lock rows. Default: `host:pid`. */
  holder?: string;
  /**
   * Test hook: called after step number `n` (1-based, counted over the whole run) is journaled
   * as done. The CLI maps RAILPILOT_TEST_CRASH_AFTER_STEP to a hard process exit here.
   */
  afterStepJournaled?(n: number): void | Promise<void>;
  /** Test hook: called after step `n` ran on Railway but before it is journaled as done. */
  beforeStepJournaled?(n: number): void;
  newRunId?(): string;
}

export interface ApplyOptions {
  /** Keep what was created when a step fails (default: remove it, newest first). */
  keepOnFailure?: boolean;
  /** Allow steps that delete things. */
  confirmDestructive?: boolean;
  /** A plan saved earlier (`planFromLive`); refused when the live state or the spec changed since. */
  savedPlan?: Plan;
  /** Tags written into a new project's description (tenant instances). */
  tags?: ProjectTags;
  /**
   * Plan, and report the steps an apply would run now (those an interrupted run has left, when
   * there is one), without changing anything: no journal write, no lock, no request that mutates.
   */
  dryRun?: boolean;
}

export interface ApplyResult {
  runId: string | undefined;
  plan: Plan;
  resumed: boolean;
  /** Steps executed in this process, in order. */
  executed: string[];
  /** The steps this apply ran or, on a dry run, would run. */
  steps: PlanStep[];
  dryRun: boolean;
  projectId: string | undefined;
  environmentId: string | undefined;
}

/** Sentinel: a simulated crash (test hook) skips compensation, the run's end record and unlocking. */
export class SimulatedCrash extends RailpilotError {
  constructor(step: number) {
    super("SIMULATED_CRASH", `Simulated crash after step ${step}`);
  }
}

/** The apply was stopped through its AbortSignal between two steps; run it again to resume. */
export class ApplyAbortedError extends RailpilotError {
  readonly runId: string;
  readonly remaining: number;

  constructor(runId: string, remaining: number, cause: unknown) {
    super("ABORTED", `The apply was stopped before its next step (run ${runId}, ${remaining} step(s) left)`, {
      cause,
      hint: "Nothing is half-done: applying the same spec again resumes the run where it stopped.",
    });
    this.runId = runId;
    this.remaining = remaining;
  }
}

/** An interrupted run of this stack used another spec: it must be finished or abandoned first. */
export class InterruptedRunError extends RailpilotError {
  readonly runId: string;

  constructor(stack: string, runId: string) {
    super("APPLY_INTERRUPTED", `An interrupted apply of "${stack}" (run ${runId}) used a different spec`, {
      hint: "Finish it by applying the spec it started with, or abandon it (which removes what it created), then apply the new spec.",
    });
    this.runId = runId;
  }
}

/** A saved plan made from another spec. */
export class SavedPlanMismatchError extends RailpilotError {
  constructor() {
    super("SAVED_PLAN_MISMATCH", "The saved plan was made from a different spec", {
      hint: "Give the same spec and template parameters that produced the plan, or plan again.",
    });
  }
}

/** Computes the plan for a spec against what exists (reads only). */
export async function planFromLive(
  spec: StackSpec,
  deps: Pick<ApplyDeps, "client" | "workspaceId">,
): Promise<{ plan: Plan; snapshot: LiveSnapshot }> {
  assertSpecSafe(spec);
  assertReferences(spec);
  const snapshot = await readLiveState(deps.client, spec, deps.workspaceId ? { workspaceId: deps.workspaceId } : {});
  return { plan: planStack(spec, snapshot.live), snapshot };
}

function checkAborted(signal: AbortSignal | undefined, runId: string, remaining: number): void {
  if (signal?.aborted) throw new ApplyAbortedError(runId, remaining, signal.reason);
}

/**
 * Applies a stack: take the stack's lock (store and Railway), plan (or resume an interrupted
 * run), then run each step through the client, journaling before and after. On failure,
 * removes what this run created unless keepOnFailure. See ApplyOptions.dryRun for a dry run.
 */
export async function applyStack(spec: StackSpec, deps: ApplyDeps, options: ApplyOptions = {}): Promise<ApplyResult> {
  assertSpecSafe(spec);
  assertReferences(spec);
  const digest = specDigest(spec);
  if (options.savedPlan && options.savedPlan.specDigest !== digest) throw new SavedPlanMismatchError();
  const open = await deps.journal.findOpenRun(spec.project.name, spec.environment);
  if (open && open.specDigest !== digest) throw new InterruptedRunError(spec.project.name, open.id);
  if (options.dryRun) return dryRun(spec, deps, options, open);

  const runId = open?.id ?? deps.newRunId?.() ?? randomUUID();
  checkAborted(deps.signal, runId, 0);
  const quirks = { ...DEFAULT_QUIRKS, ...deps.quirks };
  const lock = { runId, holder: deps.holder ?? lockHolderName(), now: deps.clock.now(), ttlMs: quirks.lockTtlMs };
  const held = await deps.journal.acquireLock(spec.project.name, spec.environment, lock);
  if (held) throw new ApplyLockedError(spec.project.name, held, "store");

  const markerDeps: MarkerDeps = {
    client: deps.client,
    clock: deps.clock,
    settleMs: quirks.lockSettleMs,
    ttlMs: quirks.lockTtlMs,
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
  const state: LockedRun = {
    runId,
    markerProject: undefined,
    markerWrittenAt: 0,
    storeLockAt: lock.now,
    crashed: false,
  };
  try {
    return await runLocked(spec, deps, options, state, markerDeps);
  } catch (error) {
    if (error instanceof SimulatedCrash) state.crashed = true;
    throw error;
  } finally {
    if (!state.crashed) {
      // Best effort: a marker or row left behind lapses after its TTL.
      if (state.markerProject) await releaseRailwayMarker(deps.client, state.markerProject, runId).catch(() => {});
      await deps.journal.releaseLock(spec.project.name, spec.environment, runId).catch(() => {});
    }
  }
}

interface LockedRun {
  runId: string;
  /** The project carrying this run's Railway marker. */
  markerProject: string | undefined;
  markerWrittenAt: number;
  /** When the store lock was last taken or renewed. */
  storeLockAt: number;
  crashed: boolean;
}

async function dryRun(
  spec: StackSpec,
  deps: ApplyDeps,
  options: ApplyOptions,
  open: JournalRun | undefined,
): Promise<ApplyResult> {
  const { plan, snapshot } = await planFromLive(spec, deps);
  let steps = plan.steps;
  if (open) {
    const done = new Set((await deps.journal.steps(open.id)).filter((s) => s.status === "done").map((s) => s.stepId));
    steps = open.steps.filter((s) => !done.has(s.id));
  }
  if (options.savedPlan) {
    const expected = open ? open.fingerprint : plan.fingerprint;
    if (options.savedPlan.fingerprint !== expected) throw new StalePlanError(options.savedPlan.fingerprint, expected);
  }
  return {
    runId: open?.id,
    plan,
    resumed: open !== undefined,
    executed: [],
    steps,
    dryRun: true,
    projectId: snapshot.projectId,
    environmentId: snapshot.environmentId,
  };
}

async function runLocked(
  spec: StackSpec,
  deps: ApplyDeps,
  options: ApplyOptions,
  state: LockedRun,
  markerDeps: MarkerDeps,
): Promise<ApplyResult> {
  let { plan, snapshot } = await planFromLive(spec, deps);
  if (snapshot.projectId) {
    // The stack's project exists: take its Railway marker before anything changes, then plan
    // again under it. The first read may predate the marker: a run that held it and finished
    // in between left Railway changed (two directories once both applied, the second with a step
    // the first had just done).
    await claimRailwayMarker(markerDeps, spec.project.name, snapshot.projectId, state.runId);
    state.markerProject = snapshot.projectId;
    state.markerWrittenAt = deps.clock.now();
    ({ plan, snapshot } = await planFromLive(spec, deps));
  }
  const digest = specDigest(spec);
  // Read again under the lock: a run that held it may have finished (or left an open run) meanwhile.
  const open = await deps.journal.findOpenRun(spec.project.name, spec.environment);
  if (open && open.id !== state.runId) {
    if (open.specDigest !== digest) throw new InterruptedRunError(spec.project.name, open.id);
    throw new ApplyLockedError(spec.project.name, { runId: open.id, expiresAt: deps.clock.now() }, "store");
  }
  if (options.savedPlan) {
    // A resumed run goes on with the steps it planned at its start, so a saved plan must be that
    // plan: computed against the live state the run started from (the state now is half applied).
    const expected = open ? open.fingerprint : plan.fingerprint;
    if (options.savedPlan.fingerprint !== expected) throw new StalePlanError(options.savedPlan.fingerprint, expected);
  }

  let run: JournalRun;
  let steps: PlanStep[];
  let resumed = false;
  /** Steps an earlier process started and never finished: their first start time and what they created. */
  const previous = new Map<string, { startedAt: number; created: CreatedResource[] }>();
  if (open) {
    const journaled = await deps.journal.steps(open.id);
    const done = new Set(journaled.filter((s) => s.status === "done").map((s) => s.stepId));
    for (const s of journaled)
      if (s.status === "started") previous.set(s.stepId, { startedAt: s.startedAt, created: s.created });
    run = open;
    resumed = true;
    deps.onEvent?.({ type: "resume", runId: open.id, remaining: open.steps.filter((s) => !done.has(s.id)).length });
    steps = open.steps.filter((s) => !done.has(s.id));
  } else {
    steps = plan.steps;
    run = {
      id: state.runId,
      stack: spec.project.name,
      environment: spec.environment,
      instance: options.tags?.instance ?? null,
      status: "running",
      specDigest: digest,
      fingerprint: plan.fingerprint,
      steps: plan.steps,
      error: null,
      startedAt: deps.clock.now(),
      finishedAt: null,
      start: {
        ...(snapshot.projectId ? { projectId: snapshot.projectId } : {}),
        ...(snapshot.environmentId ? { environmentId: snapshot.environmentId } : {}),
        serviceIds: [...new Set(snapshot.serviceIds.values())].sort(),
      },
    };
  }

  const destructive = resumed ? steps.filter((s) => s.destructive).map((s) => s.id) : destructiveChanges(plan);
  if (destructive.length > 0 && !options.confirmDestructive) throw new DestructiveChangeError(destructive);

  const result: ApplyResult = {
    runId: undefined,
    plan,
    resumed,
    executed: [],
    steps,
    dryRun: false,
    projectId: snapshot.projectId,
    environmentId: snapshot.environmentId,
  };
  if (steps.length === 0 && !resumed) return result;
  if (!resumed) await deps.journal.createRun(run);
  result.runId = run.id;

  // A project this run creates carries the run's marker from its first moment.
  const tags: ProjectTags = { ...options.tags, applyLock: formatMarker(run.id, deps.clock.now() + markerDeps.ttlMs) };
  const executor = new StepExecutor(spec, deps, snapshot, tags, run);
  const target = `${spec.project.name}/${spec.environment}`;
  const indexOf = new Map(run.steps.map((s, i) => [s.id, i]));
  const total = run.steps.length;
  for (const [position, step] of steps.entries()) {
    checkAborted(deps.signal, run.id, steps.length - position);
    const index = indexOf.get(step.id) ?? position;
    deps.onEvent?.({ type: "step-start", step, index, total });
    let outcome: StepOutcome;
    try {
      await deps.journal.stepStarted(run.id, step.id, index, step.kind, deps.clock.now());
      const before = previous.get(step.id);
      outcome = await executor.run(step, before ?? { startedAt: deps.clock.now(), created: [] }, before !== undefined);
      if (step.kind === "project.create" && outcome.adopted && executor.projectId && !state.markerProject) {
        // The project appeared between this run's plan and its create: another run may be applying
        // the stack inside it right now. Take its marker like any existing project's (a resumed run
        // finds its own marker there), or stop naming the run that holds it.
        await claimRailwayMarker(markerDeps, spec.project.name, executor.projectId, run.id);
        state.markerProject = executor.projectId;
        state.markerWrittenAt = deps.clock.now();
      }
      if (step.kind === "project.create" && !outcome.adopted && executor.projectId) {
        state.markerProject = executor.projectId;
        state.markerWrittenAt = deps.clock.now();
        // Two runs that each created the stack's project at once: the older project wins. Decided
        // after the settle time, so that both runs see both projects and decide alike.
        await deps.clock.sleep(markerDeps.settleMs, deps.signal);
        const winner = await lostCreateRace(deps.client, deps.workspaceId, spec.project.name, executor.projectId);
        if (winner) throw new ApplyLockedError(spec.project.name, winner, "railway");
      }
      if (state.markerProject)
        state.markerWrittenAt = await renewRailwayMarker(
          markerDeps,
          spec.project.name,
          state.markerProject,
          run.id,
          state.markerWrittenAt,
        );
      if (deps.clock.now() - state.storeLockAt >= markerDeps.ttlMs / 2) {
        state.storeLockAt = deps.clock.now();
        const other = await deps.journal.acquireLock(spec.project.name, spec.environment, {
          runId: run.id,
          holder: deps.holder ?? lockHolderName(),
          now: state.storeLockAt,
          ttlMs: markerDeps.ttlMs,
        });
        if (other) throw new ApplyLockedError(spec.project.name, other, "store");
      }
    } catch (error) {
      if (error instanceof SimulatedCrash) throw error; // the process "died": no journal write, no compensation
      return await failStep(error, { spec, deps, options, run, step, index, total, partial: executor.partial, target });
    }
    deps.beforeStepJournaled?.(index + 1);
    await deps.journal.stepFinished(run.id, step.id, "done", outcome.created, null, deps.clock.now());
    await deps.audit?.({
      kind: "apply.step",
      target,
      detail: {
        runId: run.id,
        step: step.id,
        outcome: outcome.adopted ? "already-there" : "done",
        created: outcome.created.map((r) => `${r.type}:${r.id}`),
      },
    });
    result.executed.push(step.id);
    deps.onEvent?.({ type: "step-done", step, index, total, adopted: outcome.adopted });
    await deps.afterStepJournaled?.(index + 1);
  }
  await deps.journal.finishRun(run.id, "succeeded", null, deps.clock.now());
  result.projectId = executor.projectId;
  result.environmentId = executor.environmentId;
  return result;
}

interface FailedStep {
  spec: StackSpec;
  deps: ApplyDeps;
  options: ApplyOptions;
  run: JournalRun;
  step: PlanStep;
  index: number;
  total: number;
  partial: CreatedResource[];
  target: string;
}

/**
 * A step failed (Railway refused, the store failed, the lock was lost): journal it, then remove
 * what the run created unless told to keep it. A failure to write the journal does not stop the
 * compensation: it runs from what was journaled before. Always throws.
 */
async function failStep(error: unknown, f: FailedStep): Promise<never> {
  const { deps, run, step } = f;
  const err = error instanceof Error ? error : new Error(String(error));
  await deps.journal.stepFinished(run.id, step.id, "failed", f.partial, err.message, deps.clock.now()).catch(() => {});
  await deps
    .audit?.({ kind: "apply.step", target: f.target, detail: { runId: run.id, step: step.id, outcome: "failed" } })
    .catch(() => {});
  deps.onEvent?.({ type: "step-failed", step, index: f.index, total: f.total, error: err });
  if (f.options.keepOnFailure) {
    await deps.journal.finishRun(run.id, "failed", `${step.id}: ${err.message}`, deps.clock.now()).catch(() => {});
    throw new ProvisionStepError(run.id, step.id, err, false);
  }
  let leftovers: CreatedResource[];
  try {
    leftovers = await compensate(run.id, deps);
  } catch (compensationError) {
    // The journal itself cannot be read: nothing can be removed safely; the run stays open.
    throw new RailpilotError(
      "PROVISION_FAILED",
      `Step ${step.id} failed: ${err.message}; removing what this apply created failed too`,
      {
        cause: compensationError,
        hint: "Nothing more was changed. When the store works again, abandon the run (it removes what the run created) or apply again to finish it.",
      },
    );
  }
  await deps.journal.finishRun(run.id, "compensated", `${step.id}: ${err.message}`, deps.clock.now()).catch(() => {});
  const failure = new ProvisionStepError(run.id, step.id, err, leftovers.length === 0);
  if (leftovers.length > 0) {
    throw new RailpilotError(
      "PROVISION_FAILED",
      `${failure.message}; could not remove: ${describeLeftovers(leftovers)}`,
      {
        cause: err,
        hint: leftoverHint(leftovers),
      },
    );
  }
  throw failure;
}

/** What abandoning an interrupted run did. */
export interface AbandonResult {
  runId: string;
  /** What could not be removed (empty: everything the run created is gone). */
  leftovers: CreatedResource[];
}

/**
 * The way out of an interrupted run that cannot finish (a spec that fails the same way on every
 * resume, a store error): removes what that run created (newest first, never what existed
 * before it began), and closes its journal entry, so the stack can be applied afresh.
 */
export async function abandonRun(
  stack: string,
  environment: string,
  deps: Pick<ApplyDeps, "client" | "clock" | "journal" | "quirks" | "onEvent" | "audit" | "holder" | "workspaceId">,
): Promise<AbandonResult | undefined> {
  const open = await deps.journal.findOpenRun(stack, environment);
  if (!open) return undefined;
  const quirks = { ...DEFAULT_QUIRKS, ...deps.quirks };
  const held = await deps.journal.acquireLock(stack, environment, {
    runId: open.id,
    holder: deps.holder ?? lockHolderName(),
    now: deps.clock.now(),
    ttlMs: quirks.lockTtlMs,
  });
  if (held) throw new ApplyLockedError(stack, held, "store");
  try {
    const leftovers = await compensate(open.id, deps);
    await deps.journal.finishRun(open.id, "compensated", "abandoned", deps.clock.now());
    await deps.audit?.({
      kind: "apply.abandon",
      target: `${stack}/${environment}`,
      detail: { runId: open.id, leftovers: leftovers.map((r) => `${r.type}:${r.id}`) },
    });
    // A project that stays (it existed before the run) keeps no marker of the abandoned run.
    const project = await findProjectByName(deps.client, stack, deps.workspaceId).catch(() => undefined);
    if (project) await releaseRailwayMarker(deps.client, project.id, open.id).catch(() => {});
    return { runId: open.id, leftovers };
  } finally {
    await deps.journal.releaseLock(stack, environment, open.id).catch(() => {});
  }
}
