/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
// Provisioning benchmark: requests per tenant stack, and virtual wall time for 20 tenants
// created concurrently within the hobby plan's API limits (1,000/h, 10/s), against the emulator
// on a manual clock (the client's budget waits on that clock, so time is simulated, not slept).
import { fileURLToPath } from "node:url";
import { flushMicrotasks, formatDuration, type ManualClock } from "../src/core/index.js";
import { startEmulator } from "../src/emulator/index.js";
import { createInstance, fleetConcurrency, MemoryJournal, mapBounded, parseStackSpec } from "../src/provision/index.js";
import { PLAN_LIMITS, RailwayClient } from "../src/railway/index.js";

const STACK = `project:
  name: shop-\${TENANT}
shared:
  LOG_LEVEL: info
  SESSION_SECRET: { generate: secret }
databases:
  Postgres: postgres
  Redis: redis
services:
  api:
    source: { repo: acme/shop-api, branch: main }
    build: npm run build
    start: node server.js
    healthcheck: { path: /health, timeout: 60 }
    variables:
      TENANT: \${TENANT}
      DATABASE_URL: \${{Postgres.DATABASE_URL}}
      REDIS_URL: \${{Redis.REDIS_URL}}
      JWT_SECRET: { generate: secret }
    domain: generated
  worker:
    source: { image: "ghcr.io/acme/worker:1.4" }
    volumes: [{ mountPath: /data }]
    variables:
      QUEUE_URL: \${{Redis.REDIS_URL}}
`;

async function runFleet(tenants: number): Promise<{
  requests: number;
  mutations: number;
  virtualMs: number;
  realMs: number;
  rateLimited: number;
  failed: number;
}> {
  const emulator = await startEmulator({ seed: "empty", clock: "manual", plan: "hobby" });
  const clock = emulator.clock as ManualClock;
  let inflight = 0;
  let requests = 0;
  let mutations = 0;
  let rateLimited = 0;
  const counting: typeof fetch = async (input, init) => {
    requests++;
    if (typeof init?.body === "string" && init.body.includes('"query":"mutation')) mutations++;
    inflight++;
    try {
      const res = await fetch(input, init);
      if (res.status === 429) rateLimited++;
      return res;
    } finally {
      inflight--;
    }
  };
  const client = new RailwayClient({
    endpoint: emulator.info.graphqlUrl,
    apiToken: emulator.info.tokens.account,
    clock,
    fetch: counting,
    plan: "hobby",
    env: {},
  });
  const journal = new MemoryJournal();
  const names = Array.from({ length: tenants }, (_, i) => `tenant-${String(i + 1).padStart(2, "0")}`);
  const startVirtual = clock.now();
  const startReal = performance.now();
  const work = mapBounded(names, fleetConcurrency(PLAN_LIMITS.hobby.perSecond, names.length), (name) =>
    createInstance(name, parseStackSpec(STACK, { params: { TENANT: name } }), "shop", {
      client,
      clock,
      journal,
      workspaceId: emulator.info.workspaceId,
    }),
  );
  let done = false;
  let results: Awaited<typeof work> = [];
  work.then((r) => {
    results = r;
    done = true;
  });
  // Move virtual time only while no request is in flight (budget waits, polls, backoffs).
  while (!done) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (done || inflight > 0) continue;
    await flushMicrotasks(3);
    if (done || inflight > 0) continue;
    const next = clock.nextAt();
    if (next !== undefined) await clock.advanceTo(Math.max(next, clock.now()));
  }
  const out = {
    requests,
    mutations,
    virtualMs: clock.now() - startVirtual,
    realMs: performance.now() - startReal,
    rateLimited,
    failed: results.filter((r) => r.status === "rejected").length,
  };
  client.close();
  await emulator.close();
  return out;
}

export async function benchProvision(): Promise<{ name: string; lines: string[] }> {
  const one = await runFleet(1);
  const twenty = await runFleet(20);
  const perHour = PLAN_LIMITS.hobby.perHour;
  return {
    name: "Provisioning (tenant stacks, hobby plan limits)",
    lines: [
      "Stack: project + Postgres + Redis (templateDeployV2) + repo service (settings, 4 variables incl. a generated secret, domain) + image service (volume, 1 variable) + 2 shared variables.",
      "",
      "| measure | value |",
      "|---|---|",
      `| requests per tenant stack (1 tenant) | ${one.requests} (${one.mutations} mutations) |`,
      `| requests per tenant stack (mean of 20) | ${(twenty.requests / 20).toFixed(1)} (${(twenty.mutations / 20).toFixed(1)} mutations) |`,
      `| 20 tenants: virtual wall time | ${formatDuration(twenty.virtualMs)} |`,
      `| 20 tenants: real time (emulator, in process) | ${formatDuration(twenty.realMs)} |`,
      `| 20 tenants: total requests / hobby hourly budget | ${twenty.requests} / ${perHour} |`,
      `| 20 tenants: HTTP 429 answers / failed tenants | ${twenty.rateLimited} / ${twenty.failed} |`,
      "",
      `One tenant alone takes ${formatDuration(one.virtualMs)} of virtual time (template workflows and visibility polls dominate).`,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchProvision();
  console.log([`## ${r.name}`, "", ...r.lines].join("\n"));
}
