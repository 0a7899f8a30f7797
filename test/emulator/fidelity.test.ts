import { describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });

// Railway's official CLI (railwayapp/cli src/gql/queries/strings/Environments.graphql) selects these.
const CLI_ENVIRONMENTS = `query Environments($projectId: String!, $isEphemeral: Boolean, $first: Int, $after: String) {
  environments(projectId: $projectId, isEphemeral: $isEphemeral, first: $first, after: $after) {
    edges { node { id name isEphemeral createdAt updatedAt canAccess unmergedChangesCount sourceEnvironment { id name } meta { prNumber prTitle prRepo branch baseBranch } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("fields Railway's CLI selects", () => {
  it("serves Environment.canAccess, unmergedChangesCount and meta", async () => {
    const r = data(
      await gql<{
        environments: { edges: { node: { canAccess: boolean; unmergedChangesCount: number; meta: unknown } }[] };
      }>(emu.info, CLI_ENVIRONMENTS, { projectId: emu.info.projectId }),
    );
    expect(r.environments.edges[0]?.node).toMatchObject({ canAccess: true, unmergedChangesCount: 0, meta: null });
  });

  it("serves Project.buckets (empty) and CustomDomainStatus.cdnProvider", async () => {
    const p = data(
      await gql<{ project: { buckets: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } } }>(
        emu.info,
        `query($id: String!) { project(id: $id) { buckets { edges { node { id name } } pageInfo { hasNextPage } } } }`,
        { id: emu.info.projectId },
      ),
    );
    expect(p.project.buckets).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
    const created = data(
      await gql<{ customDomainCreate: { status: { cdnProvider: string | null; certificateStatus: string } } }>(
        emu.info,
        `mutation($i: CustomDomainCreateInput!) { customDomainCreate(input: $i) { status { cdnProvider certificateStatus } } }`,
        {
          i: {
            domain: "shop.example.com",
            projectId: emu.info.projectId,
            environmentId: emu.info.environmentId,
            serviceId: emu.info.services.web,
          },
        },
      ),
    );
    expect(created.customDomainCreate.status).toEqual({
      cdnProvider: null,
      certificateStatus: "CERTIFICATE_STATUS_TYPE_VALIDATING_OWNERSHIP",
    });
  });
});

describe("Railway's answers", () => {
  it("creates a service without environmentId only in the environments that are not forks", async () => {
    const fork = data(
      await gql<{ environmentCreate: { id: string } }>(
        emu.info,
        `mutation($i: EnvironmentCreateInput!) { environmentCreate(input: $i) { id } }`,
        { i: { projectId: emu.info.projectId, name: "pr-7", sourceEnvironmentId: emu.info.environmentId } },
      ),
    ).environmentCreate.id;
    const plain = data(
      await gql<{ environmentCreate: { id: string } }>(
        emu.info,
        `mutation($i: EnvironmentCreateInput!) { environmentCreate(input: $i) { id } }`,
        { i: { projectId: emu.info.projectId, name: "staging" } },
      ),
    ).environmentCreate.id;
    const svc = data(
      await gql<{ serviceCreate: { id: string; serviceInstances: { edges: { node: { environmentId: string } }[] } } }>(
        emu.info,
        `mutation($i: ServiceCreateInput!) { serviceCreate(input: $i) { id serviceInstances { edges { node { environmentId } } } } }`,
        { i: { projectId: emu.info.projectId, name: "api" } },
      ),
    ).serviceCreate;
    const envs = svc.serviceInstances.edges.map((e) => e.node.environmentId);
    expect(new Set(envs)).toEqual(new Set([emu.info.environmentId, plain]));
    expect(envs).not.toContain(fork);
    // Naming the fork creates it there only.
    const inFork = data(
      await gql<{ serviceCreate: { serviceInstances: { edges: { node: { environmentId: string } }[] } } }>(
        emu.info,
        `mutation($i: ServiceCreateInput!) { serviceCreate(input: $i) { serviceInstances { edges { node { environmentId } } } } }`,
        { i: { projectId: emu.info.projectId, name: "preview-only", environmentId: fork } },
      ),
    ).serviceCreate;
    expect(inFork.serviceInstances.edges.map((e) => e.node.environmentId)).toEqual([fork]);
  });

  it("answers 'project token not found' for an unknown Project-Access-Token, and Not Authorized for a project token sent as bearer", async () => {
    const q = `query { projectToken { projectId } }`;
    const bad = await gql(emu.info, q, {}, { project: "00000000-0000-0000-0000-000000000000" });
    expect(bad.status).toBe(200);
    expect(bad.body.errors?.[0]?.message).toBe("project token not found");
    const asAccount = await gql(emu.info, q, {}, { project: emu.info.tokens.account });
    expect(asAccount.body.errors?.[0]?.message).toBe("project token not found");
    const asBearer = await gql(emu.info, q, {}, { bearer: emu.info.tokens.project as string });
    expect(asBearer.body.errors?.[0]?.message).toBe("Not Authorized");
    expect(
      data(await gql<{ projectToken: { projectId: string } }>(emu.info, q, {}, "project")).projectToken.projectId,
    ).toBe(emu.info.projectId);
  });

  it("produces 'Problem processing request' as HTTP 400 by default, or as a chosen 5xx", async () => {
    await ctl.faults({ problem: { count: 1 } });
    const first = await gql(emu.info, `query { me { id } }`);
    expect(first.status).toBe(400);
    expect(first.body.errors?.[0]?.message).toBe("Problem processing request");
    expect((await gql(emu.info, `query { me { id } }`)).status).toBe(200);
    await ctl.faults({ problem: { count: 1, status: 503 } });
    const second = await gql(emu.info, `query { me { id } }`);
    expect([second.status, second.body.errors?.[0]?.message]).toEqual([503, "Problem processing request"]);
    await expect(ctl.faults({ problem: { count: 1, status: 404 } })).rejects.toThrow();
  });
});
