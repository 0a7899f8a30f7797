import { type Kysely, sql } from "kysely";

// Migrations must not depend on the app's Database type: it changes as later migrations land.
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the database as it is at that point.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("actions")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`status in ('pending', 'done', 'failed')`),
    )
    .addColumn("result", "jsonb")
    .addColumn("error", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("actions_kind_target_idx").on("actions").columns(["kind", "target"]).execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("detail", "jsonb")
    .execute();
  await db.schema.createIndex("audit_log_target_at_idx").on("audit_log").columns(["target", "at"]).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
  await db.schema.dropTable("actions").execute();
}
