import { z } from "zod";
import { type SpecIssue, SpecError } from "./errors.js";
import { evaluateRailwayProgram } from "./iac-evaluator.js";
import { assertSpecSafe } from "./spec-safety.js";
import type { DatabaseSpec, DomainSpec, ServiceSettings, ServiceSpec, StackSpec, VariableSpec } from "./spec.js";

/**
 * Railway's config-as-code (`.railway/railway.ts`, written with the official `railway/iac`
 * package) accepted as a spec. The program is evaluated with that package, and the resource
 * graph it returns is translated into the same StackSpec the YAML parser produces, so both go
 * through one reference check and one planner.
 *
 * Node 20 note: `railway` 3.11 declares node >=22 but its authoring DSL runs on Node 20; what
 * Node 20 lacks is type stripping, so the .ts file is loaded through tsx (a dependency of the
 * `railway` package). Railway's own plan/apply engine lives in their CLI, not in the package.
 */

const literal = z.object({
  type: z.literal("literal"),
  value: z.string().nullish(),
  generator: z.string().nullish(),
  isSealed: z.boolean().nullish(),
});
const reference = z.object({ type: z.literal("reference"), resource: z.string(), output: z.string() });
const sharedRef = z.object({ type: z.literal("sharedReference"), name: z.string() });
const preserve = z.object({ type: z.literal("preserve") });
const raw = z.object({
  type: z.literal("raw"),
  value: z.object({ value: z.string().nullish(), generator: z.string().nullish() }),
});
const variableValue = z.discriminatedUnion("type", [literal, reference, sharedRef, preserve, raw]);

const sourceConfig = z
  .object({
    type: z.string(),
    repo: z.string().nullish(),
    branch: z.string().nullish(),
    image: z.string().nullish(),
    rootDirectory: z.string().nullish(),
  })
  .loose();

const domainsRecord = z.record(z.string(), z.object({ port: z.number().nullish() }).loose().nullable()).nullish();

const serviceNode = z
  .object({
    type: z.enum(["service", "database"]),
    name: z.string(),
    kind: z.string(),
    engine: z.string().optional(),
    source: sourceConfig.optional(),
    build: z.object({ buildCommand: z.string().nullish() }).loose().optional(),
    deploy: z
      .object({
        startCommand: z.string().nullish(),
        healthcheckPath: z.string().nullish(),
        healthcheckTimeout: z.number().nullish(),
        numReplicas: z.number().nullish(),
        restartPolicyType: z.enum(["ON_FAILURE", "ALWAYS", "NEVER"]).nullish(),
        restartPolicyMaxRetries: z.number().nullish(),
        limitOverride: z
          .object({
            containers: z.object({ cpu: z.number().nullish(), memoryBytes: z.number().nullish() }).loose().nullish(),
          })
          .loose()
          .nullish(),
      })
      .loose()
      .optional(),
    networking: z.object({ serviceDomains: domainsRecord, customDomains: domainsRecord }).loose().optional(),
    variables: z.record(z.string(), variableValue).optional(),
    volumeAttachments: z.record(z.string(), z.object({ mountPath: z.string() }).loose()).optional(),
  })
  .loose();

const otherNode = z.object({ type: z.enum(["volume", "bucket", "group"]), name: z.string() }).loose();

const projectDefinition = z
  .object({
    name: z.string().min(1),
    environments: z.array(z.string()).optional(),
    resources: z.array(z.unknown()).optional(),
    services: z.array(z.unknown()).optional(),
  })
  .loose();

type ServiceNode = z.infer<typeof serviceNode>;

/** Translates what a `defineRailway` program returned into a StackSpec (pure). */
export function translateRailwayProject(
  definition: unknown,
  options: { file: string; environment: string },
): StackSpec {
  const file = options.file;
  const parsed = projectDefinition.safeParse(definition);
  if (!parsed.success) {
    throw new SpecError(file, [
      { path: "", message: `the program did not return project(...): ${z.prettifyError(parsed.error)}` },
    ]);
  }
  const issues: SpecIssue[] = [];
  const flat = [...(parsed.data.resources ?? []), ...(parsed.data.services ?? [])].flat(2);
  const databases: DatabaseSpec[] = [];
  const services: ServiceSpec[] = [];
  for (const item of flat) {
    const other = otherNode.safeParse(item);
    if (other.success) {
      if (other.data.type !== "volume")
        issues.push({
          path: `${other.data.type}.${other.data.name}`,
          message: `${other.data.type} resources are not supported by railpilot yet`,
        });
      continue;
    }
    const node = serviceNode.safeParse(item);
    if (!node.success) {
      issues.push({ path: "resources", message: `unrecognised resource: ${z.prettifyError(node.error)}` });
      continue;
    }
    const n = node.data;
    if (n.type === "database") {
      if (n.engine === "postgres" || n.engine === "redis") databases.push({ name: n.name, engine: n.engine });
      else
        issues.push({
          path: `database.${n.name}`,
          message: `database engine "${n.engine}" is not supported (postgres, redis)`,
        });
      continue;
    }
    const service = translateService(n, issues);
    if (service) services.push(service);
  }
  if (issues.length > 0) throw new SpecError(file, issues);
  const spec: StackSpec = {
    project: { name: parsed.data.name },
    environment: options.environment,
    shared: {},
    manageShared: false,
    databases,
    services,
    positions: {},
    file,
  };
  assertSpecSafe(spec);
  return spec;
}

function translateService(n: ServiceNode, issues: SpecIssue[]): ServiceSpec | undefined {
  const path = `service.${n.name}`;
  const src = n.source;
  let source: ServiceSpec["source"];
  if (src?.type === "github" && src.repo) {
    source = {
      type: "repo",
      repo: src.repo,
      branch: src.branch ?? "main",
      ...(src.rootDirectory ? { rootDirectory: src.rootDirectory } : {}),
    };
  } else if (src?.type === "image" && src.image) {
    source = { type: "image", image: src.image };
  } else {
    issues.push({ path, message: `source "${src?.type ?? "none"}" is not supported; use github(...) or image(...)` });
    return undefined;
  }
  const settings: ServiceSettings = {};
  const d = n.deploy;
  if (n.build?.buildCommand) settings.buildCommand = n.build.buildCommand;
  if (d?.startCommand) settings.startCommand = d.startCommand;
  if (d?.healthcheckPath) settings.healthcheckPath = d.healthcheckPath;
  if (d?.healthcheckTimeout != null) settings.healthcheckTimeout = d.healthcheckTimeout;
  if (d?.numReplicas != null) settings.numReplicas = d.numReplicas;
  if (d?.restartPolicyType) settings.restartPolicyType = d.restartPolicyType;
  if (d?.restartPolicyMaxRetries != null) settings.restartPolicyMaxRetries = d.restartPolicyMaxRetries;

  const containers = d?.limitOverride?.containers;
  const limits =
    containers && (containers.cpu != null || containers.memoryBytes != null)
      ? {
          // Railway counts memory in decimal GB (3000000000 bytes is shown as 3 GB).
          ...(containers.memoryBytes != null ? { memoryGB: containers.memoryBytes / 1e9 } : {}),
          ...(containers.cpu != null ? { vCPUs: containers.cpu } : {}),
        }
      : undefined;

  const variables: Record<string, VariableSpec> = {};
  for (const [name, v] of Object.entries(n.variables ?? {})) {
    switch (v.type) {
      case "literal":
        if (v.generator) variables[name] = { kind: "generated", bytes: 32, encoding: "hex" };
        else variables[name] = { kind: "literal", value: v.value ?? "", secret: v.isSealed === true };
        break;
      case "raw":
        if (v.value.generator) variables[name] = { kind: "generated", bytes: 32, encoding: "hex" };
        else variables[name] = { kind: "literal", value: v.value.value ?? "", secret: false };
        break;
      case "reference": {
        const target = v.resource.slice(v.resource.indexOf(".") + 1);
        variables[name] = { kind: "literal", value: `\${{${target}.${v.output}}}`, secret: false };
        break;
      }
      case "sharedReference":
        variables[name] = { kind: "literal", value: `\${{shared.${v.name}}}`, secret: false };
        break;
      case "preserve":
        issues.push({
          path: `${path}.variables.${name}`,
          message: "preserve() is not supported by railpilot; declare the value or leave the variable out",
        });
        break;
    }
  }

  let domain: DomainSpec | undefined;
  const custom = Object.entries(n.networking?.customDomains ?? {}).find(([, v]) => v !== null);
  const generated = Object.entries(n.networking?.serviceDomains ?? {}).find(([, v]) => v !== null);
  if (custom) domain = { kind: "custom", domain: custom[0], ...(custom[1]?.port ? { port: custom[1].port } : {}) };
  else if (generated) domain = { kind: "generated", ...(generated[1]?.port ? { port: generated[1].port } : {}) };

  return {
    name: n.name,
    source,
    settings,
    ...(limits ? { limits } : {}),
    variables,
    ...(domain ? { domain } : {}),
    volumes: Object.values(n.volumeAttachments ?? {}).map((v) => ({ mountPath: v.mountPath })),
  };
}

/** Evaluates `.railway/railway.ts` with the `railway` package (in a worker with a time limit) and translates it. */
export async function loadRailwayIacSpec(
  path: string,
  options: { environment?: string; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<StackSpec> {
  const environment = options.environment ?? "production";
  const definition = await evaluateRailwayProgram(path, {
    environment,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return translateRailwayProject(definition, { file: path, environment });
}
