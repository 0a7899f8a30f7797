/**
 * `railpilot deploy/watch/rollback/history` end to end: the real CLI as a subprocess against the
 * emulator on a manual clock (RAILPILOT_CLOCK_URL), the clock driven by test/helpers/drive-clock.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { startGitHubStandIn } from "../../src/emulator/github/index.js";
import { type CliResult, runCli } from "../helpers/cli.js";
import { driveClock } from "../helpers/drive-clock.js";
import { cliEnv, control as controlEmulator } from "./emulator-cli.js";

let emu: RunningEmulator;
let gh: Awaited<ReturnType<typeof startGitHubStandIn>>;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
  gh = await startGitHubStandIn({ tokens: ["ghs_e2e_token_1"], now: () => emu.clock.now() });
});
afterAll(async () => {
  await gh?.close();
  await emu?.close();
});

const control = (path: string, body?: unknown) => controlEmulator(emu, path, body);

beforeEach(async () => {
  await control("/reset", {});
  await fetch(`${emu.info.controlUrl}/faults`, { method: "DELETE" });
  await control("/stats/reset", {});
  gh.standIn.reset();
});

const web = () => emu.info.services.web as string;

const env = (extra: Record<string, string> = {}) => cliEnv(emu, extra);

function deploy(args: string[], extra: Record<string, string> = {}): Promise<CliResult> {
  return driveClock(
    emu.info.controlUrl,
    runCli(["deploy", "--service", web(), "--json", ...args], { env: env(extra), timeoutMs: 60_000 }),
  );
}

function parse(r: CliResult): Record<string, unknown> {
  try {
    return JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

function webDeployments() {
  return [...emu.world.deployments.values()].filter((d) => d.serviceId === web());
}

function rollbacksOf(): number {
  return webDeployments().filter((d) => (d.meta as Record<string, unknown>).rollbackFromDeploymentId !== undefined)
    .length;
}

describe("railpilot deploy", () => {
  it("deploys, probes the service's domain and exits 0", async () => {
    const r = await deploy(["--health-checks", "2", "--health-interval", "5s"]);
    const out = parse(r);
    expect(r.code, r.stderr).toBe(0);
    expect(out).toMatchObject({ verdict: "deployed", status: "SUCCESS", health: { checks: 2, passed: 2 } });
    const d = out.durationsMs as Record<string, number>;
    expect(d.build).toBeGreaterThan(0);
    expect(d.deploy).toBeGreaterThan(0);
    expect(rollbacksOf()).toBe(0);
  });

  it("uploads a directory with --up and follows the deployment it created", async () => {
    const dir = mkdtempSync(join(tmpdir(), "railpilot-up-"));
    writeFileSync(join(dir, "index.js"), "console.log('hi')\n");
    const before = webDeployments().length;
    const r = await deploy(["--up", dir, "--message", "from a test", "--health-checks", "1"]);
    const out = parse(r);
    expect(r.code, r.stderr).toBe(0);
    expect(out.verdict).toBe("deployed");
    expect(webDeployments().length).toBe(before + 1);
    expect(webDeployments().some((d) => d.id === out.deploymentId)).toBe(true);
  });

  it("reports a build failure with the decisive log line and does not roll back", async () => {
    await control("/outcome", { serviceId: web(), outcome: "build_failed", cause: "compile_error" });
    const before = webDeployments().length;
    const r = await deploy([]);
    const out = parse(r);
    expect(r.code).toBe(1);
    expect(out.verdict).toBe("failed");
    expect(out.rollback).toBeUndefined();
    const excerpt = (out.logExcerpt as string[]).join("\n");
    expect(excerpt).toMatch(/error/i);
    expect(excerpt).not.toMatch(/^Build Failed/);
    expect(webDeployments().length).toBe(before + 1);
  });

  it("rolls back once when the new deployment crashes after going live", async () => {
    await control("/outcome", { serviceId: web(), outcome: "crashed", afterMs: 4_000 });
    const r = await deploy(["--health-checks", "3", "--health-interval", "5s"]);
    const out = parse(r);
    expect(r.code, r.stderr).toBe(3);
    expect(out.verdict).toBe("rolled-back");
    expect(out.status).toBe("CRASHED");
    expect(String(out.summary)).toMatch(/crashed after going live/);
    expect(out.rollback).toMatchObject({ status: "succeeded" });
    expect(rollbacksOf()).toBe(1);
    // The failed deployment is never the target.
    expect((out.rollback as { toDeploymentId: string }).toDeploymentId).not.toBe(out.deploymentId);
  });

  it("rolls back once when the service answers its health path with errors", async () => {
    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    const r = await deploy(["--health-checks", "2"]);
    const out = parse(r);
    expect(r.code, r.stderr).toBe(3);
    expect(out).toMatchObject({ verdict: "rolled-back", health: { checks: 2, passed: 0 } });
    expect((out.health as { failures: string[] }).failures[0]).toBe("HTTP 503");
    expect(rollbacksOf()).toBe(1);
  });

  it("does not roll back with --no-rollback", async () => {
    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    const r = await deploy(["--health-checks", "1", "--no-rollback"]);
    expect(parse(r).verdict).toBe("unhealthy");
    expect(r.code).toBe(1);
    expect(rollbacksOf()).toBe(0);
  });

  it("ends a SKIPPED build with 'nothing to deploy' and exit 0", async () => {
    await control("/outcome", { serviceId: web(), outcome: "skipped" });
    const r = await deploy([]);
    expect(r.code).toBe(0);
    expect(parse(r)).toMatchObject({ verdict: "skipped", status: "SKIPPED" });
    expect(String(parse(r).summary)).toMatch(/nothing to deploy/i);
  });

  it("reports a deployment superseded by a newer one with that deployment's id", async () => {
    await control("/outcome", { serviceId: web(), outcome: "slow" });
    // Once ours is building, someone else deploys the same service: decided while virtual time
    // stands still (the CLI parked on the clock), never by polling in real time.
    let newer: string | undefined;
    const run = driveClock(
      emu.info.controlUrl,
      runCli(["deploy", "--service", web(), "--json"], { env: env(), timeoutMs: 60_000 }),
      {
        beforeAdvance: async () => {
          if (newer || !webDeployments().some((d) => d.status === "BUILDING")) return false;
          const res = await fetch(emu.info.graphqlUrl, {
            method: "POST",
            headers: { "content-type": "application/json", "project-access-token": emu.info.tokens.project as string },
            body: JSON.stringify({
              query: "mutation($s: String!, $e: String!) { serviceInstanceDeployV2(serviceId: $s, environmentId: $e) }",
              variables: { s: web(), e: emu.info.environmentId },
            }),
          });
          newer = ((await res.json()) as { data: { serviceInstanceDeployV2: string } }).data.serviceInstanceDeployV2;
          return true;
        },
      },
    );
    const r = await run;
    const out = parse(r);
    expect(out.verdict).toBe("superseded");
    expect(out.supersededBy).toBe(newer);
    expect(r.code).toBe(1);
  });

  it("reports a build stuck past its budget with what it waits on, then times out with exit 4", async () => {
    await control("/outcome", { serviceId: web(), outcome: "slow" });
    const r = await driveClock(
      emu.info.controlUrl,
      runCli(["deploy", "--service", web(), "--timeout", "10m", "--expected-build", "2m"], {
        env: env(),
        timeoutMs: 60_000,
      }),
    );
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/stuck: BUILDING for 2m00s, expected at most 2m00s; waiting on BUILD_IMAGE/);
    expect(r.stdout).toMatch(/TIMEOUT: Timed out after 10m00s: still BUILDING/);
  });

  it("times out with exit 4 when the deployment outlasts --timeout", async () => {
    const r = await deploy(["--timeout", "20s"]);
    expect(r.code).toBe(4);
    expect(parse(r)).toMatchObject({ verdict: "timeout", status: "BUILDING" });
  });

  it("reaches the right verdict through 429s with Retry-After and a websocket drop mid-deploy", async () => {
    await control("/faults", { rateLimit: { plan: "hobby" }, wsDrop: { afterMessages: 3 } });
    // Use up this second's budget of the token, so the CLI's first calls get 429 + Retry-After.
    for (let i = 0; i < 10; i++) {
      await fetch(emu.info.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "project-access-token": emu.info.tokens.project as string },
        body: JSON.stringify({ query: "{ projectToken { projectId } }" }),
      });
    }
    await control("/outcome", { serviceId: web(), outcome: "crashed", afterMs: 3_000 });
    const r = await deploy(["--health-checks", "3", "--health-interval", "5s"]);
    const stats = (await control("/stats")) as { rateLimited: number; wsConnections: number };
    expect(parse(r).verdict, r.stderr).toBe("rolled-back");
    expect(r.code).toBe(3);
    expect(stats.rateLimited).toBeGreaterThan(0);
    // The stream was dropped mid-deploy and the follower carried on over a new connection or polling.
    expect(stats.wsConnections).toBeGreaterThanOrEqual(2);
    expect(rollbacksOf()).toBe(1);
  });
});

describe("railpilot deploy --wait-for-checks", () => {
  const ghEnv = () => ({
    GITHUB_TOKEN: "ghs_e2e_token_1",
    GITHUB_REPOSITORY: "acme/web",
    GITHUB_API_URL: gh.url,
    GITHUB_SHA: "c0ffee1234",
    GITHUB_REF_NAME: "main",
  });

  it("chooses the environment from the branch (staging → staging) and says when it does not exist", async () => {
    const r = await runCli(["deploy", "--service", "web"], {
      env: env({ ...ghEnv(), GITHUB_REF_NAME: "staging" }),
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/environment "staging" not found; found: production/);
  });

  it("does not deploy when a check failed, lists it and exits 6", async () => {
    gh.standIn.seedCheckRuns("acme/web", "c0ffee1234", [
      { name: "test", conclusion: "failure" },
      { name: "lint", conclusion: "success" },
    ]);
    gh.standIn.seedPull("acme/web", { sha: "c0ffee1234", number: 9 });
    const before = webDeployments().length;
    const r = await driveClock(
      emu.info.controlUrl,
      runCli(["deploy", "--service", web(), "--wait-for-checks"], {
        env: env({ ...ghEnv(), GITHUB_SHA: "c0ffee1234" }),
        timeoutMs: 60_000,
      }),
    );
    expect(r.code, r.stdout + r.stderr).toBe(6);
    expect(r.stdout).toContain("test: failure");
    expect(webDeployments().length).toBe(before);
    expect(r.stdout + r.stderr).not.toContain("ghs_e2e_token_1");
    // The pull request hears why nothing was deployed.
    const comments = gh.standIn.state.repos.get("acme/web")?.comments ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/checks-failed[\s\S]*test: failure/);
  });

  it("comments on the pull request once and updates the comment on the next run (stand-in mounted in the emulator)", async () => {
    const base = `${new URL(emu.info.graphqlUrl).origin}/github`;
    await fetch(`${base}/_control/reset`, { method: "POST" });
    const sha = webDeployments()[0]?.meta.commitHash as string;
    const seed = (path: string, body: unknown) =>
      fetch(`${base}/_control/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    await seed("check-runs", {
      repo: "acme/web",
      sha,
      checkRuns: [{ name: "test", completesAfterMs: 20_000, conclusion: "success" }],
    });
    await seed("pulls", { repo: "acme/web", sha, number: 42 });
    const e = env({ ...ghEnv(), GITHUB_SHA: sha, GITHUB_API_URL: base });
    const args = ["deploy", "--service", "web", "--wait-for-checks", "--health-checks", "1"];
    const first = await driveClock(emu.info.controlUrl, runCli(args, { env: e, timeoutMs: 60_000 }));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/checks pending: test/);
    await control("/outcome", { serviceId: web(), outcome: "unhealthy" });
    const second = await driveClock(emu.info.controlUrl, runCli(args, { env: e, timeoutMs: 60_000 }));
    expect(second.code, second.stderr).toBe(3);
    const state = (await (await fetch(`${base}/_control/state`)).json()) as {
      repos: Record<
        string,
        { comments: { body: string }[]; deployments: { environment: string; statuses: { state: string }[] }[] }
      >;
    };
    const repo = state.repos["acme/web"];
    expect(repo?.comments).toHaveLength(1);
    expect(repo?.comments[0]?.body).toContain("<!-- railpilot:deploy:web -->");
    expect(repo?.comments[0]?.body).toContain("rolled-back");
    expect(repo?.deployments).toHaveLength(1);
    expect(repo?.deployments[0]?.environment).toBe("production");
    expect(repo?.deployments[0]?.statuses.map((s) => s.state)).toEqual(["success", "failure"]);
  });
});
