import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreJournal } from "../../src/provision/index.js";
import { openStore, type Store } from "../../src/store/index.js";

let store: Store;
beforeAll(async () => {
  store = await openStore({ memory: true });
}, 60_000);
afterAll(async () => {
  await store?.close();
});

describe("journal in the store (migration 003-provision)", () => {
  it("records runs and steps, finds the open run of a stack, and keeps created ids", async () => {
    const j = StoreJournal.over(store.db);
    await j.createRun({
      id: "run-1",
      stack: "shop-acme",
      environment: "production",
      instance: "acme",
      status: "running",
      specDigest: "d1",
      fingerprint: "f1",
      steps: [{ id: "project.create", kind: "project.create", destructive: false }],
      error: null,
      startedAt: 1_000,
      finishedAt: null,
    });
    await j.stepStarted("run-1", "project.create", 0, "project.create", 1_001);
    await j.stepStarted("run-1", "project.create", 0, "project.create", 1_005); // a resumed start is an upsert
    await j.stepFinished("run-1", "project.create", "done", [{ type: "project", id: "p-1", name: "shop-acme" }], null, 1_010);

    const open = await j.findOpenRun("shop-acme", "production");
    expect(open?.id).toBe("run-1");
    expect(open?.steps[0]?.id).toBe("project.create");
    expect(await j.findOpenRun("shop-acme", "staging")).toBeUndefined();
    const steps = await j.steps("run-1");
    expect(steps).toEqual([
      { runId: "run-1", stepId: "project.create", seq: 0, kind: "project.create", status: "done", created: [{ type: "project", id: "p-1", name: "shop-acme" }], error: null, startedAt: 1_001, finishedAt: 1_010 },
    ]);

    await j.finishRun("run-1", "succeeded", null, 2_000);
    expect(await j.findOpenRun("shop-acme", "production")).toBeUndefined();
    expect((await j.runs({ stack: "shop-acme" }))[0]).toMatchObject({ status: "succeeded", finishedAt: 2_000, instance: "acme" });
  });
});
