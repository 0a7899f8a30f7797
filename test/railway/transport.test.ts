import { afterEach, describe, expect, it } from "vitest";
import {
  BuildLogsDocument,
  MeDocument,
  NoTokenError,
  RailwayAuthError,
  RailwayClient,
  RailwayCooldownError,
  RailwayGraphQLError,
  RailwayNetworkError,
  RailwayNotFoundError,
  RailwayRateLimitError,
  RailwayTimeoutError,
  ServiceCreateDocument,
  ServiceInstanceDeployV2Document,
  VariablesDocument,
  VolumeCreateDocument,
} from "../../src/railway/index.js";
import { clientHarness, settle } from "./support/client-harness.js";
import { type Reply, startScriptedServer } from "./support/graphql-http-server.js";

const TOKEN = "tok_api_9f8e7d6c5b4a";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});
async function server(script: Parameters<typeof startScriptedServer>[0]) {
  const s = await startScriptedServer(script);
  closers.push(s.close);
  return s;
}

const ME = {
  data: {
    me: { id: "u1", email: "dev@example.com", name: null, username: null, apiTokenRateLimit: null, workspaces: [] },
  },
};
const gqlError = (message: string, extensions?: Record<string, unknown>): Reply => ({
  body: { errors: [{ message, ...(extensions ? { extensions } : {}) }], data: null },
});
const CLOUDFLARE_PAGE =
  "<!DOCTYPE html><html><head><title>Access denied | backboard.railway.com used Cloudflare to restrict access</title></head><body>blocked</body></html>";

describe("retries", () => {
  it("retries HTTP 5xx with exponential backoff of 0.5 s, 1 s, then succeeds", async () => {
    const s = await server([{ status: 502, body: { error: "bad gateway" } }, { status: 503, body: {} }, { body: ME }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const result = settle(h.client.request(MeDocument));
    await h.attempted(1);
    expect(await h.skipSleep()).toBe(500);
    await h.attempted(2);
    expect(await h.skipSleep()).toBe(1000);
    const r = await result;
    expect(r.ok).toBe(true);
    expect(s.seen).toHaveLength(3);
    expect(h.attempts.map((a) => a.outcome)).toEqual(["retry", "retry", "ok"]);
  });

  it("applies up to 25% jitter to the backoff", async () => {
    const s = await server([{ status: 500, body: {} }, { body: ME }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN, random: () => 0.999 });
    const result = settle(h.client.request(MeDocument));
    await h.attempted(1);
    const delay = await h.skipSleep();
    expect(delay).toBeGreaterThanOrEqual(375);
    expect(delay).toBeLessThan(400);
    expect((await result).ok).toBe(true);
  });

  it("caps the backoff at 8 s and gives up after maxRetries with RailwayNetworkError", async () => {
    const s = await server([{ status: 500, body: {} }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN, maxRetries: 6 });
    const result = settle(h.client.request(MeDocument));
    const delays: number[] = [];
    for (let i = 1; i <= 6; i++) {
      await h.attempted(i);
      delays.push(await h.skipSleep());
    }
    const r = await result;
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(s.seen).toHaveLength(7);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBeInstanceOf(RailwayNetworkError);
    expect(!r.ok && (r.error as RailwayNetworkError).status).toBe(500);
  });

  it("honours Retry-After seconds on HTTP 429 and closes the budget gate meanwhile", async () => {
    const s = await server([
      { status: 429, headers: { "retry-after": "7" }, body: { errors: [{ message: "Rate limit exceeded" }] } },
      { body: ME },
    ]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const result = settle(h.client.request(MeDocument));
    await h.attempted(1);
    expect(h.client.budget.remaining().hour).toBe(0);
    expect(await h.skipSleep()).toBe(7000);
    expect((await result).ok).toBe(true);
    expect(s.seen).toHaveLength(2);
  });

  it("throws RailwayRateLimitError at once when Retry-After is longer than maxRetryAfterMs", async () => {
    const s = await server([{ status: 429, headers: { "retry-after": "3600" }, body: {} }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const r = await settle(h.client.request(MeDocument));
    expect(r.ok).toBe(false);
    const error = !r.ok ? (r.error as RailwayRateLimitError) : undefined;
    expect(error).toBeInstanceOf(RailwayRateLimitError);
    expect(error?.code).toBe("RATE_LIMITED");
    expect(error?.retryAfterMs).toBe(3_600_000);
    expect(error?.resetAt).toBe(h.clock.now() + 3_600_000);
    expect(s.seen).toHaveLength(1);
  });

  it("retries a Cloudflare HTML page and reports its title when it persists", async () => {
    const s = await server([{ status: 403, body: CLOUDFLARE_PAGE }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN, maxRetries: 2 });
    const result = settle(h.client.request(MeDocument));
    await h.attempted(1);
    await h.skipSleep();
    await h.attempted(2);
    await h.skipSleep();
    const r = await result;
    expect(s.seen).toHaveLength(3);
    expect(!r.ok && r.error).toBeInstanceOf(RailwayNetworkError);
    expect(!r.ok && (r.error as Error).message).toContain("Access denied | backboard.railway.com used Cloudflare");
  });

  it('retries a 200 whose GraphQL error says "Problem processing request"', async () => {
    const s = await server([gqlError("Problem processing request"), { body: ME }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const result = settle(h.client.request(MeDocument));
    await h.attempted(1);
    expect(await h.skipSleep()).toBe(500);
    expect((await result).ok).toBe(true);
  });

  it('waits out "Endpoint too recently updated" with a longer backoff, then throws RailwayCooldownError', async () => {
    const s = await server([gqlError("Endpoint too recently updated")]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN, maxRetries: 2 });
    const result = settle(h.client.request(ServiceInstanceDeployV2Document, { serviceId: "s", environmentId: "e" }));
    await h.attempted(1);
    expect(await h.skipSleep()).toBe(2000);
    await h.attempted(2);
    expect(await h.skipSleep()).toBe(4000);
    const r = await result;
    expect(!r.ok && r.error).toBeInstanceOf(RailwayCooldownError);
    expect(!r.ok && (r.error as RailwayCooldownError).code).toBe("COOLDOWN");
  });

  it("never retries a validation error and marks it VALIDATION", async () => {
    const s = await server([
      gqlError('Cannot query field "bogus" on type "Query".', { code: "GRAPHQL_VALIDATION_FAILED" }),
    ]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const r = await settle(h.client.request(MeDocument));
    expect(s.seen).toHaveLength(1);
    const error = !r.ok ? (r.error as RailwayGraphQLError) : undefined;
    expect(error).toBeInstanceOf(RailwayGraphQLError);
    expect(error?.code).toBe("VALIDATION");
    expect(error?.errors[0]?.message).toContain("bogus");
    expect(error?.operationName).toBe("Me");
  });

  it.each([["Not Authorized"], ["project token not found"], ["Two Factor Authentication Required"]])(
    'never retries "%s" and throws RailwayAuthError',
    async (message) => {
      const s = await server([gqlError(message)]);
      const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
      const r = await settle(h.client.request(MeDocument));
      expect(s.seen).toHaveLength(1);
      expect(!r.ok && r.error).toBeInstanceOf(RailwayAuthError);
      expect(!r.ok && (r.error as RailwayAuthError).code).toBe("AUTH");
    },
  );

  it("throws RailwayNotFoundError for a missing resource", async () => {
    const s = await server([gqlError("Deployment not found")]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const r = await settle(h.client.request(MeDocument));
    expect(!r.ok && r.error).toBeInstanceOf(RailwayNotFoundError);
    expect(!r.ok && (r.error as RailwayNotFoundError).code).toBe("NOT_FOUND");
  });

  it("retries a refused connection even for a mutation (it never reached Railway)", async () => {
    const s = await server([{ body: ME }]);
    const url = s.url;
    await closers.pop()!();
    const h = clientHarness({ endpoint: url, apiToken: TOKEN, maxRetries: 1 });
    const result = settle(h.client.request(ServiceInstanceDeployV2Document, { serviceId: "s", environmentId: "e" }));
    await h.attempted(1);
    await h.skipSleep();
    const r = await result;
    expect(h.attempts).toHaveLength(2);
    expect(!r.ok && r.error).toBeInstanceOf(RailwayNetworkError);
    expect(!r.ok && (r.error as Error).message).toContain("ECONNREFUSED");
  });
});

describe("a connection the server dropped", () => {
  it("sends a query again at once, once, without waiting a backoff; a second drop backs off", async () => {
    const s = await server([{ drop: true }, { body: ME }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    // No clock step: the retry must not sleep (on a virtual clock nobody advances, it never woke).
    const r = await h.client.request(MeDocument);
    expect(r.me.id).toBe("u1");
    expect(s.seen).toHaveLength(2);
    expect(h.attempts.map((a) => a.outcome)).toEqual(["retry", "ok"]);

    const twice = await server([{ drop: true }, { drop: true }, { body: ME }]);
    const h2 = clientHarness({ endpoint: twice.url, apiToken: TOKEN });
    const result = settle(h2.client.request(MeDocument));
    await h2.attempted(2);
    expect(await h2.skipSleep()).toBe(500);
    expect((await result).ok).toBe(true);
    expect(twice.seen).toHaveLength(3);
  });

  it("never sends a mutation again (Railway may have received it)", async () => {
    const s = await server([{ drop: true }, { body: { data: { serviceInstanceDeployV2: "dep-1" } } }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const r = await settle(h.client.request(ServiceInstanceDeployV2Document, { serviceId: "s", environmentId: "e" }));
    expect(!r.ok && r.error).toBeInstanceOf(RailwayNetworkError);
    expect(s.seen).toHaveLength(1);
    expect(h.attempts.map((a) => a.outcome)).toEqual(["fail"]);
  });
});

describe("mutations are repeated only when Railway certainly did not act", () => {
  const DEPLOYED: Reply = { body: { data: { serviceInstanceDeployV2: "dep-1" } } };
  const deploy = (h: ReturnType<typeof clientHarness>, options?: { idempotent?: boolean }) =>
    settle(h.client.request(ServiceInstanceDeployV2Document, { serviceId: "s", environmentId: "e" }, options));

  it.each<[string, Reply]>([
    ['a 200 with "Problem processing request"', gqlError("Problem processing request")],
    [
      "HTTP 500 INTERNAL_SERVER_ERROR",
      {
        status: 500,
        body: { errors: [{ message: "Internal error", extensions: { code: "INTERNAL_SERVER_ERROR" } }], data: null },
      },
    ],
    [
      "HTTP 500 with an HTML page",
      { status: 500, body: "<html><head><title>500 Internal Server Error</title></head></html>" },
    ],
    ["HTTP 502 from a proxy", { status: 502, body: "<html><head><title>502 Bad Gateway</title></head></html>" }],
    ["HTTP 503 with JSON", { status: 503, body: {} }],
    ["HTTP 504 gateway timeout", { status: 504, body: "upstream timed out" }],
    [
      "a 403 HTML page that is not Cloudflare's block",
      { status: 403, body: "<html><head><title>403 Forbidden</title></head></html>" },
    ],
  ])("sends serviceInstanceDeployV2 once and throws after %s", async (_what, reply) => {
    const s = await server([reply, DEPLOYED]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const result = deploy(h);
    await h.attempted(1);
    expect(await h.pendingDelay()).toBeUndefined();
    const r = await result;
    expect(r.ok).toBe(false);
    expect(s.seen).toHaveLength(1);
    expect(h.attempts.map((a) => a.outcome)).toEqual(["fail"]);
  });

  it("still retries the same failures for a query", async () => {
    const s = await server([
      gqlError("Problem processing request"),
      { status: 502, body: "<html><head><title>502 Bad Gateway</title></head></html>" },
      { body: ME },
    ]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const result = settle(h.client.request(MeDocument));
    await h.attempted(1);
    await h.skipSleep();
    await h.attempted(2);
    await h.skipSleep();
    expect((await result).ok).toBe(true);
    expect(s.seen).toHaveLength(3);
  });

  it("retries a mutation refused with HTTP 429 or Cloudflare's 403 block page, then returns its result", async () => {
    const s = await server([
      { status: 429, headers: { "retry-after": "2" }, body: {} },
      { status: 403, body: CLOUDFLARE_PAGE },
      DEPLOYED,
    ]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const result = deploy(h);
    await h.attempted(1);
    expect(await h.skipSleep()).toBe(2000);
    await h.attempted(2);
    await h.skipSleep();
    const r = await result;
    expect(r.ok && r.value.serviceInstanceDeployV2).toBe("dep-1");
    expect(s.seen).toHaveLength(3);
    expect(h.attempts.map((a) => a.outcome)).toEqual(["retry", "retry", "ok"]);
  });

  it("retries a mutation after an HTTP 500 when the caller says it is idempotent", async () => {
    const s = await server([{ status: 500, body: {} }, DEPLOYED]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const result = deploy(h, { idempotent: true });
    await h.attempted(1);
    expect(await h.skipSleep()).toBe(500);
    expect((await result).ok).toBe(true);
    expect(s.seen).toHaveLength(2);
  });
});

describe("timeouts and abort", () => {
  it("times out a hanging request after timeoutMs with RailwayTimeoutError (code TIMEOUT)", async () => {
    const s = await server([{ hang: true }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN, timeoutMs: 1500, maxRetries: 0 });
    const result = settle(h.client.request(MeDocument));
    await s.received(1);
    expect(await h.pendingDelay()).toBe(1500);
    await h.clock.advance(1500);
    const r = await result;
    expect(!r.ok && r.error).toBeInstanceOf(RailwayTimeoutError);
    expect(!r.ok && (r.error as RailwayTimeoutError).code).toBe("TIMEOUT");
  });

  it("retries a timed-out query but not a timed-out mutation (it may have been applied)", async () => {
    const s = await server([{ hang: true }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN, timeoutMs: 1000, maxRetries: 3 });
    const mutation = settle(h.client.request(ServiceInstanceDeployV2Document, { serviceId: "s", environmentId: "e" }));
    await s.received(1);
    await h.clock.advance(1000);
    const m = await mutation;
    expect(!m.ok && m.error).toBeInstanceOf(RailwayTimeoutError);
    expect(s.seen).toHaveLength(1);

    const query = settle(h.client.request(MeDocument, {}, { timeoutMs: 1000 }));
    await s.received(2);
    await h.clock.advance(1000);
    await h.attempted(2);
    await h.skipSleep();
    await s.received(3);
    expect(s.seen).toHaveLength(3);
    await h.clock.advance(1000);
    await h.attempted(3);
    await h.skipSleep();
    await s.received(4);
    await h.clock.advance(1000);
    await h.attempted(4);
    await h.skipSleep();
    await s.received(5);
    await h.clock.advance(1000);
    const q = await query;
    expect(!q.ok && q.error).toBeInstanceOf(RailwayTimeoutError);
  });

  it("rejects with the signal's reason when aborted during backoff, without another attempt", async () => {
    const s = await server([{ status: 500, body: {} }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const controller = new AbortController();
    const result = settle(h.client.request(MeDocument, undefined, { signal: controller.signal }));
    await h.attempted(1);
    const reason = new Error("user pressed ctrl-c");
    controller.abort(reason);
    const r = await result;
    expect(!r.ok && r.error).toBe(reason);
    await h.clock.advance(60_000);
    expect(s.seen).toHaveLength(1);
  });

  it("aborts an in-flight request", async () => {
    const s = await server([{ hang: true }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const controller = new AbortController();
    const result = settle(h.client.request(MeDocument, undefined, { signal: controller.signal }));
    await s.received(1);
    controller.abort(new Error("stop"));
    const r = await result;
    expect(!r.ok && (r.error as Error).message).toBe("stop");
  });
});

describe("variables and results", () => {
  it("strips null and undefined variables recursively, keeping arrays and falsy values", async () => {
    const s = await server([
      {
        body: {
          data: {
            serviceCreate: {
              id: "s1",
              name: "api",
              icon: null,
              projectId: "p",
              templateId: null,
              createdAt: "x",
              updatedAt: "x",
              deletedAt: null,
            },
          },
        },
      },
    ]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    await h.client.request(ServiceCreateDocument, {
      input: {
        projectId: "p",
        name: "api",
        branch: null,
        environmentId: undefined,
        source: { repo: "acme/api", image: null },
        icon: "",
        variables: { EMPTY: "" },
      },
    });
    expect(s.seen[0]?.json?.variables).toEqual({
      input: { projectId: "p", name: "api", source: { repo: "acme/api" }, icon: "", variables: { EMPTY: "" } },
    });
  });

  it("drops a null optional root variable (volumeCreate would otherwise treat null as 'no environment')", async () => {
    const s = await server([{ body: { data: { variables: {} } } }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    await h.client.request(VariablesDocument, {
      projectId: "p",
      environmentId: "e",
      serviceId: null,
      unrendered: undefined,
    });
    expect(s.seen[0]?.json?.variables).toEqual({ projectId: "p", environmentId: "e" });
  });

  it("sends an explicit null when the caller turns stripping off", async () => {
    const s = await server([
      { body: { data: { volumeCreate: { id: "v", name: "v", projectId: "p", createdAt: "x" } } } },
    ]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    await h.client.request(
      VolumeCreateDocument,
      { input: { projectId: "p", mountPath: "/data", environmentId: null } },
      { stripNulls: false },
    );
    expect(s.seen[0]?.json?.variables).toEqual({ input: { projectId: "p", mountPath: "/data", environmentId: null } });
  });

  it("trims the limit+1 rows of buildLogs to the newest `limit`", async () => {
    const row = (n: number) => ({
      message: `line ${n}`,
      timestamp: `2026-01-01T00:00:0${n}Z`,
      severity: "info",
      attributes: [],
      tags: null,
    });
    const s = await server([{ body: { data: { buildLogs: [row(1), row(2), row(3)] } } }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const data = await h.client.request(BuildLogsDocument, { deploymentId: "d", limit: 2 });
    expect(data.buildLogs.map((l) => l.message)).toEqual(["line 2", "line 3"]);
  });

  it("validates the response envelope and refuses JSON that is not GraphQL", async () => {
    const s = await server([{ body: { errors: "nope" } }]);
    const h = clientHarness({ endpoint: s.url, apiToken: TOKEN });
    const r = await settle(h.client.request(MeDocument));
    expect(!r.ok && r.error).toBeInstanceOf(RailwayNetworkError);
  });
});

describe("auth and endpoint", () => {
  const seenHeaders = async (options: ConstructorParameters<typeof RailwayClient>[0]) => {
    const s = await server([{ body: ME }]);
    const client = new RailwayClient({ endpoint: s.url, ...options });
    await client.request(MeDocument);
    return s.seen[0]!.headers;
  };

  it("sends RAILWAY_TOKEN as Project-Access-Token and no bearer", async () => {
    const headers = await seenHeaders({ env: { RAILWAY_TOKEN: "proj_tok_111111" } });
    expect(headers["project-access-token"]).toBe("proj_tok_111111");
    expect(headers.authorization).toBeUndefined();
  });

  it("sends RAILWAY_API_TOKEN as Authorization: Bearer", async () => {
    const headers = await seenHeaders({ env: { RAILWAY_API_TOKEN: "api_tok_222222" } });
    expect(headers.authorization).toBe("Bearer api_tok_222222");
    expect(headers["project-access-token"]).toBeUndefined();
  });

  it("prefers RAILWAY_TOKEN when both env vars are set, like Railway's CLI", async () => {
    const headers = await seenHeaders({
      env: { RAILWAY_TOKEN: "proj_tok_333333", RAILWAY_API_TOKEN: "api_tok_333333" },
    });
    expect(headers["project-access-token"]).toBe("proj_tok_333333");
    expect(headers.authorization).toBeUndefined();
  });

  it("lets an explicit option win over the environment", async () => {
    const headers = await seenHeaders({ apiToken: "api_tok_444444", env: { RAILWAY_TOKEN: "proj_tok_444444" } });
    expect(headers.authorization).toBe("Bearer api_tok_444444");
    expect(headers["project-access-token"]).toBeUndefined();
  });

  it("reads the endpoint from RAILWAY_GRAPHQL_ENDPOINT and derives the websocket URL", async () => {
    const s = await server([{ body: ME }]);
    const client = RailwayClient.fromEnv({ RAILWAY_GRAPHQL_ENDPOINT: s.url, RAILWAY_API_TOKEN: "api_tok_555555" });
    await client.request(MeDocument);
    expect(s.seen).toHaveLength(1);
    expect(client.websocketUrl).toBe(s.url.replace("http://", "ws://"));
    expect(new RailwayClient({ env: {} }).endpoint).toBe("https://backboard.railway.com/graphql/v2");
    expect(new RailwayClient({ env: {} }).websocketUrl).toBe("wss://backboard.railway.com/graphql/v2");
  });

  it("throws NoTokenError naming both env vars, without sending anything", async () => {
    const s = await server([{ body: ME }]);
    const client = new RailwayClient({ endpoint: s.url, env: {} });
    const r = await settle(client.request(MeDocument));
    const error = !r.ok ? (r.error as NoTokenError) : undefined;
    expect(error).toBeInstanceOf(NoTokenError);
    expect(error?.code).toBe("NO_TOKEN");
    expect(error?.hint).toContain("RAILWAY_TOKEN");
    expect(error?.hint).toContain("RAILWAY_API_TOKEN");
    expect(s.seen).toHaveLength(0);
  });

  it("never lets a token into an error message, hint, cause or request info, even when Railway echoes it", async () => {
    const secret = "tok_secret_abcdef123456";
    const s = await server([
      gqlError(`Not Authorized: token ${secret} is not valid`),
      { status: 403, body: `<html><head><title>Denied for ${secret}</title></head></html>` },
    ]);
    const infos: unknown[] = [];
    const client = new RailwayClient({
      endpoint: s.url,
      apiToken: secret,
      env: {},
      maxRetries: 0,
      onRequest: (i) => infos.push(i),
    });
    const errors: unknown[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await settle(client.request(MeDocument));
      if (!r.ok) errors.push(r.error);
    }
    expect(errors).toHaveLength(2);
    for (const e of errors) {
      const error = e as Error & { hint?: string; cause?: unknown };
      const dump = [error.message, error.hint, String(error.cause), JSON.stringify(error), error.stack].join("\n");
      expect(dump).not.toContain(secret);
    }
    expect(JSON.stringify(infos)).not.toContain(secret);
    expect((errors[0] as Error).message).toContain("[redacted]");
  });
});
