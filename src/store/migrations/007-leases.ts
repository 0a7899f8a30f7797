import type { Kysely } from "kysely";

// Migrations must not depend on the app's Database type: it changes as later migrations land.
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the database as it is at that point.
type AnyDb = Kysely<any>;

/**
 * Leases for autopilot replicas: one row per watched resource (an environment, or a service),
 * held by one replica until `expires_at` (epoch ms on the replicas' clock). `generation` grows on
 * every change of holder, so a replica that lost its lease cannot renew it by accident.
 * `autopilot_replicas` is a heartbeat per replica, used to share the resources out evenly.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("autopilot_leases")
    .ifNotExists()
    .addColumn("resource", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("generation", "bigint", (c) => c.notNull().defaultTo(1))
    .addColumn("acquired_at", "bigint", (c) => c.notNull())
    .addColumn("renewed_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("autopilot_leases_holder_idx")
    .ifNotExists()
    .on("autopilot_leases")
    .columns(["holder"])
    .execute();
  await db.schema
    .createTable("autopilot_replicas")
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("started_at", "bigint", (c) => c.notNull())
    .addColumn("seen_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("autopilot_replicas").ifExists().execute();
  await db.schema.dropTable("autopilot_leases").ifExists().execute();
}
