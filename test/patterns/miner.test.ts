import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/index.js";
import {
  detectSeverity,
  ErrorPatternTracker,
  HISTORY_INTERVALS,
  maskToken,
  TemplateMiner,
  templateFingerprint,
} from "../../src/patterns/index.js";

describe("maskToken", () => {
  it.each([
    ["12", "<*>"],
    ["12ms", "<*>"],
    ["3.5s", "<*>"],
    ["0x7fed806eb5d", "<*>"],
    ["8f14e45f-ceea-467f-a0b5-2f0d0e3b8c11", "<*>"],
    ["10.251.43.21:50010", "<*>"],
    ["fe80::1", "<*>"],
    ["db-primary.internal:5432", "<*>"],
    ["/etc/httpd/conf/workers2.properties", "<*>"],
    ["C:\\Windows\\system32\\x.dll", "<*>"],
    ["https://example.com/a?b=1", "<*>"],
    ["ops@example.com", "<*>"],
    ["2024-05-01T12:00:00.123Z", "<*>"],
    ["16:49:06", "<*>"],
    ["uid=0", "uid=<*>"],
    ["(HWID=1973)", "(HWID=<*>)"],
    ["blk_-1608999687919862906", "blk_<*>"],
    ["core.12345", "core.<*>"],
    ["'/tmp/x1'", "'<*>'"],
    ['"view-lock_main",', '"<*>",'],
    ["'a.b'", "'<*>'"],
    ["(/var/log/app.log)", "(<*>)"],
  ])("masks %s as %s", (token, masked) => {
    expect(maskToken(token).masked).toBe(masked);
  });

  it.each(["connection", "refused", "GET", '"GET"', "com.android.systemui", "-", "OK:", "SOCKS5", "IPv4"])(
    "leaves the constant %s alone",
    (token) => {
      expect(maskToken(token)).toEqual({ masked: token, values: [] });
    },
  );

  it("returns the raw text of each masked part", () => {
    expect(maskToken("uid=0,pid=42").values).toEqual(["0", "42"]);
  });
});

describe("TemplateMiner", () => {
  it("gives the same line the same pattern id, and reports only the first as new", () => {
    const miner = new TemplateMiner();
    const a = miner.add("cache warmed in 12 ms");
    const b = miner.add("cache warmed in 12 ms");
    expect(a.isNew).toBe(true);
    expect(b.isNew).toBe(false);
    expect(b.patternId).toBe(a.patternId);
    expect(b.template).toBe("cache warmed in <*> ms");
    expect(b.params).toEqual(["12"]);
  });

  it("does not open a new cluster for a line that differs only in masked variables", () => {
    const miner = new TemplateMiner();
    const first = miner.add("Connection from 10.0.0.1:5432 accepted in 12ms");
    const second = miner.add("Connection from 192.168.7.20:41000 accepted in 3ms");
    expect(second.isNew).toBe(false);
    expect(second.patternId).toBe(first.patternId);
    expect(second.params).toEqual(["192.168.7.20:41000", "3ms"]);
    expect(miner.size).toBe(1);
  });

  it("generalises a word position to <*> once several distinct words were seen there, and the id follows", () => {
    const miner = new TemplateMiner();
    const users = ["alice", "bob", "carol", "dave", "erin"];
    const results = users.map((u) => miner.add(`session opened for user ${u} by sshd`));
    const last = results.at(-1)!;
    expect(last.template).toBe("session opened for user <*> by sshd");
    expect(last.patternId).toBe(templateFingerprint("session opened for user <*> by sshd"));
    expect(last.params).toEqual(["erin"]);
    // every earlier line's cluster now resolves to the generalised pattern
    for (const r of results) expect(miner.pattern(r.clusterId)?.patternId).toBe(last.patternId);
    expect(miner.patterns()).toHaveLength(1);
    expect(miner.patterns()[0]!.count).toBe(5);
  });

  it("keeps lines apart that differ in a word that took only a couple of values", () => {
    const miner = new TemplateMiner();
    const opened = miner.add("session opened for user root");
    const closed = miner.add("session closed for user root");
    expect(closed.patternId).not.toBe(opened.patternId);
    expect(miner.size).toBe(2);
  });

  it("keeps lines of different shapes in different patterns", () => {
    const miner = new TemplateMiner();
    const ids = new Set(
      [
        "Received block blk_1 of size 67108864 from /10.0.0.1",
        "Received block blk_2 of size 1024 from /10.0.0.2",
        "PacketResponder 1 for block blk_3 terminating",
        "PacketResponder 0 for block blk_4 terminating",
        "Deleting block blk_5 file /data/blk_5",
      ].map((l) => miner.add(l).patternId),
    );
    expect(ids.size).toBe(3);
  });

  it("produces the same ids in a fresh miner fed the same lines, and after a JSON round-trip", () => {
    const lines = [
      "worker 3 finished job 8f14e45f-ceea-467f-a0b5-2f0d0e3b8c11",
      "GET /api/users/42 200 13ms",
      ...["a", "b", "c", "d", "e"].map((u) => `login ok for ${u}`),
      "worker 11 finished job 1f0e3dad-9999-4e2a-8a3e-51c1c9d4c2a0",
    ];
    const more = ["login ok for zed", "GET /api/users/9 500 2ms", "disk full on /dev/sda1", "login ok for amy"];
    const original = new TemplateMiner();
    const fresh = new TemplateMiner();
    const a = lines.map((l) => original.add(l).patternId);
    const b = lines.map((l) => fresh.add(l).patternId);
    expect(b).toEqual(a);

    const restored = TemplateMiner.fromJSON(JSON.parse(JSON.stringify(original)));
    expect(restored.patterns()).toEqual(original.patterns());
    const afterOriginal = more.map((l) => original.add(l));
    const afterRestored = more.map((l) => restored.add(l));
    expect(afterRestored).toEqual(afterOriginal);
  });

  it("rejects a state that is not its own JSON with a ValidationError", () => {
    expect(() => TemplateMiner.fromJSON({ version: 2 })).toThrow(ValidationError);
  });

  it("keeps frequently hit clusters when the cap forces eviction", () => {
    const miner = new TemplateMiner({ maxClusters: 20, protectAfterHits: 5 });
    const hot = miner.add("heartbeat ok from scheduler");
    for (let i = 0; i < 10; i++) miner.add("heartbeat ok from scheduler");
    // a burst of one-off shapes, far more than the cap
    for (let i = 0; i < 200; i++)
      miner.add(`${"x".repeat((i % 50) + 1)} ${"y".repeat(Math.floor(i / 50) + 1)} unique shape`);
    expect(miner.size).toBeLessThanOrEqual(20);
    expect(miner.pattern(hot.clusterId)?.template).toBe("heartbeat ok from scheduler");
    expect(miner.add("heartbeat ok from scheduler").isNew).toBe(false);
  });

  it("groups a small fixture into the expected patterns", () => {
    const miner = new TemplateMiner();
    const lines = [
      "Connection from 10.0.0.1:5432 accepted in 12ms",
      "Connection from 10.0.0.7:6001 accepted in 3ms",
      "GET /api/users/42 200 13ms",
      "ERROR Failed to connect to db-primary.internal:5432: connection refused",
      "GET /api/users/7 200 2ms",
      "ERROR Failed to connect to db-replica.internal:5432: connection refused",
      "worker 3 finished job 8f14e45f-ceea-467f-a0b5-2f0d0e3b8c11",
    ];
    for (const l of lines) miner.add(l);
    expect(miner.patterns().map((p) => [p.template, p.count])).toEqual([
      ["Connection from <*> accepted in <*>", 2],
      ["GET <*> <*> <*>", 2],
      ["ERROR Failed to connect to <*>: connection refused", 2],
      ["worker <*> finished job <*>", 1],
    ]);
  });
});

describe("detectSeverity", () => {
  it.each([
    ["anything", "ERROR", "error"],
    ["anything", "W", "warn"],
    ["anything", 2, "fatal"],
    ["panic: runtime error: index out of range", undefined, "fatal"],
    ["Unhandled exception in worker", undefined, "error"],
    ["connection refused", undefined, "error"],
    ["DeprecationWarning: Buffer() is deprecated", undefined, "warn"],
    ["listening on :8080", undefined, "info"],
  ] as const)("rates %s (level %s) as %s", (line, level, expected) => {
    expect(detectSeverity(line, level)).toBe(expected);
  });
});

describe("ErrorPatternTracker", () => {
  it("counts error patterns with first/last seen, severity, a sample and where they came from", () => {
    const tracker = new ErrorPatternTracker();
    expect(tracker.observe("GET /health 200 1ms", { timestamp: 1_000 })).toBeUndefined();
    tracker.observe("Error: connect ECONNREFUSED 10.0.0.5:5432", {
      timestamp: 2_000,
      deploymentId: "d1",
      serviceId: "s1",
    });
    tracker.observe("Error: connect ECONNREFUSED 10.0.0.6:5432", {
      timestamp: 5_000,
      deploymentId: "d2",
      serviceId: "s1",
    });
    tracker.observe("disk usage high", { timestamp: 3_000, level: "warn", deploymentId: "d1" });
    const [top, second] = tracker.patterns();
    expect(top).toMatchObject({
      template: "Error: connect ECONNREFUSED <*>",
      severity: "error",
      count: 2,
      firstSeen: new Date(2_000).toISOString(),
      lastSeen: new Date(5_000).toISOString(),
      sample: { line: "Error: connect ECONNREFUSED 10.0.0.6:5432", params: ["10.0.0.6:5432"] },
      deploymentId: "d2",
      serviceId: "s1",
      deployments: ["d1", "d2"],
    });
    expect(second).toMatchObject({ template: "disk usage high", severity: "warn", count: 1 });
  });

  it("keeps each pattern's lines per 5-minute interval over the last 2 hours, ending at the newest line seen", () => {
    const tracker = new ErrorPatternTracker();
    const t0 = Date.parse("2026-12-05T10:00:00Z");
    for (const minute of [0, 1, 2, 12, 13]) tracker.observe("Error: boom", { timestamp: t0 + minute * 60_000 });
    tracker.observe("disk usage high", { timestamp: t0 + 20 * 60_000, level: "warn" });
    const boom = tracker.patterns().find((p) => p.template === "Error: boom");
    expect(boom?.history).toHaveLength(HISTORY_INTERVALS);
    // Intervals 10:00, 10:05, 10:10, 10:15, 10:20 are the last five; 10:20 holds the newest line (another pattern's).
    expect(boom?.history.slice(-5)).toEqual([3, 0, 2, 0, 0]);
    expect(boom?.history.reduce((a, b) => a + b, 0)).toBe(5);
    // Three hours later the old lines have left the window, the count stays.
    tracker.observe("disk usage high", { timestamp: t0 + 3 * 3_600_000, level: "warn" });
    const later = tracker.patterns().find((p) => p.template === "Error: boom");
    expect(later?.history.every((n) => n === 0)).toBe(true);
    expect(later?.count).toBe(5);
  });

  it("takes the log's own level over the words in the line", () => {
    const tracker = new ErrorPatternTracker({ minSeverity: "error" });
    expect(tracker.observe("retrying failed upload", { timestamp: 0, level: "info" })).toBeUndefined();
    expect(tracker.observe("all good", { timestamp: 0, level: "fatal" })?.severity).toBe("fatal");
  });

  it("folds the counts of clusters the miner merges", () => {
    const tracker = new ErrorPatternTracker();
    for (const [i, u] of ["ann", "ben", "cat", "dan", "eve"].entries()) {
      tracker.observe(`login failed for ${u}`, { timestamp: i * 1000 });
    }
    const patterns = tracker.patterns();
    expect(patterns).toHaveLength(1);
    expect(patterns[0]).toMatchObject({
      template: "login failed for <*>",
      count: 5,
      firstSeen: new Date(0).toISOString(),
    });
  });

  it("rejects an invalid timestamp", () => {
    expect(() => new ErrorPatternTracker().observe("error", { timestamp: "yesterday-ish" })).toThrow(ValidationError);
  });
});
