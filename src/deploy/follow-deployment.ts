/**
 * Follows one deployment to a verdict: the `deployment` subscription first, polling
 * `deployment(id)` as the fallback when the stream breaks, and Clock ticks for stuck budgets and
 * the timeout. The decisions are the follower's (deployment-follower.ts); this is the plumbing.
 */
import { type Clock, formatDuration, isRailpilotError, RailpilotError } from "../core/index.js";
import { type FollowerNotice, type FollowResult, startFollower, stepFollower } from "./deployment-follower.js";
import { type DeploymentStatus, type ExpectedDurations, isDeploymentStatus } from "./lifecycle.js";
import type { DeploymentEventInfo, DeploymentSnapshot, RailwayDeployApi } from "./railway-deploy-api.js";

export interface FollowOptions {
  clock: Clock;
  /** Overall budget from `startedAt`. */
  timeoutMs: number;
  /** When the deployment was triggered. Default: now. */
  startedAt?: number;
  /**
   * True when `startedAt` is the moment this process triggered the deployment. Railway's own
   * timestamps are then shifted by the offset between its `createdAt` and `startedAt`, so phase
   * durations come from Railway's clock alone and a skewed local clock cannot distort them.
   */
  triggeredHere?: boolean;
  expected?: Partial<ExpectedDurations>;
  signal?: AbortSignal;
  /** Polling interval once the subscription is unavailable. Default 5 s. */
  pollIntervalMs?: number;
  /** Poll once when the subscription has said nothing for this long (a silently dead socket). Default 2 min. */
  quietPollMs?: number;
  /** Poll once when the subscription has sent nothing this long after opening. Default 3 s. */
  firstMessageMs?: number;
  /** Progress: each status change, stuck/waiting notice and transport note. */
  onProgress?: (progress: FollowProgress) => void;
}

export type FollowProgress =
  | {
      kind: "status";
      status: DeploymentStatus;
      previous: DeploymentStatus | undefined;
      at: number;
      snapshot: DeploymentSnapshot;
      /** How long `previous` lasted, when a poll skipped a phase (see FollowerNotice). */
      previousMs?: number;
    }
  | { kind: "stuck"; status: DeploymentStatus; forMs: number; budgetMs: number; waitingOn: string | undefined }
  | { kind: "waiting"; status: DeploymentStatus; reason: string }
  | { kind: "transport"; message: string };

export interface FollowOutcome {
  result: FollowResult;
  /** The last snapshot seen (carries meta, url, canRollback …). */
  last: DeploymentSnapshot | undefined;
  /** Human-readable notes (stuck, waiting, stream fallbacks) for the report. */
  notes: string[];
  /** What the deployment was waiting on when it timed out or got stuck. */
  waitingOn?: string;
}

type Incoming =
  | { kind: "snapshot"; snapshot: DeploymentSnapshot }
  | { kind: "tick" }
  | { kind: "stream-ended"; error?: unknown }
  | { kind: "fatal"; error: unknown };

class Inbox {
  private items: Incoming[] = [];
  private waiter: ((item: Incoming) => void) | undefined;
  push(item: Incoming): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w(item);
    } else this.items.push(item);
  }
  next(): Promise<Incoming> {
    const item = this.items.shift();
    if (item) return Promise.resolve(item);
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
}

/** Describes the unfinished step of a deployment from its events, e.g. "HEALTHCHECK (attempt 3/8)". */
export function describeWaitingOn(events: readonly DeploymentEventInfo[]): string | undefined {
  const open = [...events].reverse().find((e) => !e.completedAt);
  const last = open ?? events[events.length - 1];
  if (!last) return undefined;
  const p = last.payload;
  const parts: string[] = [last.step];
  if (p?.attempt && p.maxAttempts) parts.push(`attempt ${p.attempt}/${p.maxAttempts}`);
  if (p?.detail) parts.push(p.detail);
  if (p?.reason) parts.push(p.reason);
  if (p?.error) parts.push(`error: ${p.error}`);
  return `${open ? "" : "last step "}${parts.join(", ")}`;
}

/**
 * When a status began: Railway's `statusUpdatedAt` when it is plausible (within 10 min of our
 * clock), else the time we heard of it. A late poll then still measures phases correctly.
 */
/**
 * When a status began, in local clock time. Railway stamps it (`statusUpdatedAt`) on its own clock;
 * `offsetMs` (Railway minus local, learnt from `createdAt` when we triggered the deployment) maps
 * that stamp onto ours. Without an offset, a stamp far from local time is not trusted.
 */
function eventTime(snapshot: DeploymentSnapshot, now: number, offsetMs: number | undefined): number {
  const stamped = snapshot.statusUpdatedAt ? Date.parse(snapshot.statusUpdatedAt) : Number.NaN;
  if (!Number.isFinite(stamped)) return now;
  if (offsetMs !== undefined) return stamped - offsetMs;
  return Math.abs(stamped - now) < 600_000 ? stamped : now;
}

/** Below this, an offset is indistinguishable from request latency: Railway's stamps are used as they are. */
const SKEW_THRESHOLD_MS = 10_000;

/** Railway's clock minus ours, from a deployment we triggered at `startedAt` (local); 0 when within latency. */
function clockOffset(snapshot: DeploymentSnapshot, startedAt: number): number | undefined {
  const created = Date.parse(snapshot.createdAt);
  if (!Number.isFinite(created)) return undefined;
  const offset = created - startedAt;
  return Math.abs(offset) < SKEW_THRESHOLD_MS ? 0 : offset;
}

export async function followDeployment(
  api: RailwayDeployApi,
  deploymentId: string,
  options: FollowOptions,
): Promise<FollowOutcome> {
  const { clock } = options;
  const startedAt = options.startedAt ?? clock.now();
  let state = startFollower({ deploymentId, startedAt, timeoutMs: options.timeoutMs, expected: options.expected });
  const inbox = new Inbox();
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const notes: string[] = [];
  let last: DeploymentSnapshot | undefined;
  let waitingOn: string | undefined;
  let offsetMs: number | undefined;
  let polling = false;
  let cancelTick: (() => void) | undefined;
  let cancelQuiet: (() => void) | undefined;

  const note = (message: string) => {
    notes.push(message);
    options.onProgress?.({ kind: "transport", message });
  };

  const pollOnce = async (): Promise<void> => {
    try {
      inbox.push({ kind: "snapshot", snapshot: await api.deployment(deploymentId) });
    } catch (error) {
      if (stop.signal.aborted) return;
      // Auth and usage errors will not heal by waiting; anything else (network, exhausted retries) is retried next poll.
      if (isRailpilotError(error) && ["AUTH", "NO_TOKEN", "NOT_FOUND", "VALIDATION"].includes(error.code))
        inbox.push({ kind: "fatal", error });
      else
        note(
          `polling deployment ${deploymentId} failed: ${error instanceof Error ? error.message : String(error)}; retrying`,
        );
    }
  };

  const startPolling = () => {
    if (polling) return;
    polling = true;
    void (async () => {
      while (!stop.signal.aborted) {
        await pollOnce();
        try {
          await clock.sleep(options.pollIntervalMs ?? 5_000, stop.signal);
        } catch {
          return;
        }
      }
    })();
  };

  const armQuietPoll = (ms: number) => {
    cancelQuiet?.();
    cancelQuiet = clock.schedule(ms, () => {
      if (stop.signal.aborted || polling) return;
      void pollOnce();
      armQuietPoll(options.quietPollMs ?? 120_000);
    });
  };

  if (api.canSubscribe) {
    armQuietPoll(options.firstMessageMs ?? 3_000);
    void (async () => {
      try {
        for await (const snapshot of api.watch(deploymentId, stop.signal)) inbox.push({ kind: "snapshot", snapshot });
        inbox.push({ kind: "stream-ended" });
      } catch (error) {
        inbox.push({ kind: "stream-ended", error });
      }
    })();
  } else {
    startPolling();
  }

  const armTick = (wakeAt: number | undefined) => {
    cancelTick?.();
    cancelTick =
      wakeAt === undefined
        ? undefined
        : clock.schedule(Math.max(0, wakeAt - clock.now()), () => inbox.push({ kind: "tick" }));
  };
  armTick(state.deadline);

  const handleNotices = async (notices: FollowerNotice[]) => {
    for (const n of notices) {
      if (n.kind === "status") {
        if (last)
          options.onProgress?.({
            kind: "status",
            status: n.status,
            previous: n.previous,
            at: n.at,
            snapshot: last,
            ...(n.previousMs !== undefined ? { previousMs: n.previousMs } : {}),
          });
      } else if (n.kind === "waiting") {
        notes.push(`${n.status}: ${n.reason}`);
        options.onProgress?.(n);
      } else {
        waitingOn = await api
          .events(deploymentId)
          .then(describeWaitingOn)
          .catch(() => undefined);
        notes.push(
          `stuck in ${n.status} for ${formatDuration(n.forMs)} (expected at most ${formatDuration(n.budgetMs)})${waitingOn ? `, waiting on ${waitingOn}` : ""}`,
        );
        options.onProgress?.({ kind: "stuck", status: n.status, forMs: n.forMs, budgetMs: n.budgetMs, waitingOn });
      }
    }
  };

  const stopped = new Promise<Incoming>((resolve) =>
    stop.signal.addEventListener("abort", () => resolve({ kind: "fatal", error: stop.signal.reason }), { once: true }),
  );
  try {
    for (;;) {
      if (options.signal?.aborted)
        throw new RailpilotError("ABORTED", "following the deployment was cancelled", { cause: options.signal.reason });
      const item = await Promise.race([inbox.next(), stopped]);
      let step: ReturnType<typeof stepFollower> | undefined;
      if (item.kind === "fatal") throw item.error;
      if (item.kind === "stream-ended") {
        const why = item.error instanceof Error ? item.error.message : "the server closed it";
        note(
          `deployment stream ended (${why}); polling every ${formatDuration(options.pollIntervalMs ?? 5_000)} instead`,
        );
        cancelQuiet?.();
        startPolling();
        continue;
      }
      if (item.kind === "snapshot") {
        if (item.snapshot.id !== deploymentId) continue;
        last = item.snapshot;
        if (!polling && api.canSubscribe) armQuietPoll(options.quietPollMs ?? 120_000);
        const status = item.snapshot.status;
        if (!isDeploymentStatus(status)) {
          note(`Railway reported an unknown status "${String(status)}"; still waiting`);
          continue;
        }
        if (options.triggeredHere && offsetMs === undefined) offsetMs = clockOffset(item.snapshot, startedAt);
        step = stepFollower(state, {
          type: "status",
          status,
          at: eventTime(item.snapshot, clock.now(), offsetMs),
          seenAt: clock.now(),
        });
      } else {
        step = stepFollower(state, { type: "tick", at: clock.now() });
      }
      state = step.state;
      await handleNotices(step.notices);
      if (step.result) {
        if (step.result.outcome === "timeout" && !waitingOn) {
          waitingOn = await api
            .events(deploymentId)
            .then(describeWaitingOn)
            .catch(() => undefined);
        }
        return { result: step.result, last, notes, ...(waitingOn ? { waitingOn } : {}) };
      }
      armTick(step.wakeAt);
    }
  } finally {
    stop.abort(new RailpilotError("ABORTED", "follow finished"));
    cancelTick?.();
    cancelQuiet?.();
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
}
