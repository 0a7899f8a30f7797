import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the database as it is at that point.
type AnyDb = Kysely<any>;

/**
 * Fix PRs (issue 11): occurrences per fingerprint (one row per occurrence key, so replicas count
 * once), budget slots (a unique key per window and slot number caps PRs per day and LLM calls per
 * hour across replicas), and what each attempt ended in (listed by GET /error-monitor/fixes/generated).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("fix_occurrences")
    .ifNotExists()
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("occurrence_key", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("fix_occurrences_pk", ["fingerprint", "occurrence_key"])
    .execute();
  await db.schema
    .createTable("fix_budget")
    .ifNotExists()
    .addColumn("slot", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("fix_records")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("diff", "text")
    .addColumn("pr_number", "integer")
    .addColumn("pr_url", "text")
    .addColumn("at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("fix_records").ifExists().execute();
  await db.schema.dropTable("fix_budget").ifExists().execute();
  await db.schema.dropTable("fix_occurrences").ifExists().execute();
}
