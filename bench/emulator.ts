// Emulator throughput: a typical polling query over HTTP keep-alive on loopback, fixed request count.
import { Agent, request } from "node:http";
import { startEmulator } from "../src/emulator/index.js";

const QUERY = `query BenchServiceInstance($serviceId: String!, $environmentId: String!) {
  serviceInstance(serviceId: $serviceId, environmentId: $environmentId) {
    id
    healthcheckPath
    numReplicas
    source { repo image }
    latestDeployment { id status createdAt canRollback meta staticUrl instances { id status } }
  }
}`;

const REQUESTS = 4_000;
const CONCURRENCY = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function benchEmulator(): Promise<{ name: string; lines: string[] }> {
  const emu = await startEmulator({ clock: "manual", plan: "unlimited" });
  const url = new URL(emu.info.graphqlUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const body = JSON.stringify({
    query: QUERY,
    variables: { serviceId: emu.info.services.web, environmentId: emu.info.environmentId },
  });
  const headers = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    authorization: `Bearer ${emu.info.tokens.account}`,
  };

  const once = () =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const req = request(
        { hostname: url.hostname, port: url.port, path: url.pathname, method: "POST", agent, headers, timeout: 10_000 },
        (res) => {
          let size = 0;
          res.on("data", (d: Buffer) => {
            size += d.length;
          });
          res.on("end", () => {
            if (res.statusCode !== 200 || size === 0) reject(new Error(`HTTP ${res.statusCode}`));
            else resolve(performance.now() - started);
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  try {
    for (let i = 0; i < 200; i++) await once(); // warm-up: JIT and the document cache
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next++;
          latencies.push(await once());
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const rss = process.memoryUsage().rss / 1024 / 1024;
    return {
      name: "Emulator: serviceInstance + latestDeployment over HTTP keep-alive",
      lines: [
        `| requests | concurrency | req/s | p50 ms | p99 ms | max ms | rss MB |`,
        `|---:|---:|---:|---:|---:|---:|---:|`,
        `| ${REQUESTS} | ${CONCURRENCY} | ${(REQUESTS / seconds).toFixed(0)} | ${percentile(latencies, 50).toFixed(2)} | ${percentile(latencies, 99).toFixed(2)} | ${(latencies[latencies.length - 1] ?? 0).toFixed(2)} | ${rss.toFixed(0)} |`,
      ],
    };
  } finally {
    agent.destroy();
    await emu.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchEmulator().then((r) => console.log([`## ${r.name}`, "", ...r.lines].join("\n")));
}
