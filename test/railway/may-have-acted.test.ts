/**
 * "Did Railway act on this request?" is decided once, by the client, and carried on every error
 * it throws as `mayHaveActed`. A mutation sent to a real local server that answers each way.
 */
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  isRailwayError,
  mayHaveActed,
  type RailwayError,
  ServiceInstanceDeployV2Document,
} from "../../src/railway/index.js";
import { clientHarness } from "./support/client-harness.js";
import { type Reply, startScriptedServer } from "./support/graphql-http-server.js";

const TOKEN = "tok_api_acted_1234";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const gqlError = (message: string, extensions?: Record<string, unknown>): Reply => ({
  body: { errors: [{ message, ...(extensions ? { extensions } : {}) }], data: null },
});
const CLOUDFLARE =
  "<!DOCTYPE html><html><head><title>Access denied | backboard.railway.com used Cloudflare to restrict access</title></head><body>blocked</body></html>";

async function deployAgainst(endpoint: string, timeoutMs = 5_000): Promise<RailwayError> {
  const h = clientHarness({ endpoint, apiToken: TOKEN, maxRetries: 0, timeoutMs });
  try {
    await h.client.request(ServiceInstanceDeployV2Document, { serviceId: "s", environmentId: "e" });
  } catch (error) {
    if (!isRailwayError(error)) throw error;
    return error;
  }
  throw new Error("the mutation unexpectedly succeeded");
}

async function answering(reply: Reply): Promise<string> {
  const s = await startScriptedServer([reply]);
  closers.push(s.close);
  return s.url;
}

describe("mayHaveActed on every Railway error", () => {
  const table: Array<[string, Reply, string, boolean]> = [
    ["HTTP 429", { status: 429, body: { errors: [{ message: "rate limited" }] } }, "RATE_LIMITED", false],
    ["cooldown", gqlError("Endpoint too recently updated"), "COOLDOWN", false],
    [
      "Cloudflare block page",
      { status: 403, headers: { "content-type": "text/html" }, body: CLOUDFLARE },
      "NETWORK",
      false,
    ],
    ["Not Authorized", gqlError("Not Authorized"), "AUTH", false],
    ["validation", gqlError("Unknown argument", { code: "GRAPHQL_VALIDATION_FAILED" }), "VALIDATION", false],
    ["HTTP 500", { status: 500, body: {} }, "NETWORK", true],
    [
      "HTTP 502 page",
      {
        status: 502,
        headers: { "content-type": "text/html" },
        body: "<html><head><title>502 Bad Gateway</title></head></html>",
      },
      "NETWORK",
      true,
    ],
    [
      "Problem processing request (HTTP 400)",
      { status: 400, ...gqlError("Problem processing request") },
      "GRAPHQL",
      true,
    ],
  ];
  for (const [name, reply, code, acted] of table) {
    it(`${name} → ${code}, mayHaveActed ${acted}`, async () => {
      const error = await deployAgainst(await answering(reply));
      expect(error.code).toBe(code);
      expect(error.mayHaveActed).toBe(acted);
      expect(mayHaveActed(error)).toBe(acted);
    });
  }

  it("a refused connection proves nothing was sent", async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const error = await deployAgainst(`http://127.0.0.1:${port}/graphql/v2`);
    expect(error.code).toBe("NETWORK");
    expect(error.mayHaveActed).toBe(false);
  });

  it("a connection reset after the request was sent may have acted", async () => {
    const server = createServer((socket) => socket.once("data", () => socket.destroy()));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const error = await deployAgainst(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql/v2`);
    expect(error.code).toBe("NETWORK");
    expect(error.mayHaveActed).toBe(true);
  });

  it("errors from outside the client count as possibly acted", () => {
    expect(mayHaveActed(new Error("boom"))).toBe(true);
  });
});
