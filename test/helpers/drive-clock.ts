/**
 * Drives a running emulator's manual clock while a CLI subprocess (on RAILPILOT_CLOCK_URL) runs:
 * whenever the subprocess is blocked waiting on virtual time, move the clock to the next timer
 * (a waiter's deadline or a simulated event). Virtual time moves only when nothing else is
 * happening, so runs are deterministic; the only real waiting is for I/O to settle.
 */
import { RemoteClock } from "../../src/emulator/index.js";

export interface DriveOptions {
  /** Never advance past this virtual time (epoch ms). */
  until?: number;
  /** Real-time ms the emulator must look idle before time moves. Default 40. */
  settleMs?: number;
  /** Safety cap on the number of advances. Default 5000. */
  maxSteps?: number;
  /**
   * Only advance while a process waits on the clock over HTTP (a RemoteClock waiter). Default
   * true. `false` advances after `settleMs` of real quiet alone, which a loaded machine can fake:
   * prefer giving in-process code a RemoteClock on the emulator (see `remoteClockFor`), so it
   * parks as a waiter too.
   */
  requireWaiter?: boolean;
  /**
   * Called each time the driven code is parked and time is about to move, with the emulator's
   * clock. Virtual time stands still until it resolves, so a test can act at an exact point of
   * the emulated timeline (e.g. deploy a competitor once ours is BUILDING) instead of polling in
   * real time. Return true when it changed something: the driver waits for quiet again first.
   */
  beforeAdvance?: (clock: ClockInfo) => boolean | undefined | Promise<boolean | undefined>;
}

export interface ClockInfo {
  now: number;
  nextEventAt: number | null;
  waiters: number;
}

interface Stats {
  requests: { total: number };
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as T;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` (usually `runCli(...)`) while advancing the emulator's clock; resolves with its
 * result. The clock advances only when a CLI waiter is parked and no request happened for
 * `settleMs`.
 */
export async function driveClock<T>(controlUrl: string, work: Promise<T>, options: DriveOptions = {}): Promise<T> {
  let finished = false;
  const settled = work.then(
    (value) => {
      finished = true;
      return { ok: true as const, value };
    },
    (error: unknown) => {
      finished = true;
      return { ok: false as const, error };
    },
  );
  const settleMs = options.settleMs ?? 40;
  let steps = 0;
  let lastSignature = "";
  let stableSince = Date.now();
  while (!finished && steps < (options.maxSteps ?? 5_000)) {
    await pause(10);
    let clock: ClockInfo;
    let stats: Stats;
    try {
      [clock, stats] = await Promise.all([
        getJson<ClockInfo>(`${controlUrl}/clock`),
        getJson<Stats>(`${controlUrl}/stats`),
      ]);
    } catch {
      continue;
    }
    const signature = `${clock.now}|${clock.waiters}|${clock.nextEventAt}|${stats.requests.total}`;
    if (signature !== lastSignature) {
      lastSignature = signature;
      stableSince = Date.now();
      continue;
    }
    const parked = clock.waiters > 0 || options.requireWaiter === false;
    if (Date.now() - stableSince < settleMs || !parked || clock.nextEventAt === null) continue;
    // A timer due now (scheduled at the current instant, e.g. a zero-length wait or an event the
    // emulator set for "now") fires only on an advance: advancing by 0 fires it. Skipping it here
    // left the driver looking at `nextEventAt === now` forever while every process stayed parked.
    const dueNow = clock.nextEventAt <= clock.now;
    const target = dueNow
      ? clock.now
      : options.until !== undefined
        ? Math.min(clock.nextEventAt, options.until)
        : clock.nextEventAt;
    if (!dueNow && target <= clock.now) continue;
    if (options.beforeAdvance && (await options.beforeAdvance(clock))) {
      lastSignature = "";
      continue;
    }
    await fetch(`${controlUrl}/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ advanceTo: target }),
      signal: AbortSignal.timeout(5_000),
    }).catch(() => undefined);
    steps++;
    lastSignature = "";
  }
  const r = await settled;
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * A Clock on the emulator's virtual time for code driven in-process (performRollback, runDeploy):
 * its waits park as `/clock/wait` waiters, so `driveClock` moves time only while that code is
 * really waiting, exactly as for a CLI subprocess.
 */
export async function remoteClockFor(controlUrl: string): Promise<RemoteClock> {
  const clock = new RemoteClock(controlUrl);
  await clock.sync();
  return clock;
}
