/**
 * PGlite serves one process: two real processes on one data directory (one refused with
 * STORE_LOCKED naming the other, or let in once the other closes or dies), a damaged data
 * directory refused rather than re-initialised, and the default store created on a fresh checkout.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isRailpilotError } from "../../src/core/index.js";
import { claimAction, getAction, openDefaultStore, openStore } from "../../src/store/index.js";

const STORE_MODULE = join(import.meta.dirname, "..", "..", "dist", "store", "index.js");
const dirs: string[] = [];
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "railpilot-lock-"));
  dirs.push(d);
  return d;
}

/**
 * A second process that opens the store: prints `open` once it has it, or `error <code> <message>`;
 * closes it when a line arrives on stdin.
 */
function holder(
  dataDir: string,
  lockWaitMs: number,
): { child: ChildProcessWithoutNullStreams; first: Promise<string> } {
  const script = `
    const m = await import(${JSON.stringify(STORE_MODULE)});
    try {
      const s = await m.openStore({ dataDir: ${JSON.stringify(dataDir)}, lockWaitMs: ${lockWaitMs} });
      process.stdout.write("open\\n");
      process.stdin.once("data", async () => { await s.close(); process.exit(0); });
    } catch (e) {
      process.stdout.write("error " + e.code + " " + e.message + "\\n");
      process.exit(3);
    }`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["pipe", "pipe", "pipe"] });
  children.push(child);
  const first = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.trim());
    });
    child.on("exit", (code) => reject(new Error(`holder exited ${code} before a line: ${out}`)));
  });
  return { child, first };
}

describe("one process per embedded data directory", () => {
  it("refuses a second process with STORE_LOCKED naming the first, and lets a waiting one in once it closes", async () => {
    const dataDir = tempDir();
    const a = holder(dataDir, 0);
    expect(await a.first).toBe("open");
    const refused = holder(dataDir, 500);
    const line = await refused.first;
    expect(line).toMatch(/^error STORE_LOCKED /);
    expect(line).toContain(`pid ${a.child.pid}`);
    const waiting = holder(dataDir, 60_000);
    await new Promise((r) => setTimeout(r, 300));
    a.child.stdin.write("close\n");
    expect(await waiting.first).toBe("open");
    waiting.child.stdin.write("close\n");
  }, 90_000);

  it("takes over the lock of a process that was killed (stale lock)", async () => {
    const dataDir = tempDir();
    const a = holder(dataDir, 0);
    expect(await a.first).toBe("open");
    const exited = new Promise((r) => a.child.once("exit", r));
    a.child.kill("SIGKILL");
    await exited;
    expect(existsSync(join(dataDir, "pglite.lock"))).toBe(true);
    const store = await openStore({ dataDir, lockWaitMs: 0 });
    await store.close();
    expect(existsSync(join(dataDir, "pglite.lock"))).toBe(false);
  }, 60_000);

  it("refuses a second open in the same process too", async () => {
    const dataDir = tempDir();
    const first = await openStore({ dataDir });
    try {
      const error = await openStore({ dataDir, lockWaitMs: 50 }).catch((e: unknown) => e);
      expect(isRailpilotError(error) && error.code).toBe("STORE_LOCKED");
    } finally {
      await first.close();
    }
  }, 60_000);
});

describe("a damaged data directory", () => {
  it("is an error that says so, never a fresh start (PG_VERSION deleted)", async () => {
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    await claimAction(store.db, { key: "keep:1", kind: "deploy", target: "svc" });
    await store.close();
    unlinkSync(join(dataDir, "pglite", "PG_VERSION"));
    const before = readdirSync(join(dataDir, "pglite")).sort();
    const error = await openStore({ dataDir }).catch((e: unknown) => e);
    expect(isRailpilotError(error) && error.code).toBe("STORE_CORRUPT");
    expect((error as Error).message).toContain("PG_VERSION");
    expect((error as { hint?: string }).hint).toMatch(/move it aside|backup/);
    // Nothing was written over it, and the lock was released.
    expect(readdirSync(join(dataDir, "pglite")).sort()).toEqual(before);
    expect(existsSync(join(dataDir, "pglite.lock"))).toBe(false);
  }, 60_000);
});

describe("openDefaultStore", () => {
  it("creates .railpilot/pglite under cwd on a fresh checkout and keeps data there", async () => {
    const cwd = tempDir();
    const store = await openDefaultStore({ cwd });
    expect(store.kind).toBe("pglite");
    await claimAction(store.db, { key: "fresh:1", kind: "rollback", target: "svc" });
    await store.close();
    expect(existsSync(join(cwd, ".railpilot", "pglite", "PG_VERSION"))).toBe(true);
    const again = await openDefaultStore({ cwd, databaseUrl: undefined });
    expect(await getAction(again.db, "fresh:1")).toMatchObject({ status: "pending" });
    await again.close();
  }, 60_000);
});
