/**
 * `railpilot demo incidents --json` as a subprocess: the emulator and the autopilot in one process,
 * four scripted incidents, and a summary read back from the autopilot's own API. Each incident's
 * decision and action is asserted here; the exit code must agree with the summary.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { keepsRunning, renderSummary } from "../../src/cli/commands/demo-incidents.js";
import type { IncidentDaySummary, IncidentResult } from "../../src/demo/index.js";
import { runCli, type CliResult } from "../helpers/cli.js";

let r: CliResult;
let day: IncidentDaySummary;
const incident = (name: IncidentResult["name"]) => day.incidents.find((i) => i.name === name) as IncidentResult;
const finished = (a: { status: string }) => a.status === "succeeded" || a.status === "verified";

beforeAll(async () => {
  r = await runCli(["demo", "incidents", "--json"], { timeoutMs: 240_000 });
  day = JSON.parse(r.stdout) as IncidentDaySummary;
}, 250_000);

describe("railpilot demo incidents --json", () => {
  it("prints one summary with the API and dashboard URLs and the token, and an exit code that agrees with it", () => {
    expect(day.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(day.dashboardUrl).toBe(`${day.apiUrl}/error-monitor/dashboard`);
    expect(day.apiToken.length).toBeGreaterThan(20);
    expect(day.incidents.map((i) => i.name)).toEqual(["crash", "oom", "database_down", "error_surge"]);
    expect(day.failed).toEqual(day.incidents.filter((i) => !i.ok).map((i) => i.name));
    expect(r.code).toBe(day.failed.length === 0 ? 0 : 1);
    for (const i of day.incidents) if (!i.ok) expect(i.problem).toBeTruthy();
  });

  it("keeps the day running for a person at a terminal; the text says whether the printed URLs still answer", () => {
    expect(keepsRunning({}, true)).toBe(true);
    expect(keepsRunning({}, false)).toBe(false);
    expect(keepsRunning({ keep: false }, true)).toBe(false);
    expect(keepsRunning({ keep: true }, false)).toBe(true);
    const stopped = renderSummary(day, { kept: false }).join("\n");
    expect(stopped).toContain(`dashboard: ${day.dashboardUrl}`);
    expect(stopped).toMatch(/stopped with this run, so these URLs no longer answer: run it again with --keep/);
    const kept = renderSummary(day, { kept: true }).join("\n");
    expect(kept).toMatch(/still running: open the dashboard and log in with the token above .*\(Ctrl-C to stop\)/);
    expect(kept).not.toMatch(/no longer answer/);
  });

  it("a crash after go-live: rolled back, and the rollback verified", () => {
    const crash = incident("crash");
    expect(crash.ok, crash.problem).toBe(true);
    expect(crash.decisions.some((d) => d.kind === "rollback" && d.service === "web")).toBe(true);
    expect(crash.actions.some((a) => a.kind === "rollback" && finished(a))).toBe(true);
  });

  it("an OOM: memory limit raised one step and redeployed, no rollback", () => {
    const oom = incident("oom");
    expect(oom.ok, oom.problem).toBe(true);
    expect(oom.decisions.some((d) => d.kind === "scale_memory")).toBe(true);
    expect(oom.actions.some((a) => a.kind === "scale_memory" && finished(a))).toBe(true);
    expect(oom.actions.some((a) => a.kind === "rollback")).toBe(false);
  });

  it("the database going down: web's errors lead to its dependency; escalated naming Postgres, never a rollback", () => {
    const db = incident("database_down");
    expect(db.ok, db.problem).toBe(true);
    expect(db.actions.some((a) => a.kind === "rollback")).toBe(false);
    const escalation = db.decisions.find((d) => d.kind === "escalate" && d.service === "web");
    expect(escalation?.reasons.join(" ")).toMatch(/Postgres, which web depends on, is down/);
    // From the dependency-first rule or the check's dependency observation, whichever is first: both say it.
    expect(escalation?.reasons.join(" ")).toMatch(/rolling back the app/i);
  });

  it("an error surge after a deploy: the database checked and healthy, then rolled back and verified", () => {
    const surge = incident("error_surge");
    expect(surge.ok, surge.problem).toBe(true);
    const rollback = surge.decisions.find((d) => d.kind === "rollback" && d.service === "web");
    expect(rollback?.reasons.join(" ")).toMatch(/Errors surged after deployment/);
    expect(
      surge.actions.some((a) => a.kind === "rollback" && a.deploymentId === rollback?.deploymentId && finished(a)),
    ).toBe(true);
    expect(day.failed).toEqual([]);
    expect(r.code).toBe(0);
  });
});
