/**
 * A durable job queue in the store's own database: pg-boss, on Postgres or on the embedded PGlite
 * (through the store's `executeSql`). Work put here outlives the process that queued it: a job
 * queued by a replica that then dies is run by the next one to look, and a job whose worker died
 * while running it comes back once its expiry has passed (`maintain()`).
 *
 * pg-boss's own timers are off: the caller decides when to look for work (its injected clock), so
 * tests drive the queue on virtual time. Expiry and retry delays are measured by the database's
 * clock, as pg-boss always does.
 */
import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import type { Store } from "./open-store.js";
import { StoreError } from "./store-error.js";

export interface JobQueueOptions {
  /** Queue names to create (idempotent). */
  queues: readonly QueueSpec[];
  /** Errors pg-boss reports outside a call (never thrown at the caller). */
  onError?: (error: Error) => void;
}

export interface QueueSpec {
  name: string;
  /** How long a worker may hold a job before it is given to another, seconds. */
  expireInSeconds: number;
  /** Attempts after the first one. */
  retryLimit: number;
  /** Seconds before the first retry (doubling, with jitter, for each further one); 0: at once. */
  retryDelaySeconds: number;
}

export interface QueuedJob<T> {
  id: string;
  data: T;
  /** 0 the first time the job is taken; then how many earlier attempts failed or expired. */
  retries: number;
}

export interface JobQueue {
  /**
   * Queues `data` under `key`: one job per key, however many times (or by however many replicas)
   * it is queued. Returns false when the key was already queued.
   */
  enqueue(queue: string, key: string, data: object): Promise<boolean>;
  /** Takes the next job that is due, if any; it is this worker's until completed, failed or expired. */
  take<T>(queue: string): Promise<QueuedJob<T> | undefined>;
  complete(queue: string, id: string): Promise<void>;
  /** Gives the job back: it runs again after the retry delay, until its retries are spent. */
  fail(queue: string, id: string, reason: string): Promise<void>;
  /** Jobs waiting (queued or waiting to retry). */
  waiting(queue: string): Promise<number>;
  /** Expires jobs held past their expiry (their worker died) so they run again; archives old ones. */
  maintain(): Promise<void>;
  close(): Promise<void>;
}

const SCHEMA_SUFFIX = "_jobs";

/** Opens the queue in `<store schema or railpilot>_jobs`, creating its tables on first use. */
export async function openJobQueue(
  store: Pick<Store, "executeSql" | "schema">,
  options: JobQueueOptions,
): Promise<JobQueue> {
  const { default: Boss } = await import("pg-boss");
  const boss = new Boss({
    db: { executeSql: (text, values) => store.executeSql(text, values) },
    schema: `${store.schema ?? "railpilot"}${SCHEMA_SUFFIX}`,
    supervise: false,
    schedule: false,
    migrate: true,
  });
  boss.on("error", (error: Error) => options.onError?.(error));
  try {
    await boss.start();
    for (const spec of options.queues) {
      const queue: PgBoss.Queue = {
        name: spec.name,
        expireInSeconds: spec.expireInSeconds,
        retryLimit: spec.retryLimit,
        retryDelay: spec.retryDelaySeconds,
        // pg-boss reads a zero delay with backoff as one second.
        retryBackoff: spec.retryDelaySeconds > 0,
      };
      if (await boss.getQueue(spec.name)) await boss.updateQueue(spec.name, queue);
      else await boss.createQueue(spec.name, queue);
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw new StoreError(
      "STORE",
      `cannot open the job queue: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        hint: "The job queue lives in the store's database; check that the database is reachable and writable.",
      },
    );
  }
  let closed = false;
  return {
    async enqueue(queue, key, data) {
      return (await boss.send(queue, data, { id: jobIdOf(queue, key) })) !== null;
    },
    async take<T>(queue: string) {
      const [job] = await boss.fetch<T>(queue, { batchSize: 1, includeMetadata: true });
      return job ? { id: job.id, data: job.data, retries: job.retryCount } : undefined;
    },
    complete: (queue, id) => boss.complete(queue, id),
    fail: (queue, id, reason) => boss.fail(queue, id, { reason }),
    waiting: (queue) => boss.getQueueSize(queue, { before: "active" }),
    maintain: () => boss.maintain(),
    async close() {
      if (closed) return;
      closed = true;
      await boss.stop({ graceful: false, wait: true, close: false });
    },
  };
}

/** The job id of a key: a UUID derived from it, so queueing a key twice finds the first job. */
export function jobIdOf(queue: string, key: string): string {
  const hex = createHash("sha256").update(`${queue}\u0000${key}`).digest("hex");
  // Shaped as a version-5-style UUID (Postgres checks only the form).
  const variant = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
