import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { environmentLease, LeaseManager } from "../../src/autopilot/leases/index.js";
import { ManualClock } from "../../src/core/index.js";
import { createTestStore, storeKinds, type TestStore } from "../helpers/store.js";

/** Waits (real time, briefly) until the run loop has finished its cycle and sleeps on the clock again. */
async function idle(clock: ManualClock): Promise<void> {
  for (let i = 0; i < 2_000 && clock.pending === 0; i++) await new Promise((r) => setTimeout(r, 2));
}

const envs = Array.from({ length: 10 }, (_, i) => environmentLease(`env-${i}`));

describe.each(await storeKinds())("leases on $kind", ({ kind, skip }) => {
  let store: TestStore;
  beforeAll(async () => {
    if (!skip) store = await createTestStore(kind);
  }, 60_000);
  afterAll(async () => {
    await store?.dispose();
  });

  const clean = async () => {
    await store.executeSql("delete from autopilot_leases");
    await store.executeSql("delete from autopilot_replicas");
  };

  it.skipIf(skip)("two replicas: every environment is leased by exactly one, shared evenly", async () => {
    await clean();
    const clock = new ManualClock();
    const a = new LeaseManager({ store, clock, replicaId: "a", ttlMs: 30_000 });
    const b = new LeaseManager({ store, clock, replicaId: "b", ttlMs: 30_000 });
    // Both announce themselves first (as on startup), then cycle: a takes its half, b the rest.
    await a.cycle(envs);
    await b.cycle(envs);
    await clock.advance(10_000);
    await a.cycle(envs);
    await b.cycle(envs);
    const rows = await a.list();
    expect(rows.map((r) => r.resource)).toEqual([...envs].sort());
    const ha = a.heldResources();
    const hb = b.heldResources();
    expect(ha.filter((r) => hb.includes(r))).toEqual([]);
    expect([...ha, ...hb].sort()).toEqual([...envs].sort());
    expect(ha.length).toBe(5);
    expect(hb.length).toBe(5);
    for (const r of rows) expect(ha.includes(r.resource) ? "a" : "b").toBe(r.holder);
  });

  it.skipIf(skip)(
    "a live lease is never taken; an expired one is taken over and the old holder cannot renew it",
    async () => {
      await clean();
      const clock = new ManualClock();
      const a = new LeaseManager({ store, clock, replicaId: "a", ttlMs: 30_000, balance: false });
      const b = new LeaseManager({ store, clock, replicaId: "b", ttlMs: 30_000, balance: false });
      expect(await a.acquire("env:x")).toBe(true);
      await clock.advance(29_999);
      expect(await b.acquire("env:x")).toBe(false);
      await clock.advance(1);
      expect(await b.acquire("env:x")).toBe(true);
      expect(await a.renew()).toEqual(["env:x"]);
      expect(a.holds("env:x")).toBe(false);
      const [row] = await b.list();
      expect(row).toMatchObject({ resource: "env:x", holder: "b", generation: 2 });
    },
  );

  it.skipIf(skip)(
    "a replica that stops renewing (killed) has its leases taken over within ttl + renew interval",
    async () => {
      await clean();
      const clock = new ManualClock();
      const ttlMs = 20_000;
      const changes: string[][] = [];
      const a = new LeaseManager({ store, clock, replicaId: "a", ttlMs });
      const b = new LeaseManager({ store, clock, replicaId: "b", ttlMs, onChange: (held) => changes.push([...held]) });
      const stopB = new AbortController();
      await a.cycle(envs);
      const running = b.run(() => envs, stopB.signal);
      // Let both settle into an even split.
      for (let t = 0; t < 30_000; t += 1_000) {
        await clock.advance(1_000);
        await idle(clock);
        if (t % b.renewEveryMs < 1_000) await a.cycle(envs);
      }
      expect(a.heldResources().length + b.heldResources().length).toBe(envs.length);
      expect(b.heldResources().length).toBe(5);
      // "kill -9" a: it simply never runs another cycle, its rows stay until they expire.
      const killedAt = clock.now();
      let takenOverAt: number | undefined;
      while (clock.now() - killedAt <= ttlMs + b.renewEveryMs + 1_000) {
        await clock.advance(500);
        await idle(clock);
        if (b.heldResources().length === envs.length) {
          takenOverAt = clock.now();
          break;
        }
      }
      expect(takenOverAt).toBeDefined();
      expect((takenOverAt as number) - killedAt).toBeLessThanOrEqual(ttlMs + b.renewEveryMs + 500);
      expect((await b.list()).every((r) => r.holder === "b")).toBe(true);
      // Graceful stop releases everything.
      stopB.abort();
      await running;
      expect(await b.list()).toEqual([]);
      expect(changes.at(-1)).toEqual([]);
    },
  );
});
