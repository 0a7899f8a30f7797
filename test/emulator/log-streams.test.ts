import { request } from "node:http";
import { type Client, createClient } from "graphql-ws";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { useEmulator } from "../helpers/emulator.js";
import { authHeaders, data, gql } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });
const clients: Client[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) await c.dispose();
});

function client(): Client {
  const headers = authHeaders(emu.info, "account");
  class AuthedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const c = createClient({ url: emu.info.wsUrl, webSocketImpl: AuthedWebSocket, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c;
}

function collect<T>(query: string, variables: Record<string, unknown>): { values: T[]; done: Promise<void> } {
  const values: T[] = [];
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  client().subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.data) values.push(v.data as T);
      },
      error: () => resolveDone(),
      complete: () => resolveDone(),
    },
  );
  return { values, done };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function appGet(host: string, path: string): Promise<number> {
  const [hostname, port] = emu.info.appAddress.split(":");
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port: Number(port), path, headers: { host } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("environment-wide and HTTP log streams", () => {
  it("one environmentLogs subscription streams the runtime logs of every service, filtered", async () => {
    const sub = collect<{ environmentLogs: { message: string; tags: { serviceId: string } }[] }>(
      `subscription($e: String!, $f: String) { environmentLogs(environmentId: $e, filter: $f, beforeLimit: 0) { message tags { serviceId } } }`,
      { e: emu.info.environmentId, f: "ECONNREFUSED" },
    );
    await new Promise((r) => setTimeout(r, 50));
    await ctl.incident({ serviceId: emu.info.services.Postgres as string, kind: "dependency_down" });
    await until(() => sub.values.length >= 2, "two batches");
    const services = new Set(sub.values.flatMap((v) => v.environmentLogs.map((l) => l.tags.serviceId)));
    expect(services).toEqual(new Set([emu.info.services.web, emu.info.services.worker]));
    expect(sub.values.flatMap((v) => v.environmentLogs).every((l) => l.message.includes("ECONNREFUSED"))).toBe(true);
  });

  it("the httpLogs subscription pushes each request the deployment answers", async () => {
    const inst = data(
      await gql<{
        serviceInstance: { latestDeployment: { id: string }; domains: { serviceDomains: { domain: string }[] } };
      }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { latestDeployment { id } domains { serviceDomains { domain } } } }`,
        { s: emu.info.services.web, e: emu.info.environmentId },
      ),
    ).serviceInstance;
    const host = inst.domains.serviceDomains[0]?.domain as string;
    expect(await appGet(host, "/before")).toBe(200);
    const sub = collect<{ httpLogs: { path: string; httpStatus: number; deploymentId: string }[] }>(
      `subscription($d: String!) { httpLogs(deploymentId: $d, beforeLimit: 10) { path httpStatus deploymentId } }`,
      { d: inst.latestDeployment.id },
    );
    await until(() => sub.values.length >= 1, "the window");
    expect(sub.values[0]?.httpLogs.map((r) => r.path)).toEqual(["/before"]);
    await appGet(host, "/orders");
    await until(() => sub.values.length >= 2, "the live row");
    expect(sub.values[1]?.httpLogs).toEqual([
      { path: "/orders", httpStatus: 200, deploymentId: inst.latestDeployment.id },
    ]);
    // It ends with the deployment.
    await ctl.incident({ serviceId: emu.info.services.web as string, kind: "crash" });
    await ctl.advance(0);
    await sub.done;
  });
});
