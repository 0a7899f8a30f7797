import type { ColumnType, Generated } from "kysely";

/** A JSON value as stored in a jsonb column: written as text (JSON.stringify), read back parsed. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type Json = ColumnType<JsonValue, string, string>;
export type NullableJson = ColumnType<JsonValue | null, string | null, string | null>;
/** timestamptz: read as Date, written as Date or ISO string, defaulted by the database. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type ActionStatus = "pending" | "done" | "failed";

/** The idempotency ledger: one row per side effect, keyed by what caused it. */
export interface ActionsTable {
  key: string;
  kind: string;
  target: string;
  status: ColumnType<ActionStatus, ActionStatus | undefined, ActionStatus>;
  result: NullableJson;
  error: ColumnType<string | null, string | null | undefined, string | null>;
  attempts: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** What happened, who did it, to what: an append-only log. */
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  kind: string;
  target: string;
  detail: NullableJson;
}

/** Tables of migration 001-base. */
export interface BaseTables {
  actions: ActionsTable;
  audit_log: AuditLogTable;
}

/**
 * Every table in the store. Each migration area adds its interface here (one line each):
 * `002-deploy` belongs to src/deploy, `003-provision` to src/provision.
 */
/** Tables of migration 008-fixes (src/fixes). */
export interface FixTables {
  fix_occurrences: { fingerprint: string; occurrence_key: string; at: number };
  fix_budget: { slot: string; kind: string; at: number };
  fix_records: {
    id: string;
    fingerprint: string;
    service_id: string;
    status: string;
    reason: string | null;
    title: string;
    diff: string | null;
    pr_number: number | null;
    pr_url: string | null;
    at: number;
  };
}

export interface Database extends BaseTables, FixTables {}
