/**
 * An incident on the emulator for tests of the running autopilot: the web service's next deploy
 * crashes (an uncaught exception), virtual time runs until it has, and the crash comes back as the
 * observation the sweep would make.
 */
import { type Observation, RailwayActions, type WatchedService } from "../../src/autopilot/index.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import type { RailwayClient } from "../../src/railway/index.js";
import { control } from "../deploy/emulator-cli.js";
import { deployService } from "./deploy-service.js";

export { control };

export function watchedWeb(emu: RunningEmulator): WatchedService {
  return {
    projectId: emu.info.projectId as string,
    environmentId: emu.info.environmentId as string,
    environmentName: "production",
    serviceId: emu.info.services.web as string,
    serviceName: "web",
  };
}

export async function crashedWebDeployment(emu: RunningEmulator, client: RailwayClient): Promise<Observation> {
  const web = emu.info.services.web as string;
  await control(emu, "/outcome", { serviceId: web, outcome: "crashed", cause: "uncaught_exception" });
  const id = await deployService(emu, web);
  for (let i = 0; i < 1_000 && emu.world.deployments.get(id)?.status !== "CRASHED"; i++) {
    const { nextEventAt } = (await control(emu, "/clock")) as { nextEventAt: number | null };
    if (nextEventAt === null) break;
    await control(emu, "/clock", { advanceTo: nextEventAt });
  }
  const deployment = await new RailwayActions(client).deployment(id);
  return {
    kind: "deployment",
    at: new Date(((await control(emu, "/clock")) as { now: number }).now).toISOString(),
    source: "sweep",
    service: watchedWeb(emu),
    deployment,
  };
}
