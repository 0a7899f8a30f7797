import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorRuntime } from "./emulator-runtime.js";
import type { DeploymentRec } from "./model.js";

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
      send(
        res,
        404,
        { status: "error", code: 404, message: "Application not found", request_id: requestId() },
        { "x-railway-fallback": "true" },
      );
      return;
    }
    const inst = world.findInstance(route.serviceId, route.environmentId);
    const active = world.activeDeployment(route.serviceId, route.environmentId);
    const fault = runtime.faults.app.get(route.serviceId);
    const respond = () => {
      const down =
        active && !active.stopped ? world.unreachableDependency(route.serviceId, route.environmentId) : undefined;
      let status: number;
      let body: unknown;
      if (!active || active.stopped) {
        status = 502;
        body = { status: "error", code: 502, message: "Application failed to respond", request_id: requestId() };
      } else if (fault && fault.errorRate > 0 && world.random() < fault.errorRate) {
        status = 500;
        body = { error: "Internal Server Error" };
      } else if (down) {
        const onHealth = path === (inst?.healthcheckPath ?? "/health") || path === "/health";
        status = onHealth ? 503 : 500;
        body = onHealth
          ? { status: "unhealthy", checks: { [down.name]: "ECONNREFUSED" } }
          : { error: `connect ECONNREFUSED ${down.host}:${down.port}` };
      } else if (
        active.surge &&
        path !== (inst?.healthcheckPath ?? "/health") &&
        world.random() < active.surge.errorRate
      ) {
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
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    server: "railway-edge",
    ...headers,
  });
  res.end(text);
}

function record(
  runtime: EmulatorRuntime,
  dep: DeploymentRec,
  req: IncomingMessage,
  host: string,
  path: string,
  status: number,
  ms: number,
): void {
  const world = runtime.world;
  const row = world.httpLogRow(dep, {
    method: req.method ?? "GET",
    path,
    host: host.split(":")[0] ?? host,
    status,
    durationMs: ms,
    srcIp: req.socket.remoteAddress ?? "127.0.0.1",
    userAgent: String(req.headers["user-agent"] ?? ""),
    rxBytes: Number(req.headers["content-length"] ?? 0),
  });
  world.addHttpLogs(dep, [row]);
}
