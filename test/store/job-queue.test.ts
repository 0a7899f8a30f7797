/**
 * The durable job queue (pg-boss in the store's database) on both stores: a key is queued once
 * however often it is sent, a job outlives the queue that sent it, and a job whose worker died
 * while holding it runs again once its expiry has passed.
 */
import { describe, expect, it } from "vitest";
import { type JobQueue, jobIdOf, openJobQueue } from "../../src/store/index.js";
import { storeKinds, useTestStore } from "../helpers/store.js";

const QUEUE = { name: "work", expireInSeconds: 60, retryLimit: 2, retryDelaySeconds: 0 };

describe.each(await storeKinds())("job queue on %s", ({ kind, skip }) => {
  const store = useTestStore(kind, skip);
  const open = () => openJobQueue(store(), { queues: [QUEUE] });

  it.skipIf(skip)("queues a key once, across queue handles (as two replicas would)", async () => {
    const one = await open();
    const two = await open();
    try {
      expect(await one.enqueue("work", "decision-1:escalated", { n: 1 })).toBe(true);
      expect(await two.enqueue("work", "decision-1:escalated", { n: 2 })).toBe(false);
      expect(await one.waiting("work")).toBe(1);
      const job = await two.take<{ n: number }>("work");
      expect(job).toEqual({ id: jobIdOf("work", "decision-1:escalated"), data: { n: 1 }, retries: 0 });
      expect(await one.take("work")).toBeUndefined();
      await two.complete("work", job!.id);
      expect(await one.waiting("work")).toBe(0);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it.skipIf(skip)("a job queued by a process that then went away is taken by the next one", async () => {
    const gone = await open();
    await gone.enqueue("work", "left-behind", { why: "queued, never run" });
    await gone.close();
    const next = await open();
    try {
      expect((await next.take<{ why: string }>("work"))?.data).toEqual({ why: "queued, never run" });
    } finally {
      await next.close();
    }
  });

  it.skipIf(skip)("a job held by a worker that died runs again after its expiry; a failed one is retried", async () => {
    const queue: JobQueue = await open();
    try {
      await queue.enqueue("work", "held", { n: 3 });
      const held = await queue.take("work");
      expect(held).toBeDefined();
      // Not yet expired: nobody else gets it.
      await queue.maintain();
      expect(await queue.take("work")).toBeUndefined();
      // The database's clock is the one expiry reads: start the job an hour earlier instead of waiting.
      await store().executeSql(
        `update "${store().schema ?? "railpilot"}_jobs".job set started_on = now() - interval '1 hour' where id = $1`,
        [held!.id],
      );
      await queue.maintain();
      const again = await queue.take<{ n: number }>("work");
      // Taken again, and it says so: the escalation it carries is run as a retry.
      expect(again).toEqual({ id: held!.id, data: { n: 3 }, retries: 1 });
      await queue.fail("work", again!.id, "GitHub did not answer");
      const third = await queue.take("work");
      expect(third).toMatchObject({ id: held!.id, retries: 2 });
      await queue.fail("work", third!.id, "GitHub did not answer");
      // retryLimit 2: two retries after the first attempt, then it stays failed.
      expect(await queue.take("work")).toBeUndefined();
      expect(await queue.waiting("work")).toBe(0);
    } finally {
      await queue.close();
    }
  });
});

describe("jobIdOf", () => {
  it("is a UUID fixed by queue and key", () => {
    const id = jobIdOf("q", "k");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobIdOf("q", "k")).toBe(id);
    expect(jobIdOf("q", "k2")).not.toBe(id);
    expect(jobIdOf("q2", "k")).not.toBe(id);
  });
});
