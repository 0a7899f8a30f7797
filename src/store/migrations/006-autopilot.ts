import { type Kysely, sql } from "kysely";

// Migrations must not depend on the app's Database type: it changes as later migrations land.
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the database as it is at that point.
type AnyDb = Kysely<any>;

/**
 * The autopilot's memory: every decision with its reasons and evidence (`autopilot_decisions`;
 * one live decision per cause, suppressed ones may repeat), the approval queue's verdicts
 * (`autopilot_approvals`) and persisted settings such as the kill switch (`autopilot_settings`).
 * Never holds secret values: evidence is redacted before it is written.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("autopilot_decisions")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("cause_key", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("guard", "text")
    .addColumn("service_id", "text", (c) => c.notNull())
    .addColumn("environment_id", "text", (c) => c.notNull())
    .addColumn("service", "jsonb", (c) => c.notNull())
    .addColumn("deployment_id", "text")
    .addColumn("reasons", "jsonb", (c) => c.notNull())
    .addColumn("evidence", "jsonb", (c) => c.notNull())
    .addColumn("action", "jsonb")
    .addColumn("result", "jsonb")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One cause, one decision — except decisions a guard held back, which may be decided again later.
  await db.schema
    .createIndex("autopilot_decisions_cause_idx")
    .ifNotExists()
    .on("autopilot_decisions")
    .column("cause_key")
    .unique()
    .where(sql.ref("status"), "<>", "suppressed")
    .execute();
  await db.schema
    .createIndex("autopilot_decisions_service_idx")
    .ifNotExists()
    .on("autopilot_decisions")
    .columns(["service_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("autopilot_decisions_status_idx")
    .ifNotExists()
    .on("autopilot_decisions")
    .columns(["status", "created_at"])
    .execute();

  await db.schema
    .createTable("autopilot_approvals")
    .ifNotExists()
    .addColumn("decision_id", "text", (c) => c.primaryKey().references("autopilot_decisions.id").onDelete("cascade"))
    .addColumn("verdict", "text", (c) => c.notNull().check(sql`verdict in ('approved', 'rejected')`))
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("autopilot_settings")
    .ifNotExists()
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "jsonb", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("autopilot_settings").ifExists().execute();
  await db.schema.dropTable("autopilot_approvals").ifExists().execute();
  await db.schema.dropTable("autopilot_decisions").ifExists().execute();
}
