import { beforeAll, describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu } = useEmulator();
let other: { projectId: string; environmentId: string };

// Runs after the emulator has started (hooks run in the order they were added).
beforeAll(async () => {
  const created = data(
    await gql<{ projectCreate: { id: string; baseEnvironmentId: string } }>(
      emu.info,
      `mutation($i: ProjectCreateInput!) { projectCreate(input: $i) { id baseEnvironmentId } }`,
      { i: { name: "other" } },
    ),
  );
  other = { projectId: created.projectCreate.id, environmentId: created.projectCreate.baseEnvironmentId };
});

const ME = `query { me { id email } }`;
const PROJECT = `query($id: String!) { project(id: $id) { id name } }`;

describe("token scopes", () => {
  it("lets an account token read me", async () => {
    expect(data(await gql<{ me: { email: string } }>(emu.info, ME)).me.email).toBe("ada@acme.dev");
  });

  it("answers me with Not Authorized (HTTP 200) for a workspace token", async () => {
    const r = await gql(emu.info, ME, {}, "workspace");
    expect(r.status).toBe(200);
    expect(r.body.errors?.[0]?.message).toBe("Not Authorized");
  });

  it("answers me with Not Authorized for a project token", async () => {
    const r = await gql(emu.info, ME, {}, "project");
    expect(r.body.errors?.[0]?.message).toBe("Not Authorized");
  });

  it("lets a workspace token list and read every project of its workspace", async () => {
    const r = data(
      await gql<{ projects: { edges: { node: { id: string } }[] } }>(
        emu.info,
        `query { projects { edges { node { id } } } }`,
        {},
        "workspace",
      ),
    );
    expect(r.projects.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([emu.info.projectId, other.projectId]),
    );
  });

  it("lets a project token read its own project but not another one", async () => {
    expect(
      data(await gql<{ project: { id: string } }>(emu.info, PROJECT, { id: emu.info.projectId }, "project")).project.id,
    ).toBe(emu.info.projectId);
    const r = await gql(emu.info, PROJECT, { id: other.projectId }, "project");
    expect(r.body.errors?.[0]?.message).toBe("Not Authorized");
  });

  it("answers projectToken for a project token with its project and environment", async () => {
    const r = data(
      await gql<{ projectToken: { projectId: string; environmentId: string; project: { name: string } } }>(
        emu.info,
        `query { projectToken { projectId environmentId project { name } } }`,
        {},
        "project",
      ),
    );
    expect(r.projectToken).toMatchObject({
      projectId: emu.info.projectId,
      environmentId: emu.info.environmentId,
      project: { name: "acme-demo" },
    });
  });

  it("rejects projectToken for a bearer token", async () => {
    expect((await gql(emu.info, `query { projectToken { projectId } }`)).body.errors?.[0]?.message).toBe(
      "Not Authorized",
    );
  });

  it("lets a project token deploy in its environment", async () => {
    const r = data(
      await gql<{ serviceInstanceDeployV2: string }>(
        emu.info,
        `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`,
        { s: emu.info.services.web, e: emu.info.environmentId },
        "project",
      ),
    );
    expect(r.serviceInstanceDeployV2).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers Not Authorized for a bad token, a missing token and a project token sent as a bearer", async () => {
    for (const token of [
      { bearer: "nope-not-a-token" },
      "none",
      { bearer: emu.info.tokens.project as string },
    ] as const) {
      const r = await gql(emu.info, PROJECT, { id: emu.info.projectId }, token);
      expect(r.status).toBe(200);
      expect(r.body.errors?.[0]?.message).toBe("Not Authorized");
    }
  });

  it("words unknown ids as not found", async () => {
    const r = await gql(emu.info, `query($id: String!) { deployment(id: $id) { id } }`, {
      id: "00000000-0000-0000-0000-000000000000",
    });
    expect(r.body.errors?.[0]?.message).toMatch(/not found/i);
    const s = await gql(emu.info, `query($id: String!) { service(id: $id) { id } }`, { id: "missing" });
    expect(s.body.errors?.[0]?.message).toBe("Service not found");
  });
});
