import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isRailpilotError, ManualClock } from "../../src/core/index.js";
import {
  claimAction,
  completeAction,
  failAction,
  getAction,
  listAudit,
  migrations,
  openStore,
  recordAudit,
} from "../../src/store/index.js";
import { createTestStore, storeKinds, type TestStore } from "../helpers/store.js";

describe.each(await storeKinds())("store on $kind", ({ kind, skip }) => {
  let store: TestStore;

  beforeAll(async () => {
    if (!skip) store = await createTestStore(kind);
  });
  afterAll(async () => {
    await store?.dispose();
  });

  describe.skipIf(skip)("migrations", () => {
    it("reports which kind of database it opened", () => {
      expect(store.kind).toBe(kind);
    });

    it("applies every registered migration once", async () => {
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    });

    it("creates the actions and audit_log tables", async () => {
      const tables = await store.db.introspection.getTables();
      const names = tables.filter((t) => t.schema === (store.schema ?? "public")).map((t) => t.name);
      expect(names).toEqual(expect.arrayContaining(["actions", "audit_log"]));
    });
  });

  describe.skipIf(skip)("action ledger", () => {
    it("lets the first claim of a key win and reports the existing row to the second", async () => {
      const first = await claimAction(store.db, { key: "deploy:1", kind: "deploy", target: "svc-web" });
      expect(first.claimed).toBe(true);
      expect(first.action).toMatchObject({ key: "deploy:1", status: "pending", attempts: 1, result: null });
      const second = await claimAction(store.db, { key: "deploy:1", kind: "deploy", target: "svc-web" });
      expect(second.claimed).toBe(false);
      expect(second.existing).toMatchObject({ key: "deploy:1", status: "pending", attempts: 1 });
    });

    it("gives exactly one of many concurrent claimers the action", async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => claimAction(store.db, { key: "race:1", kind: "rollback", target: "svc-api" })),
      );
      expect(results.filter((r) => r.claimed)).toHaveLength(1);
    });

    it("stores a completed action's JSON result and returns it to later claimers", async () => {
      await claimAction(store.db, { key: "deploy:2", kind: "deploy", target: "svc-web" });
      const done = await completeAction(store.db, "deploy:2", { deploymentId: "d-42", tags: ["a", "b"] });
      expect(done).toMatchObject({ status: "done", result: { deploymentId: "d-42", tags: ["a", "b"] } });
      const again = await claimAction(store.db, { key: "deploy:2", kind: "deploy", target: "svc-web" });
      expect(again).toMatchObject({
        claimed: false,
        existing: { status: "done", result: { deploymentId: "d-42", tags: ["a", "b"] } },
      });
    });

    it("keeps a failed action failed unless the claimer asks to retry it", async () => {
      await claimAction(store.db, { key: "restart:1", kind: "restart", target: "svc-worker" });
      await failAction(store.db, "restart:1", "Railway said no");
      const plain = await claimAction(store.db, { key: "restart:1", kind: "restart", target: "svc-worker" });
      expect(plain).toMatchObject({ claimed: false, existing: { status: "failed", error: "Railway said no" } });
      const retry = await claimAction(store.db, {
        key: "restart:1",
        kind: "restart",
        target: "svc-worker",
        retryFailed: true,
      });
      expect(retry).toMatchObject({ claimed: true, action: { status: "pending", attempts: 2, error: null } });
    });

    it("never re-claims a done action even when retrying failures", async () => {
      await claimAction(store.db, { key: "deploy:3", kind: "deploy", target: "svc-web" });
      await completeAction(store.db, "deploy:3");
      const r = await claimAction(store.db, { key: "deploy:3", kind: "deploy", target: "svc-web", retryFailed: true });
      expect(r).toMatchObject({ claimed: false, existing: { status: "done", attempts: 1 } });
    });

    it("records the caller's clock time when given", async () => {
      const at = new Date(Date.UTC(2026, 0, 1, 12));
      const r = await claimAction(store.db, { key: "clock:1", kind: "deploy", target: "svc", at });
      expect(r.action?.createdAt.toISOString()).toBe(at.toISOString());
      const later = new Date(at.getTime() + 60_000);
      const done = await completeAction(store.db, "clock:1", null, later);
      expect(done?.updatedAt.toISOString()).toBe(later.toISOString());
    });

    it("returns undefined when completing or reading an unknown key", async () => {
      expect(await completeAction(store.db, "nope")).toBeUndefined();
      expect(await getAction(store.db, "nope")).toBeUndefined();
    });

    it("claims inside a transaction that rolls back leave no trace", async () => {
      await expect(
        store.db.transaction().execute(async (trx) => {
          const r = await claimAction(trx, { key: "tx:1", kind: "deploy", target: "svc" });
          expect(r.claimed).toBe(true);
          throw new Error("abort");
        }),
      ).rejects.toThrow("abort");
      expect(await getAction(store.db, "tx:1")).toBeUndefined();
    });

    it("commits work done in a transaction while other queries wait their turn", async () => {
      const tx = store.db.transaction().execute(async (trx) => {
        await claimAction(trx, { key: "tx:2", kind: "deploy", target: "svc" });
        await completeAction(trx, "tx:2", { ok: true });
      });
      const outside = claimAction(store.db, { key: "tx:3", kind: "deploy", target: "svc" });
      await Promise.all([tx, outside]);
      expect(await getAction(store.db, "tx:2")).toMatchObject({ status: "done", result: { ok: true } });
      expect(await getAction(store.db, "tx:3")).toMatchObject({ status: "pending" });
    });
  });

  describe.skipIf(skip)("queries", () => {
    it("reports how many rows an update and a delete touched", async () => {
      await claimAction(store.db, { key: "count:1", kind: "count", target: "svc-count" });
      await claimAction(store.db, { key: "count:2", kind: "count", target: "svc-count" });
      const updated = await store.db
        .updateTable("actions")
        .set({ status: "done" })
        .where("kind", "=", "count")
        .executeTakeFirst();
      expect(updated.numUpdatedRows).toBe(2n);
      const deleted = await store.db.deleteFrom("actions").where("key", "=", "count:1").executeTakeFirst();
      expect(deleted.numDeletedRows).toBe(1n);
    });

    it("rolls back a nested savepoint without losing the outer transaction's work", async () => {
      const trx = await store.db.startTransaction().execute();
      await claimAction(trx, { key: "sp:outer", kind: "sp", target: "svc" });
      const sp = await trx.savepoint("inner").execute();
      await claimAction(sp, { key: "sp:inner", kind: "sp", target: "svc" });
      await sp.rollbackToSavepoint("inner").execute();
      await trx.commit().execute();
      expect(await getAction(store.db, "sp:outer")).toBeDefined();
      expect(await getAction(store.db, "sp:inner")).toBeUndefined();
    });
  });

  describe.skipIf(skip)("raw SQL", () => {
    it("runs parameterised and multi-statement SQL in the store's schema", async () => {
      const one = await store.executeSql("select $1::int + 1 as n", [41]);
      expect(one.rows).toEqual([{ n: 42 }]);
      const multi = await store.executeSql(
        "create table raw_probe (x int); insert into raw_probe values (7); select x from raw_probe",
      );
      expect(multi.rows).toEqual([{ x: 7 }]);
      const tables = await store.db.introspection.getTables();
      expect(tables.find((t) => t.name === "raw_probe")?.schema).toBe(store.schema ?? "public");
    });
  });

  describe.skipIf(skip)("audit log", () => {
    it("appends entries with numeric ids and lists them newest first per target", async () => {
      const a = await recordAudit(store.db, { actor: "cli", kind: "deploy", target: "svc-a", detail: { sha: "abc" } });
      const b = await recordAudit(store.db, { actor: "autopilot", kind: "rollback", target: "svc-a" });
      await recordAudit(store.db, { actor: "cli", kind: "deploy", target: "svc-b" });
      expect(typeof a.id).toBe("number");
      expect(b.id).toBeGreaterThan(a.id);
      const list = await listAudit(store.db, { target: "svc-a" });
      expect(list.map((e) => e.kind)).toEqual(["rollback", "deploy"]);
      expect(list[1]?.detail).toEqual({ sha: "abc" });
      expect(list[0]?.detail).toBeNull();
      expect(list[0]?.at).toBeInstanceOf(Date);
    });
  });
});

describe("opening the store", () => {
  it("keeps data in the data dir across reopenings and does not re-run migrations", async () => {
    const dir = mkdtempSync(join(tmpdir(), "railpilot-store-"));
    try {
      const first = await openStore({ dataDir: dir });
      // The new database was made by a child process in a staging dir and renamed into place.
      expect(readdirSync(dir)).toEqual(["pglite", "pglite.lock"]);
      expect(readdirSync(join(dir, "pglite"))).toContain("PG_VERSION");
      await claimAction(first.db, { key: "persist:1", kind: "deploy", target: "svc" });
      await first.close();
      const second = await openStore({ dataDir: dir });
      expect(await getAction(second.db, "persist:1")).toMatchObject({ status: "pending" });
      // Sized for railpilot's small store, not PostgreSQL's 128MB default (~110 MB less RSS).
      expect((await second.executeSql("show shared_buffers")).rows).toEqual([{ shared_buffers: "4MB" }]);
      await second.close();
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('dataDir ":memory:" is an in-memory store: works, writes no files, keeps nothing after close', async () => {
    const cwd = mkdtempSync(join(tmpdir(), "railpilot-store-mem-"));
    const was = process.cwd();
    process.chdir(cwd);
    try {
      const first = await openStore({ dataDir: ":memory:" });
      await claimAction(first.db, { key: "mem:1", kind: "deploy", target: "svc" });
      expect(await getAction(first.db, "mem:1")).toMatchObject({ status: "pending" });
      await first.close();
      expect(readdirSync(cwd)).toEqual([]);
      const second = await openStore({ dataDir: ":memory:" });
      expect(await getAction(second.db, "mem:1")).toBeUndefined();
      await second.close();
    } finally {
      process.chdir(was);
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 60_000);

  it("fails with STORE_UNAVAILABLE and a hint when the Postgres server cannot be reached", async () => {
    const error = await openStore({
      databaseUrl: "postgres://postgres:hunter22@127.0.0.1:1/test",
      connectTimeoutMs: 2_000,
    }).catch((e: unknown) => e);
    expect(isRailpilotError(error) && error.code).toBe("STORE_UNAVAILABLE");
    expect(String((error as Error).message)).not.toContain("hunter22");
    expect((error as { hint?: string }).hint).toMatch(/DATABASE_URL/);
  });

  it("gives up opening the embedded database after openTimeoutMs with STORE_UNAVAILABLE and a hint", async () => {
    const clock = new ManualClock();
    const opening = openStore({ memory: true, openTimeoutMs: 30_000, clock }).catch((e: unknown) => e);
    expect((clock.nextAt() ?? 0) - clock.now()).toBe(30_000);
    await clock.advance(30_000);
    const error = await opening;
    expect(isRailpilotError(error) && error.code).toBe("STORE_UNAVAILABLE");
    expect((error as Error).message).toContain("did not open within 30000 ms");
    expect((error as { hint?: string }).hint).toMatch(/DATABASE_URL/);
  });

  // pg runs its connect and query timeouts on real timers (it takes no clock), so these two tests
  // use short timeouts against a local server that never answers.
  it("fails with STORE_UNAVAILABLE when a Postgres server accepts the connection but never answers it", async () => {
    const server = await startPostgresStandIn({ answerStartup: false });
    const error = await openStore({
      databaseUrl: `postgres://postgres:hunter22@127.0.0.1:${server.port}/test`,
      connectTimeoutMs: 200,
    }).catch((e: unknown) => e);
    expect(isRailpilotError(error) && error.code).toBe("STORE_UNAVAILABLE");
    expect((error as Error).message).not.toContain("hunter22");
  }, 10_000);

  it("gives up on a Postgres query that never gets an answer after queryTimeoutMs", async () => {
    const server = await startPostgresStandIn({ answerStartup: true });
    const started = performance.now();
    const error = await openStore({
      databaseUrl: `postgres://postgres@127.0.0.1:${server.port}/test`,
      schema: "s_hang",
      queryTimeoutMs: 200,
    }).catch((e: unknown) => e);
    expect(isRailpilotError(error) && error.code).toBe("STORE_UNAVAILABLE");
    expect((error as Error).message).toContain("Query read timeout");
    expect(server.queries).toBe(1);
    expect(performance.now() - started).toBeLessThan(8_000);
  }, 10_000);

  it("rejects a schema name that is not a plain identifier", async () => {
    await expect(openStore({ memory: true, schema: 'x"; drop table y; --' })).rejects.toMatchObject({ code: "STORE" });
  });
});

const standIns: { server: Server; sockets: Set<Socket> }[] = [];
afterEach(async () => {
  while (standIns.length) {
    const { server, sockets } = standIns.pop()!;
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

/**
 * A TCP server on port 0 speaking just enough of the Postgres protocol: it answers the startup
 * message with AuthenticationOk + ReadyForQuery (or not at all), then never answers a query.
 */
async function startPostgresStandIn(opts: { answerStartup: boolean }): Promise<{ port: number; queries: number }> {
  const state = { port: 0, queries: 0 };
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let started = false;
    socket.on("data", (chunk: Buffer) => {
      if (!started) {
        started = true;
        if (!opts.answerStartup) return;
        const authOk = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]); // 'R', len 8, AuthenticationOk
        const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // 'Z', len 5, idle
        socket.write(Buffer.concat([authOk, ready]));
        return;
      }
      if (chunk[0] === 0x51) state.queries++; // 'Q': a simple query, left unanswered
      if (chunk[0] === 0x58) socket.end(); // 'X': terminate
    });
  });
  standIns.push({ server, sockets });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.port = (server.address() as { port: number }).port;
  return state;
}
