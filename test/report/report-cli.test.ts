import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { runCli } from "../helpers/cli.js";
import { cliEnv, control } from "../deploy/emulator-cli.js";

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ clock: "manual", seed: "demo" });
});
afterAll(async () => {
  await emu?.close();
});

interface StatsBody {
  requests: { total: number };
}

describe("railpilot report", () => {
  it("prints one JSON object with the four metrics overall and per service, with a project token", async () => {
    await control(emu, "/stats/reset", {});
    const before = ((await control(emu, "/stats")) as StatsBody).requests.total;
    const r = await runCli(["report", "--since", "7d", "--json"], { env: cliEnv(emu) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["since", "until", "overall", "services"]));
    expect(Object.keys(report.overall)).toEqual(
      expect.arrayContaining(["deploymentFrequency", "leadTime", "changeFailureRate", "timeToRestore"]),
    );
    const web = report.services.find((s: { name: string }) => s.name === "web");
    // The demo seed: three web deploys an hour apart; "Fix pagination" follows the first within the fix window.
    expect(web.deploymentFrequency.changes).toBe(3);
    expect(web.changeFailureRate).toMatchObject({ failed: 1, changes: 3, band: "low" });
    // No GitHub configured: lead time is null with a reason, never a made-up number.
    expect(report.overall.leadTime).toMatchObject({ medianMs: null, band: null });
    expect(report.overall.leadTime.reason).toMatch(/commit time/);
    // Cost: the project token's look-up, the project, and one page of the environment's history.
    expect(report.requests.railwayHistory).toBe(1);
    // Phase durations: one deploymentEvents request per finished deployment, at most 20.
    expect(report.requests.railwayPhases).toBeGreaterThan(0);
    expect(report.requests.railwayPhases).toBeLessThanOrEqual(20);
    expect(report.overall.delivery.phases.samples).toBe(report.requests.railwayPhases);
    expect(report.overall.delivery.phases.buildMs).toBeGreaterThan(0);
    expect(report.overall.delivery.phases.deployMs).toBeGreaterThan(0);
    const after = ((await control(emu, "/stats")) as StatsBody).requests.total;
    expect(after - before).toBeLessThanOrEqual(3 + report.requests.railwayPhases);
  });

  it("renders Markdown with a row per metric and its band", async () => {
    const r = await runCli(["report", "--since", "7d", "--format", "md", "--service", "web"], { env: cliEnv(emu) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| metric | value | DORA band |");
    for (const metric of ["Deployment frequency", "Lead time for changes", "Change failure rate", "Time to restore"])
      expect(r.stdout).toContain(`| ${metric} |`);
    expect(r.stdout).toMatch(/\| Average phase duration \| build \d[^|]*, deploy \d[^|]* \(\d+ deployments\) \|/);
    expect(r.stdout).not.toContain("### worker");
  });

  it("measures lead time from the commits' times on GitHub when a token and repository are configured", async () => {
    const github = {
      GITHUB_TOKEN: "ghs_reportTestToken000000000000000000",
      GITHUB_REPOSITORY: "acme/web",
      GITHUB_API_URL: `${new URL(emu.info.graphqlUrl).origin}/github`,
    };
    const r = await runCli(["report", "--since", "7d", "--format", "md"], { env: cliEnv(emu, github) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Every one of the four metrics has a value and a band on the demo world.
    for (const metric of ["Deployment frequency", "Lead time for changes", "Change failure rate", "Time to restore"]) {
      expect(r.stdout).toMatch(new RegExp(`\\| ${metric} \\| [^n|][^|]* \\| (elite|high|medium|low) \\|`));
    }
    expect(r.stdout).toContain("commit times from GitHub");
    expect(r.stdout).not.toContain(github.GITHUB_TOKEN);
    const json = JSON.parse(
      (await runCli(["report", "--since", "7d", "--json", "--service", "web"], { env: cliEnv(emu, github) })).stdout,
    );
    // The demo's web commits were made 25 minutes before each deployment started.
    expect(json.overall.leadTime.source).toBe("github");
    expect(json.overall.leadTime.medianMs).toBeGreaterThanOrEqual(25 * 60_000);
    expect(json.overall.leadTime.medianMs).toBeLessThan(27 * 60_000);
    expect(json.requests.github).toBe(3);
  });

  it.each([
    [["report", "--format", "pdf"], /--format "pdf"/],
    [["report", "--since", "0d"], /--since/],
    [["report", "--service", "nope"], /no service "nope"/],
  ])("refuses %j with a usage error (exit 2)", async (args, message) => {
    const r = await runCli(args, { env: cliEnv(emu) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
