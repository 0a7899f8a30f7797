/**
 * Which crashes the scheduled monitor has already reported: one occurrence per crashed (or failed)
 * deployment, however many runs see it. Kept in the store's action ledger, so it holds across runs
 * and replicas when the store persists (DATABASE_URL, or a .railpilot/ directory the CI caches); a
 * run on a fresh store counts what it sees again.
 */
import type { Kysely } from "kysely";
import { claimAction, completeAction, type Database, failAction } from "../store/index.js";

/** What an earlier run reported for an occurrence. */
export interface ReportedOccurrence {
  fingerprint: string;
  category: string;
  issueNumber?: number;
  issueUrl?: string;
}

export type OccurrenceClaim =
  /** This run owns the occurrence: it reports it, then calls `reported` or `failed`. */
  | { fresh: true }
  /** Reported before (or being reported by another run right now, `prior` absent). */
  | { fresh: false; prior?: ReportedOccurrence };

export interface MonitorOccurrences {
  claim(key: string, at: number): Promise<OccurrenceClaim>;
  reported(key: string, what: ReportedOccurrence, at: number): Promise<void>;
  /** The report did not reach GitHub: the next run claims the occurrence again. */
  failed(key: string, error: string, at: number): Promise<void>;
}

const KIND = "monitor_occurrence";

/** On the store's action ledger; `db` is called on first use (a healthy run never opens the store). */
export function storeMonitorOccurrences(db: () => Promise<Kysely<Database>>): MonitorOccurrences {
  return {
    async claim(key, at) {
      const r = await claimAction(await db(), {
        key: `monitor:occurrence:${key}`,
        kind: KIND,
        target: key,
        retryFailed: true,
        at: new Date(at),
      });
      if (r.claimed) return { fresh: true };
      const prior = reportedOf(r.existing.result);
      return prior ? { fresh: false, prior } : { fresh: false };
    },
    async reported(key, what, at) {
      await completeAction(await db(), `monitor:occurrence:${key}`, { ...what }, new Date(at));
    },
    async failed(key, error, at) {
      await failAction(await db(), `monitor:occurrence:${key}`, error, new Date(at));
    },
  };
}

function reportedOf(result: unknown): ReportedOccurrence | undefined {
  if (typeof result !== "object" || result === null) return undefined;
  const r = result as Record<string, unknown>;
  if (typeof r.fingerprint !== "string" || typeof r.category !== "string") return undefined;
  return {
    fingerprint: r.fingerprint,
    category: r.category,
    ...(typeof r.issueNumber === "number" ? { issueNumber: r.issueNumber } : {}),
    ...(typeof r.issueUrl === "string" ? { issueUrl: r.issueUrl } : {}),
  };
}
