import { describe, expect, it } from "vitest";
import { EmulatorControl, RemoteClock, startEmulator } from "../../src/emulator/index.js";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });

describe("databases from templates", () => {
  it("templateDeployV2 creates a Postgres service with DATABASE_URL and PG* variables; workflowStatus goes Running → Complete", async () => {
    const tpl = data(
      await gql<{ template: { id: string; serializedConfig: unknown } }>(
        emu.info,
        `query { template(code: "postgres") { id serializedConfig } }`,
        {},
        "none",
      ),
    ).template;
    const r = data(
      await gql<{ templateDeployV2: { projectId: string; workflowId: string } }>(
        emu.info,
        `mutation($i: TemplateDeployV2Input!) { templateDeployV2(input: $i) { projectId workflowId } }`,
        {
          i: {
            templateId: tpl.id,
            serializedConfig: tpl.serializedConfig,
            projectId: emu.info.projectId,
            environmentId: emu.info.environmentId,
          },
        },
      ),
    ).templateDeployV2;
    expect(r.projectId).toBe(emu.info.projectId);
    const wf = `query($id: String!) { workflowStatus(workflowId: $id) { status error } }`;
    expect(
      data(await gql<{ workflowStatus: { status: string } }>(emu.info, wf, { id: r.workflowId })).workflowStatus.status,
    ).toBe("Running");
    await ctl.advance(5_000);
    expect(
      data(await gql<{ workflowStatus: { status: string } }>(emu.info, wf, { id: r.workflowId })).workflowStatus.status,
    ).toBe("Complete");
    const services = data(
      await gql<{ project: { services: { edges: { node: { id: string; name: string } }[] } } }>(
        emu.info,
        `query($id: String!) { project(id: $id) { services { edges { node { id name } } } } }`,
        { id: emu.info.projectId },
      ),
    ).project.services.edges.map((e) => e.node);
    const pg2 = services.find((s) => s.name === "Postgres-2");
    expect(pg2).toBeDefined();
    const vars = data(
      await gql<{ variables: Record<string, string> }>(
        emu.info,
        `query($p: String!, $e: String!, $s: String) { variables(projectId: $p, environmentId: $e, serviceId: $s) }`,
        { p: emu.info.projectId, e: emu.info.environmentId, s: pg2?.id },
      ),
    ).variables;
    expect(vars.DATABASE_URL).toMatch(/^postgresql:\/\/postgres:.+@postgres-2\.railway\.internal:5432\/railway$/);
    expect(vars).toMatchObject({
      PGPORT: "5432",
      PGUSER: "postgres",
      PGDATABASE: "railway",
      PGHOST: "postgres-2.railway.internal",
    });
  });

  it("templateDeployV2 still creates the database (service, volume, deployment) while a propagation delay hides new services from reads", async () => {
    await ctl.faults({ propagationDelayMs: 8_000 });
    const reply = await gql<{ templateDeployV2: { workflowId: string } }>(
      emu.info,
      `mutation($i: TemplateDeployV2Input!) { templateDeployV2(input: $i) { projectId workflowId } }`,
      {
        i: {
          templateId: "postgres",
          serializedConfig: {},
          projectId: emu.info.projectId,
          environmentId: emu.info.environmentId,
        },
      },
    );
    expect(reply.body.errors).toBeUndefined();
    const world = await ctl.world<{
      services: { id: string; name: string }[];
      volumes: { instances: { serviceId: string }[] }[];
      deployments: { serviceId: string; status: string }[];
    }>();
    const pg2 = world.services.find((s) => s.name === "Postgres-2");
    expect(pg2).toBeDefined();
    expect(world.volumes.some((v) => v.instances.some((vi) => vi.serviceId === pg2?.id))).toBe(true);
    expect(world.deployments.filter((d) => d.serviceId === pg2?.id).map((d) => d.status)).toEqual(["QUEUED"]);
    const names = async () =>
      data(
        await gql<{ project: { services: { edges: { node: { name: string } }[] } } }>(
          emu.info,
          `query($id: String!) { project(id: $id) { services { edges { node { name } } } } }`,
          { id: emu.info.projectId },
        ),
      ).project.services.edges.map((e) => e.node.name);
    expect(await names()).not.toContain("Postgres-2");
    await ctl.advance(8_000);
    expect(await names()).toContain("Postgres-2");
  });

  it("templateDeployV2 for redis without a project creates a new project exposing REDIS_URL", async () => {
    const r = data(
      await gql<{ templateDeployV2: { projectId: string } }>(
        emu.info,
        `mutation($i: TemplateDeployV2Input!) { templateDeployV2(input: $i) { projectId workflowId } }`,
        { i: { templateId: "redis", serializedConfig: {} } },
      ),
    ).templateDeployV2;
    expect(r.projectId).not.toBe(emu.info.projectId);
    const project = data(
      await gql<{
        project: { baseEnvironmentId: string; services: { edges: { node: { id: string; name: string } }[] } };
      }>(
        emu.info,
        `query($id: String!) { project(id: $id) { baseEnvironmentId services { edges { node { id name } } } } }`,
        { id: r.projectId },
      ),
    ).project;
    const redis = project.services.edges[0]?.node;
    expect(redis?.name).toBe("Redis");
    const vars = data(
      await gql<{ variables: Record<string, string> }>(
        emu.info,
        `query($p: String!, $e: String!, $s: String) { variables(projectId: $p, environmentId: $e, serviceId: $s) }`,
        { p: r.projectId, e: project.baseEnvironmentId, s: redis?.id },
      ),
    ).variables;
    expect(vars.REDIS_URL).toMatch(/^redis:\/\/default:.+@redis\.railway\.internal:6379$/);
  });
});

describe("projects, environments, domains, volumes", () => {
  it("projectScheduleDelete deletes the project 48 hours later on the clock; cancel keeps it", async () => {
    const mk = async (name: string) =>
      data(
        await gql<{ projectCreate: { id: string } }>(
          emu.info,
          `mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { id } }`,
          { i: { name } },
        ),
      ).projectCreate.id;
    const doomed = await mk("doomed");
    const saved = await mk("saved");
    for (const id of [doomed, saved])
      data(await gql(emu.info, `mutation($id: String!) { projectScheduleDelete(id: $id) }`, { id }));
    data(await gql(emu.info, `mutation($id: String!) { projectScheduleDeleteCancel(id: $id) }`, { id: saved }));
    const q = `query($id: String!) { project(id: $id) { id } }`;
    await ctl.advance(47 * 3_600_000);
    expect(data(await gql<{ project: { id: string } }>(emu.info, q, { id: doomed })).project.id).toBe(doomed);
    await ctl.advance(3_600_000);
    expect((await gql(emu.info, q, { id: doomed })).body.errors?.[0]?.message).toBe("Project not found");
    expect(data(await gql<{ project: { id: string } }>(emu.info, q, { id: saved })).project.id).toBe(saved);
  });

  it("projectScheduleDeleteForce deletes a project scheduled for deletion at once, and refuses one that is not scheduled", async () => {
    const id = data(
      await gql<{ projectCreate: { id: string } }>(
        emu.info,
        `mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { id } }`,
        { i: { name: "temp" } },
      ),
    ).projectCreate.id;
    const force = `mutation($id: String!) { projectScheduleDeleteForce(id: $id) }`;
    expect((await gql(emu.info, force, { id })).body.errors?.[0]?.message).toBe(
      "Project is not scheduled for deletion",
    );
    data(await gql(emu.info, `mutation($id: String!) { projectScheduleDelete(id: $id) }`, { id }));
    expect(
      data(await gql<{ projectScheduleDeleteForce: boolean }>(emu.info, force, { id })).projectScheduleDeleteForce,
    ).toBe(true);
    expect(
      (await gql(emu.info, `query($id: String!) { project(id: $id) { id } }`, { id })).body.errors?.[0]?.message,
    ).toBe("Project not found");
    // The 48 h deletion timer is gone with it.
    expect((await ctl.clock()).nextEventAt).toBeNull();
  });

  it("serviceDisconnect drops the repo source of every instance without deploying", async () => {
    const before = (await ctl.world<{ deployments: unknown[] }>()).deployments.length;
    const r = data(
      await gql<{ serviceDisconnect: { id: string; name: string } }>(
        emu.info,
        `mutation($id: String!) { serviceDisconnect(id: $id) { id name } }`,
        { id: emu.info.services.worker },
      ),
    );
    expect(r.serviceDisconnect).toEqual({ id: emu.info.services.worker, name: "worker" });
    const inst = data(
      await gql<{ serviceInstance: { source: { repo: string | null; image: string | null } | null } }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { source { repo image } } }`,
        { s: emu.info.services.worker, e: emu.info.environmentId },
      ),
    ).serviceInstance;
    expect(inst.source?.repo ?? null).toBeNull();
    expect((await ctl.world<{ deployments: unknown[] }>()).deployments.length).toBe(before);
  });

  it("creates environments, service domains, custom domains and volumes", async () => {
    const env = data(
      await gql<{ environmentCreate: { id: string; name: string } }>(
        emu.info,
        `mutation($i: EnvironmentCreateInput!) { environmentCreate(input: $i) { id name } }`,
        {
          i: {
            projectId: emu.info.projectId,
            name: "staging",
            sourceEnvironmentId: emu.info.environmentId,
            skipInitialDeploys: true,
          },
        },
      ),
    ).environmentCreate;
    expect(env.name).toBe("staging");
    const envs = data(
      await gql<{ environments: { edges: { node: { name: string } }[] } }>(
        emu.info,
        `query($p: String!) { environments(projectId: $p) { edges { node { name } } } }`,
        { p: emu.info.projectId },
      ),
    ).environments.edges.map((e) => e.node.name);
    expect(envs).toEqual(["production", "staging"]);
    const sd = data(
      await gql<{ serviceDomainCreate: { domain: string; suffix: string } }>(
        emu.info,
        `mutation($i: ServiceDomainCreateInput!) { serviceDomainCreate(input: $i) { domain suffix targetPort } }`,
        { i: { serviceId: emu.info.services.web, environmentId: env.id, targetPort: 8080 } },
      ),
    ).serviceDomainCreate;
    expect(sd.domain).toMatch(/^web-staging-[0-9a-f]{4}\.up\.railway\.app$/);
    const cd = data(
      await gql<{ customDomainCreate: { domain: string; status: { dnsRecords: { recordType: string }[] } } }>(
        emu.info,
        `mutation($i: CustomDomainCreateInput!) { customDomainCreate(input: $i) { domain status { dnsRecords { recordType requiredValue } verified } } }`,
        {
          i: {
            domain: "shop.acme.dev",
            projectId: emu.info.projectId,
            environmentId: env.id,
            serviceId: emu.info.services.web,
          },
        },
      ),
    ).customDomainCreate;
    expect(cd.status.dnsRecords[0]?.recordType).toBe("DNS_RECORD_TYPE_CNAME");
    const vol = data(
      await gql<{
        volumeCreate: {
          id: string;
          volumeInstances: { edges: { node: { mountPath: string; environmentId: string } }[] };
        };
      }>(
        emu.info,
        `mutation($i: VolumeCreateInput!) { volumeCreate(input: $i) { id volumeInstances { edges { node { mountPath environmentId } } } } }`,
        {
          i: {
            projectId: emu.info.projectId,
            serviceId: emu.info.services.worker,
            mountPath: "/data",
            environmentId: env.id,
          },
        },
      ),
    ).volumeCreate;
    expect(vol.volumeInstances.edges.map((e) => e.node)).toEqual([{ mountPath: "/data", environmentId: env.id }]);
  });

  it("paginates deployments Relay-style and filters by status", async () => {
    const q = `query($s: String!, $after: String) { deployments(first: 2, after: $after, input: { serviceId: $s, status: { notIn: [SUCCESS] } }) { edges { cursor node { status } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = data(
      await gql<{
        deployments: { edges: { node: { status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }>(emu.info, q, { s: emu.info.services.web }),
    ).deployments;
    expect(page1.edges.map((e) => e.node.status)).toEqual(["REMOVED", "REMOVED"]);
    expect(page1.pageInfo.hasNextPage).toBe(false);
    const all = `query($s: String!, $after: String) { deployments(first: 1, after: $after, input: { serviceId: $s }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = data(
      await gql<{
        deployments: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }>(emu.info, all, { s: emu.info.services.web }),
    ).deployments;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = data(
      await gql<{ deployments: { edges: { node: { id: string } }[] } }>(emu.info, all, {
        s: emu.info.services.web,
        after: p1.pageInfo.endCursor,
      }),
    ).deployments;
    expect(p2.edges[0]?.node.id).not.toBe(p1.edges[0]?.node.id);
  });

  it("serves plausible metrics with one value per sample", async () => {
    const now = emu.clock.now();
    const r = data(
      await gql<{ metrics: { measurement: string; values: { ts: number; value: number }[] }[] }>(
        emu.info,
        `query($s: String!, $e: String!, $start: DateTime!, $end: DateTime) { metrics(serviceId: $s, environmentId: $e, startDate: $start, endDate: $end, measurements: [CPU_USAGE, MEMORY_USAGE_GB], sampleRateSeconds: 60, groupBy: [DEPLOYMENT_ID]) { measurement tags { deploymentId } values { ts value } } }`,
        {
          s: emu.info.services.web,
          e: emu.info.environmentId,
          start: new Date(now - 600_000).toISOString(),
          end: new Date(now).toISOString(),
        },
      ),
    ).metrics;
    expect(r.map((m) => m.measurement)).toEqual(["CPU_USAGE", "MEMORY_USAGE_GB"]);
    expect(r[0]?.values).toHaveLength(11);
    expect(r[1]?.values.every((v) => v.value > 0 && v.value < 8)).toBe(true);
  });
});

describe("control API and remote clock", () => {
  it("reset re-seeds the world but keeps the tokens", async () => {
    const before = emu.info;
    await gql(emu.info, `mutation { projectCreate(input: { name: "extra" }) { id } }`);
    const info = await ctl.reset();
    expect(info.tokens).toEqual(before.tokens);
    expect(info.projectId).not.toBe(before.projectId);
    const projects = data(
      await gql<{ projects: { edges: unknown[] } }>(info, `query { projects { edges { node { id } } } }`),
    ).projects;
    expect(projects.edges).toHaveLength(1);
  });

  it("lets another process sleep on emulator time through RemoteClock", async () => {
    const clock = await RemoteClock.connect(emu.info.controlUrl);
    expect(clock.now()).toBe(emu.clock.now());
    let woke = false;
    const sleeping = clock.sleep(10_000).then(() => {
      woke = true;
    });
    for (let i = 0; i < 50 && (await ctl.clock()).waiters === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await ctl.clock()).waiters).toBe(1);
    await ctl.advance(9_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(woke).toBe(false);
    await ctl.advance(1_000);
    await sleeping;
    expect(woke).toBe(true);
    expect(clock.now()).toBe(emu.clock.now());
  });
});

describe("clock control", () => {
  it("never moves time backwards when advances overlap", async () => {
    const start = (await ctl.clock()).now;
    await Promise.all([ctl.advance(100_000), ctl.advance(1_000), ctl.advance(10)]);
    expect((await ctl.clock()).now).toBe(start + 101_010);
  });

  it("refuses to advance a real clock", async () => {
    const real = await startEmulator({ clock: "real", seed: "empty" });
    try {
      await expect(new EmulatorControl(real.info.controlUrl).advance(1_000)).rejects.toMatchObject({ status: 409 });
    } finally {
      await real.close();
    }
  });
});
