/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
/**
 * Issue 9 item 2: two `apply` runs of the same stack must never both act. Two real CLI processes
 * start at the same moment against the emulator: with the same data directory, with two data
 * directories (no shared store: only Railway is shared), and with one shared Postgres store.
 * Exactly one applies; the other refuses naming the run that holds the stack, and the stack the
 * winner reports is whole afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { listProjects, parseStackSpec, readLiveState } from "../../src/provision/index.js";
import { RailwayClient, VariablesDocument } from "../../src/railway/index.js";
import { type CliResult, runCli } from "../helpers/cli.js";
import { driveClock } from "../helpers/drive-clock.js";
import { postgresReachable, TEST_DATABASE_URL } from "../helpers/store.js";

const STACK = `project:
  name: race-stack
databases:
  Redis: redis
services:
  api:
    source: { image: "busybox:1.36" }
    variables:
      REDIS_URL: \${{Redis.REDIS_URL}}
      MODE: a
`;

let emu: RunningEmulator;
let root: string;
const pgUp = await postgresReachable();

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty", clock: "manual" });
});
afterAll(async () => {
  await emu?.close();
});
beforeEach(async () => {
  await fetch(`${emu.info.controlUrl}/reset`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  root = mkdtempSync(join(tmpdir(), "rp-race-"));
});

function env(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
    RAILWAY_API_TOKEN: emu.info.tokens.account,
    RAILWAY_WORKSPACE_ID: emu.info.workspaceId,
    RAILPILOT_CLOCK_URL: emu.info.controlUrl,
    RAILPILOT_DATA_DIR: dataDir,
    CI: "true",
    ...extra,
  };
}

function dirWithSpec(name: string): string {
  const d = mkdtempSync(join(root, `${name}-`));
  writeFileSync(join(d, "stack.yaml"), STACK);
  return d;
}

async function both(
  a: { cwd: string; env: Record<string, string> },
  b: { cwd: string; env: Record<string, string> },
): Promise<[CliResult, CliResult]> {
  const run = (x: { cwd: string; env: Record<string, string> }) =>
    runCli(["apply", "-f", "stack.yaml", "--yes"], { env: x.env, cwd: x.cwd, timeoutMs: 120_000 });
  return driveClock(emu.info.controlUrl, Promise.all([run(a), run(b)]));
}

/**
 * Exactly one run applied; the other refused naming the run (or, sharing one PGlite directory,
 * the process) holding it, or waited for the store and then found nothing to do. The stack is whole.
 */
async function expectOneWinner(
  [a, b]: [CliResult, CliResult],
  options: { sharedPglite?: boolean } = {},
): Promise<void> {
  const results = [a, b];
  const all = results.map((r) => `exit ${r.code}\n${r.stdout}\n${r.stderr}`).join("\n---\n");
  const winners = results.filter((r) => r.code === 0 && /Applied \d+ step/.test(r.stdout));
  expect(winners, all).toHaveLength(1);
  const loser = results.find((r) => r !== winners[0]) as CliResult;
  if (loser.code === 0) {
    // It ran after the winner (it waited for the store, or simply started later): Railway already
    // matched the spec, so it did nothing. Never both act.
    expect(loser.stdout, all).toMatch(/No changes/);
    return expectWholeStack();
  }
  expect(loser.code, all).toBe(1);
  expect(loser.stderr).toMatch(
    options.sharedPglite
      ? /Another apply of "race-stack" is running \(run [0-9a-f-]{36}|in use by process \d+|STORE_LOCKED|locked/
      : /Another apply of "race-stack" is running \(run [0-9a-f-]{36}/,
  );
  expect(loser.stderr).not.toMatch(/removed (project|service|volume)/); // the loser removed nothing of the winner's
  expect(loser.stderr).not.toContain("    at "); // no stack trace
  await expectWholeStack();
}

async function expectWholeStack(): Promise<void> {
  const client = new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: emu.info.tokens.account, env: {} });
  const projects = (await listProjects(client, emu.info.workspaceId)).filter((p) => p.name === "race-stack");
  expect(projects).toHaveLength(1);
  const spec = parseStackSpec(STACK);
  const snap = await readLiveState(client, spec, { workspaceId: emu.info.workspaceId });
  expect(snap.live.services.map((s) => s.name).sort()).toEqual(["Redis", "api"]);
  const { variables } = await client.request(VariablesDocument, {
    projectId: snap.projectId as string,
    environmentId: snap.environmentId as string,
    serviceId: snap.serviceIds.get("api") as string,
    unrendered: true,
  });
  expect(variables).toMatchObject({ REDIS_URL: "${{Redis.REDIS_URL}}", MODE: "a" });
}

describe("two applies of one stack at once", () => {
  it("same directory (one store): one applies, the other refuses naming it or waits and finds nothing to do", async () => {
    const dir = dirWithSpec("same");
    const e = env(join(dir, ".railpilot"));
    // The data directory exists already (PGlite is single-process: opening a new one from two
    // processes at once is the store's own matter, locked there).
    writeFileSync(join(dir, "warmup.yaml"), "project:\n  name: warmup\n");
    const warm = await driveClock(
      emu.info.controlUrl,
      runCli(["apply", "-f", "warmup.yaml", "--yes"], { env: e, cwd: dir, timeoutMs: 120_000 }),
    );
    expect(warm.code, warm.stderr).toBe(0);
    await expectOneWinner(await both({ cwd: dir, env: e }, { cwd: dir, env: e }), { sharedPglite: true });
    // Nothing is left locked: the next apply finds nothing to do.
    const again = await driveClock(
      emu.info.controlUrl,
      runCli(["apply", "-f", "stack.yaml", "--yes"], { env: e, cwd: dir, timeoutMs: 120_000 }),
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("No changes");
  }, 240_000);

  it("two directories (no shared store, only Railway): one applies, the other refuses naming it", async () => {
    const a = dirWithSpec("a");
    const b = dirWithSpec("b");
    await expectOneWinner(
      await both({ cwd: a, env: env(join(a, ".railpilot")) }, { cwd: b, env: env(join(b, ".railpilot")) }),
    );
    const again = await driveClock(
      emu.info.controlUrl,
      runCli(["apply", "-f", "stack.yaml", "--yes"], { env: env(join(b, ".railpilot")), cwd: b, timeoutMs: 120_000 }),
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("No changes");
  }, 240_000);

  it.skipIf(!pgUp && !process.env.CI)(
    "one shared Postgres store: one applies, the other refuses naming it",
    async () => {
      const schema = `race_${randomBytes(5).toString("hex")}`;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      try {
        await admin.query(`create schema "${schema}"`);
        const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        const a = dirWithSpec("pa");
        const b = dirWithSpec("pb");
        await expectOneWinner(
          await both(
            { cwd: a, env: env(join(a, ".railpilot"), { DATABASE_URL: url }) },
            { cwd: b, env: env(join(b, ".railpilot"), { DATABASE_URL: url }) },
          ),
        );
        const locks = await admin.query(`select count(*)::int as n from "${schema}".provision_locks`);
        expect(locks.rows[0]).toEqual({ n: 0 });
        const runs = await admin.query(`select status from "${schema}".provision_runs`);
        expect(runs.rows.map((r: { status: string }) => r.status)).toEqual(["succeeded"]);
      } finally {
        await admin.query(`drop schema if exists "${schema}" cascade`);
        await admin.end();
      }
    },
    240_000,
  );
});
