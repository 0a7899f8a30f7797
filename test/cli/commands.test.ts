import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/core/index.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { RailwayClient, ServiceInstanceDeployV2Document } from "../../src/railway/index.js";
import { runCli } from "../helpers/cli.js";
import { driveClock } from "../helpers/drive-clock.js";

let emu: RunningEmulator;
let account: string;
let workspace: string;
let project: string;

beforeAll(async () => {
  emu = await startEmulator({ clock: "manual", seed: "demo" });
  account = emu.info.tokens.account;
  workspace = emu.info.tokens.workspace;
  project = emu.info.tokens.project as string;
});
afterAll(async () => {
  await emu?.close();
});

const endpoint = () => ({ RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl });
const asAccount = () => ({ ...endpoint(), RAILWAY_API_TOKEN: account });
const asWorkspace = () => ({ ...endpoint(), RAILWAY_API_TOKEN: workspace });
const asProject = () => ({ ...endpoint(), RAILWAY_TOKEN: project });

/** Triggers a deployment and moves the emulator's manual clock until it has settled. */
async function deployAndSettle(service: string): Promise<string> {
  const client = new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: account, env: {} });
  const { serviceInstanceDeployV2: id } = await client.request(ServiceInstanceDeployV2Document, {
    serviceId: emu.info.services[service] as string,
    environmentId: emu.info.environmentId as string,
  });
  await (emu.clock as ManualClock).advance(10 * 60_000);
  return id;
}

/** Exactly one "error:" line, no stack frames. */
function expectOneSentenceError(stderr: string): void {
  const lines = stderr.trim().split("\n");
  expect(lines.filter((l) => l.startsWith("error: "))).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("railpilot whoami", () => {
  it("names the account behind an account token", async () => {
    const r = await runCli(["whoami"], { env: asAccount() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ada Lovelace <ada@acme.dev>");
    expect(r.stdout).toContain("workspaces  Acme");
  });

  it("prints the project and environment a project token reaches as JSON", async () => {
    const r = await runCli(["whoami", "--json"], { env: asProject() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      tokenKind: "project",
      project: { id: emu.info.projectId, name: "acme-demo" },
      environment: { id: emu.info.environmentId, name: "production" },
    });
  });

  it("explains in one sentence, exit 2, that a workspace token cannot say who it is", async () => {
    const r = await runCli(["whoami"], { env: asWorkspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: Railway refused to say who this token belongs to/);
    expect(r.stderr).toMatch(/hint: whoami needs an account token/);
    expectOneSentenceError(r.stderr);
  });
});

describe("railpilot status", () => {
  it("lists every service with its latest deployment status", async () => {
    const r = await runCli(["status"], { env: asWorkspace() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("acme-demo / production");
    expect(r.stdout).toMatch(/SERVICE\s+STATUS\s+DEPLOYED/);
    expect(r.stdout).toMatch(/\n\s+web\s+SUCCESS\s/);
    expect(r.stdout).toMatch(/\n\s+worker\s+SUCCESS\s/);
  });

  it("gives project, environment and services with --json", async () => {
    const r = await runCli(["status", "--json"], { env: asProject() });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.project).toEqual({ id: emu.info.projectId, name: "acme-demo" });
    expect(data.environment.name).toBe("production");
    const web = data.services.find((s: { name: string }) => s.name === "web");
    expect(web).toMatchObject({ id: emu.info.services.web, latestDeployment: { status: "SUCCESS" } });
    expect(web.latestDeployment.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(web.domains[0]).toMatch(/\.up\.railway\.app$/);
  });

  it("lists the environments that exist when asked for an unknown one (exit 2)", async () => {
    const r = await runCli(["status", "--environment", "staging"], { env: asAccount() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: environment "staging" not found; found: production');
    expectOneSentenceError(r.stderr);
  });
});

describe("railpilot logs", () => {
  it("prints the latest deployment's runtime logs", async () => {
    await deployAndSettle("web");
    const r = await runCli(["logs", "web", "--lines", "20"], { env: asAccount() });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ (INFO|WARN|ERROR|DEBUG)\s* \S/);
  });

  it("gives build logs as JSON with the deployment they belong to", async () => {
    const r = await runCli(["logs", "web", "--build", "--json"], { env: asProject() });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data).toMatchObject({ kind: "build", service: { name: "web" }, deployment: { status: "SUCCESS" } });
    expect(data.logs.length).toBeGreaterThan(0);
    expect(data.logs[0]).toEqual({
      timestamp: expect.any(String),
      severity: expect.anything(),
      message: expect.any(String),
      attributes: expect.any(Object),
    });
  });

  it("says so on stderr when a deployment has no logs", async () => {
    const r = await runCli(["logs", "Redis"], { env: asAccount() });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^no runtime logs for Redis deployment \S+ \(SUCCESS\)\n$/);
  });

  it("lists the services that exist when the service is unknown (exit 2)", async () => {
    const r = await runCli(["logs", "api"], { env: asAccount() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: service "api" not found; found: .*web/);
  });

  it("follows a build's logs live until the build ends", async () => {
    const client = new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: account, env: {} });
    const { serviceInstanceDeployV2: id } = await client.request(ServiceInstanceDeployV2Document, {
      serviceId: emu.info.services.worker as string,
      environmentId: emu.info.environmentId as string,
    });
    const run = runCli(["logs", "worker", "--build", "--follow", "--deployment", id], {
      env: asAccount(),
      timeoutMs: 30_000,
    });
    const r = await driveClock(emu.info.controlUrl, run, { requireWaiter: false });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`following build logs of worker deployment ${id}`);
    expect(r.stdout.trim().split("\n").length).toBeGreaterThan(3);
  });
});

describe("railpilot variables", () => {
  it("masks values by default", async () => {
    const r = await runCli(["variables", "web"], { env: asAccount() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/NODE_ENV\s+••••••/);
    expect(r.stdout).not.toContain("production\n");
    expect(r.stderr).toContain("--reveal");
  });

  it("reveals values with --reveal and keeps them masked in --json without it", async () => {
    const shown = await runCli(["variables", "web", "--reveal", "--json"], { env: asAccount() });
    expect(JSON.parse(shown.stdout)).toMatchObject({
      masked: false,
      variables: { NODE_ENV: "production", PORT: "8080" },
    });
    const hidden = await runCli(["variables", "web", "--json"], { env: asAccount() });
    const data = JSON.parse(hidden.stdout);
    expect(data.masked).toBe(true);
    expect(Object.values(data.variables).every((v) => v === "••••••")).toBe(true);
  });

  it("--reveal reveals everything: the password inside DATABASE_URL too, as PGPASSWORD shows it", async () => {
    const r = await runCli(["variables", "Postgres", "--reveal", "--json"], { env: asAccount() });
    expect(r.code, r.stderr).toBe(0);
    const vars = JSON.parse(r.stdout).variables as Record<string, string>;
    expect(vars.PGPASSWORD?.length).toBeGreaterThan(0);
    expect(vars.DATABASE_URL).toContain(`:${vars.PGPASSWORD}@`);
    const text = await runCli(["variables", "Postgres", "--reveal"], { env: asAccount() });
    expect(text.stdout).toContain(`:${vars.PGPASSWORD}@`);
  });

  it("sets variables without echoing their values, and the new values are readable", async () => {
    const r = await runCli(["variables", "worker", "set", "FEATURE_X=on", "DSN=a=b=c", "--skip-deploys"], {
      env: asProject(),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("set 2 variables on worker (production): DSN, FEATURE_X\n");
    const read = await runCli(["variables", "worker", "--reveal", "--json"], { env: asProject() });
    expect(JSON.parse(read.stdout).variables).toMatchObject({ FEATURE_X: "on", DSN: "a=b=c" });
  });

  it("rejects a malformed assignment before calling Railway, without echoing the value", async () => {
    const r = await runCli(["variables", "web", "set", "=s3cr3t-value"], { env: asAccount() });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("s3cr3t-value");
    expectOneSentenceError(r.stderr);
  });
});

describe("railpilot failures", () => {
  it("rejects a bad flag with one sentence and exit 2", async () => {
    const r = await runCli(["status", "--bogus"], { env: asAccount() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("error: unknown option '--bogus'");
  });

  it("says no token is configured (exit 2) for every Railway command", async () => {
    for (const args of [["whoami"], ["status"], ["logs", "web"], ["variables", "web"]]) {
      const r = await runCli(args, { env: endpoint() });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("error: No Railway token is configured");
      expectOneSentenceError(r.stderr);
    }
  });

  it("reports an unreachable endpoint in one sentence with exit 1 and no stack trace", async () => {
    const port = await closedPort();
    const r = await runCli(["status"], {
      env: { RAILWAY_GRAPHQL_ENDPOINT: `http://127.0.0.1:${port}/graphql/v2`, RAILWAY_API_TOKEN: account },
      timeoutMs: 60_000,
    });
    expect(r.code).toBe(1);
    expectOneSentenceError(r.stderr);
    expect(r.stdout).toBe("");
  }, 70_000);

  it("reports a bad config file with the field and exit 2", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "railpilot-cli-"));
    writeFileSync(join(dir, "railpilot.yaml"), "deploy:\n  timeout: soon\n");
    const r = await runCli(["status"], { env: asAccount(), cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: railpilot.yaml: deploy.timeout: expected a duration like "15m"');
  });

  it("never prints a token, even in JSON and error output", async () => {
    const runs = await Promise.all([
      runCli(["whoami", "--json"], { env: asAccount() }),
      runCli(["whoami", "--json"], { env: asWorkspace() }),
      runCli(["status", "--json"], { env: asProject() }),
      runCli(["logs", "web", "--json"], { env: asAccount() }),
      runCli(["variables", "web", "--reveal", "--json"], { env: asAccount() }),
      runCli(["variables", "web", "--json"], { env: { ...asAccount(), RAILWAY_TOKEN: project } }),
    ]);
    for (const r of runs) {
      for (const token of [account, workspace, project]) {
        expect(r.stdout + r.stderr).not.toContain(token);
      }
    }
    expect(runs.filter((r) => r.code === 0)).toHaveLength(5);
  });
});

describe("--help", () => {
  it.each(["whoami", "status", "logs", "variables", "demo"])("prints usage for %s", async (name) => {
    const r = await runCli([name, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: railpilot ${name}`);
    if (name !== "demo") expect(r.stdout).toContain("--json");
    expect(r.stdout).toContain("Exit codes:");
  });
});
