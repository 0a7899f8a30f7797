/**
 * The deploy family reads railpilot.yaml like every other command (file → env → flags): target,
 * `deploy:` defaults, `--config`, and the missing-token sentence. The real CLI against the
 * emulator on a manual clock.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { type CliResult, runCli } from "../helpers/cli.js";
import { driveClock } from "../helpers/drive-clock.js";
import { cliEnv, control as controlEmulator } from "./emulator-cli.js";

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
});
afterAll(() => emu?.close());

const control = (path: string, body: unknown) => controlEmulator(emu, path, body);

beforeEach(async () => {
  await control("/reset", {});
});

const web = () => emu.info.services.web as string;

/** Token, endpoint and clock only: target, probes and budgets come from the config file. */
const env = (extra: Record<string, string> = {}) => cliEnv(emu, extra, { resolve: false });

/** A directory holding `name` with the given YAML; returns the directory. */
function configDir(yaml: string, name = "railpilot.yaml"): string {
  const dir = mkdtempSync(join(tmpdir(), "railpilot-deploy-config-"));
  writeFileSync(join(dir, name), yaml);
  return dir;
}

/** The service and the probe route (like curl --resolve) as railpilot.yaml gives them. */
const targetYaml = () => `railway:
  serviceId: ${web()}
deploy:
  resolve:
    "*.up.railway.app:443": "http://${emu.info.appAddress}"
`;

function cli(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  return driveClock(
    emu.info.controlUrl,
    runCli(args, { env: options.env ?? env(), cwd: options.cwd, timeoutMs: 60_000 }),
  );
}

function json(r: CliResult): Record<string, unknown> {
  try {
    return JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

describe("deploy with railpilot.yaml", () => {
  it("takes the service, the probe route and the number of probes from the config file", async () => {
    const cwd = configDir(`${targetYaml()}  healthChecks: 2\n  healthInterval: 2s\n`);
    const r = await cli(["deploy", "--json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ verdict: "deployed", health: { checks: 2, passed: 2 } });
  });

  it("keeps an unhealthy deployment when deploy.rollback is false, and --rollback overrides the file", async () => {
    const cwd = configDir(`${targetYaml()}  healthChecks: 1\n  rollback: false\n`);
    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    const kept = await cli(["deploy", "--json"], { cwd });
    expect(kept.code, kept.stderr).toBe(1);
    expect(json(kept)).toMatchObject({ verdict: "unhealthy" });
    expect(json(kept).rollback).toBeUndefined();

    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    const rolled = await cli(["deploy", "--json", "--rollback"], { cwd });
    expect(rolled.code, rolled.stderr).toBe(3);
    expect(json(rolled)).toMatchObject({ verdict: "rolled-back", rollback: { status: "succeeded" } });
  });

  it("reads the timeout and stuck budgets of the file named by --config", async () => {
    const dir = configDir(`${targetYaml()}  timeout: 10m\n  stuckAfter:\n    building: 2m\n`, "deploy.yaml");
    const elsewhere = mkdtempSync(join(tmpdir(), "railpilot-cwd-"));
    await control("/outcome", { serviceId: web(), outcome: "slow" });
    const r = await cli(["deploy", "--config", join(dir, "deploy.yaml")], { cwd: elsewhere });
    expect(r.code).toBe(4);
    // The budget comes from the file ("at most 2m00s"); when it is noticed depends on the driver's steps.
    expect(r.stderr).toMatch(/stuck: BUILDING for 2m\d\ds, expected at most 2m00s/);
    expect(r.stdout).toMatch(/TIMEOUT: Timed out after 10m00s: still BUILDING/);
  });

  it("maps the branch to an environment with deploy.branchEnvironments", async () => {
    const cwd = configDir(`${targetYaml()}  branchEnvironments:\n    main: qa\n`);
    const r = await runCli(["deploy"], { env: env({ GITHUB_REF_NAME: "main" }), cwd, timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/environment "qa" not found; found: production/);
  });
});

describe("watch, rollback and history with railpilot.yaml", () => {
  it("lists the configured service's deployments with history, without --service", async () => {
    const cwd = configDir(targetYaml());
    const r = await cli(["history", "--json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ serviceId: web(), environmentId: emu.info.environmentId });
  });

  it("watches the configured service's latest deployment, without --service", async () => {
    const cwd = configDir(`${targetYaml()}  healthChecks: 1\n`);
    const r = await cli(["watch", "--json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toMatchObject({ verdict: "deployed", health: { checks: 1, passed: 1 } });
  });
});

describe("the deploy family's errors match the other commands'", () => {
  it("says no token is configured (exit 2) in one sentence", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "railpilot-notoken-"));
    for (const args of [
      ["deploy", "--service", "web"],
      ["watch", "--service", "web"],
      ["rollback", "--service", "web"],
      ["history", "--service", "web"],
    ]) {
      const r = await runCli(args, { env: { RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl }, cwd });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("error: No Railway token is configured");
      expect(r.stderr.split("\n").filter((l) => l.startsWith("error: "))).toHaveLength(1);
    }
  });

  it("rejects a --config file that does not exist (exit 2)", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "railpilot-noconfig-"));
    mkdirSync(join(cwd, "sub"));
    const r = await runCli(["history", "--config", "sub/missing.yaml"], { env: env(), cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: config file sub/missing.yaml (from --config) does not exist");
  });

  it("reports an invalid deploy section with the field and exit 2", async () => {
    const cwd = configDir("deploy:\n  healthChecks: many\n");
    const r = await runCli(["deploy", "--service", "web"], { env: env(), cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: railpilot.yaml: deploy.healthChecks: expected a whole number");
  });
});
