import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSchema, execute, parse, subscribe, validate } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";

const schema = buildSchema(
  readFileSync(new URL("../../../src/railway/schema/railway.graphql", import.meta.url), "utf8"),
);

export interface SubscriptionContext {
  /** 0 for the first websocket connection, 1 after the first reconnect, … */
  connection: number;
  socket: WebSocket;
  headers: IncomingHttpHeaders;
}

/** Produces the events of one subscription: each yielded value is the result's root object. */
export type SubscriptionHandler = (
  field: string,
  args: Record<string, unknown>,
  ctx: SubscriptionContext,
) => AsyncIterable<Record<string, unknown>>;

/**
 * A real graphql-transport-ws server (graphql-ws + ws on 127.0.0.1, port 0) serving Railway's
 * schema, with subscription roots supplied by the test. `rejectUpgrade` answers the upgrade
 * with an HTTP status instead (e.g. 401).
 */
export async function startSubscriptionServer(
  handler: SubscriptionHandler,
  opts: { rejectUpgrade?: (headers: IncomingHttpHeaders) => number | undefined } = {},
) {
  const upgrades: IncomingHttpHeaders[] = [];
  const http = createServer((_req, res) => {
    res.writeHead(404).end();
  });
  const wss = new WebSocketServer({
    server: http,
    verifyClient: (info: { req: IncomingMessage }, done: (ok: boolean, code?: number) => void) => {
      upgrades.push(info.req.headers);
      const status = opts.rejectUpgrade?.(info.req.headers);
      if (status) done(false, status);
      else done(true);
    },
  });
  let connections = 0;
  const fields = ["deployment", "deploymentEvents", "buildLogs", "deploymentLogs", "environmentLogs"];
  const roots: Record<string, unknown> = {};
  for (const field of fields) {
    roots[field] = (args: Record<string, unknown>, ctx: SubscriptionContext) => handler(field, args, ctx);
  }
  const disposable = useServer(
    {
      // The same graphql instance as the schema (vitest may load graphql-ws's copy separately).
      schema,
      parse,
      validate,
      execute,
      subscribe,
      roots: { subscription: roots as never },
      context: (ctx) => {
        const extra = ctx.extra as { socket: WebSocket & { connectionIndex?: number }; request: IncomingMessage };
        if (extra.socket.connectionIndex === undefined) extra.socket.connectionIndex = connections++;
        return {
          connection: extra.socket.connectionIndex,
          socket: extra.socket,
          headers: extra.request.headers,
        } satisfies SubscriptionContext;
      },
    },
    wss,
  );
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql/v2`,
    upgrades,
    async close() {
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** Resolves after the current events have been handled (lets the client receive a batch). */
export function waitForever(signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => signal?.addEventListener("abort", () => resolve(), { once: true }));
}
