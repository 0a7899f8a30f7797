/**
 * Defects from issues 8 and 9, each reproduced with the real CLI against the emulator:
 * one rollback per failed deployment across processes without a store, `watch` of a deployment
 * another run already rolled back, the rollback suggestion after an automatic rollback, an
 * inconclusive health check (the prober cannot resolve the domain), and the audit log.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { listAudit, openStore } from "../../src/store/index.js";
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
  await control("/stats/reset", {});
});

const web = () => emu.info.services.web as string;
/** Each run gets its own empty working directory: no store unless a test makes one. */
const freshDir = () => mkdtempSync(join(tmpdir(), "railpilot-defects-"));
const env = (extra: Record<string, string> = {}, options: { resolve?: boolean } = {}) =>
  cliEnv(emu, { RAILPILOT_DATA_DIR: join(freshDir(), ".railpilot"), ...extra }, options);
const cli = (args: string[], extra: Record<string, string> = {}, options: { resolve?: boolean } = {}) =>
  runCli(args, { env: env(extra, options), timeoutMs: 120_000 });
const drive = <T>(work: Promise<T>) => driveClock(emu.info.controlUrl, work, { settleMs: 150 });
/**
 * A commit none of the seeded deployments runs (as CI deploys GITHUB_SHA): a rollback then
 * re-runs an older commit, which is how a run tells a rollback from someone's new deploy using
 * only fields Railway returns (`createdAt`, `meta.commitHash`).
 */
const NEW_COMMIT = "c0ffee1234567890c0ffee1234567890c0ffee12";

function webDeployments() {
  return [...emu.world.deployments.values()]
    .filter((d) => d.serviceId === web())
    .sort((a, b) => b.createdAt - a.createdAt);
}
function rollbacksOf(): number {
  return webDeployments().filter((d) => (d.meta as Record<string, unknown>).rollbackFromDeploymentId !== undefined)
    .length;
}
function parse(r: CliResult): Record<string, unknown> {
  try {
    return JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

describe("one rollback per failed deployment, across processes, without a store", () => {
  it("deploy and two watch processes on the same crashed deployment roll back exactly once", async () => {
    await control("/outcome", { serviceId: web(), outcome: "crashed", afterMs: 4_000 });
    const before = new Set(webDeployments().map((d) => d.id));
    const deploy = cli(["deploy", "--service", web(), "--commit", NEW_COMMIT, "--json", "--health-checks", "3"]);
    let watchers: Promise<CliResult>[] | undefined;
    let started: () => void = () => {};
    const watchersStarted = new Promise<void>((resolve) => (started = resolve));
    const all = (async () => {
      const d = await deploy;
      await watchersStarted;
      return [d, ...(await Promise.all(watchers ?? []))];
    })();
    const results = await driveClock(emu.info.controlUrl, all, {
      settleMs: 150,
      beforeAdvance: () => {
        if (watchers) return false;
        const ours = webDeployments().find((d) => !before.has(d.id));
        if (!ours) return false;
        watchers = [
          cli(["watch", ours.id, "--json", "--health-checks", "3"]),
          cli(["watch", ours.id, "--json", "--health-checks", "3"]),
        ];
        started();
        return true;
      },
    });
    const outs = results.map(parse);
    expect(rollbacksOf()).toBe(1);
    for (const [i, r] of results.entries()) {
      expect(r.code, `process ${i}: ${r.stdout}\n${r.stderr}`).toBe(3);
      expect(outs[i]?.verdict).toBe("rolled-back");
    }
    // Exactly one of them sent it; the others followed its deployment.
    const sent = outs.filter((o) => (o.rollback as { status?: string } | undefined)?.status === "succeeded");
    expect(sent).toHaveLength(1);
  }, 180_000);

  it("watch of a crashed deployment that another run already rolled back says so (exit 3, not superseded)", async () => {
    await control("/outcome", { serviceId: web(), outcome: "crashed", afterMs: 4_000 });
    const first = await drive(
      cli(["deploy", "--service", web(), "--commit", NEW_COMMIT, "--json", "--health-checks", "3"]),
    );
    expect(first.code, first.stderr).toBe(3);
    const crashed = parse(first).deploymentId as string;
    const rollbacks = rollbacksOf();
    const r = await drive(cli(["watch", crashed, "--json", "--health-checks", "1"]));
    const out = parse(r);
    expect(r.code, r.stderr).toBe(3);
    expect(out.verdict).toBe("rolled-back");
    expect(String(out.summary)).toMatch(/Another run already rolled it back/);
    expect(String(out.summary)).not.toMatch(/Superseded/);
    expect(rollbacksOf()).toBe(rollbacks);
  }, 120_000);
});

describe("rollback without --to after an automatic rollback", () => {
  it("never suggests the deployment that just crashed", async () => {
    await control("/outcome", { serviceId: web(), outcome: "crashed", afterMs: 4_000 });
    const first = await drive(
      cli(["deploy", "--service", web(), "--commit", NEW_COMMIT, "--json", "--health-checks", "3"]),
    );
    expect(first.code, first.stderr).toBe(3);
    const crashed = parse(first).deploymentId as string;
    const r = await drive(cli(["rollback", "--service", "web", "--json"]));
    expect(r.code).toBe(2);
    const out = parse(r) as { suggested: string | null; live: string };
    expect(out.suggested).not.toBe(crashed);
    expect(out.suggested).not.toBeNull();
    // Nor the build the service runs again now (the rollback's own).
    const target = (parse(first).rollback as { toDeploymentId: string }).toDeploymentId;
    expect(out.suggested).not.toBe(target);
  }, 120_000);
});

describe("rollback --to a deployment that does not exist", () => {
  it("exits 2 with the same sentence for an account token and a project token, the hint naming the CLI's own command", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    const before = webDeployments().length;
    const asProject = await drive(cli(["rollback", "--service", "web", "--to", unknown]));
    const asAccount = await drive(
      cli(["rollback", "--service", "web", "--to", unknown], {
        RAILWAY_TOKEN: "",
        RAILWAY_API_TOKEN: emu.info.tokens.account as string,
        RAILWAY_PROJECT_ID: emu.info.projectId as string,
      }),
    );
    for (const r of [asProject, asAccount]) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`error: deployment ${unknown} does not exist`);
      expect(r.stderr).toMatch(/hint: .*railpilot history/);
    }
    expect(webDeployments().length).toBe(before);
  }, 120_000);
});

describe("a prober that cannot resolve the domain", () => {
  it("is inconclusive: retried, never a rollback, its own verdict and exit code 7", async () => {
    const before = webDeployments().length;
    const r = await drive(
      cli(["deploy", "--service", web(), "--json", "--health-checks", "2"], {}, { resolve: false }),
    );
    const out = parse(r);
    expect(r.code, r.stderr).toBe(7);
    expect(out.verdict).toBe("inconclusive");
    expect(out.rollback).toBeUndefined();
    expect(String(out.summary)).toMatch(/could not be checked/);
    // Only the new deployment: nothing was rolled back.
    expect(webDeployments().length).toBe(before + 1);
    expect(rollbacksOf()).toBe(0);
    expect(webDeployments()[0]?.status).toBe("SUCCESS");
  }, 120_000);
});

describe("the audit log", () => {
  it("gets one row per side effect of deploy and of its rollback", async () => {
    const dir = join(freshDir(), ".railpilot");
    const store = await openStore({ dataDir: dir });
    await store.close();
    await control("/outcome", { serviceId: web(), outcome: "crashed", afterMs: 4_000 });
    const r = await drive(
      runCli(["deploy", "--service", web(), "--commit", NEW_COMMIT, "--json", "--health-checks", "3"], {
        env: cliEnv(emu, { RAILPILOT_DATA_DIR: dir }),
        timeoutMs: 120_000,
      }),
    );
    expect(r.code, r.stderr).toBe(3);
    const out = parse(r);
    const reopened = await openStore({ dataDir: dir });
    try {
      const rows = await listAudit(reopened.db);
      expect(rows.map((row) => row.kind).sort()).toEqual(["deploy", "rollback"]);
      const deployRow = rows.find((row) => row.kind === "deploy");
      expect(deployRow?.target).toBe(web());
      expect(deployRow?.detail).toMatchObject({ deploymentId: out.deploymentId });
      expect(rows.find((row) => row.kind === "rollback")?.detail).toMatchObject({ from: out.deploymentId });
    } finally {
      await reopened.close();
    }
  }, 120_000);
});
