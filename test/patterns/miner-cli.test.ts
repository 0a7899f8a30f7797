import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const FIXTURE = join(import.meta.dirname, "fixtures", "miner-sample.log");

describe("railpilot patterns", () => {
  it("prints one {patternId, template} object per input line, in order, with --jsonl", async () => {
    const r = await runCli(["patterns", FIXTURE, "--jsonl"]);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { patternId: string; template: string });
    const input = readFileSync(FIXTURE, "utf8").trim().split("\n");
    expect(rows).toHaveLength(input.length);
    expect(rows[0]!.template).toBe("Connection from <*> accepted in <*>");
    expect(rows[3]!.template).toBe("ERROR Failed to connect to <*>: connection refused");
    expect(rows[4]!.patternId).toBe(rows[0]!.patternId);
    expect(new Set(rows.map((x) => x.patternId)).size).toBe(4);
    for (const row of rows) expect(Object.keys(row)).toEqual(["patternId", "template"]);
  });

  it("reads stdin when given '-' and prints a table with counts and a sample", async () => {
    const r = await runCli(["patterns", "-"], { input: readFileSync(FIXTURE, "utf8") });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("10 lines, 4 patterns");
    expect(r.stdout).toMatch(/\s3\s+\w{12}\s+Connection from <\*> accepted in <\*>/);
    expect(r.stdout).toContain("e.g. Connection from 10.0.0.1:5432 accepted in 12ms");
  });

  it("prints the patterns as a JSON array with --json", async () => {
    const r = await runCli(["patterns", FIXTURE, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const patterns = JSON.parse(r.stdout) as Array<{ template: string; count: number; sample: string }>;
    expect(patterns.map((p) => p.count)).toEqual([3, 3, 2, 2]);
    expect(patterns[0]).toMatchObject({
      template: "Connection from <*> accepted in <*>",
      sample: expect.stringContaining("10.0.0.1"),
    });
  });

  it("fails with exit code 2 and a hint for a missing file", async () => {
    const r = await runCli(["patterns", "no-such-file.log"]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain("does not exist");
    expect(r.stderr).toContain("hint:");
  });

  it("documents itself in --help", async () => {
    const r = await runCli(["patterns", "--help"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("--jsonl");
  });
});
