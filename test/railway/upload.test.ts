import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { list } from "tar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listUploadFiles, RailwayAuthError, RailwayClient, RailwayUploadError } from "../../src/railway/index.js";
import { clientHarness, settle } from "./support/client-harness.js";
import { startScriptedServer } from "./support/graphql-http-server.js";

let dir: string;
const closers: (() => Promise<void>)[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "railpilot-upload-"));
  const file = (path: string, content = "x") => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  file("package.json", "{}");
  file("src/index.ts", "export {}");
  file("src/app.log");
  file("dist/bundle.js");
  file("node_modules/left-pad/index.js");
  file("packages/a/node_modules/x/index.js");
  file(".git/HEAD");
  file("secret.env");
  file("sub/keep.txt");
  file("sub/tmp.txt");
  file(".gitignore", "dist/\n*.log\n");
  file(".railwayignore", "secret.env\n");
  file("sub/.gitignore", "tmp.txt\n");
  file("shared/lib.ts");
  symlinkSync(join(dir, "shared"), join(dir, "linked"));
});
afterEach(async () => {
  rmSync(dir, { recursive: true, force: true });
  while (closers.length) await closers.pop()!();
});

function tarEntries(body: Buffer): string[] {
  const file = join(dir, "..", `${dir.split("/").pop()}.tgz`);
  writeFileSync(file, body);
  const names: string[] = [];
  list({ file, sync: true, onReadEntry: (entry) => names.push(entry.path) });
  rmSync(file);
  return names;
}

const CLOUDFLARE_PAGE =
  "<!DOCTYPE html><html><head><title>Access denied | backboard.railway.com used Cloudflare to restrict access</title></head><body>blocked</body></html>";
const OK = {
  body: {
    deploymentId: "dep-9",
    url: "https://railway.com/project/p",
    logsUrl: "https://railway.com/project/p/service/svc-77?id=dep-9",
    deploymentDomain: "web.up.railway.app",
  },
};

describe("upload file selection", () => {
  it("honours .gitignore and .railwayignore at any depth, skips .git and node_modules, follows symlinks", async () => {
    expect(await listUploadFiles(dir)).toEqual([
      ".gitignore",
      ".railwayignore",
      "linked/lib.ts",
      "package.json",
      "shared/lib.ts",
      "src/index.ts",
      "sub/.gitignore",
      "sub/keep.txt",
    ]);
  });
});

describe("RailwayClient.upload", () => {
  it("POSTs a gzip tarball with ./-prefixed entries to /project/{id}/environment/{id}/up and returns the deployment", async () => {
    const s = await startScriptedServer([OK]);
    closers.push(s.close);
    const seenBodies: Buffer[] = [];
    const client = new RailwayClient({
      endpoint: s.url,
      env: { RAILWAY_TOKEN: "tok_upload_project_1" },
      fetch: async (input, init) => {
        seenBodies.push(Buffer.from(init?.body as Uint8Array));
        return fetch(input, init);
      },
    });
    const result = await client.upload({
      projectId: "p 1",
      environmentId: "e1",
      serviceId: "svc-77",
      message: "ship it",
      dir,
    });
    expect(result).toMatchObject({
      deploymentId: "dep-9",
      deploymentDomain: "web.up.railway.app",
      serviceId: "svc-77",
    });
    expect(result.bytes).toBe(seenBodies[0]?.length);
    const req = s.seen[0]!;
    const url = new URL(req.url, s.origin);
    expect(url.pathname).toBe("/project/p%201/environment/e1/up");
    expect(url.searchParams.get("serviceId")).toBe("svc-77");
    expect(url.searchParams.get("message")).toBe("ship it");
    expect(req.headers["content-type"]).toBe("application/gzip");
    expect(req.headers["project-access-token"]).toBe("tok_upload_project_1");
    const entries = tarEntries(seenBodies[0]!);
    expect(entries.sort()).toEqual(result.files.map((f) => `./${f}`).sort());
    expect(entries).toContain("./src/index.ts");
    expect(entries.some((e) => e.includes("node_modules") || e.includes(".git/") || e.includes("secret.env"))).toBe(
      false,
    );
  });

  it("sends an empty serviceId when none is given and reads the created service from logsUrl", async () => {
    const s = await startScriptedServer([OK]);
    closers.push(s.close);
    const client = new RailwayClient({ endpoint: s.url, apiToken: "tok_upload_api_1234", env: {} });
    const result = await client.upload({ projectId: "p", environmentId: "e", dir });
    expect(new URL(s.seen[0]!.url, s.origin).searchParams.get("serviceId")).toBe("");
    expect(result.serviceId).toBe("svc-77");
  });

  it.each<[string, { status: number; body: string | object }, typeof RailwayUploadError | typeof RailwayAuthError]>([
    ["HTTP 500 with JSON", { status: 500, body: { message: "internal error" } }, RailwayUploadError],
    [
      "HTTP 502 HTML from a proxy",
      { status: 502, body: "<html><head><title>502 Bad Gateway</title></head></html>" },
      RailwayUploadError,
    ],
    ["HTTP 503 with JSON", { status: 503, body: { message: "busy" } }, RailwayUploadError],
    ["HTTP 504 gateway timeout", { status: 504, body: "upstream timed out" }, RailwayUploadError],
    [
      "a 403 HTML page that is not Cloudflare's block",
      { status: 403, body: "<html><head><title>403 Forbidden</title></head></html>" },
      RailwayAuthError,
    ],
  ])("sends the upload once and throws a typed error after %s", async (_what, reply, type) => {
    const s = await startScriptedServer([reply, OK]);
    closers.push(s.close);
    const h = clientHarness({ endpoint: s.url, apiToken: "tok_upload_api_5678" });
    const pending = settle(h.client.upload({ projectId: "p", environmentId: "e", serviceId: "s", dir }));
    await h.attempted(1);
    expect(await h.pendingDelay()).toBeUndefined();
    const r = await pending;
    expect(!r.ok && r.error).toBeInstanceOf(type);
    expect(!r.ok && (r.error as RailwayUploadError).status).toBe(reply.status);
    if (reply.status >= 500)
      expect(!r.ok && (r.error as RailwayUploadError).hint).toContain("may have created a deployment");
    expect(s.seen).toHaveLength(1);
    expect(h.attempts.map((a) => [a.status, a.outcome])).toEqual([[reply.status, "fail"]]);
  });

  it("retries an upload refused with HTTP 429 (waiting Retry-After) or Cloudflare's 403 block page", async () => {
    const s = await startScriptedServer([
      { status: 429, headers: { "retry-after": "3" }, body: {} },
      { status: 403, body: CLOUDFLARE_PAGE },
      OK,
    ]);
    closers.push(s.close);
    const h = clientHarness({ endpoint: s.url, apiToken: "tok_upload_api_5678" });
    const pending = settle(h.client.upload({ projectId: "p", environmentId: "e", serviceId: "s", dir }));
    await h.attempted(1);
    expect(await h.skipSleep()).toBe(3000);
    await h.attempted(2);
    expect(await h.skipSleep()).toBe(1000);
    const r = await pending;
    expect(r.ok && r.value.deploymentId).toBe("dep-9");
    expect(h.attempts.map((a) => [a.operationName, a.status, a.outcome])).toEqual([
      ["Upload", 429, "retry"],
      ["Upload", 403, "retry"],
      ["Upload", 200, "ok"],
    ]);
  });

  it("retries an upload whose connection was refused, and turns a 400 into RailwayUploadError with Railway's message", async () => {
    const gone = await startScriptedServer([OK]);
    const goneUrl = gone.url;
    await gone.close();
    const h = clientHarness({ endpoint: goneUrl, apiToken: "tok_upload_api_5678", maxRetries: 1 });
    const refused = settle(h.client.upload({ projectId: "p", environmentId: "e", serviceId: "s", dir }));
    await h.attempted(1);
    expect(await h.skipSleep()).toBe(500);
    const r = await refused;
    expect(!r.ok && (r.error as Error).message).toContain("ECONNREFUSED");
    expect(h.attempts.map((a) => a.outcome)).toEqual(["retry", "fail"]);

    const bad = await startScriptedServer([{ status: 400, body: { message: "Service not found in environment" } }]);
    closers.push(bad.close);
    const client = new RailwayClient({ endpoint: bad.url, apiToken: "tok_upload_api_5678", env: {} });
    const failed = await settle(client.upload({ projectId: "p", environmentId: "e", serviceId: "s", dir }));
    expect(!failed.ok && failed.error).toBeInstanceOf(RailwayUploadError);
    expect(!failed.ok && (failed.error as Error).message).toContain("Service not found in environment");
    expect(bad.seen).toHaveLength(1);
  });

  it("reports 413 as too large with a hint about .railwayignore, and 401 as RailwayAuthError", async () => {
    const s = await startScriptedServer([
      { status: 413, body: { message: "too big" } },
      { status: 401, body: { message: "Unauthorized" } },
    ]);
    closers.push(s.close);
    const client = new RailwayClient({ endpoint: s.url, apiToken: "tok_upload_api_9999", env: {} });
    const big = await settle(client.upload({ projectId: "p", environmentId: "e", dir }));
    expect(!big.ok && (big.error as RailwayUploadError).status).toBe(413);
    expect(!big.ok && (big.error as RailwayUploadError).hint).toContain(".railwayignore");
    const denied = await settle(client.upload({ projectId: "p", environmentId: "e", dir }));
    expect(!denied.ok && denied.error).toBeInstanceOf(RailwayAuthError);
  });
});
