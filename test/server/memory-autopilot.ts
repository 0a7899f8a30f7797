/**
 * A small in-memory AutopilotApi for the HTTP API's tests: real state (approvals move, the kill
 * switch sticks, events reach subscribers), no Railway behind it.
 */
import type {
  ActionView,
  AutopilotApi,
  AutopilotEvent,
  AutopilotStatus,
  DecisionView,
  PatternView,
  WatchedService,
} from "../../src/autopilot/contract.js";
import { RailpilotError } from "../../src/core/index.js";

export const web: WatchedService = {
  projectId: "p1",
  environmentId: "e1",
  environmentName: "production",
  serviceId: "s-web",
  serviceName: "web",
};

export class MemoryAutopilot implements AutopilotApi {
  killSwitch = false;
  decisionList: DecisionView[] = [];
  actionList: ActionView[] = [];
  patternList: PatternView[] = [];
  webhooks: unknown[] = [];
  scans = 0;
  private listeners = new Set<(e: AutopilotEvent) => void>();

  constructor(private readonly now: () => string = () => "2026-12-04T12:00:00.000Z") {}

  emit(event: AutopilotEvent): void {
    for (const l of this.listeners) l(event);
  }

  addDecision(d: Partial<DecisionView> & { id: string }): DecisionView {
    const decision: DecisionView = {
      at: this.now(),
      kind: "rollback",
      status: "decided",
      service: web,
      causeKey: `cause-${d.id}`,
      reasons: ["crashed after go-live"],
      evidence: {},
      ...d,
    };
    this.decisionList.unshift(decision);
    this.emit({ type: "decision", decision });
    return decision;
  }

  async status(): Promise<AutopilotStatus> {
    return {
      enabled: true,
      dryRun: false,
      killSwitch: this.killSwitch,
      approvalMode: true,
      intervalSeconds: 300,
      lastScanAt: this.scans > 0 ? this.now() : null,
      lastSweepAt: "2026-12-04T11:59:30.000Z",
      watching: { environments: 1, services: 1 },
      counts: {
        decisions: this.decisionList.length,
        actions: this.actionList.length,
        escalations: 0,
        pendingApprovals: this.decisionList.filter((d) => d.status === "pending_approval").length,
      },
      budget: { limitPerHour: 1000, spentLastHour: 42, remaining: 958 },
      replicaId: "test-replica",
    };
  }
  /** Services besides web (svc-001, svc-002, …), to exercise pagination. */
  extraServices = 0;
  async services() {
    const extra = Array.from({ length: this.extraServices }, (_, i) => {
      const n = String(i + 1).padStart(3, "0");
      return { ...web, serviceId: `s-${n}`, serviceName: `svc-${n}`, state: "unknown" as const };
    });
    return [{ ...web, state: "healthy" as const }, ...extra];
  }
  async deployments() {
    return [
      {
        id: "d1",
        serviceId: web.serviceId,
        environmentId: web.environmentId,
        status: "SUCCESS",
        createdAt: this.now(),
      },
    ];
  }
  async decisions(query: { serviceId?: string; status?: DecisionView["status"]; limit?: number } = {}) {
    return this.decisionList
      .filter(
        (d) =>
          (!query.serviceId || d.service.serviceId === query.serviceId) && (!query.status || d.status === query.status),
      )
      .slice(0, query.limit ?? 100);
  }
  async actions(query: { serviceId?: string; limit?: number } = {}) {
    return this.actionList
      .filter((a) => !query.serviceId || a.serviceId === query.serviceId)
      .slice(0, query.limit ?? 100);
  }
  async patterns() {
    return this.patternList;
  }
  async approvals() {
    return this.decisionList.filter((d) => d.status === "pending_approval");
  }
  private pending(id: string): DecisionView {
    const d = this.decisionList.find((x) => x.id === id);
    if (!d) throw new RailpilotError("DECISION_NOT_FOUND", `no decision ${id}`);
    if (d.status !== "pending_approval")
      throw new RailpilotError("DECISION_CONFLICT", `decision ${id} is ${d.status}, not waiting for approval`);
    return d;
  }
  async approve(id: string, by: string) {
    const d = this.pending(id);
    d.status = "approved";
    d.evidence = { ...d.evidence, approvedBy: by };
    const action: ActionView = {
      id: `a-${id}`,
      kind: "rollback",
      serviceId: d.service.serviceId,
      deploymentId: d.deploymentId ?? null,
      decision: id,
      status: "sent",
      reason: d.reasons[0] ?? "",
      at: this.now(),
    };
    this.actionList.unshift(action);
    this.emit({ type: "action", action });
    return d;
  }
  async reject(id: string, by: string, reason?: string) {
    const d = this.pending(id);
    d.status = "rejected";
    d.evidence = { ...d.evidence, rejectedBy: by, reason };
    return d;
  }
  async setKillSwitch(on: boolean) {
    this.killSwitch = on;
    return this.status();
  }
  async scanNow() {
    this.scans++;
    const decision = this.addDecision({
      id: `scan-${this.scans}`,
      kind: "none",
      status: "decided",
      reasons: ["all healthy"],
    });
    return { at: this.now(), observations: 3, decisions: [decision] };
  }
  async receiveWebhook(body: unknown) {
    if (typeof body !== "object" || body === null || typeof (body as { type?: unknown }).type !== "string")
      return { accepted: false as const, reason: "not a Railway webhook (no type)" };
    this.webhooks.push(body);
    return { accepted: true as const };
  }
  subscribe(listener: (event: AutopilotEvent) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
