/**
 * The autopilot engine: receives observations (it is the observers' sink), keeps per-service
 * state, asks the pure policy what to do, records every decision and an audit row per
 * observation → decision → action → result, carries actions out idempotently through the action
 * ledger (keyed by the decision's cause), verifies each action afterwards and escalates when it
 * did not help. Implements `AutopilotApi` for everything except what observers provide.
 */
import { type Clock, formatDuration, RailpilotError, redact, redactedMessage } from "../../core/index.js";
import {
  type HealthOptions,
  ledgerRollbackGuard,
  performRollback,
  RailwayDeployApi,
  type ResolveEntry,
} from "../../deploy/index.js";
import type { RailwayClient } from "../../railway/index.js";
import { claimAction, completeAction, failAction, type JsonValue, recordAudit, type Store } from "../../store/index.js";
import { RailwayActions } from "../actors/railway-actions.js";
import type { PolicyKnobs, ResolvedAutopilotConfig } from "../autopilot-config.js";
import { AutopilotStore, type StoredDecision } from "../autopilot-store.js";
import type {
  ActionView,
  AutopilotApi,
  AutopilotEvent,
  AutopilotStatus,
  DecisionStatus,
  DecisionView,
  Observation,
  ObservationSink,
  ObservedDeployment,
  Observer,
  PatternView,
  ScanResult,
  ServiceView,
  WatchedService,
  WebhookReceipt,
} from "../contract.js";
import { ACTING_KINDS, type DependencyState, decide, type ServiceReferences } from "../policy/index.js";

export class AutopilotEngineError extends RailpilotError {
  constructor(code: "DECISION_NOT_FOUND" | "DECISION_NOT_PENDING", message: string, hint: string) {
    super(code, message, { hint });
  }
}

export interface AutopilotEngineOptions {
  store: Store;
  clock: Clock;
  /** The Railway client actions and look-ups go through. */
  client: RailwayClient;
  config: ResolvedAutopilotConfig;
  /** The services watched (more can be added with `watch`). */
  services?: WatchedService[];
  /** Raw variables per service, for the dependency graph. Default: read from Railway when a dependency matters. */
  references?: ServiceReferences[];
  observers?: Observer[];
  /** The observe side's webhook receiver (validates, turns a body into observations). */
  webhookHandler?: (body: unknown) => Promise<WebhookReceipt>;
  /** The observe side's pattern view. */
  patterns?: (query?: { serviceId?: string; limit?: number }) => Promise<PatternView[]>;
  /** Like curl --resolve, for the health probes that verify an action. */
  resolve?: readonly ResolveEntry[];
  /** Probes after an action, per service; undefined: the service's config (path, interval), 3 probes. */
  verifyHealth?: (service: WatchedService) => HealthOptions | undefined;
  /** Longest an action (including its verification) may take. Default 15 min. */
  actionTimeoutMs?: number;
  /** How long a restarted or redeployed deployment must stay SUCCESS to count as fixed. Default 60 s. */
  verifyStableMs?: number;
  /** Poll interval while verifying. Default 5 s. */
  pollIntervalMs?: number;
  /** Per-request timeout for Railway calls, ms. Default: the client's. */
  requestTimeoutMs?: number;
  replicaId?: string;
  /**
   * Whether this replica acts on an environment now (its lease). start() resumes only the
   * unfinished actions of environments it owns; the others are resumed by `resume()` once their
   * lease comes to it. Default: every environment.
   */
  owns?: (environmentId: string) => boolean;
  /** Diagnostic lines (already free of secrets). */
  log?: (line: string) => void;
}

export interface AutopilotEngine extends AutopilotApi {
  /** Where observers send what they see. */
  readonly sink: ObservationSink;
  /** Loads persisted settings and resumes decided actions not yet finished (after a restart). */
  start(): Promise<void>;
  /** Stops acting: aborts in-flight actions (their ledger claims stay, for the next start to resume). */
  stop(): Promise<void>;
  /**
   * Resumes the decided but unfinished actions of these environments: the lease of a replica that
   * died mid-action came to this one. The action ledger makes sure nothing already sent is sent again.
   */
  resume(environmentIds: readonly string[]): Promise<void>;
  /** Resolves once every observation received so far is processed and every action settled. */
  idle(): Promise<void>;
  /** Adds services to watch. */
  watch(services: readonly WatchedService[]): void;
  /** Processes one observation now (what the sink does, awaited). */
  observe(observation: Observation): Promise<DecisionView[]>;
}

interface ServiceState {
  service: WatchedService;
  deployments: Map<string, ObservedDeployment>;
  wentLive: Set<string>;
  logs: Record<string, { phase: "build" | "runtime"; lines: string[] }>;
  memoryLimitGb?: number;
  lastObservationAt?: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ACTOR = "autopilot";

export function createAutopilotEngine(options: AutopilotEngineOptions): AutopilotEngine {
  const { clock, config } = options;
  const db = options.store.db;
  const decisions = new AutopilotStore(db);
  const railway = new RailwayActions(options.client);
  const deployApi = new RailwayDeployApi(options.client);
  const replicaId = options.replicaId ?? "replica-1";
  const log = options.log ?? (() => {});
  const call = () => ({
    signal: controller.signal,
    ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
  });
  const listeners = new Set<(event: AutopilotEvent) => void>();
  const states = new Map<string, ServiceState>();
  const dependencyHealth = new Map<string, DependencyState>();
  let references: ServiceReferences[] | undefined = options.references;
  let killSwitch = config.policy.killSwitch;
  let controller = new AbortController();
  let queue: Promise<unknown> = Promise.resolve();
  const inflight = new Map<string, Promise<void>>();
  let lastScanAt: string | null = null;
  let lastSweepAt: string | null = null;

  const now = () => new Date(clock.now());
  const emit = (event: AutopilotEvent) => {
    for (const l of listeners) {
      try {
        l(event);
      } catch {
        // A listener's failure is its own.
      }
    }
  };
  const audit = (kind: string, target: string, detail: Record<string, unknown>) =>
    recordAudit(db, {
      actor: ACTOR,
      kind,
      target,
      detail: JSON.parse(redact(JSON.stringify(detail))) as JsonValue,
      at: now(),
    }).catch((e: unknown) => log(`audit write failed: ${redactedMessage(e)}`));

  const stateOf = (service: WatchedService): ServiceState => {
    let s = states.get(service.serviceId);
    if (!s) {
      s = { service, deployments: new Map(), wentLive: new Set(), logs: {} };
      states.set(service.serviceId, s);
    }
    return s;
  };
  for (const s of options.services ?? []) stateOf(s);

  const knobs = (): PolicyKnobs => ({ ...config.policy, killSwitch: killSwitch || config.policy.killSwitch });

  function remember(state: ServiceState, d: ObservedDeployment): void {
    state.deployments.set(d.id, { ...state.deployments.get(d.id), ...d });
    if (d.status === "SUCCESS" || d.status === "SLEEPING") state.wentLive.add(d.id);
  }

  function update(o: Observation): ServiceState {
    const state = stateOf(o.service);
    state.lastObservationAt = o.at;
    switch (o.kind) {
      case "deployment":
        if (o.previous) {
          if (o.previous.id === o.deployment.id) {
            if (o.previous.status === "SUCCESS") state.wentLive.add(o.deployment.id);
          } else remember(state, o.previous);
        }
        remember(state, o.deployment);
        if (o.source === "sweep") lastSweepAt = o.at;
        break;
      case "logs":
        if (o.deploymentId) state.logs[o.deploymentId] = { phase: o.phase, lines: o.lines.slice(-500) };
        break;
      case "memory":
        state.memoryLimitGb = o.limitGb;
        break;
      case "dependency":
        dependencyHealth.set(o.dependency.serviceName, {
          service: o.dependency,
          healthy: o.healthy,
          detail: o.detail,
          checkedAt: Date.parse(o.at),
        });
        stateOf(o.dependency);
        break;
      default:
        break;
    }
    return state;
  }

  /** Before deciding on a crash or failed build: the logs and the earlier deployments, when not known yet. */
  async function enrich(o: Observation, state: ServiceState): Promise<void> {
    if (o.kind !== "deployment") return;
    const d = o.deployment;
    if (d.status !== "CRASHED" && d.status !== "FAILED") return;
    if (!state.logs[d.id]) {
      const phase = d.status === "FAILED" ? "build" : "runtime";
      try {
        state.logs[d.id] = { phase, lines: (await railway.logs(d.id, phase, 200, call())).map((l) => redact(l)) };
      } catch (e) {
        log(`could not read the ${phase} logs of ${d.id}: ${redactedMessage(e)}`);
      }
    }
    // What else is (still) live decides between "crashed before going live" and "after": what
    // we saw earlier may be stale (a replaced deployment is REMOVED now), so look once.
    try {
      for (const x of await railway.deployments(state.service.serviceId, state.service.environmentId, 10, call())) {
        if (x.id !== d.id) remember(state, x);
      }
    } catch (e) {
      log(`could not list the deployments of ${state.service.serviceName}: ${redactedMessage(e)}`);
    }
  }

  async function referencesFor(): Promise<ServiceReferences[]> {
    if (references) return references;
    const out: ServiceReferences[] = [];
    for (const s of states.values()) {
      try {
        out.push({
          serviceName: s.service.serviceName,
          variables: await railway.rawVariables(
            s.service.projectId,
            s.service.environmentId,
            s.service.serviceId,
            call(),
          ),
        });
      } catch (e) {
        log(`could not read the variables of ${s.service.serviceName}: ${redactedMessage(e)}`);
      }
    }
    references = out;
    return out;
  }

  function dependencies(service: WatchedService): DependencyState[] {
    return [...states.values()]
      .filter((s) => s.service.serviceId !== service.serviceId && s.service.environmentId === service.environmentId)
      .map((s) => dependencyHealth.get(s.service.serviceName) ?? { service: s.service });
  }

  async function process(o: Observation): Promise<DecisionView[]> {
    const state = update(o);
    emit({ type: "observation", observation: o });
    await enrich(o, state);
    // The dependency graph matters for a crash, and before acting on errors or failed probes of a live deployment.
    const crashNeedsGraph =
      (o.kind === "deployment" && o.deployment.status === "CRASHED") ||
      o.kind === "error-rate" ||
      (o.kind === "health" && o.result === "failed");
    const input = {
      now: clock.now(),
      service: state.service,
      observations: [o],
      deployments: [...state.deployments.values()],
      wentLive: [...state.wentLive],
      logs: state.logs,
      decisions: await decisions.past(new Date(clock.now() - DAY)),
      ...(state.memoryLimitGb !== undefined ? { memoryLimitGb: state.memoryLimitGb } : {}),
      ...(crashNeedsGraph || o.kind === "dependency"
        ? { references: await referencesFor() }
        : references
          ? { references }
          : {}),
      dependencies: dependencies(state.service),
      knobs: knobs(),
    };
    const out: DecisionView[] = [];
    const decided = decide(input);
    // Routine observations (a healthy sweep) leave no audit row; one that leads to a decision does.
    if (decided.length > 0) await audit("observation", o.service.serviceId, { observation: o });
    for (const d of decided) {
      const stored = await decisions.insert(state.service, d, now());
      if (!stored) continue;
      out.push(stored);
      emit({ type: "decision", decision: stored });
      await audit("decision", state.service.serviceId, {
        decisionId: stored.id,
        kind: stored.kind,
        status: stored.status,
        causeKey: stored.causeKey,
        reasons: stored.reasons,
        evidence: stored.evidence,
        ...(stored.guard ? { guard: stored.guard } : {}),
        observation: { kind: o.kind, at: o.at, source: o.source },
      });
      if (stored.status === "decided" && (ACTING_KINDS.has(stored.kind) || stored.kind === "check_dependency"))
        schedule(stored);
    }
    return out;
  }

  async function resumeWhere(wanted: (environmentId: string) => boolean): Promise<void> {
    const open = await decisions.list({
      status: ["decided", "approved", "executed"],
      kinds: ["rollback", "restart", "scale_memory", "check_dependency"],
      limit: 500,
    });
    for (const d of open) {
      if (!wanted(d.service.environmentId) || inflight.has(d.id)) continue;
      stateOf(d.service);
      await audit("resume", d.service.serviceId, { decisionId: d.id, causeKey: d.causeKey, status: d.status });
      schedule(d);
    }
  }

  function schedule(d: StoredDecision): void {
    if (inflight.has(d.id)) return;
    const run = act(d)
      .catch((e: unknown) => log(`action for ${d.causeKey} ended with an error: ${redactedMessage(e)}`))
      .finally(() => inflight.delete(d.id));
    inflight.set(d.id, run);
  }

  /** A decision moved on (executed, verified, failed): its action, and the decision as it is now (escalation follows it). */
  function emitUpdate(updated: StoredDecision): void {
    emit({ type: "action", action: toAction(updated) });
    emit({ type: "decision", decision: publicView(updated) });
  }

  async function settle(d: StoredDecision, status: DecisionStatus, result: Record<string, unknown>): Promise<void> {
    const updated = await decisions.setStatus(d.id, status, now(), { result });
    await audit("result", d.service.serviceId, { decisionId: d.id, causeKey: d.causeKey, status, result });
    if (updated) emitUpdate(updated);
    if (status === "failed" && ACTING_KINDS.has(d.kind)) {
      const reason = typeof result.reason === "string" ? result.reason : "it did not verify";
      const esc = await decisions.insert(
        d.service,
        {
          kind: "escalate",
          status: "decided",
          causeKey: `escalate:unverified:${d.causeKey}`,
          ...(d.deploymentId ? { deploymentId: d.deploymentId } : {}),
          reasons: [
            `The ${d.kind.replace("_", " ")} for ${d.service.serviceName} did not fix it: ${reason}.`,
            "The autopilot does not try again on its own: a person must look.",
          ],
          evidence: { decisionId: d.id, causeKey: d.causeKey, result },
        },
        now(),
      );
      if (esc) {
        emit({ type: "decision", decision: esc });
        await audit("decision", d.service.serviceId, {
          decisionId: esc.id,
          kind: esc.kind,
          status: esc.status,
          causeKey: esc.causeKey,
          reasons: esc.reasons,
        });
      }
    }
  }

  async function markExecuted(d: StoredDecision, detail: Record<string, unknown>): Promise<void> {
    const updated = await decisions.setStatus(d.id, "executed", now(), {
      from: ["decided", "approved"],
      result: detail,
    });
    await audit("action", d.service.serviceId, { decisionId: d.id, kind: d.kind, causeKey: d.causeKey, ...detail });
    if (updated) emitUpdate(updated);
  }

  async function act(d: StoredDecision): Promise<void> {
    const signal = controller.signal;
    if (signal.aborted) return;
    try {
      switch (d.kind) {
        case "rollback":
          return await rollback(d, signal);
        case "restart":
          return await restart(d, signal);
        case "scale_memory":
          return await scale(d, signal);
        case "check_dependency":
          return await checkDependency(d);
        default:
          return;
      }
    } catch (e) {
      if (signal.aborted) return; // stopping: the claim stays for the next start to resume.
      await settle(d, "failed", { reason: redactedMessage(e) });
    }
  }

  const verifyHealth = (service: WatchedService): HealthOptions => {
    const own = options.verifyHealth?.(service);
    if (own) return own;
    const hc = config.health[service.serviceName] ?? config.health["*"];
    return {
      ...(hc?.path ? { path: hc.path } : {}),
      checks: 3,
      intervalMs: hc?.intervalMs ?? 10_000,
      timeoutMs: hc?.timeoutMs ?? 5_000,
      resolve: options.resolve ?? [],
    };
  };

  async function rollback(d: StoredDecision, signal: AbortSignal): Promise<void> {
    if (!d.deploymentId) return settle(d, "failed", { reason: "no deployment to roll back from" });
    let executed = false;
    const summary = await performRollback({
      api: deployApi,
      clock,
      serviceId: d.service.serviceId,
      environmentId: d.service.environmentId,
      projectId: d.service.projectId,
      failedDeploymentId: d.deploymentId,
      guard: ledgerRollbackGuard(db, clock),
      health: verifyHealth(d.service),
      timeoutMs: options.actionTimeoutMs ?? 15 * 60_000,
      ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
      signal,
      onEvent: (event) => {
        if (
          event.kind === "rollback" &&
          !executed &&
          /^(rolling back to|following rollback deployment)/.test(event.message)
        ) {
          executed = true;
          void markExecuted(d, { message: event.message });
        }
      },
    });
    if (signal.aborted) return;
    const result = { ...summary } as Record<string, unknown>;
    if (summary.status === "succeeded" || summary.status === "already-done") {
      if (!executed) await markExecuted(d, { message: `rollback ${summary.status}` });
      return settle(d, "verified", result);
    }
    return settle(d, "failed", { ...result, reason: summary.reason ?? `rollback ${summary.status}` });
  }

  /**
   * Claims the action's ledger key. `send` carries it out once; a claim left pending by a run that
   * died is checked against Railway by `alreadySent` before anything is sent again.
   */
  async function ledger(
    d: StoredDecision,
    kind: string,
    send: () => Promise<JsonValue>,
    alreadySent: () => Promise<JsonValue | undefined>,
  ): Promise<JsonValue> {
    const claim = await claimAction(db, {
      key: d.causeKey,
      kind,
      target: d.deploymentId ?? d.service.serviceId,
      at: now(),
    });
    if (!claim.claimed) {
      const row = claim.existing;
      if (row.status === "done")
        return typeof row.result === "string" ? (JSON.parse(row.result) as JsonValue) : row.result;
      if (row.status === "failed") throw new Error(`an earlier attempt failed: ${row.error ?? "unknown"}`);
      // Pending: an earlier run claimed it and stopped before recording the outcome.
      const seen = await alreadySent();
      if (seen !== undefined) {
        await completeAction(db, d.causeKey, seen, now());
        return seen;
      }
    }
    try {
      const result = await send();
      await completeAction(db, d.causeKey, result, now());
      return result;
    } catch (e) {
      if (!controller.signal.aborted) await failAction(db, d.causeKey, redactedMessage(e), now());
      throw e;
    }
  }

  async function restart(d: StoredDecision, signal: AbortSignal): Promise<void> {
    const id = d.deploymentId;
    if (!id) return settle(d, "failed", { reason: "no deployment to restart" });
    await ledger(
      d,
      "restart",
      async () => {
        const ok = await railway.restart(id, call());
        if (!ok) throw new Error("Railway refused the restart (deploymentRestart returned false)");
        return { sent: true, deploymentId: id };
      },
      async () => {
        const now = await railway.deployment(id, call());
        return now.status === "CRASHED" ? undefined : { sent: true, deploymentId: id, checked: now.status };
      },
    );
    await markExecuted(d, { deploymentId: id, message: `restarted deployment ${id}` });
    const verdict = await watchToVerdict(id, signal);
    if (signal.aborted) return;
    return settle(d, verdict.ok ? "verified" : "failed", verdict);
  }

  async function scale(d: StoredDecision, signal: AbortSignal): Promise<void> {
    const memoryGb = d.action?.memoryGb;
    if (!memoryGb) return settle(d, "failed", { reason: "no memory limit in the decision" });
    const { serviceId, environmentId } = d.service;
    const claimedAt = clock.now();
    const result = await ledger(
      d,
      "scale_memory",
      async () => {
        await railway.setMemoryLimit(serviceId, environmentId, memoryGb, call());
        const state = states.get(serviceId);
        if (state) state.memoryLimitGb = memoryGb;
        const commit = d.deploymentId ? states.get(serviceId)?.deployments.get(d.deploymentId)?.commitHash : undefined;
        const newDeploymentId = await railway.redeploy(serviceId, environmentId, commit, call());
        return { memoryGb, newDeploymentId };
      },
      async () => {
        // A redeploy newer than the crashed deployment means the earlier run got that far.
        const list = await railway.deployments(serviceId, environmentId, 5, call());
        const crashed = list.find((x) => x.id === d.deploymentId);
        const newer = list.find(
          (x) => x.id !== d.deploymentId && crashed && Date.parse(x.createdAt) > Date.parse(crashed.createdAt),
        );
        return newer ? { memoryGb, newDeploymentId: newer.id, checked: true, since: claimedAt } : undefined;
      },
    );
    const newId = (result as { newDeploymentId?: string } | null)?.newDeploymentId;
    await markExecuted(d, { memoryGb, ...(newId ? { newDeploymentId: newId } : {}) });
    if (!newId) return settle(d, "failed", { reason: "the redeploy's deployment is unknown" });
    const verdict = await watchToVerdict(newId, signal);
    if (signal.aborted) return;
    return settle(d, verdict.ok ? "verified" : "failed", { ...verdict, memoryGb });
  }

  async function checkDependency(d: StoredDecision): Promise<void> {
    const deps = d.action?.dependencies ?? [];
    const found: Record<string, unknown> = {};
    for (const dep of deps) {
      let healthy = false;
      let detail: string;
      try {
        const latest = (await railway.deployments(dep.serviceId, dep.environmentId, 3, call())).find(
          (x) => !["REMOVED", "REMOVING", "SKIPPED"].includes(x.status),
        );
        healthy = latest?.status === "SUCCESS" || latest?.status === "SLEEPING";
        detail = latest ? `latest deployment ${latest.id} is ${latest.status}` : "no deployment";
      } catch (e) {
        detail = `could not look it up: ${redactedMessage(e)}`;
      }
      found[dep.serviceName] = { healthy, detail };
      await markExecuted(d, { checked: dep.serviceName });
      // Fed back as an observation: the policy decides again with the dependency's health known.
      sink({
        kind: "dependency",
        at: now().toISOString(),
        source: "manual",
        service: d.service,
        dependency: dep,
        healthy,
        detail,
      });
    }
    await settle(d, "verified", { dependencies: found });
  }

  /** Follows a deployment until it stays SUCCESS for `verifyStableMs`, or ends badly, or the time is up. */
  async function watchToVerdict(
    id: string,
    signal: AbortSignal,
  ): Promise<{ ok: boolean; reason?: string; status?: string; deploymentId: string }> {
    const stableMs = options.verifyStableMs ?? 60_000;
    const poll = options.pollIntervalMs ?? 5_000;
    const deadline = clock.now() + (options.actionTimeoutMs ?? 15 * 60_000);
    let liveSince: number | undefined;
    while (clock.now() < deadline) {
      await clock.sleep(poll, signal);
      let status: string;
      try {
        status = (await railway.deployment(id, call())).status;
      } catch (e) {
        if (signal.aborted) throw e;
        continue;
      }
      if (["CRASHED", "FAILED", "REMOVED", "SKIPPED"].includes(status)) {
        return { ok: false, status, deploymentId: id, reason: `deployment ${id} ended ${status}` };
      }
      if (status === "SUCCESS") {
        liveSince ??= clock.now();
        if (clock.now() - liveSince >= stableMs) return { ok: true, status, deploymentId: id };
      } else liveSince = undefined;
    }
    return {
      ok: false,
      deploymentId: id,
      reason: `deployment ${id} did not stay live within ${formatDuration(options.actionTimeoutMs ?? 15 * 60_000)}`,
    };
  }

  const sink: ObservationSink = (observation) => {
    queue = queue
      .then(() => process(observation))
      .catch((e: unknown) =>
        log(`observation of ${observation.service.serviceName} not processed: ${redactedMessage(e)}`),
      );
  };

  async function idle(): Promise<void> {
    for (let i = 0; i < 1_000; i++) {
      const q = queue;
      await q;
      if (inflight.size > 0) await Promise.all([...inflight.values()]);
      if (q === queue && inflight.size === 0) return;
    }
  }

  function toAction(d: DecisionView): ActionView {
    const map: Record<string, ActionView["status"]> = {
      decided: "pending",
      approved: "pending",
      executed: "sent",
      verified: "verified",
      failed: "failed",
    };
    return {
      id: d.id,
      kind: d.kind === "none" ? "escalate" : d.kind,
      serviceId: d.service.serviceId,
      deploymentId: d.deploymentId ?? null,
      decision: d.causeKey,
      status: map[d.status] ?? "pending",
      reason: d.reasons[0] ?? "",
      at: d.at,
    };
  }

  const publicView = (d: StoredDecision): DecisionView => {
    const { action: _a, result: _r, updatedAt: _u, ...view } = d;
    return view;
  };

  async function status(): Promise<AutopilotStatus> {
    const c = await decisions.counts(new Date(clock.now() - HOUR));
    const envs = new Set([...states.values()].map((s) => s.service.environmentId));
    return {
      enabled: config.enabled,
      dryRun: config.policy.dryRun,
      killSwitch: killSwitch || config.policy.killSwitch,
      approvalMode: config.policy.approvalMode,
      intervalSeconds: config.intervalSeconds,
      lastScanAt,
      lastSweepAt,
      watching: { environments: envs.size, services: states.size },
      counts: {
        decisions: c.decisions,
        actions: c.actions,
        escalations: c.escalations,
        pendingApprovals: c.pendingApprovals,
      },
      budget: {
        limitPerHour: config.policy.budgetPerHour,
        spentLastHour: c.actionsSince,
        remaining: Math.max(0, config.policy.budgetPerHour - c.actionsSince),
      },
      replicaId,
    };
  }

  const engine: AutopilotEngine = {
    sink,
    async observe(observation) {
      const run = queue.then(() => process(observation));
      queue = run.catch(() => undefined);
      return (await run).map((d) => publicView(d as StoredDecision));
    },
    watch(services) {
      for (const s of services) stateOf(s);
    },
    async start() {
      if (controller.signal.aborted) controller = new AbortController();
      const persisted = await decisions.getSetting<boolean>("kill_switch");
      if (typeof persisted === "boolean") killSwitch = persisted;
      // Decided but unfinished actions (this process or a previous one died): resume those of the
      // environments this replica owns; the ledger makes sure nothing already sent is sent again.
      await resumeWhere((environmentId) => options.owns?.(environmentId) ?? true);
    },
    async resume(environmentIds) {
      const wanted = new Set(environmentIds);
      await resumeWhere((environmentId) => wanted.has(environmentId));
    },
    async stop() {
      controller.abort(new Error("the autopilot is stopping"));
      await queue.catch(() => undefined);
      await Promise.all([...inflight.values()]);
    },
    idle,
    async status() {
      return status();
    },
    async services(): Promise<ServiceView[]> {
      const latest = await decisions.list({ limit: 500 });
      return [...states.values()].map((s) => {
        const current = [...s.deployments.values()]
          .filter((d) => !["REMOVED", "REMOVING", "SKIPPED"].includes(d.status))
          .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
        const last = latest.find((d) => d.service.serviceId === s.service.serviceId);
        const state: ServiceView["state"] = !current
          ? "unknown"
          : current.status === "SUCCESS" || current.status === "SLEEPING"
            ? "healthy"
            : current.status === "CRASHED" || current.status === "FAILED"
              ? "failing"
              : ["BUILDING", "DEPLOYING", "INITIALIZING", "QUEUED", "WAITING"].includes(current.status)
                ? "deploying"
                : "degraded";
        return {
          ...s.service,
          state,
          ...(current ? { currentDeployment: current } : {}),
          ...(last ? { lastDecision: { id: last.id, kind: last.kind, at: last.at } } : {}),
        };
      });
    },
    async deployments(query = {}) {
      const all = [...states.values()]
        .filter((s) => !query.serviceId || s.service.serviceId === query.serviceId)
        .flatMap((s) => [...s.deployments.values()])
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      return all.slice(0, query.limit ?? 100);
    },
    async decisions(query = {}) {
      return (
        await decisions.list({
          ...(query.serviceId ? { serviceId: query.serviceId } : {}),
          ...(query.status ? { status: query.status } : {}),
          limit: query.limit ?? 100,
        })
      ).map(publicView);
    },
    async actions(query = {}) {
      const rows = await decisions.list({
        ...(query.serviceId ? { serviceId: query.serviceId } : {}),
        kinds: ["rollback", "restart", "scale_memory"],
        status: ["decided", "approved", "executed", "verified", "failed"],
        limit: query.limit ?? 100,
      });
      return rows.map(toAction);
    },
    async patterns(query) {
      return options.patterns ? options.patterns(query) : [];
    },
    async approvals() {
      return (await decisions.list({ status: "pending_approval", limit: 500 })).map(publicView);
    },
    async approve(decisionId, by) {
      const d = await decisions.get(decisionId);
      if (!d)
        throw new AutopilotEngineError(
          "DECISION_NOT_FOUND",
          `decision ${decisionId} does not exist`,
          "List the waiting ones with approvals().",
        );
      const updated = await decisions.setStatus(decisionId, "approved", now(), { from: ["pending_approval"] });
      if (!updated)
        throw new AutopilotEngineError(
          "DECISION_NOT_PENDING",
          `decision ${decisionId} is ${d.status}, not waiting for approval`,
          "Only decisions in pending_approval can be approved or rejected.",
        );
      await decisions.recordApproval(decisionId, "approved", by, undefined, now());
      await audit("approval", d.service.serviceId, { decisionId, verdict: "approved", by });
      emit({ type: "decision", decision: publicView(updated) });
      schedule(updated);
      return publicView(updated);
    },
    async reject(decisionId, by, reason) {
      const d = await decisions.get(decisionId);
      if (!d)
        throw new AutopilotEngineError(
          "DECISION_NOT_FOUND",
          `decision ${decisionId} does not exist`,
          "List the waiting ones with approvals().",
        );
      const updated = await decisions.setStatus(decisionId, "rejected", now(), {
        from: ["pending_approval"],
        result: { by, ...(reason ? { reason } : {}) },
      });
      if (!updated)
        throw new AutopilotEngineError(
          "DECISION_NOT_PENDING",
          `decision ${decisionId} is ${d.status}, not waiting for approval`,
          "Only decisions in pending_approval can be approved or rejected.",
        );
      await decisions.recordApproval(decisionId, "rejected", by, reason, now());
      await audit("approval", d.service.serviceId, {
        decisionId,
        verdict: "rejected",
        by,
        ...(reason ? { reason } : {}),
      });
      emit({ type: "decision", decision: publicView(updated) });
      return publicView(updated);
    },
    async setKillSwitch(on, by) {
      killSwitch = on;
      await decisions.setSetting("kill_switch", on, by, now());
      await audit("kill_switch", "autopilot", { on, by });
      const s = await status();
      emit({ type: "status", status: s });
      return s;
    },
    async scanNow(): Promise<ScanResult> {
      const at = now().toISOString();
      lastScanAt = at;
      const seen: Observation[] = [];
      for (const observer of options.observers ?? []) {
        try {
          seen.push(...(await observer.scanOnce()));
        } catch (e) {
          log(`observer ${observer.name} failed to scan: ${redactedMessage(e)}`);
        }
      }
      const made: DecisionView[] = [];
      for (const o of seen) made.push(...(await engine.observe(o)));
      return { at, observations: seen.length, decisions: made };
    },
    async receiveWebhook(body) {
      if (!options.webhookHandler) return { accepted: false, reason: "no webhook receiver is configured" };
      return options.webhookHandler(body);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return engine;
}
