import { request } from "node:http";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../helpers/emulator.js";
import { authHeaders, data, gql } from "./gql.js";

const { emu, ctl } = useEmulator({ per: "test" });

/** GET on the app port with a Host header (fetch cannot set Host). */
function appGet(host: string, path: string): Promise<{ status: number; body: string }> {
  const [hostname, port] = emu.info.appAddress.split(":");
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port: Number(port), path, headers: { host }, timeout: 5_000 }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => {
        body += d.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function webDomain(): Promise<string> {
  const r = data(
    await gql<{ domains: { serviceDomains: { domain: string }[] } }>(
      emu.info,
      `query($p: String!, $e: String!, $s: String!) { domains(projectId: $p, environmentId: $e, serviceId: $s) { serviceDomains { domain } } }`,
      { p: emu.info.projectId, e: emu.info.environmentId, s: emu.info.services.web },
    ),
  );
  return r.domains.serviceDomains[0]?.domain as string;
}

async function deployWeb(): Promise<string> {
  return data(
    await gql<{ serviceInstanceDeployV2: string }>(
      emu.info,
      `mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }`,
      { s: emu.info.services.web, e: emu.info.environmentId },
    ),
  ).serviceInstanceDeployV2;
}

describe("simulated apps", () => {
  it("routes by Host: the healthy web deployment answers 200 on /health and /", async () => {
    const domain = await webDomain();
    expect((await appGet(domain, "/health")).status).toBe(200);
    const root = await appGet(domain, "/");
    expect(root.status).toBe(200);
    expect(JSON.parse(root.body)).toMatchObject({ status: "ok", service: "web" });
  });

  it("answers 404 Application not found for an unknown host", async () => {
    const r = await appGet("nothing-here.up.railway.app", "/");
    expect(r.status).toBe(404);
    expect(r.body).toContain("Application not found");
  });

  it("answers 502 once the live deployment has crashed", async () => {
    await ctl.outcome(emu.info.services.web as string, "crashed", { cause: "uncaught_exception", afterMs: 1_000 });
    await deployWeb();
    await ctl.advance(44_000);
    const domain = await webDomain();
    expect((await appGet(domain, "/health")).status).toBe(200);
    await ctl.advance(1_000);
    expect((await appGet(domain, "/health")).status).toBe(502);
  });

  it("answers 503 on the health path for an unhealthy deployment that reached SUCCESS", async () => {
    await ctl.outcome(emu.info.services.web as string, "unhealthy");
    await deployWeb();
    await ctl.advance(60_000);
    expect((await appGet(await webDomain(), "/health")).status).toBe(503);
  });

  it("applies an injected error rate and records requests as httpLogs", async () => {
    await ctl.faults({ app: { serviceId: emu.info.services.web as string, errorRate: 1 } });
    const domain = await webDomain();
    expect((await appGet(domain, "/api/orders")).status).toBe(500);
    const dep = data(
      await gql<{ serviceInstance: { latestDeployment: { id: string } } }>(
        emu.info,
        `query($s: String!, $e: String!) { serviceInstance(serviceId: $s, environmentId: $e) { latestDeployment { id } } }`,
        { s: emu.info.services.web, e: emu.info.environmentId },
      ),
    ).serviceInstance.latestDeployment;
    const logs = data(
      await gql<{ httpLogs: { path: string; httpStatus: number; method: string }[] }>(
        emu.info,
        `query($id: String!) { httpLogs(deploymentId: $id) { path httpStatus method } }`,
        { id: dep.id },
      ),
    ).httpLogs;
    expect(logs).toEqual([{ path: "/api/orders", httpStatus: 500, method: "GET" }]);
  });
});

/** A minimal ustar archive with one file, gzipped, like `railway up` sends. */
function tarball(): Buffer {
  const content = Buffer.from("console.log('hi')\n");
  const header = Buffer.alloc(512);
  header.write("./index.js", 0, "latin1");
  header.write("0000644\0", 100, "latin1");
  header.write("0000000\0", 108, "latin1");
  header.write("0000000\0", 116, "latin1");
  header.write(content.length.toString(8).padStart(11, "0") + "\0", 124, "latin1");
  header.write("00000000000\0", 136, "latin1");
  header.write("        ", 148, "latin1");
  header.write("0", 156, "latin1");
  header.write("ustar\0", 257, "latin1");
  header.write("00", 263, "latin1");
  let sum = 0;
  for (const b of header) sum += b;
  header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
  const body = Buffer.concat([content, Buffer.alloc(512 - content.length)]);
  return gzipSync(Buffer.concat([header, body, Buffer.alloc(1024)]));
}

describe("upload endpoint (railway up)", () => {
  const upUrl = (serviceId: string) => {
    const base = emu.info.graphqlUrl.replace("/graphql/v2", "");
    return `${base}/project/${emu.info.projectId}/environment/${emu.info.environmentId}/up?serviceId=${serviceId}&message=hello`;
  };

  it("accepts a gzip tar and starts a deployment, returning deploymentId, url, logsUrl and deploymentDomain", async () => {
    const res = await fetch(upUrl(emu.info.services.web as string), {
      method: "POST",
      headers: { "content-type": "application/gzip", ...authHeaders(emu.info, "project") },
      body: new Uint8Array(tarball()),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { deploymentId: string; url: string; logsUrl: string; deploymentDomain: string };
    expect(body.logsUrl).toContain(`/service/${emu.info.services.web}`);
    expect(body.deploymentDomain).toMatch(/\.up\.railway\.app$/);
    const dep = data(
      await gql<{ deployment: { status: string; meta: { commitMessage: string } } }>(
        emu.info,
        `query($id: String!) { deployment(id: $id) { status meta } }`,
        { id: body.deploymentId },
      ),
    );
    expect(dep.deployment).toMatchObject({ status: "QUEUED", meta: { commitMessage: "hello" } });
  });

  it("answers 400 {message} for a body that is not a gzip tar", async () => {
    const res = await fetch(upUrl(emu.info.services.web as string), {
      method: "POST",
      headers: authHeaders(emu.info, "account"),
      body: "not a tarball",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/gzip/);
  });

  it("answers 400 Not Authorized without a token", async () => {
    const res = await fetch(upUrl(emu.info.services.web as string), {
      method: "POST",
      body: new Uint8Array(tarball()),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe("Not Authorized");
  });

  it("answers 413 when the upload is too large", async () => {
    const big = Buffer.alloc(51 * 1024 * 1024);
    const res = await fetch(upUrl(emu.info.services.web as string), {
      method: "POST",
      headers: authHeaders(emu.info, "account"),
      body: new Uint8Array(big),
    });
    expect(res.status).toBe(413);
  });
});
