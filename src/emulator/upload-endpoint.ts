import type { IncomingMessage, ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";
import { EmulatorApiError } from "./emulator-errors.js";
import type { EmulatorRuntime } from "./emulator-runtime.js";
import { BodyTooLarge, readBody, sendJson } from "./http-helpers.js";

/** Railway rejects uploads above its limit with 413; the emulator's limit is 50 MB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const UP_PATH = /^\/project\/([^/]+)\/environment\/([^/]+)\/up$/;

export function matchUpload(pathname: string): { projectId: string; environmentId: string } | undefined {
  const m = UP_PATH.exec(pathname);
  return m
    ? { projectId: decodeURIComponent(m[1] as string), environmentId: decodeURIComponent(m[2] as string) }
    : undefined;
}

/** Counts the entries of a tar archive (ustar headers), or returns undefined when it is not one. */
function countTarEntries(tar: Buffer): number | undefined {
  let offset = 0;
  let count = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return count;
    const magic = header.subarray(257, 262).toString("latin1");
    if (magic !== "ustar") return undefined;
    const size = Number.parseInt(header.subarray(124, 136).toString("latin1").replace(/\0.*$/, "").trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === "0" || type === "\0" || type === "5") count++;
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return count;
}

/**
 * `POST /project/{projectId}/environment/{environmentId}/up?serviceId=..&message=..` with a
 * gzip tar body, like `railway up`: 200 `{deploymentId, url, logsUrl, deploymentDomain}`,
 * 400 `{message}`, 413 when too large.
 */
export async function handleUpload(
  runtime: EmulatorRuntime,
  req: IncomingMessage,
  res: ServerResponse,
  target: { projectId: string; environmentId: string },
  query: URLSearchParams,
  rateHeaders: Record<string, string>,
): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(req, MAX_UPLOAD_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendJson(res, 413, { message: "Upload too large" }, rateHeaders);
    throw error;
  }
  const ctx = runtime.contextFor(req.headers);
  const world = runtime.world;
  try {
    ctx.auth.project(target.projectId);
    ctx.auth.environment(target.environmentId);
    let files: number | undefined;
    try {
      files = countTarEntries(gunzipSync(body));
    } catch {
      files = undefined;
    }
    if (files === undefined)
      return sendJson(
        res,
        400,
        { message: "Failed to read upload: expected a gzip-compressed tar archive" },
        rateHeaders,
      );
    let serviceId = query.get("serviceId") ?? "";
    if (serviceId) {
      ctx.auth.service(serviceId);
      world.getInstance(serviceId, target.environmentId);
    } else {
      serviceId = world.createService({ projectId: target.projectId, environmentId: target.environmentId }).id;
    }
    ctx.onMutation();
    const message = query.get("message");
    const dep = world.createDeployment(serviceId, target.environmentId, {
      meta: { source: "cli", fileCount: files, ...(message ? { commitMessage: message } : {}) },
      reason: "deploy",
    });
    const base = `https://railway.com/project/${target.projectId}/service/${serviceId}`;
    const domain = world.domainsOf(serviceId, target.environmentId).service[0]?.domain ?? "";
    sendJson(
      res,
      200,
      {
        deploymentId: dep.id,
        url: `${base}?environmentId=${target.environmentId}&id=${dep.id}`,
        logsUrl: `${base}?environmentId=${target.environmentId}&id=${dep.id}#build`,
        deploymentDomain: domain,
      },
      rateHeaders,
    );
  } catch (error) {
    if (error instanceof EmulatorApiError) return sendJson(res, 400, { message: error.message }, rateHeaders);
    throw error;
  }
}
