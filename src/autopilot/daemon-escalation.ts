/**
 * The daemon's escalation: decisions that need people (escalate, failed rollbacks and actions)
 * go to GitHub issues (when a GitHub token and repository are configured), to notification
 * channels (when any are configured) and, for recurring code errors, to the fix-PR pipeline
 * (src/fixes, when AUTO_FIX_ENABLED or ANTHROPIC_API_KEY is set). The engine only enqueues: the work runs one at a time
 * behind it, each bounded by a timeout, so a slow GitHub or channel never holds the engine.
 *
 * The queue is durable (pg-boss in the store, `src/store/job-queue.ts`): one job per decision and
 * outcome, however many times or by however many replicas it is queued. A job queued by a daemon
 * that then died is run by the next daemon (or replica) to look; one whose worker died while
 * running it runs again once its expiry passes. Running one twice is safe: the issue escalator
 * claims every occurrence and issue in the action ledger.
 *
 * A cause stays open until its service is seen live again (a deployment of it turning SUCCESS
 * after the escalation): then one "resolved" message goes out at once, and once it has stayed
 * healthy for the issue's healthy-after time, one comment on its issue. A crash or failed build of
 * the service in between starts the wait over.
 */
import type { Config } from "../config/index.js";
import { type Clock, redactedMessage, systemClock } from "../core/index.js";
import {
  EscalationService,
  escalationTargetsFromEnv,
  type FingerprintParts,
  type HandledEscalation,
  shouldEscalate,
} from "../escalation/index.js";
import { type FixPipeline, storeFixLedger } from "../fixes/index.js";
import { type JobQueue, openJobQueue, type Store } from "../store/index.js";
import type { AutopilotEvent, DecisionView, NotificationsStatus, Observation } from "./contract.js";

export interface DaemonEscalationOptions {
  config: Config;
  env: Record<string, string | undefined>;
  clock: Clock;
  store: Store;
  /** Longest one escalation (issue, enqueueing its notification, a fix attempt) may take, real time. Default 30 s, 180 s with fix PRs. */
  timeoutMs?: number;
  /** Seconds before a failed escalation is tried again (doubling with each retry). Default 30. */
  retryDelaySeconds?: number;
  /** How often to look for queued escalations this process did not queue (a dead replica's, a previous run's), on `clock`. Default 15 s. */
  pollMs?: number;
  log: (line: Record<string, unknown>) => void;
}

export interface DaemonEscalation {
  /** The fix-PR pipeline escalations feed (GET /error-monitor/fixes/generated lists what it recorded). */
  readonly fixes: FixPipeline | undefined;
  /** Give it the engine's events (AutopilotApi.subscribe): decisions and observations; returns at once. */
  onEvent(event: AutopilotEvent): void;
  status(): NotificationsStatus;
  /** Resolves when every escalation due in the queue is handled (tests). */
  idle(): Promise<void>;
  /** Runs what this process queued, then stops looking; what is left stays queued for the next run. */
  close(): Promise<void>;
}

/** The queue escalations wait in (one job per decision and outcome). */
export const ESCALATION_QUEUE = "railpilot-escalations";

/** One escalation per decision and outcome (a decision is re-emitted as it moves on). */
const escalationKey = (decision: DecisionView): string => `${decision.id}:${decision.status}`;

interface EscalationJob {
  decision: DecisionView;
}

/**
 * Queues the escalation of a decision in its current outcome; false when it was already queued
 * (by this process, an earlier run or another replica). The daemon calls it for every decision
 * that needs people.
 */
export function queueEscalation(jobs: Pick<JobQueue, "enqueue">, decision: DecisionView): Promise<boolean> {
  const job: EscalationJob = { decision };
  return jobs.enqueue(ESCALATION_QUEUE, escalationKey(decision), job);
}

/** undefined when no issues, channels or fix PRs are configured. */
export async function createDaemonEscalation(options: DaemonEscalationOptions): Promise<DaemonEscalation | undefined> {
  const { config, env, clock, log } = options;
  const { issues, notifier, fixes } = escalationTargetsFromEnv({
    config,
    env: env as NodeJS.ProcessEnv,
    clock,
    db: options.store.db,
    fixLedger: storeFixLedger(options.store.db),
    onIssueError: (error) => log({ level: "warn", msg: error.message, during: "escalation" }),
  });
  if (!issues && !notifier && !fixes) return undefined;
  const service = new EscalationService({
    ...(issues ? { issues } : {}),
    ...(notifier ? { notifier } : {}),
    ...(fixes ? { fixes } : {}),
  });
  // A fix attempt asks the model (RAILPILOT_LLM_TIMEOUT_MS, 60 s by default) and writes a PR.
  const timeoutMs = options.timeoutMs ?? (fixes ? 180_000 : 30_000);
  let issueFailures = 0;
  let lastIssueError: string | null = null;
  let queue: Promise<void> = Promise.resolve();
  /** A problem of the queue itself (not of one escalation), logged and never thrown at the engine. */
  const queueWarning = (error: unknown, extra: Record<string, unknown> = {}) =>
    log({ level: "warn", msg: redactedMessage(error), during: "escalation queue", ...extra });
  const jobs: JobQueue = await openJobQueue(options.store, {
    queues: [
      {
        name: ESCALATION_QUEUE,
        // A worker that died holding a job gives it up after twice the longest escalation.
        expireInSeconds: Math.max(1, Math.ceil((2 * timeoutMs) / 1000)),
        retryLimit: 5,
        retryDelaySeconds: options.retryDelaySeconds ?? 30,
      },
    ],
    onError: (error) => queueWarning(error),
  });

  /** Runs `work` bounded by the escalation timeout (real time: a stuck GitHub never holds the queue). */
  const bounded = async <T>(work: Promise<T>): Promise<T> => {
    let cancel = () => {};
    const timeout = new Promise<never>((_resolve, reject) => {
      cancel = systemClock.schedule(timeoutMs, () => reject(new Error(`escalation took longer than ${timeoutMs} ms`)));
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      cancel();
    }
  };
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work);
  };

  /** Escalated causes not yet healthy again, by fingerprint (bounded: the oldest is forgotten first). */
  const open = new Map<
    string,
    { parts: FingerprintParts; escalatedAt: number; healthySince?: string; recheck?: () => void }
  >();
  const MAX_OPEN = 1_000;
  const remember = (handled: HandledEscalation) => {
    open.get(handled.fingerprint)?.recheck?.();
    open.delete(handled.fingerprint);
    open.set(handled.fingerprint, { parts: handled.parts, escalatedAt: clock.now() });
    for (const fp of open.keys()) {
      if (open.size <= MAX_OPEN) break;
      open.get(fp)?.recheck?.();
      open.delete(fp);
    }
  };

  const reportHealthy = async (fingerprint: string) => {
    const cause = open.get(fingerprint);
    if (!cause?.healthySince) return;
    try {
      const result = await bounded(service.healthy(cause.parts, cause.healthySince));
      log({
        level: "info",
        msg: "healthy again",
        fingerprint,
        since: cause.healthySince,
        notification: result.notification,
        ...(result.issue ? { issue: result.issue } : {}),
      });
      if (result.issue === "not_yet" || result.issueError) {
        // The issue comment waits until the cause has been healthy long enough (or GitHub answers).
        const after = service.healthyAfterMs ?? 0;
        const due = Math.max(Date.parse(cause.healthySince) + after - clock.now(), 60_000);
        cause.recheck = clock.schedule(due, () => {
          cause.recheck = undefined;
          enqueue(() => reportHealthy(fingerprint));
        });
      } else {
        open.delete(fingerprint);
      }
    } catch (error) {
      log({ level: "warn", msg: redactedMessage(error), during: "healthy" });
    }
  };

  const onObservation = (observation: Observation) => {
    if (observation.kind !== "deployment" || open.size === 0) return;
    const { status } = observation.deployment;
    const seenAt = Date.parse(observation.at);
    for (const [fingerprint, cause] of open) {
      if (cause.parts.serviceId !== observation.service.serviceId) continue;
      if (status === "SUCCESS" && !cause.healthySince && seenAt >= cause.escalatedAt) {
        cause.healthySince = observation.at;
        enqueue(() => reportHealthy(fingerprint));
      } else if (status === "CRASHED" || status === "FAILED") {
        cause.recheck?.();
        cause.recheck = undefined;
        delete cause.healthySince;
      }
    }
  };

  /** Handles one queued escalation; false when it did not finish (it is retried later). */
  const handle = async (decision: DecisionView, retry: boolean): Promise<boolean> => {
    try {
      const handled = await bounded(service.onDecision(decision, undefined, { retry }));
      if (handled) remember(handled);
      if (handled?.issueError) {
        issueFailures++;
        lastIssueError = handled.issueError.message;
        log({ level: "warn", msg: handled.issueError.message, during: "escalation", decision: decision.id });
      } else if (handled) {
        issueFailures = 0;
        log({
          level: "info",
          msg: "escalated",
          decision: decision.id,
          ...(handled.issue ? { issue: handled.issue.issueUrl, outcome: handled.issue.outcome } : {}),
          notification: handled.notification,
          ...(handled.fix ? { fix: handled.fix.status, ...(handled.fix.prUrl ? { pr: handled.fix.prUrl } : {}) } : {}),
        });
      }
      // Not finished until its issue exists: an issue GitHub refused, or one another run claimed
      // to open (it may have died doing so), is tried again with the job's backoff.
      return !handled?.issueError && handled?.issue?.outcome !== "in_progress";
    } catch (error) {
      issueFailures++;
      lastIssueError = redactedMessage(error);
      log({ level: "warn", msg: lastIssueError, during: "escalation", decision: decision.id });
      return false;
    }
  };

  // The worker: one job at a time, looking when this process queues one and every `pollMs`.
  let sending: Promise<void> = Promise.resolve();
  let draining: Promise<void> | undefined;
  let again = false;
  const drain = (): Promise<void> => {
    again = true;
    draining ??= (async () => {
      try {
        while (again) {
          again = false;
          for (;;) {
            const job = await jobs.take<EscalationJob>(ESCALATION_QUEUE);
            if (!job) break;
            if (await handle(job.data.decision, job.retries > 0)) await jobs.complete(ESCALATION_QUEUE, job.id);
            else await jobs.fail(ESCALATION_QUEUE, job.id, lastIssueError ?? "escalation failed");
          }
        }
      } catch (error) {
        queueWarning(error);
      } finally {
        draining = undefined;
      }
    })();
    return draining;
  };
  const pollMs = options.pollMs ?? 15_000;
  let polls = 0;
  let queued = 0;
  let closed = false;
  let cancelPoll = () => {};
  /** The current look at the queue (maintenance, then running what is due). */
  let looking: Promise<void> = Promise.resolve();
  const look = (maintain: boolean) => {
    looking = looking.then(async () => {
      try {
        if (maintain) await jobs.maintain();
      } catch (error) {
        queueWarning(error);
      }
      await drain();
      queued = await jobs.waiting(ESCALATION_QUEUE).catch(() => queued);
    });
    return looking;
  };
  const poll = () => {
    cancelPoll = clock.schedule(pollMs, () => {
      if (closed) return;
      // Jobs held past their expiry (a worker that died) go back to the queue about once a minute.
      void look(++polls % Math.max(1, Math.round(60_000 / pollMs)) === 0);
      poll();
    });
  };
  // What an earlier run (or a replica) queued and did not finish is looked at from the start.
  void look(true);
  poll();
  /** Decisions already queued by this process (bounded; the queue's job ids are the real guard). */
  const seen = new Set<string>();
  const MAX_SEEN = 10_000;

  return {
    fixes,
    onEvent(event) {
      if (event.type === "observation") {
        onObservation(event.observation);
        return;
      }
      if (event.type !== "decision") return;
      const d = event.decision;
      if (closed || !shouldEscalate(d)) return;
      const key = escalationKey(d);
      if (seen.has(key)) return;
      seen.add(key);
      if (seen.size > MAX_SEEN) seen.delete(seen.values().next().value as string);
      sending = Promise.all([
        sending,
        queueEscalation(jobs, d)
          .then(drain)
          .catch((error: unknown) => queueWarning(error, { decision: d.id })),
        // Resolved to nothing: keeping the results would nest every earlier one in the next.
      ]).then(() => undefined);
    },
    status() {
      const notifications = notifier?.status().channels ?? [];
      const failingAfter = 3;
      return {
        issues: issues
          ? {
              state: issueFailures >= failingAfter ? "failing" : "ok",
              consecutiveFailures: issueFailures,
              lastError: lastIssueError,
            }
          : null,
        channels: notifications.map((c) => ({
          name: c.name,
          state: c.state,
          sent: c.sent,
          failed: c.failed,
          consecutiveFailures: c.consecutiveFailures,
          lastError: c.lastError,
          lastErrorAt: c.lastErrorAt,
        })),
        failing: [
          ...(issues && issueFailures >= failingAfter ? ["github-issues"] : []),
          ...notifications.filter((c) => c.state === "failing").map((c) => c.name),
        ],
        queued,
      };
    },
    async idle() {
      await sending;
      await looking;
      await drain();
      await queue;
      await notifier?.drain();
    },
    async close() {
      closed = true;
      cancelPoll();
      for (const cause of open.values()) cause.recheck?.();
      open.clear();
      await sending;
      await looking;
      await drain();
      await queue;
      await issues?.flush();
      await notifier?.close();
      await jobs.close();
    },
  };
}
