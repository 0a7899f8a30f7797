// Two `railpilot autopilot` replicas (the built CLI, as users run it) on one Postgres store and one
// emulator on its manual clock. Per incident, a release of one service that crashes after going live; at a seeded point of each
// incident one replica is killed with `kill -9` and started again once the other holds the lease.
// Counted per incident: rollbacks Railway received (lost = 0, duplicated = more than 1), whether the
// decision ended verified, and the virtual time from the kill to the survivor holding the lease.
// `tsx bench/chaos-replicas.ts [incidents] [seed]` writes bench/chaos-replicas.md; `npm run bench chaos-replicas` too.
// CHAOS_DEBUG=1 prints the decisions and the service's deployments after each incident.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seededRandom } from "../src/core/index.js";
import { type RunningEmulator, startEmulator } from "../src/emulator/index.js";
import { BIN } from "../test/helpers/cli.js";
import { type ClockInfo, driveClock } from "../test/helpers/drive-clock.js";
import { dropTestSchema, postgresReachable, TEST_DATABASE_URL, testSql as sql } from "../test/helpers/store.js";
import { cliEnv, control } from "../test/deploy/emulator-cli.js";
import { deployService } from "../test/helpers/deploy-service.js";
import { writeStandaloneReport } from "./standalone-report.js";

const TTL_MS = 6_000;

type KillPoint = "none" | "before the decision" | "after the rollback reached Railway" | "while verifying";
const KILL_POINTS: readonly KillPoint[] = [
  "none",
  "before the decision",
  "after the rollback reached Railway",
  "while verifying",
];

export interface ReplicaIncident {
  n: number;
  killPoint: KillPoint;
  killed: "holder" | "standby" | "-";
  takeoverMs: number | null;
  rollbacksSent: number;
  verified: boolean;
  lost: boolean;
  duplicated: number;
}

interface Replica {
  id: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

export async function runReplicaChaos(incidents: number, seed: number): Promise<ReplicaIncident[]> {
  const schema = `chaos_${randomBytes(6).toString("hex")}`;
  const dir = mkdtempSync(join(tmpdir(), "railpilot-chaos-replicas-"));
  const config = join(dir, "railpilot.yaml");
  // Leases short enough to take over in seconds; cooldown, budgets and flap detection wide enough
  // that every incident of the one service is acted on (they are tested as policy elsewhere).
  writeFileSync(
    config,
    `autopilot:\n  leases:\n    ttl: ${TTL_MS / 1000}s\n  policy:\n    cooldown: 1m\n    budgetPerServicePerHour: 100\n    budgetPerHour: 100\n    flapThreshold: 100\n`,
  );
  const emu: RunningEmulator = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
  const children: ChildProcess[] = [];
  const web = emu.info.services.web as string;
  const rollbacks = () =>
    [...emu.world.deployments.values()].filter(
      (d) => d.serviceId === web && (d.meta as Record<string, unknown>).rollbackFromDeploymentId !== undefined,
    ).length;
  const holders = async () =>
    (await sql<{ holder: string }>(`select holder from "${schema}".autopilot_leases`)).map((r) => r.holder);
  const rollbackStatuses = async () =>
    (await sql<{ status: string }>(`select status from "${schema}".autopilot_decisions where kind = 'rollback'`)).map(
      (r) => r.status,
    );

  const start = async (id: string): Promise<Replica> => {
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: tmpdir(),
      ...cliEnv(emu, { DATABASE_URL: TEST_DATABASE_URL, RAILPILOT_STORE_SCHEMA: schema, RAILPILOT_REPLICA_ID: id }),
    };
    const child = spawn(process.execPath, [BIN, "autopilot", "--listen", "127.0.0.1:0", "--config", config], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      if (stderr.length < 8_000) stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${id}: no ready line\n${stderr}`)), 150_000);
      child.stdout?.once("data", () => {
        clearTimeout(timer);
        resolve();
      });
      child.once("close", () => reject(new Error(`${id} exited before ready\n${stderr}`)));
    });
    return { id, child, exited };
  };

  /** Moves virtual time (only while the replicas are parked on it) until `done` or `maxMs` passed; returns the virtual ms spent. */
  const driveUntil = async (done: () => boolean | Promise<boolean>, maxMs: number): Promise<number> => {
    const from = ((await control(emu, "/clock")) as ClockInfo).now;
    let finish: (ms: number) => void = () => {};
    const reached = new Promise<number>((resolve) => {
      finish = resolve;
    });
    return driveClock(emu.info.controlUrl, reached, {
      maxSteps: 50_000,
      beforeAdvance: async (clock) => {
        if ((await done()) || clock.now - from >= maxMs) finish(clock.now - from);
        return false;
      },
    });
  };

  const random = seededRandom(seed);
  const results: ReplicaIncident[] = [];
  try {
    const replicas = new Map<string, Replica>();
    for (const id of ["replica-a", "replica-b"]) replicas.set(id, await start(id));
    await driveUntil(async () => (await holders()).length === 1, 5 * TTL_MS);

    for (let n = 1; n <= incidents; n++) {
      // The first incident runs without a kill (the baseline); the others draw a kill point.
      const killPoint: KillPoint = n === 1 ? "none" : (KILL_POINTS[1 + Math.floor(random() * 3)] as KillPoint);
      const killHolder = random() < 0.75;
      const before = rollbacks();
      // A release that crashes 15 s after going live: the deployment before it is the good one.
      await control(emu, "/outcome", { serviceId: web, outcome: "crashed", cause: "uncaught_exception" });
      await deployService(emu, web);
      if (killPoint === "after the rollback reached Railway") await driveUntil(() => rollbacks() > before, 10 * 60_000);
      if (killPoint === "while verifying") {
        await driveUntil(() => rollbacks() > before, 10 * 60_000);
        await driveUntil(() => false, 30_000);
      }
      let takeoverMs: number | null = null;
      let killed: ReplicaIncident["killed"] = "-";
      if (killPoint !== "none") {
        const [holder] = await holders();
        const victimId = killHolder ? holder : [...replicas.keys()].find((id) => id !== holder);
        const victim = victimId ? replicas.get(victimId) : undefined;
        if (victim) {
          killed = killHolder ? "holder" : "standby";
          victim.child.kill("SIGKILL");
          await victim.exited;
          if (killHolder) {
            const survivor = [...replicas.keys()].find((id) => id !== victim.id) as string;
            takeoverMs = await driveUntil(async () => (await holders()).includes(survivor), 10 * TTL_MS);
          }
          replicas.set(victim.id, await start(victim.id));
        }
      }
      await driveUntil(
        async () => rollbacks() > before && (await rollbackStatuses()).every((s) => s === "verified"),
        10 * 60_000,
      );
      // Let both replicas run on well past the verification: a late duplicate would show here.
      await driveUntil(() => false, 3 * 60_000);
      const sent = rollbacks() - before;
      const verified = (await rollbackStatuses()).every((s) => s === "verified");
      results.push({
        n,
        killPoint,
        killed,
        takeoverMs,
        rollbacksSent: sent,
        verified,
        lost: sent === 0 || !verified,
        duplicated: Math.max(0, sent - 1),
      });
      process.stderr.write(`incident ${n}: ${killPoint}, ${killed}, ${sent} rollback(s), verified ${verified}\n`);
      if (process.env.CHAOS_DEBUG) {
        const rows = await sql(
          `select kind, status, deployment_id, reasons from "${schema}".autopilot_decisions order by created_at`,
        );
        const deps = [...emu.world.deployments.values()]
          .filter((d) => d.serviceId === web)
          .map((d) => `${d.id.slice(0, 8)} ${d.status}`);
        process.stderr.write(`${JSON.stringify(rows, null, 1)}\n${deps.join("\n")}\n`);
      }
    }
    for (const r of replicas.values()) r.child.kill("SIGTERM");
    await Promise.all([...replicas.values()].map((r) => driveClock(emu.info.controlUrl, r.exited)));
  } finally {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await emu.close();
    await dropTestSchema(schema).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export async function benchChaosReplicas(incidents = 8, seed = 7): Promise<{ name: string; lines: string[] }> {
  const name = "Chaos: two replicas, kill -9";
  if (!(await postgresReachable())) return { name, lines: ["Skipped: no Postgres at TEST_DATABASE_URL."] };
  const results = await runReplicaChaos(incidents, seed);
  const takeovers = results.map((r) => r.takeoverMs).filter((x): x is number => x !== null);
  const lost = results.filter((r) => r.lost).length;
  const duplicated = results.reduce((a, r) => a + r.duplicated, 0);
  const lines = [
    `Two \`railpilot autopilot\` processes (the built CLI) on one Postgres store, the emulator (seed demo) on its manual clock, lease ttl ${TTL_MS / 1000} s. Each incident is a release of the service web that crashes 15 s after going live; at a point drawn from seed ${seed} one replica gets \`kill -9\` (the lease holder 3 times in 4) and is started again once the other holds the lease. Times are virtual.`,
    "",
    "| incident | kill -9 | of | rollbacks Railway received | verified | lease taken over after |",
    "|---:|---|---|---:|---|---:|",
    ...results.map(
      (r) =>
        `| ${r.n} | ${r.killPoint} | ${r.killed} | ${r.rollbacksSent} | ${r.verified ? "yes" : "NO"} | ${r.takeoverMs === null ? "–" : `${(r.takeoverMs / 1000).toFixed(1)} s`} |`,
    ),
    "",
    `Actions lost: **${lost}**; duplicated: **${duplicated}** (target 0 / 0). Lease take-over after a holder's kill -9: ${
      takeovers.length ? `max ${(Math.max(...takeovers) / 1000).toFixed(1)} s` : "none measured"
    } (bound: ttl ${TTL_MS / 1000} s plus one renewal period, ${((TTL_MS + TTL_MS / 3) / 1000).toFixed(1)} s).`,
  ];
  return { name, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await benchChaosReplicas(Number(process.argv[2] ?? 8), Number(process.argv[3] ?? 7));
  writeStandaloneReport(section, new URL("./chaos-replicas.md", import.meta.url));
}
