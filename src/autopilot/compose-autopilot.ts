/**
 * `composeAutopilot`: the lower-level composition under `startAutopilot` (for tests and
 * embedding): a pre-built engine, its observers and the HTTP API into one running autopilot, and stops it gracefully (stop observing, let the engine finish or hand back its
 * in-flight actions and release its leases, close the API) within a bound.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type ApiServer,
  type ApiServerOptions,
  createApiServer,
  generateSecret,
  parseListenAddress,
  type Redactor,
  resolveApiToken,
} from "../server/index.js";
import { type Clock, RailpilotError, systemClock } from "../core/index.js";
import type { AutopilotApi, AutopilotStatus, ObservationSink, Observer, ScanResult } from "./contract.js";

/** What composeAutopilot needs of the engine: the API it steers and the sink observers feed. */
export interface ComposableEngine {
  readonly api: AutopilotApi;
  readonly sink: ObservationSink;
  /** Finishes or hands back in-flight actions and releases leases. */
  stop(): Promise<void>;
}

export interface ComposeAutopilotOptions {
  engine: ComposableEngine;
  observers: readonly Observer[];
  /** HTTP API: `listen` as host:port (port 0 = any free port), or false for the handler only. */
  http?: {
    listen?: string | false;
    /** The bearer token (RAILPILOT_API_TOKEN / api.token); without it only loopback, with a generated token. */
    token?: string;
    /** The webhook URL's secret path segment; generated when not given. */
    webhookSecret?: string;
    redactor?: Redactor;
    /** GET /error-monitor/fixes/generated: what the fix-PR pipeline recorded (`FixPipeline.generated`). */
    fixes?: ApiServerOptions["fixes"];
    /** GET /api/v1/dora: the DORA report of the watched environment (`createDoraSource`). */
    dora?: ApiServerOptions["dora"];
  };
  /** One observe → decide → act cycle, then stop (for `--once`). */
  once?: boolean;
  clock?: Clock;
  /** Longest a graceful stop waits for observers and the engine (real time). Default 10 s. */
  stopTimeoutMs?: number;
  /** Where the daemon's own log lines go (already redacted). */
  log?: (line: Record<string, unknown>) => void;
}

/** The ready line the CLI prints (one JSON object). */
export interface AutopilotReadyLine {
  apiUrl: string | null;
  dashboardUrl: string | null;
  webhookUrl: string | null;
  dryRun: boolean;
  watching: { environments: number; services: number };
  apiToken?: string;
}

export interface AutopilotHandle {
  /** The engine's API (the same object the HTTP API serves). */
  readonly api: AutopilotApi;
  /** A node:http handler for mounting the API under a prefix in another app. */
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** Where the API listens, when it does. */
  readonly url: string | undefined;
  readonly ready: AutopilotReadyLine;
  /** The result of the single cycle when started with `once`. */
  readonly onceResult: ScanResult | undefined;
  status(): Promise<AutopilotStatus>;
  /** Graceful stop within the bound; safe to call twice. */
  stop(): Promise<void>;
}

/** Something in the stop sequence did not finish within the bound. */
export class AutopilotStopTimeoutError extends RailpilotError {
  constructor(what: string, ms: number) {
    super("TIMEOUT", `${what} did not stop within ${ms} ms`, {
      hint: "its in-flight work is left to the action ledger; the next start resumes it",
    });
  }
}

export async function composeAutopilot(options: ComposeAutopilotOptions): Promise<AutopilotHandle> {
  const { engine, observers } = options;
  const clock = options.clock ?? systemClock;
  const log =
    options.log ??
    ((line) => process.stderr.write(`${JSON.stringify({ component: "railpilot-autopilot", ...line })}\n`));
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  const listen = options.http?.listen === undefined ? "127.0.0.1:8080" : options.http.listen;
  const address = listen === false ? undefined : parseListenAddress(listen);
  const { token, generated } = resolveApiToken(options.http?.token, address?.host ?? "127.0.0.1");
  const webhookSecret = options.http?.webhookSecret ?? generateSecret();
  const controller = new AbortController();
  let observing = false;

  const server: ApiServer = await createApiServer({
    api: engine.api,
    token,
    webhookSecret,
    clock,
    ...(options.http?.redactor ? { redactor: options.http.redactor } : {}),
    ...(options.http?.fixes ? { fixes: options.http.fixes } : {}),
    ...(options.http?.dora ? { dora: options.http.dora } : {}),
    ready: () => observing || options.once === true,
  });

  let url: string | undefined;
  let onceResult: ScanResult | undefined;
  try {
    if (address) url = (await server.listen(address)).url;
    if (options.once) {
      onceResult = await engine.api.scanNow();
    } else {
      await Promise.all(observers.map((o) => o.start(engine.sink, controller.signal)));
      observing = true;
    }
  } catch (error) {
    controller.abort();
    await Promise.allSettled(observers.map((o) => o.stop()));
    await engine.stop().catch(() => {});
    await server.close();
    throw error;
  }

  const status = await engine.api.status();
  const ready: AutopilotReadyLine = {
    apiUrl: url ?? null,
    dashboardUrl: url ? `${url}/error-monitor/dashboard` : null,
    webhookUrl: url ? `${url}${server.webhookPath}` : null,
    dryRun: status.dryRun,
    watching: status.watching,
    ...(generated ? { apiToken: token } : {}),
  };

  let stopping: Promise<void> | undefined;
  const bounded = async (what: string, work: Promise<unknown>): Promise<void> => {
    let cancel = () => {};
    const timeout = new Promise<never>((_resolve, reject) => {
      cancel = systemClock.schedule(stopTimeoutMs, () => reject(new AutopilotStopTimeoutError(what, stopTimeoutMs)));
    });
    try {
      await Promise.race([work, timeout]);
    } catch (error) {
      log({ level: "warn", msg: error instanceof Error ? error.message : String(error), during: what });
    } finally {
      cancel();
    }
  };

  return {
    api: engine.api,
    handler: server.handler,
    url,
    ready,
    onceResult,
    status: () => engine.api.status(),
    stop() {
      stopping ??= (async () => {
        observing = false;
        controller.abort();
        await bounded("the observers", Promise.all(observers.map((o) => o.stop())));
        await bounded("the engine", engine.stop());
        await bounded("the HTTP API", server.close());
      })();
      return stopping;
    },
  };
}
