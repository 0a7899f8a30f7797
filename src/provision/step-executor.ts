import { type Clock, RailpilotError, registerSecret } from "../core/index.js";
import {
  mayHaveActed,
  CustomDomainCreateDocument,
  CustomDomainDeleteDocument,
  DomainsDocument,
  EnvironmentCreateDocument,
  ProjectCreateDocument,
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
  VariableCollectionUpsertDocument,
  VariableDeleteDocument,
  VariablesDocument,
  VolumeCreateDocument,
  WorkflowStatusDocument,
} from "../railway/index.js";
import type { CreatedResource, JournalRun, ProvisionJournal, RunStart } from "./journal.js";
import { findProjectByName, type LiveSnapshot, readProjectState } from "./live-reader.js";
import { isTemplateServiceName, resolvePending, volumesOf } from "./pending-lookup.js";
import { isSecretVariable, type PlanStep, type StepOf } from "./planner.js";
import { formatProjectDescription, type ProjectTags, parseProjectDescription } from "./project-tags.js";
import {
  compact,
  DEFAULT_QUIRKS,
  generateSecret,
  pollUntil,
  type QuirkOptions,
  TemplateWorkflowError,
} from "./railway-quirks.js";
import type { ServiceSpec, StackSpec, VariableSpec } from "./spec.js";
import { TemplateCache } from "./template-cache.js";

/**
 * The step executor: runs one plan step against Railway. Each step looks before it creates, so
 * running one twice (a resumed run) is harmless, and journals what it creates as it goes.
 */

/** What the executor needs from the apply. */
export interface StepExecutorDeps {
  client: RailwayClient;
  clock: Clock;
  journal: ProvisionJournal;
  workspaceId?: string;
  quirks?: QuirkOptions;
  random?: (bytes: number) => Buffer;
  /** Template lookups (shared by the applies of one fleet run). Default: one per executor. */
  templates?: TemplateCache;
}

export interface StepOutcome {
  created: CreatedResource[];
  adopted: boolean;
}

/** Runs single steps; each looks before it creates, so running one twice is harmless. */
export class StepExecutor {
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
  private readonly templates: TemplateCache;

  constructor(
    private readonly spec: StackSpec,
    private readonly deps: StepExecutorDeps,
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
    this.templates = deps.templates ?? new TemplateCache(() => deps.clock.now());
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
    if (!id)
      throw new RailpilotError("PROVISION_STATE", `Service "${name}" does not exist yet`, {
        hint: "Run apply again; it resumes from the journal.",
      });
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
    return (
      !r.pending &&
      this.partial.some((x) => !x.pending && x.type === r.type && x.id === r.id && x.serviceId === r.serviceId)
    );
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
  private async create<T>(
    intent: CreatedResource,
    mutate: () => Promise<T>,
    done: (out: T) => CreatedResource[],
  ): Promise<{ out: T; records: CreatedResource[] }> {
    await this.record(intent);
    let out: T;
    try {
      out = await mutate();
    } catch (error) {
      if (!mayHaveActed(error)) {
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

  async run(
    step: PlanStep,
    previous: { startedAt: number; created: CreatedResource[] },
    resumedStart: boolean,
  ): Promise<StepOutcome> {
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
        // Read again: the run's lock marker (and any tags) were written after the plan was made.
        const fresh = await readProjectState(this.client, projectId);
        const current = parseProjectDescription(fresh?.description ?? this.projectDescription);
        await this.client.request(ProjectUpdateDocument, {
          id: projectId,
          input: { description: formatProjectDescription(this.spec.project.description ?? "", current.tags) },
        });
        return false;
      }
      case "environment.create":
        return this.environmentCreate(resumed);
      case "shared.set":
        return this.setVariables(undefined, this.spec.shared, step.names);
      case "shared.delete":
        return this.deleteVariables(undefined, step.names);
      case "database.create":
        return this.databaseCreate(step, resumed);
      case "service.create":
        return this.serviceCreate(step.target, resumed);
      case "service.connect": {
        const s = this.serviceSpec(step.target);
        const serviceId = this.serviceId(s.name);
        if (resumed) {
          // serviceConnect deploys; if it already went through before a crash, do not deploy twice.
          // It went through when the source (and branch, where the deployment says) matches and a
          // deployment was made since this step first started (an older one is not this step's).
          const { serviceInstance } = await this.client.request(ServiceInstanceDocument, {
            serviceId,
            environmentId: this.ids().environmentId,
          });
          const src = serviceInstance.source;
          const latest = serviceInstance.latestDeployment;
          const branch = deploymentBranch(latest?.meta);
          const same =
            s.source.type === "image"
              ? src?.image === s.source.image
              : src?.repo === s.source.repo && (branch === undefined || branch === s.source.branch);
          if (same && this.deployedSinceStepStart(latest)) return true;
        }
        const input =
          s.source.type === "image" ? { image: s.source.image } : { repo: s.source.repo, branch: s.source.branch };
        // The service id goes outside the input (API-NOTES §9f).
        await this.client.request(ServiceConnectDocument, { id: serviceId, input });
        return false;
      }
      case "service.configure": {
        const { environmentId } = this.ids();
        await this.client.request(ServiceInstanceUpdateDocument, {
          serviceId: this.serviceId(step.target),
          environmentId,
          input: compact({ ...step.settings }),
        });
        return false;
      }
      case "service.limits": {
        const s = this.serviceSpec(step.target);
        const { environmentId } = this.ids();
        await this.client.request(ServiceInstanceLimitsUpdateDocument, {
          input: compact({
            serviceId: this.serviceId(s.name),
            environmentId,
            memoryGB: s.limits?.memoryGB,
            vCPUs: s.limits?.vCPUs,
          }),
        });
        return false;
      }
      case "volume.create":
        return this.volumeCreate(step.target, step.mountPath, resumed);
      case "variables.set": {
        const s = this.serviceSpec(step.target);
        return this.setVariables(this.serviceId(s.name), s.variables, step.names);
      }
      case "variables.delete":
        return this.deleteVariables(this.serviceId(step.target), step.names);
      case "domain.create":
        return this.domainCreate(step, resumed);
      case "domain.delete":
        return this.domainDelete(step);
      case "service.deploy":
        return this.deploy(step.target, resumed);
      case "service.delete": {
        const id = step.resourceId ?? this.serviceIds.get(step.target);
        if (!id) return true;
        await this.client.request(ServiceDeleteDocument, { id });
        this.serviceIds.delete(step.target);
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
      if (resumed && this.start && !this.start.projectId)
        await this.record({ type: "project", id: existing.id, name: existing.name });
      return true;
    }
    const name = this.spec.project.name;
    const {
      out: { projectCreate },
    } = await this.create(
      {
        type: "project",
        id: "",
        name,
        pending: { names: [name], ...(this.deps.workspaceId ? { workspaceId: this.deps.workspaceId } : {}) },
      },
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
    if (!projectId)
      throw new RailpilotError("PROVISION_STATE", "The project of this stack does not exist yet", {
        hint: "Run apply again.",
      });
    await this.learnEnvironment();
    if (this.environmentId) {
      if (resumed && this.start && !this.start.environmentId)
        await this.record({ type: "environment", id: this.environmentId, name: this.spec.environment });
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

  private async databaseCreate(step: StepOf<"database.create">, resumed: boolean): Promise<boolean> {
    const name = step.target;
    const engine = step.engine;
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
      const intent: CreatedResource = {
        type: "service",
        id: "",
        name,
        pending: { projectId, environmentId, names: [name], engine, excludeIds: [...known] },
      };
      const { out, records } = await this.create(
        intent,
        () =>
          this.client.request(TemplateDeployV2Document, {
            input: {
              templateId: template.id,
              serializedConfig: template.serializedConfig as never,
              projectId,
              environmentId,
            },
          }),
        (o) => [
          {
            ...intent,
            pending: {
              ...intent.pending,
              ...(o.templateDeployV2.workflowId ? { workflowId: o.templateDeployV2.workflowId } : {}),
            },
          },
        ],
      );
      const pending = records[0] as CreatedResource;
      const workflowId = out.templateDeployV2.workflowId;
      if (workflowId) {
        await pollUntil(
          `Template ${engine} deploy`,
          async () => {
            const { workflowStatus } = await this.client.request(WorkflowStatusDocument, { workflowId });
            if (workflowStatus.status === "Error")
              throw new TemplateWorkflowError(`Template ${engine} failed: ${workflowStatus.error ?? "unknown error"}`);
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

  private template(engine: string): Promise<{ id: string; serializedConfig: unknown }> {
    return this.templates.get(this.client, engine);
  }

  private async serviceCreate(name: string, resumed: boolean): Promise<boolean> {
    const { projectId } = this.ids();
    const existing =
      this.serviceIds.get(name) ??
      (resumed ? (await this.projectServices()).find((s) => s.name === name)?.id : undefined);
    if (existing) {
      this.serviceIds.set(name, existing);
      if (resumed && this.createdByRun(existing)) await this.record({ type: "service", id: existing, name });
      return true;
    }
    // No source here: a service created with a source deploys at once, before its variables exist.
    const {
      out: { serviceCreate },
    } = await this.create(
      {
        type: "service",
        id: "",
        name,
        pending: { projectId, names: [name], excludeIds: [...new Set(this.serviceIds.values())] },
      },
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
    const hit = env?.volumeInstances.edges.find(
      (v) => v.node.serviceId === serviceId && v.node.mountPath === mountPath,
    );
    if (hit) {
      if (resumed) await this.record({ type: "volume", id: hit.node.volumeId, serviceId });
      return true;
    }
    const excludeIds = env?.volumeInstances.edges.map((v) => v.node.volumeId) ?? [];
    await this.create(
      {
        type: "volume",
        id: "",
        name: mountPath,
        serviceId,
        pending: { projectId, environmentId, serviceId, mountPath, excludeIds },
      },
      () => this.client.request(VolumeCreateDocument, { input: { projectId, environmentId, serviceId, mountPath } }),
      (out) => [{ type: "volume", id: out.volumeCreate.id, serviceId }],
    );
    return false;
  }

  /** All variables in ONE upsert with skipDeploys (an upsert per variable would redeploy per variable). */
  private async setVariables(
    serviceId: string | undefined,
    declared: Record<string, VariableSpec>,
    names: string[],
  ): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    const { variables: current } = await this.client.request(
      VariablesDocument,
      compact({ projectId, environmentId, serviceId, unrendered: true }),
    );
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
        await this.record({
          type: serviceId ? "variable" : "shared-variable",
          id: name,
          name: `${projectId}/${environmentId}`,
          ...(serviceId ? { serviceId } : {}),
        });
      }
    }
    return false;
  }

  private async deleteVariables(serviceId: string | undefined, names: string[]): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    for (const name of names) {
      await this.client.request(VariableDeleteDocument, {
        input: compact({ projectId, environmentId, serviceId, name }),
      });
    }
    return false;
  }

  private async domainCreate(step: StepOf<"domain.create">, resumed: boolean): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    const serviceId = this.serviceId(step.target);
    const want = step.domain;
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
          pending: {
            projectId,
            environmentId,
            serviceId,
            excludeIds,
            ...(want.port !== undefined ? { targetPort: want.port } : {}),
          },
        },
        () =>
          this.client.request(ServiceDomainCreateDocument, {
            input: compact({ serviceId, environmentId, targetPort: want.port }),
          }),
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
      {
        type: "custom-domain",
        id: "",
        name: want.domain,
        serviceId,
        pending: { projectId, environmentId, serviceId, domain: want.domain, excludeIds },
      },
      () =>
        this.client.request(CustomDomainCreateDocument, {
          input: compact({ domain: want.domain, projectId, environmentId, serviceId, targetPort: want.port }),
        }),
      (out) => [{ type: "custom-domain", id: out.customDomainCreate.id, serviceId }],
    );
    return false;
  }

  private async domainDelete(step: StepOf<"domain.delete">): Promise<boolean> {
    const { projectId, environmentId } = this.ids();
    const serviceId = this.serviceId(step.target);
    const { domains } = await this.client.request(DomainsDocument, { projectId, environmentId, serviceId });
    if (domains.serviceDomains.some((d) => d.id === step.resourceId)) {
      await this.client.request(ServiceDomainDeleteDocument, { id: step.resourceId });
      return false;
    }
    if (domains.customDomains.some((d) => d.id === step.resourceId)) {
      await this.client.request(CustomDomainDeleteDocument, { id: step.resourceId });
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
