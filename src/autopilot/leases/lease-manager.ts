/**
 * Leases for several autopilot replicas sharing one store. Every watched resource (an environment
 * id, or a service key) has at most one row in `autopilot_leases`; a replica observes only what it
 * holds. A lease is taken with one conditional upsert (insert, or take over a row whose holder is
 * this replica or whose lease has expired), renewed before it expires, and released on stop. A
 * replica that dies stops renewing, so its leases expire after `ttlMs` and the others take them
 * over on their next cycle: the bound is `ttlMs + renewEveryMs`.
 *
 * Time is the injected Clock's (epoch ms), so every replica must share a clock (NTP-synced hosts,
 * or the same virtual clock in tests); the TTL should be well above the expected skew.
 * Works on PGlite (one process) and Postgres (several).
 */
import { type Clock, RailpilotError } from "../../core/index.js";
import type { Store } from "../../store/index.js";

export interface LeaseManagerOptions {
  store: Pick<Store, "executeSql">;
  clock: Clock;
  /** This replica's id (stable for its lifetime, unique among replicas). */
  replicaId: string;
  /** How long a lease lasts without renewal. Default 30 s. */
  ttlMs?: number;
  /** How often `run` renews and looks for free leases. Default ttlMs / 3. */
  renewEveryMs?: number;
  /**
   * Share the resources out: hold at most ceil(resources / live replicas) (live = seen within
   * ttlMs). Default true; false takes every free lease.
   */
  balance?: boolean;
  /** Called whenever the set of held resources changes (sorted). */
  onChange?: (held: readonly string[]) => void;
  /** Called when a cycle fails (store unreachable): the leases then lapse on their own. */
  onError?: (error: unknown) => void;
}

export interface LeaseRow {
  resource: string;
  holder: string;
  generation: number;
  acquiredAt: number;
  renewedAt: number;
  expiresAt: number;
}

/** The store refused or failed a lease operation. */
export class LeaseError extends RailpilotError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("LEASE_FAILED", message, {
      ...options,
      hint: "Check that the store (DATABASE_URL) is reachable; leases lapse after their TTL and are taken over.",
    });
  }
}

const num = (v: unknown): number => (typeof v === "number" ? v : Number(v));

function rowOf(r: Record<string, unknown>): LeaseRow {
  return {
    resource: String(r.resource),
    holder: String(r.holder),
    generation: num(r.generation),
    acquiredAt: num(r.acquired_at),
    renewedAt: num(r.renewed_at),
    expiresAt: num(r.expires_at),
  };
}

export class LeaseManager {
  readonly replicaId: string;
  readonly ttlMs: number;
  readonly renewEveryMs: number;
  private readonly held = new Map<string, number>(); // resource → generation
  private readonly options: LeaseManagerOptions;
  private stopped = false;

  constructor(options: LeaseManagerOptions) {
    if (!options.replicaId) throw new TypeError("LeaseManager: replicaId is required");
    this.options = options;
    this.replicaId = options.replicaId;
    this.ttlMs = options.ttlMs ?? 30_000;
    this.renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(this.ttlMs / 3));
    if (this.renewEveryMs >= this.ttlMs) throw new TypeError("LeaseManager: renewEveryMs must be shorter than ttlMs");
  }

  /** The resources this replica holds now (as of its last cycle), sorted. */
  heldResources(): string[] {
    return [...this.held.keys()].sort();
  }

  /** True when this replica holds `resource`. */
  holds(resource: string): boolean {
    return this.held.has(resource);
  }

  private async sql(text: string, values: readonly unknown[]): Promise<Record<string, unknown>[]> {
    try {
      return (await this.options.store.executeSql(text, values)).rows;
    } catch (cause) {
      throw new LeaseError(`lease store operation failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
        cause,
      });
    }
  }

  /**
   * Takes `resource` when it is free, expired, or already ours (then it is renewed). Returns true
   * when this replica holds it afterwards.
   */
  async acquire(resource: string): Promise<boolean> {
    const now = this.options.clock.now();
    const rows = await this.sql(
      `insert into autopilot_leases as l (resource, holder, generation, acquired_at, renewed_at, expires_at)
       values ($1, $2, 1, $3, $3, $4)
       on conflict (resource) do update set
         holder = excluded.holder,
         generation = case when l.holder = excluded.holder then l.generation else l.generation + 1 end,
         acquired_at = case when l.holder = excluded.holder then l.acquired_at else excluded.acquired_at end,
         renewed_at = excluded.renewed_at,
         expires_at = excluded.expires_at
       where l.holder = excluded.holder or l.expires_at <= $3
       returning resource, holder, generation, acquired_at, renewed_at, expires_at`,
      [resource, this.replicaId, now, now + this.ttlMs],
    );
    const row = rows[0];
    if (row && String(row.holder) === this.replicaId) {
      this.held.set(resource, num(row.generation));
      return true;
    }
    this.held.delete(resource);
    return false;
  }

  /** Extends every lease held; drops (and returns) the ones another replica took over meanwhile. */
  async renew(): Promise<string[]> {
    const now = this.options.clock.now();
    const lost: string[] = [];
    for (const [resource, generation] of [...this.held]) {
      const rows = await this.sql(
        `update autopilot_leases set renewed_at = $4, expires_at = $5
         where resource = $1 and holder = $2 and generation = $3
         returning resource`,
        [resource, this.replicaId, generation, now, now + this.ttlMs],
      );
      if (rows.length === 0) {
        this.held.delete(resource);
        lost.push(resource);
      }
    }
    return lost;
  }

  /** Gives `resource` back at once (others may take it on their next cycle). */
  async release(resource: string): Promise<void> {
    const generation = this.held.get(resource);
    this.held.delete(resource);
    if (generation === undefined) return;
    await this.sql(`delete from autopilot_leases where resource = $1 and holder = $2 and generation = $3`, [
      resource,
      this.replicaId,
      generation,
    ]);
  }

  /** Releases every lease and removes this replica's heartbeat. */
  async releaseAll(): Promise<void> {
    this.held.clear();
    await this.sql(`delete from autopilot_leases where holder = $1`, [this.replicaId]);
    await this.sql(`delete from autopilot_replicas where id = $1`, [this.replicaId]);
  }

  /** Every lease row (for status pages and tests). */
  async list(): Promise<LeaseRow[]> {
    return (
      await this.sql(
        `select resource, holder, generation, acquired_at, renewed_at, expires_at from autopilot_leases order by resource`,
        [],
      )
    ).map(rowOf);
  }

  /** Replicas seen within the TTL (this one included once it has had a cycle). */
  async liveReplicas(): Promise<number> {
    const rows = await this.sql(`select count(*) as n from autopilot_replicas where seen_at > $1`, [
      this.options.clock.now() - this.ttlMs,
    ]);
    return Math.max(1, num(rows[0]?.n ?? 1));
  }

  /**
   * One cycle: heartbeat, renew what is held, give back what is above this replica's fair share,
   * take free or expired leases up to it. Returns the held set (sorted).
   */
  async cycle(resources: readonly string[]): Promise<string[]> {
    const before = this.heldResources().join("\n");
    const now = this.options.clock.now();
    await this.sql(
      `insert into autopilot_replicas (id, started_at, seen_at) values ($1, $2, $2)
       on conflict (id) do update set seen_at = excluded.seen_at`,
      [this.replicaId, now],
    );
    await this.renew();
    const wanted = new Set(resources);
    for (const r of this.heldResources()) if (!wanted.has(r)) await this.release(r);
    const share =
      this.options.balance === false ? resources.length : Math.ceil(resources.length / (await this.liveReplicas()));
    const mine = this.heldResources();
    for (const r of mine.slice(share)) await this.release(r);
    if (this.held.size < share) {
      const rows = await this.sql(`select resource, holder, expires_at from autopilot_leases`, []);
      const taken = new Map(
        rows.map((r) => [String(r.resource), { holder: String(r.holder), expiresAt: num(r.expires_at) }]),
      );
      for (const r of resources) {
        if (this.held.size >= share) break;
        if (this.held.has(r)) continue;
        const t = taken.get(r);
        if (t && t.holder !== this.replicaId && t.expiresAt > now) continue;
        await this.acquire(r);
      }
    }
    const after = this.heldResources();
    if (after.join("\n") !== before) this.options.onChange?.(after);
    return after;
  }

  /**
   * Runs cycles every `renewEveryMs` on the Clock until `signal` aborts, then releases every lease
   * (graceful stop). `resources` is read each cycle, so targets may change. A failed cycle is
   * reported to onError and retried on the next tick.
   */
  async run(resources: () => readonly string[], signal: AbortSignal): Promise<void> {
    while (!signal.aborted && !this.stopped) {
      try {
        await this.cycle(resources());
      } catch (error) {
        this.options.onError?.(error);
      }
      try {
        await this.options.clock.sleep(this.renewEveryMs, signal);
      } catch {
        break;
      }
    }
    await this.stop();
  }

  /** Stops renewing and releases everything (idempotent). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const had = this.held.size > 0;
    await this.releaseAll().catch((error: unknown) => this.options.onError?.(error));
    if (had) this.options.onChange?.([]);
  }
}

/** The lease resource of a whole environment. */
export const environmentLease = (environmentId: string): string => `env:${environmentId}`;
/** The environment id of an environment lease resource; undefined for any other resource. */
export const environmentOfLease = (resource: string): string | undefined =>
  resource.startsWith("env:") ? resource.slice("env:".length) : undefined;
/** The lease resource of one service in one environment. */
export const serviceLease = (environmentId: string, serviceId: string): string => `svc:${environmentId}:${serviceId}`;
