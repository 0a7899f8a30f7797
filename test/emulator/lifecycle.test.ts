import { describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const DEPLOY = `mutation Deploy($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`;
const STATUS = `query Status($id: String!) { deployment(id: $id) { id status canRollback meta instances { status } } }`;
const BUILD_LOGS = `query B($id: String!, $limit: Int) { buildLogs(deploymentId: $id, limit: $limit) { message severity timestamp } }`;
const RUNTIME_LOGS = `query R($id: String!, $limit: Int) { deploymentLogs(deploymentId: $id, limit: $limit) { message severity } }`;

const { emu, ctl } = useEmulator({ per: "test" });

async function deploy(service = "web"): Promise<string> {
  const d = data(
    await gql<{ serviceInstanceDeployV2: string }>(emu.info, DEPLOY, {
      s: emu.info.services[service],
      e: emu.info.environmentId,
    }),
  );
  return d.serviceInstanceDeployV2;
}

async function status(id: string): Promise<string> {
  return data(await gql<{ deployment: { status: string } }>(emu.info, STATUS, { id })).deployment.status;
}

describe("deployment lifecycle on the manual clock", () => {
  it("walks QUEUED → INITIALIZING → BUILDING → DEPLOYING → SUCCESS with the default durations", async () => {
    const id = await deploy();
    expect(await status(id)).toBe("QUEUED");
    await ctl.advance(1_000);
    expect(await status(id)).toBe("INITIALIZING");
    await ctl.advance(3_000);
    expect(await status(id)).toBe("BUILDING");
    await ctl.advance(30_000);
    expect(await status(id)).toBe("DEPLOYING");
    await ctl.advance(10_000);
    expect(await status(id)).toBe("SUCCESS");
  });

  it("does not move while the manual clock stands still", async () => {
    const id = await deploy();
    await new Promise((r) => setImmediate(r));
    expect(await status(id)).toBe("QUEUED");
    expect((await ctl.clock()).nextEventAt).toBe((await ctl.clock()).now + 1_000);
  });

  it("replaces the previously active deployment, which becomes REMOVED and can be rolled back to", async () => {
    const before = data(
      await gql<{ deployments: { edges: { node: { id: string; status: string } }[] } }>(
        emu.info,
        `query($s: String!) { deployments(first: 1, input: { serviceId: $s, status: { in: [SUCCESS] } }) { edges { node { id status } } } }`,
        { s: emu.info.services.web },
      ),
    ).deployments.edges[0]?.node;
    expect(before?.status).toBe("SUCCESS");
    const id = await deploy();
    await ctl.advance(60_000);
    expect(await status(id)).toBe("SUCCESS");
    const old = data(
      await gql<{ deployment: { status: string; canRollback: boolean } }>(emu.info, STATUS, { id: before?.id }),
    ).deployment;
    expect(old).toMatchObject({ status: "REMOVED", canRollback: true });
  });

  it("supersedes a pending deployment when a newer one of the same service starts", async () => {
    const first = await deploy();
    await ctl.advance(5_000);
    expect(await status(first)).toBe("BUILDING");
    const second = await deploy();
    expect(await status(first)).toBe("REMOVED");
    await ctl.advance(60_000);
    expect(await status(second)).toBe("SUCCESS");
  });

  it("fails the build with npm's error output for a dependency_install failure", async () => {
    await ctl.outcome(emu.info.services.web as string, "build_failed", { cause: "dependency_install" });
    const id = await deploy();
    await ctl.advance(60_000);
    expect(await status(id)).toBe("FAILED");
    const logs = data(
      await gql<{ buildLogs: { message: string }[] }>(emu.info, BUILD_LOGS, { id, limit: 500 }),
    ).buildLogs.map((l) => l.message);
    expect(logs.some((m) => m.includes("ERESOLVE unable to resolve dependency tree"))).toBe(true);
    expect(logs.some((m) => m.includes("npm warn deprecated"))).toBe(true);
  });

  it("fails the build with TypeScript errors for compile_error (the default build failure)", async () => {
    await ctl.outcome(emu.info.services.web as string, "build_failed");
    const id = await deploy();
    await ctl.advance(60_000);
    expect(await status(id)).toBe("FAILED");
    const logs = data(
      await gql<{ buildLogs: { message: string }[] }>(emu.info, BUILD_LOGS, { id, limit: 500 }),
    ).buildLogs.map((l) => l.message);
    expect(logs.some((m) => /error TS\d+/.test(m))).toBe(true);
  });

  it.each([
    ["missing_env", "Missing required environment variable"],
    ["port_binding", "EADDRINUSE"],
    ["out_of_memory", "JavaScript heap out of memory"],
    ["db_unreachable", "ECONNREFUSED"],
    ["migration_error", "P3018"],
    ["uncaught_exception", "TypeError: Cannot read properties of undefined"],
    ["missing_module", "Cannot find module"],
  ] as const)("crashes after going live with believable runtime logs for %s", async (cause, needle) => {
    await ctl.outcome(emu.info.services.web as string, "crashed", { cause, afterMs: 5_000 });
    const id = await deploy();
    await ctl.advance(44_000);
    expect(await status(id)).toBe("SUCCESS");
    await ctl.advance(5_000);
    expect(await status(id)).toBe("CRASHED");
    const logs = data(
      await gql<{ deploymentLogs: { message: string; severity: string }[] }>(emu.info, RUNTIME_LOGS, {
        id,
        limit: 500,
      }),
    ).deploymentLogs;
    expect(logs.some((l) => l.message.includes(needle) && l.severity === "error")).toBe(true);
  });

  it("fails a deployment whose healthcheck never passes (healthcheck_timeout)", async () => {
    await ctl.outcome(emu.info.services.web as string, "crashed", { cause: "healthcheck_timeout" });
    const id = await deploy();
    await ctl.advance(34_000);
    expect(await status(id)).toBe("DEPLOYING");
    await ctl.advance(60_000);
    expect(await status(id)).toBe("FAILED");
    const logs = data(
      await gql<{ buildLogs: { message: string }[] }>(emu.info, BUILD_LOGS, { id, limit: 500 }),
    ).buildLogs.map((l) => l.message);
    expect(logs).toContain("Healthcheck failed!");
  });

  it("skips a build when scripted to (no changed files)", async () => {
    await ctl.outcome(emu.info.services.web as string, "skipped");
    const id = await deploy();
    await ctl.advance(1_000);
    expect(await status(id)).toBe("SKIPPED");
  });

  it("keeps a slow build in BUILDING far beyond the normal build time", async () => {
    await ctl.outcome(emu.info.services.web as string, "slow");
    const id = await deploy();
    await ctl.advance(30 * 60_000);
    expect(await status(id)).toBe("BUILDING");
  });

  it("reaches SUCCESS for an unhealthy outcome (the app answers 503 later)", async () => {
    await ctl.outcome(emu.info.services.web as string, "unhealthy");
    const id = await deploy();
    await ctl.advance(60_000);
    expect(await status(id)).toBe("SUCCESS");
  });

  it("returns limit+1 log rows like real Railway", async () => {
    const id = await deploy();
    await ctl.advance(60_000);
    const rows = data(await gql<{ buildLogs: unknown[] }>(emu.info, BUILD_LOGS, { id, limit: 5 })).buildLogs;
    expect(rows).toHaveLength(6);
  });

  it("records the commit of the branch head in the deployment meta", async () => {
    const head = await ctl.commit("acme/web", { message: "Ship it" });
    const id = await deploy();
    const meta = data(await gql<{ deployment: { meta: Record<string, unknown> } }>(emu.info, STATUS, { id })).deployment
      .meta;
    expect(meta).toMatchObject({ repo: "acme/web", branch: "main", commitHash: head.sha, commitMessage: "Ship it" });
  });
});

describe("rollback, restart and redeploy", () => {
  it("deploymentRollback returns true and creates a NEW deployment from the old one's commit", async () => {
    const list = data(
      await gql<{ deployments: { edges: { node: { id: string; status: string; meta: { commitHash: string } } }[] } }>(
        emu.info,
        `query($s: String!) { deployments(input: { serviceId: $s }) { edges { node { id status meta } } } }`,
        { s: emu.info.services.web },
      ),
    ).deployments.edges.map((e) => e.node);
    const target = list.find((d) => d.status === "REMOVED");
    expect(target).toBeDefined();
    const r = data(
      await gql<{ deploymentRollback: boolean }>(emu.info, `mutation($id: String!) { deploymentRollback(id: $id) }`, {
        id: target?.id,
      }),
    );
    expect(r.deploymentRollback).toBe(true);
    const latest = data(
      await gql<{
        deployments: {
          edges: { node: { id: string; status: string; meta: { commitHash: string; reason: string } } }[];
        };
      }>(
        emu.info,
        `query($s: String!) { deployments(first: 1, input: { serviceId: $s }) { edges { node { id status meta } } } }`,
        { s: emu.info.services.web },
      ),
    ).deployments.edges[0]?.node;
    expect(latest?.id).not.toBe(target?.id);
    expect(latest?.meta.commitHash).toBe(target?.meta.commitHash);
    expect(latest?.meta.reason).toBe("rollback");
    await ctl.advance(30_000);
    expect(await status(latest?.id as string)).toBe("SUCCESS");
  });

  it("refuses to roll back to a deployment that never ran", async () => {
    await ctl.outcome(emu.info.services.web as string, "build_failed");
    const id = await deploy();
    await ctl.advance(60_000);
    const r = await gql(emu.info, `mutation($id: String!) { deploymentRollback(id: $id) }`, { id });
    expect(r.body.errors?.[0]?.message).toMatch(/cannot be rolled back/);
  });

  it("deploymentRestart keeps the id and brings a transiently crashed deployment back to SUCCESS", async () => {
    await ctl.outcome(emu.info.services.web as string, "crashed", { cause: "out_of_memory", afterMs: 1_000 });
    const id = await deploy();
    await ctl.advance(60_000);
    expect(await status(id)).toBe("CRASHED");
    data(await gql(emu.info, `mutation($id: String!) { deploymentRestart(id: $id) }`, { id }));
    expect(await status(id)).toBe("DEPLOYING");
    await ctl.advance(10_000);
    expect(await status(id)).toBe("SUCCESS");
  });

  it("deploymentRedeploy returns the new Deployment with the same source", async () => {
    const latest = data(
      await gql<{ serviceInstance: { latestDeployment: { id: string; meta: { commitHash: string } } } }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { latestDeployment { id meta } } }`,
        { s: emu.info.services.web, e: emu.info.environmentId },
      ),
    ).serviceInstance.latestDeployment;
    const r = data(
      await gql<{ deploymentRedeploy: { id: string; status: string; meta: { commitHash: string } } }>(
        emu.info,
        `mutation($id: String!) { deploymentRedeploy(id: $id) { id status meta } }`,
        { id: latest.id },
      ),
    ).deploymentRedeploy;
    expect(r.id).not.toBe(latest.id);
    expect(r.status).toBe("QUEUED");
    expect(r.meta.commitHash).toBe(latest.meta.commitHash);
  });
});

describe("approvals and scripted meta", () => {
  const APPROVE = `mutation Approve($id: String!) { deploymentApprove(id: $id) }`;

  it("holds a needs_approval deployment in NEEDS_APPROVAL until deploymentApprove, then builds it to SUCCESS", async () => {
    await ctl.outcome(emu.info.services.web as string, "needs_approval");
    const id = await deploy();
    expect(await status(id)).toBe("NEEDS_APPROVAL");
    await ctl.advance(2 * 3_600_000);
    expect(await status(id)).toBe("NEEDS_APPROVAL");
    expect(data(await gql<{ buildLogs: unknown[] }>(emu.info, BUILD_LOGS, { id })).buildLogs).toEqual([]);
    expect(data(await gql<{ deploymentApprove: boolean }>(emu.info, APPROVE, { id })).deploymentApprove).toBe(true);
    expect(await status(id)).toBe("QUEUED");
    await ctl.advance(1_000 + 3_000 + 30_000 + 10_000);
    expect(await status(id)).toBe("SUCCESS");
  });

  it("refuses to approve a deployment that is not waiting for approval", async () => {
    const id = await deploy();
    const r = await gql(emu.info, APPROVE, { id });
    expect(r.body.errors?.[0]?.message).toBe("Deployment does not need approval");
    expect(await status(id)).toBe("QUEUED");
  });

  it("lets a newer deployment supersede one waiting for approval", async () => {
    await ctl.outcome(emu.info.services.web as string, "needs_approval");
    const waiting = await deploy();
    const newer = await deploy();
    expect(await status(waiting)).toBe("REMOVED");
    await ctl.advance(60_000);
    expect(await status(newer)).toBe("SUCCESS");
  });

  it("reports the scripted metaCommit in the deployment meta instead of the commit asked for", async () => {
    const head = await ctl.commit("acme/web", { message: "Ship it" });
    const other = "0123456789abcdef0123456789abcdef01234567";
    await ctl.outcome(emu.info.services.web as string, "success", { metaCommit: other });
    const id = await deploy();
    await ctl.advance(60_000);
    const dep = data(
      await gql<{ deployment: { status: string; meta: Record<string, unknown> } }>(emu.info, STATUS, { id }),
    ).deployment;
    expect(dep.status).toBe("SUCCESS");
    expect(dep.meta.commitHash).toBe(other);
    expect(dep.meta.commitHash).not.toBe(head.sha);
    // Only the scripted deployment lies: the next one reports the head again.
    const next = await deploy();
    expect(
      data(await gql<{ deployment: { meta: Record<string, unknown> } }>(emu.info, STATUS, { id: next })).deployment.meta
        .commitHash,
    ).toBe(head.sha);
  });

  it("rejects outcome options that do not fit (needs_approval with a cause, a metaCommit that is not a sha)", async () => {
    const web = emu.info.services.web as string;
    await expect(ctl.outcome(web, "needs_approval", { cause: "compile_error" })).rejects.toMatchObject({ status: 400 });
    await expect(ctl.outcome(web, "success", { metaCommit: "main" })).rejects.toMatchObject({ status: 400 });
    expect(
      (await ctl.world<{ services: { id: string; outcomesQueued: unknown[] }[] }>()).services.find((s) => s.id === web)
        ?.outcomesQueued,
    ).toEqual([]);
  });

  it("serves Deployment.diagnosis as null", async () => {
    const id = await deploy();
    const r = data(
      await gql<{ deployment: { diagnosis: unknown } }>(
        emu.info,
        `query($id: String!) { deployment(id: $id) { diagnosis } }`,
        { id },
      ),
    );
    expect(r.deployment.diagnosis).toBeNull();
  });
});
