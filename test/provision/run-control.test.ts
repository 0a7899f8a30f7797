/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
/**
 * Controlling an apply run (issue 8 and issue 9 item 5): dry runs that change nothing, an
 * AbortSignal that stops between steps and leaves the run resumable, one audit row per side
 * effect, the stack lock, compensation when the store fails, and abandoning a wedged run.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  abandonRun,
  ApplyAbortedError,
  type AuditRecord,
  ApplyLockedError,
  applyStack,
  type CreatedResource,
  InterruptedRunError,
  MemoryJournal,
  parseStackSpec,
  ProvisionStepError,
  readLiveState,
  SimulatedCrash,
} from "../../src/provision/index.js";
import { ProvisionProjectStateDocument } from "../../src/railway/index.js";
import { type Harness, startHarness } from "./harness.js";

const STACK = `project:
  name: ctl-demo
services:
  api:
    source: { image: "busybox:1.36" }
    variables: { MODE: a }
    domain: generated
  worker:
    source: { image: "busybox:1.36" }
    volumes: [{ mountPath: /data }]
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

describe("dry run", () => {
  it("reports the steps and changes nothing (no mutation, no journal)", async () => {
    const j = new MemoryJournal();
    const mark = h.requests.length;
    const result = await h.drive(applyStack(parseStackSpec(STACK), deps(j), { dryRun: true }));
    expect(result.dryRun).toBe(true);
    expect(result.steps.map((s) => s.id)).toContain("project.create");
    expect(result.executed).toEqual([]);
    expect(h.requests.slice(mark).filter((r) => r.mutation)).toEqual([]);
    expect(await j.runs()).toEqual([]);
    expect(await h.countResources()).toEqual({ projects: 0, services: 0, volumes: 0 });
  });

  it("on an interrupted run, reports the steps the resume would run", async () => {
    const j = new MemoryJournal();
    const crash = (n: number) => {
      if (n === 3) throw new SimulatedCrash(n);
    };
    await h.drive(applyStack(parseStackSpec(STACK), { ...deps(j), afterStepJournaled: crash })).catch(() => {});
    const result = await h.drive(applyStack(parseStackSpec(STACK), deps(j), { dryRun: true }));
    expect(result.resumed).toBe(true);
    const open = (await j.runs())[0];
    expect(result.steps.map((s) => s.id)).toEqual(open?.steps.slice(3).map((s) => s.id));
  });
});

describe("cancellation", () => {
  it("stops between steps when aborted, leaves the journal resumable, and a re-run finishes", async () => {
    const j = new MemoryJournal();
    const controller = new AbortController();
    const stopAfter = (n: number) => {
      if (n === 2) controller.abort(new Error("daemon shutting down"));
    };
    const error = await h
      .drive(
        applyStack(parseStackSpec(STACK), { ...deps(j), signal: controller.signal, afterStepJournaled: stopAfter }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyAbortedError);
    const [run] = await j.runs();
    expect(run?.status).toBe("running");
    const steps = await j.steps(run?.id as string);
    expect(steps.map((s) => s.status)).toEqual(["done", "done"]); // nothing half-started
    expect((error as ApplyAbortedError).remaining).toBe((run?.steps.length ?? 0) - 2);
    // Nothing compensated: the project is still there, and the lock was released.
    expect((await h.countResources()).projects).toBe(1);
    const resumed = await h.drive(applyStack(parseStackSpec(STACK), deps(j)));
    expect(resumed.resumed).toBe(true);
    expect(resumed.executed).toHaveLength((run?.steps.length ?? 0) - 2);
    expect((await j.runs())[0]?.status).toBe("succeeded");
  });

  it("does not start when already aborted", async () => {
    const j = new MemoryJournal();
    const error = await h
      .drive(applyStack(parseStackSpec(STACK), { ...deps(j), signal: AbortSignal.abort() }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyAbortedError);
    expect(await h.countResources()).toEqual({ projects: 0, services: 0, volumes: 0 });
  });
});

describe("audit log", () => {
  it("writes one row per executed step, and one per compensation", async () => {
    const rows: AuditRecord[] = [];
    const audit = async (r: AuditRecord) => {
      rows.push(r);
    };
    const result = await h.drive(
      applyStack(parseStackSpec(STACK.replace("MODE: a", "MODE: a, API_KEY: s3cr3t-value")), { ...deps(), audit }),
    );
    expect(rows.filter((r) => r.kind === "apply.step").map((r) => r.detail?.step)).toEqual(result.executed);
    expect(rows.every((r) => r.target === "ctl-demo/production")).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("s3cr3t-value"); // names of steps and ids, never values

    rows.length = 0;
    h.failNthMutation(4);
    const error = await h
      .drive(applyStack(parseStackSpec(STACK.replace("ctl-demo", "ctl-fail")), { ...deps(), audit }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionStepError);
    expect(rows.filter((r) => r.kind === "apply.step" && r.detail?.outcome === "failed")).toHaveLength(1);
    expect(rows.filter((r) => r.kind === "apply.compensate").length).toBeGreaterThan(0);
  });
});

describe("one apply per stack", () => {
  it("refuses a second run while the first holds the store lock, naming it", async () => {
    const j = new MemoryJournal();
    await j.acquireLock("ctl-demo", "production", {
      runId: "other-run",
      holder: "elsewhere:1",
      now: h.clock.now(),
      ttlMs: 60_000,
    });
    const error = await h.drive(applyStack(parseStackSpec(STACK), deps(j))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyLockedError);
    expect((error as Error).message).toContain("run other-run by elsewhere:1");
    expect(await h.countResources()).toEqual({ projects: 0, services: 0, volumes: 0 });
    // Once the lock lapses, the stack can be applied.
    await h.drive(h.clock.advance(61_000));
    await h.drive(applyStack(parseStackSpec(STACK), deps(j)));
  });

  it("refuses when the Railway project carries another run's marker (no shared store)", async () => {
    await h.drive(applyStack(parseStackSpec(STACK), deps()));
    const crash = (n: number) => {
      if (n === 1) throw new SimulatedCrash(n);
    };
    // A run on another machine dies holding the stack (its marker stays on the project).
    const changed = parseStackSpec(STACK.replace("MODE: a", "MODE: b"));
    await h.drive(applyStack(changed, { ...deps(), afterStepJournaled: crash })).catch(() => {});
    const error = await h.drive(applyStack(changed, deps())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplyLockedError);
    expect((error as ApplyLockedError).where).toBe("railway");
  });

  it("refuses when the project appears between its plan and its create, carrying another run's marker", async () => {
    // Another run created the project (with its marker) and is still working in it: here it died
    // right after, so its marker stays until it lapses.
    const crash = (n: number) => {
      if (n === 1) throw new SimulatedCrash(n);
    };
    await h.drive(applyStack(parseStackSpec(STACK), { ...deps(), afterStepJournaled: crash })).catch(() => {});
    expect(await h.countResources()).toEqual({ projects: 1, services: 0, volumes: 0 });
    // This run read Railway before that project existed, so it plans to create it...
    h.answerOperation("Projects", { projects: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } }, 1);
    const error = await h.drive(applyStack(parseStackSpec(STACK), deps())).catch((e: unknown) => e);
    // ...finds it at create time, and must not build its services inside another run's project.
    expect(error).toBeInstanceOf(ProvisionStepError);
    expect((error as ProvisionStepError).stepId).toBe("project.create");
    const cause = (error as Error).cause;
    expect(cause).toBeInstanceOf(ApplyLockedError);
    expect((cause as ApplyLockedError).where).toBe("railway");
    expect((error as Error).message).toMatch(/Another apply of "ctl-demo" is running \(run [0-9a-f-]{36}/);
    expect(await h.countResources()).toEqual({ projects: 1, services: 0, volumes: 0 });
  });

  it("plans again once it holds the marker: a run that finished meanwhile leaves nothing stale to redo", async () => {
    await h.drive(applyStack(parseStackSpec(STACK), deps()));
    const live = await h.drive(readLiveState(h.client, parseStackSpec(STACK)));
    const projectId = live.projectId as string;
    // What a second run read before the first one, holding the marker, added a service and let go.
    const before = await h.drive(h.client.request(ProvisionProjectStateDocument, { projectId }));
    const grown = parseStackSpec(`${STACK}  extra:\n    source: { image: "busybox:1.36" }\n`);
    await h.drive(applyStack(grown, deps()));
    h.answerOperation("ProvisionProjectState", before, 1);
    const late = await h.drive(applyStack(grown, deps()));
    expect(late.executed).toEqual([]);
    const after = await h.drive(h.client.request(ProvisionProjectStateDocument, { projectId }));
    const names = after.project.services.edges.map((e) => e.node.name).sort();
    expect(names).toEqual(["api", "extra", "worker"]);
  });
});

/** A journal whose writes fail once armed (a store that went away mid-apply). */
class FailingJournal extends MemoryJournal {
  failProgressAt: number | undefined;
  private progress = 0;
  override async stepProgress(runId: string, stepId: string, created: CreatedResource[]): Promise<void> {
    await super.stepProgress(runId, stepId, created);
    if (this.failProgressAt !== undefined && ++this.progress === this.failProgressAt)
      throw new Error("store: connection terminated");
  }
}

describe("store errors and abandoning", () => {
  it("compensates when the store fails mid-step", async () => {
    const j = new FailingJournal();
    j.failProgressAt = 6;
    const error = await h.drive(applyStack(parseStackSpec(STACK), deps(j))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisionStepError);
    expect((error as Error).message).toContain("store: connection terminated");
    expect(await h.countResources()).toEqual({ projects: 0, services: 0, volumes: 0 });
  });

  it("abandons an interrupted run: removes what it created, keeps what existed, clears the journal", async () => {
    const j = new MemoryJournal();
    await h.drive(applyStack(parseStackSpec(STACK), deps(j)));
    const before = await h.countResources();
    const grown = parseStackSpec(
      `${STACK}  extra:\n    source: { image: "busybox:1.36" }\n    volumes: [{ mountPath: /cache }]\n`,
    );
    const crash = (n: number) => {
      if (n === 3) throw new SimulatedCrash(n);
    };
    await h.drive(applyStack(grown, { ...deps(j), afterStepJournaled: crash })).catch(() => {});
    expect((await h.countResources()).services).toBe(before.services + 1);
    // The interrupted run blocks another spec...
    expect(
      await h.drive(applyStack(parseStackSpec(STACK.replace("MODE: a", "MODE: c")), deps(j))).catch((e: unknown) => e),
    ).toBeInstanceOf(InterruptedRunError);
    // ...until it is abandoned.
    const abandoned = await h.drive(abandonRun("ctl-demo", "production", deps(j)));
    expect(abandoned?.leftovers).toEqual([]);
    expect(await h.countResources()).toEqual(before);
    expect(await j.findOpenRun("ctl-demo", "production")).toBeUndefined();
    const next = await h.drive(applyStack(parseStackSpec(STACK.replace("MODE: a", "MODE: c")), deps(j)));
    expect(next.executed.length).toBeGreaterThan(0);
    const snap = await h.drive(
      readLiveState(h.client, parseStackSpec(STACK), { workspaceId: h.emulator.info.workspaceId }),
    );
    expect(snap.live.services.map((s) => s.name).sort()).toEqual(["api", "worker"]);
  });
});
