import { type Kysely, sql } from "kysely";
import type { Database, JsonValue } from "./schema.js";

export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  kind: string;
  target: string;
  detail: JsonValue | null;
}

export interface AuditInput {
  actor: string;
  kind: string;
  target: string;
  detail?: JsonValue;
  /** The time to record; pass the caller's Clock time. Default: the database's now(). */
  at?: Date;
}

/** Appends one entry to the audit log. `detail` must already be free of secrets. */
export async function recordAudit(db: Kysely<Database>, input: AuditInput): Promise<AuditEntry> {
  const row = await db
    .insertInto("audit_log")
    .values({
      actor: input.actor,
      kind: input.kind,
      target: input.target,
      detail: input.detail === undefined ? null : JSON.stringify(input.detail),
      at: input.at ?? sql<Date>`now()`,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row;
}

/** Newest entries first, optionally for one target. */
export async function listAudit(
  db: Kysely<Database>,
  filter: { target?: string; kind?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  let q = db.selectFrom("audit_log").selectAll();
  if (filter.target !== undefined) q = q.where("target", "=", filter.target);
  if (filter.kind !== undefined) q = q.where("kind", "=", filter.kind);
  return q
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit ?? 100)
    .execute();
}
