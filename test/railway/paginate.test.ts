import { afterEach, describe, expect, it } from "vitest";
import { DeploymentsDocument, RailwayClient } from "../../src/railway/index.js";
import { startScriptedServer } from "./support/graphql-http-server.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const deployment = (id: string) => ({
  id,
  status: "SUCCESS",
  createdAt: "t",
  updatedAt: "t",
  statusUpdatedAt: null,
  canRollback: true,
  canRedeploy: true,
  deploymentStopped: false,
  meta: null,
  url: null,
  staticUrl: null,
  serviceId: "s",
  environmentId: "e",
  projectId: "p",
  snapshotId: null,
  creator: null,
  instances: [],
});

describe("paginate", () => {
  it("walks a Relay connection page by page with first/after until hasNextPage is false", async () => {
    const pages: Record<string, { ids: string[]; next: string | null }> = {
      start: { ids: ["d1", "d2"], next: "c2" },
      c2: { ids: ["d3", "d4"], next: "c4" },
      c4: { ids: ["d5"], next: null },
    };
    const s = await startScriptedServer((req) => {
      const page = pages[(req.json?.variables?.after as string | undefined) ?? "start"]!;
      return {
        body: {
          data: {
            deployments: {
              edges: page.ids.map((id) => ({ cursor: `cur-${id}`, node: deployment(id) })),
              pageInfo: { hasNextPage: page.next !== null, endCursor: page.next },
            },
          },
        },
      };
    });
    closers.push(s.close);
    const client = new RailwayClient({ endpoint: s.url, apiToken: "tok_pages_123456", env: {} });
    const ids: string[] = [];
    for await (const d of client.paginate(
      DeploymentsDocument,
      { input: { serviceId: "s", status: { in: ["SUCCESS"] } } },
      (r) => r.deployments,
      { pageSize: 2 },
    )) {
      ids.push(d.id);
    }
    expect(ids).toEqual(["d1", "d2", "d3", "d4", "d5"]);
    expect(s.seen.map((r) => r.json?.variables)).toEqual([
      { first: 2, input: { serviceId: "s", status: { in: ["SUCCESS"] } } },
      { first: 2, input: { serviceId: "s", status: { in: ["SUCCESS"] } }, after: "c2" },
      { first: 2, input: { serviceId: "s", status: { in: ["SUCCESS"] } }, after: "c4" },
    ]);
  });

  it("stops early when the consumer breaks out of the loop", async () => {
    const s = await startScriptedServer([
      {
        body: {
          data: {
            deployments: {
              edges: [{ cursor: "a", node: deployment("d1") }],
              pageInfo: { hasNextPage: true, endCursor: "a" },
            },
          },
        },
      },
    ]);
    closers.push(s.close);
    const client = new RailwayClient({ endpoint: s.url, apiToken: "tok_pages_123456", env: {} });
    for await (const d of client.paginate(DeploymentsDocument, { input: {} }, (r) => r.deployments)) {
      expect(d.id).toBe("d1");
      break;
    }
    expect(s.seen).toHaveLength(1);
  });
});
