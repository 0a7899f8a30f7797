/**
 * PGlite is a single-process database: two processes that open the same data directory corrupt
 * each other's view of it. A lock file next to the database (`<dataDir>/pglite.lock`, holding the
 * owner's pid, host and start time) lets one process in; another waits a bounded time, then
 * refuses with STORE_LOCKED naming the owner. A lock whose owner on this host is gone (killed,
 * crashed) is stale and taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { type Clock, systemClock } from "../core/index.js";
import { StoreError } from "./store-error.js";

export interface DataDirLockOptions {
  /** Longest to wait for another process to release the lock. Default: 10 s. */
  waitMs?: number;
  /** How often to look again while waiting. Default: 100 ms. */
  pollMs?: number;
  /** Clock for the wait. Default: the system clock. */
  clock?: Clock;
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if this process still owns it. Safe to call twice. */
  release(): void;
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** Lock files this process holds, removed at exit even when close() was never called. */
const held = new Set<string>();
let exitHook = false;

export async function acquireDataDirLock(path: string, options: DataDirLockOptions = {}): Promise<DataDirLock> {
  const clock = options.clock ?? systemClock;
  const waitMs = options.waitMs ?? 10_000;
  const pollMs = options.pollMs ?? 100;
  const deadline = clock.now() + waitMs;
  for (;;) {
    const owner = tryCreate(path);
    if (owner === undefined) return register(path);
    if (isStale(owner, path)) {
      removeIfOwnedBy(path, owner);
      continue;
    }
    if (clock.now() >= deadline) throw lockedError(path, owner, waitMs);
    await clock.sleep(Math.min(pollMs, Math.max(1, deadline - clock.now())));
  }
}

/** Creates the lock file; returns undefined on success, else the current owner. */
function tryCreate(path: string): LockOwner | undefined {
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw new StoreError(
        "STORE_UNAVAILABLE",
        `cannot create the store's lock file ${path}: ${(error as Error).message}`,
        {
          cause: error,
          hint: "Check that the data dir is writable, or set DATABASE_URL to use a Postgres server.",
        },
      );
    }
    return readOwner(path);
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`);
  } finally {
    closeSync(fd);
  }
  return undefined;
}

function readOwner(path: string): LockOwner {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    if (typeof parsed.pid === "number" && typeof parsed.host === "string")
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? "") };
  } catch {
    // Vanished between open and read, or half-written by an owner that is still writing it.
  }
  // Unknown owner: treated as live for this round; it is looked at again after the poll.
  return { pid: 0, host: "", since: "" };
}

/** The owner is on this host and its process no longer exists (a lock from another host is never stale). */
function isStale(owner: LockOwner, path: string): boolean {
  if (owner.pid <= 0 || owner.host !== hostname()) return false;
  // Our own pid: live if this process holds it, else a leftover of an earlier process with our pid.
  if (owner.pid === process.pid) return !held.has(path);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function removeIfOwnedBy(path: string, owner: LockOwner): void {
  try {
    const now = readOwner(path);
    if (now.pid === owner.pid && now.since === owner.since) unlinkSync(path);
  } catch {
    // Someone else removed it first.
  }
}

function register(path: string): DataDirLock {
  held.add(path);
  if (!exitHook) {
    exitHook = true;
    process.once("exit", () => {
      for (const p of held) releasePath(p);
    });
  }
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      held.delete(path);
      releasePath(path);
    },
  };
}

function releasePath(path: string): void {
  try {
    if (readOwner(path).pid === process.pid) unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function lockedError(path: string, owner: LockOwner, waitMs: number): StoreError {
  const who =
    owner.pid > 0
      ? `another railpilot process (pid ${owner.pid}${owner.host && owner.host !== hostname() ? ` on ${owner.host}` : ""}${owner.since ? `, since ${owner.since}` : ""})`
      : "another railpilot process";
  const self = owner.pid === process.pid ? " (this same process already has it open)" : "";
  return new StoreError(
    "STORE_LOCKED",
    `the store in ${path.replace(/[/\\]pglite\.lock$/, "")} is in use by ${who}${self}; waited ${Math.round(waitMs / 1000)} s`,
    {
      hint: `The embedded database serves one process at a time: wait for pid ${owner.pid || "?"} to finish, or use a shared Postgres server (DATABASE_URL) to run several at once. If that process is gone, delete ${path}.`,
    },
  );
}
