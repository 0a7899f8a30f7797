import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("railpilot demo", () => {
  it("starts an emulator, deploys web live and exits 0 well within a minute", async () => {
    const started = Date.now();
    const r = await runCli(["demo", "--speed", "50"], { timeoutMs: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Railway emulator listening on http:\/\/127\.0\.0\.1:\d+\/graphql\/v2/);
    expect(r.stdout).toMatch(/deploying web: deployment \S+/);
    const statuses = [...r.stdout.matchAll(/^\s+\+\s*\S+\s+([A-Z_]+)$/gm)].map((m) => m[1]);
    expect(statuses).toContain("BUILDING");
    expect(statuses.at(-1)).toBe("SUCCESS");
    expect(r.stdout).toMatch(/web finished SUCCESS after/);
    expect(r.stdout.match(/acme-demo \/ production/g)).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 70_000);
});
