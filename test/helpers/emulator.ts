import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import {
  EmulatorControl,
  type EmulatorOptions,
  type RunningEmulator,
  startEmulator,
} from "../../src/emulator/index.js";

export interface UseEmulatorOptions extends EmulatorOptions {
  /**
   * "file" (default): one emulator for the whole file (beforeAll/afterAll). "test": a fresh one
   * for every test (beforeEach/afterEach), for tests that must not see each other's world.
   */
  per?: "file" | "test";
}

export interface EmulatorFixture {
  /** The running emulator. A stable reference that forwards to the current instance. */
  emu: RunningEmulator;
  /** A control client of the current instance (same forwarding). */
  ctl: EmulatorControl;
}

/**
 * Starts the Railway emulator around the tests of a file and closes it after them. Call it at
 * the top of a test file (or describe block); use `emu`/`ctl` inside tests and hooks. The clock is
 * manual unless `clock` says otherwise, so tests drive time instead of sleeping.
 *
 * ```ts
 * const { emu, ctl } = useEmulator({ per: "test" });
 * it("…", async () => { await ctl.advance(60_000); expect(emu.info.projectId).toBeTruthy(); });
 * ```
 */
export function useEmulator(options: UseEmulatorOptions = {}): EmulatorFixture {
  const { per = "file", ...startOptions } = options;
  let current: { emu: RunningEmulator; ctl: EmulatorControl } | undefined;
  const get = () => {
    if (!current) throw new Error("useEmulator: the emulator runs only inside tests and their hooks");
    return current;
  };
  const up = async () => {
    const emu = await startEmulator({ clock: "manual", ...startOptions });
    current = { emu, ctl: new EmulatorControl(emu.info.controlUrl) };
  };
  const down = async () => {
    const running = current;
    current = undefined;
    await running?.emu.close();
  };
  if (per === "test") {
    beforeEach(up);
    afterEach(down);
  } else {
    beforeAll(up);
    afterAll(down);
  }
  return { emu: forward(() => get().emu), ctl: forward(() => get().ctl) };
}

/** POSTs JSON to a path of the emulator's HTTP origin (its stand-ins' control endpoints: `/github/_control/…`, `/anthropic/_control/…`). */
export function postToEmulator(origin: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
}

/** An object whose properties are read from `target()` at access time (methods stay bound). */
function forward<T extends object>(target: () => T): T {
  return new Proxy({} as T, {
    get(_shell, prop) {
      const obj = target();
      const value: unknown = Reflect.get(obj, prop, obj);
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}
