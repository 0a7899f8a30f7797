import { existsSync, readFileSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { parseDuration, registerSecret } from "../core/index.js";
import { DEFAULT_DEPLOY_TIMEOUT_MS, DEFAULT_HEALTH_CHECKS, DEFAULT_HEALTH_INTERVAL_MS } from "../deploy/run-options.js";
import { ConfigError, type ConfigIssue } from "./config-error.js";
import { type FileConfig, fileConfigSchema } from "./config-schema.js";

export type RailwayPlanName = "free" | "hobby" | "pro" | "unlimited";

/** The validated, normalised configuration: defaults filled, durations in milliseconds. */
export interface Config {
  /** The config file read, if any (absolute path). */
  file: string | undefined;
  /**
   * Where each field set by a source came from, by dotted path: the file's name
   * (`railpilot.yaml`), the environment variable (`RAILWAY_ENVIRONMENT_ID`), or `flags`.
   * Errors about a configured value name this source.
   */
  sources: Readonly<Record<string, string>>;
  railway: {
    endpoint: string | undefined;
    token: string | undefined;
    apiToken: string | undefined;
    plan: RailwayPlanName;
    projectId: string | undefined;
    environmentId: string | undefined;
    environment: string | undefined;
    serviceId: string | undefined;
    timeoutMs: number;
  };
  github: {
    token: string | undefined;
    repository: string | undefined;
    baseUrl: string;
    sha: string | undefined;
    branch: string | undefined;
    /** The pull request's head branch (GITHUB_HEAD_REF), which names the branch better than `branch` in a PR run. */
    headBranch: string | undefined;
    /** The Actions job's name (GITHUB_JOB): its own check is never waited on. */
    job: string | undefined;
    /** The Actions run's page (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID). */
    runUrl: string | undefined;
  };
  deploy: {
    timeoutMs: number;
    healthPath: string | undefined;
    healthChecks: number;
    healthIntervalMs: number;
    rollback: boolean;
    branchEnvironments: Record<string, string>;
    stuckAfterMs: { initializing: number; building: number; deploying: number };
    resolve: Record<string, string>;
  };
  store: {
    /** Absolute path. */
    dataDir: string;
    databaseUrl: string | undefined;
  };
  /** The `autopilot` section as written (validated); src/autopilot's resolveAutopilotConfig fills its defaults. */
  autopilot: FileConfig["autopilot"];
}

/** Config given on the command line, in the file's shape (values as the file would have them). */
export type ConfigFlags = FileConfig;

export interface LoadConfigOptions {
  /** Directory to look for railpilot.yaml in, and to resolve relative paths against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** `--config FILE`; wins over RAILPILOT_CONFIG. A named file that does not exist is an error. */
  configPath?: string;
  /** How the caller names `configPath` in errors (the CLI says which flag). Default "the config path given". */
  configPathSource?: string;
  flags?: ConfigFlags;
}

export const DEFAULT_CONFIG_FILES = ["railpilot.yaml", "railpilot.yml"] as const;

/**
 * Loads railpilot.yaml (or `configPath` / RAILPILOT_CONFIG), then env vars, then flags (later
 * wins), validates each against one schema and returns the normalised Config. Throws
 * ConfigError naming the source and field, e.g. `railpilot.yaml: deploy.timeout: expected a duration like "15m"`.
 */
export function loadConfig(options: LoadConfigOptions): Config {
  const { cwd, env } = options;
  const layers: { source: string; value: FileConfig }[] = [];

  const file = locateFile(options);
  if (file) layers.push({ source: basename(file), value: readFileLayer(file, env) });
  layers.push(...envLayers(env));
  if (options.flags) layers.push({ source: "flags", value: check("flags", options.flags) });

  const { merged, sources } = mergeLayers(layers);
  const config = normalise(merged, cwd, file, sources, env);
  applyRules(config, file ? basename(file) : "config");
  for (const secret of [config.railway.token, config.railway.apiToken, config.github.token, config.store.databaseUrl])
    registerSecret(secret);
  const password = passwordOf(config.store.databaseUrl);
  if (password) registerSecret(password);
  return config;
}

function locateFile(options: LoadConfigOptions): string | undefined {
  const named = options.configPath ?? nonBlank(options.env.RAILPILOT_CONFIG);
  if (named) {
    const path = isAbsolute(named) ? named : resolve(options.cwd, named);
    if (!existsSync(path)) {
      const via = options.configPath ? (options.configPathSource ?? "the config path given") : "RAILPILOT_CONFIG";
      throw new ConfigError(
        `config file ${named} (from ${via}) does not exist`,
        [{ source: via, path: "", message: "file not found" }],
        {
          hint: "Check the path, or leave it out to use railpilot.yaml in the current directory.",
        },
      );
    }
    return path;
  }
  for (const name of DEFAULT_CONFIG_FILES) {
    const path = resolve(options.cwd, name);
    if (existsSync(path)) return path;
  }
  return undefined;
}

function readFileLayer(path: string, env: Record<string, string | undefined>): FileConfig {
  const source = basename(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${source}: cannot read the file`, [{ source, path: "", message: "unreadable" }], {
      cause: error,
      hint: "Check its permissions.",
    });
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const where = first.linePos?.[0] ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : "";
    throw new ConfigError(
      `${source}: not valid YAML${where}: ${first.message.split("\n")[0]}`,
      [{ source, path: "", message: first.message }],
      {
        hint: "Fix the YAML syntax; a YAML linter shows the exact spot.",
      },
    );
  }
  const raw: unknown = doc.toJS() ?? {};
  const interpolated = interpolate(raw, env, source, []);
  return check(source, interpolated);
}

/** Replaces `${NAME}` in every string with the environment variable's value. */
function interpolate(value: unknown, env: Record<string, string | undefined>, source: string, path: string[]): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const found = env[name];
      if (found === undefined || found === "") {
        const field = path.join(".");
        throw new ConfigError(
          `${source}: ${field}: environment variable ${name} is not set`,
          [{ source, path: field, message: `${name} is not set` }],
          {
            hint: `Export ${name}, or remove the reference from ${source}.`,
          },
        );
      }
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, source, [...path, String(i)]));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env, source, [...path, k])]));
  }
  return value;
}

function check(source: string, value: unknown): FileConfig {
  const result = fileConfigSchema.safeParse(value);
  if (result.success) return result.data;
  throw toConfigError(source, result.error.issues);
}

function toConfigError(
  source: string,
  zodIssues: readonly z.core.$ZodIssue[],
  envName?: (path: string) => string | undefined,
): ConfigError {
  const issues: ConfigIssue[] = zodIssues.map((issue) => {
    let path = issue.path.map(String).join(".");
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      const keys = issue.keys.join(", ");
      path = path ? `${path}.${issue.keys[0]}` : (issue.keys[0] ?? "");
      message = `unknown field${issue.keys.length > 1 ? "s" : ""} ${keys}`;
    }
    const named = envName?.(path);
    return { source: named ?? source, path, message };
  });
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  const label = first.source === source ? `${source}: ${first.path ? `${first.path}: ` : ""}` : `${first.source}: `;
  return new ConfigError(`${label}${first.message}${more}`, issues, {
    hint:
      source === "flags"
        ? "See the command's help for valid values."
        : `Fix the value in ${first.source}; railpilot.schema.json describes every field.`,
  });
}

/** Environment variables and the config field each one sets. */
export const ENV_FIELDS: readonly (readonly [env: string, section: keyof FileConfig, field: string])[] = [
  ["RAILWAY_TOKEN", "railway", "token"],
  ["RAILWAY_API_TOKEN", "railway", "apiToken"],
  ["RAILWAY_GRAPHQL_ENDPOINT", "railway", "endpoint"],
  ["RAILWAY_PROJECT_ID", "railway", "projectId"],
  ["RAILWAY_ENVIRONMENT_ID", "railway", "environmentId"],
  ["RAILWAY_SERVICE_ID", "railway", "serviceId"],
  ["RAILPILOT_PLAN", "railway", "plan"],
  ["RAILPILOT_REQUEST_TIMEOUT", "railway", "timeout"],
  ["DATABASE_URL", "store", "databaseUrl"],
  ["RAILPILOT_DATA_DIR", "store", "dataDir"],
  ["GITHUB_TOKEN", "github", "token"],
  ["GITHUB_REPOSITORY", "github", "repository"],
  ["GITHUB_SHA", "github", "sha"],
  ["GITHUB_REF_NAME", "github", "branch"],
  ["GITHUB_API_URL", "github", "baseUrl"],
];

function envLayers(env: Record<string, string | undefined>): { source: string; value: FileConfig }[] {
  const value: Record<string, Record<string, string>> = {};
  for (const [name, section, field] of ENV_FIELDS) {
    const v = nonBlank(env[name]);
    if (v === undefined) continue;
    value[section] ??= {};
    value[section][field] = v;
  }
  const result = fileConfigSchema.safeParse(value);
  if (result.success) return [{ source: "env", value: result.data }];
  const byPath = new Map(ENV_FIELDS.map(([name, section, field]) => [`${section}.${field}`, name]));
  throw toConfigError("env", result.error.issues, (path) => byPath.get(path));
}

/** Fields that name the same thing two ways: a later source setting one replaces both. */
const SAME_THING: readonly (readonly string[])[] = [["railway.environment", "railway.environmentId"]];

const ENV_NAME_OF = new Map(ENV_FIELDS.map(([name, section, field]) => [`${section}.${field}`, name]));

/**
 * Later layers win field by field. `railway.environment` (a name) and `railway.environmentId`
 * are one setting: RAILWAY_ENVIRONMENT_ID from the environment beats an environment name from
 * the file, as a flag beats both.
 */
function mergeLayers(layers: readonly { source: string; value: FileConfig }[]): {
  merged: FileConfig;
  sources: Record<string, string>;
} {
  const out: Record<string, Record<string, unknown>> = {};
  const sources: Record<string, string> = {};
  for (const layer of layers) {
    for (const [section, fields] of Object.entries(layer.value)) {
      if (!fields) continue;
      out[section] ??= {};
      for (const [k, v] of Object.entries(fields)) {
        if (v === undefined) continue;
        const path = `${section}.${k}`;
        for (const group of SAME_THING) {
          if (!group.includes(path)) continue;
          for (const other of group) {
            if (other === path) continue;
            const [sec, field] = other.split(".") as [string, string];
            if (out[sec]) delete out[sec][field];
            delete sources[other];
          }
        }
        out[section][k] = v;
        sources[path] = layer.source === "env" ? (ENV_NAME_OF.get(path) ?? "env") : layer.source;
      }
    }
  }
  return { merged: out as FileConfig, sources };
}

function normalise(
  c: FileConfig,
  cwd: string,
  file: string | undefined,
  sources: Record<string, string>,
  env: Record<string, string | undefined>,
): Config {
  const r = c.railway ?? {};
  const g = c.github ?? {};
  const d = c.deploy ?? {};
  const s = c.store ?? {};
  const ms = (text: string | undefined, fallback: string) => parseDuration(text ?? fallback);
  const serverUrl = nonBlank(env.GITHUB_SERVER_URL);
  const runId = nonBlank(env.GITHUB_RUN_ID);
  return {
    autopilot: c.autopilot,
    file,
    sources,
    railway: {
      endpoint: r.endpoint,
      token: r.token,
      apiToken: r.apiToken,
      plan: r.plan ?? "hobby",
      projectId: r.projectId,
      environmentId: r.environmentId,
      environment: r.environment,
      serviceId: r.serviceId,
      timeoutMs: ms(r.timeout, "30s"),
    },
    github: {
      token: g.token,
      repository: g.repository,
      baseUrl: g.baseUrl ?? "https://api.github.com",
      sha: g.sha,
      branch: g.branch,
      headBranch: nonBlank(env.GITHUB_HEAD_REF),
      job: nonBlank(env.GITHUB_JOB),
      runUrl:
        serverUrl && runId && g.repository
          ? `${serverUrl.replace(/\/$/, "")}/${g.repository}/actions/runs/${runId}`
          : undefined,
    },
    deploy: {
      timeoutMs: d.timeout ? parseDuration(d.timeout) : DEFAULT_DEPLOY_TIMEOUT_MS,
      healthPath: d.healthPath,
      healthChecks: d.healthChecks ?? DEFAULT_HEALTH_CHECKS,
      healthIntervalMs: d.healthInterval ? parseDuration(d.healthInterval) : DEFAULT_HEALTH_INTERVAL_MS,
      rollback: d.rollback ?? true,
      branchEnvironments: d.branchEnvironments ?? { main: "production", staging: "staging" },
      stuckAfterMs: {
        initializing: ms(d.stuckAfter?.initializing, "10s"),
        building: ms(d.stuckAfter?.building, "5m"),
        deploying: ms(d.stuckAfter?.deploying, "1m"),
      },
      resolve: d.resolve ?? {},
    },
    store: {
      // ":memory:" names the in-memory store, not a directory.
      dataDir: s.dataDir === ":memory:" ? s.dataDir : resolve(cwd, s.dataDir ?? ".railpilot"),
      databaseUrl: s.databaseUrl,
    },
  };
}

/** Cross-field rules, checked after defaults are filled. */
function applyRules(config: Config, source: string): void {
  const issues: ConfigIssue[] = [];
  // Railway's CLI rule (API-NOTES §2): an environment id alone is ambiguous without its project.
  if (config.railway.environmentId && !config.railway.projectId && !config.railway.token) {
    issues.push({
      source,
      path: "railway.environmentId",
      message: "needs railway.projectId (RAILWAY_PROJECT_ID) as well",
    });
  }
  if (config.deploy.timeoutMs <= 0) issues.push({ source, path: "deploy.timeout", message: "must be longer than 0" });
  if (config.deploy.healthChecks > 0 && config.deploy.healthIntervalMs <= 0) {
    issues.push({ source, path: "deploy.healthInterval", message: "must be longer than 0 when health checks are on" });
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new ConfigError(`${first.source}: ${first.path}: ${first.message}`, issues, {
      hint: "Fix the value; railpilot.schema.json describes every field.",
    });
  }
}

function nonBlank(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value.trim() : undefined;
}

function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
