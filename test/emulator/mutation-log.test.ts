import { afterEach, describe, expect, it } from "vitest";
import { EmulatorControl, type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { gql } from "./gql.js";

let emu: RunningEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const DEPLOY = `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`;
const ROLLBACK = `mutation($id: String!) { deploymentRollback(id: $id) }`;

describe("mutation log", () => {
  it("lists every mutation with its emulator time, target and outcome; queries are not in it; reset empties it", async () => {
    emu = await startEmulator({ clock: "manual", seed: "demo" });
    const ctl = new EmulatorControl(emu.info.controlUrl);
    const web = emu.info.services.web as string;
    const env = emu.info.environmentId as string;
    await gql(emu.info, `query { me { id } }`);
    const t0 = emu.clock.now();
    expect((await gql(emu.info, DEPLOY, { s: web, e: env })).status).toBe(200);
    await ctl.advance(5_000);
    const failed = await gql(emu.info, ROLLBACK, { id: "no-such-deployment" });
    expect(failed.body.errors?.length).toBe(1);

    const log = await ctl.mutations();
    expect(log.map((m) => [m.field, m.target, m.ok])).toEqual([
      ["serviceInstanceDeployV2", web, true],
      ["deploymentRollback", "no-such-deployment", false],
    ]);
    expect(log[0]).toMatchObject({ at: t0, environmentId: env });
    expect(log[1]?.at).toBe(t0 + 5_000);
    expect(log[1]?.error).toMatch(/not found|Not Authorized|deployment/i);
    expect((await ctl.mutations(t0 + 1)).map((m) => m.field)).toEqual(["deploymentRollback"]);
    expect((await ctl.stats()).mutations).toBe(2);

    await ctl.resetStats();
    expect(await ctl.mutations()).toEqual([]);
  });
});
