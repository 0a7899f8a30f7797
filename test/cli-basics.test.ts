import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

describe("railpilot CLI basics", () => {
  it("prints its version", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("prints help listing its commands", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: railpilot");
  });

  it("rejects an unknown command with exit code 2", async () => {
    const r = await runCli(["no-such-command"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command");
  });
});
