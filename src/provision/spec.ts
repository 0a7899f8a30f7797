import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import { z } from "zod";
import { type SpecIssue, SpecError, type SpecPosition } from "./errors.js";
import { extractReferences } from "./references.js";
import { referenceCycleIssues, specSafetyIssues } from "./spec-safety.js";

/**
 * The stack spec: what a platform team declares for one isolated stack (one Railway project).
 * Plain data; `parseStackSpec` turns YAML text into it, with errors that point at the line.
 */
export type SecretEncoding = "hex" | "base64url";

export type VariableSpec =
  /** A literal value; may contain `${{Service.VAR}}` / `${{shared.VAR}}` references. */
  | { kind: "literal"; value: string; secret: boolean }
  /** A random secret created once, when the variable does not exist yet. */
  | { kind: "generated"; bytes: number; encoding: SecretEncoding };

export type ServiceSource =
  | { type: "repo"; repo: string; branch: string; rootDirectory?: string }
  | { type: "image"; image: string };

export type RestartPolicyType = "ALWAYS" | "NEVER" | "ON_FAILURE";

export interface ServiceSettings {
  buildCommand?: string;
  startCommand?: string;
  healthcheckPath?: string;
  healthcheckTimeout?: number;
  numReplicas?: number;
  restartPolicyType?: RestartPolicyType;
  restartPolicyMaxRetries?: number;
}

export type DomainSpec = { kind: "generated"; port?: number } | { kind: "custom"; domain: string; port?: number };

export interface ServiceSpec {
  name: string;
  source: ServiceSource;
  settings: ServiceSettings;
  limits?: { memoryGB?: number; vCPUs?: number };
  variables: Record<string, VariableSpec>;
  domain?: DomainSpec;
  volumes: { mountPath: string }[];
}

export type DatabaseEngine = "postgres" | "redis";

export interface DatabaseSpec {
  name: string;
  engine: DatabaseEngine;
}

export interface StackSpec {
  project: { name: string; description?: string };
  environment: string;
  shared: Record<string, VariableSpec>;
  /** False when the spec cannot declare shared variables (railway.ts): they are left alone. */
  manageShared: boolean;
  databases: DatabaseSpec[];
  services: ServiceSpec[];
  /** Source positions by dotted path, for errors found after parsing (references). */
  positions: Record<string, SpecPosition>;
  /** The file the spec came from (for messages). */
  file: string;
}

export interface ParseSpecOptions {
  /** File name used in messages. Default "stack.yaml". */
  file?: string;
  /** Values for `${NAME}` and `{{ .name }}` template parameters (on the CLI: `--set K=V`). */
  params?: Record<string, string>;
}

// ---- shape (zod) --------------------------------------------------------------------------

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const scalarValue = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));

const variableShape = z.union([
  scalarValue,
  z.strictObject({
    generate: z.literal("secret"),
    bytes: z.number().int().min(16).max(128).default(32),
    encoding: z.enum(["hex", "base64url"]).default("hex"),
  }),
  z.strictObject({ value: scalarValue, secret: z.boolean().default(true) }),
]);

const variablesShape = z.record(z.string().regex(VAR_NAME, "variable names are letters, digits and _"), variableShape);

const sourceShape = z.union([
  z.strictObject({
    repo: z.string().regex(REPO, 'repo is "owner/name"'),
    branch: z.string().min(1).default("main"),
    rootDirectory: z.string().min(1).optional(),
  }),
  z.strictObject({ image: z.string().min(1) }),
]);

const healthcheckShape = z.union([
  z.string().startsWith("/", "the health check path starts with /"),
  z.strictObject({
    path: z.string().startsWith("/", "the health check path starts with /"),
    timeout: z.number().int().min(1).max(3600).optional(),
  }),
]);

const domainShape = z.union([
  z.literal("generated"),
  z.strictObject({ generated: z.literal(true), port: z.number().int().min(1).max(65535).optional() }),
  z.strictObject({
    custom: z.string().regex(HOST, "a custom domain is a lower-case host name"),
    port: z.number().int().min(1).max(65535).optional(),
  }),
]);

const serviceShape = z.strictObject({
  source: sourceShape,
  build: z.union([z.string(), z.strictObject({ command: z.string() })]).optional(),
  start: z.string().optional(),
  healthcheck: healthcheckShape.optional(),
  replicas: z.number().int().min(0).max(50).optional(),
  restartPolicy: z
    .union([
      z.enum(["ALWAYS", "NEVER", "ON_FAILURE"]),
      z.strictObject({
        type: z.enum(["ALWAYS", "NEVER", "ON_FAILURE"]),
        maxRetries: z.number().int().min(0).max(100).optional(),
      }),
    ])
    .optional(),
  limits: z
    .strictObject({
      memoryGB: z.number().positive().max(64).optional(),
      vCPUs: z.number().positive().max(32).optional(),
    })
    .optional(),
  variables: variablesShape.default({}),
  domain: domainShape.optional(),
  volumes: z.array(z.strictObject({ mountPath: z.string().startsWith("/", "a mount path is absolute") })).default([]),
});

const databaseShape = z.union([
  z.enum(["postgres", "redis"]),
  z.strictObject({ engine: z.enum(["postgres", "redis"]) }),
]);

const stackShape = z.strictObject({
  project: z.strictObject({
    name: z.string().min(1).max(100),
    description: z.string().max(500).optional(),
  }),
  environment: z.string().min(1).default("production"),
  shared: variablesShape.default({}),
  databases: z
    .record(z.string().regex(NAME, "names start with a letter: letters, digits, - and _"), databaseShape)
    .default({}),
  services: z
    .record(z.string().regex(NAME, "names start with a letter: letters, digits, - and _"), serviceShape)
    .default({}),
});

type StackShape = z.infer<typeof stackShape>;

// ---- parse ----------------------------------------------------------------------------------

/** Parses and validates a YAML stack spec. Throws `SpecError` naming line, column and field. */
export function parseStackSpec(text: string, options: ParseSpecOptions = {}): StackSpec {
  const file = options.file ?? "stack.yaml";
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const posOf = (offset: number): SpecPosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };

  if (doc.errors.length > 0) {
    throw new SpecError(
      file,
      doc.errors.map((e) => ({ path: "", message: e.message.split("\n")[0] ?? e.message, ...posOf(e.pos[0]) })),
    );
  }
  const params = options.params ?? {};
  const paramIssues = checkParams(params);
  if (paramIssues.length > 0) throw new SpecError(file, paramIssues);

  // Template parameters are substituted in scalar values, so every position stays exact.
  const templateIssues = substituteParams(doc.contents as Node | null, params, posOf);
  if (templateIssues.length > 0) throw new SpecError(file, templateIssues);

  const positions: Record<string, SpecPosition> = {};
  collectPositions(doc.contents as Node | null, [], positions, posOf);

  let data: unknown;
  try {
    // The yaml package refuses documents whose aliases expand too far (a "billion laughs").
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (cause) {
    let alias: Node | undefined;
    visit(doc, {
      Alias(_k, node) {
        alias ??= node as unknown as Node;
        return visit.BREAK;
      },
    });
    const where = alias?.range ? posOf(alias.range[0]) : {};
    throw new SpecError(
      file,
      [
        {
          path: "",
          message: `the YAML aliases expand too far (${cause instanceof Error ? cause.message : String(cause)})`,
          ...where,
        },
      ],
      {
        cause,
        hint: "Write the repeated parts out, or use fewer nested aliases (*name).",
      },
    );
  }
  const parsed = stackShape.safeParse(data);
  if (!parsed.success) {
    const issues: SpecIssue[] = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
      const full = keys.length === 1 ? [...path, keys[0] as string] : path;
      return { path: full.join("."), message: describeIssue(issue), ...nearestPosition(positions, full) };
    });
    throw new SpecError(file, issues);
  }

  const spec = normalise(parsed.data, positions, file);
  const crossIssues = [...crossFieldRules(spec), ...specSafetyIssues(spec), ...referenceCycleIssues(spec)];
  if (crossIssues.length > 0) throw new SpecError(file, crossIssues);
  return spec;
}

/**
 * Template parameters are literal text: never empty, and never able to create (or reshape) a
 * Railway reference such as `${{Postgres.PGPASSWORD}}`.
 */
function checkParams(params: Record<string, string>): SpecIssue[] {
  const issues: SpecIssue[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === "") issues.push({ path: "", message: `template parameter "${name}" is empty; give it a value` });
    else if (/\$\{|\{\{|\}\}/.test(value)) {
      issues.push({
        path: "",
        message: `template parameter "${name}" contains \${, {{ or }}; parameters are literal text and cannot write Railway references`,
      });
    }
  }
  return issues;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_union") {
    return "does not match any accepted form (see examples/stack.yaml)";
  }
  return issue.message;
}

function nearestPosition(positions: Record<string, SpecPosition>, path: string[]): Partial<SpecPosition> {
  for (let n = path.length; n >= 0; n--) {
    const hit = positions[path.slice(0, n).join(".")];
    if (hit) return hit;
  }
  return {};
}

function collectPositions(
  node: Node | null,
  path: string[],
  out: Record<string, SpecPosition>,
  posOf: (o: number) => SpecPosition,
): void {
  if (!node) return;
  if (node.range) out[path.join(".")] ??= posOf(node.range[0]);
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      const keyNode = item.key as Node | null;
      // Point at the key of a field: that is where a reader looks first.
      if (keyNode?.range) out[[...path, key].join(".")] = posOf(keyNode.range[0]);
      collectPositions(item.value as Node | null, [...path, key], out, posOf);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      collectPositions(item as Node | null, [...path, String(i)], out, posOf);
    });
  }
}

const DOLLAR_PARAM = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const GO_PARAM = /\{\{\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Replaces `${NAME}` and `{{ .name }}` in scalar values; `$${` stays a literal `${`. */
function substituteParams(
  root: Node | null,
  params: Record<string, string>,
  posOf: (o: number) => SpecPosition,
): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (!root) return issues;
  visit(root, {
    Scalar(_key, node, path) {
      if (typeof node.value !== "string") return;
      const original = node.value;
      const missing: string[] = [];
      const lookup = (name: string): string => {
        const value = params[name];
        if (value === undefined) {
          missing.push(name);
          return "";
        }
        return value;
      };
      const replaced = original
        .replace(DOLLAR_PARAM, (_m, name: string | undefined) => (name === undefined ? "${" : lookup(name)))
        .replace(GO_PARAM, (_m, name: string) => lookup(name));
      if (missing.length > 0) {
        const fieldPath = path
          .filter(isPair)
          .map((p) => (isScalar(p.key) ? String(p.key.value) : ""))
          .join(".");
        const known = Object.keys(params);
        issues.push({
          path: fieldPath,
          message: `template parameter ${missing.map((m) => `"${m}"`).join(", ")} has no value; give ${missing[0]} a value${known.length ? ` (given: ${known.join(", ")})` : ""}`,
          ...(node.range ? posOf(node.range[0]) : {}),
        });
        return;
      }
      if (replaced !== original) {
        // A parameter may complete a reference with the text around it (`$` + `{{X}}`): the
        // references after substitution must be exactly those the template itself wrote.
        const neutral = original
          .replace(DOLLAR_PARAM, (_m, name: string | undefined) => (name === undefined ? "${" : "x"))
          .replace(GO_PARAM, "x");
        if (extractReferences(replaced).length !== extractReferences(neutral).length) {
          issues.push({
            path: path
              .filter(isPair)
              .map((p) => (isScalar(p.key) ? String(p.key.value) : ""))
              .join("."),
            message: "a template parameter would create a Railway reference here; parameters are literal text",
            ...(node.range ? posOf(node.range[0]) : {}),
          });
          return;
        }
        node.value = replaced;
      }
    },
  });
  return issues;
}

function toVariable(v: z.infer<typeof variableShape>): VariableSpec {
  if (typeof v === "string") return { kind: "literal", value: v, secret: false };
  if ("generate" in v) return { kind: "generated", bytes: v.bytes, encoding: v.encoding };
  return { kind: "literal", value: v.value, secret: v.secret };
}

function toVariables(record: Record<string, z.infer<typeof variableShape>>): Record<string, VariableSpec> {
  const out: Record<string, VariableSpec> = {};
  for (const [k, v] of Object.entries(record)) out[k] = toVariable(v);
  return out;
}

function normalise(data: StackShape, positions: Record<string, SpecPosition>, file: string): StackSpec {
  const services: ServiceSpec[] = Object.entries(data.services).map(([name, s]) => {
    const source: ServiceSource =
      "image" in s.source
        ? { type: "image", image: s.source.image }
        : {
            type: "repo",
            repo: s.source.repo,
            branch: s.source.branch,
            ...(s.source.rootDirectory ? { rootDirectory: s.source.rootDirectory } : {}),
          };
    const settings: ServiceSettings = {};
    if (s.build !== undefined) settings.buildCommand = typeof s.build === "string" ? s.build : s.build.command;
    if (s.start !== undefined) settings.startCommand = s.start;
    if (s.healthcheck !== undefined) {
      if (typeof s.healthcheck === "string") settings.healthcheckPath = s.healthcheck;
      else {
        settings.healthcheckPath = s.healthcheck.path;
        if (s.healthcheck.timeout !== undefined) settings.healthcheckTimeout = s.healthcheck.timeout;
      }
    }
    if (s.replicas !== undefined) settings.numReplicas = s.replicas;
    if (s.restartPolicy !== undefined) {
      if (typeof s.restartPolicy === "string") settings.restartPolicyType = s.restartPolicy;
      else {
        settings.restartPolicyType = s.restartPolicy.type;
        if (s.restartPolicy.maxRetries !== undefined) settings.restartPolicyMaxRetries = s.restartPolicy.maxRetries;
      }
    }
    let domain: DomainSpec | undefined;
    if (s.domain === "generated") domain = { kind: "generated" };
    else if (s.domain && "custom" in s.domain)
      domain = { kind: "custom", domain: s.domain.custom, ...(s.domain.port ? { port: s.domain.port } : {}) };
    else if (s.domain) domain = { kind: "generated", ...(s.domain.port ? { port: s.domain.port } : {}) };
    return {
      name,
      source,
      settings,
      ...(s.limits ? { limits: s.limits } : {}),
      variables: toVariables(s.variables),
      ...(domain ? { domain } : {}),
      volumes: s.volumes,
    };
  });
  const databases: DatabaseSpec[] = Object.entries(data.databases).map(([name, d]) => ({
    name,
    engine: typeof d === "string" ? d : d.engine,
  }));
  return {
    project: {
      name: data.project.name,
      ...(data.project.description !== undefined ? { description: data.project.description } : {}),
    },
    environment: data.environment,
    shared: toVariables(data.shared),
    manageShared: true,
    databases,
    services,
    positions,
    file,
  };
}

/** Rules that span fields: unique names across services and databases (Railway compares them case-insensitively in references). */
function crossFieldRules(spec: StackSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const seen = new Map<string, string>();
  const all = [
    ...spec.databases.map((d) => ({ name: d.name, path: `databases.${d.name}` })),
    ...spec.services.map((s) => ({ name: s.name, path: `services.${s.name}` })),
  ];
  for (const r of all) {
    const lower = r.name.toLowerCase();
    const prior = seen.get(lower);
    if (prior !== undefined) {
      issues.push({
        path: r.path,
        message: `name "${r.name}" clashes with ${prior}; service names must differ by more than case`,
        ...(spec.positions[r.path] ?? {}),
      });
    } else seen.set(lower, r.path);
    if (lower === "shared") {
      issues.push({
        path: r.path,
        message: `"${r.name}" is reserved for shared variable references (\${{shared.X}})`,
        ...(spec.positions[r.path] ?? {}),
      });
    }
  }
  for (const s of spec.services) {
    const mounts = new Set<string>();
    s.volumes.forEach((v, i) => {
      if (mounts.has(v.mountPath)) {
        const path = `services.${s.name}.volumes.${i}`;
        issues.push({ path, message: `mount path ${v.mountPath} is used twice`, ...(spec.positions[path] ?? {}) });
      }
      mounts.add(v.mountPath);
    });
    if (s.volumes.length > 1) {
      const path = `services.${s.name}.volumes`;
      issues.push({
        path,
        message: "Railway attaches at most one volume per service",
        ...(spec.positions[path] ?? {}),
      });
    }
  }
  return issues;
}
