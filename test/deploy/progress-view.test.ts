import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createContext } from "../../src/cli/context.js";
import { progressPrinter } from "../../src/cli/deploy-wiring.js";
import { flushMicrotasks, ManualClock } from "../../src/core/index.js";
import type { DeploymentSnapshot } from "../../src/deploy/index.js";

function fakeIO(tty: boolean, env: Record<string, string> = {}) {
  let err = "";
  const stderr = Object.assign(new PassThrough(), { isTTY: tty });
  stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const stdout = Object.assign(new PassThrough(), { isTTY: tty, columns: 80 });
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  const ctx = createContext({ stdout, stderr, stdin, env, cwd: "/" });
  return { ctx, output: () => err };
}

const snapshot = { id: "dep-1", status: "BUILDING" } as DeploymentSnapshot;

async function* buildLog(): AsyncIterable<string[]> {
  yield Array.from({ length: 10 }, (_, i) => `#${i} step ${i}`);
  yield ["src/a.ts(1,1): error TS2322: Type 'string' is not assignable"];
}

describe("deploy progress view", () => {
  it("on a TTY draws the status with the last build log lines, folded, redrawn in place", async () => {
    const { ctx, output } = fakeIO(true);
    const clock = new ManualClock();
    const view = progressPrinter(ctx, clock, {}, () => buildLog(), { foldTo: 4, refreshMs: 60_000 });
    view.onEvent({ kind: "triggered", deploymentId: "dep-1", at: clock.now() });
    view.onEvent({
      kind: "follow",
      deploymentId: "dep-1",
      progress: { kind: "status", status: "BUILDING", previous: undefined, at: clock.now(), snapshot },
    });
    await flushMicrotasks();
    view.done();
    const out = output();
    expect(out).toContain("BUILDING");
    expect(out).toContain("│ src/a.ts(1,1): error TS2322");
    expect(out).toMatch(/\x1b\[\d+F\x1b\[J/);
    // Folded: the last block shows 4 log lines, not 11.
    const lastBlock = out.slice(out.lastIndexOf("BUILDING "));
    expect(lastBlock.match(/│/g)?.length).toBe(4);
  });

  it("in CI prints plain lines: no control characters, no streamed logs", async () => {
    const { ctx, output } = fakeIO(true, { CI: "true" });
    const clock = new ManualClock();
    const view = progressPrinter(ctx, clock, {}, () => buildLog());
    view.onEvent({ kind: "triggered", deploymentId: "dep-1", at: clock.now() });
    view.onEvent({
      kind: "follow",
      deploymentId: "dep-1",
      progress: { kind: "status", status: "BUILDING", previous: undefined, at: clock.now(), snapshot },
    });
    await flushMicrotasks();
    view.done();
    expect(output()).toContain("dep-1 BUILDING");
    expect(output()).not.toContain("\x1b");
    expect(output()).not.toContain("error TS2322");
  });

  it("prints nothing but the final object with --json", () => {
    const { ctx, output } = fakeIO(false);
    const view = progressPrinter(ctx, new ManualClock(), { json: true });
    view.onEvent({ kind: "note", message: "hello" });
    view.done();
    expect(output()).toBe("");
  });
});
