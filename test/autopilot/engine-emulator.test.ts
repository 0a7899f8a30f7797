/**
 * The autopilot engine in-process against the emulator, on its virtual time: observations are fed
 * straight into the engine's sink (the observers are tested on their own), and the engine
 * decides, acts through the Railway API, verifies and records. The engine runs on a RemoteClock
 * on the emulator, so test/helpers/drive-clock moves time only while it is parked on the clock.
 */
import { beforeEach, describe, expect, it } from "vitest";
import {
  createAutopilotEngine,
  RailwayActions,
  resolveAutopilotConfig,
  type AutopilotEngine,
  type Observation,
  type Observer,
  type WatchedService,
} from "../../src/autopilot/index.js";
import type { AutopilotFileConfig } from "../../src/autopilot/index.js";
import type { Clock } from "../../src/core/index.js";
import { parseResolveList } from "../../src/deploy/index.js";
import { getAction, listAudit } from "../../src/store/index.js";
import { useDemoEmulator } from "../helpers/demo-emulator.js";

const fx = useDemoEmulator();
const { emu, control, web, rollbacksOf, drive, deployV2, advanceUntil } = fx;

beforeEach(async () => {
  await fx.store.db.deleteFrom("actions").execute();
  await fx.store.executeSql(
    "delete from autopilot_approvals; delete from autopilot_decisions; delete from autopilot_settings; delete from audit_log;",
  );
});

const WEB = (): WatchedService => ({
  projectId: emu.info.projectId as string,
  environmentId: emu.info.environmentId as string,
  environmentName: "production",
  serviceId: web(),
  serviceName: "web",
});
async function engineWith(
  policy: NonNullable<AutopilotFileConfig["policy"]> = {},
  more: {
    services?: WatchedService[];
    readReferences?: boolean;
    observers?: (railway: RailwayActions) => Observer[];
    owns?: (environmentId: string) => boolean;
  } = {},
): Promise<{ engine: AutopilotEngine; clock: Clock; railway: RailwayActions }> {
  const { client, clock } = await fx.connect();
  const railway = new RailwayActions(client);
  const resolve = parseResolveList([`*.up.railway.app:443:http://${emu.info.appAddress}`]);
  const engine = createAutopilotEngine({
    store: fx.store,
    clock,
    client,
    config: resolveAutopilotConfig({ policy }, {}),
    services: more.services ?? [WEB()],
    ...(more.readReferences ? {} : { references: [] }),
    verifyHealth: () => ({ checks: 1, intervalMs: 1_000, resolve }),
    verifyStableMs: 20_000,
    ...(more.observers ? { observers: more.observers(railway) } : {}),
    ...(more.owns ? { owns: more.owns } : {}),
    webhookHandler: async (body) =>
      typeof body === "object" && body !== null && "type" in body
        ? { accepted: true }
        : { accepted: false, reason: "not a Railway webhook" },
  });
  await engine.start();
  return { engine, clock, railway };
}

/** Deploys web with an outcome and lets it run to its terminal status; returns the observation of it. */
const other = (name: string): WatchedService => ({
  ...WEB(),
  serviceId: emu.info.services[name] as string,
  serviceName: name,
});

async function deployThat(outcome: "crashed", cause: string, railway: RailwayActions): Promise<Observation> {
  await control("/outcome", { serviceId: web(), outcome, cause });
  const id = await deployV2();
  await advanceUntil(() => emu.world.deployments.get(id)?.status === "CRASHED");
  const deployment = await railway.deployment(id);
  return {
    kind: "deployment",
    at: new Date(((await control("/clock")) as { now: number }).now).toISOString(),
    source: "sweep",
    service: WEB(),
    deployment,
  };
}

describe("autopilot engine against the emulator", () => {
  it("a crash after go-live: exactly one rollback, verified, audited; the same cause seen again does nothing", async () => {
    const { engine, railway } = await engineWith();
    const crash = await deployThat("crashed", "uncaught_exception", railway);
    engine.sink(crash);
    await drive(engine.idle());

    expect(rollbacksOf()).toBe(1);
    const actions = await engine.actions();
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      kind: "rollback",
      deploymentId: crash.kind === "deployment" ? crash.deployment.id : "",
      status: "verified",
      decision: `rollback:${crash.kind === "deployment" ? crash.deployment.id : ""}`,
    });
    const [decision] = await engine.decisions();
    expect(decision?.reasons.join(" ")).toMatch(/crashed/);
    expect(decision?.evidence).toMatchObject({ diagnosis: { category: "RUNTIME_EXCEPTION" } });
    const kinds = (await listAudit(fx.store.db, { target: web() })).map((a) => a.kind).reverse();
    expect(kinds).toEqual(["observation", "decision", "action", "result"]);

    // The sweep sees the same crashed deployment again: one cause, one action.
    engine.sink(crash);
    await drive(engine.idle());
    expect(rollbacksOf()).toBe(1);
    expect(await engine.actions()).toHaveLength(1);
    await engine.stop();
  });

  it("a restart of the engine in the middle of a rollback neither repeats it nor loses it", async () => {
    const first = await engineWith();
    const crash = await deployThat("crashed", "uncaught_exception", first.railway);
    first.engine.sink(crash);
    // Stop the first engine the moment Railway has the rollback (it is following the new deployment).
    let stopped = false;
    await drive(first.engine.idle(), {
      beforeAdvance: async () => {
        if (!stopped && rollbacksOf() === 1) {
          stopped = true;
          await first.engine.stop();
          return true;
        }
        return false;
      },
    });
    expect(stopped).toBe(true);
    const key = `rollback:${crash.kind === "deployment" ? crash.deployment.id : ""}`;
    expect((await getAction(fx.store.db, key))?.status).toBe("done");
    expect((await first.engine.actions())[0]?.status).not.toBe("verified");

    const second = await engineWith();
    await drive(second.engine.idle());
    expect(rollbacksOf()).toBe(1);
    const [action] = await second.engine.actions();
    expect(action).toMatchObject({ kind: "rollback", status: "verified", decision: key });
    expect((await listAudit(fx.store.db, { kind: "resume" })).length).toBe(1);
    await second.engine.stop();
  });

  it("a replica that takes over the environment's lease resumes the dead one's rollback: not repeated, not lost", async () => {
    const first = await engineWith();
    const crash = await deployThat("crashed", "uncaught_exception", first.railway);
    first.engine.sink(crash);
    // The first replica dies the moment Railway has the rollback (its claim stays pending or done).
    let stopped = false;
    await drive(first.engine.idle(), {
      beforeAdvance: async () => {
        if (!stopped && rollbacksOf() === 1) {
          stopped = true;
          await first.engine.stop();
          return true;
        }
        return false;
      },
    });
    expect(stopped).toBe(true);
    // The second replica started while the first held the lease: it resumed nothing then.
    let leased = false;
    const second = await engineWith({}, { owns: () => leased });
    await drive(second.engine.idle());
    expect(await listAudit(fx.store.db, { kind: "resume" })).toHaveLength(0);
    expect((await second.engine.actions())[0]?.status).not.toBe("verified");
    // The lease lapses and comes to it.
    leased = true;
    await second.engine.resume([emu.info.environmentId as string]);
    await drive(second.engine.idle());
    expect(rollbacksOf()).toBe(1);
    const key = `rollback:${crash.kind === "deployment" ? crash.deployment.id : ""}`;
    expect((await second.engine.actions())[0]).toMatchObject({ kind: "rollback", status: "verified", decision: key });
    expect(await listAudit(fx.store.db, { kind: "resume" })).toHaveLength(1);
    // Resuming again (another lease change) does nothing more.
    await second.engine.resume([emu.info.environmentId as string]);
    await drive(second.engine.idle());
    expect(rollbacksOf()).toBe(1);
    await second.engine.stop();
  });

  it("dry-run decides and records, but does not act", async () => {
    const { engine, railway } = await engineWith({ dryRun: true });
    const crash = await deployThat("crashed", "uncaught_exception", railway);
    const made = await drive(engine.observe(crash));
    await drive(engine.idle());
    expect(made.map((d) => [d.kind, d.status, d.guard])).toEqual([["rollback", "dry_run", "dry_run"]]);
    expect(rollbacksOf()).toBe(0);
    expect(await engine.actions()).toEqual([]);
    await engine.stop();
  });

  it("approval mode: the rollback waits in the queue, then runs once approved", async () => {
    const { engine, railway } = await engineWith({ approvalMode: true });
    const crash = await deployThat("crashed", "uncaught_exception", railway);
    engine.sink(crash);
    await drive(engine.idle());
    const waiting = await engine.approvals();
    expect(waiting.map((d) => [d.kind, d.status])).toEqual([["rollback", "pending_approval"]]);
    expect(rollbacksOf()).toBe(0);
    expect((await engine.status()).counts.pendingApprovals).toBe(1);

    const approved = await engine.approve(waiting[0]?.id as string, "alice");
    expect(approved.status).toBe("approved");
    await drive(engine.idle());
    expect(rollbacksOf()).toBe(1);
    expect((await engine.actions())[0]).toMatchObject({ kind: "rollback", status: "verified" });
    await expect(engine.approve(waiting[0]?.id as string, "bob")).rejects.toMatchObject({
      code: "DECISION_NOT_PENDING",
    });
    await engine.stop();
  });

  it("approval mode: a rejected decision never acts", async () => {
    const { engine, railway } = await engineWith({ approvalMode: true });
    engine.sink(await deployThat("crashed", "uncaught_exception", railway));
    await drive(engine.idle());
    const [waiting] = await engine.approvals();
    expect((await engine.reject(waiting?.id as string, "alice", "known issue")).status).toBe("rejected");
    await drive(engine.idle());
    expect(rollbacksOf()).toBe(0);
    expect(await engine.approvals()).toEqual([]);
    await engine.stop();
  });

  it("the kill switch stops actions and is persisted across restarts", async () => {
    const { engine, railway } = await engineWith();
    await engine.setKillSwitch(true, "alice");
    const crash = await deployThat("crashed", "uncaught_exception", railway);
    const made = await drive(engine.observe(crash));
    await drive(engine.idle());
    expect(made.map((d) => [d.kind, d.status, d.guard])).toEqual([["rollback", "suppressed", "kill_switch"]]);
    expect(rollbacksOf()).toBe(0);
    await engine.stop();

    const again = await engineWith();
    expect((await again.engine.status()).killSwitch).toBe(true);
    // Off again: the same crash, seen by the next sweep, is acted on now.
    await again.engine.setKillSwitch(false, "alice");
    again.engine.sink(crash);
    await drive(again.engine.idle());
    expect(rollbacksOf()).toBe(1);
    await again.engine.stop();
  });

  it("a transient crash is restarted once (deploymentRestart) and verified live", async () => {
    const { engine, railway } = await engineWith();
    await control("/outcome", { serviceId: web(), outcome: "crashed" });
    const id = await deployV2();
    await advanceUntil(() => emu.world.deployments.get(id)?.status === "SUCCESS");
    const live = await railway.deployment(id);
    engine.sink({ kind: "deployment", at: live.createdAt, source: "sweep", service: WEB(), deployment: live });
    await advanceUntil(() => emu.world.deployments.get(id)?.status === "CRASHED");
    // Logs without an error pattern: the engine reads them itself and finds nothing known.
    const crashed = await railway.deployment(id);
    engine.sink({
      kind: "logs",
      at: crashed.createdAt,
      source: "logs",
      service: WEB(),
      deploymentId: id,
      phase: "runtime",
      lines: ["Starting Container", "Stopping Container"],
    });
    engine.sink({ kind: "deployment", at: crashed.createdAt, source: "sweep", service: WEB(), deployment: crashed });
    await drive(engine.idle());
    const [action] = await engine.actions();
    expect(action).toMatchObject({ kind: "restart", status: "verified", decision: `restart:${id}` });
    expect(emu.world.deployments.get(id)?.status).toBe("SUCCESS");
    expect(rollbacksOf()).toBe(0);
    await engine.stop();
  });

  it("out of memory: raises the memory limit one step (serviceInstanceLimitsUpdate), redeploys and verifies", async () => {
    const { engine, railway } = await engineWith({ memoryCeilingGb: 4, memoryStepGb: 1 });
    engine.sink({
      kind: "memory",
      at: new Date().toISOString(),
      source: "metrics",
      service: WEB(),
      usedGb: 1.9,
      limitGb: 2,
    });
    const crash = await deployThat("crashed", "out_of_memory", railway);
    engine.sink(crash);
    await drive(engine.idle());
    const [action] = await engine.actions();
    expect(action).toMatchObject({
      kind: "scale_memory",
      status: "verified",
      decision: `scale:${web()}:${crash.kind === "deployment" ? crash.deployment.id : ""}`,
    });
    expect(emu.world.getInstance(web(), emu.info.environmentId as string).memoryGB).toBe(3);
    expect(rollbacksOf()).toBe(0);
    await engine.stop();
  });

  it("cannot reach its database: checks the dependencies first (from the services' variable references), they are healthy, so it rolls back", async () => {
    const { engine, railway } = await engineWith(
      {},
      { services: [WEB(), other("Postgres"), other("Redis")], readReferences: true },
    );
    const crash = await deployThat("crashed", "db_unreachable", railway);
    engine.sink(crash);
    await drive(engine.idle());
    // Both at the same virtual instant: compare as a set.
    const made = (await engine.decisions())
      .map((d) => [d.kind, d.status])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(made).toEqual([
      ["check_dependency", "verified"],
      ["rollback", "verified"],
    ]);
    expect(rollbacksOf()).toBe(1);
    const rollback = (await engine.decisions()).find((d) => d.kind === "rollback");
    expect(rollback?.reasons.join(" ")).toMatch(/DATABASE_URL/);
    await engine.stop();
  });

  it("scanNow runs every observer's scanOnce and acts on what they saw; webhooks go to the observe side's receiver", async () => {
    const { engine, railway } = await engineWith(
      {},
      {
        observers: (rw) => [
          {
            name: "test-sweep",
            start: async () => {},
            stop: async () => {},
            scanOnce: async () => {
              const [newest] = await rw.deployments(web(), emu.info.environmentId as string, 5);
              return newest
                ? [
                    {
                      kind: "deployment",
                      at: newest.createdAt,
                      source: "sweep",
                      service: WEB(),
                      deployment: newest,
                    } satisfies Observation,
                  ]
                : [];
            },
          },
        ],
      },
    );
    const healthy = await drive(engine.scanNow());
    expect(healthy).toMatchObject({ observations: 1, decisions: [] });
    await deployThat("crashed", "uncaught_exception", railway);
    const scan = await drive(engine.scanNow());
    expect(scan.decisions.map((d) => [d.kind, d.status])).toEqual([["rollback", "decided"]]);
    await drive(engine.idle());
    expect(rollbacksOf()).toBe(1);
    expect((await engine.status()).lastScanAt).toBe(scan.at);
    expect(await engine.receiveWebhook({ type: "DEPLOY" })).toEqual({ accepted: true });
    expect(await engine.receiveWebhook("junk")).toMatchObject({ accepted: false });
    await engine.stop();
  });
});
