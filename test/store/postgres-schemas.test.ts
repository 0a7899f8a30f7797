import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { postgresReachable, TEST_DATABASE_URL } from "../helpers/store.js";

const reachable = await postgresReachable();
const other = `mig_a_${randomBytes(4).toString("hex")}`;
const ours = `mig_b_${randomBytes(4).toString("hex")}`;

describe.skipIf(!reachable)("migrations on a database where another schema already has railpilot's tables", () => {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  afterAll(async () => {
    await admin.query(`drop schema if exists "${other}" cascade`);
    await admin.query(`drop schema if exists "${ours}" cascade`);
    await admin.end();
  });

  it("creates its own migration tables in the schema its connection works in (search_path from the URL)", async () => {
    await admin.connect();
    const first = await openStore({ databaseUrl: TEST_DATABASE_URL, schema: other });
    await first.close();
    await admin.query(`create schema "${ours}"`);
    // Only `ours` on the search path, as a user's URL may say: the other schema's kysely tables
    // must not be taken for ours.
    const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${ours}`)}`;
    const store = await openStore({ databaseUrl: url });
    await store.close();
    const { rows } = await admin.query<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema = $1 and table_name = 'kysely_migration'",
      [ours],
    );
    expect(rows[0]?.n).toBe(1);
  });
});
