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
    await j.stepFinished(
      "run-1",
      "project.create",
      "done",
      [{ type: "project", id: "p-1", name: "shop-acme" }],
      null,
      1_010,
    );

    const open = await j.findOpenRun("shop-acme", "production");
    expect(open?.id).toBe("run-1");
    expect(open?.steps[0]?.id).toBe("project.create");
    expect(await j.findOpenRun("shop-acme", "staging")).toBeUndefined();
    const steps = await j.steps("run-1");
    expect(steps).toEqual([
      {
        runId: "run-1",
        stepId: "project.create",
        seq: 0,
        kind: "project.create",
        status: "done",
        created: [{ type: "project", id: "p-1", name: "shop-acme" }],
        error: null,
        startedAt: 1_001,
        finishedAt: 1_010,
      },
    ]);

    await j.finishRun("run-1", "succeeded", null, 2_000);
    expect(await j.findOpenRun("shop-acme", "production")).toBeUndefined();
    expect((await j.runs({ stack: "shop-acme" }))[0]).toMatchObject({
      status: "succeeded",
      finishedAt: 2_000,
      instance: "acme",
    });
  });

  it("keeps a run's start snapshot and a started step's progress (pending records included)", async () => {
    const j = StoreJournal.over(store.db);
    const start = { projectId: "p-9", environmentId: "e-9", serviceIds: ["s-1", "s-2"] };
    await j.createRun({
      id: "run-2",
      stack: "shop-beta",
      environment: "production",
      instance: null,
      status: "running",
      specDigest: "d2",
      fingerprint: "f2",
      steps: [{ id: "service.create:api", kind: "service.create", target: "api", destructive: false }],
      error: null,
      startedAt: 3_000,
      finishedAt: null,
      start,
    });
    await j.stepStarted("run-2", "service.create:api", 0, "service.create", 3_001);
    const pending = {
      type: "service" as const,
      id: "",
      name: "api",
      pending: { projectId: "p-9", names: ["api"], excludeIds: ["s-1", "s-2"] },
    };
    await j.stepProgress("run-2", "service.create:api", [pending]);
    const open = await j.findOpenRun("shop-beta", "production");
    expect(open?.start).toEqual(start);
    expect(open?.steps.map((s) => s.id)).toEqual(["service.create:api"]);
    expect((await j.steps("run-2"))[0]).toMatchObject({ status: "started", created: [pending] });
  });
});
