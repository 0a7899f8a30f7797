import { afterEach, describe, expect, it } from "vitest";
import { MeDocument, RailwayClient, ServiceInstanceDocument } from "../../src/railway/index.js";
import { startScriptedServer } from "./support/graphql-http-server.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function server(...args: Parameters<typeof startScriptedServer>) {
  const s = await startScriptedServer(...args);
  closers.push(s.close);
  return s;
}

describe("RailwayClient.request", () => {
  it("posts the named operation with its variables and returns typed data", async () => {
    const s = await server([
      {
        body: {
          data: { me: { id: "u1", email: "a@b.c", name: "A", username: "a", apiTokenRateLimit: null, workspaces: [] } },
        },
      },
    ]);
    const client = new RailwayClient({ endpoint: s.url, apiToken: "api-token-123456", env: {} });
    const data = await client.request(MeDocument);
    expect(data.me.email).toBe("a@b.c");
    expect(s.seen[0]?.json?.operationName).toBe("Me");
    expect(s.seen[0]?.json?.query).toContain("query Me");
    expect(s.seen[0]?.headers["content-type"]).toBe("application/json");
  });

  it("sends serviceInstance variables as variables, never in the query text", async () => {
    const s = await server([{ body: { data: { serviceInstance: { id: "si" } } } }]);
    const client = new RailwayClient({ endpoint: s.url, token: "project-token-1234", env: {} });
    await client.request(ServiceInstanceDocument, { serviceId: "svc-42", environmentId: "env-7" });
    expect(s.seen[0]?.json?.variables).toEqual({ serviceId: "svc-42", environmentId: "env-7" });
    expect(s.seen[0]?.json?.query).not.toContain("svc-42");
  });
});
