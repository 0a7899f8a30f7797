// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${NAME} is railpilot.yaml's env reference syntax.
import { z } from "zod";
import { autopilotConfigSchema, wholeNumber } from "../autopilot/autopilot-config.js";
import { MAX_DURATION_MS, parseDuration } from "../core/index.js";

// One schema for railpilot.yaml, env vars and flags. Durations are strings with a unit so
// a bare "900" never silently means milliseconds (or seconds).
const DURATION = /^(\d+(\.\d+)?(ms|s|m|h|d))+$/;

function withinTimerRange(text: string): boolean {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}

export const durationSchema = z
  .string({ error: 'expected a duration like "15m"' })
  .trim()
  .regex(DURATION, { error: 'expected a duration like "15m"', abort: true })
  .refine(withinTimerRange, { error: `expected at most ${MAX_DURATION_MS / 86_400_000}d (timers cannot wait longer)` })
  .describe('A duration with a unit: "500ms", "10s", "15m", "1h30m", "7d".');

const nonEmpty = z.string().trim().min(1, { error: "must not be empty" });

export const planSchema = z.enum(["free", "hobby", "pro", "unlimited"]);

// http(s) only: another scheme (ftp://) is a configuration mistake, not an unreachable server.
const url = z.url({ protocol: /^https?$/, error: "expected an http:// or https:// URL like https://host/path" });

export const railwaySectionSchema = z
  .strictObject({
    endpoint: url
      .describe("GraphQL endpoint. Default: https://backboard.railway.com/graphql/v2 (env RAILWAY_GRAPHQL_ENDPOINT).")
      .optional(),
    token: nonEmpty
      .describe("Project token, sent as Project-Access-Token (env RAILWAY_TOKEN). Use ${ENV_NAME}, never a literal.")
      .optional(),
    apiToken: nonEmpty
      .describe("Account or workspace token, sent as Bearer (env RAILWAY_API_TOKEN). Use ${ENV_NAME}.")
      .optional(),
    plan: planSchema
      .describe("Plan whose API rate limits the client keeps within. Default: hobby (env RAILPILOT_PLAN).")
      .optional(),
    projectId: nonEmpty
      .describe(
        "Project id (env RAILWAY_PROJECT_ID). Default: the project token's project, or the only project the token sees.",
      )
      .optional(),
    environmentId: nonEmpty.describe("Environment id (env RAILWAY_ENVIRONMENT_ID).").optional(),
    environment: nonEmpty.describe("Environment name. Default: production, or the only environment.").optional(),
    serviceId: nonEmpty.describe("Default service id (env RAILWAY_SERVICE_ID).").optional(),
    timeout: durationSchema.describe("Timeout of each API request. Default: 30s.").optional(),
  })
  .describe("Railway API access and the default target.");

export const githubSectionSchema = z
  .strictObject({
    token: nonEmpty.describe("GitHub token (env GITHUB_TOKEN). Use ${ENV_NAME}.").optional(),
    repository: z
      .string()
      .trim()
      .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'expected "owner/name"' })
      .describe("owner/name (env GITHUB_REPOSITORY).")
      .optional(),
    baseUrl: url.describe("GitHub REST API base URL. Default: https://api.github.com (env GITHUB_API_URL).").optional(),
    sha: nonEmpty.describe("Commit being deployed (env GITHUB_SHA).").optional(),
    branch: nonEmpty.describe("Branch being deployed (env GITHUB_REF_NAME).").optional(),
  })
  .describe("GitHub access for checks, comments and issues.");

export const deploySectionSchema = z
  .strictObject({
    timeout: durationSchema.describe("Longest a deploy may take before it counts as failed. Default: 15m.").optional(),
    healthPath: z
      .string()
      .trim()
      .startsWith("/", { error: 'expected a path starting with "/"' })
      .describe("Path probed after a deploy, e.g. /healthz. Default: none (no probe).")
      .optional(),
    healthChecks: wholeNumber(0, 100).describe("Consecutive successful probes required. Default: 3.").optional(),
    healthInterval: durationSchema.describe("Time between probes. Default: 5s.").optional(),
    rollback: z
      .boolean({ error: "expected true or false" })
      .describe("Roll back automatically when a deploy goes bad. Default: true.")
      .optional(),
    branchEnvironments: z
      .record(z.string().min(1), nonEmpty)
      .describe("Branch → environment name. Default: { main: production, staging: staging }.")
      .optional(),
    stuckAfter: z
      .strictObject({
        initializing: durationSchema.optional(),
        building: durationSchema.optional(),
        deploying: durationSchema.optional(),
      })
      .describe(
        "How long a phase may last before the deployment counts as stuck. Default: initializing 10s, building 5m, deploying 1m.",
      )
      .optional(),
    resolve: z
      .record(z.string().regex(/^[^:\s]+:\d+$/, { error: 'expected "host:port"' }), nonEmpty)
      .describe('Like curl\'s resolve option: "host:port" → address to connect to instead, for health probes.')
      .optional(),
  })
  .describe("How deploys are followed, verified and rolled back.");

export const storeSectionSchema = z
  .strictObject({
    dataDir: nonEmpty
      .describe("Directory for the embedded database. Default: .railpilot (env RAILPILOT_DATA_DIR).")
      .optional(),
    databaseUrl: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, { error: "expected a postgres:// URL" })
      .describe("Postgres URL; required for several replicas (env DATABASE_URL). Use ${ENV_NAME}.")
      .optional(),
  })
  .describe("Where railpilot keeps its state.");

/** The shape of railpilot.yaml (every field optional); env vars and flags use the same shape. */
export const fileConfigSchema = z
  .strictObject({
    railway: railwaySectionSchema.optional(),
    github: githubSectionSchema.optional(),
    deploy: deploySectionSchema.optional(),
    store: storeSectionSchema.optional(),
    autopilot: autopilotConfigSchema.optional(),
  })
  .describe("railpilot configuration (railpilot.yaml). Values may reference environment variables as ${NAME}.");

export type FileConfig = z.infer<typeof fileConfigSchema>;

/** JSON Schema for railpilot.yaml (published as railpilot.schema.json). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(fileConfigSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, $id: "https://github.com/railpilot/railpilot/railpilot.schema.json", title: "railpilot.yaml" };
}
