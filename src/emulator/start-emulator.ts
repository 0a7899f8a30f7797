import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { type Clock, ManualClock, ValidationError } from "../core/index.js";
import { CONTROL_PREFIX, createApiServer, GRAPHQL_PATH } from "./api-server.js";
import { createAppHandler } from "./app-server.js";
import { handleControl } from "./control-api.js";
import type { PhaseDurations } from "./deployment-lifecycle.js";
import { EmulatorRuntime } from "./emulator-runtime.js";
import { ScaledClock } from "./scaled-clock.js";
import { isSeedName, type SeedName } from "./seed.js";
import type { World } from "./world.js";

/** The ready line: printed by `railpilot emulator`, returned as `info` by startEmulator. */
export interface EmulatorInfo {
  graphqlUrl: string;
  wsUrl: string;
  controlUrl: string;
  /** host:port of the simulated apps; send requests with `Host: <service domain>`. */
  appAddress: string;
  tokens: { account: string; workspace: string; project: string | null };
  workspaceId: string;
  projectId: string | null;
  environmentId: string | null;
  services: Record<string, string>;
}

export const EmulatorOptionsSchema = z.object({
  /** API port. Default 0 (any free port). */
  port: z.number().int().min(0).max(65535).default(0),
  /** Seeded world: "demo" (default), "empty", or "scale:N[xE]" (N services over E environments). */
  seed: z
    .string()
    .refine(isSeedName, { message: 'seed must be "demo", "empty" or "scale:N[xE]"' })
    .default("demo")
    .transform((s) => s as SeedName),
  /** Rate-limit plan. Default "unlimited" (headers still sent). */
  plan: z.enum(["free", "hobby", "pro", "unlimited"]).default("unlimited"),
  /** "real" (optionally sped up) or "manual" (moves only via the control API / `clock.advance`). Default "real". */
  clock: z.enum(["real", "manual"]).default("real"),
  /** Speed-up of the real clock. Default 1. */
  speed: z.number().positive().default(1),
  /** Port of the simulated apps. Default 0. */
  appPort: z.number().int().min(0).max(65535).default(0),
  /** Interface to listen on. Default 127.0.0.1. */
  host: z.string().default("127.0.0.1"),
  /** Phase durations in emulator milliseconds (defaults: queued 1 s, init 3 s, build 30 s, deploy 10 s). */
  durations: z
    .object({
      queuedMs: z.number().min(0),
      initializingMs: z.number().min(0),
      buildingMs: z.number().min(0),
      deployingMs: z.number().min(0),
      crashAfterMs: z.number().min(0),
      slowBuildMs: z.number().min(0),
      healthcheckFailMs: z.number().min(0),
      workflowMs: z.number().min(0),
    })
    .partial()
    .optional(),
});
export type EmulatorOptions = z.input<typeof EmulatorOptionsSchema>;

export interface RunningEmulator {
  /** The ready line (tokens stay the same across `POST /reset`; ids are refreshed). */
  readonly info: EmulatorInfo;
  /** The emulator's clock: a ManualClock in manual mode. */
  readonly clock: Clock;
  /** The live world (replaced by a reset). */
  readonly world: World;
  readonly runtime: EmulatorRuntime;
  /** Stops both servers and every timer. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the Railway emulator: the API port (GraphQL, websocket, upload, control) and the app port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const parsed = EmulatorOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new ValidationError(
      "invalid emulator options",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
      { hint: "See src/emulator/README.md for the options." },
    );
  }
  const o = parsed.data;
  const clock: Clock = o.clock === "manual" ? new ManualClock(Date.now()) : new ScaledClock(o.speed);
  const runtime = new EmulatorRuntime(clock, o.clock, o.speed, {
    seed: o.seed,
    plan: o.plan,
    durations: o.durations as Partial<PhaseDurations>,
  });
  const realTimers = new Set<NodeJS.Timeout>();

  let info: EmulatorInfo | undefined;
  const buildInfo = (apiPort: number, appPort: number): EmulatorInfo => {
    const base = `http://${o.host}:${apiPort}`;
    const s = runtime.seedResult;
    return {
      graphqlUrl: `${base}${GRAPHQL_PATH}`,
      wsUrl: `ws://${o.host}:${apiPort}${GRAPHQL_PATH}`,
      controlUrl: `${base}${CONTROL_PREFIX}`,
      appAddress: `${o.host}:${appPort}`,
      tokens: { ...s.tokens },
      workspaceId: s.workspaceId,
      projectId: s.projectId,
      environmentId: s.environmentId,
      services: { ...s.services },
    };
  };
  let ports = { api: 0, app: 0 };
  const currentInfo = () => {
    info = buildInfo(ports.api, ports.app);
    return info;
  };

  const api = createApiServer(
    runtime,
    (req, res, path, query) =>
      handleControl(
        { runtime, dropSockets: () => api.dropSockets(), realTimers, info: currentInfo },
        req,
        res,
        path,
        query,
      ),
    realTimers,
  );
  const apiServer = createServer({ keepAliveTimeout: 5_000 }, api.handleRequest);
  apiServer.on("upgrade", api.handleUpgrade);
  const appServer = createServer({ keepAliveTimeout: 5_000 }, createAppHandler(runtime, realTimers));

  try {
    ports = { api: await listen(apiServer, o.port, o.host), app: await listen(appServer, o.appPort, o.host) };
  } catch (error) {
    apiServer.close();
    appServer.close();
    if (clock instanceof ScaledClock) clock.dispose();
    throw error;
  }
  currentInfo();

  let closed = false;
  return {
    get info() {
      return currentInfo();
    },
    clock,
    get world() {
      return runtime.world;
    },
    runtime,
    async close() {
      if (closed) return;
      closed = true;
      runtime.world.dispose();
      runtime.webhooks.dispose();
      if (clock instanceof ScaledClock) clock.dispose();
      for (const t of realTimers) clearTimeout(t);
      realTimers.clear();
      await api.dispose();
      const stop = (server: Server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      await Promise.all([stop(apiServer), stop(appServer)]);
    },
  };
}
