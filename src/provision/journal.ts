import type { Kysely } from "kysely";
import type { PlanStep } from "./planner.js";
import { holderIsGone, type LockHolder } from "./run-lock.js";

/**
 * The journal of applies: which steps ran, what each created (ids only, never values), and
 * how it ended. A crashed apply is found again by stack + environment and resumed; a failed
 * one is compensated from the `created` lists, newest first.
 */
export type RunStatus = "running" | "succeeded" | "failed" | "compensated";
export type StepStatus = "started" | "done" | "failed" | "compensated" | "compensation-failed";

export type CreatedType =
  | "project"
  | "environment"
  | "service"
  | "volume"
  | "service-domain"
  | "custom-domain"
  | "variable"
  | "shared-variable";

export interface CreatedResource {
  type: CreatedType;
  /** Railway id, or the variable name for variables; "" while `pending`. */
  id: string;
  /** For variables: the service they belong to. */
  serviceId?: string;
  name?: string;
  /**
   * Set while Railway's answer is not known: the create was sent and no id came back yet (a
   * template still deploying, a timeout, a dropped connection). Compensation (and a resumed
   * step) find the resource with this lookup instead of by id.
   */
  pending?: PendingLookup;
}

/** How to find a resource whose create may or may not have happened. */
export interface PendingLookup {
  workspaceId?: string;
  projectId?: string;
  environmentId?: string;
  serviceId?: string;
  /** Names the resource may carry (project, environment, service). */
  names?: string[];
  /** A database template's service: it may also carry the template's own name (`postgres`, `Postgres-2`). */
  engine?: string;
  /** Ids that existed before the create was sent: never this run's. */
  excludeIds?: string[];
  mountPath?: string;
  domain?: string;
  targetPort?: number;
  /** The template deploy's workflow, once Railway returned it. */
  workflowId?: string;
}

/** What existed when a run began; a resumed run adopts as its own only what is not in here. */
export interface RunStart {
  /** The stack's project when the run began (absent: the run creates it). */
  projectId?: string;
  environmentId?: string;
  /** Every service of the project when the run began. */
  serviceIds: string[];
}

export interface JournalRun {
  id: string;
  stack: string;
  environment: string;
  instance: string | null;
  status: RunStatus;
  specDigest: string;
  fingerprint: string;
  steps: PlanStep[];
  error: string | null;
  startedAt: number;
  finishedAt: number | null;
  /** Absent on runs journaled before it was recorded: such a run adopts nothing as its own. */
  start?: RunStart;
}

export interface JournalStep {
  runId: string;
  stepId: string;
  seq: number;
  kind: string;
  status: StepStatus;
  created: CreatedResource[];
  error: string | null;
  startedAt: number;
  finishedAt: number | null;
}

export interface ProvisionJournal {
  /** The newest run of this stack that never finished (the process died), if any. */
  findOpenRun(stack: string, environment: string): Promise<JournalRun | undefined>;
  createRun(run: JournalRun): Promise<void>;
  finishRun(runId: string, status: RunStatus, error: string | null, at: number): Promise<void>;
  steps(runId: string): Promise<JournalStep[]>;
  /** Records a step as started (upsert: a resumed step keeps its first start time). */
  stepStarted(runId: string, stepId: string, seq: number, kind: string, at: number): Promise<void>;
  stepFinished(
    runId: string,
    stepId: string,
    status: StepStatus,
    created: CreatedResource[],
    error: string | null,
    at: number,
  ): Promise<void>;
  /** Replaces what a started step created so far (written before and after each create). */
  stepProgress(runId: string, stepId: string, created: CreatedResource[]): Promise<void>;
  runs(filter?: { stack?: string; limit?: number }): Promise<JournalRun[]>;
  /**
   * Takes (or renews) the stack's run lock for `lock.runId`, atomically: free, lapsed, or held by
   * the same run (a resume) → taken, returns undefined; else returns who holds it.
   */
  acquireLock(stack: string, environment: string, lock: LockRequest): Promise<LockHolder | undefined>;
  /** Releases the lock if `runId` holds it. */
  releaseLock(stack: string, environment: string, runId: string): Promise<void>;
  /** The run of this id, if journaled. */
  run(runId: string): Promise<JournalRun | undefined>;
}

export interface LockRequest {
  runId: string;
  /** `host:pid` (for the other run's message). */
  holder: string;
  now: number;
  ttlMs: number;
}

/** In-memory journal, for the library, benchmarks and unit tests. */
export class MemoryJournal implements ProvisionJournal {
  private readonly runRows = new Map<string, JournalRun>();
  private readonly stepRows = new Map<string, JournalStep[]>();
  private readonly locks = new Map<string, LockHolder & { holder: string }>();

  async acquireLock(stack: string, environment: string, lock: LockRequest): Promise<LockHolder | undefined> {
    const key = `${stack}\u0000${environment}`;
    const held = this.locks.get(key);
    if (held && held.runId !== lock.runId && held.expiresAt > lock.now) return { ...held };
    this.locks.set(key, { runId: lock.runId, holder: lock.holder, expiresAt: lock.now + lock.ttlMs });
    return undefined;
  }
  async releaseLock(stack: string, environment: string, runId: string): Promise<void> {
    const key = `${stack}\u0000${environment}`;
    if (this.locks.get(key)?.runId === runId) this.locks.delete(key);
  }
  async run(runId: string): Promise<JournalRun | undefined> {
    const run = this.runRows.get(runId);
    return run ? structuredClone(run) : undefined;
  }

  async findOpenRun(stack: string, environment: string): Promise<JournalRun | undefined> {
    return [...this.runRows.values()]
      .filter((r) => r.stack === stack && r.environment === environment && r.status === "running")
      .sort((a, b) => b.startedAt - a.startedAt)[0];
  }
  async createRun(run: JournalRun): Promise<void> {
    this.runRows.set(run.id, structuredClone(run));
    this.stepRows.set(run.id, []);
  }
  async finishRun(runId: string, status: RunStatus, error: string | null, at: number): Promise<void> {
    const run = this.runRows.get(runId);
    if (run) Object.assign(run, { status, error, finishedAt: at });
  }
  async steps(runId: string): Promise<JournalStep[]> {
    return structuredClone(this.stepRows.get(runId) ?? []);
  }
  async stepStarted(runId: string, stepId: string, seq: number, kind: string, at: number): Promise<void> {
    const rows = this.stepRows.get(runId) ?? [];
    const existing = rows.find((s) => s.stepId === stepId);
    if (existing) Object.assign(existing, { status: "started", error: null });
    else
      rows.push({
        runId,
        stepId,
        seq,
        kind,
        status: "started",
        created: [],
        error: null,
        startedAt: at,
        finishedAt: null,
      });
    this.stepRows.set(runId, rows);
  }
  async stepFinished(
    runId: string,
    stepId: string,
    status: StepStatus,
    created: CreatedResource[],
    error: string | null,
    at: number,
  ): Promise<void> {
    const step = this.stepRows.get(runId)?.find((s) => s.stepId === stepId);
    if (step) Object.assign(step, { status, created: structuredClone(created), error, finishedAt: at });
  }
  async stepProgress(runId: string, stepId: string, created: CreatedResource[]): Promise<void> {
    const step = this.stepRows.get(runId)?.find((s) => s.stepId === stepId);
    if (step) step.created = structuredClone(created);
  }
  async runs(filter: { stack?: string; limit?: number } = {}): Promise<JournalRun[]> {
    return [...this.runRows.values()]
      .filter((r) => filter.stack === undefined || r.stack === filter.stack)
      .sort((a, b) => b.startedAt - a.startedAt)
      .slice(0, filter.limit ?? 50)
      .map((r) => structuredClone(r));
  }
}

interface ProvisionTables {
  provision_locks: {
    stack: string;
    environment: string;
    run_id: string;
    holder: string;
    acquired_at: number | string;
    expires_at: number | string;
  };
  provision_runs: {
    id: string;
    stack: string;
    environment: string;
    instance: string | null;
    status: string;
    spec_digest: string;
    fingerprint: string;
    plan: string;
    error: string | null;
    started_at: number | string;
    finished_at: number | string | null;
  };
  provision_steps: {
    run_id: string;
    step_id: string;
    seq: number;
    kind: string;
    status: string;
    created: string;
    error: string | null;
    started_at: number | string;
    finished_at: number | string | null;
  };
}

/** The journal in the store (tables from migration 003-provision). */
export class StoreJournal implements ProvisionJournal {
  private readonly db: Kysely<ProvisionTables>;

  private constructor(db: Kysely<ProvisionTables>) {
    this.db = db;
  }

  /** Over the store's Kysely instance (any Database type); only the provision tables are touched. */
  static over<DB>(db: Kysely<DB>): StoreJournal {
    return new StoreJournal(db as unknown as Kysely<ProvisionTables>);
  }

  async acquireLock(stack: string, environment: string, lock: LockRequest): Promise<LockHolder | undefined> {
    const expires = lock.now + lock.ttlMs;
    const taken = await this.db
      .insertInto("provision_locks")
      .values({
        stack,
        environment,
        run_id: lock.runId,
        holder: lock.holder,
        acquired_at: lock.now,
        expires_at: expires,
      })
      .onConflict((oc) =>
        oc
          .columns(["stack", "environment"])
          .doUpdateSet({ run_id: lock.runId, holder: lock.holder, acquired_at: lock.now, expires_at: expires })
          .where((eb) =>
            eb.or([
              eb("provision_locks.expires_at", "<=", lock.now),
              eb.and([eb("provision_locks.run_id", "=", lock.runId), eb("provision_locks.holder", "=", lock.holder)]),
            ]),
          ),
      )
      .returning("run_id")
      .executeTakeFirst();
    if (taken) return undefined;
    const row = await this.db
      .selectFrom("provision_locks")
      .selectAll()
      .where("stack", "=", stack)
      .where("environment", "=", environment)
      .executeTakeFirst();
    // Released between the two statements: try once more.
    if (!row) return this.acquireLock(stack, environment, lock);
    // The same run, held by a process of this host that has died: resuming it is this process's
    // job. Held by a live process (a concurrent apply that found the same open run), it is not.
    if (row.run_id === lock.runId && holderIsGone(row.holder)) {
      const resumed = await this.db
        .updateTable("provision_locks")
        .set({ holder: lock.holder, acquired_at: lock.now, expires_at: expires })
        .where("stack", "=", stack)
        .where("environment", "=", environment)
        .where("run_id", "=", lock.runId)
        .where("holder", "=", row.holder)
        .returning("run_id")
        .executeTakeFirst();
      if (resumed) return undefined;
      return this.acquireLock(stack, environment, lock);
    }
    return { runId: row.run_id, holder: row.holder, expiresAt: Number(row.expires_at) };
  }

  async releaseLock(stack: string, environment: string, runId: string): Promise<void> {
    await this.db
      .deleteFrom("provision_locks")
      .where("stack", "=", stack)
      .where("environment", "=", environment)
      .where("run_id", "=", runId)
      .execute();
  }

  async run(runId: string): Promise<JournalRun | undefined> {
    const row = await this.db.selectFrom("provision_runs").selectAll().where("id", "=", runId).executeTakeFirst();
    return row ? toRun(row) : undefined;
  }

  async findOpenRun(stack: string, environment: string): Promise<JournalRun | undefined> {
    const row = await this.db
      .selectFrom("provision_runs")
      .selectAll()
      .where("stack", "=", stack)
      .where("environment", "=", environment)
      .where("status", "=", "running")
      .orderBy("started_at", "desc")
      .executeTakeFirst();
    return row ? toRun(row) : undefined;
  }

  async createRun(run: JournalRun): Promise<void> {
    await this.db
      .insertInto("provision_runs")
      .values({
        id: run.id,
        stack: run.stack,
        environment: run.environment,
        instance: run.instance,
        status: run.status,
        spec_digest: run.specDigest,
        fingerprint: run.fingerprint,
        // The plan column holds the steps and, since it was recorded, the run's start snapshot.
        plan: JSON.stringify(run.start ? { steps: run.steps, start: run.start } : run.steps),
        error: run.error,
        started_at: run.startedAt,
        finished_at: run.finishedAt,
      })
      .execute();
  }

  async finishRun(runId: string, status: RunStatus, error: string | null, at: number): Promise<void> {
    await this.db
      .updateTable("provision_runs")
      .set({ status, error, finished_at: at })
      .where("id", "=", runId)
      .execute();
  }

  async steps(runId: string): Promise<JournalStep[]> {
    const rows = await this.db
      .selectFrom("provision_steps")
      .selectAll()
      .where("run_id", "=", runId)
      .orderBy("seq")
      .execute();
    return rows.map((r) => ({
      runId: r.run_id,
      stepId: r.step_id,
      seq: r.seq,
      kind: r.kind,
      status: r.status as StepStatus,
      created: JSON.parse(r.created) as CreatedResource[],
      error: r.error,
      startedAt: Number(r.started_at),
      finishedAt: r.finished_at === null ? null : Number(r.finished_at),
    }));
  }

  async stepStarted(runId: string, stepId: string, seq: number, kind: string, at: number): Promise<void> {
    await this.db
      .insertInto("provision_steps")
      .values({
        run_id: runId,
        step_id: stepId,
        seq,
        kind,
        status: "started",
        created: "[]",
        error: null,
        started_at: at,
        finished_at: null,
      })
      .onConflict((oc) => oc.columns(["run_id", "step_id"]).doUpdateSet({ status: "started", error: null }))
      .execute();
  }

  async stepFinished(
    runId: string,
    stepId: string,
    status: StepStatus,
    created: CreatedResource[],
    error: string | null,
    at: number,
  ): Promise<void> {
    await this.db
      .updateTable("provision_steps")
      .set({ status, created: JSON.stringify(created), error, finished_at: at })
      .where("run_id", "=", runId)
      .where("step_id", "=", stepId)
      .execute();
  }

  async stepProgress(runId: string, stepId: string, created: CreatedResource[]): Promise<void> {
    await this.db
      .updateTable("provision_steps")
      .set({ created: JSON.stringify(created) })
      .where("run_id", "=", runId)
      .where("step_id", "=", stepId)
      .execute();
  }

  async runs(filter: { stack?: string; limit?: number } = {}): Promise<JournalRun[]> {
    let q = this.db
      .selectFrom("provision_runs")
      .selectAll()
      .orderBy("started_at", "desc")
      .limit(filter.limit ?? 50);
    if (filter.stack !== undefined) q = q.where("stack", "=", filter.stack);
    return (await q.execute()).map(toRun);
  }
}

function toRun(row: ProvisionTables["provision_runs"]): JournalRun {
  const plan = JSON.parse(row.plan) as PlanStep[] | { steps: PlanStep[]; start: RunStart };
  return {
    id: row.id,
    stack: row.stack,
    environment: row.environment,
    instance: row.instance,
    status: row.status as RunStatus,
    specDigest: row.spec_digest,
    fingerprint: row.fingerprint,
    steps: Array.isArray(plan) ? plan : plan.steps,
    error: row.error,
    startedAt: Number(row.started_at),
    finishedAt: row.finished_at === null ? null : Number(row.finished_at),
    ...(Array.isArray(plan) ? {} : { start: plan.start }),
  };
}
