/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
/**
 * Compensation when Railway's answer is lost or a template never finishes, and what a resumed run
 * may adopt as its own: against the emulator, with faults injected at the transport.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  applyStack,
  type CreatedResource,
  MemoryJournal,
  parseStackSpec,
  planFromLive,
  ProvisionStepError,
  readLiveState,
  SimulatedCrash,
  StalePlanError,
} from "../../src/provision/index.js";
import { ServiceConnectDocument, ServiceCreateDocument, ServiceInstanceDocument } from "../../src/railway/index.js";
import { type Harness, startHarness } from "./harness.js";

const BASE = `project:
  name: comp-demo
services:
  api:
    source: { image: "busybox:1.36" }
    variables: { MODE: a }
`;
/** The base stack plus a database, a service with a volume and a domain. */
const GROWN = `project:
  name: comp-demo
databases:
  Postgres: postgres
services:
  api:
    source: { image: "busybox:1.36" }
    variables: { MODE: a }
  worker:
    source: { image: "busybox:1.36" }
    volumes: [{ mountPath: /data }]
    variables:
      DATABASE_URL: \${{Postgres.DATABASE_URL}}
    domain: { generated: true, port: 8080 }
`;

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

/** What exists, by name: services, their volumes and domains (ids left out). */
async function world(spec = parseStackSpec(GROWN)) {
  const snap = await h.drive(readLiveState(h.client, spec, { workspaceId: h.emulator.info.workspaceId }));
  const counts = await h.countResources();
  return {
    counts,
    services: snap.live.services.map((s) => ({ name: s.name, volumes: s.volumes.length, domains: s.domains.length })),
  };
}

/** A journal that records, then "kills the process" at a chosen point. */
class CrashingJournal extends MemoryJournal {
  crashOnStart: string | undefined;
  crashOnProgress: ((created: CreatedResource[]) => boolean) | undefined;
  override async stepStarted(runId: string, stepId: string, seq: number, kind: string, at: number): Promise<void> {
    await super.stepStarted(runId, stepId, seq, kind, at);
    if (stepId === this.crashOnStart) {
      this.crashOnStart = undefined;
      throw new SimulatedCrash(seq + 1);
    }
  }
  override async stepProgress(runId: string, stepId: string, created: CreatedResource[]): Promise<void> {
    await super.stepProgress(runId, stepId, created);
    if (this.crashOnProgress?.(created)) {
      this.crashOnProgress = undefined;
      throw new SimulatedCrash(0);
    }
  }
}

describe("compensation of creates whose outcome is unknown", () => {
  it("removes a template database whose workflow poll timed out (service and volume, in an existing project)", async () => {
    const j = new MemoryJournal();
    await h.drive(applyStack(parseStackSpec(BASE), deps(j)));
    const before = await world();
    const withDb = parseStackSpec(`${BASE}databases:\n  Postgres: postgres\n`);
    // The emulator's workflow takes 5 s; allow 2 s.
    const error = await h
      .drive(applyStack(withDb, { ...deps(j), quirks: { workflowTimeoutMs: 2_000, workflowIntervalMs: 1_000 } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionStepError);
    expect((error as ProvisionStepError).compensated).toBe(true);
    expect((error as ProvisionStepError).stepId).toBe("database.create:Postgres");
    expect(await world()).toEqual(before);
    const run = (await j.runs()).find((r) => r.status === "compensated");
    const step = (await j.steps(run?.id as string)).find((s) => s.stepId === "database.create:Postgres");
    expect(step?.status).toBe("compensated");
    expect(step?.created.map((r) => r.type).sort()).toEqual(["service", "volume"]);
  });

  it("removes a template database whose workflow ended in Error", async () => {
    const j = new MemoryJournal();
    await h.drive(applyStack(parseStackSpec(BASE), deps(j)));
    const before = await world();
    h.answerOperation("WorkflowStatus", { workflowStatus: { status: "Error", error: "image pull failed" } });
    const error = await h
      .drive(applyStack(parseStackSpec(`${BASE}databases:\n  Postgres: postgres\n`), deps(j)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionStepError);
    expect((error as Error).message).toContain("image pull failed");
    expect(await world()).toEqual(before);
  });

  it("finds and removes what a create made when its answer was lost, for every mutation of a growing apply", async () => {
    // Count the mutations of the grow step on a clean run first.
    await h.drive(applyStack(parseStackSpec(BASE), deps()));
    const mark = h.requests.length;
    await h.drive(applyStack(parseStackSpec(GROWN), deps()));
    const mutations = h.requests
      .slice(mark)
      .filter((r) => r.mutation)
      .map((r) => r.operation);
    expect(mutations).toEqual(
      expect.arrayContaining(["TemplateDeployV2", "ServiceCreate", "VolumeCreate", "ServiceDomainCreate"]),
    );
    await h.close();

    for (const [n, operation] of mutations.entries()) {
      // The first and last mutations write and clear the run's lock marker on the project (run-lock tests).
      if (operation === "ProjectUpdate" && (n === 0 || n === mutations.length - 1)) continue;
      for (const kind of ["network", "timeout"] as const) {
        if (kind === "timeout" && !/Create|Deploy/.test(operation)) continue; // one kind is enough for the rest
        h = await startHarness();
        const j = new MemoryJournal();
        await h.drive(applyStack(parseStackSpec(BASE), deps(j)));
        const before = await world();
        h.loseNthMutationAnswer(n + 1, kind);
        const error = await h.drive(applyStack(parseStackSpec(GROWN), deps(j))).catch((e: unknown) => e);
        const label = `${kind} after ${operation} (#${n + 1})`;
        expect(error, label).toBeInstanceOf(ProvisionStepError);
        expect((error as ProvisionStepError).compensated, label).toBe(true);
        expect(await world(), label).toEqual(before);
        await h.close();
      }
    }
    h = await startHarness();
  }, 240_000);

  it("journals a project it could not delete, with everything in it, as compensation-failed and says how to remove it", async () => {
    const j = new MemoryJournal();
    h.failNthMutation(6);
    h.failOperation("ProjectDelete");
    const error = await h.drive(applyStack(parseStackSpec(GROWN), deps(j))).catch((e: unknown) => e);
    const projectId = (
      await h.drive(readLiveState(h.client, parseStackSpec(GROWN), { workspaceId: h.emulator.info.workspaceId }))
    ).projectId as string;
    expect(projectId).toBeTruthy();
    expect(error).toMatchObject({ code: "PROVISION_FAILED" });
    expect((error as Error).message).toContain(`could not remove: project ${projectId}`);
    expect((error as Error).message).toContain("with what this apply created in it: ");
    expect((error as { hint?: string }).hint).toContain(`delete it in Railway's dashboard`);
    const run = (await j.runs()).find((r) => r.status === "compensated");
    const withCreated = (await j.steps(run?.id as string)).filter((s) => s.created.length > 0);
    expect(withCreated.length).toBeGreaterThan(1);
    expect(new Set(withCreated.map((s) => s.status))).toEqual(new Set(["compensation-failed"]));
  });
});

describe("resume adopts only what the run created", () => {
  it("never adopts a user's service named like the template, even when a later step fails", async () => {
    const j = new CrashingJournal();
    const first = await h.drive(applyStack(parseStackSpec(BASE), deps(j)));
    // The user's own database service, named like the template's default.
    const { serviceCreate: users } = await h.drive(
      h.client.request(ServiceCreateDocument, { input: { projectId: first.projectId as string, name: "postgres" } }),
    );
    const spec = parseStackSpec(`${BASE}databases:\n  db: postgres\n`);
    // The process dies right after Railway accepted the template deploy (before the rename).
    j.crashOnProgress = (created) => created.some((r) => r.pending?.workflowId);
    const crashed = await h.drive(applyStack(spec, deps(j), { confirmDestructive: true })).catch((e: unknown) => e);
    expect(crashed).toBeInstanceOf(SimulatedCrash);
    await h.drive(h.clock.advance(10_000)); // the template's service appears meanwhile

    // Resume; the step after database.create (deleting the unmanaged "postgres") fails.
    // (Mutation #1 is the run's lock marker on the existing project.)
    h.failNthMutation(3);
    const error = await h.drive(applyStack(spec, deps(j), { confirmDestructive: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionStepError);
    expect((error as ProvisionStepError).compensated).toBe(true);
    const after = await h.drive(readLiveState(h.client, spec, { workspaceId: h.emulator.info.workspaceId }));
    expect(after.live.services.map((s) => [s.name, s.id === users.id])).toEqual([
      ["api", false],
      ["postgres", true],
    ]);
  });
});

describe("resumed deploys", () => {
  it("deploys on resume when the service's latest deployment is older than the step", async () => {
    const j = new CrashingJournal();
    await h.drive(applyStack(parseStackSpec(BASE), deps(j)));
    await h.drive(h.clock.advance(10 * 60_000));
    const changed = parseStackSpec(BASE.replace("MODE: a", "MODE: b"));
    j.crashOnStart = "service.deploy:api";
    expect(await h.drive(applyStack(changed, deps(j))).catch((e: unknown) => e)).toBeInstanceOf(SimulatedCrash);
    const mark = h.requests.length;
    const resumed = await h.drive(applyStack(changed, deps(j)));
    expect(resumed.resumed).toBe(true);
    expect(h.requests.slice(mark).filter((r) => r.operation === "ServiceInstanceDeployV2")).toHaveLength(1);
  });

  it("connects again on resume when the latest deployment is from another branch", async () => {
    const j = new CrashingJournal();
    const repo = `project:\n  name: branchy\nservices:\n  api:\n    source: { repo: acme/api, branch: main }\n`;
    const first = await h.drive(applyStack(parseStackSpec(repo), deps(j)));
    await h.drive(h.clock.advance(10 * 60_000));
    const moved = parseStackSpec(repo.replace("acme/api, branch: main", "acme/api2, branch: develop"));
    j.crashOnStart = "service.connect:api";
    expect(await h.drive(applyStack(moved, deps(j))).catch((e: unknown) => e)).toBeInstanceOf(SimulatedCrash);
    // Meanwhile the right repo gets connected, but on the wrong branch (a newer deployment).
    const snap = await h.drive(readLiveState(h.client, moved, { workspaceId: h.emulator.info.workspaceId }));
    const serviceId = snap.serviceIds.get("api") as string;
    await h.drive(
      h.client.request(ServiceConnectDocument, { id: serviceId, input: { repo: "acme/api2", branch: "main" } }),
    );
    const mark = h.requests.length;
    await h.drive(applyStack(moved, deps(j)));
    expect(h.requests.slice(mark).filter((r) => r.operation === "ServiceConnect")).toHaveLength(1);
    const { serviceInstance } = await h.drive(
      h.client.request(ServiceInstanceDocument, { serviceId, environmentId: first.environmentId as string }),
    );
    expect((serviceInstance.latestDeployment?.meta as { branch?: string } | undefined)?.branch).toBe("develop");
  });
});

describe("saved plans on resume", () => {
  it("resumes with the saved plan the run started from, and refuses any other", async () => {
    const spec = parseStackSpec(BASE);
    const { plan } = await h.drive(planFromLive(spec, deps()));
    const j = new MemoryJournal();
    const crash = (n: number) => {
      if (n === 2) throw new SimulatedCrash(n);
    };
    expect(
      await h
        .drive(applyStack(spec, { ...deps(j), afterStepJournaled: crash }, { savedPlan: plan }))
        .catch((e: unknown) => e),
    ).toBeInstanceOf(SimulatedCrash);
    // A plan made now (against the half-applied state) is not the plan this run executes.
    const { plan: other } = await h.drive(planFromLive(spec, deps()));
    expect(await h.drive(applyStack(spec, deps(j), { savedPlan: other })).catch((e: unknown) => e)).toBeInstanceOf(
      StalePlanError,
    );
    const resumed = await h.drive(applyStack(spec, deps(j), { savedPlan: plan }));
    expect(resumed.resumed).toBe(true);
    expect((await j.runs()).map((r) => r.status)).toEqual(["succeeded"]);
  });
});
