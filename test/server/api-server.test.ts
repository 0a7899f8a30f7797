import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ApiLogEntry,
  type ApiServer,
  createApiServer,
  InsecureListenError,
  parseListenAddress,
  resolveApiToken,
} from "../../src/server/index.js";
import { MemoryAutopilot } from "./memory-autopilot.js";

const TOKEN = "test-token-0123456789abcdef";
const SECRET = "hook-secret-0123456789abcdef";

let api: MemoryAutopilot;
let server: ApiServer;
let base: string;
let logs: ApiLogEntry[];

beforeEach(async () => {
  api = new MemoryAutopilot();
  logs = [];
  server = await createApiServer({
    api,
    token: TOKEN,
    webhookSecret: SECRET,
    log: (e) => logs.push(e),
    redactor: (t) => t.split("sk-live-secret-value").join("[redacted]"),
  });
  base = (await server.listen({ host: "127.0.0.1", port: 0 })).url;
});
afterEach(async () => {
  await server.close();
});

const auth = { authorization: `Bearer ${TOKEN}` };
async function get(path: string, headers: Record<string, string> = auth) {
  const res = await fetch(`${base}${path}`, { headers });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text), headers: res.headers };
}
async function post(path: string, body: unknown, headers: Record<string, string> = auth) {
  const res = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text), headers: res.headers };
}

describe("auth", () => {
  it("leaves /healthz and /readyz open and requires the bearer token everywhere else", async () => {
    expect((await get("/healthz", {})).json()).toEqual({ ok: true });
    expect((await get("/readyz", {})).status).toBe(200);
    for (const path of [
      "/error-monitor/autonomous/status",
      "/error-monitor/health",
      "/api/v1/actions",
      "/api/v1/decisions",
      "/metrics",
      "/openapi.json",
      "/api/v1/nothing-here",
    ]) {
      const missing = await get(path, {});
      expect(missing.status, path).toBe(401);
      expect(missing.json().error.code).toBe("UNAUTHORIZED");
      const wrong = await get(path, { authorization: "Bearer not-the-token-at-all" });
      expect(wrong.status, path).toBe(401);
    }
    const scan = await post("/error-monitor/monitor/scan", {}, {});
    expect(scan.status).toBe(401);
    expect(api.scans).toBe(0);
    const kill = await post("/api/v1/kill-switch", { on: true }, { authorization: "Basic abc" });
    expect(kill.status).toBe(401);
    expect(api.killSwitch).toBe(false);
    expect(logs.some((l) => l.statusCode === 401 && l.route === "/api/v1/kill-switch")).toBe(true);
  });

  it("answers /readyz 503 until ready", async () => {
    let ready = false;
    const s = await createApiServer({ api, token: TOKEN, webhookSecret: SECRET, ready: () => ready, log: () => {} });
    const { url } = await s.listen({ host: "127.0.0.1", port: 0 });
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    ready = true;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    await s.close();
  });

  it.each([
    ["127.0.0.1:8080", { host: "127.0.0.1", port: 8080 }],
    ["0.0.0.0:0", { host: "0.0.0.0", port: 0 }],
    ["[::1]:9000", { host: "::1", port: 9000 }],
    ["localhost:1", { host: "localhost", port: 1 }],
  ])("parses the listen address %s", (value, expected) => {
    expect(parseListenAddress(value)).toEqual(expected);
  });
  it.each(["8080", "host:", ":80", "a:99999", "a b:1"])("refuses the listen address %s", (value) => {
    expect(() => parseListenAddress(value)).toThrow(/not host:port/);
  });
  it("generates a token only for loopback and refuses a public address without one", () => {
    const generated = resolveApiToken(undefined, "127.0.0.1");
    expect(generated.generated).toBe(true);
    expect(generated.token.length).toBeGreaterThanOrEqual(30);
    expect(resolveApiToken(undefined, "::1").generated).toBe(true);
    expect(resolveApiToken("configured-token-123456", "0.0.0.0")).toEqual({
      token: "configured-token-123456",
      generated: false,
    });
    expect(() => resolveApiToken(undefined, "0.0.0.0")).toThrow(InsecureListenError);
    expect(() => resolveApiToken("", "10.0.0.5")).toThrow(/without an API token/);
  });
});

describe("error-monitor endpoints", () => {
  it("reports the autonomous status", async () => {
    const res = await get("/error-monitor/autonomous/status");
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      enabled: true,
      dryRun: false,
      interval: 300,
      lastScanTime: null,
      servicesWatched: 1,
      environmentsWatched: 1,
      counts: { decisions: 0, actions: 0, escalations: 0, pendingApprovals: 0 },
      killSwitch: false,
      approvalMode: true,
    });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("runs a scan and reports what it found; health turns degraded with the kill switch", async () => {
    const scan = await post("/error-monitor/monitor/scan", {});
    expect(scan.status).toBe(200);
    expect(scan.json()).toMatchObject({ observations: 3, decisions: [{ id: "scan-1", kind: "none" }] });
    expect((await get("/error-monitor/autonomous/status")).json().lastScanTime).toBe("2026-12-04T12:00:00.000Z");
    expect((await get("/error-monitor/health")).json().status).toBe("ok");
    await post("/api/v1/kill-switch", { on: true });
    expect((await get("/error-monitor/health")).json()).toMatchObject({
      status: "degraded",
      checks: { killSwitch: "on" },
    });
  });

  it("lists critical errors only, an empty fix list, and serves the dashboard page", async () => {
    const p = { template: "t", count: 1, firstSeen: "x", lastSeen: "x", sample: "s" };
    api.patternList = [
      { id: "p1", severity: "fatal", ...p },
      { id: "p2", severity: "warn", ...p },
      { id: "p3", severity: "error", ...p },
    ];
    expect((await get("/error-monitor/errors/critical")).json().errors.map((e: { id: string }) => e.id)).toEqual([
      "p1",
      "p3",
    ]);
    expect((await get("/error-monitor/fixes/generated")).json()).toEqual({ fixes: [] });
    const page = await get("/error-monitor/dashboard");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.text).toContain("<title>railpilot autopilot</title>");
    expect(page.text).not.toMatch(/https?:\/\//);
  });
});

describe("/api/v1", () => {
  it("approves and rejects waiting decisions, and lists the resulting actions", async () => {
    api.addDecision({ id: "d-1", status: "pending_approval", deploymentId: "dep-9" });
    api.addDecision({ id: "d-2", status: "pending_approval" });
    expect((await get("/api/v1/approvals")).json().approvals.map((d: { id: string }) => d.id)).toEqual(["d-2", "d-1"]);

    const approved = await post("/api/v1/approvals/d-1/approve", { by: "alice" });
    expect(approved.status).toBe(200);
    expect(approved.json().decision).toMatchObject({
      id: "d-1",
      status: "approved",
      evidence: { approvedBy: "alice" },
    });
    const rejected = await post("/api/v1/approvals/d-2/reject", { reason: "deploying a fix" });
    expect(rejected.json().decision).toMatchObject({
      id: "d-2",
      status: "rejected",
      evidence: { reason: "deploying a fix" },
    });
    expect(rejected.json().decision.evidence.rejectedBy).toMatch(/^api:/);

    expect((await post("/api/v1/approvals/d-1/approve", {})).status).toBe(409);
    expect((await post("/api/v1/approvals/nope/approve", {})).status).toBe(404);
    expect((await post("/api/v1/approvals/d-1/approve", { by: 5 })).status).toBe(400);

    const actions = (await get("/api/v1/actions")).json();
    expect(actions).toEqual({
      actions: [
        {
          id: "a-d-1",
          kind: "rollback",
          serviceId: "s-web",
          deploymentId: "dep-9",
          decision: "d-1",
          status: "sent",
          reason: "crashed after go-live",
          at: "2026-12-04T12:00:00.000Z",
        },
      ],
    });
    expect((await get("/api/v1/decisions?status=rejected")).json().decisions.map((d: { id: string }) => d.id)).toEqual([
      "d-2",
    ]);
    expect((await get("/api/v1/decisions?limit=0")).status).toBe(400);
    expect((await get("/api/v1/decisions?bogus=1")).status).toBe(400);
    expect((await get("/api/v1/services")).json().services[0]).toMatchObject({ serviceName: "web", state: "healthy" });
    expect((await get("/api/v1/deployments")).json().deployments[0]).toMatchObject({ id: "d1", status: "SUCCESS" });
  });

  it("turns the kill switch on and off", async () => {
    expect((await get("/api/v1/kill-switch")).json()).toEqual({ on: false });
    const on = await post("/api/v1/kill-switch", { on: true, by: "ops" });
    expect(on.json()).toMatchObject({ on: true, status: { killSwitch: true } });
    expect(api.killSwitch).toBe(true);
    expect((await get("/error-monitor/autonomous/status")).json().killSwitch).toBe(true);
    expect((await post("/api/v1/kill-switch", { on: "yes" })).status).toBe(400);
    await post("/api/v1/kill-switch", { on: false });
    expect((await get("/api/v1/kill-switch")).json()).toEqual({ on: false });
  });

  it("redacts secrets out of every response, its own token included", async () => {
    api.addDecision({
      id: "d-s",
      reasons: [
        "DATABASE_URL=postgres://app:hunter22@db:5432/x failed",
        `token ${TOKEN}`,
        "key sk-live-secret-value leaked",
      ],
    });
    const res = await get("/api/v1/decisions");
    expect(res.text).not.toContain("hunter22");
    expect(res.text).not.toContain(TOKEN);
    expect(res.text).not.toContain("sk-live-secret-value");
    expect(res.json().decisions[0].reasons).toEqual([
      "DATABASE_URL=postgres://***@db:5432/x failed",
      "token [redacted]",
      "key [redacted] leaked",
    ]);
  });

  it("streams events over server-sent events", async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/v1/events`, { headers: auth, signal: controller.signal });
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let text = "";
    text += new TextDecoder().decode((await reader.read()).value);
    api.addDecision({ id: "d-live", kind: "scale_memory" });
    while (!text.includes("d-live")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain("event: decision\ndata: ");
    const data = JSON.parse((text.split("event: decision\ndata: ")[1] as string).split("\n")[0] as string);
    expect(data.decision).toMatchObject({ id: "d-live", kind: "scale_memory" });
    controller.abort();
  });
});

describe("metrics and OpenAPI", () => {
  it("exports budget, decisions, actions and watch lag to Prometheus", async () => {
    api.addDecision({ id: "d-m", status: "pending_approval" });
    await post("/api/v1/approvals/d-m/approve", {});
    const text = (await get("/metrics")).text;
    expect(text).toMatch(/^railpilot_railway_requests_spent 42$/m);
    expect(text).toMatch(/^railpilot_railway_request_budget_remaining 958$/m);
    expect(text).toMatch(/^railpilot_decisions_total\{kind="rollback",status="pending_approval"\} 1$/m);
    expect(text).toMatch(/^railpilot_actions_total\{kind="rollback",status="sent"\} 1$/m);
    expect(text).toMatch(/^railpilot_watch_lag_seconds \d/m);
    const rss = /^railpilot_process_memory_bytes\{kind="rss"\} (\d+)$/m.exec(text);
    expect(Number(rss?.[1])).toBeGreaterThan(10 * 1024 * 1024);
    expect(text).toMatch(/^railpilot_process_memory_bytes\{kind="heap_used"\} \d+$/m);
    expect(text).toMatch(
      /^railpilot_api_requests_total\{method="POST",route="\/api\/v1\/approvals\/:id\/approve",code="200"\} 1$/m,
    );
  });

  it("describes every route in /openapi.json from the route schemas", async () => {
    const doc = (await get("/openapi.json")).json();
    expect(doc.openapi).toBe("3.0.3");
    const actions = doc.paths["/api/v1/actions"].get;
    expect(actions.parameters.map((p: { name: string }) => p.name)).toEqual(["serviceId", "limit", "offset"]);
    const item = actions.responses["200"].content["application/json"].schema.properties.actions.items;
    expect(Object.keys(item.properties).sort()).toEqual([
      "at",
      "decision",
      "deploymentId",
      "id",
      "kind",
      "reason",
      "serviceId",
      "status",
    ]);
    expect(doc.paths["/api/v1/approvals/{id}/approve"].post.parameters[0]).toMatchObject({
      name: "id",
      in: "path",
      required: true,
    });
    expect(doc.paths["/healthz"].get.security).toEqual([]);
    for (const p of [
      "/error-monitor/autonomous/status",
      "/error-monitor/health",
      "/error-monitor/dashboard",
      "/error-monitor/monitor/scan",
      "/error-monitor/errors/critical",
      "/error-monitor/fixes/generated",
      "/api/v1/events",
      "/metrics",
      "/readyz",
      "/webhooks/railway/{secret}",
    ]) {
      expect(doc.paths[p], p).toBeDefined();
    }
    expect(JSON.stringify(doc)).not.toContain(SECRET);
  });
});

describe("webhook receiver", () => {
  const event = { type: "DEPLOY", status: "CRASHED", project: { id: "p1" }, deployment: { id: "d1" } };

  it("passes an authenticated body to the engine (secret in the path or as ?token=)", async () => {
    expect((await post(`/webhooks/railway/${SECRET}`, event, {})).status).toBe(202);
    expect((await post(`/webhooks/railway?token=${SECRET}`, event, {})).status).toBe(202);
    expect(api.webhooks).toEqual([event, event]);
    expect(server.webhookPath).toBe(`/webhooks/railway/${SECRET}`);
  });

  it("answers 4xx with a log line for unauthenticated, malformed, oversized and invalid payloads, and keeps serving", async () => {
    expect((await post("/webhooks/railway/wrong-secret-value-xxxxxxxx", event, {})).status).toBe(401);
    expect((await post("/webhooks/railway", event, {})).status).toBe(401);
    expect((await post(`/webhooks/railway/${SECRET}`, "{not json", {})).status).toBe(400);
    expect(
      (await post(`/webhooks/railway/${SECRET}`, { type: "DEPLOY", pad: "x".repeat(1024 * 1024) }, {})).status,
    ).toBe(413);
    expect((await post(`/webhooks/railway/${SECRET}`, { no: "type" }, {})).status).toBe(422);
    const res = await fetch(`${base}/webhooks/railway/${SECRET}`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "hello",
    });
    expect(res.status).toBe(415);
    expect(api.webhooks).toEqual([]);
    const webhookLogs = logs.filter((l) => l.route?.startsWith("/webhooks/"));
    expect(webhookLogs.map((l) => l.statusCode)).toEqual([401, 401, 400, 413, 422, 415]);
    expect(JSON.stringify(logs)).not.toContain(SECRET);
    expect((await get("/healthz", {})).status).toBe(200);
    const text = (await get("/metrics")).text;
    expect(text).toMatch(/^railpilot_webhooks_total\{result="unauthorized"\} 2$/m);
  });
});

describe("mounting", () => {
  let host: Server;
  afterEach(async () => {
    await new Promise<void>((resolve) => host.close(() => resolve()));
  });

  it("serves under a prefix inside another node:http app", async () => {
    host = createServer((req, res) => {
      if (req.url?.startsWith("/ops/railpilot/")) {
        req.url = req.url.slice("/ops/railpilot".length);
        return server.handler(req, res);
      }
      res.writeHead(200, { "content-type": "text/plain" }).end("the app itself");
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    expect(await (await fetch(`${url}/`)).text()).toBe("the app itself");
    expect(await (await fetch(`${url}/ops/railpilot/healthz`)).json()).toEqual({ ok: true });
    const status = await fetch(`${url}/ops/railpilot/error-monitor/autonomous/status`, { headers: auth });
    expect(status.status).toBe(200);
    expect((await status.json()).servicesWatched).toBe(1);
    expect((await fetch(`${url}/ops/railpilot/api/v1/actions`)).status).toBe(401);
  });
});

describe("dashboard sessions", () => {
  async function login(token = TOKEN) {
    const res = await fetch(`${base}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    return { status: res.status, cookie: res.headers.get("set-cookie"), body: (await res.json()) as { csrf?: string } };
  }

  it("serves the page and its files without a token: they hold no data", async () => {
    for (const path of ["/dashboard", "/error-monitor/dashboard"]) {
      const page = await get(path, {});
      expect(page.status, path).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(page.text).toContain('<label for="token">API token</label>');
      expect(page.text).not.toMatch(/https?:\/\//);
      const script = await get(`${path}/app.js`, {});
      expect(script.headers.get("content-type")).toMatch(/text\/javascript/);
      expect(script.text).toContain("EventSource");
    }
    expect((await get("/dashboard/..%2Fpackage.json", {})).status).toBe(400);
    expect((await get("/dashboard/secret.txt", {})).status).toBe(400);
    expect((await get("/api/v1/services", {})).status).toBe(401);
  });

  it("exchanges the token for an HttpOnly SameSite=Strict session cookie that never holds the token", async () => {
    expect((await login("not-the-token")).status).toBe(401);
    const { status, cookie, body } = await login();
    expect(status).toBe(200);
    expect(cookie).toMatch(/^railpilot_session=[\w-]{40,}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(TOKEN);
    const session = { cookie: (cookie as string).split(";")[0] as string };
    expect((await get("/api/v1/services", session)).status).toBe(200);
    expect((await get("/api/v1/session", session)).json().csrf).toBe(body.csrf);
    // Changing state with the cookie alone is refused (a cross-site form can send the cookie, not the header).
    const noCsrf = await post("/api/v1/kill-switch", { on: true }, session);
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json().error.code).toBe("CSRF");
    expect((await post("/api/v1/kill-switch", { on: true }, { ...session, "x-railpilot-csrf": "wrong" })).status).toBe(
      403,
    );
    expect(api.killSwitch).toBe(false);
    const ok = await post("/api/v1/kill-switch", { on: true }, { ...session, "x-railpilot-csrf": body.csrf as string });
    expect(ok.status).toBe(200);
    expect(api.killSwitch).toBe(true);
    const out = await post("/api/v1/session/logout", {}, { ...session, "x-railpilot-csrf": body.csrf as string });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/^railpilot_session=; Max-Age=0/);
    expect((await get("/api/v1/services", session)).status).toBe(401);
    expect((await get("/api/v1/session", session)).status).toBe(401);
  });
});

describe("pagination and DORA", () => {
  it("pages and filters 500 services server-side with a total", async () => {
    api.extraServices = 499;
    const first = (await get("/api/v1/services?limit=25")).json();
    expect(first.total).toBe(500);
    expect(first.services).toHaveLength(25);
    const last = (await get("/api/v1/services?limit=25&offset=490")).json();
    expect(last.services.map((s: { serviceName: string }) => s.serviceName)).toEqual(
      Array.from({ length: 10 }, (_, i) => `svc-${490 + i}`),
    );
    const found = (await get("/api/v1/services?q=svc-42&limit=25")).json();
    expect(found.total).toBe(10); // svc-420..svc-429
    expect((await get("/api/v1/services?offset=-1")).status).toBe(400);
  });

  it("answers 404 DORA_UNAVAILABLE without a DORA source", async () => {
    const r = await get("/api/v1/dora");
    expect(r.status).toBe(404);
    expect(r.json().error.code).toBe("DORA_UNAVAILABLE");
  });
});
