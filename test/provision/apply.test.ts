/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { redact } from "../../src/core/index.js";
import {
  applyStack,
  DestructiveChangeError,
  MemoryJournal,
  parseStackSpec,
  planFromLive,
  ProvisionStepError,
  readLiveState,
  SpecError,
  StalePlanError,
} from "../../src/provision/index.js";
import { ServiceInstanceDocument, VariablesDocument } from "../../src/railway/index.js";
import { type Harness, startHarness } from "./harness.js";

const STACK = `project:
  name: shop-\${TENANT}
  description: Shop for \${TENANT}
shared:
  LOG_LEVEL: info
  SESSION_SECRET: { generate: secret, bytes: 32 }
databases:
  Postgres: postgres
  Redis: redis
services:
  api:
    source: { repo: acme/shop-api, branch: main }
    build: npm run build
    start: node server.js
    healthcheck: { path: /health, timeout: 60 }
    replicas: 1
    variables:
      TENANT: \${TENANT}
      DATABASE_URL: \${{Postgres.DATABASE_URL}}
      REDIS_URL: \${{Redis.REDIS_URL}}
      LOG_LEVEL: \${{shared.LOG_LEVEL}}
      JWT_SECRET: { generate: secret, bytes: 32 }
    domain: { generated: true, port: 8080 }
  worker:
    source: { image: "ghcr.io/acme/worker:1.4" }
    start: node worker.js
    volumes:
      - mountPath: /data
    variables:
      QUEUE_URL: \${{Redis.REDIS_URL}}
`;

const specFor = (tenant: string, text = STACK) => parseStackSpec(text, { params: { TENANT: tenant } });

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function deps(journal = new MemoryJournal()) {
  return { client: h.client, clock: h.clock, journal, workspaceId: h.emulator.info.workspaceId };
}

describe("apply against the emulator", () => {
  it("creates the full stack, which becomes healthy, and a second plan shows no changes", async () => {
    const spec = specFor("acme");
    const result = await h.drive(applyStack(spec, deps()));
    expect(result.executed[0]).toBe("project.create");
    expect(await h.countResources()).toEqual({ projects: 1, services: 4, volumes: 3 });

    // Let the emulator run the deployments, then check each service's latest deployment.
    await h.drive(h.clock.advance(10 * 60_000));
    const snapshot = await h.drive(readLiveState(h.client, spec, { workspaceId: h.emulator.info.workspaceId }));
    const statuses = Object.fromEntries(snapshot.live.services.map((s) => [s.name, s.latestDeployment?.status]));
    expect(statuses).toEqual({ Postgres: "SUCCESS", Redis: "SUCCESS", api: "SUCCESS", worker: "SUCCESS" });

    const api = snapshot.live.services.find((s) => s.name === "api");
    expect(api?.variables.DATABASE_URL).toBe("${{Postgres.DATABASE_URL}}");
    expect(api?.variables.JWT_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(api?.settings).toMatchObject({
      startCommand: "node server.js",
      healthcheckPath: "/health",
      healthcheckTimeout: 60,
    });
    expect(api?.domains).toHaveLength(1);

    const again = await h.drive(planFromLive(spec, deps()));
    expect(again.plan.steps).toEqual([]);
    expect(again.plan.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
  });

  it("deploys each new app service exactly once", async () => {
    await h.drive(applyStack(specFor("once"), deps()));
    const deploys = h.requests.filter((r) =>
      ["ServiceConnect", "ServiceInstanceDeployV2", "VariableUpsert"].includes(r.operation),
    );
    expect(deploys.map((r) => r.operation).sort()).toEqual(["ServiceConnect", "ServiceConnect"]);
    const upserts = h.requests.filter((r) => r.operation === "VariableCollectionUpsert");
    expect(upserts).toHaveLength(3); // shared + api + worker, each one call with skipDeploys
  });

  it("keeps generated secrets on re-apply and plans exactly the changed variable", async () => {
    const j = new MemoryJournal();
    await h.drive(applyStack(specFor("keep"), deps(j)));
    const before = await h.drive(
      readLiveState(h.client, specFor("keep"), { workspaceId: h.emulator.info.workspaceId }),
    );
    const secret = before.live.services.find((s) => s.name === "api")?.variables.JWT_SECRET;

    const changed = specFor("keep", STACK.replace("TENANT: ${TENANT}", "TENANT: ${TENANT}-v2"));
    const { plan } = await h.drive(planFromLive(changed, deps(j)));
    expect(plan.changes.filter((c) => c.action !== "unchanged")).toEqual([
      {
        action: "update",
        kind: "variable",
        address: "service.api.variable.TENANT",
        before: "keep",
        after: "keep-v2",
        destructive: false,
      },
    ]);
    expect(plan.steps.map((s) => s.id)).toEqual(["variables.set:api", "service.deploy:api"]);
    await h.drive(applyStack(changed, deps(j)));
    const after = await h.drive(readLiveState(h.client, changed, { workspaceId: h.emulator.info.workspaceId }));
    const api = after.live.services.find((s) => s.name === "api");
    expect(api?.variables.JWT_SECRET).toBe(secret);
    expect(api?.variables.TENANT).toBe("keep-v2");
  });

  it("reads service limits back: a plan right after apply shows no change, a changed limit exactly that update", async () => {
    const LIMITED = STACK.replace("    replicas: 1\n", "    replicas: 1\n    limits: { memoryGB: 1, vCPUs: 1 }\n");
    const j = new MemoryJournal();
    await h.drive(applyStack(specFor("lim", LIMITED), deps(j)));
    h.requests.length = 0;
    const again = await h.drive(planFromLive(specFor("lim", LIMITED), deps(j)));
    expect(again.plan.changes.filter((c) => c.action !== "unchanged")).toEqual([]);
    expect(again.plan.steps).toEqual([]);
    // Only the service whose spec sets limits costs a limit read.
    expect(h.requests.filter((r) => r.operation === "ServiceInstanceLimitOverride")).toHaveLength(1);

    const bigger = specFor("lim", LIMITED.replace("memoryGB: 1,", "memoryGB: 2.5,"));
    const { plan } = await h.drive(planFromLive(bigger, deps(j)));
    expect(plan.changes.filter((c) => c.action !== "unchanged")).toEqual([
      {
        action: "update",
        kind: "limits",
        address: "service.api.limits",
        before: "1 GB, 1 vCPU",
        after: "2.5 GB, 1 vCPU",
        destructive: false,
      },
    ]);
    expect(plan.steps.map((s) => s.id)).toEqual(["service.limits:api", "service.deploy:api"]);
    await h.drive(applyStack(bigger, deps(j)));
    expect((await h.drive(planFromLive(bigger, deps(j)))).plan.steps).toEqual([]);
  });

  it("plans the limits update when the override has an unknown shape or its read is refused, instead of failing", async () => {
    const LIMITED = STACK.replace("    replicas: 1\n", "    replicas: 1\n    limits: { memoryGB: 1 }\n");
    const j = new MemoryJournal();
    await h.drive(applyStack(specFor("odd", LIMITED), deps(j)));
    const limitChanges = async () =>
      (await h.drive(planFromLive(specFor("odd", LIMITED), deps(j)))).plan.changes.filter((c) => c.kind === "limits");
    h.answerOperation("ServiceInstanceLimitOverride", { serviceInstanceLimitOverride: { memoryGB: 1 } });
    expect(await limitChanges()).toEqual([
      { action: "update", kind: "limits", address: "service.api.limits", after: "1 GB, - vCPU", destructive: false },
    ]);
    h.failOperation("ServiceInstanceLimitOverride");
    expect((await limitChanges()).map((c) => c.action)).toEqual(["update"]);
    h.answerOperation("ServiceInstanceLimitOverride", { serviceInstanceLimitOverride: null });
    expect(await limitChanges()).toEqual([
      {
        action: "update",
        kind: "limits",
        address: "service.api.limits",
        before: "- GB, - vCPU",
        after: "1 GB, - vCPU",
        destructive: false,
      },
    ]);
    expect((await limitChanges()).map((c) => c.action)).toEqual(["unchanged"]);
  });

  it("rejects a wrong-case reference before sending any mutation", async () => {
    const bad = specFor("case", STACK.replace("${{Postgres.DATABASE_URL}}", "${{postgres.DATABASE_URL}}"));
    const error = await h.drive(applyStack(bad, deps())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toContain('did you mean "Postgres"?');
    expect(h.requests.filter((r) => r.mutation)).toEqual([]);
  });

  it("refuses a destructive change without confirmation and applies it with", async () => {
    const j = new MemoryJournal();
    await h.drive(applyStack(specFor("del"), deps(j)));
    const withoutWorker = specFor("del", STACK.slice(0, STACK.indexOf("  worker:")));
    const refused = await h.drive(applyStack(withoutWorker, deps(j))).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DestructiveChangeError);
    expect((refused as DestructiveChangeError).addresses).toEqual(["service.worker"]);
    expect(await h.countResources()).toMatchObject({ services: 4 });
    await h.drive(applyStack(withoutWorker, deps(j), { confirmDestructive: true }));
    expect(await h.countResources()).toMatchObject({ services: 3 });
  });

  it("refuses a saved plan once the live state has changed", async () => {
    const j = new MemoryJournal();
    await h.drive(applyStack(specFor("stale"), deps(j)));
    const changed = specFor("stale", STACK.replace("replicas: 1", "replicas: 2"));
    const { plan } = await h.drive(planFromLive(changed, deps(j)));
    // Someone changes a variable on Railway after the plan was saved.
    const snap = await h.drive(readLiveState(h.client, changed, { workspaceId: h.emulator.info.workspaceId }));
    const { VariableUpsertDocument } = await import("../../src/railway/index.js");
    await h.drive(
      h.client.request(VariableUpsertDocument, {
        input: {
          projectId: snap.projectId as string,
          environmentId: snap.environmentId as string,
          serviceId: snap.serviceIds.get("api") as string,
          name: "EXTRA",
          value: "1",
          skipDeploys: true,
        },
      }),
    );
    const error = await h
      .drive(applyStack(changed, deps(j), { savedPlan: plan, confirmDestructive: true }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StalePlanError);
  });

  it("polls until a new service becomes visible and backs off through cooldowns", async () => {
    // Databases left out: the emulator's template deploy itself trips over its propagation delay
    // (world.createVolume looks the new service up without ignoring it).
    const appsOnly = `project:\n  name: slow\nservices:\n  worker:\n    source: { image: busybox }\n    volumes: [{ mountPath: /data }]\n    variables: { A: "1", B: "2" }\n    domain: generated\n`;
    await h.faults({ propagationDelayMs: 8_000, cooldownMs: 3_000 });
    const started = h.clock.now();
    await h.drive(applyStack(parseStackSpec(appsOnly), deps()));
    expect(h.clock.now() - started).toBeGreaterThanOrEqual(8_000);
    expect(h.requests.filter((r) => r.operation === "Service").length).toBeGreaterThan(1);
    await h.faults({ propagationDelayMs: 0, cooldownMs: 0 });
    expect(await h.countResources()).toEqual({ projects: 1, services: 1, volumes: 1 });
    const { plan } = await h.drive(planFromLive(parseStackSpec(appsOnly), deps()));
    expect(plan.steps).toEqual([]);
  });
});

describe("failure and compensation", () => {
  it("leaves zero resources behind when any single mutation of a create fails", async () => {
    // Count the mutations of a clean create first.
    await h.drive(applyStack(specFor("count"), deps()));
    const mutations = h.requests.filter((r) => r.mutation).map((r) => r.operation);
    // The last mutation clears the run's lock marker: best effort (a marker left behind lapses).
    expect(mutations.at(-1)).toBe("ProjectUpdate");
    const total = mutations.length - 1;
    expect(total).toBeGreaterThan(10);
    await h.close();

    for (let n = 1; n <= total; n++) {
      h = await startHarness();
      h.failNthMutation(n);
      const error = await h.drive(applyStack(specFor("fail"), deps())).catch((e: unknown) => e);
      expect(error, `mutation #${n}`).toBeInstanceOf(ProvisionStepError);
      expect((error as ProvisionStepError).message).toMatch(/^Step \S+ failed: .*Injected failure/);
      expect(await h.countResources(), `mutation #${n}`).toEqual({ projects: 0, services: 0, volumes: 0 });
      if (n < total) await h.close();
    }
  }, 120_000);

  it("keeps what it created with keepOnFailure, and a re-run completes the stack", async () => {
    const j = new MemoryJournal();
    h.failNthMutation(8);
    const error = await h
      .drive(applyStack(specFor("keep2"), deps(j), { keepOnFailure: true }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionStepError);
    expect((await h.countResources()).projects).toBe(1);
    await h.drive(applyStack(specFor("keep2"), deps(j)));
    const { plan } = await h.drive(planFromLive(specFor("keep2"), deps(j)));
    expect(plan.steps).toEqual([]);
    const snap = await h.drive(readLiveState(h.client, specFor("keep2"), { workspaceId: h.emulator.info.workspaceId }));
    for (const s of snap.live.services) expect(s.latestDeployment, s.name).toBeDefined();
  });

  it("registers every value the plan deems secret for redaction, not only secret: true", async () => {
    const text = `project:\n  name: redact-demo\nservices:\n  api:\n    source: { image: busybox }\n    variables:\n      STRIPE_API_KEY: sk_live_plainvalue42\n      CACHE: redis://default:cachepw-991@cache:6379\n      MODE: visible-mode\n`;
    await h.drive(applyStack(parseStackSpec(text), deps()));
    const line = redact("sk_live_plainvalue42 redis://default:cachepw-991@cache:6379 visible-mode");
    expect(line).not.toContain("sk_live_plainvalue42");
    expect(line).not.toContain("cachepw-991");
    expect(line).toContain("visible-mode");
  });

  it("never writes a secret value into the journal", async () => {
    const j = new MemoryJournal();
    await h.drive(applyStack(specFor("journal"), deps(j)));
    const snap = await h.drive(
      readLiveState(h.client, specFor("journal"), { workspaceId: h.emulator.info.workspaceId }),
    );
    const secret = snap.live.services.find((s) => s.name === "api")?.variables.JWT_SECRET as string;
    const runs = await j.runs();
    const text = JSON.stringify({ runs, steps: await Promise.all(runs.map((r) => j.steps(r.id))) });
    expect(secret.length).toBe(64);
    expect(text).not.toContain(secret);
    const { variables } = await h.drive(
      h.client.request(VariablesDocument, {
        projectId: snap.projectId as string,
        environmentId: snap.environmentId as string,
        unrendered: true,
      }),
    );
    expect(text).not.toContain((variables as Record<string, string>).SESSION_SECRET);
    void ServiceInstanceDocument;
  });
});
