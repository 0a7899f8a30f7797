import { hostname } from "node:os";
import { type Clock, RailpilotError } from "../core/index.js";
import { ProjectUpdateDocument, type RailwayClient } from "../railway/index.js";
import { listProjects, readProjectState } from "./live-reader.js";
import { formatProjectDescription, parseProjectDescription } from "./project-tags.js";

/**
 * One apply per stack at a time. Two runs of the same stack must never both act: the second
 * refuses, naming the first. Two layers:
 *
 * 1. The store (when the runs share one: the same data directory, or one Postgres): a row per
 *    stack + environment in `provision_locks`, taken atomically (insert, or take over a row that
 *    expired or belongs to the same run being resumed).
 * 2. Railway itself (runs on different machines share only Railway): a marker in the project's
 *    description tag line, `apply-lock:<runId>@<expiry>`. Railway has no compare-and-set, so a
 *    run writes its marker, waits `lockSettleMs`, and reads it back: only the run whose marker
 *    stayed goes on. A project that does not exist yet is created with the marker already in its
 *    description; when two runs both created one (Railway allows equal names), the older project
 *    wins and the other run removes its own and refuses.
 */

/** Who holds a lock. */
export interface LockHolder {
  runId: string;
  /** `host:pid` of the process, when known (store locks). */
  holder?: string;
  /** When the lock lapses unless renewed (ms since the epoch). */
  expiresAt: number;
}

/** Another apply of the same stack is running (or died holding the lock less than its TTL ago). */
export class ApplyLockedError extends RailpilotError {
  readonly other: LockHolder;
  readonly where: "store" | "railway";

  constructor(stack: string, other: LockHolder, where: "store" | "railway") {
    const by = other.holder ? ` by ${other.holder}` : "";
    super(
      "APPLY_LOCKED",
      `Another apply of "${stack}" is running (run ${other.runId}${by}, seen through ${where === "store" ? "the store" : "a marker on the Railway project"}); its lock lapses at ${new Date(other.expiresAt).toISOString()}`,
      {
        hint: "Wait for the other apply to finish, then run this one again. If that run died, its lock lapses at the time shown; or resume it from the machine that started it.",
      },
    );
    this.other = other;
    this.where = where;
  }
}

/** This process, for lock rows: `host:pid`. */
export function lockHolderName(): string {
  return `${hostname()}:${process.pid}`;
}

/**
 * Whether a lock holder (`host:pid`) is a process of this host that no longer runs. A holder on
 * another host cannot be checked from here: it counts as alive until its lock lapses.
 */
export function holderIsGone(holder: string): boolean {
  const at = holder.lastIndexOf(":");
  const pid = Number(holder.slice(at + 1));
  if (at < 0 || holder.slice(0, at) !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** `<runId>@<ISO>` ↔ holder. */
export function formatMarker(runId: string, expiresAt: number): string {
  return `${runId}@${new Date(expiresAt).toISOString()}`;
}

export function parseMarker(value: string | undefined): LockHolder | undefined {
  if (!value) return undefined;
  const at = value.lastIndexOf("@");
  if (at <= 0) return undefined;
  const expiresAt = Date.parse(value.slice(at + 1));
  if (Number.isNaN(expiresAt)) return undefined;
  return { runId: value.slice(0, at), expiresAt };
}

export interface MarkerDeps {
  client: RailwayClient;
  clock: Clock;
  settleMs: number;
  ttlMs: number;
  signal?: AbortSignal;
}

async function readMarker(
  client: RailwayClient,
  projectId: string,
): Promise<{ description: string | null; lock: LockHolder | undefined } | undefined> {
  const project = await readProjectState(client, projectId);
  if (!project) return undefined;
  const description = project.description ?? null;
  return { description, lock: parseMarker(parseProjectDescription(description).tags.applyLock) };
}

async function writeMarker(
  client: RailwayClient,
  projectId: string,
  description: string | null,
  marker: string | undefined,
): Promise<void> {
  const { text, tags } = parseProjectDescription(description);
  const { applyLock: _old, ...rest } = tags;
  await client.request(ProjectUpdateDocument, {
    id: projectId,
    input: { description: formatProjectDescription(text, marker ? { ...rest, applyLock: marker } : rest) },
  });
}

/**
 * Takes the Railway-side marker of an existing project for `runId`, or throws ApplyLockedError
 * naming the run that holds it. A marker of the same run (a resume) or one that lapsed is taken over.
 */
export async function claimRailwayMarker(
  deps: MarkerDeps,
  stack: string,
  projectId: string,
  runId: string,
): Promise<void> {
  const before = await readMarker(deps.client, projectId);
  if (!before) return; // the project is gone: the plan will create it (with the marker)
  const now = deps.clock.now();
  if (before.lock && before.lock.runId !== runId && before.lock.expiresAt > now)
    throw new ApplyLockedError(stack, before.lock, "railway");
  await writeMarker(deps.client, projectId, before.description, formatMarker(runId, now + deps.ttlMs));
  await deps.clock.sleep(deps.settleMs, deps.signal);
  const after = await readMarker(deps.client, projectId);
  if (after?.lock && after.lock.runId !== runId) throw new ApplyLockedError(stack, after.lock, "railway");
}

/** Renews the marker when more than half its time has passed. Throws when another run holds it now. */
export async function renewRailwayMarker(
  deps: MarkerDeps,
  stack: string,
  projectId: string,
  runId: string,
  lastWrite: number,
): Promise<number> {
  const now = deps.clock.now();
  if (now - lastWrite < deps.ttlMs / 2) return lastWrite;
  const current = await readMarker(deps.client, projectId);
  if (!current) return lastWrite;
  if (current.lock && current.lock.runId !== runId && current.lock.expiresAt > now)
    throw new ApplyLockedError(stack, current.lock, "railway");
  await writeMarker(deps.client, projectId, current.description, formatMarker(runId, now + deps.ttlMs));
  return now;
}

/** Removes this run's marker (never another run's). Best effort: a marker left behind lapses. */
export async function releaseRailwayMarker(client: RailwayClient, projectId: string, runId: string): Promise<void> {
  const current = await readMarker(client, projectId);
  if (!current?.lock || current.lock.runId !== runId) return;
  await writeMarker(client, projectId, current.description, undefined);
}

/** Whether a project's marker names another run than `runId` (then this run must not delete it). */
export async function markedByOtherRun(
  client: RailwayClient,
  projectId: string,
  runId: string,
): Promise<LockHolder | undefined> {
  const current = await readMarker(client, projectId);
  return current?.lock && current.lock.runId !== runId ? current.lock : undefined;
}

/**
 * After this run created project `projectId` named `name` and waited the settle time: whether
 * another run created one with the same name at the same time. The project created first wins;
 * of two created in the same millisecond, the one with the smaller id. Both runs decide after the
 * settle time, when each sees both projects (the assumption the marker protocol makes too), so they
 * decide alike: exactly one goes on. Returns the holder of the project that beat this run (it must
 * then remove its own and stop).
 */
export async function lostCreateRace(
  client: RailwayClient,
  workspaceId: string | undefined,
  name: string,
  projectId: string,
): Promise<LockHolder | undefined> {
  const same = (await listProjects(client, workspaceId)).filter((p) => p.name === name);
  const mine = same.find((p) => p.id === projectId);
  const others = same.filter((p) => p.id !== projectId);
  if (!mine || others.length === 0) return undefined;
  const mineAt = Date.parse(mine.createdAt);
  const rival = others.find((p) => {
    const at = Date.parse(p.createdAt);
    return at < mineAt || (at === mineAt && p.id < projectId);
  });
  if (!rival) return undefined;
  const lock = parseMarker(parseProjectDescription(rival.description).tags.applyLock);
  return lock ?? { runId: `(unknown: project ${rival.id})`, expiresAt: Date.parse(rival.createdAt) };
}
