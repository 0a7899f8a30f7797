import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { Clock } from "../../src/core/index.js";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { RailwayClient } from "../../src/railway/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { driveClock, remoteClockFor } from "./drive-clock.js";
import { useEmulator } from "./emulator.js";
import { deployService } from "./deploy-service.js";
import { control as controlApi } from "../deploy/emulator-cli.js";

type DeploymentRec = RunningEmulator["world"]["deployments"] extends Map<string, infer D> ? D : never;

export interface DemoEmulatorFixture {
  /** The emulator of this file: the demo world on a manual clock, reset before every test. */
  emu: RunningEmulator;
  /** An in-memory store shared by the file's tests (tests clear what they must). */
  readonly store: Store;
  /** Calls the emulator's control API: GET without a body, POST with one. */
  control(path: string, body?: unknown): Promise<unknown>;
  /** The demo world's `web` service and its environment. */
  web(): string;
  environmentId(): string;
  /** web's deployments, newest first. */
  webDeployments(): DeploymentRec[];
  /** How many of web's deployments are rollbacks. */
  rollbacksOf(): number;
  /** Awaits `work` while moving the emulator's clock whenever it is parked on it. */
  drive<T>(work: Promise<T>, options?: Parameters<typeof driveClock>[2]): Promise<T>;
  /** A Railway client with the project token on a RemoteClock of the emulator (closed after the file). */
  connect(endpoint?: string): Promise<{ client: RailwayClient; clock: Clock }>;
  /** Deploys web through `serviceInstanceDeployV2` (as someone else would) and returns the deployment id. */
  deployV2(commitSha?: string): Promise<string>;
  /** Moves emulator time event by event until `done()` holds (nothing of ours is running meanwhile). */
  advanceUntil(done: () => boolean): Promise<void>;
}

/**
 * The set-up of the in-process tests of the deploy runners and the autopilot engine: an in-memory
 * store and the demo emulator on a manual clock, one of each per file.
 */
export function useDemoEmulator(): DemoEmulatorFixture {
  let store: Store | undefined;
  // The store first: opening it keeps the event loop busy for seconds, which would break
  // keep-alive connections to the emulator opened before.
  beforeAll(async () => {
    store = await openStore({ memory: true });
  });
  const { emu } = useEmulator({ port: 0, seed: "demo", clock: "manual" });
  const clients: RailwayClient[] = [];
  afterAll(async () => {
    for (const c of clients.splice(0)) c.close();
    await store?.close();
  });

  const control = (path: string, body?: unknown): Promise<unknown> => controlApi(emu, path, body);
  beforeEach(async () => {
    await control("/reset", {});
  });

  const web = () => emu.info.services.web as string;
  const webDeployments = () =>
    [...emu.world.deployments.values()].filter((d) => d.serviceId === web()).sort((a, b) => b.createdAt - a.createdAt);
  return {
    emu,
    get store() {
      if (!store) throw new Error("useDemoEmulator: the store is open only inside tests and their hooks");
      return store;
    },
    control,
    web,
    environmentId: () => emu.info.environmentId as string,
    webDeployments,
    rollbacksOf: () =>
      webDeployments().filter((d) => (d.meta as Record<string, unknown>).rollbackFromDeploymentId !== undefined).length,
    drive: (work, options = {}) => driveClock(emu.info.controlUrl, work, options),
    async connect(endpoint = emu.info.graphqlUrl) {
      const clock = await remoteClockFor(emu.info.controlUrl);
      const client = new RailwayClient({ endpoint, token: emu.info.tokens.project as string, clock, env: {} });
      clients.push(client);
      return { client, clock };
    },
    deployV2(commitSha) {
      return deployService(emu, web(), commitSha);
    },
    async advanceUntil(done) {
      for (let i = 0; i < 1_000 && !done(); i++) {
        const { nextEventAt } = (await control("/clock")) as { nextEventAt: number | null };
        if (nextEventAt === null) break;
        await control("/clock", { advanceTo: nextEventAt });
      }
      expect(done()).toBe(true);
    },
  };
}
