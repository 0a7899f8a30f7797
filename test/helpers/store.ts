import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";

export type TestStoreKind = "pglite" | "postgres";

/** The Postgres used by store tests (trust auth on loopback). Override with TEST_DATABASE_URL. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

const inCI = Boolean(process.env.CI && process.env.CI !== "false" && process.env.CI !== "0");

/** True when the test Postgres answers within a second. */
export async function postgresReachable(url = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The store kinds a suite should run on, with whether to skip each. Postgres is skipped
 * locally when unreachable, but never under CI=true: there the suite runs and fails.
 * Use with top-level await: `describe.each(await storeKinds())("%s", ...)`.
 */
export async function storeKinds(): Promise<{ kind: TestStoreKind; skip: boolean }[]> {
  const reachable = await postgresReachable();
  return [
    { kind: "pglite", skip: false },
    { kind: "postgres", skip: !reachable && !inCI },
  ];
}

/** Runs one statement on the test Postgres on a connection of its own (3 s to connect) and returns its rows. */
export async function testSql<T extends Record<string, unknown>>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Drops a schema a test or benchmark made on the test Postgres, with everything in it (its job queue's too). */
export async function dropTestSchema(schema: string): Promise<void> {
  await testSql(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_jobs" cascade`);
}

export interface TestStore extends Store {
  /** Closes the store and, on Postgres, drops its private schema. */
  dispose(): Promise<void>;
}

/**
 * A fresh migrated store: in-memory PGlite (3-5 s to create: make one per test file), or a
 * random schema on the test Postgres that `dispose` drops.
 */
export async function createTestStore(kind: TestStoreKind): Promise<TestStore> {
  if (kind === "pglite") {
    const store = await openStore({ memory: true });
    return { ...store, dispose: () => store.close() };
  }
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema, connectTimeoutMs: 3_000 });
  return {
    ...store,
    async dispose() {
      await store.close();
      await dropTestSchema(schema);
    },
  };
}

/**
 * A fresh store of `kind` for the enclosing describe: created before its tests, disposed after
 * them; none when the suite is skipped. Returns a getter (the store exists only once beforeAll ran).
 */
export function useTestStore(kind: TestStoreKind, skip: boolean): () => TestStore {
  let store: TestStore | undefined;
  beforeAll(async () => {
    if (!skip) store = await createTestStore(kind);
  }, 90_000);
  afterAll(async () => {
    await store?.dispose();
  });
  return () => {
    if (!store) throw new Error(`no ${kind} test store: the suite is skipped or its beforeAll failed`);
    return store;
  };
}
