import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("railpilot demo deploy", () => {
  it("deploys web healthy, then rolls back a release that crashes after going live, and exits 0", async () => {
    const r = await runCli(["demo", "deploy", "--speed", "50"], { timeoutMs: 90_000 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Railway emulator listening on http:\/\/127\.0\.0\.1:\d+\/graphql\/v2/);

    const [first, second] = r.stdout.split(/^2\. /m);
    expect(first).toMatch(/^\s+\+\s*\S+\s+BUILDING$/m);
    expect(first).toMatch(/health check 3: https:\/\/web-production-[a-z0-9]+\.up\.railway\.app\/health → ok \(200\)/);
    expect(first).toMatch(/verdict: deployed/);

    expect(second).toMatch(/health check \d: \S+ → failed \(50\d\)/);
    expect(second?.match(/rolling back to /g)).toHaveLength(1);
    expect(second).toMatch(/verdict: rolled-back/);
    expect(second).toMatch(/decisive log lines:\n\s+\| \S/);
    expect(r.stdout.match(/acme-demo \/ production/g)).toHaveLength(2);
  }, 100_000);
});

describe("railpilot demo deploy --json", () => {
  it("prints only one JSON object with both deploy reports", async () => {
    const r = await runCli(["demo", "deploy", "--speed", "50", "--json"], { timeoutMs: 90_000 });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      asExpected: boolean;
      deploys: { healthy: { verdict: string }; crashed: { verdict: string; rollback?: { toDeploymentId: string } } };
    };
    expect(out.asExpected).toBe(true);
    expect(out.deploys.healthy.verdict).toBe("deployed");
    expect(out.deploys.crashed.verdict).toBe("rolled-back");
    expect(out.deploys.crashed.rollback?.toDeploymentId).toBeTruthy();
  }, 100_000);
});
