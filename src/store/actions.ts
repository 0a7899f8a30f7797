import { type Kysely, sql } from "kysely";
import type { ActionStatus, Database, JsonValue } from "./schema.js";

/** One row of the idempotency ledger, as callers see it. */
export interface ActionRecord {
  key: string;
  kind: string;
  target: string;
  status: ActionStatus;
  result: JsonValue | null;
  error: string | null;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ClaimActionInput {
  /** Derived from what caused the action (e.g. `rollback:<deploymentId>`), never random. */
  key: string;
  kind: string;
  target: string;
  /**
   * When the key exists with status `failed`, take it again (attempts + 1) instead of
   * reporting it as existing. Default: false (a failure is final until someone decides otherwise).
   */
  retryFailed?: boolean;
  /** The time to record; pass the caller's Clock time. Default: the database's now(). */
  at?: Date;
}

export type ClaimResult =
  /** The caller owns the action and must carry it out, then complete or fail it. */
  | { claimed: true; action: ActionRecord; existing?: undefined }
  /** Someone already claimed it (maybe this process, earlier): do not repeat the side effect. */
  | { claimed: false; existing: ActionRecord; action?: undefined };

type Executor = Kysely<Database>;

/**
 * Claims an action by key, atomically: exactly one caller (across processes and replicas)
 * gets `claimed: true` for a key; everyone else gets the existing row.
 */
export async function claimAction(db: Executor, input: ClaimActionInput): Promise<ClaimResult> {
  const at = input.at ?? sql<Date>`now()`;
  const insert = db.insertInto("actions").values({
    key: input.key,
    kind: input.kind,
    target: input.target,
    status: "pending",
    attempts: 1,
    created_at: at as Date,
    updated_at: at as Date,
  });
  const claimed = await (input.retryFailed
    ? insert.onConflict((oc) =>
        oc
          .column("key")
          .doUpdateSet({
            status: "pending",
            error: null,
            result: null,
            attempts: sql<number>`actions.attempts + 1`,
            updated_at: at as Date,
          })
          .where("actions.status", "=", "failed"),
      )
    : insert.onConflict((oc) => oc.column("key").doNothing())
  )
    .returningAll()
    .executeTakeFirst();
  if (claimed) return { claimed: true, action: toRecord(claimed) };

  const existing = await db.selectFrom("actions").selectAll().where("key", "=", input.key).executeTakeFirst();
  if (!existing) {
    // The row vanished between the insert and the select (deleted by someone): claim again.
    return claimAction(db, input);
  }
  return { claimed: false, existing: toRecord(existing) };
}

/** Marks a claimed action done with its result (e.g. the new deployment id). */
export async function completeAction(
  db: Executor,
  key: string,
  result: JsonValue | null = null,
  at?: Date,
): Promise<ActionRecord | undefined> {
  const row = await db
    .updateTable("actions")
    .set({
      status: "done",
      result: result === null ? null : JSON.stringify(result),
      error: null,
      updated_at: at ?? sql<Date>`now()`,
    })
    .where("key", "=", key)
    .returningAll()
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Marks a claimed action failed with an error message (already free of secrets). */
export async function failAction(
  db: Executor,
  key: string,
  error: string,
  at?: Date,
): Promise<ActionRecord | undefined> {
  const row = await db
    .updateTable("actions")
    .set({ status: "failed", error, updated_at: at ?? sql<Date>`now()` })
    .where("key", "=", key)
    .returningAll()
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/**
 * Takes over a claim left pending by a run that stopped before recording its outcome: succeeds
 * (attempts + 1, updated now) only while the row is still pending and was last touched before
 * `staleBefore`, so of several callers at most one gets it. The caller must first make sure the
 * side effect did not happen (look for it where it would be).
 */
export async function takeOverStaleAction(
  db: Executor,
  key: string,
  staleBefore: Date,
  at?: Date,
): Promise<ActionRecord | undefined> {
  const row = await db
    .updateTable("actions")
    .set({ attempts: sql<number>`actions.attempts + 1`, updated_at: at ?? sql<Date>`now()` })
    .where("key", "=", key)
    .where("status", "=", "pending")
    .where("updated_at", "<", staleBefore)
    .returningAll()
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function getAction(db: Executor, key: string): Promise<ActionRecord | undefined> {
  const row = await db.selectFrom("actions").selectAll().where("key", "=", key).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/**
 * How many actions of `kind` on `target` are done: a count every replica reads alike, for totals
 * that must not be kept in each process's memory (e.g. occurrences of an escalated cause).
 */
export async function countDoneActions(db: Executor, kind: string, target: string): Promise<number> {
  const row = await db
    .selectFrom("actions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("kind", "=", kind)
    .where("target", "=", target)
    .where("status", "=", "done")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

interface ActionRow {
  key: string;
  kind: string;
  target: string;
  status: ActionStatus;
  result: JsonValue | null;
  error: string | null;
  attempts: number;
  created_at: Date;
  updated_at: Date;
}

function toRecord(row: ActionRow): ActionRecord {
  return {
    key: row.key,
    kind: row.kind,
    target: row.target,
    status: row.status,
    result: row.result,
    error: row.error,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
