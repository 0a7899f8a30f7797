import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, PostgresDialect } from "kysely";
import type pg from "pg";
import { type Clock, redact, systemClock } from "../core/index.js";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.js";
import { PGliteDialect } from "./internal/pglite-driver.js";
import { initialiseDataDirInChild, PGLITE_SETTINGS } from "./internal/pglite-init.js";
import { migrations } from "./migrations/index.js";
import type { Database } from "./schema.js";
import { StoreError } from "./store-error.js";

export interface OpenStoreOptions {
  /** A Postgres URL; when set the store uses `pg` against that server. Default: unset (PGlite). */
  databaseUrl?: string;
  /** Directory for the embedded database (files go in `<dataDir>/pglite`); `:memory:` is the same as `memory: true`. Default: `.railpilot` under the cwd. */
  dataDir?: string;
  /** An in-memory PGlite (for tests); ignored when `databaseUrl` is set. Default: false. */
  memory?: boolean;
  /** A Postgres schema to create and put first on the search_path (test isolation). Default: the server's (public). */
  schema?: string;
  /** How long to wait for a Postgres connection (pg's `connectionTimeoutMillis`). Default: 10 s. */
  connectTimeoutMs?: number;
  /** Longest a Postgres statement may run on the server (`statement_timeout`). Default: 60 s. */
  statementTimeoutMs?: number;
  /**
   * Longest the client waits for a Postgres query's answer (pg's `query_timeout`), so a dead
   * server or connection cannot hang a command. Keep it above `statementTimeoutMs` so the server
   * normally cancels first. Default: 65 s.
   */
  queryTimeoutMs?: number;
  /** Longest to wait for the embedded database (PGlite) to open. Default: 60 s. */
  openTimeoutMs?: number;
  /** Clock for the open timeout (tests inject a ManualClock). Default: the system clock. */
  clock?: Clock;
  /** Largest number of pooled Postgres connections. Default: 10. */
  maxConnections?: number;
  /**
   * How long to wait for another process to close the embedded database (PGlite serves one
   * process at a time) before failing with STORE_LOCKED. Default: 10 s.
   */
  lockWaitMs?: number;
}

export interface OpenDefaultStoreOptions extends Omit<OpenStoreOptions, "databaseUrl" | "dataDir" | "memory"> {
  /** The directory the command runs in; the default data dir is `<cwd>/.railpilot`. */
  cwd: string;
  /** A Postgres URL (DATABASE_URL); when set it is used instead of the embedded database. */
  databaseUrl?: string | undefined;
  /** The data dir (RAILPILOT_DATA_DIR, store.dataDir). Default: `<cwd>/.railpilot`. */
  dataDir?: string | undefined;
}

/**
 * Opens the store a command should use: Postgres when `databaseUrl` is set, else the embedded
 * database in `<cwd>/.railpilot/pglite`, created when missing (a fresh checkout gets a store too),
 * locked against a second process, and never silently re-initialised.
 */
export function openDefaultStore(options: OpenDefaultStoreOptions): Promise<Store> {
  const { cwd, databaseUrl, dataDir, ...rest } = options;
  if (databaseUrl) return openStore({ ...rest, databaseUrl });
  return openStore({ ...rest, dataDir: resolve(cwd, dataDir ?? ".railpilot") });
}

export interface Store {
  db: Kysely<Database>;
  kind: "pglite" | "postgres";
  /** The schema tables live in, when one was asked for. */
  schema: string | undefined;
  /**
   * Runs raw SQL outside Kysely (for libraries that bring their own SQL, e.g. pg-boss's
   * `db.executeSql`). Without values the text may hold several statements; the rows of the last
   * one are returned. On PGlite it waits its turn for the single connection like any query.
   */
  executeSql(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Closes the pool or the embedded database. Safe to call twice. */
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const INT8_OID = 20;

/** Opens the store (PGlite by default, Postgres with `databaseUrl`) and applies every pending migration. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError("STORE", `invalid schema name "${schema}"`, {
      hint: "Use lower-case letters, digits and underscores, starting with a letter.",
    });
  }
  const store = options.databaseUrl ? await openPostgres(options.databaseUrl, options) : await openPGlite(options);
  try {
    // Kysely looks for its migration tables in every schema unless told which one: on a database
    // where another schema already holds them (another app, another test run) it would skip
    // creating ours and then fail on the unqualified name. So always name the schema we work in.
    const working = schema ?? (store.kind === "postgres" ? await currentSchema(store) : undefined);
    await migrate(store.db, working);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

async function openPostgres(databaseUrl: string, options: OpenStoreOptions): Promise<Store> {
  const schema = options.schema;
  // Loaded on first use: `pg` takes hundreds of ms to import, and most CLI runs never open a store.
  const { default: pgLib } = await import("pg");
  const pool = new pgLib.Pool({
    connectionString: databaseUrl,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    max: options.maxConnections ?? 10,
    // The server cancels a statement that runs too long; the client gives up a little later on
    // its own, for a server or connection that no longer answers at all.
    statement_timeout: options.statementTimeoutMs ?? 60_000,
    query_timeout: options.queryTimeoutMs ?? 65_000,
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
    // int8 (bigserial ids, counts) as numbers, as PGlite returns them: one shape on both.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8_OID && format !== "binary"
          ? (v: string) => Number(v)
          : pgLib.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that errors (server restart) must not crash the process.
  pool.on("error", () => {});
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists "${schema}"`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreError(
      "STORE_UNAVAILABLE",
      `cannot connect to the database at ${describeUrl(databaseUrl)}: ${messageOf(error)}`,
      {
        cause: error,
        hint: "Check DATABASE_URL (host, port, user, database) and that the server is running.",
      },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const executeSql = async (text: string, values: readonly unknown[] = []) => {
    const result = (await pool.query(text, values.length > 0 ? [...values] : undefined)) as unknown as
      | pg.QueryResult
      | pg.QueryResult[];
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
  };
  return { db, kind: "postgres", schema, executeSql, close: once(() => db.destroy()) };
}

/** The data dir that means an in-memory embedded database (nothing kept after close). */
export const IN_MEMORY = ":memory:";

async function openPGlite(options: OpenStoreOptions): Promise<Store> {
  let pglite: PGlite;
  const dir =
    options.memory || options.dataDir === IN_MEMORY
      ? undefined
      : join(resolve(options.dataDir ?? ".railpilot"), "pglite");
  let lock: DataDirLock | undefined;
  try {
    if (dir) {
      mkdirSync(dir, { recursive: true });
      lock = await acquireDataDirLock(`${dir}.lock`, {
        ...(options.lockWaitMs === undefined ? {} : { waitMs: options.lockWaitMs }),
        ...(options.clock ? { clock: options.clock } : {}),
      });
      assertDatabaseOrEmpty(dir);
    }
    const timeoutMs = options.openTimeoutMs ?? 60_000;
    // A new database on disk is created by a child process (see pglite-init.ts); PGlite is
    // loaded on first use (it takes long to import; most CLI runs never open a store), inside the
    // open timeout.
    const created = dir && readdirSync(dir).length === 0 ? initialiseDataDirInChild(dir, timeoutMs) : Promise.resolve();
    const postgresqlconf = [...PGLITE_SETTINGS];
    pglite = await withOpenTimeout(
      created
        .then(() => import("@electric-sql/pglite"))
        .then(({ PGlite: PGliteDb }) =>
          dir ? PGliteDb.create({ dataDir: dir, postgresqlconf }) : PGliteDb.create({ postgresqlconf }),
        ),
      timeoutMs,
      options.clock ?? systemClock,
      dir,
    );
  } catch (error) {
    lock?.release();
    if (error instanceof StoreError) throw error;
    throw new StoreError("STORE_UNAVAILABLE", `cannot open the embedded database: ${messageOf(error)}`, {
      cause: error,
      hint: "Check that the data dir is writable and holds a railpilot database, or set DATABASE_URL.",
    });
  }
  if (options.schema) {
    // One session only, so a session-level search_path holds for every later query.
    await pglite.exec(
      `create schema if not exists "${options.schema}"; set search_path to "${options.schema}", public;`,
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  // Holding a Kysely connection holds the driver's mutex, so the raw call cannot interleave.
  const executeSql = (text: string, values: readonly unknown[] = []) =>
    db.connection().execute(async () => {
      if (values.length > 0) return { rows: (await pglite.query<Record<string, unknown>>(text, [...values])).rows };
      const results = await pglite.exec(text);
      return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
    });
  const close = once(async () => {
    try {
      await db.destroy();
    } finally {
      lock?.release();
    }
  });
  return { db, kind: "pglite", schema: options.schema, executeSql, close };
}

/**
 * PGlite initialises any directory without PG_VERSION as a new database. A directory that is not
 * empty and has no PG_VERSION is a damaged or foreign one: refuse, never start over on top of it.
 */
function assertDatabaseOrEmpty(dir: string): void {
  const entries = readdirSync(dir);
  if (entries.length === 0 || existsSync(join(dir, "PG_VERSION"))) return;
  throw new StoreError(
    "STORE_CORRUPT",
    `the data directory ${dir} is not empty but holds no database (PG_VERSION is missing); railpilot will not start a new store on top of it`,
    {
      hint: `Restore the directory from a backup, or move it aside (e.g. mv ${dir} ${dir}.damaged) to start a new, empty store.`,
    },
  );
}

/**
 * Waits for PGlite to open, at most `timeoutMs`. On timeout it throws a StoreError at once and
 * closes the database if it opens later, so nothing is left running.
 */
function withOpenTimeout(
  opening: Promise<PGlite>,
  timeoutMs: number,
  clock: Clock,
  dir: string | undefined,
): Promise<PGlite> {
  return new Promise<PGlite>((resolve, reject) => {
    let timedOut = false;
    const cancel = clock.schedule(timeoutMs, () => {
      timedOut = true;
      reject(
        new StoreError(
          "STORE_UNAVAILABLE",
          `the embedded database did not open within ${timeoutMs} ms${dir ? ` (${dir})` : ""}`,
          {
            hint: "Another railpilot process may be holding the data dir, or the disk is very slow: stop the other process, raise the store's open timeout, or set DATABASE_URL.",
          },
        ),
      );
    });
    opening.then(
      (pglite) => {
        cancel();
        if (timedOut) void pglite.close().catch(() => {});
        else resolve(pglite);
      },
      (error: unknown) => {
        cancel();
        if (!timedOut) reject(error);
      },
    );
  });
}

async function currentSchema(store: Store): Promise<string | undefined> {
  const { rows } = await store.executeSql("select current_schema() as schema");
  const name = rows[0]?.schema;
  return typeof name === "string" && name.length > 0 ? name : undefined;
}

async function migrate(db: Kysely<Database>, schema: string | undefined): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new StoreError(
      "STORE_MIGRATION",
      `database migration ${failed ?? ""} failed: ${messageOf(error)}`.replace("  ", " "),
      {
        cause: error,
        hint: "The database may be from a newer railpilot; upgrade, or point DATABASE_URL / the data dir elsewhere.",
      },
    );
  }
}

/** The URL without its password, for messages. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL";
  }
}

function messageOf(error: unknown): string {
  // pg reports a refused connection as an AggregateError with an empty message but a code.
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
  const text = error instanceof Error ? error.message || code || error.name : String(error);
  return redact(text);
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= fn();
    return done;
  };
}
