/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${TENANT} is the spec template syntax */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/index.js";
import {
  createInstance,
  deleteInstance,
  instanceStatus,
  MemoryJournal,
  parseStackSpec,
  redeployInstance,
} from "../../src/provision/index.js";
import { type Harness, startHarness } from "./harness.js";

const STACK = "project:\n  name: shop-${TENANT}\nservices:\n  api:\n    source: { image: busybox }\n";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function create(name: string) {
  const spec = parseStackSpec(STACK, { params: { TENANT: name } });
  const deps = {
    client: h.client,
    clock: h.clock,
    journal: new MemoryJournal(),
    workspaceId: h.emulator.info.workspaceId,
  };
  await h.drive(createInstance(name, spec, "stack", deps));
}

const ws = () => h.emulator.info.workspaceId;

describe("instance lifecycle commands are idempotent", () => {
  it("returns an existing deletion schedule as it is instead of pushing the deadline later", async () => {
    await create("acme");
    const first = await h.drive(deleteInstance(h.client, ws(), h.clock, "acme", { graceMs: 7 * 86_400_000 }));
    await h.drive(h.clock.advance(3_600_000));
    const again = await h.drive(deleteInstance(h.client, ws(), h.clock, "acme", { graceMs: 7 * 86_400_000 }));
    expect(again).toEqual({ ...first, already: true });
    const railway = await h.drive(deleteInstance(h.client, ws(), h.clock, "acme"));
    expect(railway.at).toBe(first.at);
  });

  it("treats a retried forced delete of an instance that is already gone as success", async () => {
    await create("gone");
    const first = await h.drive(deleteInstance(h.client, ws(), h.clock, "gone", { force: true }));
    expect(first.mode).toBe("now");
    const again = await h.drive(deleteInstance(h.client, ws(), h.clock, "gone", { force: true }));
    expect(again).toMatchObject({ name: "gone", projectId: first.projectId, mode: "now", already: true });
  });

  it("names the existing instances when the name is unknown (a usage error)", async () => {
    await create("alpha");
    await create("beta");
    const attempts: (() => Promise<unknown>)[] = [
      () => instanceStatus(h.client, ws(), h.clock, "gamma"),
      () => deleteInstance(h.client, ws(), h.clock, "gamma", { force: true }),
    ];
    for (const attempt of attempts) {
      const error = await h.drive(attempt()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).hint).toContain("alpha, beta");
    }
  });

  it("does not stack a second deployment on one a redeploy already started", async () => {
    await create("redo");
    await h.drive(h.clock.advance(10 * 60_000)); // the first deployment finishes
    const first = await h.drive(redeployInstance(h.client, ws(), h.clock, "redo", { since: h.clock.now() }));
    expect(first).toEqual({ deployed: ["api"], skipped: [] });
    const retried = await h.drive(redeployInstance(h.client, ws(), h.clock, "redo"));
    expect(retried).toEqual({ deployed: [], skipped: ["api"] });
  });
});
