import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import { healthVerdict, parseResolveEntry, probeHealth, probeTarget } from "../../src/deploy/health-prober.js";
import { driveManualClock } from "../helpers/drive-manual-clock.js";

let server: http.Server;
let port = 0;
const seen: Array<{ host: string | undefined; path: string | undefined }> = [];
let answers: number[] = [];
/** Resolved with each request the server receives (for tests that act once a probe is in flight). */
let onRequest: ((path: string | undefined) => void) | undefined;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ host: req.headers.host, path: req.url });
    onRequest?.(req.url);
    if (req.url === "/hang") return; // never answers
    if (req.url === "/trickle") {
      // Headers at once, then one byte every 20 ms forever: the socket is never idle.
      res.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("."), 20);
      res.on("close", () => clearInterval(timer));
      return;
    }
    res.statusCode = answers.shift() ?? 200;
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const drive = <T>(clock: ManualClock, promise: Promise<T>): Promise<T> => driveManualClock(clock, promise);

describe("health prober", () => {
  it("parses curl-style resolve entries and the extended forms", () => {
    expect(parseResolveEntry("web.up.railway.app:443:127.0.0.1")).toEqual({
      host: "web.up.railway.app",
      port: 443,
      address: "127.0.0.1",
    });
    expect(parseResolveEntry("*.up.railway.app:443:http://127.0.0.1:8080")).toEqual({
      host: "*.up.railway.app",
      port: 443,
      address: "127.0.0.1",
      targetPort: 8080,
      protocol: "http:",
    });
    expect(() => parseResolveEntry("nonsense")).toThrow(/host:port:address/);
  });

  it("maps a railway domain to another address while keeping the Host header", () => {
    const t = probeTarget("https://web-prod.up.railway.app/healthz", [
      parseResolveEntry(`*.up.railway.app:443:http://127.0.0.1:${port}`),
    ]);
    expect(t).toMatchObject({
      protocol: "http:",
      address: "127.0.0.1",
      port,
      hostHeader: "web-prod.up.railway.app",
      path: "/healthz",
    });
  });

  it("passes when every probe answers 2xx, probing at the interval on the clock", async () => {
    answers = [200, 204, 200];
    seen.length = 0;
    const clock = new ManualClock();
    const start = clock.now();
    const summary = await drive(
      clock,
      probeHealth({
        url: "https://web-prod.up.railway.app/healthz",
        checks: 3,
        intervalMs: 10_000,
        resolve: [parseResolveEntry(`web-prod.up.railway.app:443:http://127.0.0.1:${port}`)],
        clock,
      }),
    );
    expect(summary).toMatchObject({ checks: 3, passed: 3, failures: [] });
    expect(clock.now() - start).toBe(20_000);
    expect(seen).toEqual(Array(3).fill({ host: "web-prod.up.railway.app", path: "/healthz" }));
  });

  it("fails at the first unhealthy answer", async () => {
    answers = [200, 503, 200];
    const clock = new ManualClock();
    const summary = await drive(
      clock,
      probeHealth({ url: `http://127.0.0.1:${port}/`, checks: 3, intervalMs: 1_000, clock }),
    );
    expect(summary).toMatchObject({ checks: 3, passed: 1, failures: ["HTTP 503"] });
  });

  it("gives up on a probe that does not answer within its timeout", async () => {
    const clock = new ManualClock();
    const summary = await drive(
      clock,
      probeHealth({ url: `http://127.0.0.1:${port}/hang`, checks: 1, timeoutMs: 200, clock }),
    );
    expect(summary.passed).toBe(0);
    expect(summary.failures[0]).toMatch(/200 ms|ECONNRESET/);
  });

  it("gives up on a body that trickles in byte by byte: the timeout bounds the whole answer", async () => {
    const clock = new ManualClock();
    const summary = await drive(
      clock,
      probeHealth({ url: `http://127.0.0.1:${port}/trickle`, checks: 1, timeoutMs: 300, clock }),
    );
    expect(summary.passed).toBe(0);
    expect(summary.failures).toEqual(["no complete answer within 300 ms"]);
  });

  it("stops a probe in flight when the caller aborts", async () => {
    const clock = new ManualClock();
    const controller = new AbortController();
    const arrived = new Promise<void>((resolve) => {
      onRequest = (path) => path === "/hang" && resolve();
    });
    const probing = probeHealth({
      url: `http://127.0.0.1:${port}/hang`,
      checks: 1,
      timeoutMs: 60_000,
      clock,
      signal: controller.signal,
    });
    await arrived;
    onRequest = undefined;
    controller.abort(new Error("job cancelled"));
    await expect(probing).rejects.toMatchObject({ code: "ABORTED" });
  });

  it("counts a refused connection (the prober's own network) as inconclusive: retried within the budget, never a failure", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const clock = new ManualClock();
    const summary = await drive(
      clock,
      probeHealth({
        url: `http://127.0.0.1:${closedPort}/`,
        checks: 2,
        intervalMs: 5_000,
        inconclusiveBudgetMs: 20_000,
        clock,
      }),
    );
    expect(summary.failures).toEqual([]);
    expect(summary.passed).toBe(0);
    expect(summary.inconclusive?.length).toBe(5);
    expect(summary.inconclusive?.[0]).toBe("ECONNREFUSED");
    expect(healthVerdict(summary)).toBe("inconclusive");
  });

  it("a name that does not resolve is inconclusive too, and a later answer decides", async () => {
    const clock = new ManualClock();
    let calls = 0;
    const summary = await drive(
      clock,
      probeHealth({
        url: "http://no-such-host.invalid/",
        checks: 1,
        intervalMs: 1_000,
        inconclusiveBudgetMs: 3_000,
        clock,
        onProbe: () => calls++,
      }),
    );
    expect(summary.failures).toEqual([]);
    expect(summary.inconclusive?.every((e) => e === "ENOTFOUND" || e === "EAI_AGAIN")).toBe(true);
    expect(calls).toBeGreaterThan(1);
    answers = [503];
    const failed = await drive(
      clock,
      probeHealth({ url: `http://127.0.0.1:${port}/`, checks: 2, intervalMs: 1_000, clock }),
    );
    expect(healthVerdict(failed)).toBe("unhealthy");
  });
});
