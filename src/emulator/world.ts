import { randomBytes, randomUUID } from "node:crypto";
import { type Clock, seededRandom } from "../core/index.js";
import {
  DEFAULT_DURATIONS,
  DEFAULT_MEMORY_LIMIT_GB,
  DeploymentLifecycle,
  IN_PROGRESS,
  type PhaseDurations,
  SURGE_TICK_MS,
} from "./deployment-lifecycle.js";
import { badRequest, notFound } from "./emulator-errors.js";
import { databaseCrashLines, type LogContext, refusedLines } from "./log-scripts.js";
import type {
  CustomDomainRec,
  DeploymentEventRec,
  DeploymentRec,
  EnvironmentRec,
  FailureCause,
  HttpLogRec,
  InstanceRec,
  OutcomeSpec,
  ProjectRec,
  ServiceDomainRec,
  ServiceKind,
  ServiceRec,
  TokenKind,
  TokenRec,
  UserRec,
  VolumeInstanceRec,
  VolumeRec,
  WorkflowRec,
  WorkspaceRec,
} from "./model.js";
import { renderAll, type VariableScope } from "./variable-renderer.js";
import { WorldEvents } from "./world-events.js";

/** Requests kept per deployment for httpLogs/httpMetrics. */
const MAX_HTTP_LOGS_PER_DEPLOYMENT = 2000;

/** A database whose live deployment crashed (control API incident `dependency_down`). */
export interface DownDependency {
  serviceId: string;
  environmentId: string;
  since: number;
  stopTicking: () => void;
}

/** How long after creation a seeded deployment reached its settled status (queued + init + build + deploy). */
const SETTLED_AFTER_MS = 44_000;

/**
 * The steps a seeded deployment went through within SETTLED_AFTER_MS (offsets in ms from creation):
 * queued 2 s, snapshot 3 s, build 25 s, publish 2 s, container 4 s, healthcheck 8 s. A failed
 * build stops after the build step.
 */
const SETTLED_STEPS: readonly [DeploymentEventRec["step"], number, number][] = [
  ["SNAPSHOT_CODE", 2_000, 5_000],
  ["BUILD_IMAGE", 5_000, 30_000],
  ["PUBLISH_IMAGE", 30_000, 32_000],
  ["CREATE_CONTAINER", 32_000, 36_000],
  ["HEALTHCHECK", 36_000, SETTLED_AFTER_MS],
];

function settledSteps(deploymentId: string, createdAt: number, failedBuild: boolean): DeploymentEventRec[] {
  return SETTLED_STEPS.slice(0, failedBuild ? 2 : undefined).map(([step, start, end]) => ({
    id: randomUUID(),
    deploymentId,
    step,
    createdAt: createdAt + start,
    completedAt: createdAt + end,
    payload: null,
  }));
}

/** Railway deletes a project this long after projectScheduleDelete. */
export const SCHEDULED_DELETE_GRACE_MS = 48 * 3_600_000;

export interface WorldOptions {
  clock: Clock;
  durations?: Partial<PhaseDurations>;
  /** Seed of the noise in generated logs, so runs are repeatable. */
  randomSeed?: number;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "service"
  );
}

export interface CreateServiceInput {
  projectId: string;
  name?: string | null;
  environmentId?: string | null;
  repo?: string | null;
  image?: string | null;
  branch?: string | null;
  variables?: Record<string, string> | null;
  kind?: ServiceKind;
  templateId?: string | null;
  icon?: string | null;
}

export interface CreateDeploymentOptions {
  meta?: Record<string, unknown>;
  reason?: string;
  skipBuild?: boolean;
  plan?: OutcomeSpec;
  /** Creates the deployment already finished in this status (seeding history). */
  settled?: "SUCCESS" | "REMOVED" | "FAILED";
  createdAt?: number;
}

/**
 * The emulated Railway: every record, and the operations on them. It is plain data plus a
 * clock; the GraphQL layer, the control API and the app server are views onto it.
 */
export class World {
  readonly clock: Clock;
  readonly events = new WorldEvents();
  readonly durations: PhaseDurations;
  readonly lifecycle: DeploymentLifecycle;
  readonly random: () => number;

  users = new Map<string, UserRec>();
  workspaces = new Map<string, WorkspaceRec>();
  projects = new Map<string, ProjectRec>();
  environments = new Map<string, EnvironmentRec>();
  services = new Map<string, ServiceRec>();
  instances = new Map<string, InstanceRec>();
  deployments = new Map<string, DeploymentRec>();
  serviceDomains = new Map<string, ServiceDomainRec>();
  customDomains = new Map<string, CustomDomainRec>();
  volumes = new Map<string, VolumeRec>();
  volumeInstances = new Map<string, VolumeInstanceRec>();
  tokens = new Map<string, TokenRec>();
  workflows = new Map<string, WorkflowRec>();
  /** Variables by `${environmentId}|${serviceId ?? ""}` (empty service id = shared). */
  variables = new Map<string, Map<string, string>>();
  /** Requests the simulated apps answered, by deployment id. */
  httpLogs = new Map<string, HttpLogRec[]>();
  /** Scripted outcomes for each service's next deployments. */
  outcomes = new Map<string, OutcomeSpec[]>();
  /** The head commit of each `repo#branch`. */
  repoHeads = new Map<string, { sha: string; message: string; author: string }>();
  /** Every commit pushed to a connected repository ("owner/name@sha"), with when it was made: the GitHub stand-in serves them. */
  pushedCommits = new Map<string, { sha: string; message: string; author: string; at: number }>();
  /** Cancels of scheduled project deletions. */
  private scheduledDeletes = new Map<string, () => void>();
  /** Propagation delay applied to new services (control API fault). */
  propagationDelayMs = 0;
  /** The working set each service's app grows to, in GB (control API `POST /memory`). */
  memoryNeed = new Map<string, number>();
  /** Databases that are down, by `${environmentId}|${serviceId}`. */
  downDependencies = new Map<string, DownDependency>();

  constructor(options: WorldOptions) {
    this.clock = options.clock;
    this.durations = { ...DEFAULT_DURATIONS, ...options.durations };
    this.random = seededRandom(options.randomSeed ?? 20260101);
    this.lifecycle = new DeploymentLifecycle({
      clock: this.clock,
      events: this.events,
      durations: this.durations,
      newId: () => randomUUID(),
      logContext: (dep) => this.logContext(dep),
      siblings: (dep) => this.deploymentsOf(dep.serviceId, dep.environmentId).filter((d) => d.id !== dep.id),
      memoryLimitGB: (dep) => this.findInstance(dep.serviceId, dep.environmentId)?.memoryGB ?? DEFAULT_MEMORY_LIMIT_GB,
      memoryNeedGB: (dep) => this.memoryNeed.get(dep.serviceId),
      recordTraffic: (dep, requests, errors) => this.recordTraffic(dep, requests, errors),
      onLive: (dep) => this.dependencyBack(dep.serviceId, dep.environmentId),
    });
  }

  newId(): string {
    return randomUUID();
  }

  now(): number {
    return this.clock.now();
  }

  // ---------------------------------------------------------------- identity

  createUser(name: string, email: string): UserRec {
    const user = { id: randomUUID(), name, email, username: slug(name), createdAt: this.now() };
    this.users.set(user.id, user);
    return user;
  }

  createWorkspace(name: string): WorkspaceRec {
    const ws = { id: randomUUID(), name, createdAt: this.now() };
    this.workspaces.set(ws.id, ws);
    return ws;
  }

  createToken(
    kind: TokenKind,
    scope: { userId?: string; workspaceId?: string; projectId?: string; environmentId?: string; name?: string },
  ): TokenRec {
    const rec: TokenRec = {
      token: randomUUID(),
      kind,
      id: randomUUID(),
      name: scope.name ?? `${kind} token`,
      userId: scope.userId ?? null,
      workspaceId: scope.workspaceId ?? null,
      projectId: scope.projectId ?? null,
      environmentId: scope.environmentId ?? null,
      createdAt: this.now(),
    };
    this.tokens.set(rec.token, rec);
    return rec;
  }

  // ---------------------------------------------------------------- projects

  createProject(input: {
    workspaceId: string;
    name?: string | null;
    description?: string | null;
    defaultEnvironmentName?: string | null;
    isPublic?: boolean | null;
    prDeploys?: boolean | null;
  }): ProjectRec {
    const now = this.now();
    const project: ProjectRec = {
      id: randomUUID(),
      workspaceId: input.workspaceId,
      name: input.name ?? this.generatedName(),
      description: input.description ?? null,
      isPublic: input.isPublic ?? false,
      prDeploys: input.prDeploys ?? false,
      botPrEnvironments: false,
      focusedPrEnvironments: false,
      baseEnvironmentId: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      scheduledDeleteAt: null,
    };
    this.projects.set(project.id, project);
    const env = this.createEnvironment({ projectId: project.id, name: input.defaultEnvironmentName ?? "production" });
    project.baseEnvironmentId = env.id;
    return project;
  }

  private generatedName(): string {
    const a = ["brave", "calm", "eager", "fancy", "gentle", "lively", "proud", "witty"];
    const b = ["harmony", "comet", "meadow", "river", "summit", "willow", "ember", "lagoon"];
    return `${a[Math.floor(this.random() * a.length)]}-${b[Math.floor(this.random() * b.length)]}`;
  }

  getProject(id: string): ProjectRec {
    const p = this.projects.get(id);
    if (!p || p.deletedAt !== null) throw notFound("Project");
    return p;
  }

  liveProjects(): ProjectRec[] {
    return [...this.projects.values()].filter((p) => p.deletedAt === null);
  }

  deleteProject(id: string): void {
    const p = this.getProject(id);
    p.deletedAt = this.now();
    p.updatedAt = p.deletedAt;
    this.scheduledDeletes.get(id)?.();
    this.scheduledDeletes.delete(id);
    for (const dep of this.deployments.values()) {
      if (dep.projectId !== id) continue;
      this.lifecycle.cancelTimers(dep);
      if (dep.status !== "REMOVED") this.lifecycle.finish(dep, "REMOVED");
    }
  }

  scheduleProjectDelete(id: string): void {
    const p = this.getProject(id);
    if (p.scheduledDeleteAt !== null) return;
    p.scheduledDeleteAt = this.now() + SCHEDULED_DELETE_GRACE_MS;
    const cancel = this.clock.schedule(SCHEDULED_DELETE_GRACE_MS, () => {
      this.scheduledDeletes.delete(id);
      if (this.projects.get(id)?.deletedAt === null) this.deleteProject(id);
    });
    this.scheduledDeletes.set(id, cancel);
  }

  cancelScheduledProjectDelete(id: string): void {
    const p = this.getProject(id);
    this.scheduledDeletes.get(id)?.();
    this.scheduledDeletes.delete(id);
    p.scheduledDeleteAt = null;
  }

  /** projectScheduleDeleteForce: a project scheduled for deletion is deleted now (no grace period). */
  forceScheduledProjectDelete(id: string): void {
    const p = this.getProject(id);
    if (p.scheduledDeleteAt === null) throw badRequest("Project is not scheduled for deletion");
    this.deleteProject(id);
  }

  // ---------------------------------------------------------------- environments

  createEnvironment(input: {
    projectId: string;
    name: string;
    sourceEnvironmentId?: string | null;
    ephemeral?: boolean | null;
  }): EnvironmentRec {
    const now = this.now();
    const project = this.getProject(input.projectId);
    if (this.environmentsOf(project.id).some((e) => e.name === input.name)) {
      throw badRequest(`Environment with name ${input.name} already exists`);
    }
    const env: EnvironmentRec = {
      id: randomUUID(),
      projectId: project.id,
      name: input.name,
      isEphemeral: input.ephemeral ?? false,
      sourceEnvironmentId: input.sourceEnvironmentId ?? null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    this.environments.set(env.id, env);
    // Every service of the project gets an instance in the new environment (copied from the source, if any).
    for (const svc of this.servicesOf(project.id, true)) {
      const from = input.sourceEnvironmentId ? this.findInstance(svc.id, input.sourceEnvironmentId) : undefined;
      this.createInstance(svc, env.id, from ? { ...from } : {});
      if (input.sourceEnvironmentId) {
        const vars = this.variables.get(`${input.sourceEnvironmentId}|${svc.id}`);
        if (vars) this.variables.set(`${env.id}|${svc.id}`, new Map(vars));
      }
    }
    if (input.sourceEnvironmentId) {
      const shared = this.variables.get(`${input.sourceEnvironmentId}|`);
      if (shared) this.variables.set(`${env.id}|`, new Map(shared));
    }
    return env;
  }

  getEnvironment(id: string): EnvironmentRec {
    const e = this.environments.get(id);
    if (!e || e.deletedAt !== null || this.projects.get(e.projectId)?.deletedAt !== null) throw notFound("Environment");
    return e;
  }

  environmentsOf(projectId: string): EnvironmentRec[] {
    return [...this.environments.values()].filter((e) => e.projectId === projectId && e.deletedAt === null);
  }

  deleteEnvironment(id: string): void {
    const env = this.getEnvironment(id);
    env.deletedAt = this.now();
    for (const dep of this.deployments.values()) {
      if (dep.environmentId === id && dep.status !== "REMOVED") this.lifecycle.finish(dep, "REMOVED");
    }
  }

  // ---------------------------------------------------------------- services

  createService(input: CreateServiceInput): ServiceRec {
    const project = this.getProject(input.projectId);
    const now = this.now();
    const name =
      input.name ??
      (input.repo
        ? (input.repo.split("/")[1] ?? input.repo)
        : input.image
          ? (input.image.split("/").pop()?.split(":")[0] ?? "service")
          : this.generatedName());
    if (this.servicesOf(project.id, true).some((s) => s.name === name)) {
      throw badRequest(`Service with name ${name} already exists in this project`);
    }
    const svc: ServiceRec = {
      id: randomUUID(),
      projectId: project.id,
      name,
      icon: input.icon ?? null,
      kind: input.kind ?? "app",
      templateId: input.templateId ?? null,
      templateServiceId: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      visibleAt: now + this.propagationDelayMs,
    };
    this.services.set(svc.id, svc);
    // Without an environment, Railway creates the service in every environment that is not a fork (API-NOTES §4).
    const envs = input.environmentId
      ? [this.getEnvironment(input.environmentId)]
      : this.environmentsOf(project.id).filter((e) => e.sourceEnvironmentId === null);
    for (const env of envs) {
      this.createInstance(svc, env.id, {
        repo: input.repo ?? null,
        image: input.image ?? null,
        branch: input.repo ? (input.branch ?? "main") : null,
      });
      if (input.variables) {
        const vars = this.varMap(env.id, svc.id);
        for (const [k, v] of Object.entries(input.variables)) vars.set(k, String(v));
      }
    }
    if (input.repo) this.ensureRepoHead(input.repo, input.branch ?? "main");
    return svc;
  }

  private createInstance(svc: ServiceRec, environmentId: string, from: Partial<InstanceRec>): InstanceRec {
    const now = this.now();
    const inst: InstanceRec = {
      repo: null,
      image: null,
      branch: null,
      rootDirectory: null,
      buildCommand: null,
      startCommand: null,
      preDeployCommand: null,
      builder: "RAILPACK",
      cronSchedule: null,
      dockerfilePath: null,
      railwayConfigFile: null,
      watchPatterns: [],
      healthcheckPath: null,
      healthcheckTimeout: null,
      numReplicas: 1,
      region: "us-west2",
      restartPolicyType: "ON_FAILURE",
      restartPolicyMaxRetries: 10,
      sleepApplication: false,
      drainingSeconds: null,
      overlapSeconds: null,
      vCPUs: null,
      memoryGB: null,
      ...from,
      id: randomUUID(),
      serviceId: svc.id,
      environmentId,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    this.instances.set(inst.id, inst);
    return inst;
  }

  /**
   * The service, if it exists and has propagated (a fresh one may be invisible for a while).
   * Propagation is what API callers see: the world's own operations (template deploys, volumes,
   * domains, deployments) pass `ignorePropagation`, and resolvers check visibility themselves.
   */
  getService(id: string, options: { ignorePropagation?: boolean } = {}): ServiceRec {
    const s = this.services.get(id);
    if (!s || s.deletedAt !== null || this.projects.get(s.projectId)?.deletedAt !== null) throw notFound("Service");
    if (!options.ignorePropagation && s.visibleAt > this.now()) throw notFound("Service");
    return s;
  }

  servicesOf(projectId: string, ignorePropagation = false): ServiceRec[] {
    const now = this.now();
    return [...this.services.values()].filter(
      (s) => s.projectId === projectId && s.deletedAt === null && (ignorePropagation || s.visibleAt <= now),
    );
  }

  serviceByName(projectId: string, name: string): ServiceRec | undefined {
    return this.servicesOf(projectId, true).find((s) => s.name === name);
  }

  deleteService(id: string): void {
    const svc = this.getService(id, { ignorePropagation: true });
    svc.deletedAt = this.now();
    for (const dep of this.deployments.values()) {
      if (dep.serviceId === id && dep.status !== "REMOVED") this.lifecycle.finish(dep, "REMOVED");
    }
    for (const [key, d] of this.serviceDomains) if (d.serviceId === id) this.serviceDomains.delete(key);
    for (const [key, d] of this.customDomains) if (d.serviceId === id) this.customDomains.delete(key);
  }

  /** serviceDisconnect: every instance forgets its repo and branch (an image source stays). No deploy. */
  disconnectService(id: string): ServiceRec {
    const svc = this.getService(id, { ignorePropagation: true });
    const now = this.now();
    for (const inst of this.instances.values()) {
      if (inst.serviceId !== id || inst.deletedAt !== null || inst.repo === null) continue;
      inst.repo = null;
      inst.branch = null;
      inst.updatedAt = now;
    }
    svc.updatedAt = now;
    return svc;
  }

  findInstance(serviceId: string, environmentId: string): InstanceRec | undefined {
    for (const i of this.instances.values()) {
      if (i.serviceId === serviceId && i.environmentId === environmentId && i.deletedAt === null) return i;
    }
    return undefined;
  }

  getInstance(serviceId: string, environmentId: string): InstanceRec {
    this.getService(serviceId);
    this.getEnvironment(environmentId);
    const inst = this.findInstance(serviceId, environmentId);
    if (!inst) throw notFound("ServiceInstance");
    return inst;
  }

  // ---------------------------------------------------------------- repos

  ensureRepoHead(repo: string, branch: string): { sha: string; message: string; author: string } {
    const key = `${repo}#${branch}`;
    let head = this.repoHeads.get(key);
    if (!head) {
      head = { sha: randomBytes(20).toString("hex"), message: "Initial commit", author: "octocat" };
      this.repoHeads.set(key, head);
    }
    return head;
  }

  /** Moves a branch to a new commit (control API `POST /commit`). */
  pushCommit(
    repo: string,
    branch: string,
    commit: { sha?: string; message?: string; author?: string; at?: number },
  ): { sha: string; message: string; author: string } {
    const head = {
      sha: commit.sha ?? randomBytes(20).toString("hex"),
      message: commit.message ?? "Update",
      author: commit.author ?? "octocat",
    };
    this.repoHeads.set(`${repo}#${branch}`, head);
    this.pushedCommits.set(`${repo}@${head.sha}`, { ...head, at: commit.at ?? this.now() });
    return head;
  }

  // ---------------------------------------------------------------- deployments

  deploymentsOf(serviceId: string, environmentId: string): DeploymentRec[] {
    const out: DeploymentRec[] = [];
    for (const d of this.deployments.values())
      if (d.serviceId === serviceId && d.environmentId === environmentId) out.push(d);
    return out.sort((a, b) => b.createdAt - a.createdAt || b.seqOrder - a.seqOrder);
  }

  getDeployment(id: string): DeploymentRec {
    const d = this.deployments.get(id);
    if (!d || this.projects.get(d.projectId)?.deletedAt !== null) throw notFound("Deployment");
    return d;
  }

  latestDeployment(serviceId: string, environmentId: string): DeploymentRec | undefined {
    return this.deploymentsOf(serviceId, environmentId)[0];
  }

  /** The deployment serving traffic: the newest SUCCESS (or SLEEPING) one. */
  activeDeployment(serviceId: string, environmentId: string): DeploymentRec | undefined {
    return this.deploymentsOf(serviceId, environmentId).find((d) => d.status === "SUCCESS" || d.status === "SLEEPING");
  }

  /** Scripts how the service's next deployment ends. */
  pushOutcome(serviceId: string, spec: OutcomeSpec): void {
    this.getService(serviceId, { ignorePropagation: true });
    const queue = this.outcomes.get(serviceId) ?? [];
    queue.push(spec);
    this.outcomes.set(serviceId, queue);
  }

  private nextPlan(serviceId: string): OutcomeSpec {
    const queue = this.outcomes.get(serviceId);
    return queue?.shift() ?? { outcome: "success" };
  }

  /** Meta of a new deployment from the instance's current source. */
  sourceMeta(inst: InstanceRec, commitSha?: string | null): Record<string, unknown> {
    if (inst.repo) {
      const branch = inst.branch ?? "main";
      const head = this.ensureRepoHead(inst.repo, branch);
      const sha = commitSha ?? head.sha;
      return {
        repo: inst.repo,
        branch,
        commitHash: sha,
        commitMessage: sha === head.sha ? head.message : "",
        commitAuthor: head.author,
        rootDirectory: inst.rootDirectory ?? undefined,
        serviceManifest: {
          build: { builder: inst.builder, buildCommand: inst.buildCommand },
          deploy: {
            startCommand: inst.startCommand,
            healthcheckPath: inst.healthcheckPath,
            numReplicas: inst.numReplicas,
          },
        },
      };
    }
    if (inst.image) return { image: inst.image, imageDigest: `sha256:${randomBytes(32).toString("hex")}` };
    return {};
  }

  createDeployment(serviceId: string, environmentId: string, options: CreateDeploymentOptions = {}): DeploymentRec {
    const svc = this.getService(serviceId, { ignorePropagation: true });
    const inst = this.findInstance(serviceId, environmentId);
    if (!inst) throw notFound("ServiceInstance");
    const now = options.createdAt ?? this.now();
    const plan = options.plan ?? (options.settled ? { outcome: "success" as const } : this.nextPlan(serviceId));
    const meta: Record<string, unknown> = {
      ...(options.meta ?? this.sourceMeta(inst)),
      reason: options.reason ?? "deploy",
    };
    // A scripted mismatch: the deployment says it runs something other than what was asked for.
    if (plan.metaCommit) meta.commitHash = plan.metaCommit;
    if (plan.metaImage) meta.image = plan.metaImage;
    const dep: DeploymentRec = {
      id: randomUUID(),
      projectId: svc.projectId,
      environmentId,
      serviceId,
      status: options.settled ?? "QUEUED",
      createdAt: now,
      updatedAt: now,
      // A seeded (settled) deployment went through the default phases once, so its status dates from then.
      statusUpdatedAt: options.settled ? Math.min(now + SETTLED_AFTER_MS, this.now()) : now,
      snapshotId: randomUUID(),
      meta,
      creator: this.defaultCreator(),
      plan,
      skipBuild: options.skipBuild ?? false,
      everLive: options.settled !== undefined && options.settled !== "FAILED",
      liveAt: options.settled && options.settled !== "FAILED" ? now : null,
      stopped: false,
      unhealthy: false,
      numReplicas: inst.numReplicas,
      memoryRamp: null,
      surge: null,
      buildLogs: [],
      runtimeLogs: [],
      events: [],
      timers: new Set(),
      seqOrder: this.depSeq++,
    };
    if (options.settled) dep.events = settledSteps(dep.id, now, options.settled === "FAILED");
    this.deployments.set(dep.id, dep);
    if (options.settled === "FAILED") {
      this.lifecycle.appendBuild(dep, [
        {
          message: "src/routes/orders.ts(88,27): error TS2339: Property 'total' does not exist on type 'Order'.",
          severity: "error",
        },
        {
          message:
            'ERROR: failed to solve: process "/bin/bash -ol pipefail -c npm run build" did not complete successfully: exit code: 2',
          severity: "error",
        },
      ]);
      return dep;
    }
    if (options.settled) {
      this.lifecycle.appendBuild(dep, [{ message: "Build time: 42.17 seconds", severity: "info" }]);
      return dep;
    }
    this.lifecycle.start(dep);
    return dep;
  }

  private depSeq = 0;

  private defaultCreator(): DeploymentRec["creator"] {
    const user = this.users.values().next().value;
    return user ? { id: user.id, email: user.email, name: user.name, avatar: null } : null;
  }

  deployInstance(serviceId: string, environmentId: string, commitSha?: string | null): DeploymentRec {
    const inst = this.getInstance(serviceId, environmentId);
    if (commitSha && !/^[0-9a-f]{7,40}$/i.test(commitSha)) throw badRequest("Commit not found");
    return this.createDeployment(serviceId, environmentId, { meta: this.sourceMeta(inst, commitSha) });
  }

  /** serviceInstanceRedeploy: re-runs the latest deployment's source (not a newly set one). */
  redeployInstance(serviceId: string, environmentId: string): DeploymentRec {
    const inst = this.getInstance(serviceId, environmentId);
    const latest = this.latestDeployment(serviceId, environmentId);
    const meta = latest ? stripReason(latest.meta) : this.sourceMeta(inst);
    return this.createDeployment(serviceId, environmentId, { meta, reason: "redeploy" });
  }

  redeployDeployment(id: string): DeploymentRec {
    const dep = this.getDeployment(id);
    if (IN_PROGRESS.has(dep.status)) throw badRequest("Deployment cannot be redeployed while it is in progress");
    return this.createDeployment(dep.serviceId, dep.environmentId, { meta: stripReason(dep.meta), reason: "redeploy" });
  }

  rollback(id: string): DeploymentRec {
    const dep = this.getDeployment(id);
    if (!canRollback(dep)) throw badRequest("Deployment cannot be rolled back");
    return this.createDeployment(dep.serviceId, dep.environmentId, {
      meta: { ...stripReason(dep.meta), rollbackFromDeploymentId: dep.id },
      reason: "rollback",
      skipBuild: true,
    });
  }

  restart(id: string): void {
    const dep = this.getDeployment(id);
    if (dep.status !== "SUCCESS" && dep.status !== "CRASHED" && dep.status !== "SLEEPING") {
      throw badRequest("Deployment cannot be restarted");
    }
    dep.stopped = false;
    this.lifecycle.restart(dep);
  }

  /** deploymentApprove: only a deployment waiting in NEEDS_APPROVAL can be approved. */
  approve(id: string): void {
    const dep = this.getDeployment(id);
    if (dep.status !== "NEEDS_APPROVAL") throw badRequest("Deployment does not need approval");
    this.lifecycle.approve(dep);
  }

  cancel(id: string): void {
    const dep = this.getDeployment(id);
    if (!IN_PROGRESS.has(dep.status)) throw badRequest("Deployment is not in progress");
    this.lifecycle.finish(dep, "REMOVED");
  }

  remove(id: string): void {
    const dep = this.getDeployment(id);
    if (dep.status === "REMOVED") return;
    this.lifecycle.finish(dep, "REMOVED");
  }

  stop(id: string): void {
    const dep = this.getDeployment(id);
    this.lifecycle.stop(dep);
  }

  logContext(dep: DeploymentRec): LogContext {
    const svc = this.services.get(dep.serviceId);
    const inst = this.findInstance(dep.serviceId, dep.environmentId);
    const meta = dep.meta;
    return {
      serviceName: svc ? slug(svc.name) : "app",
      repo: typeof meta.repo === "string" ? meta.repo : null,
      image: typeof meta.image === "string" ? meta.image : null,
      branch: typeof meta.branch === "string" ? meta.branch : null,
      commitHash: typeof meta.commitHash === "string" ? meta.commitHash : null,
      healthcheckPath: inst?.healthcheckPath ?? null,
      random: this.random,
    };
  }

  // ---------------------------------------------------------------- variables

  varMap(environmentId: string, serviceId: string | null | undefined): Map<string, string> {
    const key = `${environmentId}|${serviceId ?? ""}`;
    let map = this.variables.get(key);
    if (!map) {
      map = new Map();
      this.variables.set(key, map);
    }
    return map;
  }

  /** Railway's RAILWAY_* variables of a service instance. */
  builtins(serviceId: string, environmentId: string): Record<string, string> {
    const svc = this.services.get(serviceId);
    const env = this.environments.get(environmentId);
    if (!svc || !env) return {};
    const project = this.projects.get(svc.projectId);
    const domain = this.domainsOf(serviceId, environmentId).service[0]?.domain;
    const out: Record<string, string> = {
      RAILWAY_ENVIRONMENT: env.name,
      RAILWAY_ENVIRONMENT_ID: env.id,
      RAILWAY_ENVIRONMENT_NAME: env.name,
      RAILWAY_PRIVATE_DOMAIN: `${slug(svc.name)}.railway.internal`,
      RAILWAY_PROJECT_ID: svc.projectId,
      RAILWAY_PROJECT_NAME: project?.name ?? "",
      RAILWAY_SERVICE_ID: svc.id,
      RAILWAY_SERVICE_NAME: svc.name,
    };
    if (domain) {
      out.RAILWAY_PUBLIC_DOMAIN = domain;
      out.RAILWAY_STATIC_URL = domain;
    }
    const volume = [...this.volumeInstances.values()].find(
      (v) => v.serviceId === serviceId && v.environmentId === environmentId,
    );
    if (volume) {
      out.RAILWAY_VOLUME_ID = volume.volumeId;
      out.RAILWAY_VOLUME_MOUNT_PATH = volume.mountPath;
      out.RAILWAY_VOLUME_NAME = this.volumes.get(volume.volumeId)?.name ?? "";
    }
    return out;
  }

  private scope(serviceId: string | null, environmentId: string): VariableScope {
    const env = this.environments.get(environmentId);
    const own = serviceId
      ? { ...this.builtins(serviceId, environmentId), ...Object.fromEntries(this.varMap(environmentId, serviceId)) }
      : {};
    return {
      own,
      shared: Object.fromEntries(this.varMap(environmentId, null)),
      service: (name) => {
        if (!env) return undefined;
        const other = this.serviceByName(env.projectId, name);
        return other ? this.scope(other.id, environmentId) : undefined;
      },
    };
  }

  /** The variables query: a flat map, rendered unless `unrendered`. Service scope includes RAILWAY_* built-ins. */
  readVariables(environmentId: string, serviceId: string | null, unrendered = false): Record<string, string> {
    if (serviceId && !this.findInstance(serviceId, environmentId)) throw notFound("ServiceInstance");
    const scope = this.scope(serviceId, environmentId);
    const raw = serviceId ? scope.own : scope.shared;
    return unrendered ? { ...raw } : renderAll(raw, scope);
  }

  // ---------------------------------------------------------------- domains

  domainsOf(serviceId: string, environmentId: string): { service: ServiceDomainRec[]; custom: CustomDomainRec[] } {
    return {
      service: [...this.serviceDomains.values()].filter(
        (d) => d.serviceId === serviceId && d.environmentId === environmentId,
      ),
      custom: [...this.customDomains.values()].filter(
        (d) => d.serviceId === serviceId && d.environmentId === environmentId,
      ),
    };
  }

  createServiceDomain(serviceId: string, environmentId: string, targetPort?: number | null): ServiceDomainRec {
    const svc = this.getService(serviceId, { ignorePropagation: true });
    const env = this.getEnvironment(environmentId);
    if (!this.findInstance(serviceId, environmentId)) throw notFound("ServiceInstance");
    const suffix = randomBytes(2).toString("hex");
    const rec: ServiceDomainRec = {
      id: randomUUID(),
      domain: `${slug(svc.name)}-${slug(env.name)}-${suffix}.up.railway.app`,
      serviceId,
      environmentId,
      projectId: svc.projectId,
      targetPort: targetPort ?? null,
      createdAt: this.now(),
    };
    this.serviceDomains.set(rec.id, rec);
    return rec;
  }

  createCustomDomain(input: {
    domain: string;
    projectId: string;
    environmentId: string;
    serviceId: string;
    targetPort?: number | null;
  }): CustomDomainRec {
    const svc = this.getService(input.serviceId, { ignorePropagation: true });
    if (svc.projectId !== input.projectId) throw notFound("Service");
    this.getEnvironment(input.environmentId);
    if ([...this.customDomains.values()].some((d) => d.domain === input.domain))
      throw badRequest("Domain is already in use");
    const rec: CustomDomainRec = {
      id: randomUUID(),
      domain: input.domain,
      serviceId: input.serviceId,
      environmentId: input.environmentId,
      projectId: input.projectId,
      targetPort: input.targetPort ?? null,
      createdAt: this.now(),
      verificationToken: `railway-verify=${randomBytes(16).toString("hex")}`,
    };
    this.customDomains.set(rec.id, rec);
    return rec;
  }

  /** The service instance a Host header routes to (service or custom domain). */
  routeHost(host: string): { serviceId: string; environmentId: string } | undefined {
    const name = host.split(":")[0]?.toLowerCase() ?? "";
    for (const d of this.serviceDomains.values()) if (d.domain === name) return d;
    for (const d of this.customDomains.values()) if (d.domain === name) return d;
    return undefined;
  }

  // ---------------------------------------------------------------- volumes

  createVolume(input: {
    projectId: string;
    mountPath: string;
    environmentId?: string | null;
    serviceId?: string | null;
    region?: string | null;
    name?: string;
  }): VolumeRec {
    const project = this.getProject(input.projectId);
    if (input.serviceId) this.getService(input.serviceId, { ignorePropagation: true });
    const vol: VolumeRec = {
      id: randomUUID(),
      projectId: project.id,
      name: input.name ?? `${this.generatedName()}-volume`,
      createdAt: this.now(),
    };
    this.volumes.set(vol.id, vol);
    // Omitted environmentId: every environment; explicit null: none (API-NOTES §4).
    const envs =
      input.environmentId === undefined
        ? this.environmentsOf(project.id)
        : input.environmentId === null
          ? []
          : [this.getEnvironment(input.environmentId)];
    for (const env of envs) {
      const vi: VolumeInstanceRec = {
        id: randomUUID(),
        volumeId: vol.id,
        environmentId: env.id,
        serviceId: input.serviceId ?? null,
        mountPath: input.mountPath,
        sizeMB: 5000,
        currentSizeMB: Math.round(this.random() * 400 * 100) / 100,
        region: input.region ?? "us-west2",
        createdAt: this.now(),
      };
      this.volumeInstances.set(vi.id, vi);
    }
    return vol;
  }

  deleteVolume(id: string): void {
    if (!this.volumes.delete(id)) throw notFound("Volume");
    for (const [key, vi] of this.volumeInstances) if (vi.volumeId === id) this.volumeInstances.delete(key);
  }

  // ---------------------------------------------------------------- workflows

  startWorkflow(): WorkflowRec {
    const wf: WorkflowRec = {
      id: randomUUID(),
      status: "Running",
      error: null,
      completesAt: this.now() + this.durations.workflowMs,
    };
    this.workflows.set(wf.id, wf);
    this.clock.schedule(this.durations.workflowMs, () => {
      wf.status = "Complete";
    });
    return wf;
  }

  // ---------------------------------------------------------------- traffic and incidents

  /** Records requests a deployment answered (httpLogs, httpMetrics) and announces them. */
  addHttpLogs(dep: DeploymentRec, rows: HttpLogRec[]): void {
    if (rows.length === 0) return;
    const list = this.httpLogs.get(dep.id) ?? [];
    list.push(...rows);
    if (list.length > MAX_HTTP_LOGS_PER_DEPLOYMENT) list.splice(0, list.length - MAX_HTTP_LOGS_PER_DEPLOYMENT);
    this.httpLogs.set(dep.id, list);
    this.events.emit("httpLogs", { deployment: dep, rows });
  }

  /** A row of the edge's request log for a deployment. */
  httpLogRow(
    dep: DeploymentRec,
    r: {
      method: string;
      path: string;
      host: string;
      status: number;
      durationMs: number;
      srcIp?: string;
      userAgent?: string;
      rxBytes?: number;
    },
  ): HttpLogRec {
    const at = this.now();
    const failed = r.status === 502;
    return {
      at,
      timestamp: new Date(at).toISOString(),
      requestId: randomBytes(11).toString("base64url"),
      method: r.method,
      path: r.path,
      host: r.host,
      httpStatus: r.status,
      totalDuration: r.durationMs,
      upstreamRqDuration: Math.max(0, r.durationMs - 1),
      srcIp: r.srcIp ?? "127.0.0.1",
      clientUa: r.userAgent ?? "",
      edgeRegion: "us-west2",
      rxBytes: r.rxBytes ?? 0,
      txBytes: 0,
      upstreamAddress: failed ? "" : "http://[fd12:3456:789a::1]:8080",
      upstreamErrors: failed ? '[{"deploymentInstanceID":"","duration":0,"error":"connection refused"}]' : "",
      responseDetails: failed ? "failed to forward request to upstream: connection refused" : "",
      downstreamProto: "HTTP/1.1",
      upstreamProto: "HTTP/1.1",
      deploymentId: dep.id,
      deploymentInstanceId: `${dep.id.slice(0, 8)}-0`,
    };
  }

  /** Synthetic traffic of a surging app: `errors` of `requests` answered 500, the rest 200. */
  private recordTraffic(dep: DeploymentRec, requests: number, errors: number): void {
    const host =
      this.domainsOf(dep.serviceId, dep.environmentId).service[0]?.domain ??
      `${dep.serviceId.slice(0, 8)}.up.railway.app`;
    const rows: HttpLogRec[] = [];
    for (let i = 0; i < requests; i++) {
      const failed = i < errors;
      rows.push(
        this.httpLogRow(dep, {
          method: "GET",
          path: failed ? "/api/orders" : "/api/health",
          host,
          status: failed ? 500 : 200,
          durationMs: Math.round(failed ? 400 + this.random() * 1600 : 8 + this.random() * 60),
          userAgent: "Mozilla/5.0",
        }),
      );
    }
    this.addHttpLogs(dep, rows);
  }

  /** The live deployment of a service: fails unless there is one. */
  private requireLive(serviceId: string, environmentId: string): DeploymentRec {
    this.getInstance(serviceId, environmentId);
    const dep = this.activeDeployment(serviceId, environmentId);
    if (!dep) throw badRequest("The service has no live deployment");
    return dep;
  }

  /** Incident `crash`: the live deployment crashes with `cause` after `afterMs`. */
  crashLive(serviceId: string, environmentId: string, cause: FailureCause, afterMs: number): DeploymentRec {
    const dep = this.requireLive(serviceId, environmentId);
    if (cause === "out_of_memory")
      this.lifecycle.climbMemory(
        dep,
        this.findInstance(serviceId, environmentId)?.memoryGB ?? DEFAULT_MEMORY_LIMIT_GB,
        afterMs,
      );
    this.lifecycle.crashAfter(dep, cause, afterMs);
    return dep;
  }

  /** Incident `error_surge`: the live deployment starts failing requests and logging errors after `afterMs`. */
  surgeLive(
    serviceId: string,
    environmentId: string,
    options: { afterMs: number; errorRate: number; errorsPerMinute: number },
  ): DeploymentRec {
    const dep = this.requireLive(serviceId, environmentId);
    this.lifecycle.surgeAfter(dep, options.afterMs, options.errorRate, options.errorsPerMinute);
    return dep;
  }

  /**
   * Incident `dependency_down`: the database's live deployment crashes, and every app that uses it
   * logs ECONNREFUSED to it every few seconds (and fails its requests) until the database is live again.
   */
  dependencyDown(serviceId: string, environmentId: string): DeploymentRec {
    const svc = this.getService(serviceId, { ignorePropagation: true });
    if (svc.kind === "app") throw badRequest("dependency_down takes a database service (postgres or redis)");
    const dep = this.requireLive(serviceId, environmentId);
    const key = `${environmentId}|${serviceId}`;
    this.downDependencies.get(key)?.stopTicking();
    this.lifecycle.appendRuntime(dep, databaseCrashLines(svc.kind));
    this.lifecycle.finish(dep, "CRASHED");
    const target = this.dependencyAddress(svc);
    let cancel = () => {};
    const tick = () => {
      for (const app of this.dependentsOf(serviceId, environmentId)) {
        const live = this.activeDeployment(app.id, environmentId);
        if (live) this.lifecycle.appendRuntime(live, refusedLines(target, this.now()));
      }
      cancel = this.clock.schedule(SURGE_TICK_MS, tick);
    };
    tick();
    this.downDependencies.set(key, { serviceId, environmentId, since: this.now(), stopTicking: () => cancel() });
    return dep;
  }

  /** Incident `recover`: ends a surge of the live deployment, or restarts a database that is down. */
  recover(serviceId: string, environmentId: string): DeploymentRec | undefined {
    if (this.downDependencies.has(`${environmentId}|${serviceId}`)) {
      const crashed = this.deploymentsOf(serviceId, environmentId).find((d) => d.status === "CRASHED");
      if (crashed) {
        this.restart(crashed.id);
        return crashed;
      }
      this.dependencyBack(serviceId, environmentId);
      return undefined;
    }
    const live = this.activeDeployment(serviceId, environmentId);
    if (live) this.lifecycle.endSurge(live);
    return live;
  }

  private dependencyBack(serviceId: string, environmentId: string): void {
    const key = `${environmentId}|${serviceId}`;
    this.downDependencies.get(key)?.stopTicking();
    this.downDependencies.delete(key);
  }

  /** Where apps reach a database on the private network. */
  dependencyAddress(svc: ServiceRec): { name: string; host: string; port: number } {
    return {
      name: svc.kind === "redis" ? "redis" : "postgres",
      host: `${slug(svc.name)}.railway.internal`,
      port: svc.kind === "redis" ? 6379 : 5432,
    };
  }

  /** Apps that use a database: those whose variables reference `${{Name.…}}`, else every app of the environment. */
  dependentsOf(serviceId: string, environmentId: string): ServiceRec[] {
    const db = this.services.get(serviceId);
    if (!db) return [];
    const apps = this.servicesOf(db.projectId, true).filter(
      (s) => s.id !== serviceId && s.kind === "app" && this.findInstance(s.id, environmentId),
    );
    const marker = `\${{${db.name}.`;
    const referencing = apps.filter((s) =>
      [...this.varMap(environmentId, s.id).values()].some((v) => v.includes(marker)),
    );
    return referencing.length > 0 ? referencing : apps;
  }

  /** A database this app uses that is down, if any (the app server fails its requests). */
  unreachableDependency(
    serviceId: string,
    environmentId: string,
  ): { name: string; host: string; port: number } | undefined {
    for (const down of this.downDependencies.values()) {
      if (down.environmentId !== environmentId) continue;
      if (this.dependentsOf(down.serviceId, environmentId).some((s) => s.id === serviceId)) {
        const db = this.services.get(down.serviceId);
        if (db) return this.dependencyAddress(db);
      }
    }
    return undefined;
  }

  /** Stops every pending timer (world reset or shutdown). */
  dispose(): void {
    for (const down of this.downDependencies.values()) down.stopTicking();
    this.downDependencies.clear();
    for (const dep of this.deployments.values()) this.lifecycle.cancelTimers(dep);
    for (const cancel of this.scheduledDeletes.values()) cancel();
    this.scheduledDeletes.clear();
    this.events.emit("reset", undefined);
  }
}

function stripReason(meta: Record<string, unknown>): Record<string, unknown> {
  const { reason: _reason, rollbackFromDeploymentId: _from, ...rest } = meta;
  return rest;
}

/** A deployment can be rolled back to when it ran and its image still exists. */
export function canRollback(dep: DeploymentRec): boolean {
  return dep.everLive && (dep.status === "REMOVED" || dep.status === "SUCCESS" || dep.status === "SLEEPING");
}

export function canRedeploy(dep: DeploymentRec): boolean {
  return !IN_PROGRESS.has(dep.status);
}
