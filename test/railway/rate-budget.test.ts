import { afterEach, describe, expect, it } from "vitest";
import { flushMicrotasks, ManualClock } from "../../src/core/index.js";
import { MeDocument, PLAN_LIMITS, RateBudget } from "../../src/railway/index.js";
import { clientHarness, settle } from "./support/client-harness.js";
import { startScriptedServer } from "./support/graphql-http-server.js";

const HOUR = 3_600_000;

describe("RateBudget", () => {
  it("uses Railway's documented plan limits", () => {
    expect(PLAN_LIMITS.free.perHour).toBe(100);
    expect(PLAN_LIMITS.hobby).toEqual({ perHour: 1000, perSecond: 10 });
    expect(PLAN_LIMITS.pro).toEqual({ perHour: 10_000, perSecond: 50 });
    expect(PLAN_LIMITS.unlimited.perHour).toBe(Number.POSITIVE_INFINITY);
  });

  it("queues requests beyond the per-second limit instead of overrunning it", async () => {
    const clock = new ManualClock();
    const budget = new RateBudget({ perHour: 1000, perSecond: 2 }, clock);
    const granted: number[] = [];
    for (let i = 0; i < 5; i++) void budget.acquire().then(() => granted.push(clock.now()));
    await flushMicrotasks();
    const t0 = clock.now();
    expect(granted).toEqual([t0, t0]);
    expect(budget.remaining().second).toBe(0);
    await clock.advance(1000);
    expect(granted).toEqual([t0, t0, t0 + 1000, t0 + 1000]);
    await clock.advance(1000);
    expect(granted).toHaveLength(5);
  });

  it("serves waiters first come, first served", async () => {
    const clock = new ManualClock();
    const budget = new RateBudget({ perHour: 1, perSecond: 10 }, clock);
    await budget.acquire();
    const order: string[] = [];
    void budget.acquire().then(() => order.push("a"));
    void budget.acquire().then(() => order.push("b"));
    await clock.advance(HOUR);
    expect(order).toEqual(["a"]);
    await clock.advance(HOUR);
    expect(order).toEqual(["a", "b"]);
  });

  it("reports what is left in the hour and when it grows again", async () => {
    const clock = new ManualClock();
    const budget = new RateBudget(PLAN_LIMITS.free, clock);
    const t0 = clock.now();
    expect(budget.remaining()).toEqual({ hour: 100, second: Number.POSITIVE_INFINITY, resetAt: t0 });
    await budget.acquire();
    await clock.advance(10_000);
    await budget.acquire();
    expect(budget.remaining().hour).toBe(98);
    expect(budget.remaining().resetAt).toBe(t0 + HOUR);
    await clock.advance(HOUR - 10_000);
    expect(budget.remaining().hour).toBe(99);
  });

  it("learns from X-RateLimit-Remaining and waits for X-RateLimit-Reset when the server says none are left", async () => {
    const clock = new ManualClock();
    const budget = new RateBudget(PLAN_LIMITS.pro, clock);
    budget.learn({ remaining: 1, resetAt: clock.now() + 60_000 });
    expect(budget.remaining().hour).toBe(1);
    await budget.acquire();
    expect(budget.remaining()).toMatchObject({ hour: 0, resetAt: clock.now() + 60_000 });
    let granted = false;
    void budget.acquire().then(() => {
      granted = true;
    });
    await clock.advance(59_999);
    expect(granted).toBe(false);
    await clock.advance(1);
    expect(granted).toBe(true);
  });

  it("rejects a queued acquire when its signal aborts, and the queue moves on", async () => {
    const clock = new ManualClock();
    const budget = new RateBudget({ perHour: 1, perSecond: 10 }, clock);
    await budget.acquire();
    const controller = new AbortController();
    const aborted = settle(budget.acquire(controller.signal));
    let next = false;
    void budget.acquire().then(() => {
      next = true;
    });
    controller.abort(new Error("gone"));
    expect((await aborted).ok).toBe(false);
    await clock.advance(HOUR);
    expect(next).toBe(true);
  });
});

describe("the client's budget", () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });
  const ME = {
    data: { me: { id: "u", email: "e", name: null, username: null, apiTokenRateLimit: null, workspaces: [] } },
  };

  it("holds a request back until the hourly budget allows it", async () => {
    const s = await startScriptedServer([{ body: ME }]);
    closers.push(s.close);
    const h = clientHarness({ endpoint: s.url, apiToken: "tok_budget_1234", limits: { perHour: 2 } });
    await h.client.request(MeDocument);
    await h.client.request(MeDocument);
    const third = settle(h.client.request(MeDocument));
    expect(await h.pendingDelay()).toBe(HOUR);
    expect(s.seen).toHaveLength(2);
    await h.clock.advance(HOUR);
    expect((await third).ok).toBe(true);
    expect(s.seen).toHaveLength(3);
  });

  it("follows the server's X-RateLimit-Remaining and X-RateLimit-Reset headers", async () => {
    const clockStart = Date.UTC(2026, 0, 1);
    const resetSeconds = Math.floor((clockStart + 120_000) / 1000);
    const s = await startScriptedServer([
      { body: ME, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(resetSeconds) } },
      { body: ME },
    ]);
    closers.push(s.close);
    const h = clientHarness({ endpoint: s.url, apiToken: "tok_budget_5678", plan: "pro" });
    await h.client.request(MeDocument);
    expect(h.client.budget.remaining()).toMatchObject({ hour: 0, resetAt: clockStart + 120_000 });
    const second = settle(h.client.request(MeDocument));
    expect(await h.pendingDelay()).toBe(120_000);
    await h.clock.advance(120_000);
    expect((await second).ok).toBe(true);
  });
});
