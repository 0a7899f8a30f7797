import type { IncomingHttpHeaders } from "node:http";
import type { GraphQLSchema } from "graphql";
import { type Clock, ManualClock } from "../core/index.js";
import { AuthScope } from "./auth-scope.js";
import type { PhaseDurations } from "./deployment-lifecycle.js";
import { EmulatorStats } from "./emulator-stats.js";
import { FaultState } from "./fault-state.js";
import { createSchema, DocumentCache } from "./graphql-schema.js";
import type { Plan } from "./model.js";
import { RateLimiter } from "./rate-limiter.js";
import type { RequestContext } from "./request-context.js";
import { ScaledClock } from "./scaled-clock.js";
import { type SeedName, type SeedResult, seedWorld } from "./seed.js";
import { WebhookDispatcher } from "./webhooks.js";
import { World } from "./world.js";

export type ClockMode = "real" | "manual";

/**
 * Everything one emulator instance holds: the world (replaced on reset), the clock, faults,
 * rate limits and stats. The HTTP layers are thin adapters over it.
 */
export class EmulatorRuntime {
  world: World;
  seedResult: SeedResult;
  readonly faults = new FaultState();
  readonly limiter: RateLimiter;
  readonly stats = new EmulatorStats();
  readonly schema: GraphQLSchema;
  readonly documents: DocumentCache;
  /** Project webhooks: deployment status changes and alerts, POSTed off the world's call stack. */
  readonly webhooks: WebhookDispatcher;
  waiters = 0;

  constructor(
    readonly clock: Clock,
    readonly clockMode: ClockMode,
    readonly speed: number,
    private readonly options: { seed: SeedName; plan: Plan; durations?: Partial<PhaseDurations> },
  ) {
    this.limiter = new RateLimiter(clock, options.plan);
    this.schema = createSchema();
    this.documents = new DocumentCache(this.schema);
    this.world = new World({ clock, durations: options.durations });
    this.seedResult = seedWorld(this.world, options.seed);
    this.webhooks = new WebhookDispatcher(clock);
    this.webhooks.attach(this.world);
  }

  private queue: Promise<unknown> = Promise.resolve();

  /** Runs `fn` after every previously queued one (serialises clock advances). */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Replaces the world with a freshly seeded one, keeping the same token strings. */
  reset(seed: SeedName = this.options.seed): SeedResult {
    const old = this.seedResult.tokens;
    this.world.dispose();
    this.world = new World({ clock: this.clock, durations: this.options.durations });
    this.world.propagationDelayMs = 0;
    const result = seedWorld(this.world, seed);
    this.webhooks.attach(this.world);
    const rekey = (fresh: string | null, previous: string | null) => {
      if (!fresh || !previous) return fresh;
      const rec = this.world.tokens.get(fresh);
      if (!rec) return fresh;
      this.world.tokens.delete(fresh);
      rec.token = previous;
      this.world.tokens.set(previous, rec);
      return previous;
    };
    result.tokens = {
      account: rekey(result.tokens.account, old.account) as string,
      workspace: rekey(result.tokens.workspace, old.workspace) as string,
      project: rekey(result.tokens.project, old.project),
    };
    this.seedResult = result;
    this.faults.clear();
    this.limiter.reset();
    this.stats.reset();
    return result;
  }

  contextFor(headers: IncomingHttpHeaders): RequestContext {
    const auth = AuthScope.fromHeaders(this.world, headers);
    return {
      world: this.world,
      auth,
      faults: this.faults,
      rateLimit: () => this.limiter.peek(auth.key),
      onMutation: () => {
        this.stats.mutations++;
      },
      recordMutation: (record) => this.stats.recordMutation(record),
    };
  }

  clockInfo() {
    const c = this.clock;
    const nextAt = c instanceof ManualClock || c instanceof ScaledClock ? c.nextAt() : undefined;
    return {
      now: this.clock.now(),
      mode: this.clockMode,
      speed: this.clockMode === "manual" ? 0 : this.speed,
      nextEventAt: nextAt ?? null,
      waiters: this.waiters,
    };
  }

  /** A JSON dump of the world for `GET /_emulator/world`. */
  dump() {
    const w = this.world;
    const vars = (envId: string, serviceId: string | null) => Object.fromEntries(w.varMap(envId, serviceId));
    return {
      now: w.now(),
      workspaces: [...w.workspaces.values()],
      projects: [...w.projects.values()].map((p) => ({
        ...p,
        environments: [...w.environments.values()]
          .filter((e) => e.projectId === p.id)
          .map((e) => ({ ...e, sharedVariables: vars(e.id, null) })),
      })),
      services: [...w.services.values()].map((s) => ({
        ...s,
        outcomesQueued: w.outcomes.get(s.id) ?? [],
        instances: [...w.instances.values()]
          .filter((i) => i.serviceId === s.id)
          .map((i) => ({ ...i, variables: vars(i.environmentId, s.id), domains: w.domainsOf(s.id, i.environmentId) })),
      })),
      deployments: [...w.deployments.values()].map((d) => ({
        id: d.id,
        projectId: d.projectId,
        environmentId: d.environmentId,
        serviceId: d.serviceId,
        status: d.status,
        createdAt: d.createdAt,
        statusUpdatedAt: d.statusUpdatedAt,
        meta: d.meta,
        plan: d.plan,
        stopped: d.stopped,
        unhealthy: d.unhealthy,
        surge: d.surge,
        memoryRamp: d.memoryRamp,
        buildLogLines: d.buildLogs.length,
        runtimeLogLines: d.runtimeLogs.length,
      })),
      volumes: [...w.volumes.values()].map((v) => ({
        ...v,
        instances: [...w.volumeInstances.values()].filter((vi) => vi.volumeId === v.id),
      })),
      domains: { service: [...w.serviceDomains.values()], custom: [...w.customDomains.values()] },
      workflows: [...w.workflows.values()],
      incidents: {
        downDependencies: [...w.downDependencies.values()].map(({ serviceId, environmentId, since }) => ({
          serviceId,
          environmentId,
          since,
        })),
        memoryNeedGB: Object.fromEntries(w.memoryNeed),
      },
    };
  }
}
