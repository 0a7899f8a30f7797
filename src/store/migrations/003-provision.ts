import type { Kysely } from "kysely";

// Migrations must not depend on the app's Database type: it changes as later migrations land.
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the database as it is at that point.
type AnyDb = Kysely<any>;

/**
 * The provisioning journal: one row per apply (`provision_runs`) and one per step
 * (`provision_steps`). Holds resource ids and error text, never variable values.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("provision_runs")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("stack", "text", (c) => c.notNull())
    .addColumn("environment", "text", (c) => c.notNull())
    .addColumn("instance", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("spec_digest", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    // The plan's steps (names and ids only: plans never contain values).
    .addColumn("plan", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("finished_at", "bigint")
    .execute();
  await db.schema
    .createIndex("provision_runs_stack_idx")
    .ifNotExists()
    .on("provision_runs")
    .columns(["stack", "environment", "status"])
    .execute();
  await db.schema
    .createTable("provision_steps")
    .ifNotExists()
    .addColumn("run_id", "text", (c) => c.notNull().references("provision_runs.id").onDelete("cascade"))
    .addColumn("step_id", "text", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    // JSON array of {type, id, name?, serviceId?}: what this step created, for compensation.
    .addColumn("created", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("error", "text")
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("finished_at", "bigint")
    .addPrimaryKeyConstraint("provision_steps_pk", ["run_id", "step_id"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("provision_steps").ifExists().execute();
  await db.schema.dropTable("provision_runs").ifExists().execute();
}
