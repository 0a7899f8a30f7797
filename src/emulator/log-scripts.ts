// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway's ${{...}} reference syntax, not a template.
import type { FailureCause } from "./model.js";

/** One line a simulated build or app prints. */
export interface ScriptLine {
  message: string;
  severity: "info" | "warn" | "error";
}

export interface LogContext {
  serviceName: string;
  repo: string | null;
  image: string | null;
  branch: string | null;
  commitHash: string | null;
  healthcheckPath: string | null;
  /** Deterministic noise source (0 ≤ x < 1). */
  random: () => number;
}

const info = (message: string): ScriptLine => ({ message, severity: "info" });
const warn = (message: string): ScriptLine => ({ message, severity: "warn" });
const error = (message: string): ScriptLine => ({ message, severity: "error" });

function pick<T>(ctx: LogContext, items: readonly T[]): T {
  return items[Math.floor(ctx.random() * items.length)] as T;
}

function hex(ctx: LogContext, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(ctx.random() * 16).toString(16);
  return s;
}

/** Causes that break the build itself; the others break the running app. */
export const BUILD_CAUSES: ReadonlySet<FailureCause> = new Set([
  "dependency_install",
  "compile_error",
  "missing_module",
]);

/** Causes that come back after a restart (the code or config is wrong), as opposed to transient ones. */
export const DETERMINISTIC_CAUSES: ReadonlySet<FailureCause> = new Set([
  "missing_module",
  "missing_env",
  "port_binding",
  "migration_error",
  "compile_error",
  "dependency_install",
]);

/** The build log of an image service: a pull and nothing else. */
export function imageBuildLines(ctx: LogContext): ScriptLine[] {
  const image = ctx.image ?? "unknown";
  return [
    info(`Pulling image ${image}`),
    info(`${image.split(":")[1] ?? "latest"}: Pulling from ${image.split(":")[0]}`),
    info(`Digest: sha256:${hex(ctx, 64)}`),
    info(`Status: Downloaded newer image for ${image}`),
  ];
}

/** The noisy prelude of a Nixpacks/Railpack Node build, up to the install step. */
function buildPrelude(ctx: LogContext): ScriptLine[] {
  const snapshot = hex(ctx, 8);
  return [
    info(`[snapshot] received sha256:${hex(ctx, 64)} md5:${hex(ctx, 32)}`),
    info(`[snapshot] receiving snapshot, complete 412 kB [took ${(0.4 + ctx.random()).toFixed(2)}s]`),
    info(`[snapshot] analyzing snapshot ${snapshot}`),
    info(`[snapshot] uploading snapshot, complete 412 kB [took ${(0.2 + ctx.random()).toFixed(2)}s]`),
    info(`[snapshot] unpacking archive, complete 1.6 MB [took 14ms]`),
    info(""),
    info("╔══════════════════════════════ Nixpacks v1.39.0 ═════════════════════════════╗"),
    info("║ setup      │ nodejs_22, npm-9_x                                              ║"),
    info("║────────────────────────────────────────────────────────────────────────────║"),
    info("║ install    │ npm ci                                                          ║"),
    info("║────────────────────────────────────────────────────────────────────────────║"),
    info("║ build      │ npm run build                                                   ║"),
    info("║────────────────────────────────────────────────────────────────────────────║"),
    info("║ start      │ npm run start                                                   ║"),
    info("╚════════════════════════════════════════════════════════════════════════════╝"),
    info(""),
    info('#0 building with "default" instance using docker driver'),
    info("#1 [internal] load build definition from Dockerfile"),
    info("#1 transferring dockerfile: 2.83kB done"),
    info("#1 DONE 0.0s"),
    info("#2 [internal] load metadata for ghcr.io/railwayapp/nixpacks:ubuntu-1745885067"),
    info(`#2 DONE ${(0.2 + ctx.random()).toFixed(1)}s`),
    info("#3 [stage-0  1/11] FROM ghcr.io/railwayapp/nixpacks:ubuntu-1745885067@sha256:" + hex(ctx, 64)),
    info("#3 CACHED"),
    info("#4 [stage-0  6/11] RUN --mount=type=cache,id=s/" + hex(ctx, 8) + "-/root/npm,target=/root/.npm npm ci"),
  ];
}

function installOk(ctx: LogContext): ScriptLine[] {
  return [
    warn("#4 1.912 npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it."),
    warn("#4 2.301 npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported"),
    warn("#4 2.877 npm warn deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported"),
    info(
      `#4 ${(6 + ctx.random() * 4).toFixed(3)} added ${300 + Math.floor(ctx.random() * 400)} packages, and audited ${700 + Math.floor(ctx.random() * 100)} packages in 8s`,
    ),
    info("#4 9.104 "),
    info("#4 9.104 94 packages are looking for funding"),
    info("#4 9.104   run `npm fund` for details"),
    warn("#4 9.131 2 moderate severity vulnerabilities"),
    info("#4 9.131 To address all issues, run:"),
    info("#4 9.131   npm audit fix"),
    info("#4 DONE 9.6s"),
    info("#5 [stage-0  8/11] COPY . /app/."),
    info("#5 DONE 0.1s"),
    info(
      "#6 [stage-0  9/11] RUN --mount=type=cache,id=s/" +
        hex(ctx, 8) +
        "-node_modules/cache,target=/app/node_modules/.cache npm run build",
    ),
    info("#6 0.433 "),
    info(`#6 0.433 > ${ctx.serviceName}@1.4.2 build`),
    info("#6 0.433 > tsc -p tsconfig.build.json"),
    info("#6 0.433 "),
  ];
}

function buildOkTail(ctx: LogContext): ScriptLine[] {
  return [
    info(`#6 DONE ${(3 + ctx.random() * 5).toFixed(1)}s`),
    info("#7 [stage-0 10/11] RUN printf '\\nPATH=/app/node_modules/.bin:$PATH' >> /root/.profile"),
    info("#7 DONE 0.1s"),
    info("#8 exporting to image"),
    info("#8 exporting layers"),
    info(`#8 exporting layers ${(1 + ctx.random() * 3).toFixed(1)}s done`),
    info(`#8 writing image sha256:${hex(ctx, 64)} done`),
    info(`#8 naming to us-west1.registry.rlwy.net/${hex(ctx, 8)}-${hex(ctx, 4)}:${hex(ctx, 8)} done`),
    info("#8 DONE 3.9s"),
    info(`Build time: ${(20 + ctx.random() * 30).toFixed(2)} seconds`),
  ];
}

/** Lines of a build that succeeds. */
export function successfulBuildLines(ctx: LogContext): ScriptLine[] {
  if (ctx.image && !ctx.repo) return imageBuildLines(ctx);
  return [...buildPrelude(ctx), ...installOk(ctx), ...buildOkTail(ctx)];
}

/** Lines of a build that fails with `cause` (a build cause; others fall back to a compile error). */
export function failedBuildLines(ctx: LogContext, cause: FailureCause): ScriptLine[] {
  const prelude = buildPrelude(ctx);
  if (cause === "dependency_install") {
    return [
      ...prelude,
      warn(
        "#4 1.733 npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.",
      ),
      error("#4 3.912 npm error code ERESOLVE"),
      error("#4 3.913 npm error ERESOLVE unable to resolve dependency tree"),
      error("#4 3.913 npm error"),
      error(`#4 3.913 npm error While resolving: ${ctx.serviceName}@1.4.2`),
      error("#4 3.913 npm error Found: react@19.1.0"),
      error("#4 3.913 npm error node_modules/react"),
      error('#4 3.913 npm error   react@"^19.1.0" from the root project'),
      error("#4 3.913 npm error"),
      error("#4 3.913 npm error Could not resolve dependency:"),
      error('#4 3.913 npm error peer react@"^18.0.0" from react-query@3.39.3'),
      error("#4 3.913 npm error node_modules/react-query"),
      error('#4 3.913 npm error   react-query@"^3.39.3" from the root project'),
      error("#4 3.914 npm error"),
      error("#4 3.914 npm error Fix the upstream dependency conflict, or retry"),
      error("#4 3.914 npm error this command with --force or --legacy-peer-deps"),
      error("#4 3.914 npm error to accept an incorrect (and potentially broken) dependency resolution."),
      error(
        "#4 3.921 npm error A complete log of this run can be found in: /root/.npm/_logs/2026-01-01T00_00_03_117Z-debug-0.log",
      ),
      error('#4 ERROR: process "/bin/bash -ol pipefail -c npm ci" did not complete successfully: exit code: 1'),
      error(
        'ERROR: failed to build: failed to solve: process "/bin/bash -ol pipefail -c npm ci" did not complete successfully: exit code: 1',
      ),
    ];
  }
  if (cause === "missing_module") {
    return [
      ...prelude,
      ...installOk(ctx),
      error(
        "#6 4.102 src/server.ts(3,25): error TS2307: Cannot find module '@acme/telemetry' or its corresponding type declarations.",
      ),
      error(
        "#6 4.118 src/jobs/queue.ts(1,23): error TS2307: Cannot find module 'bullmq' or its corresponding type declarations.",
      ),
      error('#6 ERROR: process "/bin/bash -ol pipefail -c npm run build" did not complete successfully: exit code: 2'),
      error(
        'ERROR: failed to build: failed to solve: process "/bin/bash -ol pipefail -c npm run build" did not complete successfully: exit code: 2',
      ),
    ];
  }
  const line = 40 + Math.floor(ctx.random() * 80);
  return [
    ...prelude,
    ...installOk(ctx),
    error(
      `#6 5.377 src/routes/orders.ts(${line},17): error TS2339: Property 'totalCents' does not exist on type 'Order'.`,
    ),
    error(
      `#6 5.377 src/routes/orders.ts(${line + 6},9): error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.`,
    ),
    error("#6 5.378   Type 'undefined' is not assignable to type 'string'."),
    error("#6 5.391 Found 2 errors in the same file, starting at: src/routes/orders.ts" + `:${line}`),
    error('#6 ERROR: process "/bin/bash -ol pipefail -c npm run build" did not complete successfully: exit code: 2'),
    error(
      'ERROR: failed to build: failed to solve: process "/bin/bash -ol pipefail -c npm run build" did not complete successfully: exit code: 2',
    ),
  ];
}

/** Lines of a build skipped because no watched file changed. */
export function skippedBuildLines(): ScriptLine[] {
  return [info("No changed files matched patterns: src/**, package.json"), info("Skipping build")];
}

/** Startup lines of a healthy app. */
export function startupLines(ctx: LogContext, port = 8080): ScriptLine[] {
  if (ctx.image?.includes("postgres")) {
    return [
      info("Certificate will not expire"),
      info("PostgreSQL Database directory appears to contain a database; Skipping initialization"),
      info(
        `2026-01-01 00:00:00.000 UTC [1] LOG:  starting PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu`,
      ),
      info('2026-01-01 00:00:00.000 UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432'),
      info("2026-01-01 00:00:00.000 UTC [1] LOG:  database system is ready to accept connections"),
    ];
  }
  if (ctx.image?.includes("redis")) {
    return [
      info("1:C 01 Jan 2026 00:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
      info("1:M 01 Jan 2026 00:00:00.000 * Running mode=standalone, port=6379."),
      info("1:M 01 Jan 2026 00:00:00.000 * Ready to accept connections tcp"),
    ];
  }
  return [
    info("Starting Container"),
    info(""),
    info(`> ${ctx.serviceName}@1.4.2 start`),
    info("> node dist/server.js"),
    info(""),
    info(`{"level":30,"time":1767225600000,"pid":1,"hostname":"${hex(ctx, 12)}","msg":"connected to postgres"}`),
    info(
      `{"level":30,"time":1767225600000,"pid":1,"hostname":"${hex(ctx, 12)}","msg":"Server listening at http://0.0.0.0:${port}"}`,
    ),
  ];
}

/** Lines of a healthcheck that passes. */
export function healthcheckOkLines(ctx: LogContext): ScriptLine[] {
  if (!ctx.healthcheckPath) return [];
  return [
    info("===================="),
    info("Starting Healthcheck"),
    info("===================="),
    info(`Path: ${ctx.healthcheckPath}`),
    info("Retry window: 5m0s"),
    info(""),
    info("[1/1] Healthcheck succeeded!"),
  ];
}

/** Lines of a healthcheck that never passes (build log side, like Railway prints it). */
export function healthcheckFailLines(ctx: LogContext, attempts = 8): ScriptLine[] {
  const lines: ScriptLine[] = [
    info("===================="),
    info("Starting Healthcheck"),
    info("===================="),
    info(`Path: ${ctx.healthcheckPath ?? "/health"}`),
    info("Retry window: 5m0s"),
    info(""),
  ];
  let wait = 2;
  for (let i = 1; i <= attempts; i++) {
    lines.push(
      error(`Attempt #${i} failed with service unavailable. Continuing to retry for ${Math.max(0, 300 - i * wait)}s`),
    );
    wait = Math.min(wait * 2, 30);
  }
  lines.push(info(""), error("1/1 replicas never became healthy!"), error("Healthcheck failed!"));
  return lines;
}

const FRAMES = [
  "    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
  "    at async Promise.all (index 0)",
  "    at Module._compile (node:internal/modules/cjs/loader:1554:14)",
  "    at Object..js (node:internal/modules/cjs/loader:1706:10)",
];

/** Runtime lines of an app that fails with `cause` after starting. */
export function crashLines(ctx: LogContext, cause: FailureCause): ScriptLine[] {
  const boot = [
    info("Starting Container"),
    info(""),
    info(`> ${ctx.serviceName}@1.4.2 start`),
    info("> node dist/server.js"),
    info(""),
  ];
  switch (cause) {
    case "missing_env":
      return [
        ...boot,
        error("/app/dist/config.js:14"),
        error("    throw new Error(`Missing required environment variable: ${name}`);"),
        error("    ^"),
        error(""),
        error("Error: Missing required environment variable: STRIPE_SECRET_KEY"),
        error("    at required (/app/dist/config.js:14:11)"),
        error("    at Object.<anonymous> (/app/dist/config.js:22:18)"),
        error(pick(ctx, FRAMES)),
        error(""),
        error("Node.js v22.11.0"),
      ];
    case "port_binding":
      return [
        ...boot,
        info(`{"level":30,"time":1767225600000,"pid":1,"msg":"Server listening at http://127.0.0.1:3000"}`),
        warn("Application is listening on 127.0.0.1:3000 but Railway expects 0.0.0.0:$PORT (8080)"),
        error("node:events:502"),
        error("      throw er; // Unhandled 'error' event"),
        error("      ^"),
        error(""),
        error("Error: listen EADDRINUSE: address already in use :::8080"),
        error("    at Server.setupListenHandle [as _listen2] (node:net:1912:16)"),
        error("    at listenInCluster (node:net:1969:12)"),
        error("    at Server.listen (node:net:2074:7)"),
        error(`    at Object.<anonymous> (/app/dist/server.js:${30 + Math.floor(ctx.random() * 20)}:8)`),
        error("Emitted 'error' event on Server instance at:"),
        error("    at emitErrorNT (node:net:1948:8)"),
        error("  code: 'EADDRINUSE',"),
        error("  errno: -98,"),
        error("  syscall: 'listen',"),
        error("  port: 8080"),
      ];
    case "out_of_memory":
      return [
        ...boot,
        info(`{"level":30,"time":1767225600000,"pid":1,"msg":"Server listening at http://0.0.0.0:8080"}`),
        info(`{"level":30,"time":1767225660000,"pid":1,"msg":"import batch started","rows":1250000}`),
        error(""),
        error("<--- Last few GCs --->"),
        error(""),
        error(
          "[1:0x6a3c2d0]    61234 ms: Mark-Compact 2011.6 (2083.4) -> 2007.9 (2085.1) MB, 1380.22 / 0.00 ms  (average mu = 0.113, current mu = 0.021) allocation failure; scavenge might not succeed",
        ),
        error(""),
        error("<--- JS stacktrace --->"),
        error(""),
        error("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"),
        error("----- Native stack trace -----"),
        error(" 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]"),
        error(
          " 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]",
        ),
        error(" 3: 0x10d1f55 v8::internal::Heap::FatalProcessOutOfMemory(char const*) [node]"),
        error("Aborted (core dumped)"),
      ];
    case "db_unreachable":
      return [
        ...boot,
        warn(`{"level":40,"time":1767225600000,"pid":1,"msg":"database connection failed, retrying","attempt":1}`),
        warn(`{"level":40,"time":1767225602000,"pid":1,"msg":"database connection failed, retrying","attempt":2}`),
        warn(`{"level":40,"time":1767225606000,"pid":1,"msg":"database connection failed, retrying","attempt":3}`),
        error("Error: connect ECONNREFUSED 10.250.12.7:5432"),
        error("    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {"),
        error("  errno: -111,"),
        error("  code: 'ECONNREFUSED',"),
        error("  syscall: 'connect',"),
        error("  address: '10.250.12.7',"),
        error("  port: 5432"),
        error("}"),
        error(""),
        error("Node.js v22.11.0"),
      ];
    case "migration_error":
      return [
        info("Starting Container"),
        info(""),
        info(`> ${ctx.serviceName}@1.4.2 migrate`),
        info("> prisma migrate deploy"),
        info(""),
        info("Prisma schema loaded from prisma/schema.prisma"),
        info('Datasource "db": PostgreSQL database "railway", schema "public" at "postgres.railway.internal:5432"'),
        info(""),
        info("12 migrations found in prisma/migrations"),
        info(""),
        info("Applying migration `20260101120000_add_order_totals`"),
        error("Error: P3018"),
        error(""),
        error("A migration failed to apply. New migrations cannot be applied before the error is recovered from."),
        error(""),
        error("Migration name: 20260101120000_add_order_totals"),
        error(""),
        error("Database error code: 42701"),
        error(""),
        error("Database error:"),
        error('ERROR: column "total_cents" of relation "orders" already exists'),
      ];
    case "missing_module":
      return [
        ...boot,
        error("node:internal/modules/cjs/loader:1228"),
        error("  throw err;"),
        error("  ^"),
        error(""),
        error("Error: Cannot find module 'dotenv/config'"),
        error("Require stack:"),
        error("- /app/dist/server.js"),
        error("    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)"),
        error("    at Module._load (node:internal/modules/cjs/loader:1051:27)"),
        error("    at Module.require (node:internal/modules/cjs/loader:1311:19)"),
        error("    at require (node:internal/modules/helpers:179:18)"),
        error("    at Object.<anonymous> (/app/dist/server.js:1:1)"),
        error("  code: 'MODULE_NOT_FOUND',"),
        error("  requireStack: [ '/app/dist/server.js' ]"),
        error("}"),
        error(""),
        error("Node.js v22.11.0"),
      ];
    case "healthcheck_timeout":
      return [...boot, info(`{"level":30,"time":1767225600000,"pid":1,"msg":"warming caches"}`)];
    default: {
      const line = 80 + Math.floor(ctx.random() * 100);
      return [
        ...boot,
        info(`{"level":30,"time":1767225600000,"pid":1,"msg":"Server listening at http://0.0.0.0:8080"}`),
        info(
          `{"level":30,"time":1767225601000,"pid":1,"reqId":"req-1","req":{"method":"GET","url":"/api/orders"},"msg":"incoming request"}`,
        ),
        error(`/app/dist/routes/orders.js:${line}`),
        error("    const total = order.items.reduce((sum, item) => sum + item.price, 0);"),
        error("                              ^"),
        error(""),
        error("TypeError: Cannot read properties of undefined (reading 'reduce')"),
        error(`    at computeTotal (/app/dist/routes/orders.js:${line}:31)`),
        error(`    at /app/dist/routes/orders.js:${line + 21}:19`),
        error(FRAMES[0] as string),
        error(""),
        error("Node.js v22.11.0"),
      ];
    }
  }
}

const SURGE_ROUTES = ["/api/orders", "/api/orders/:id", "/api/cart", "/api/checkout"] as const;

/** Error lines of an app in an error surge: failed requests with a stack, as pino prints them. */
export function surgeLines(ctx: LogContext, count: number, now: number): ScriptLine[] {
  const lines: ScriptLine[] = [];
  for (let i = 0; i < count; i++) {
    const route = pick(ctx, SURGE_ROUTES).replace(":id", String(1000 + Math.floor(ctx.random() * 9000)));
    const line = 40 + Math.floor(ctx.random() * 4);
    const err = {
      type: "TypeError",
      message: "Cannot read properties of undefined (reading 'id')",
      stack: `TypeError: Cannot read properties of undefined (reading 'id')\n    at serializeOrder (/app/dist/routes/orders.js:${line}:27)\n    at /app/dist/routes/orders.js:${line + 19}:18`,
    };
    const entry = {
      level: 50,
      time: now,
      pid: 1,
      reqId: `req-${hex(ctx, 6)}`,
      req: { method: "GET", url: route },
      res: { statusCode: 500 },
      err,
      msg: "request errored",
    };
    lines.push(error(JSON.stringify(entry)));
  }
  return lines;
}

/** What an app logs while a database it uses refuses connections. */
export function refusedLines(dependency: { name: string; host: string; port: number }, now: number): ScriptLine[] {
  const entry = {
    level: 50,
    time: now,
    pid: 1,
    msg: `${dependency.name} connection failed`,
    err: {
      type: "Error",
      code: "ECONNREFUSED",
      syscall: "connect",
      address: dependency.host,
      port: dependency.port,
      message: `connect ECONNREFUSED ${dependency.host}:${dependency.port}`,
    },
  };
  return [error(JSON.stringify(entry)), error(`Error: connect ECONNREFUSED ${dependency.host}:${dependency.port}`)];
}

/** A database container dying (postgres or redis wording). */
export function databaseCrashLines(kind: "postgres" | "redis"): ScriptLine[] {
  if (kind === "redis") {
    return [
      warn("1:M 01 Jan 2026 00:00:00.000 # WARNING Memory overcommit must be enabled!"),
      error("1:M 01 Jan 2026 00:00:00.000 # Can't save in background: fork: Cannot allocate memory"),
      error("1:M 01 Jan 2026 00:00:00.000 # Redis is now ready to exit, bye bye..."),
    ];
  }
  return [
    error(
      '2026-01-01 00:00:00.000 UTC [29] PANIC:  could not write to file "pg_wal/xlogtemp.29": No space left on device',
    ),
    error("2026-01-01 00:00:00.000 UTC [1] LOG:  WAL writer process (PID 29) was terminated by signal 6: Aborted"),
    info("2026-01-01 00:00:00.000 UTC [1] LOG:  terminating any other active server processes"),
    info("2026-01-01 00:00:00.000 UTC [1] LOG:  shutting down because restart_after_crash is off"),
    info("2026-01-01 00:00:00.000 UTC [1] LOG:  database system is shut down"),
  ];
}
