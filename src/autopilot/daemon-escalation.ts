/**
 * The daemon's escalation: decisions that need people (escalate, failed rollbacks and actions)
 * go to GitHub issues (when a GitHub token and repository are configured), to notification
 * channels (when any are configured) and, for recurring code errors, to the fix-PR pipeline
 * (src/fixes, when AUTO_FIX_ENABLED or ANTHROPIC_API_KEY is set). The engine only enqueues: the work runs one at a time
 * behind it, each bounded by a timeout, so a slow GitHub or channel never holds the engine.
 *
 * A cause stays open until its service is seen live again (a deployment of it turning SUCCESS
 * after the escalation): then one "resolved" message goes out at once, and once it has stayed
 * healthy for the issue's healthy-after time, one comment on its issue. A crash or failed build of
 * the service in between starts the wait over.
 */
import type { Config } from "../config/index.js";
import { type Clock, redact, systemClock } from "../core/index.js";
import {
  EscalationService,
  escalationTargetsFromEnv,
  type FingerprintParts,
  type HandledEscalation,
} from "../escalation/index.js";
import { type FixPipeline, storeFixLedger } from "../fixes/index.js";
import type { Store } from "../store/index.js";
import type { AutopilotEvent, DecisionView, NotificationsStatus, Observation } from "./contract.js";

export interface DaemonEscalationOptions {
  config: Config;
  env: Record<string, string | undefined>;
  clock: Clock;
  store: Store;
  /** Longest one escalation (issue, enqueueing its notification, a fix attempt) may take, real time. Default 30 s, 180 s with fix PRs. */
  timeoutMs?: number;
  log: (line: Record<string, unknown>) => void;
}

export interface DaemonEscalation {
  /** The fix-PR pipeline escalations feed (GET /error-monitor/fixes/generated lists what it recorded). */
  readonly fixes: FixPipeline | undefined;
  /** Give it the engine's events (AutopilotApi.subscribe): decisions and observations; returns at once. */
  onEvent(event: AutopilotEvent): void;
  status(): NotificationsStatus;
  /** Resolves when every queued escalation is handled (tests). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** undefined when no issues, channels or fix PRs are configured. */
export function createDaemonEscalation(options: DaemonEscalationOptions): DaemonEscalation | undefined {
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
  const seen = new Set<string>();
  let issueFailures = 0;
  let lastIssueError: string | null = null;
  let queue: Promise<void> = Promise.resolve();

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
      log({ level: "warn", msg: redact(error instanceof Error ? error.message : String(error)), during: "healthy" });
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

  const handle = async (decision: DecisionView) => {
    try {
      const handled = await bounded(service.onDecision(decision));
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
    } catch (error) {
      issueFailures++;
      lastIssueError = redact(error instanceof Error ? error.message : String(error));
      log({ level: "warn", msg: lastIssueError, during: "escalation", decision: decision.id });
    }
  };

  return {
    fixes,
    onEvent(event) {
      if (event.type === "observation") {
        onObservation(event.observation);
        return;
      }
      if (event.type !== "decision") return;
      const d = event.decision;
      // One escalation per decision and outcome (a decision is re-emitted as it moves on).
      const key = `${d.id}:${d.status}`;
      if (seen.has(key)) return;
      seen.add(key);
      enqueue(() => handle(d));
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
      };
    },
    async idle() {
      await queue;
      await notifier?.drain();
    },
    async close() {
      for (const cause of open.values()) cause.recheck?.();
      open.clear();
      await queue;
      await issues?.flush();
      await notifier?.close();
    },
  };
}
