/** watch, rollback and history through the CLI against the emulator (the rollback guard: rollback-runner.test.ts). */
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

const control = (path: string, body?: unknown) => controlEmulator(emu, path, body);

beforeEach(async () => {
  await control("/reset", {});
});

const web = () => emu.info.services.web as string;
const env = () => cliEnv(emu);
const cli = (args: string[]): Promise<CliResult> =>
  driveClock(emu.info.controlUrl, runCli(args, { env: env(), timeoutMs: 60_000 }));
const webDeployments = () =>
  [...emu.world.deployments.values()].filter((d) => d.serviceId === web()).sort((a, b) => b.createdAt - a.createdAt);

async function triggerDeploy(): Promise<string> {
  const res = await fetch(emu.info.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "project-access-token": emu.info.tokens.project as string },
    body: JSON.stringify({
      query: "mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }",
      variables: { s: web(), e: emu.info.environmentId },
    }),
  });
  return ((await res.json()) as { data: { serviceInstanceDeployV2: string } }).data.serviceInstanceDeployV2;
}

describe("railpilot history", () => {
  it("lists recent deployments with commit, creator and which one is live", async () => {
    const r = await cli(["history", "--service", "web", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      deployments: Array<{ id: string; status: string; live: boolean; commit: string | null }>;
    };
    expect(out.deployments).toHaveLength(3);
    expect(out.deployments.filter((d) => d.live).map((d) => d.status)).toEqual(["SUCCESS"]);
    expect(out.deployments[0]?.live).toBe(true);
    expect(out.deployments.every((d) => /^[0-9a-f]{40}$/.test(d.commit ?? ""))).toBe(true);
    const text = await cli(["history", "--service", "web", "--limit", "2"]);
    expect(text.stdout.split("\n").filter((l) => l.startsWith("▶ ") && !l.includes("= live"))).toHaveLength(1);
  });
});

describe("railpilot watch", () => {
  it("follows an existing deployment to its verdict without triggering one", async () => {
    const id = await triggerDeploy();
    const before = webDeployments().length;
    const r = await cli(["watch", id, "--json", "--health-checks", "1"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ deploymentId: id, verdict: "deployed", status: "SUCCESS" });
    expect(webDeployments().length).toBe(before);
  });
});

describe("railpilot rollback", () => {
  it("lists the candidates and changes nothing when no target is given and no TTY answers", async () => {
    const before = webDeployments().length;
    const r = await cli(["rollback", "--service", "web"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/candidates/);
    expect(r.stdout).toContain("← suggested");
    expect(r.stderr).toMatch(/--to/);
    expect(webDeployments().length).toBe(before);
  });

  it("rolls back to the deployment given, follows it to SUCCESS and probes it", async () => {
    const [, previous] = webDeployments();
    const r = await cli([
      "rollback",
      "--service",
      "web",
      "--to",
      previous?.id as string,
      "--json",
      "--health-checks",
      "2",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      rollback: { status: string; toDeploymentId: string; newDeploymentId: string };
      health: { passed: number };
    };
    expect(out.rollback).toMatchObject({ status: "succeeded", toDeploymentId: previous?.id });
    expect(out.health.passed).toBe(2);
    const fresh = webDeployments()[0];
    expect(fresh?.id).toBe(out.rollback.newDeploymentId);
    expect(fresh?.status).toBe("SUCCESS");
  });
});

// The once-only rollback guard (memory and store ledger) is tested in rollback-runner.test.ts.
