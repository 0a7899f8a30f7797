import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { execute, GraphQLError, subscribe } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { z } from "zod";
import type { EmulatorRuntime } from "./emulator-runtime.js";
import { BodyTooLarge, CLOUDFLARE_BLOCK_PAGE, readBody, sendJson } from "./http-helpers.js";
import type { RateDecision } from "./rate-limiter.js";
import { handleUpload, matchUpload } from "./upload-endpoint.js";
import { createGitHubStandIn } from "./github/index.js";
import { createAnthropicStandIn, createNotificationRecorder } from "./stand-ins/index.js";

export const GRAPHQL_PATH = "/graphql/v2";
export const CONTROL_PREFIX = "/_emulator";
const MAX_GRAPHQL_BODY = 1024 * 1024;

const GraphQLBody = z.object({
  query: z.string(),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
});

function rateHeaders(d: RateDecision): Record<string, string> {
  const h: Record<string, string> = {
    "x-ratelimit-limit": String(d.limit),
    "x-ratelimit-remaining": String(d.remaining),
    "x-ratelimit-reset": String(Math.ceil(d.resetAt / 1000)),
  };
  if (!d.allowed) h["retry-after"] = String(d.retryAfterSec);
  return h;
}

export interface ApiServerParts {
  handleRequest(req: IncomingMessage, res: ServerResponse): void;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  dropSockets(): void;
  dispose(): Promise<void>;
}

/**
 * The API port: `POST /graphql/v2`, `graphql-transport-ws` on the same path, the `railway up`
 * upload endpoint, and (under `/_emulator`) the control API handed in as `control`.
 */
export function createApiServer(
  runtime: EmulatorRuntime,
  control: (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => Promise<void>,
  realTimers: Set<NodeJS.Timeout>,
): ApiServerParts {
  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();

  wss.on("connection", (socket: WebSocket) => {
    runtime.stats.wsConnections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // The wsDrop fault: close the socket after it has sent N messages.
    const send = socket.send.bind(socket);
    let sent = 0;
    socket.send = ((data: Parameters<WebSocket["send"]>[0], ...rest: unknown[]) => {
      (send as (...a: unknown[]) => void)(data, ...rest);
      sent++;
      const limit = runtime.faults.wsDropAfterMessages;
      if (limit !== null && sent >= limit) socket.terminate();
    }) as WebSocket["send"];
  });

  const disposer = useServer(
    {
      schema: runtime.schema,
      // Our own graphql functions: graphql-ws may load the other build of graphql (CJS vs ESM),
      // and a schema from one cannot be executed by the other.
      execute: execute as never,
      subscribe: subscribe as never,
      onConnect: (ctx) => runtime.contextFor(ctx.extra.request.headers).auth.valid,
      onSubscribe: (ctx, _id, payload) => {
        let prepared: ReturnType<typeof runtime.documents.prepare>;
        try {
          prepared = runtime.documents.prepare(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const op = prepared.operations.get(payload.operationName ?? undefined);
        runtime.stats.countSubscription(op?.label ?? "anonymous");
        if (prepared.errors.length > 0) return prepared.errors;
        return {
          schema: runtime.schema,
          document: prepared.document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: runtime.contextFor(ctx.extra.request.headers),
        };
      },
    },
    wss,
  );

  async function handleGraphql(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const faults = runtime.faults;
    if (faults.latencyMs > 0) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          realTimers.delete(t);
          resolve();
        }, faults.latencyMs);
        realTimers.add(t);
      });
    }
    if (faults.takeHtmlBlock()) {
      res.writeHead(403, {
        "content-type": "text/html; charset=UTF-8",
        "cf-ray": "8f1c2d3e4a5b6c7d-SJC",
        server: "cloudflare",
      });
      res.end(CLOUDFLARE_BLOCK_PAGE);
      return;
    }
    const problem = faults.takeProblem();
    if (problem !== undefined) {
      runtime.stats.countRequest(undefined);
      return sendJson(res, problem, { errors: [{ message: "Problem processing request" }] });
    }
    const status5xx = faults.take5xx();
    if (status5xx !== undefined) {
      runtime.stats.countRequest(undefined);
      return sendJson(res, status5xx, { errors: [{ message: "Problem processing request" }] });
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_GRAPHQL_BODY);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendJson(res, 413, { errors: [{ message: "Request body too large" }] });
      throw error;
    }
    const ctx = runtime.contextFor(req.headers);
    const decision = runtime.limiter.take(ctx.auth.key);
    const headers = rateHeaders(decision);
    let parsedBody: z.infer<typeof GraphQLBody>;
    try {
      const parsed = GraphQLBody.safeParse(JSON.parse(raw.toString("utf8")));
      if (!parsed.success) throw new Error("body must be {query, variables?, operationName?}");
      parsedBody = parsed.data;
    } catch (error) {
      runtime.stats.countRequest(undefined);
      return sendJson(res, 400, { errors: [{ message: `Invalid request: ${(error as Error).message}` }] }, headers);
    }
    let prepared: ReturnType<typeof runtime.documents.prepare>;
    try {
      prepared = runtime.documents.prepare(parsedBody.query);
    } catch (error) {
      runtime.stats.countRequest(undefined);
      const message = error instanceof GraphQLError ? error.message : String(error);
      return sendJson(res, 400, { errors: [{ message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }] }, headers);
    }
    const op = prepared.operations.get(parsedBody.operationName ?? undefined);
    runtime.stats.countRequest(op?.label);
    if (!decision.allowed) {
      return sendJson(
        res,
        429,
        {
          errors: [
            {
              message: `Rate limit exceeded. Please try again in ${decision.retryAfterSec} seconds.`,
              extensions: { code: "RATE_LIMITED" },
            },
          ],
        },
        headers,
      );
    }
    if (prepared.errors.length > 0) {
      return sendJson(
        res,
        400,
        { errors: prepared.errors.map((e) => ({ ...e.toJSON(), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })) },
        headers,
      );
    }
    if (op?.kind === "subscription") {
      return sendJson(
        res,
        400,
        { errors: [{ message: "Subscriptions are served over graphql-transport-ws on this path" }] },
        headers,
      );
    }
    const result = await execute({
      schema: runtime.schema,
      document: prepared.document,
      variableValues: parsedBody.variables ?? undefined,
      operationName: parsedBody.operationName ?? undefined,
      contextValue: ctx,
    });
    sendJson(res, 200, result, headers);
  }

  // GitHub REST stand-in under /github (src/emulator/github, owned by the deploy helper).
  const github = createGitHubStandIn({
    prefix: "/github",
    now: () => runtime.clock.now(),
    pushedCommit: (repo, sha) =>
      [...runtime.world.pushedCommits.values()].find(
        (c) => c.sha.startsWith(sha) && runtime.world.pushedCommits.has(`${repo}@${c.sha}`),
      ),
  });

  // The Anthropic Messages stand-in (/anthropic/v1/messages) and the notification recorder (/notify/...).
  const anthropic = createAnthropicStandIn({ prefix: "/anthropic", now: () => runtime.clock.now() });
  const notify = createNotificationRecorder({ prefix: "/notify", now: () => runtime.clock.now() });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (github.handle(req, res) || anthropic.handle(req, res) || notify.handle(req, res)) return;
    const url = new URL(req.url ?? "/", "http://emulator");
    const path = url.pathname;
    if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
      return control(req, res, path.slice(CONTROL_PREFIX.length) || "/", url.searchParams);
    }
    if (path === GRAPHQL_PATH && req.method === "POST") return handleGraphql(req, res);
    const upload = req.method === "POST" ? matchUpload(path) : undefined;
    if (upload) {
      const ctx = runtime.contextFor(req.headers);
      const decision = runtime.limiter.take(ctx.auth.key);
      runtime.stats.countRequest("up");
      if (!decision.allowed) return sendJson(res, 429, { message: "Rate limit exceeded" }, rateHeaders(decision));
      return handleUpload(runtime, req, res, upload, url.searchParams, rateHeaders(decision));
    }
    if (path === "/" || path === "/health")
      return sendJson(res, 200, { ok: true, service: "railpilot railway emulator" });
    sendJson(res, 404, { message: "Not found" });
  }

  return {
    handleRequest(req, res) {
      route(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Problem processing request" }] });
        else res.end();
        process.emitWarning(`emulator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      });
    },
    handleUpgrade(req, socket, head) {
      const path = new URL(req.url ?? "/", "http://emulator").pathname;
      if (path !== GRAPHQL_PATH) {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
    },
    dropSockets() {
      for (const s of sockets) s.terminate();
    },
    async dispose() {
      for (const s of sockets) s.terminate();
      await disposer.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
