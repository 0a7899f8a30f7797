import type { Kysely, Migration } from "kysely";

/**
 * The provisioning journal: one row per apply (`provision_runs`) and one per step
 * (`provision_steps`). Holds resource ids and error text, never variable values.
 */
export const migration003Provision: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
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
    await db.schema.createIndex("provision_runs_stack_idx").ifNotExists().on("provision_runs").columns(["stack", "environment", "status"]).execute();
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
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable("provision_steps").ifExists().execute();
    await db.schema.dropTable("provision_runs").ifExists().execute();
  },
};
