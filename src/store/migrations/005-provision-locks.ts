import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the database as it is at that point.
type AnyDb = Kysely<any>;

/**
 * One apply per stack at a time: a row per stack + environment while a run holds it. Taken with
 * one atomic insert-or-take-over (expired, or the same run resuming); removed when the run ends.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("provision_locks")
    .ifNotExists()
    .addColumn("stack", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("run_id", "text", (c) => c.notNull())
    // `host:pid` of the process holding it (for the message the other run prints).
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("acquired_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("provision_locks_pk", ["stack", "environment"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("provision_locks").ifExists().execute();
}
