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
import type { CreatedResource, JournalRun, ProvisionJournal, RunStart } from "./journal.js";
import { findProjectByName, type LiveSnapshot, readLiveState, readProjectState } from "./live-reader.js";
import { isAmbiguousFailure, isTemplateServiceName, resolvePending, volumesOf } from "./pending-lookup.js";
import { destructiveChanges, isSecretVariable, type Plan, type PlanStep, planStack, specDigest } from "./planner.js";
import { formatProjectDescription, type ProjectTags, parseProjectDescription } from "./project-tags.js";
import { compact, DEFAULT_QUIRKS, generateSecret, pollUntil, type QuirkOptions, TemplateWorkflowError } from "./railway-quirks.js";
import { assertReferences } from "./references.js";
import { assertSpecSafe } from "./spec-safety.js";
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
  assertSpecSafe(spec);
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

  if (options.savedPlan && options.savedPlan.specDigest !== digest) {
    throw new UsageError("The saved plan was made from a different spec", {
      hint: "Pass the same spec file (and --set values) that produced the plan, or plan again.",
    });
  }

  const open = await deps.journal.findOpenRun(spec.project.name, spec.environment);
  if (options.savedPlan) {
    // A resumed run goes on with the steps it planned at its start, so a saved plan must be that
    // plan: computed against the live state the run started from (the state now is half applied).
    const expected = open ? open.fingerprint : plan.fingerprint;
    if (options.savedPlan.fingerprint !== expected) throw new StalePlanError(options.savedPlan.fingerprint, expected);
  }

  let run: JournalRun;
  let steps: PlanStep[];
  let resumed = false;
  /** Steps an earlier process started and never finished: their first start time and what they created. */
  const previous = new Map<string, { startedAt: number; created: CreatedResource[] }>();
  if (open) {
    if (open.specDigest !== digest) {
      throw new UsageError(`An interrupted apply of "${spec.project.name}" (run ${open.id}) used a different spec`, {
        hint: "Run apply once more with the spec of the interrupted run to finish it, then apply the new spec.",
      });
    }
    const journaled = await deps.journal.steps(open.id);
    const done = new Set(journaled.filter((s) => s.status === "done").map((s) => s.stepId));
    for (const s of journaled) if (s.status === "started") previous.set(s.stepId, { startedAt: s.startedAt, created: s.created });
    run = open;
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
      start: {
        ...(snapshot.projectId ? { projectId: snapshot.projectId } : {}),
        ...(snapshot.environmentId ? { environmentId: snapshot.environmentId } : {}),
        serviceIds: [...new Set(snapshot.serviceIds.values())].sort(),
      },
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

  const executor = new StepExecutor(spec, deps, snapshot, options.tags ?? {}, run);
  const allSteps = run.steps;
  for (const step of steps) {
    const index = allSteps.findIndex((s) => s.id === step.id);
    const total = allSteps.length;
    deps.onEvent?.({ type: "step-start", step, index, total });
    const startedAt = deps.clock.now();
    await deps.journal.stepStarted(run.id, step.id, index, step.kind, startedAt);
    let outcome: StepOutcome;
    try {
      outcome = await executor.run(step, previous.get(step.id) ?? { startedAt, created: [] }, previous.has(step.id));
    } catch (error) {
      if (error instanceof SimulatedCrash) throw error; // the process "died": no journal write, no compensation
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
        throw new RailpilotError("PROVISION_FAILED", `${failure.message}; could not remove: ${describeLeftovers(leftovers)}`, {
          cause: err,
          hint: leftoverHint(leftovers),
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

function describeResource(r: CreatedResource): string {
  if (r.pending) return `${r.type} "${r.name ?? "?"}" (its create got no answer; not found or not checked)`;
  return `${r.type} ${r.id}${r.name && r.name !== r.id ? ` (${r.name})` : ""}`;
}

/** What compensation could not remove, for the final error: a project first, with what it holds. */
export function describeLeftovers(leftovers: readonly CreatedResource[]): string {
  const project = leftovers.find((r) => r.type === "project" && !r.pending);
  if (!project) return leftovers.map(describeResource).join(", ");
  const inside = leftovers.filter((r) => r !== project);
  return `${describeResource(project)}${inside.length > 0 ? `, with what this apply created in it: ${inside.map(describeResource).join(", ")}` : ""}`;
}

function leftoverHint(leftovers: readonly CreatedResource[]): string {
  const project = leftovers.find((r) => r.type === "project" && !r.pending);
  if (project) {
    return `Project ${project.id} was created by this apply and holds nothing else: delete it in Railway's dashboard (project Settings → Danger → Delete project), or run apply again to finish the stack instead.`;
  }
  return "Remove the listed resources in Railway's dashboard (or run apply again to finish the stack).";
}

/**
 * Removes everything a run created, newest first. Pending records (creates whose answer was
 * lost) are looked up first. Children of a project this run created go with the project (one
 * call instead of many); when the project cannot be deleted, they all stay, and are reported
 * and journaled as such. Returns what could not be removed (the project first).
 */
export async function compensate(
  runId: string,
  deps: Pick<ApplyDeps, "client" | "journal" | "clock" | "onEvent" | "quirks">,
): Promise<CreatedResource[]> {
  const steps = (await deps.journal.steps(runId)).sort((a, b) => a.seq - b.seq);
  const client = deps.client;
  const leftovers: CreatedResource[] = [];
  const report = (r: CreatedResource, error?: unknown) => {
    if (error === undefined) deps.onEvent?.({ type: "compensate", resource: r, ok: true });
    else deps.onEvent?.({ type: "compensate", resource: r, ok: false, error: error instanceof Error ? error : new Error(String(error)) });
  };

  // Resolve pending records into what exists (a project first: its children then need no lookup).
  const resolved = new Map<string, CreatedResource[]>();
  const resolve = async (r: CreatedResource): Promise<CreatedResource[]> => {
    if (!r.pending) return [r];
    try {
      return await resolvePending(r, deps);
    } catch (error) {
      leftovers.push(r);
      report(r, error);
      return [];
    }
  };
  for (const s of steps) {
    const list: CreatedResource[] = [];
    for (const r of s.created) if (r.type === "project") list.push(...(await resolve(r)));
    resolved.set(s.stepId, list);
  }
  const project = [...resolved.values()].flat().find((r) => r.type === "project");
  for (const s of steps) {
    const list = resolved.get(s.stepId) ?? [];
    for (const r of s.created) {
      if (r.type === "project") continue;
      if (project) list.push(r); // goes with the project; no lookup needed
      else list.push(...(await resolve(r)));
    }
  }
  const created = steps.flatMap((s) => resolved.get(s.stepId) ?? []);

  const deletedServices = new Set<string>();
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
  if (project) {
    try {
      await undo(project);
      report(project);
    } catch (error) {
      // The project stays, and with it everything this run created inside it.
      report(project, error);
      leftovers.unshift(project, ...created.filter((r) => r !== project));
    }
  } else {
    for (const r of [...created].reverse()) {
      try {
        await undo(r);
        report(r);
      } catch (error) {
        leftovers.push(r);
        report(r, error);
      }
    }
  }
  const left = new Set(leftovers);
  for (const s of steps) {
    const list = resolved.get(s.stepId) ?? [];
    const unresolved = s.created.filter((r) => left.has(r));
    const journaled = [...list, ...unresolved];
    if (s.created.length === 0) continue;
    const failed = journaled.some((r) => left.has(r));
    await deps.journal.stepFinished(runId, s.stepId, failed ? "compensation-failed" : "compensated", journaled, s.error, deps.clock.now());
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
  private readonly runId: string;
  /** What existed when the run began (undefined for runs journaled before it was recorded). */
  private readonly start: RunStart | undefined;
  private stepId = "";
  /** When the current step first started (an earlier process's start, for a resumed step). */
  private stepStartedAt = 0;

  constructor(
    private readonly spec: StackSpec,
    private readonly deps: ApplyDeps,
    snapshot: LiveSnapshot,
    private readonly tags: ProjectTags,
    run: JournalRun,
  ) {
    this.runId = run.id;
    this.start = run.start;
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

  /**
   * Whether a service found on resume is this run's own: absent from the run's start snapshot.
   * Never true for a run journaled without one (adopting a user's service as created would have
   * compensation delete it).
   */
  private createdByRun(serviceId: string): boolean {
    return this.start !== undefined && !this.start.serviceIds.includes(serviceId);
  }

  private get lookupDeps() {
    return { client: this.client, clock: this.deps.clock, quirks: this.quirks };
  }

  private isRecorded(r: CreatedResource): boolean {
    return !r.pending && this.partial.some((x) => !x.pending && x.type === r.type && x.id === r.id && x.serviceId === r.serviceId);
  }

  /** Adds to what the step created, and journals it at once (a crash then loses nothing). */
  private async record(...records: CreatedResource[]): Promise<void> {
    for (const r of records) if (!this.isRecorded(r)) this.partial.push(r);
    await this.deps.journal.stepProgress(this.runId, this.stepId, this.partial);
  }

  /** Replaces a pending record by what it turned out to be (nothing, or resources with ids). */
  private async replace(old: CreatedResource, next: CreatedResource[]): Promise<void> {
    const fresh = next.filter((r) => !this.isRecorded(r));
    const i = this.partial.indexOf(old);
    if (i >= 0) this.partial.splice(i, 1, ...fresh);
    else this.partial.push(...fresh);
    await this.deps.journal.stepProgress(this.runId, this.stepId, this.partial);
  }

  /**
   * Sends a create with its pending record journaled first. Railway's answer turns the record
   * into ids. A definite refusal drops it. A timeout or lost connection leaves open whether the
   * create happened: the resource is looked up at once (by name, domain or mount path) and
   * recorded when it exists; when Railway cannot even be asked, the record stays pending and
   * compensation looks again.
   */
  private async create<T>(intent: CreatedResource, mutate: () => Promise<T>, done: (out: T) => CreatedResource[]): Promise<{ out: T; records: CreatedResource[] }> {
    await this.record(intent);
    let out: T;
    try {
      out = await mutate();
    } catch (error) {
      if (!isAmbiguousFailure(error)) {
        await this.replace(intent, []);
        throw error;
      }
      try {
        await this.replace(intent, await resolvePending(intent, this.lookupDeps));
      } catch {
        // Railway cannot be asked right now: the record stays pending for compensation.
      }
      throw error;
    }
    const records = done(out);
    await this.replace(intent, records);
    return { out, records };
  }

  /** A template's service with the volumes attached to it (removed together on compensation). */
  private async templateRecords(serviceId: string, name: string): Promise<CreatedResource[]> {
    const project = await readProjectState(this.client, this.ids().projectId);
    return [{ type: "service", id: serviceId, name }, ...(project ? volumesOf(project, serviceId) : [])];
  }

  /** Whether a deployment was created since the current step first started (so it is this step's). */
  private deployedSinceStepStart(deployment: { createdAt: string } | null | undefined): boolean {
    return deployment != null && Date.parse(deployment.createdAt) >= this.stepStartedAt;
  }

  async run(step: PlanStep, previous: { startedAt: number; created: CreatedResource[] }, resumedStart: boolean): Promise<StepOutcome> {
    this.stepId = step.id;
    this.stepStartedAt = previous.startedAt;
    this.partial = [...previous.created];
    const adopted = await this.dispatch(step, resumedStart);
    // An earlier attempt's pending records: this attempt found (and recorded) what they stood for.
    return { created: this.partial.filter((r) => !r.pending), adopted };
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
          // It went through when the source (and branch, where the deployment says) matches and a
          // deployment was made since this step first started (an older one is not this step's).
          const { serviceInstance } = await this.client.request(ServiceInstanceDocument, { serviceId, environmentId: this.ids().environmentId });
          const src = serviceInstance.source;
          const latest = serviceInstance.latestDeployment;
          const branch = deploymentBranch(latest?.meta);
          const same =
            s.source.type === "image"
              ? src?.image === s.source.image
              : src?.repo === s.source.repo && (branch === undefined || branch === s.source.branch);
          if (same && this.deployedSinceStepStart(latest)) return true;
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
      // This run's own only when the run began without it (else someone else's: never delete it).
      if (resumed && this.start && !this.start.projectId) await this.record({ type: "project", id: existing.id, name: existing.name });
      return true;
    }
    const name = this.spec.project.name;
    const {
      out: { projectCreate },
    } = await this.create(
      { type: "project", id: "", name, pending: { names: [name], ...(this.deps.workspaceId ? { workspaceId: this.deps.workspaceId } : {}) } },
      () =>
        this.client.request(ProjectCreateDocument, {
          input: compact({
            name,
            description: formatProjectDescription(this.spec.project.description ?? "", this.tags),
            workspaceId: this.deps.workspaceId,
            defaultEnvironmentName: this.spec.environment,
          }),
        }),
      (out) => [{ type: "project", id: out.projectCreate.id, name: out.projectCreate.name }],
    );
    this.projectId = projectCreate.id;
    this.projectDescription = projectCreate.description ?? null;
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
      if (resumed && this.start && !this.start.environmentId) await this.record({ type: "environment", id: this.environmentId, name: this.spec.environment });
      return true;
    }
    const name = this.spec.environment;
    const {
      out: { environmentCreate },
    } = await this.create(
      { type: "environment", id: "", name, pending: { projectId, names: [name] } },
      () => this.client.request(EnvironmentCreateDocument, { input: { projectId, name } }),
      (out) => [{ type: "environment", id: out.environmentCreate.id, name: out.environmentCreate.name }],
    );
    this.environmentId = environmentCreate.id;
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
      if (resumed && this.createdByRun(hit.id)) await this.record(...(await this.templateRecords(hit.id, name)));
      return true;
    }
    const managed = new Set([...this.spec.services.map((s) => s.name), ...this.spec.databases.map((d) => d.name)]);
    // A resumed step may have deployed the template already, under the template's own name. Only
    // a service this run created (absent from its start snapshot) is adopted, never a user's.
    let created: { id: string; name: string } | undefined = resumed
      ? before.find((s) => this.createdByRun(s.id) && !managed.has(s.name) && isTemplateServiceName(engine, s.name))
      : undefined;
    if (created) await this.record(...(await this.templateRecords(created.id, name)));
    else {
      const template = await this.template(engine);
      const known = new Set(before.map((s) => s.id));
      // Journaled before the deploy: if a poll below times out or the workflow fails, compensation
      // finds the template's service by name (it may exist whatever the workflow says).
      const intent: CreatedResource = { type: "service", id: "", name, pending: { projectId, environmentId, names: [name], engine, excludeIds: [...known] } };
      const { out, records } = await this.create(
        intent,
        () =>
          this.client.request(TemplateDeployV2Document, {
            input: { templateId: template.id, serializedConfig: template.serializedConfig as never, projectId, environmentId },
          }),
        (o) => [{ ...intent, pending: { ...intent.pending, ...(o.templateDeployV2.workflowId ? { workflowId: o.templateDeployV2.workflowId } : {}) } }],
      );
      const pending = records[0] as CreatedResource;
      const workflowId = out.templateDeployV2.workflowId;
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
        async () => {
          const fresh = (await this.projectServices()).filter((s) => !known.has(s.id));
          return fresh.find((s) => s.name === name || isTemplateServiceName(engine, s.name)) ?? fresh[0];
        },
        this.deps.clock,
        { timeoutMs: this.quirks.visibilityTimeoutMs, intervalMs: this.quirks.visibilityIntervalMs },
      );
      await this.replace(pending, await this.templateRecords(created.id, name));
    }
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
      if (resumed && this.createdByRun(existing)) await this.record({ type: "service", id: existing, name });
      return true;
    }
    // No source here: a service created with a source deploys at once, before its variables exist.
    const {
      out: { serviceCreate },
    } = await this.create(
      { type: "service", id: "", name, pending: { projectId, names: [name], excludeIds: [...new Set(this.serviceIds.values())] } },
      () => this.client.request(ServiceCreateDocument, { input: { projectId, name } }),
      (out) => [{ type: "service", id: out.serviceCreate.id, name }],
    );
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
      if (resumed) await this.record({ type: "volume", id: hit.node.volumeId, serviceId });
      return true;
    }
    const excludeIds = env?.volumeInstances.edges.map((v) => v.node.volumeId) ?? [];
    await this.create(
      { type: "volume", id: "", name: mountPath, serviceId, pending: { projectId, environmentId, serviceId, mountPath, excludeIds } },
      () => this.client.request(VolumeCreateDocument, { input: { projectId, environmentId, serviceId, mountPath } }),
      (out) => [{ type: "volume", id: out.volumeCreate.id, serviceId }],
    );
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
        await this.record({ type: serviceId ? "variable" : "shared-variable", id: name, name: `${projectId}/${environmentId}`, ...(serviceId ? { serviceId } : {}) });
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
        if (resumed) await this.record({ type: "service-domain", id: hit.id, serviceId });
        return true;
      }
      const excludeIds = domains.serviceDomains.map((d) => d.id);
      await this.create(
        {
          type: "service-domain",
          id: "",
          name: "generated",
          serviceId,
          pending: { projectId, environmentId, serviceId, excludeIds, ...(want.port !== undefined ? { targetPort: want.port } : {}) },
        },
        () => this.client.request(ServiceDomainCreateDocument, { input: compact({ serviceId, environmentId, targetPort: want.port }) }),
        (out) => [{ type: "service-domain", id: out.serviceDomainCreate.id, serviceId }],
      );
      return false;
    }
    const hit = domains.customDomains.find((d) => d.domain === want.domain);
    if (hit) {
      if (resumed) await this.record({ type: "custom-domain", id: hit.id, serviceId });
      return true;
    }
    const excludeIds = domains.customDomains.map((d) => d.id);
    await this.create(
      { type: "custom-domain", id: "", name: want.domain, serviceId, pending: { projectId, environmentId, serviceId, domain: want.domain, excludeIds } },
      () =>
        this.client.request(CustomDomainCreateDocument, {
          input: compact({ domain: want.domain, projectId, environmentId, serviceId, targetPort: want.port }),
        }),
      (out) => [{ type: "custom-domain", id: out.customDomainCreate.id, serviceId }],
    );
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
      // The process may have died after Railway accepted the deploy: do not deploy twice. Only a
      // deployment made since this step first started is its own (an older one deploys old config).
      const { serviceInstance } = await this.client.request(ServiceInstanceDocument, { serviceId, environmentId });
      if (this.deployedSinceStepStart(serviceInstance.latestDeployment)) return true;
    }
    await this.client.request(ServiceInstanceDeployV2Document, { serviceId, environmentId });
    return false;
  }
}

/** The branch a deployment was built from, when its meta says (repo deployments). */
function deploymentBranch(meta: unknown): string | undefined {
  const branch = meta && typeof meta === "object" ? (meta as { branch?: unknown }).branch : undefined;
  return typeof branch === "string" ? branch : undefined;
}
