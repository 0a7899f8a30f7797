/**
 * The autopilot's HTTP API on Fastify: error-monitor endpoints, /api/v1, health, Prometheus
 * metrics, the OpenAPI document, server-sent events and the Railway webhook receiver.
 *
 * `createApiServer` returns a plain `node:http` request handler, so the API can be mounted under a
 * prefix inside a user's own Express/Fastify/Hono app, and `listen()` for the daemon.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { z } from "zod";
import type { AutopilotApi, AutopilotEvent, PatternView } from "../autopilot/contract.js";
import { type Clock, isRailpilotError, systemClock } from "../core/index.js";
import type { DoraSourceView } from "../report/index.js";
import { createApiMetrics } from "./api-metrics.js";
import { bearerToken, secretsEqual } from "./auth.js";
import { buildOpenApiDocument, type RouteDescriptor } from "./openapi.js";
import { createResponseRedactor, type Redactor } from "./response-redactor.js";
import * as S from "./route-schemas.js";
import { CSRF_HEADER, cookieValue, createSessionStore, SESSION_COOKIE } from "./sessions.js";

/** What the fix-PR pipeline recorded: a draft PR opened or reused, a refusal, a skip, a dry run. */
export type GeneratedFix = z.infer<typeof S.generatedFixesSchema>["fixes"][number];

/** What `GET /api/v1/dora` answers: the report and its trend (src/report `createDoraSource`). */
export type DoraView = DoraSourceView;

/** One structured log line of the API (webhook rejections, client errors, failures). */
export interface ApiLogEntry {
  level: "info" | "warn" | "error";
  msg: string;
  method?: string;
  route?: string;
  statusCode?: number;
  code?: string;
}

export interface ApiServerOptions {
  api: AutopilotApi;
  /** The bearer token every route but /healthz, /readyz and the webhook receiver requires. */
  token: string;
  /** The secret path segment (or `?token=`) of the webhook receiver URL. */
  webhookSecret: string;
  /** Redacts response bodies and log lines; defaults to the process-wide `redact`. */
  redactor?: Redactor;
  clock?: Clock;
  /** Where log lines go (already redacted); defaults to JSON lines on stderr. */
  log?: (entry: ApiLogEntry) => void;
  /** /readyz answers 503 until this returns true (defaults to always ready). */
  ready?: () => boolean | Promise<boolean>;
  /** What the fix-PR pipeline recorded (src/fixes `FixPipeline.generated`); an empty list without it. */
  fixes?: () => Promise<GeneratedFix[]>;
  /**
   * The DORA report (src/report) for `GET /api/v1/dora`, over the last `days` days; the route
   * answers 404 DORA_UNAVAILABLE without it.
   */
  dora?: (window: { since: number; until: number }) => Promise<DoraView>;
  /** Request body limit of the webhook receiver (bytes); 1 MB by default. */
  webhookBodyLimit?: number;
}

export interface ApiServer {
  /** A node:http handler; mount it as is, or under a prefix (strip the prefix from `req.url`). */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** The receiver path, relative to where the handler is mounted (it contains the secret). */
  webhookPath: string;
  listen(options: { host: string; port: number }): Promise<ListeningApi>;
  /** The OpenAPI 3 document generated from the route schemas. */
  openapi(): Record<string, unknown>;
  /** Ends event streams, closes the listener (if any) and unsubscribes from the engine. */
  close(): Promise<void>;
}

export interface ListeningApi {
  url: string;
  host: string;
  port: number;
}

const API_BODY_LIMIT = 64 * 1024;
const WEBHOOK_BODY_LIMIT = 1024 * 1024;
/** The dashboard's files (src/server/dashboard, copied to dist by scripts/build.mjs). */
const DASHBOARD_FILES: Record<string, { type: string; body: string }> = Object.fromEntries(
  (
    [
      ["index.html", "text/html; charset=utf-8"],
      ["app.js", "text/javascript; charset=utf-8"],
      ["charts.js", "text/javascript; charset=utf-8"],
      ["style.css", "text/css; charset=utf-8"],
    ] as const
  ).map(([name, type]) => [
    name,
    { type, body: readFileSync(new URL(`./dashboard/${name}`, import.meta.url), "utf8") },
  ]),
);
const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A request failed validation; answered 400 with the field named. */
class RequestValidationError extends Error {
  constructor(
    readonly where: string,
    readonly zodError: z.ZodError,
  ) {
    super(
      `invalid ${where}: ${zodError.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
  }
}

interface RouteDef<Q, P, B> {
  method: "GET" | "POST";
  url: string;
  summary: string;
  tag: string;
  /** No bearer token needed (health probes, the webhook receiver). */
  public?: boolean;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  body?: z.ZodType<B>;
  bodyLimit?: number;
  response: z.ZodType | "text/html" | "text/plain" | "text/event-stream";
  handler(input: { query: Q; params: P; body: B; request: FastifyRequest; reply: FastifyReply }): Promise<unknown>;
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { api, token, webhookSecret } = options;
  if (token.length < 16) throw new Error("the API token must be at least 16 characters");
  if (webhookSecret.length < 16) throw new Error("the webhook secret must be at least 16 characters");
  const clock = options.clock ?? systemClock;
  const redactText = createResponseRedactor(options.redactor, [token, webhookSecret]);
  const log = (entry: ApiLogEntry) => {
    const safe = JSON.parse(redactText(JSON.stringify(entry))) as ApiLogEntry;
    if (options.log) options.log(safe);
    else process.stderr.write(`${JSON.stringify({ component: "railpilot-api", ...safe })}\n`);
  };
  const metrics = createApiMetrics();
  const streams = new Set<ServerResponse>();
  const unsubscribe = api.subscribe((event) => metrics.record(event));

  let fastifyHandler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const app: FastifyInstance = Fastify({
    logger: false,
    bodyLimit: API_BODY_LIMIT,
    serverFactory(handler) {
      fastifyHandler = handler;
      return createServer(handler);
    },
  });
  const descriptors: RouteDescriptor[] = [];

  const sessions = createSessionStore(clock);
  app.addHook("onRequest", async (request, reply) => {
    const config = request.routeOptions.config as { public?: boolean } | undefined;
    if (config?.public) return;
    const given = bearerToken(request.headers.authorization);
    if (given === null) {
      // A dashboard session: the cookie, plus the CSRF header on anything that changes state.
      const session = sessions.get(cookieValue(request.headers.cookie, SESSION_COOKIE));
      if (session) {
        if (request.method === "GET" || request.method === "HEAD") return;
        if (sessions.csrfMatches(session, request.headers[CSRF_HEADER])) return;
        log({
          level: "warn",
          msg: "session request without its CSRF header",
          method: request.method,
          route: routeOf(request),
          statusCode: 403,
        });
        return reply.code(403).send({
          error: {
            code: "CSRF",
            message: `a state-changing request with a session cookie needs the ${CSRF_HEADER} header`,
          },
        });
      }
    }
    if (given === null || !secretsEqual(given, token)) {
      log({
        level: "warn",
        msg: given === null ? "request without a bearer token" : "request with a wrong bearer token",
        method: request.method,
        route: routeOf(request),
        statusCode: 401,
      });
      return reply
        .code(401)
        .header("www-authenticate", 'Bearer realm="railpilot"')
        .send({
          error: { code: "UNAUTHORIZED", message: "a valid bearer token is required (Authorization: Bearer <token>)" },
        });
    }
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("cache-control", "no-store");
    reply.header("x-content-type-options", "nosniff");
    return typeof payload === "string" ? redactText(payload) : payload;
  });
  app.addHook("onResponse", async (request, reply) => {
    metrics.httpRequest(request.method, routeOf(request), reply.statusCode);
  });
  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ error: { code: "NOT_FOUND", message: `no route ${request.method} ${request.url.split("?")[0]}` } });
  });
  app.setErrorHandler((error, request, reply) => {
    const { status, code, message } = classifyError(error);
    log({
      level: status >= 500 ? "error" : "warn",
      msg: message,
      method: request.method,
      route: routeOf(request),
      statusCode: status,
      code,
    });
    if (isWebhookRoute(request)) metrics.webhook("invalid");
    reply
      .code(status)
      .send({ error: { code, message: status >= 500 ? "the autopilot failed to answer; see its log" : message } });
  });

  function add<Q = undefined, P = undefined, B = undefined>(def: RouteDef<Q, P, B>): void {
    descriptors.push({
      method: def.method,
      url: def.url,
      summary: def.summary,
      tag: def.tag,
      public: def.public === true,
      query: def.query,
      params: def.params,
      body: def.body,
      response: def.response,
    });
    app.route({
      method: def.method,
      url: def.url,
      config: { public: def.public === true },
      ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
      handler: async (request, reply) => {
        const query = parse(def.query, request.query, "query") as Q;
        const params = parse(def.params, request.params, "path parameters") as P;
        const body = parse(def.body, request.body ?? {}, "body") as B;
        return def.handler({ query, params, body, request, reply });
      },
    });
  }

  const by = (request: FastifyRequest, given?: string) => given ?? `api:${request.ip}`;

  // --- health, metrics, OpenAPI
  add({
    method: "GET",
    url: "/healthz",
    tag: "health",
    summary: "Liveness: the process answers",
    public: true,
    response: z.object({ ok: z.literal(true) }),
    handler: async () => ({ ok: true }),
  });
  add({
    method: "GET",
    url: "/readyz",
    tag: "health",
    summary: "Readiness: observers and store are up",
    public: true,
    response: z.object({ ready: z.boolean() }),
    handler: async ({ reply }) => {
      const ready = options.ready ? await options.ready() : true;
      if (!ready) reply.code(503);
      return { ready };
    },
  });
  add({
    method: "GET",
    url: "/metrics",
    tag: "health",
    summary: "Prometheus metrics",
    response: "text/plain",
    handler: async ({ reply }) => {
      metrics.observeStatus(await api.status(), clock.now());
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  });
  add({
    method: "GET",
    url: "/openapi.json",
    tag: "health",
    summary: "This API's OpenAPI 3 document",
    response: z.record(z.string(), z.unknown()),
    handler: async () => openapi(),
  });

  // --- error-monitor endpoints
  add({
    method: "GET",
    url: "/error-monitor/autonomous/status",
    tag: "error-monitor",
    summary: "Whether the monitor is on, dry-run, interval, last scan, services watched, counts, kill switch",
    response: S.errorMonitorStatusSchema,
    handler: async () => {
      const s = await api.status();
      return {
        enabled: s.enabled,
        dryRun: s.dryRun,
        interval: s.intervalSeconds,
        lastScanTime: s.lastScanAt,
        servicesWatched: s.watching.services,
        environmentsWatched: s.watching.environments,
        counts: s.counts,
        killSwitch: s.killSwitch,
        approvalMode: s.approvalMode,
        ...(s.notifications ? { notifications: s.notifications } : {}),
        ...(s.probes ? { probes: s.probes } : {}),
      };
    },
  });
  add({
    method: "GET",
    url: "/error-monitor/health",
    tag: "error-monitor",
    summary: "The monitor's own health",
    response: S.healthBodySchema,
    handler: async () => {
      const s = await api.status();
      const checks: Record<string, string> = {
        monitor: s.enabled ? "enabled" : "disabled",
        killSwitch: s.killSwitch ? "on" : "off",
        lastSweep: s.lastSweepAt ?? "never",
        budget: `${s.budget.remaining}/${s.budget.limitPerHour} requests left this hour`,
      };
      return { status: s.enabled && !s.killSwitch && s.budget.remaining > 0 ? "ok" : "degraded", checks };
    },
  });
  // --- the dashboard: static files (public: they hold no data; every call they make needs a session)
  const sendDashboardFile = (reply: FastifyReply, name: string) => {
    const file = DASHBOARD_FILES[name];
    if (!file) return reply.code(404).send({ error: { code: "NOT_FOUND", message: `no dashboard file ${name}` } });
    return reply.type(file.type).header("content-security-policy", DASHBOARD_CSP).send(file.body);
  };
  for (const prefix of ["/dashboard", "/error-monitor/dashboard"]) {
    add({
      method: "GET",
      url: prefix,
      tag: "dashboard",
      summary: "The dashboard page (log in with the API token)",
      public: true,
      response: "text/html",
      handler: async ({ reply }) => sendDashboardFile(reply, "index.html"),
    });
    add({
      method: "GET",
      url: `${prefix}/:file`,
      tag: "dashboard",
      summary: "The dashboard's script and style files",
      public: true,
      params: S.dashboardFileParamsSchema,
      response: "text/plain",
      handler: async ({ params, reply }) => sendDashboardFile(reply, params.file),
    });
  }
  add({
    method: "POST",
    url: "/api/v1/session",
    tag: "dashboard",
    summary: "Log in with the API token: sets an HttpOnly session cookie and answers the CSRF token",
    public: true,
    body: S.loginBodySchema,
    response: S.sessionSchema,
    handler: async ({ body, request, reply }) => {
      if (!secretsEqual(body.token, token)) {
        log({
          level: "warn",
          msg: "dashboard login with a wrong token",
          method: "POST",
          route: "/api/v1/session",
          statusCode: 401,
        });
        return reply.code(401).send({ error: { code: "UNAUTHORIZED", message: "that is not the API token" } });
      }
      const session = sessions.create();
      reply.header("set-cookie", sessions.cookie(session, isHttps(request)));
      return { csrf: session.csrf, expiresAt: new Date(session.expiresAt).toISOString() };
    },
  });
  add({
    method: "GET",
    url: "/api/v1/session",
    tag: "dashboard",
    summary: "The current session's CSRF token (after a reload), 401 without a session",
    public: true,
    response: S.sessionSchema,
    handler: async ({ request, reply }) => {
      const session = sessions.get(cookieValue(request.headers.cookie, SESSION_COOKIE));
      if (!session) return reply.code(401).send({ error: { code: "UNAUTHORIZED", message: "not logged in" } });
      return { csrf: session.csrf, expiresAt: new Date(session.expiresAt).toISOString() };
    },
  });
  add({
    method: "POST",
    url: "/api/v1/session/logout",
    tag: "dashboard",
    summary: "Log out: ends the session and clears its cookie",
    response: z.object({ loggedOut: z.literal(true) }),
    handler: async ({ request, reply }) => {
      sessions.destroy(cookieValue(request.headers.cookie, SESSION_COOKIE));
      reply.header("set-cookie", sessions.cookie(null, isHttps(request)));
      return { loggedOut: true };
    },
  });
  add({
    method: "GET",
    url: "/api/v1/dora",
    tag: "api",
    summary: "DORA metrics over the last `days` days (default 30) with a weekly trend",
    query: S.doraQuerySchema,
    response: S.doraViewSchema,
    handler: async ({ query, reply }) => {
      if (!options.dora)
        return reply
          .code(404)
          .send({ error: { code: "DORA_UNAVAILABLE", message: "this autopilot was started without a DORA source" } });
      const until = clock.now();
      return options.dora({ since: until - (query.days ?? 30) * 86_400_000, until });
    },
  });
  add({
    method: "POST",
    url: "/error-monitor/monitor/scan",
    tag: "error-monitor",
    summary: "Run one observe → decide → act cycle now and answer what it found",
    response: S.scanResultSchema,
    handler: async () => api.scanNow(),
  });
  add({
    method: "GET",
    url: "/error-monitor/errors/critical",
    tag: "error-monitor",
    summary: "Error patterns of severity error or fatal",
    query: S.listQuerySchema,
    response: S.criticalErrorsSchema,
    handler: async ({ query }) => ({ errors: (await api.patterns({ ...query })).filter(isCritical) }),
  });
  add({
    method: "GET",
    url: "/error-monitor/fixes/generated",
    tag: "error-monitor",
    summary: "Fix pull requests the autopilot opened",
    response: S.generatedFixesSchema,
    handler: async () => ({ fixes: options.fixes ? await options.fixes() : [] }),
  });

  // --- /api/v1
  add({
    method: "GET",
    url: "/api/v1/status",
    tag: "api",
    summary: "The autopilot's status",
    response: S.autopilotStatusSchema,
    handler: async () => api.status(),
  });
  add({
    method: "GET",
    url: "/api/v1/services",
    tag: "api",
    summary:
      "Watched services with their current state (`offset`, `limit`, `q` filter by name; `total` counts matches)",
    query: S.servicesQuerySchema,
    response: z.object({ services: z.array(S.serviceViewSchema), total: z.number(), offset: z.number() }),
    handler: async ({ query }) => {
      const needle = query.q?.toLowerCase();
      const all = (await api.services()).filter(
        (s) =>
          needle === undefined ||
          s.serviceName.toLowerCase().includes(needle) ||
          s.environmentName.toLowerCase().includes(needle),
      );
      const offset = query.offset ?? 0;
      const page = all.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
      return { services: page, total: all.length, offset };
    },
  });
  add({
    method: "GET",
    url: "/api/v1/deployments",
    tag: "api",
    summary: "Deployments seen, newest first",
    query: S.listQuerySchema,
    response: z.object({ deployments: z.array(S.observedDeploymentSchema) }),
    handler: async ({ query }) => ({ deployments: await paged(query, (q) => api.deployments(q)) }),
  });
  add({
    method: "GET",
    url: "/api/v1/decisions",
    tag: "api",
    summary: "Decisions with their reasons and evidence, newest first",
    query: S.decisionsQuerySchema,
    response: z.object({ decisions: z.array(S.decisionViewSchema) }),
    handler: async ({ query }) => ({ decisions: await paged(query, (q) => api.decisions(q)) }),
  });
  add({
    method: "GET",
    url: "/api/v1/actions",
    tag: "api",
    summary: "Actions carried out, newest first",
    query: S.listQuerySchema,
    response: z.object({ actions: z.array(S.actionViewSchema) }),
    handler: async ({ query }) => ({ actions: await paged(query, (q) => api.actions(q)) }),
  });
  add({
    method: "GET",
    url: "/api/v1/patterns",
    tag: "api",
    summary: "Log error patterns",
    query: S.listQuerySchema,
    response: z.object({ patterns: z.array(S.patternViewSchema) }),
    handler: async ({ query }) => ({ patterns: await paged(query, (q) => api.patterns(q)) }),
  });
  add({
    method: "GET",
    url: "/api/v1/approvals",
    tag: "api",
    summary: "Decisions waiting for approval",
    response: z.object({ approvals: z.array(S.decisionViewSchema) }),
    handler: async () => ({ approvals: await api.approvals() }),
  });
  add({
    method: "POST",
    url: "/api/v1/approvals/:id/approve",
    tag: "api",
    summary: "Approve a waiting decision (it is then carried out)",
    params: S.decisionIdParamsSchema,
    body: S.approveBodySchema,
    response: z.object({ decision: S.decisionViewSchema }),
    handler: async ({ params, body, request }) => ({ decision: await api.approve(params.id, by(request, body.by)) }),
  });
  add({
    method: "POST",
    url: "/api/v1/approvals/:id/reject",
    tag: "api",
    summary: "Reject a waiting decision",
    params: S.decisionIdParamsSchema,
    body: S.rejectBodySchema,
    response: z.object({ decision: S.decisionViewSchema }),
    handler: async ({ params, body, request }) => ({
      decision: await api.reject(params.id, by(request, body.by), body.reason),
    }),
  });
  add({
    method: "GET",
    url: "/api/v1/kill-switch",
    tag: "api",
    summary: "Whether the kill switch is on",
    response: z.object({ on: z.boolean() }),
    handler: async () => ({ on: (await api.status()).killSwitch }),
  });
  add({
    method: "POST",
    url: "/api/v1/kill-switch",
    tag: "api",
    summary: "Turn the kill switch on (no action is taken while on) or off",
    body: S.killSwitchBodySchema,
    response: z.object({ on: z.boolean(), status: S.autopilotStatusSchema }),
    handler: async ({ body, request }) => {
      const status = await api.setKillSwitch(body.on, by(request, body.by));
      log({
        level: "info",
        msg: `kill switch turned ${body.on ? "on" : "off"}`,
        method: "POST",
        route: "/api/v1/kill-switch",
        statusCode: 200,
      });
      return { on: status.killSwitch, status };
    },
  });
  add({
    method: "GET",
    url: "/api/v1/events",
    tag: "api",
    summary: "Server-sent events: observations, decisions, actions and status as they happen",
    response: "text/event-stream",
    handler: async ({ reply, request }) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      res.write(": railpilot events\n\n");
      streams.add(res);
      const send = (event: AutopilotEvent) => {
        res.write(`event: ${event.type}\ndata: ${redactText(JSON.stringify(event))}\n\n`);
      };
      const stop = api.subscribe(send);
      const end = () => {
        stop();
        streams.delete(res);
      };
      request.raw.on("close", end);
      res.on("close", end);
    },
  });

  // --- the Railway webhook receiver (secret in the path, or `?token=`)
  const receive = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers["content-type"] ?? "")) {
      metrics.webhook("invalid");
      log({
        level: "warn",
        msg: "webhook that is not JSON",
        method: "POST",
        route: "/webhooks/railway",
        statusCode: 415,
      });
      return reply
        .code(415)
        .send({ error: { code: "UNSUPPORTED_MEDIA_TYPE", message: "a Railway webhook is a JSON body" } });
    }
    const receipt = await api.receiveWebhook(request.body);
    if (!receipt.accepted) {
      metrics.webhook("rejected");
      log({
        level: "warn",
        msg: `webhook rejected: ${receipt.reason}`,
        method: "POST",
        route: "/webhooks/railway",
        statusCode: 422,
      });
      return reply.code(422).send({ error: { code: "WEBHOOK_REJECTED", message: receipt.reason } });
    }
    metrics.webhook("accepted");
    return reply.code(202).send({ accepted: true });
  };
  const webhookAuth = async (request: FastifyRequest, reply: FastifyReply, given: string | undefined) => {
    if (given === undefined || !secretsEqual(given, webhookSecret)) {
      metrics.webhook("unauthorized");
      log({
        level: "warn",
        msg: "webhook with a missing or wrong secret",
        method: request.method,
        route: "/webhooks/railway",
        statusCode: 401,
      });
      return reply.code(401).send({ error: { code: "UNAUTHORIZED", message: "unknown webhook URL" } });
    }
  };
  const webhookResponse = z.object({ accepted: z.literal(true) });
  descriptors.push(
    {
      method: "POST",
      url: "/webhooks/railway/:secret",
      tag: "webhooks",
      summary: "Railway project webhook receiver (the secret is the last path segment)",
      public: true,
      params: z.object({ secret: z.string() }),
      body: z.record(z.string(), z.unknown()),
      response: webhookResponse,
    },
    {
      method: "POST",
      url: "/webhooks/railway",
      tag: "webhooks",
      summary: "Railway project webhook receiver (secret as ?token=)",
      public: true,
      query: z.object({ token: z.string() }),
      body: z.record(z.string(), z.unknown()),
      response: webhookResponse,
    },
  );
  const webhookBodyLimit = options.webhookBodyLimit ?? WEBHOOK_BODY_LIMIT;
  app.route({
    method: "POST",
    url: "/webhooks/railway/:secret",
    config: { public: true },
    bodyLimit: webhookBodyLimit,
    onRequest: async (request, reply) => webhookAuth(request, reply, (request.params as { secret?: string }).secret),
    handler: receive,
  });
  app.route({
    method: "POST",
    url: "/webhooks/railway",
    config: { public: true },
    bodyLimit: webhookBodyLimit,
    onRequest: async (request, reply) => webhookAuth(request, reply, (request.query as { token?: string }).token),
    handler: receive,
  });

  function openapi(): Record<string, unknown> {
    return buildOpenApiDocument(descriptors);
  }

  await app.ready();
  const inner = fastifyHandler;
  if (!inner) throw new Error("fastify did not hand over its request handler");
  const handler = (req: IncomingMessage, res: ServerResponse) => inner(req, res);
  let server: Server | undefined;

  return {
    handler,
    webhookPath: `/webhooks/railway/${webhookSecret}`,
    openapi,
    async listen({ host, port }) {
      if (server) throw new Error("the API is already listening");
      const s = createServer(handler);
      server = s;
      await new Promise<void>((resolve, reject) => {
        s.once("error", reject);
        s.listen(port, host, () => {
          s.off("error", reject);
          resolve();
        });
      });
      const address = s.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return { url: `http://${shownHost}:${address.port}`, host: address.address, port: address.port };
    },
    async close() {
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
      if (server) {
        const s = server;
        server = undefined;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        });
      }
      await app.close();
    },
  };
}

/**
 * `offset` on the list endpoints: the engine answers the newest `offset + limit` items and the
 * page is cut here, so a table can page through history without new engine queries.
 */
async function paged<Q extends { offset?: number | undefined; limit?: number | undefined }, T>(
  query: Q,
  list: (q: Omit<Q, "offset">) => Promise<T[]>,
): Promise<T[]> {
  const { offset = 0, ...rest } = query;
  if (offset === 0) return list(rest);
  const limit = query.limit ?? 100;
  return (await list({ ...rest, limit: offset + limit })).slice(offset, offset + limit);
}

function isHttps(request: FastifyRequest): boolean {
  return request.protocol === "https";
}

function parse(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestValidationError(where, result.error);
  return result.data;
}

function isCritical(p: PatternView): boolean {
  return p.severity === "error" || p.severity === "fatal" || p.severity === "critical";
}

/** The route pattern (never the raw URL: the webhook URL holds a secret). */
function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? "(no route)";
}

function isWebhookRoute(request: FastifyRequest): boolean {
  return (request.routeOptions.url ?? "").startsWith("/webhooks/");
}

/** Maps an error thrown while answering to an HTTP status and a stable code. */
function classifyError(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof RequestValidationError) return { status: 400, code: "VALIDATION", message: error.message };
  if (isRailpilotError(error)) {
    const code = error.code;
    if (code === "NOT_FOUND" || code.endsWith("_NOT_FOUND")) return { status: 404, code, message: error.message };
    if (code === "VALIDATION" || code === "USAGE") return { status: 400, code, message: error.message };
    if (code === "CONFLICT" || code.endsWith("_CONFLICT") || code.endsWith("_NOT_PENDING"))
      return { status: 409, code, message: error.message };
    return { status: 500, code, message: error.message };
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError.statusCode === "number" && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      code: fastifyError.code ?? "BAD_REQUEST",
      message: fastifyError.message ?? "bad request",
    };
  }
  return { status: 500, code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
}
