/** RemoteClock against a running emulator on a manual clock: waits count from the emulator's own time. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorControl, RemoteClock, type RunningEmulator, startEmulator } from "../../src/emulator/index.js";

let emu: RunningEmulator;
let ctl: EmulatorControl;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "empty", clock: "manual" });
  ctl = new EmulatorControl(emu.info.controlUrl);
});
afterAll(() => emu?.close());

/** Resolves once `n` RemoteClock waits are parked on the emulator (real time, bounded). */
async function parked(n: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await ctl.clock()).waiters === n) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`expected ${n} parked waiters, saw ${(await ctl.clock()).waiters}`);
}

function track(p: Promise<void>): { done: () => boolean; promise: Promise<void> } {
  let done = false;
  const promise = p.then(() => {
    done = true;
  });
  return { done: () => done, promise };
}

describe("RemoteClock on a manual emulator clock", () => {
  it("counts a sleep from the emulator's current time even when its own reading is stale", async () => {
    const clock = await RemoteClock.connect(emu.info.controlUrl);
    const start = clock.now();
    // Time moves without this process hearing of it (as when another waiter is advanced past an event).
    await ctl.advance(60_000);
    expect(clock.now()).toBe(start);
    const sleep = track(clock.sleep(5_000));
    await parked(1);
    await ctl.advance(4_999);
    await new Promise((r) => setTimeout(r, 30));
    expect(sleep.done()).toBe(false);
    await ctl.advance(1);
    await sleep.promise;
    expect(clock.now()).toBe(start + 65_000);
  });

  it("brings now() up to date at the start of each wait", async () => {
    const clock = await RemoteClock.connect(emu.info.controlUrl);
    await ctl.advance(30_000);
    const sleep = track(clock.sleep(1_000));
    await parked(1);
    expect(clock.now()).toBe(emu.clock.now());
    await ctl.advance(1_000);
    await sleep.promise;
  });

  it("fires a scheduled callback after its delay of emulator time, and not when cancelled", async () => {
    const clock = await RemoteClock.connect(emu.info.controlUrl);
    const fired: string[] = [];
    clock.schedule(2_000, () => fired.push("kept"));
    const cancel = clock.schedule(1_000, () => fired.push("cancelled"));
    await parked(2);
    cancel();
    await parked(1);
    await ctl.advance(2_000);
    for (let i = 0; i < 100 && fired.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(fired).toEqual(["kept"]);
  });

  it("rejects an aborted sleep with the signal's reason and releases its wait", async () => {
    const clock = await RemoteClock.connect(emu.info.controlUrl);
    const controller = new AbortController();
    const sleeping = clock.sleep(10_000, controller.signal);
    await parked(1);
    controller.abort(new Error("stop"));
    await expect(sleeping).rejects.toThrow("stop");
    await parked(0);
  });
});

describe("GET /clock/wait", () => {
  const wait = async (query: string) => {
    const res = await fetch(`${emu.info.controlUrl}/clock/wait?${query}`);
    return {
      status: res.status,
      body: (await res.json()) as { now?: number; until?: number; reached?: boolean; message?: string },
    };
  };

  it("answers at once with the deadline when ms is 0 or the deadline has passed", async () => {
    const now = (await ctl.clock()).now;
    expect(await wait("ms=0")).toEqual({ status: 200, body: { now, until: now, reached: true } });
    expect(await wait(`until=${now - 1}`)).toEqual({ status: 200, body: { now, until: now - 1, reached: true } });
  });

  it("refuses a wait without a valid ms or until", async () => {
    for (const query of ["", "ms=-5", "ms=soon", "ms=", "until=later"]) {
      const r = await wait(query);
      expect(r.status, query).toBe(400);
      expect(r.body.message, query).toMatch(/ms|until/);
    }
  });
});
