// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway's ${{...}} reference syntax, not a template.
import { describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });

const VARS = `query V($p: String!, $e: String!, $s: String, $u: Boolean) { variables(projectId: $p, environmentId: $e, serviceId: $s, unrendered: $u) }`;
const UPSERT = `mutation U($i: VariableUpsertInput!) { variableUpsert(input: $i) }`;

async function vars(serviceId: string | null, unrendered = false): Promise<Record<string, string>> {
  return data(
    await gql<{ variables: Record<string, string> }>(emu.info, VARS, {
      p: emu.info.projectId,
      e: emu.info.environmentId,
      s: serviceId,
      u: unrendered,
    }),
  ).variables;
}

describe("variables", () => {
  it("resolves ${{Service.VAR}} and ${{shared.VAR}} references when rendered", async () => {
    const web = await vars(emu.info.services.web as string);
    const pg = await vars(emu.info.services.Postgres as string);
    expect(web.DATABASE_URL).toBe(pg.DATABASE_URL);
    expect(web.DATABASE_URL).toMatch(/^postgresql:\/\/postgres:[^@]+@postgres\.railway\.internal:5432\/railway$/);
    expect(web.REDIS_URL).toMatch(/^redis:\/\/default:[^@]+@redis\.railway\.internal:6379$/);
    expect(web.APP_NAME).toBe("acme");
  });

  it("keeps references as written with unrendered: true", async () => {
    const web = await vars(emu.info.services.web as string, true);
    expect(web.DATABASE_URL).toBe("${{Postgres.DATABASE_URL}}");
  });

  it("renders a wrong-case reference as the empty string, like Railway", async () => {
    data(
      await gql(emu.info, UPSERT, {
        i: {
          projectId: emu.info.projectId,
          environmentId: emu.info.environmentId,
          serviceId: emu.info.services.web,
          name: "BAD",
          value: "x${{postgres.DATABASE_URL}}y",
          skipDeploys: true,
        },
      }),
    );
    expect((await vars(emu.info.services.web as string)).BAD).toBe("xy");
  });

  it("includes RAILWAY_* built-ins for a service", async () => {
    const web = await vars(emu.info.services.web as string);
    expect(web).toMatchObject({
      RAILWAY_SERVICE_NAME: "web",
      RAILWAY_PROJECT_ID: emu.info.projectId,
      RAILWAY_ENVIRONMENT_NAME: "production",
      RAILWAY_PRIVATE_DOMAIN: "web.railway.internal",
    });
    expect(web.RAILWAY_PUBLIC_DOMAIN).toMatch(/^web-production-[0-9a-f]{4}\.up\.railway\.app$/);
  });

  it("returns the environment's shared variables without serviceId", async () => {
    expect(await vars(null)).toEqual({ APP_NAME: "acme", LOG_LEVEL: "info" });
  });

  it("variableUpsert redeploys the service unless skipDeploys", async () => {
    const latest = async () =>
      data(
        await gql<{ serviceInstance: { latestDeployment: { id: string; status: string } } }>(
          emu.info,
          `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { latestDeployment { id status } } }`,
          { s: emu.info.services.worker, e: emu.info.environmentId },
        ),
      ).serviceInstance.latestDeployment;
    const before = await latest();
    data(
      await gql(emu.info, UPSERT, {
        i: {
          projectId: emu.info.projectId,
          environmentId: emu.info.environmentId,
          serviceId: emu.info.services.worker,
          name: "A",
          value: "1",
          skipDeploys: true,
        },
      }),
    );
    expect((await latest()).id).toBe(before.id);
    data(
      await gql(emu.info, UPSERT, {
        i: {
          projectId: emu.info.projectId,
          environmentId: emu.info.environmentId,
          serviceId: emu.info.services.worker,
          name: "A",
          value: "2",
        },
      }),
    );
    const after = await latest();
    expect(after.id).not.toBe(before.id);
    expect(after.status).toBe("QUEUED");
  });

  it("variableCollectionUpsert with replace deletes variables not in the map; variableDelete removes one", async () => {
    const base = {
      projectId: emu.info.projectId,
      environmentId: emu.info.environmentId,
      serviceId: emu.info.services.worker,
      skipDeploys: true,
    };
    data(
      await gql(emu.info, `mutation($i: VariableCollectionUpsertInput!) { variableCollectionUpsert(input: $i) }`, {
        i: { ...base, variables: { ONLY: "1", TWO: "2" }, replace: true },
      }),
    );
    const after = await vars(emu.info.services.worker as string, true);
    expect(
      Object.keys(after)
        .filter((k) => !k.startsWith("RAILWAY_"))
        .sort(),
    ).toEqual(["ONLY", "TWO"]);
    data(
      await gql(emu.info, `mutation($i: VariableDeleteInput!) { variableDelete(input: $i) }`, {
        i: { projectId: base.projectId, environmentId: base.environmentId, serviceId: base.serviceId, name: "TWO" },
      }),
    );
    expect(
      Object.keys(await vars(emu.info.services.worker as string, true)).filter((k) => !k.startsWith("RAILWAY_")),
    ).toEqual(["ONLY"]);
  });

  it("shows variable names and values in the control API's world dump", async () => {
    const world = await ctl.world<{
      services: { name: string; instances: { variables: Record<string, string> }[] }[];
    }>();
    const web = world.services.find((s) => s.name === "web");
    expect(web?.instances[0]?.variables.DATABASE_URL).toBe("${{Postgres.DATABASE_URL}}");
  });
});
