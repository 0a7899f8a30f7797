import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorRuntime } from "./emulator-runtime.js";
import type { DeploymentRec, HttpLogRec } from "./model.js";

const MAX_HTTP_LOGS_PER_DEPLOYMENT = 2000;

/**
 * The simulated apps: one port serves every domain, routed by the Host header. A live, healthy
 * deployment answers 200 (on its healthcheck path and elsewhere); a crashed or missing one 502;
 * an `unhealthy` one 503 on the healthcheck path. Injected app latency and error rates apply.
 */
export function createAppHandler(runtime: EmulatorRuntime, realTimers: Set<NodeJS.Timeout>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = Date.now();
    const world = runtime.world;
    const host = (req.headers["x-forwarded-host"] as string | undefined) ?? req.headers.host ?? "";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const route = world.routeHost(host);
    if (!route) {
      send(res, 404, { status: "error", code: 404, message: "Application not found", request_id: requestId() }, { "x-railway-fallback": "true" });
      return;
    }
    const inst = world.findInstance(route.serviceId, route.environmentId);
    const active = world.activeDeployment(route.serviceId, route.environmentId);
    const fault = runtime.faults.app.get(route.serviceId);
    const respond = () => {
      let status: number;
      let body: unknown;
      if (!active || active.stopped) {
        status = 502;
        body = { status: "error", code: 502, message: "Application failed to respond", request_id: requestId() };
      } else if (fault && fault.errorRate > 0 && world.random() < fault.errorRate) {
        status = 500;
        body = { error: "Internal Server Error" };
      } else if (active.unhealthy && (path === (inst?.healthcheckPath ?? "/health") || path === "/health")) {
        status = 503;
        body = { status: "unhealthy", checks: { redis: "timeout" } };
      } else {
        status = 200;
        body = {
          status: "ok",
          service: world.services.get(route.serviceId)?.name,
          deploymentId: active.id,
          commit: active.meta.commitHash ?? null,
          image: active.meta.image ?? null,
        };
      }
      const latest = active ?? world.latestDeployment(route.serviceId, route.environmentId);
      if (latest) record(runtime, latest, req, host, path, status, Date.now() - started);
      send(res, status, body, active ? { "x-railway-deployment-id": active.id } : {});
    };
    if (fault && fault.latencyMs > 0) {
      const t = setTimeout(() => {
        realTimers.delete(t);
        respond();
      }, fault.latencyMs);
      realTimers.add(t);
    } else {
      respond();
    }
  };
}

function requestId(): string {
  return randomBytes(11).toString("base64url");
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), server: "railway-edge", ...headers });
  res.end(text);
}

function record(runtime: EmulatorRuntime, dep: DeploymentRec, req: IncomingMessage, host: string, path: string, status: number, ms: number): void {
  const at = runtime.world.now();
  const list = runtime.world.httpLogs.get(dep.id) ?? [];
  const row: HttpLogRec = {
    at,
    timestamp: new Date(at).toISOString(),
    requestId: requestId(),
    method: req.method ?? "GET",
    path,
    host: host.split(":")[0] ?? host,
    httpStatus: status,
    totalDuration: ms,
    upstreamRqDuration: Math.max(0, ms - 1),
    srcIp: req.socket.remoteAddress ?? "127.0.0.1",
    clientUa: String(req.headers["user-agent"] ?? ""),
    edgeRegion: "us-west2",
    rxBytes: Number(req.headers["content-length"] ?? 0),
    txBytes: 0,
    upstreamAddress: status === 502 ? "" : "http://[fd12:3456:789a::1]:8080",
    upstreamErrors: status === 502 ? '[{"deploymentInstanceID":"","duration":0,"error":"connection refused"}]' : "",
    responseDetails: status === 502 ? "failed to forward request to upstream: connection refused" : "",
    downstreamProto: "HTTP/1.1",
    upstreamProto: "HTTP/1.1",
    deploymentId: dep.id,
    deploymentInstanceId: `${dep.id.slice(0, 8)}-0`,
  };
  list.push(row);
  if (list.length > MAX_HTTP_LOGS_PER_DEPLOYMENT) list.splice(0, list.length - MAX_HTTP_LOGS_PER_DEPLOYMENT);
  runtime.world.httpLogs.set(dep.id, list);
}
