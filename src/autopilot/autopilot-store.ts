/**
 * The autopilot's tables (migration 006): decisions, approvals, settings. Works over the store's
 * Kysely instance whatever its Database type; only these tables are touched.
 */
import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { redact } from "../core/index.js";
import type { JsonValue, Json, NullableJson, Timestamp } from "../store/index.js";
import type { DecisionKind, DecisionStatus, DecisionView, WatchedService } from "./contract.js";
import type { Decision, PastDecision } from "./policy/index.js";

export interface AutopilotDecisionsTable {
  id: string;
  cause_key: string;
  kind: string;
  status: string;
  guard: string | null;
  service_id: string;
  environment_id: string;
  service: Json;
  deployment_id: string | null;
  reasons: Json;
  evidence: Json;
  action: NullableJson;
  result: NullableJson;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AutopilotApprovalsTable {
  decision_id: string;
  verdict: "approved" | "rejected";
  by: string;
  reason: string | null;
  at: Timestamp;
}

export interface AutopilotSettingsTable {
  key: string;
  value: Json;
  updated_by: string;
  updated_at: Timestamp;
}

/** Tables of migration 006-autopilot. */
export interface AutopilotTables {
  autopilot_decisions: AutopilotDecisionsTable;
  autopilot_approvals: AutopilotApprovalsTable;
  autopilot_settings: AutopilotSettingsTable;
}

/** A stored decision: the API's view plus what the actor needs. */
export interface StoredDecision extends DecisionView {
  action: Decision["action"] | null;
  result: JsonValue | null;
  updatedAt: string;
}

type Row = {
  id: string;
  cause_key: string;
  kind: string;
  status: string;
  guard: string | null;
  service: JsonValue;
  deployment_id: string | null;
  reasons: JsonValue;
  evidence: JsonValue;
  action: JsonValue | null;
  result: JsonValue | null;
  created_at: Date;
  updated_at: Date;
};

const parse = <T>(v: JsonValue | null): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));
/** JSON text with every secret the process knows replaced. */
const json = (v: unknown): string => redact(JSON.stringify(v ?? null));

function toView(r: Row): StoredDecision {
  return {
    id: r.id,
    at: new Date(r.created_at).toISOString(),
    kind: r.kind as DecisionKind,
    status: r.status as DecisionStatus,
    service: parse<WatchedService>(r.service),
    ...(r.deployment_id ? { deploymentId: r.deployment_id } : {}),
    causeKey: r.cause_key,
    reasons: parse<string[]>(r.reasons),
    evidence: parse<Record<string, unknown>>(r.evidence),
    ...(r.guard ? { guard: r.guard as NonNullable<DecisionView["guard"]> } : {}),
    action: parse<Decision["action"] | null>(r.action),
    result: parse<JsonValue | null>(r.result),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export class AutopilotStore {
  private readonly db: Kysely<AutopilotTables>;

  constructor(db: Kysely<unknown> | Kysely<never> | object) {
    this.db = db as unknown as Kysely<AutopilotTables>;
  }

  /**
   * Records a decision. Returns undefined when a live decision for the same cause exists already
   * (another replica or an earlier run decided it): the cause is then not decided twice.
   */
  async insert(service: WatchedService, d: Decision, at: Date): Promise<StoredDecision | undefined> {
    if (d.status === "suppressed") {
      // A guard held it back: record it once per cause and guard, not on every sweep.
      const last = await this.db
        .selectFrom("autopilot_decisions")
        .select(["guard", "status"])
        .where("cause_key", "=", d.causeKey)
        .orderBy("created_at", "desc")
        .limit(1)
        .executeTakeFirst();
      if (last?.status === "suppressed" && last.guard === (d.guard ?? null)) return undefined;
    }
    const row = await this.db
      .insertInto("autopilot_decisions")
      .values({
        id: `dec_${randomUUID()}`,
        cause_key: d.causeKey,
        kind: d.kind,
        status: d.status,
        guard: d.guard ?? null,
        service_id: service.serviceId,
        environment_id: service.environmentId,
        service: json(service),
        deployment_id: d.deploymentId ?? null,
        reasons: json(d.reasons),
        evidence: json(d.evidence),
        action: d.action ? json(d.action) : null,
        result: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column("cause_key").where("status", "<>", "suppressed").doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? toView(row as Row) : undefined;
  }

  async get(id: string): Promise<StoredDecision | undefined> {
    const row = await this.db.selectFrom("autopilot_decisions").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toView(row as Row) : undefined;
  }

  /** Moves a decision to `status`; with `from`, only when it is in one of those (compare-and-set). */
  async setStatus(
    id: string,
    status: DecisionStatus,
    at: Date,
    options: { from?: DecisionStatus[]; result?: unknown } = {},
  ): Promise<StoredDecision | undefined> {
    let q = this.db
      .updateTable("autopilot_decisions")
      .set({ status, updated_at: at, ...(options.result !== undefined ? { result: json(options.result) } : {}) })
      .where("id", "=", id);
    if (options.from) q = q.where("status", "in", options.from);
    const row = await q.returningAll().executeTakeFirst();
    return row ? toView(row as Row) : undefined;
  }

  async list(
    query: {
      serviceId?: string;
      status?: DecisionStatus | DecisionStatus[];
      kinds?: DecisionKind[];
      limit?: number;
      since?: Date;
    } = {},
  ): Promise<StoredDecision[]> {
    let q = this.db.selectFrom("autopilot_decisions").selectAll();
    if (query.serviceId) q = q.where("service_id", "=", query.serviceId);
    if (query.status) q = q.where("status", "in", Array.isArray(query.status) ? query.status : [query.status]);
    if (query.kinds) q = q.where("kind", "in", query.kinds);
    if (query.since) q = q.where("created_at", ">=", query.since);
    const rows = await q
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(query.limit ?? 100)
      .execute();
    return rows.map((r) => toView(r as Row));
  }

  /** Decisions since `since` as the policy reads them (for history and guards). */
  async past(since: Date): Promise<PastDecision[]> {
    const rows = await this.db
      .selectFrom("autopilot_decisions")
      .select(["kind", "cause_key", "status", "service_id", "deployment_id", "created_at"])
      .where("created_at", ">=", since)
      .orderBy("created_at", "desc")
      .limit(5_000)
      .execute();
    return rows.map((r) => ({
      kind: r.kind as DecisionKind,
      causeKey: r.cause_key,
      status: r.status as DecisionStatus,
      serviceId: r.service_id,
      ...(r.deployment_id ? { deploymentId: r.deployment_id } : {}),
      at: new Date(r.created_at).getTime(),
    }));
  }

  async counts(since: Date): Promise<{
    decisions: number;
    actions: number;
    escalations: number;
    pendingApprovals: number;
    actionsSince: number;
  }> {
    const rows = await this.db
      .selectFrom("autopilot_decisions")
      .select([
        "kind",
        "status",
        sql<number>`count(*)::int`.as("n"),
        sql<number>`count(*) filter (where created_at >= ${since})::int`.as("recent"),
      ])
      .groupBy(["kind", "status"])
      .execute();
    const acting = new Set(["rollback", "restart", "scale_memory"]);
    const acted = new Set(["decided", "approved", "executed", "verified", "failed"]);
    let decisions = 0;
    let actions = 0;
    let escalations = 0;
    let pendingApprovals = 0;
    let actionsSince = 0;
    for (const r of rows) {
      const n = Number(r.n);
      decisions += n;
      if (acting.has(r.kind) && acted.has(r.status)) {
        actions += n;
        actionsSince += Number(r.recent);
      }
      if (r.kind === "escalate") escalations += n;
      if (r.status === "pending_approval") pendingApprovals += n;
    }
    return { decisions, actions, escalations, pendingApprovals, actionsSince };
  }

  async recordApproval(
    decisionId: string,
    verdict: "approved" | "rejected",
    by: string,
    reason: string | undefined,
    at: Date,
  ): Promise<void> {
    await this.db
      .insertInto("autopilot_approvals")
      .values({ decision_id: decisionId, verdict, by, reason: reason ?? null, at })
      .onConflict((oc) => oc.column("decision_id").doNothing())
      .execute();
  }

  async getSetting<T extends JsonValue>(key: string): Promise<T | undefined> {
    const row = await this.db
      .selectFrom("autopilot_settings")
      .select("value")
      .where("key", "=", key)
      .executeTakeFirst();
    return row ? parse<T>(row.value) : undefined;
  }

  async setSetting(key: string, value: JsonValue, by: string, at: Date): Promise<void> {
    await this.db
      .insertInto("autopilot_settings")
      .values({ key, value: JSON.stringify(value), updated_by: by, updated_at: at })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({ value: JSON.stringify(value), updated_by: by, updated_at: at }),
      )
      .execute();
  }
}
