import { describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu, ctl } = useEmulator();

const DEPLOYMENT_FIELDS = `id status statusUpdatedAt createdAt updatedAt projectId environmentId serviceId snapshotId url staticUrl canRedeploy canRollback deploymentStopped meta instances { id status } creator { id email name } suggestAddServiceDomain sockets { port } environment { id name } service { id name }`;

describe("the rest of the API surface", () => {
  it("serves every Deployment field without a null in a non-null position", async () => {
    const r = data(
      await gql<{ deployments: { edges: { node: { service: { name: string } } }[] } }>(
        emu.info,
        `query { deployments(first: 10, input: {}) { edges { node { ${DEPLOYMENT_FIELDS} } } } }`,
      ),
    );
    expect(r.deployments.edges.length).toBeGreaterThan(4);
  });

  it("serves the full ServiceInstance, Project, Environment and Service shapes", async () => {
    const r = await gql(
      emu.info,
      `query($p: String!, $s: String!, $e: String!) {
      project(id: $p) { id name description createdAt updatedAt deletedAt expiredAt isPublic isTempProject prDeploys botPrEnvironments focusedPrEnvironments baseEnvironmentId primaryEnvironmentId workspaceId workspace { id name } baseEnvironment { id name }
        environments { edges { cursor node { id name isEphemeral serviceInstances { edges { node { serviceName } } } deployments(first: 2) { edges { node { id } } } volumeInstances { edges { node { mountPath state sizeMB currentSizeMB volume { name } service { name } } } } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
        services { edges { node { id name icon templateId project { id } serviceInstances { edges { node { environmentId } } } deployments(first: 1) { edges { node { id } } } } } }
        volumes { edges { node { id name projectId createdAt volumeInstances { edges { node { mountPath } } } } } } }
      serviceInstance(serviceId: $s, environmentId: $e) { id serviceId serviceName environmentId createdAt updatedAt source { repo image } rootDirectory buildCommand builder startCommand preDeployCommand cronSchedule dockerfilePath railwayConfigFile watchPatterns healthcheckPath healthcheckTimeout numReplicas region restartPolicyType restartPolicyMaxRetries sleepApplication drainingSeconds overlapSeconds isUpdatable upstreamUrl nextCronRunAt activeDeployments { id } latestDeployment { id } domains { serviceDomains { id domain suffix targetPort syncStatus } customDomains { id } } service { name } }
      me { id name email username apiTokenRateLimit { remainingPoints resetsAt } workspaces { id name projects { edges { node { id } } } } }
    }`,
      { p: emu.info.projectId, s: emu.info.services.web, e: emu.info.environmentId },
    );
    expect(r.body.errors).toBeUndefined();
  });

  it("updates instances, limits, projects and services, and connects a new source", async () => {
    const s = emu.info.services.worker as string;
    const e = emu.info.environmentId as string;
    data(
      await gql(
        emu.info,
        `mutation($s: String!, $e: String!) { serviceInstanceUpdate(serviceId: $s, environmentId: $e, input: { startCommand: "node w.js", healthcheckPath: "/ready", numReplicas: 3, restartPolicyType: ALWAYS, source: { image: "ghcr.io/acme/worker:2" } }) }`,
        { s, e },
      ),
    );
    data(
      await gql(
        emu.info,
        `mutation($i: ServiceInstanceLimitsUpdateInput!) { serviceInstanceLimitsUpdate(input: $i) }`,
        { i: { serviceId: s, environmentId: e, vCPUs: 2, memoryGB: 4 } },
      ),
    );
    const inst = data(
      await gql<{ serviceInstance: Record<string, unknown> }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { startCommand healthcheckPath numReplicas restartPolicyType source { image } } }`,
        { s, e },
      ),
    ).serviceInstance;
    expect(inst).toEqual({
      startCommand: "node w.js",
      healthcheckPath: "/ready",
      numReplicas: 3,
      restartPolicyType: "ALWAYS",
      source: { image: "ghcr.io/acme/worker:2" },
    });
    const p = data(
      await gql<{ projectUpdate: { name: string } }>(
        emu.info,
        `mutation($id: String!) { projectUpdate(id: $id, input: { name: "renamed" }) { name } }`,
        { id: emu.info.projectId },
      ),
    );
    expect(p.projectUpdate.name).toBe("renamed");
    const c = data(
      await gql<{ serviceConnect: { id: string } }>(
        emu.info,
        `mutation($id: String!) { serviceConnect(id: $id, input: { repo: "acme/worker-v2", branch: "next" }) { id } }`,
        { id: s },
      ),
    );
    expect(c.serviceConnect.id).toBe(s);
    const latest = data(
      await gql<{ serviceInstance: { latestDeployment: { status: string; meta: { repo: string; branch: string } } } }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { latestDeployment { status meta } } }`,
        { s, e },
      ),
    ).serviceInstance.latestDeployment;
    expect(latest).toMatchObject({ status: "QUEUED", meta: { repo: "acme/worker-v2", branch: "next" } });
  });

  it("serviceInstanceRedeploy re-runs the live image, not a newly set source", async () => {
    const s = emu.info.services.Redis as string;
    const e = emu.info.environmentId as string;
    data(
      await gql(
        emu.info,
        `mutation($s: String!, $e: String!) { serviceInstanceUpdate(serviceId: $s, environmentId: $e, input: { source: { image: "bitnami/redis:8.0" } }) }`,
        { s, e },
      ),
    );
    data(
      await gql(
        emu.info,
        `mutation($s: String!, $e: String!) { serviceInstanceRedeploy(serviceId: $s, environmentId: $e) }`,
        { s, e },
      ),
    );
    const q = `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { latestDeployment { meta } } }`;
    expect(
      data(await gql<{ serviceInstance: { latestDeployment: { meta: { image: string } } } }>(emu.info, q, { s, e }))
        .serviceInstance.latestDeployment.meta.image,
    ).toBe("bitnami/redis:7.2.5");
    data(
      await gql(
        emu.info,
        `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`,
        { s, e },
      ),
    );
    expect(
      data(await gql<{ serviceInstance: { latestDeployment: { meta: { image: string } } } }>(emu.info, q, { s, e }))
        .serviceInstance.latestDeployment.meta.image,
    ).toBe("bitnami/redis:8.0");
  });

  it("cancels an in-progress deployment, stops and removes a live one", async () => {
    const s = emu.info.services.web as string;
    const e = emu.info.environmentId as string;
    const id = data(
      await gql<{ serviceInstanceDeployV2: string }>(
        emu.info,
        `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`,
        { s, e },
      ),
    ).serviceInstanceDeployV2;
    data(await gql(emu.info, `mutation($id: String!) { deploymentCancel(id: $id) }`, { id }));
    const st = async (d: string) =>
      data(
        await gql<{ deployment: { status: string; deploymentStopped: boolean } }>(
          emu.info,
          `query($id: String!) { deployment(id: $id) { status deploymentStopped } }`,
          { id: d },
        ),
      ).deployment;
    expect((await st(id)).status).toBe("REMOVED");
    expect(
      (await gql(emu.info, `mutation($id: String!) { deploymentCancel(id: $id) }`, { id })).body.errors?.[0]?.message,
    ).toMatch(/not in progress/);
    const live = data(
      await gql<{ serviceInstance: { activeDeployments: { id: string }[] } }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { activeDeployments { id } } }`,
        { s, e },
      ),
    ).serviceInstance.activeDeployments[0]?.id as string;
    data(await gql(emu.info, `mutation($id: String!) { deploymentStop(id: $id) }`, { id: live }));
    expect((await st(live)).deploymentStopped).toBe(true);
    data(await gql(emu.info, `mutation($id: String!) { deploymentRemove(id: $id) }`, { id: live }));
    expect((await st(live)).status).toBe("REMOVED");
  });

  it("deletes services and environments; deleted things are not found", async () => {
    const env = data(
      await gql<{ environmentCreate: { id: string } }>(
        emu.info,
        `mutation($p: String!) { environmentCreate(input: { projectId: $p, name: "pr-1", ephemeral: true }) { id } }`,
        { p: emu.info.projectId },
      ),
    ).environmentCreate.id;
    data(await gql(emu.info, `mutation($id: String!) { environmentDelete(id: $id) }`, { id: env }));
    expect(
      (await gql(emu.info, `query($id: String!) { environment(id: $id) { id } }`, { id: env })).body.errors?.[0]
        ?.message,
    ).toBe("Environment not found");
    const svc = data(
      await gql<{ serviceCreate: { id: string } }>(
        emu.info,
        `mutation($p: String!) { serviceCreate(input: { projectId: $p, name: "tmp" }) { id } }`,
        { p: emu.info.projectId },
      ),
    ).serviceCreate.id;
    data(await gql(emu.info, `mutation($id: String!) { serviceDelete(id: $id) }`, { id: svc }));
    expect(
      (await gql(emu.info, `query($id: String!) { service(id: $id) { id } }`, { id: svc })).body.errors?.[0]?.message,
    ).toBe("Service not found");
    expect(
      (await ctl.world<{ services: { id: string; deletedAt: number | null }[] }>()).services.find((x) => x.id === svc)
        ?.deletedAt,
    ).not.toBeNull();
  });

  it("answers validation errors with HTTP 400 and GraphQL errors", async () => {
    const r = await gql(emu.info, `query($id: String!) { deploymentRollback(id: $id) { id } }`, { id: "x" });
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.message).toMatch(/Cannot query field "deploymentRollback" on type "Query"/);
  });
});
