import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("railpilot demo deploy", () => {
  it("runs the deploy demo as a subcommand (healthy deploy, then a crash rolled back)", async () => {
    const r = await runCli(["demo", "deploy", "--speed", "50", "--json"], { timeoutMs: 90_000 });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      asExpected: boolean;
      deploys: { healthy: { verdict: string }; crashed: { verdict: string } };
    };
    expect(out.asExpected).toBe(true);
    expect(out.deploys.healthy.verdict).toBe("deployed");
    expect(out.deploys.crashed.verdict).toBe("rolled-back");
  }, 100_000);

  it("lists deploy as a subcommand of demo", async () => {
    const r = await runCli(["demo", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+deploy (\[options\] )?\s*start a local Railway emulator/m);
    expect(r.stdout).toMatch(/^\s+incidents (\[options\] )?\s*an incident day/m);
  });
});
