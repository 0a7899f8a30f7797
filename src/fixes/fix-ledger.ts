/**
 * Where the fix pipeline keeps its shared state: occurrence counts, budget slots and records.
 * With a store (Postgres or PGlite) it is shared by every replica and run; without one (a one-shot
 * run with no database) it lives in memory. Budgets take a slot `<kind>:<window>:<n>` for the
 * first free n below the cap: the unique key makes two replicas never take the same slot.
 */
import type { Kysely } from "kysely";
import type { Database } from "../store/index.js";

export type FixStatus = "opened" | "reused" | "refused" | "skipped" | "dry_run" | "failed";

export interface FixRecord {
  id: string;
  fingerprint: string;
  serviceId: string;
  status: FixStatus;
  reason: string | null;
  title: string;
  diff: string | null;
  prNumber: number | null;
  prUrl: string | null;
  at: number;
}

export interface FixLedger {
  /** Notes one occurrence (idempotent per key) and returns how many distinct occurrences there are. */
  noteOccurrence(fingerprint: string, occurrenceKey: string, at: number): Promise<number>;
  /** Takes one slot of `kind` in the window containing `at`; false when all `cap` are taken. */
  takeSlot(kind: "pr" | "llm", windowMs: number, cap: number, at: number): Promise<boolean>;
  record(r: FixRecord): Promise<void>;
  list(limit?: number): Promise<FixRecord[]>;
}

export function memoryFixLedger(): FixLedger {
  const occ = new Map<string, Set<string>>();
  const slots = new Set<string>();
  const records = new Map<string, FixRecord>();
  return {
    async noteOccurrence(fp, key) {
      const s = occ.get(fp) ?? new Set<string>();
      s.add(key);
      occ.set(fp, s);
      return s.size;
    },
    async takeSlot(kind, windowMs, cap, at) {
      const window = Math.floor(at / windowMs);
      for (let n = 0; n < cap; n++) {
        const slot = `${kind}:${window}:${n}`;
        if (!slots.has(slot)) {
          slots.add(slot);
          return true;
        }
      }
      return false;
    },
    async record(r) {
      records.set(r.id, r);
    },
    async list(limit = 100) {
      return [...records.values()].sort((a, b) => b.at - a.at).slice(0, limit);
    },
  };
}

export function storeFixLedger(db: Kysely<Database>): FixLedger {
  return {
    async noteOccurrence(fp, key, at) {
      await db
        .insertInto("fix_occurrences")
        .values({ fingerprint: fp, occurrence_key: key, at })
        .onConflict((oc) => oc.columns(["fingerprint", "occurrence_key"]).doNothing())
        .execute();
      const row = await db
        .selectFrom("fix_occurrences")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("fingerprint", "=", fp)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async takeSlot(kind, windowMs, cap, at) {
      const window = Math.floor(at / windowMs);
      for (let n = 0; n < cap; n++) {
        const taken = await db
          .insertInto("fix_budget")
          .values({ slot: `${kind}:${window}:${n}`, kind, at })
          .onConflict((oc) => oc.column("slot").doNothing())
          .returning("slot")
          .executeTakeFirst();
        if (taken) return true;
      }
      return false;
    },
    async record(r) {
      const row = {
        id: r.id,
        fingerprint: r.fingerprint,
        service_id: r.serviceId,
        status: r.status,
        reason: r.reason,
        title: r.title,
        diff: r.diff,
        pr_number: r.prNumber,
        pr_url: r.prUrl,
        at: r.at,
      };
      await db
        .insertInto("fix_records")
        .values(row)
        .onConflict((oc) => oc.column("id").doUpdateSet(row))
        .execute();
    },
    async list(limit = 100) {
      const rows = await db.selectFrom("fix_records").selectAll().orderBy("at", "desc").limit(limit).execute();
      return rows.map((r) => ({
        id: r.id,
        fingerprint: r.fingerprint,
        serviceId: r.service_id,
        status: r.status as FixStatus,
        reason: r.reason,
        title: r.title,
        diff: r.diff,
        prNumber: r.pr_number,
        prUrl: r.pr_url,
        at: Number(r.at),
      }));
    },
  };
}

/** A ledger opened on first use (a one-shot run opens its store only when a fix is considered). */
export function lazyFixLedger(open: () => Promise<FixLedger>): FixLedger {
  let ledger: Promise<FixLedger> | undefined;
  const get = () => {
    ledger ??= open();
    return ledger;
  };
  return {
    noteOccurrence: async (...a) => (await get()).noteOccurrence(...a),
    takeSlot: async (...a) => (await get()).takeSlot(...a),
    record: async (r) => (await get()).record(r),
    list: async (limit) => (await get()).list(limit),
  };
}
