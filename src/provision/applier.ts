import { randomUUID } from "node:crypto";
import { type Clock, RailpilotError, registerSecret, UsageError } from "../core/index.js";
import {
  CustomDomainCreateDocument,
  CustomDomainDeleteDocument,
  DomainsDocument,
  EnvironmentCreateDocument,
  EnvironmentDeleteDocument,
  ProjectCreateDocument,
  ProjectDeleteDocument,
  ProjectUpdateDocument,
  ProvisionServiceRenameDocument,
  type RailwayClient,
  ServiceConnectDocument,
  ServiceCreateDocument,
  ServiceDeleteDocument,
  ServiceDocument,
  ServiceDomainCreateDocument,
  ServiceDomainDeleteDocument,
  ServiceInstanceDeployV2Document,
  ServiceInstanceDocument,
  ServiceInstanceLimitsUpdateDocument,
  ServiceInstanceUpdateDocument,
  TemplateDeployV2Document,
  TemplateDocument,
  VariableCollectionUpsertDocument,
  VariableDeleteDocument,
  VariablesDocument,
  VolumeCreateDocument,
  VolumeDeleteDocument,
  WorkflowStatusDocument,
} from "../railway/index.js";
import { DestructiveChangeError, ProvisionStepError, StalePlanError } from "./errors.js";
import type { CreatedResource, JournalRun, ProvisionJournal } from "./journal.js";
import { findProjectByName, type LiveSnapshot, readLiveState, readProjectState } from "./live-reader.js";
import { destructiveChanges, isSecretVariable, type Plan, type PlanStep, planStack, specDigest } from "./planner.js";
import { formatProjectDescription, type ProjectTags, parseProjectDescription } from "./project-tags.js";
import { compact, DEFAULT_QUIRKS, generateSecret, pollUntil, type QuirkOptions, TemplateWorkflowError } from "./railway-quirks.js";
import { assertReferences } from "./references.js";
import type { ServiceSpec, StackSpec, VariableSpec } from "./spec.js";

/** What the applier reports as it goes (the CLI draws progress from these). */
export type ApplyEvent =
  | { type: "resume"; runId: string; remaining: number }
  | { type: "step-start"; step: PlanStep; index: number; total: number }
  | { type: "step-done"; step: PlanStep; index: number; total: number; adopted: boolean }
  | { type: "step-failed"; step: PlanStep; index: number; total: number; error: Error }
  | { type: "compensate"; resource: CreatedResource; ok: boolean; error?: Error };

export interface ApplyDeps {
  client: RailwayClient;
  clock: Clock;
  journal: ProvisionJournal;
  /** Workspace to create projects in (resolved by the caller). */
  workspaceId?: string;
  quirks?: QuirkOptions;
  /** Random bytes for generated secrets. Default: crypto.randomBytes. */
  random?: (bytes: number) => Buffer;
  onEvent?(event: ApplyEvent): void;
  /**
   * Test hook: called after step number `n` (1-based, counted over the whole run) is journaled
   * as done. The CLI maps RAILPILOT_TEST_CRASH_AFTER_STEP to a hard process exit here.
   */
  afterStepJournaled?(n: number): void | Promise<void>;
  /** Test hook: called after step `n` ran on Railway but before it is journaled as done. */
  beforeStepJournaled?(n: number): void;
  newRunId?(): string;
}

export interface ApplyOptions {
  /** Keep what was created when a step fails (default: remove it, newest first). */
  keepOnFailure?: boolean;
  /** Allow steps that delete things. */
  confirmDestructive?: boolean;
  /** A plan saved by `plan --json`; refused when the live state or the spec changed since. */
  savedPlan?: Plan;
  /** Tags written into a new project's description (tenant instances). */
  tags?: ProjectTags;
  /** Only compute the plan (what `plan` does); no journal, no mutation. */
  dryRun?: boolean;
}

export interface ApplyResult {
  runId: string | undefined;
  plan: Plan;
  resumed: boolean;
  /** Steps executed in this process, in order. */
  executed: string[];
  projectId: string | undefined;
  environmentId: string | undefined;
}

/** Sentinel: a simulated crash (test hook) skips compensation and the run's end record. */
export class SimulatedCrash extends RailpilotError {
  constructor(step: number) {
    super("SIMULATED_CRASH", `Simulated crash after step ${step}`);
  }
}

/** Computes the plan for a spec against what exists (reads only). */
export async function planFromLive(spec: StackSpec, deps: Pick<ApplyDeps, "client" | "workspaceId">): Promise<{ plan: Plan; snapshot: LiveSnapshot }> {
  assertReferences(spec);
  const snapshot = await readLiveState(deps.client, spec, deps.workspaceId ? { workspaceId: deps.workspaceId } : {});
  return { plan: planStack(spec, snapshot.live), snapshot };
}

/**
 * Applies a stack: plan (or resume an interrupted run), then run each step through the client,
 * journaling before and after. On failure, removes what this run created unless keepOnFailure.
 */
export async function applyStack(spec: StackSpec, deps: ApplyDeps, options: ApplyOptions = {}): Promise<ApplyResult> {
  const { plan, snapshot } = await planFromLive(spec, deps);
  const digest = specDigest(spec);

  if (options.savedPlan) {
    if (options.savedPlan.specDigest !== digest) {
      throw new UsageError("The saved plan was made from a different spec", {
        hint: "Pass the same spec file (and --set values) that produced the plan, or plan again.",
      });
    }
    if (options.savedPlan.fingerprint !== plan.fingerprint) throw new StalePlanError(options.savedPlan.fingerprint, plan.fingerprint);
  }

  const open = await deps.journal.findOpenRun(spec.project.name, spec.environment);
  let run: JournalRun;
  let steps: PlanStep[];
  let resumed = false;
  const previouslyStarted = new Set<string>();
  if (open) {
    if (open.specDigest !== digest) {
      throw new UsageError(`An interrupted apply of "${spec.project.name}" (run ${open.id}) used a different spec`, {
        hint: "Run apply once more with the spec of the interrupted run to finish it, then apply the new spec.",
      });
    }
    const journaled = await deps.journal.steps(open.id);
    const done = new Set(journaled.filter((s) => s.status === "done").map((s) => s.stepId));
    for (const s of journaled) if (s.status === "started") previouslyStarted.add(s.stepId);
    run = open;
    steps = open.steps;
    resumed = true;
    deps.onEvent?.({ type: "resume", runId: open.id, remaining: open.steps.filter((s) => !done.has(s.id)).length });
    steps = open.steps.filter((s) => !done.has(s.id));
  } else {
    steps = plan.steps;
    run = {
      id: deps.newRunId?.() ?? randomUUID(),
      stack: spec.project.name,
      environment: spec.environment,
      instance: options.tags?.instance ?? null,
      status: "running",
      specDigest: digest,
      fingerprint: plan.fingerprint,
      steps: plan.steps,
      error: null,
      startedAt: deps.clock.now(),
      finishedAt: null,
    };
  }

  const destructive = resumed ? steps.filter((s) => s.destructive).map((s) => s.id) : destructiveChanges(plan);
  if (destructive.length > 0 && !options.confirmDestructive) throw new DestructiveChangeError(destructive);

  const result: ApplyResult = {
    runId: undefined,
    plan,
    resumed,
    executed: [],
    projectId: snapshot.projectId,
    environmentId: snapshot.environmentId,
  };
  if (steps.length === 0 && !resumed) return result;
  if (!resumed) await deps.journal.createRun(run);
  result.runId = run.id;

  const executor = new StepExecutor(spec, deps, snapshot, options.tags ?? {});
  const allSteps = run.steps;
  for (const step of steps) {
    const index = allSteps.findIndex((s) => s.id === step.id);
    const total = allSteps.length;
    deps.onEvent?.({ type: "step-start", step, index, total });
    await deps.journal.stepStarted(run.id, step.id, index, step.kind, deps.clock.now());
    let outcome: StepOutcome;
    try {
      outcome = await executor.run(step, previouslyStarted.has(step.id));
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      await deps.journal.stepFinished(run.id, step.id, "failed", executor.partial, err.message, deps.clock.now());
      deps.onEvent?.({ type: "step-failed", step, index, total, error: err });
      if (options.keepOnFailure) {
        await deps.journal.finishRun(run.id, "failed", `${step.id}: ${err.message}`, deps.clock.now());
        throw new ProvisionStepError(run.id, step.id, err, false);
      }
      const leftovers = await compensate(run.id, deps);
      await deps.journal.finishRun(run.id, "compensated", `${step.id}: ${err.message}`, deps.clock.now());
      const failure = new ProvisionStepError(run.id, step.id, err, leftovers.length === 0);
      if (leftovers.length > 0) {
        throw new RailpilotError("PROVISION_FAILED", `${failure.message}; could not remove: ${leftovers.map((r) => `${r.type} ${r.id}`).join(", ")}`, {
          cause: err,
          hint: "Remove the listed resources in Railway's dashboard (or run apply again to finish the stack).",
        });
      }
      throw failure;
    }
    deps.beforeStepJournaled?.(index + 1);
    await deps.journal.stepFinished(run.id, step.id, "done", outcome.created, null, deps.clock.now());
    result.executed.push(step.id);
    deps.onEvent?.({ type: "step-done", step, index, total, adopted: outcome.adopted });
    await deps.afterStepJournaled?.(index + 1);
  }
  await deps.journal.finishRun(run.id, "succeeded", null, deps.clock.now());
  result.projectId = executor.projectId;
  result.environmentId = executor.environmentId;
  return result;
}

/**
 * Removes everything a run created, newest first. Children of a project this run created go
 * with the project (one call instead of many). Returns what could not be removed.
 */
export async function compensate(runId: string, deps: Pick<ApplyDeps, "client" | "journal" | "clock" | "onEvent">): Promise<CreatedResource[]> {
  const steps = (await deps.journal.steps(runId)).sort((a, b) => a.seq - b.seq);
  const created = steps.flatMap((s) => s.created.map((r) => ({ r, stepId: s.stepId })));
  const projectCreated = created.find((c) => c.r.type === "project");
  const leftovers: CreatedResource[] = [];
  const deletedServices = new Set<string>();
  const client = deps.client;
  const undo = async (r: CreatedResource) => {
    switch (r.type) {
      case "project":
        await client.request(ProjectDeleteDocument, { id: r.id });
        return;
      case "environment":
        await client.request(EnvironmentDeleteDocument, { id: r.id });
        return;
      case "service":
        await client.request(ServiceDeleteDocument, { id: r.id });
        deletedServices.add(r.id);
        return;
      case "volume":
        await client.request(VolumeDeleteDocument, { volumeId: r.id });
        return;
      case "service-domain":
        if (r.serviceId && deletedServices.has(r.serviceId)) return;
        await client.request(ServiceDomainDeleteDocument, { id: r.id });
        return;
      case "custom-domain":
        if (r.serviceId && deletedServices.has(r.serviceId)) return;
        await client.request(CustomDomainDeleteDocument, { id: r.id });
        return;
      case "variable":
      case "shared-variable": {
        if (r.serviceId && deletedServices.has(r.serviceId)) return;
        const [projectId, environmentId] = (r.name ?? "").split("/");
        if (!projectId || !environmentId) return;
        await client.request(VariableDeleteDocument, {
          input: compact({ projectId, environmentId, name: r.id, serviceId: r.serviceId }),
        });
        return;
      }
    }
  };
  for (const { r } of created.reverse()) {
    if (projectCreated && r.type !== "project") continue; // removed with the project
    try {
      await undo(r);
      deps.onEvent?.({ type: "compensate", resource: r, ok: true });
    } catch (error) {
      leftovers.push(r);
      deps.onEvent?.({ type: "compensate", resource: r, ok: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  for (const s of steps) {
    if (s.created.length === 0) continue;
    const failed = s.created.some((r) => leftovers.includes(r));
    await deps.journal.stepFinished(runId, s.stepId, failed ? "compensation-failed" : "compensated", s.created, s.error, deps.clock.now());
  }
  return leftovers;
}

interface StepOutcome {
  created: CreatedResource[];
  adopted: boolean;
}

/** Caches template lookups per endpoint: a template's serialized config does not change per tenant. */
const templateCache = new Map<string, Promise<{ id: string; serializedConfig: unknown }>>();

/** Runs single steps; each looks before it creates, so running one twice is harmless. */
class StepExecutor {
  projectId: string | undefined;
  environmentId: string | undefined;
  /** What the current step created so far (kept when it fails half-way). */
  partial: CreatedResource[] = [];
  private readonly serviceIds: Map<string, string>;
  private readonly quirks: Required<QuirkOptions>;
  private projectDescription: string | null;

  constructor(
    private readonly spec: StackSpec,
    private readonly deps: ApplyDeps,
    snapshot: LiveSnapshot,
    private readonly tags: ProjectTags,
  ) {
    this.projectId = snapshot.projectId;
    this.environmentId = snapshot.environmentId;
    this.serviceIds = new Map(snapshot.serviceIds);
    this.quirks = { ...DEFAULT_QUIRKS, ...deps.quirks };
    this.projectDescription = snapshot.live.project?.description ?? null;
  }

  private get client(): RailwayClient {
    return this.deps.client;
  }

  private ids(): { projectId: string; environmentId: string } {
    if (!this.projectId || !this.environmentId) {
      throw new RailpilotError("PROVISION_STATE", "The project or environment of this stack is not known yet", {
        hint: "Run apply again; it resumes from the journal.",
      });
    }
    return { projectId: this.projectId, environmentId: this.environmentId };
  }

  private serviceId(name: string): string {
    const id = this.serviceIds.get(name);
    if (!id) throw new RailpilotError("PROVISION_STATE", `Service "${name}" does not exist yet`, { hint: "Run apply again; it resumes from the journal." });
    return id;
  }

  private serviceSpec(name: string): ServiceSpec {
    const s = this.spec.services.find((x) => x.name === name);
    if (!s) throw new RailpilotError("PROVISION_STATE", `Service "${name}" is not in the spec`);
    return s;
  }

  private record(r: CreatedResource): void {
    this.partial.push(r);
  }

  async run(step: PlanStep, resumedStart: boolean): Promise<StepOutcome> {
    this.partial = [];
    const adopted = await this.dispatch(step, resumedStart);
    return { created: this.partial, adopted };
  }

  /** Returns true when the step found its work already done. */
  private async dispatch(step: PlanStep, resumed: boolean): Promise<boolean> {
    switch (step.kind) {
      case "project.create":
        return this.projectCreate(resumed);
      case "project.update": {
        const { projectId } = this.ids();
        const current = parseProjectDescription(this.projectDescription);
        await this.client.request(ProjectUpdateDocument, {
          id: projectId,
          input: { description: formatProjectDescription(this.spec.project.description ?? "", current.tags) },
        });
        return false;
      }
      case "environment.create":
        return this.environmentCreate(resumed);
      case "shared.set":
        return this.setVariables(undefined, this.spec.shared, step.names ?? []);
      case "shared.delete":
        return this.deleteVariables(undefined, step.names ?? []);
      case "database.create":
        return this.databaseCreate(step, resumed);
      case "service.create":
        return this.serviceCreate(step.target as string, resumed);
      case "service.connect": {
        const s = this.serviceSpec(step.target as string);
        const serviceId = this.serviceId(s.name);
        if (resumed) {
          // serviceConnect deploys; if it already went through before a crash, do not deploy twice.
          const { serviceInstance } = await this.client.request(ServiceInstanceDocument, { serviceId, environmentId: this.ids().environmentId });
          const src = serviceInstance.source;
          const same = s.source.type === "image" ? src?.image === s.source.image : src?.repo === s.source.repo;
          if (same && serviceInstance.latestDeployment) return true;
        }
        const input = s.source.type === "image" ? { image: s.source.image } : { repo: s.source.repo, branch: s.source.branch };
        // The service id goes outside the input (API-NOTES §9f).
        await this.client.request(ServiceConnectDocument, { id: serviceId, input });
        return false;
      }
      case "service.configure": {
        const { environmentId } = this.ids();
        await this.client.request(ServiceInstanceUpdateDocument, {
          serviceId: this.serviceId(step.target as string),
          environmentId,
          input: compact({ ...step.settings }),
        });
        return false;
      }
      case "service.limits": {
        const s = this.serviceSpec(step.target as string);
        const { environmentId } = this.ids();
        await this.client.request(ServiceInstanceLimitsUpdateDocument, {
          input: compact({ serviceId: this.serviceId(s.name), environmentId, memoryGB: s.limits?.memoryGB, vCPUs: s.limits?.vCPUs }),
        });
        return false;
      }
      case "volume.create":
        return this.volumeCreate(step.target as string, step.mountPath as string, resumed);
      case "variables.set": {
        const s = this.serviceSpec(step.target as string);
        return this.setVariables(this.serviceId(s.name), s.variables, step.names ?? []);
      }
      case "variables.delete":
        return this.deleteVariables(this.serviceId(step.target as string), step.names ?? []);
      case "domain.create":
        return this.domainCreate(step, resumed);
      case "domain.delete":
        return this.domainDelete(step);
      case "service.deploy":
        return this.deploy(step.target as string, resumed);
      case "service.delete": {
        const id = step.resourceId ?? this.serviceIds.get(step.target as string);
        if (!id) return true;
        await this.client.request(ServiceDeleteDocument, { id });
        this.serviceIds.delete(step.target as string);
        return false;
      }
    }
  }

  private async projectCreate(resumed: boolean): Promise<boolean> {
    const existing = await findProjectByName(this.client, this.spec.project.name, this.deps.workspaceId);
    if (existing) {
      // Found: created by an earlier attempt of this run (resume) or by someone else meanwhile.
      this.projectId = existing.id;
      this.projectDescription = existing.description;
      await this.learnEnvironment();
      if (resumed) this.record({ type: "project", id: existing.id, name: existing.name });
      return true;
    }
    const { projectCreate } = await this.client.request(ProjectCreateDocument, {
      input: compact({
        name: this.spec.project.name,
        description: formatProjectDescription(this.spec.project.description ?? "", this.tags),
        workspaceId: this.deps.workspaceId,
        defaultEnvironmentName: this.spec.environment,
      }),
    });
    this.projectId = projectCreate.id;
    this.projectDescription = projectCreate.description ?? null;
    this.record({ type: "project", id: projectCreate.id, name: projectCreate.name });
    const env = projectCreate.environments.edges.map((e) => e.node).find((e) => e.name === this.spec.environment);
    if (env) this.environmentId = env.id;
    else await this.environmentCreate(false);
    return false;
  }

  private async learnEnvironment(): Promise<void> {
    if (!this.projectId) return;
    const project = await readProjectState(this.client, this.projectId);
    const env = project?.environments.edges.map((e) => e.node).find((e) => e.name === this.spec.environment);
    if (env) this.environmentId = env.id;
    for (const { node } of project?.services.edges ?? []) this.serviceIds.set(node.name, node.id);
  }

  private async environmentCreate(resumed: boolean): Promise<boolean> {
    const projectId = this.projectId;
    if (!projectId) throw new RailpilotError("PROVISION_STATE", "The project of this stack does not exist yet", { hint: "Run apply again." });
    await this.learnEnvironment();
    if (this.environmentId) {
      if (resumed) this.record({ type: "environment", id: this.environmentId, name: this.spec.environment });
      return true;
    }
    const { environmentCreate } = await this.client.request(EnvironmentCreateDocument, { input: { projectId, name: this.spec.environment } });
    this.environmentId = environmentCreate.id;
    this.record({ type: "environment", id: environmentCreate.id, name: environmentCreate.name });
    return false;
  }

  private async projectServices(): Promise<{ id: string; name: string }[]> {
    const { projectId } = this.ids();
    const project = await readProjectState(this.client, projectId);
    return project?.services.edges.map((e) => e.node) ?? [];
  }

  private async databaseCreate(step: PlanStep, resumed: boolean): Promise<boolean> {
    const name = step.target as string;
    const engine = step.engine ?? "postgres";
    const { projectId, environmentId } = this.ids();
    const before = await this.projectServices();
    const hit = before.find((s) => s.name === name);
    if (hit) {
      this.serviceIds.set(name, hit.id);
      if (resumed) this.record({ type: "service", id: hit.id, name });
      return true;
    }
    const template = await this.template(engine);
    const managed = new Set([...this.spec.services.map((s) => s.name), ...this.spec.databases.map((d) => d.name)]);
    // A resumed step may have deployed the template already, under the template's own name.
    let created: { id: string; name: string } | undefined = resumed ? before.find((s) => !managed.has(s.name) && s.name.toLowerCase() === engine) : undefined;
    if (!created) {
      const known = new Set(before.map((s) => s.id));
      const { templateDeployV2 } = await this.client.request(TemplateDeployV2Document, {
        input: { templateId: template.id, serializedConfig: template.serializedConfig as never, projectId, environmentId },
      });
      const workflowId = templateDeployV2.workflowId;
      if (workflowId) {
        await pollUntil(
          `Template ${engine} deploy`,
          async () => {
            const { workflowStatus } = await this.client.request(WorkflowStatusDocument, { workflowId });
            if (workflowStatus.status === "Error") throw new TemplateWorkflowError(`Template ${engine} failed: ${workflowStatus.error ?? "unknown error"}`);
            return workflowStatus.status === "Complete" ? true : undefined;
          },
          this.deps.clock,
          { timeoutMs: this.quirks.workflowTimeoutMs, intervalMs: this.quirks.workflowIntervalMs },
        );
      }
      // The new service shows up in queries only after a while (propagation).
      created = await pollUntil(
        `The ${engine} service to appear`,
        async () => (await this.projectServices()).find((s) => !known.has(s.id)),
        this.deps.clock,
        { timeoutMs: this.quirks.visibilityTimeoutMs, intervalMs: this.quirks.visibilityIntervalMs },
      );
    }
    this.record({ type: "service", id: created.id, name });
    if (created.name !== name) {
      await this.client.request(ProvisionServiceRenameDocument, { id: created.id, input: { name } });
    }
    this.serviceIds.set(name, created.id);
    return false;
  }

  private async template(engine: string): Promise<{ id: string; serializedConfig: unknown }> {
    const key = `${this.client.endpoint}#${engine}`;
    let cached = templateCache.get(key);
    if (!cached) {
      cached = this.client.request(TemplateDocument, { code: engine }).then((r) => ({ id: r.template.id, serializedConfig: r.template.serializedConfig }));
      cached.catch(() => templateCache.delete(key));
      templateCache.set(key, cached);
    }
    return cached;
  }

  private async serviceCreate(name: string, resumed: boolean): Promise<boolean> {
    const { projectId } = this.ids();
    const existing = this.serviceIds.get(name) ?? (resumed ? (await this.projectServices()).find((s) => s.name === name)?.id : undefined);
    if (existing) {
      this.serviceIds.set(name, existing);
      if (resumed) this.record({ type: "service", id: existing, name });
      return true;
    }
    // No source here: a service created with a source deploys at once, before its variables exist.
    const { serviceCreate } = await this.client.request(ServiceCreateDocument, { input: { projectId, name } });
    this.record({ type: "service", id: serviceCreate.id, name });
    this.serviceIds.set(name, serviceCreate.id);
    await pollUntil(
      `Service ${name} to become visible`,
      async () => (await this.client.request(ServiceDocument, { id: serviceCreate.id })).service.id,
      this.deps.clock,
      { timeoutMs: this.quirks.visibilityTimeoutMs, intervalMs: this.quirks.visibilityIntervalMs },
    );
    return false;
  }

  private async volumeCreate(name: string, mountPath: string, resumed: boolean): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    const serviceId = this.serviceId(name);
    const project = await readProjectState(this.client, projectId);
    const env = project?.environments.edges.find((e) => e.node.id === environmentId)?.node;
    const hit = env?.volumeInstances.edges.find((v) => v.node.serviceId === serviceId && v.node.mountPath === mountPath);
    if (hit) {
      if (resumed) this.record({ type: "volume", id: hit.node.volumeId, serviceId });
      return true;
    }
    const { volumeCreate } = await this.client.request(VolumeCreateDocument, { input: { projectId, environmentId, serviceId, mountPath } });
    this.record({ type: "volume", id: volumeCreate.id, serviceId });
    return false;
  }

  /** All variables in ONE upsert with skipDeploys (an upsert per variable would redeploy per variable). */
  private async setVariables(serviceId: string | undefined, declared: Record<string, VariableSpec>, names: string[]): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    const { variables: current } = await this.client.request(VariablesDocument, compact({ projectId, environmentId, serviceId, unrendered: true }));
    const existing = current as Record<string, string>;
    const values: Record<string, string> = {};
    for (const name of names) {
      const v = declared[name];
      if (!v) continue;
      if (v.kind === "generated") {
        if (existing[name] !== undefined) continue; // created once, then kept
        const secret = generateSecret(v.bytes, v.encoding, this.deps.random);
        registerSecret(secret);
        values[name] = secret;
      } else if (existing[name] !== v.value) {
        // Whatever the plan hides is also kept out of every output (name-based or URL credentials).
        if (isSecretVariable(name, v)) registerSecret(v.value);
        values[name] = v.value;
      }
    }
    if (Object.keys(values).length === 0) return true;
    await this.client.request(VariableCollectionUpsertDocument, {
      input: compact({ projectId, environmentId, serviceId, variables: values, skipDeploys: true }),
    });
    for (const name of Object.keys(values)) {
      if (existing[name] === undefined) {
        this.record({ type: serviceId ? "variable" : "shared-variable", id: name, name: `${projectId}/${environmentId}`, ...(serviceId ? { serviceId } : {}) });
      }
    }
    return false;
  }

  private async deleteVariables(serviceId: string | undefined, names: string[]): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    for (const name of names) {
      await this.client.request(VariableDeleteDocument, { input: compact({ projectId, environmentId, serviceId, name }) });
    }
    return false;
  }

  private async domainCreate(step: PlanStep, resumed: boolean): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    const serviceId = this.serviceId(step.target as string);
    const want = step.domain;
    if (!want) return true;
    const { domains } = await this.client.request(DomainsDocument, { projectId, environmentId, serviceId });
    if (want.kind === "generated") {
      const hit = domains.serviceDomains.find((d) => want.port === undefined || d.targetPort === want.port);
      if (hit) {
        if (resumed) this.record({ type: "service-domain", id: hit.id, serviceId });
        return true;
      }
      const { serviceDomainCreate } = await this.client.request(ServiceDomainCreateDocument, {
        input: compact({ serviceId, environmentId, targetPort: want.port }),
      });
      this.record({ type: "service-domain", id: serviceDomainCreate.id, serviceId });
      return false;
    }
    const hit = domains.customDomains.find((d) => d.domain === want.domain);
    if (hit) {
      if (resumed) this.record({ type: "custom-domain", id: hit.id, serviceId });
      return true;
    }
    const { customDomainCreate } = await this.client.request(CustomDomainCreateDocument, {
      input: compact({ domain: want.domain, projectId, environmentId, serviceId, targetPort: want.port }),
    });
    this.record({ type: "custom-domain", id: customDomainCreate.id, serviceId });
    return false;
  }

  private async domainDelete(step: PlanStep): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    const serviceId = this.serviceId(step.target as string);
    const { domains } = await this.client.request(DomainsDocument, { projectId, environmentId, serviceId });
    if (domains.serviceDomains.some((d) => d.id === step.resourceId)) {
      await this.client.request(ServiceDomainDeleteDocument, { id: step.resourceId as string });
      return false;
    }
    if (domains.customDomains.some((d) => d.id === step.resourceId)) {
      await this.client.request(CustomDomainDeleteDocument, { id: step.resourceId as string });
      return false;
    }
    return true;
  }

  private async deploy(name: string, resumed: boolean): Promise<boolean> {
    const { environmentId } = this.ids();
    const serviceId = this.serviceId(name);
    if (resumed) {
      // The process may have died after Railway accepted the deploy: do not deploy twice.
      const { serviceInstance } = await this.client.request(ServiceInstanceDocument, { serviceId, environmentId });
      if (serviceInstance.latestDeployment) return true;
    }
    await this.client.request(ServiceInstanceDeployV2Document, { serviceId, environmentId });
    return false;
  }
}
