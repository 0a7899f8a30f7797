/**
 * Two `railpilot autopilot` replicas on one Postgres store and one emulator: environment leases
 * make exactly one of them act on a crash; `kill -9` of the holder hands its lease to the other
 * within the configured bound (virtual time) and it acts once on the next crash; SIGTERM releases
 * the leases and exits 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { BIN } from "../helpers/cli.js";
import { type ClockInfo, driveClock } from "../helpers/drive-clock.js";
import { dropTestSchema, postgresReachable, TEST_DATABASE_URL, testSql as sql } from "../helpers/store.js";
import { cliEnv, control } from "../deploy/emulator-cli.js";

const TTL_MS = 6_000;
const schema = `t_${randomBytes(6).toString("hex")}`;
const reachable = await postgresReachable();
let emu: RunningEmulator;
let configFile: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!reachable) return;
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
  const dir = mkdtempSync(join(tmpdir(), "railpilot-replicas-"));
  configFile = join(dir, "railpilot.yaml");
  // Two crashes of one service a few minutes apart: the policy's default cooldown (5m) and hourly
  // budget per service (3) would rightly hold the second rollback back; this test is about leases.
  writeFileSync(
    configFile,
    `autopilot:\n  leases:\n    ttl: ${TTL_MS / 1000}s\n  policy:\n    cooldown: 1m\n    budgetPerServicePerHour: 10\n`,
  );
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await emu?.close();
  if (reachable) await dropTestSchema(schema);
});

interface Replica {
  id: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr: () => string;
}

/** Starts one replica and resolves once it printed its ready line (the virtual clock standing still). */
async function replica(id: string): Promise<Replica> {
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: "/tmp",
    ...cliEnv(emu, {
      DATABASE_URL: TEST_DATABASE_URL,
      RAILPILOT_STORE_SCHEMA: schema,
      RAILPILOT_REPLICA_ID: id,
    }),
  };
  const child = spawn(process.execPath, [BIN, "autopilot", "--listen", "127.0.0.1:0", "--config", configFile], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${id}: no ready line\n${stderr}`)), 150_000);
    child.stdout?.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes("\n")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("close", () => reject(new Error(`${id} exited before ready\n${stderr}`)));
  });
  return { id, child, exited, stderr: () => stderr };
}

const web = () => emu.info.services.web as string;
const rollbacks = () =>
  [...emu.world.deployments.values()].filter(
    (d) => d.serviceId === web() && (d.meta as Record<string, unknown>).rollbackFromDeploymentId !== undefined,
  ).length;
const holders = async () =>
  (
    await sql<{ holder: string; expires_at: string }>(`select holder, expires_at from "${schema}".autopilot_leases`)
  ).map((r) => r.holder);

const decisionsOf = async (kind: string) =>
  sql<{ status: string; deployment_id: string }>(
    `select status, deployment_id from "${schema}".autopilot_decisions where kind = '${kind}' order by created_at`,
  );

/** Drives virtual time until `done(clock)` holds at a point where the replicas are parked, or `maxMs` of virtual time passed. */
async function driveUntil(done: (clock: ClockInfo) => boolean | Promise<boolean>, maxMs: number): Promise<number> {
  const start = ((await control(emu, "/clock")) as ClockInfo).now;
  let finish: (at: number) => void = () => {};
  const reached = new Promise<number>((resolve) => {
    finish = resolve;
  });
  return driveClock(emu.info.controlUrl, reached, {
    beforeAdvance: async (clock) => {
      if ((await done(clock)) || clock.now - start >= maxMs) finish(clock.now - start);
      return false;
    },
  });
}

describe("railpilot autopilot replicas on one Postgres store", () => {
  it("one acts on a crash; kill -9 hands its lease over within the bound; SIGTERM releases and exits 0", async () => {
    const a = await replica("replica-a");
    const b = await replica("replica-b");
    // One environment, two replicas: exactly one holds it.
    await driveUntil(async () => (await holders()).length === 1, TTL_MS);
    const [first] = await holders();
    expect(["replica-a", "replica-b"]).toContain(first);

    await control(emu, "/incident", { kind: "crash", serviceId: web() });
    await driveUntil(() => rollbacks() >= 1, 10 * 60_000);
    // Let both run on well past the verification: still one rollback.
    await driveUntil(() => false, 3 * 60_000);
    expect(rollbacks()).toBe(1);

    // The next crash: the holder is killed in the middle of its rollback (Railway has it, the
    // verification has not finished). The other replica takes the lease over within the bound,
    // resumes that rollback and verifies it without sending it again.
    const [holder, other] = first === "replica-a" ? [a, b] : [b, a];
    await control(emu, "/incident", { kind: "crash", serviceId: web() });
    await driveUntil(() => rollbacks() >= 2, 10 * 60_000);
    holder.child.kill("SIGKILL");
    await holder.exited;
    const inFlight = await decisionsOf("rollback");
    expect(inFlight.filter((d) => d.status === "verified")).toHaveLength(1);
    const tookOverAfter = await driveUntil(async () => (await holders()).includes(other.id), 5 * TTL_MS);
    expect(await holders()).toEqual([other.id]);
    // Lapse (ttl) plus at most one renewal period of the survivor.
    expect(tookOverAfter).toBeLessThanOrEqual(TTL_MS + TTL_MS / 3 + 1_000);
    await driveUntil(async () => (await decisionsOf("rollback")).every((d) => d.status === "verified"), 10 * 60_000);
    await driveUntil(() => false, 3 * 60_000);
    expect((await decisionsOf("rollback")).map((d) => d.status)).toEqual(["verified", "verified"]);
    expect(rollbacks()).toBe(2);

    other.child.kill("SIGTERM");
    expect(await driveClock(emu.info.controlUrl, other.exited), other.stderr()).toBe(0);
    expect(await holders()).toEqual([]);
  }, 600_000);
});
