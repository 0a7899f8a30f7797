import { describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { data, gql } from "./gql.js";

const { emu } = useEmulator({ per: "test" });

const READ = `query($s: String!, $e: String!) { serviceInstanceLimitOverride(serviceId: $s, environmentId: $e) }`;
const UPDATE = `mutation($i: ServiceInstanceLimitsUpdateInput!) { serviceInstanceLimitsUpdate(input: $i) }`;

async function override(serviceId: string): Promise<unknown> {
  return data(
    await gql<{ serviceInstanceLimitOverride: unknown }>(emu.info, READ, { s: serviceId, e: emu.info.environmentId }),
  ).serviceInstanceLimitOverride;
}

describe("serviceInstanceLimitOverride", () => {
  it("is null for a service instance whose limits were never set", async () => {
    expect(await override(emu.info.services.web as string)).toBeNull();
  });

  it("reads back the limits set by serviceInstanceLimitsUpdate as {containers: {cpu, memoryBytes}} with decimal bytes", async () => {
    const s = emu.info.services.web as string;
    data(
      await gql(emu.info, UPDATE, {
        i: { serviceId: s, environmentId: emu.info.environmentId, vCPUs: 2, memoryGB: 1.5 },
      }),
    );
    expect(await override(s)).toEqual({ containers: { cpu: 2, memoryBytes: 1_500_000_000 } });
  });

  it("shows only the fields that were set", async () => {
    const s = emu.info.services.worker as string;
    data(await gql(emu.info, UPDATE, { i: { serviceId: s, environmentId: emu.info.environmentId, memoryGB: 3 } }));
    expect(await override(s)).toEqual({ containers: { memoryBytes: 3_000_000_000 } });
  });

  it("refuses a project token for a service outside its project", async () => {
    const other = data(
      await gql<{ projectCreate: { id: string } }>(
        emu.info,
        `mutation { projectCreate(input: { name: "other" }) { id } }`,
      ),
    ).projectCreate.id;
    const svc = data(
      await gql<{ serviceCreate: { id: string } }>(
        emu.info,
        `mutation($p: String!) { serviceCreate(input: { projectId: $p, name: "x" }) { id } }`,
        { p: other },
      ),
    ).serviceCreate.id;
    const reply = await gql(emu.info, READ, { s: svc, e: emu.info.environmentId }, "project");
    expect(reply.body.errors?.[0]?.message).toBe("Not Authorized");
  });
});
