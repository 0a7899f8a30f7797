import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DecisionView } from "../../src/autopilot/contract.js";
import { defaultListen } from "../../src/autopilot/index.js";
import { onceExitCode } from "../../src/cli/commands/autopilot.js";
import { runCli } from "../helpers/cli.js";

describe("railpilot autopilot (CLI)", () => {
  it("documents its flags, the ready line and the exit codes", async () => {
    const r = await runCli(["autopilot", "--help"]);
    expect(r.code).toBe(0);
    for (const flag of ["--config <file>", "--dry-run", "--listen <host:port>", "--once", "--json"])
      expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('"apiUrl","dashboardUrl","webhookUrl","dryRun","watching"');
    expect(r.stdout).toMatch(/exit codes/i);
  });

  it("refuses a non-loopback listen address without an API token (exit 2)", async () => {
    const r = await runCli(["autopilot", "--listen", "0.0.0.0:0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to listen on 0.0.0.0 without an API token");
    expect(r.stderr).toContain("RAILPILOT_API_TOKEN");
    expect(r.stdout).toBe("");
  });

  it("refuses a listen address that is not host:port (exit 2)", async () => {
    const r = await runCli(["autopilot", "--listen", "8080"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('listen address "8080" is not host:port');
    const fromEnv = await runCli(["autopilot"], { env: { RAILPILOT_LISTEN: "nope" } });
    expect(fromEnv.code).toBe(2);
  });
});

describe("onceExitCode", () => {
  const d = (kind: DecisionView["kind"], status: DecisionView["status"]): DecisionView => ({
    id: `${kind}-${status}`,
    at: "2026-12-04T12:00:00.000Z",
    kind,
    status,
    service: { projectId: "p", environmentId: "e", environmentName: "production", serviceId: "s", serviceName: "web" },
    causeKey: "c",
    reasons: [],
    evidence: {},
  });
  it.each([
    [[], 0],
    [[d("none", "decided")], 0],
    [[d("escalate", "decided")], 0],
    [[d("rollback", "dry_run")], 0],
    [[d("rollback", "suppressed")], 0],
    [[d("rollback", "pending_approval")], 0],
    [[d("rollback", "executed")], 3],
    [[d("rollback", "verified"), d("escalate", "decided")], 3],
    [[d("restart", "failed")], 1],
    [[d("rollback", "failed"), d("restart", "failed")], 5],
  ] as [DecisionView[], number][])("%j → %i", (decisions, code) => {
    expect(onceExitCode({ at: "x", observations: 1, decisions })).toBe(code);
  });
});

describe("running on Railway", () => {
  it("listens on every interface on Railway's PORT, which needs a configured token", async () => {
    expect(defaultListen({ PORT: "8080" })).toBe("0.0.0.0:8080");
    expect(defaultListen({})).toBe("127.0.0.1:8080");
    expect(defaultListen({ PORT: "abc" })).toBe("127.0.0.1:8080");
    const r = await runCli(["autopilot"], { env: { PORT: "0" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to listen on 0.0.0.0 without an API token");
  });

  it("ships a railway.json whose health check is the open /healthz, with one replica", () => {
    const example = JSON.parse(
      readFileSync(join(import.meta.dirname, "..", "..", "examples", "railway", "railway.json"), "utf8"),
    );
    expect(example.deploy).toMatchObject({ healthcheckPath: "/healthz", numReplicas: 1 });
    // The command line itself is run in a shell by test/examples/railway-json.test.ts.
    expect(example.deploy.startCommand).toMatch(/^exec .*node_modules\/\.bin\/railpilot autopilot$/);
  });
});
