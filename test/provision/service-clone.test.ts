import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyStack, cloneService, MemoryJournal, parseStackSpec, readLiveState } from "../../src/provision/index.js";
import { type Harness, startHarness } from "./harness.js";

const STACK = `project:
  name: clone-demo
services:
  api:
    source: { repo: acme/api, branch: main }
    start: node server.js
    healthcheck: /health
    variables:
      MODE: fast
      REGION: eu
`;

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function setup() {
  const spec = parseStackSpec(STACK);
  const result = await h.drive(
    applyStack(spec, {
      client: h.client,
      clock: h.clock,
      journal: new MemoryJournal(),
      workspaceId: h.emulator.info.workspaceId,
    }),
  );
  h.requests.length = 0;
  return { spec, projectId: result.projectId as string };
}

describe("services create --from-template", () => {
  it("copies source, settings and variables, sets them in one upsert, and deploys once", async () => {
    const { spec, projectId } = await setup();
    const r = await h.drive(
      cloneService(h.client, h.clock, { projectId, template: "api", name: "api-eu2", set: { REGION: "eu2" } }),
    );
    expect(r.source).toEqual({ repo: "acme/api" });
    const ops = h.requests.filter((x) => x.mutation).map((x) => x.operation);
    expect(ops).toEqual(["ServiceCreate", "ServiceInstanceUpdate", "VariableCollectionUpsert", "ServiceConnect"]);
    const live = await h.drive(
      readLiveState(h.client, {
        ...spec,
        services: [...spec.services, { ...(spec.services[0] as (typeof spec.services)[number]), name: "api-eu2" }],
      }),
    );
    const copy = live.live.services.find((s) => s.name === "api-eu2");
    expect(copy?.settings).toMatchObject({ startCommand: "node server.js", healthcheckPath: "/health" });
    expect(copy?.variables).toMatchObject({ MODE: "fast", REGION: "eu2" });
  });

  it("removes the new service when a step fails, naming the step", async () => {
    const { projectId } = await setup();
    h.failNthMutation(3); // the variable upsert
    const error = await h
      .drive(cloneService(h.client, h.clock, { projectId, template: "api", name: "api-eu3" }))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /variableCollectionUpsert failed: .*Injected failure.*the new service was removed/,
    );
    expect(await h.countResources()).toMatchObject({ services: 1 });
  });

  it("suggests the right name for a misspelt template service", async () => {
    const { projectId } = await setup();
    const error = await h
      .drive(cloneService(h.client, h.clock, { projectId, template: "API", name: "x1" }))
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('did you mean "api"?');
  });
});
