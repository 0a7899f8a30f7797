import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the test server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  json: { query?: string; variables?: Record<string, unknown>; operationName?: string } | undefined;
}

/**
 * What a handler answers; `hang: true` never answers (for timeouts); `drop: true` closes the
 * connection without a response, as a server does with an idle keep-alive connection it timed out.
 */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | object;
  hang?: boolean;
  drop?: boolean;
}

export type Handler = (req: SeenRequest, index: number) => Reply | Promise<Reply>;

/**
 * A real node:http server on 127.0.0.1, port 0, answering from a list of scripted replies (the
 * last one repeats) or a function. Records every request it saw.
 */
export async function startScriptedServer(script: Reply[] | Handler): Promise<{
  url: string;
  origin: string;
  seen: SeenRequest[];
  /** Resolves once the server has received `n` requests in total. */
  received(n: number): Promise<void>;
  close(): Promise<void>;
}> {
  const seen: SeenRequest[] = [];
  const watchers: { n: number; resolve: () => void }[] = [];
  const notify = () => {
    for (const w of [...watchers])
      if (seen.length >= w.n) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
  };
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: SeenRequest["json"];
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const request: SeenRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body, json };
      const index = seen.length;
      seen.push(request);
      notify();
      const reply: Reply =
        typeof script === "function"
          ? await script(request, index)
          : (script[Math.min(index, script.length - 1)] ?? { body: {} });
      if (reply.hang) {
        hanging.add(res);
        return;
      }
      if (reply.drop) {
        req.socket.destroy();
        return;
      }
      const payload = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
      const contentType = typeof reply.body === "string" ? "text/html" : "application/json";
      res.writeHead(reply.status ?? 200, { "content-type": contentType, ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/graphql/v2`,
    origin,
    seen,
    received: (n) =>
      new Promise<void>((resolve) => {
        watchers.push({ n, resolve });
        notify();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
