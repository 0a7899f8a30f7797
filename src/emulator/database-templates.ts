// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway's ${{...}} reference syntax, not a template.
import { randomBytes } from "node:crypto";
import type { ServiceKind, ServiceRec } from "./model.js";
import type { World } from "./world.js";

/** The database templates the emulator knows (template codes and ids, like Railway's marketplace). */
export const DATABASE_TEMPLATES = {
  postgres: {
    id: "5b9b1c2e-7f62-4f3b-9a55-0f1b2d3c4e5a",
    code: "postgres",
    name: "Postgres",
    image: "ghcr.io/railwayapp-templates/postgres-ssl:16",
    mountPath: "/var/lib/postgresql/data",
  },
  redis: {
    id: "8c0d4e6f-2a1b-4c3d-8e9f-1a2b3c4d5e6f",
    code: "redis",
    name: "Redis",
    image: "bitnami/redis:7.2.5",
    mountPath: "/bitnami",
  },
} as const;

export type DatabaseKind = keyof typeof DATABASE_TEMPLATES;

function secret(n = 16): string {
  return randomBytes(n)
    .toString("base64url")
    .replace(/[-_]/g, "x")
    .slice(0, n * 2);
}

/** Railway's variables for a Postgres service (references resolve at render time). */
function postgresVariables(): Record<string, string> {
  const password = secret();
  return {
    PGDATA: "/var/lib/postgresql/data/pgdata",
    PGDATABASE: "${{POSTGRES_DB}}",
    PGHOST: "${{RAILWAY_PRIVATE_DOMAIN}}",
    PGPASSWORD: "${{POSTGRES_PASSWORD}}",
    PGPORT: "5432",
    PGUSER: "${{POSTGRES_USER}}",
    POSTGRES_DB: "railway",
    POSTGRES_PASSWORD: password,
    POSTGRES_USER: "postgres",
    DATABASE_URL: "postgresql://${{PGUSER}}:${{POSTGRES_PASSWORD}}@${{RAILWAY_PRIVATE_DOMAIN}}:5432/${{PGDATABASE}}",
    DATABASE_PUBLIC_URL:
      "postgresql://${{PGUSER}}:${{POSTGRES_PASSWORD}}@roundhouse.proxy.rlwy.net:41234/${{PGDATABASE}}",
    RAILWAY_DEPLOYMENT_DRAINING_SECONDS: "60",
    SSL_CERT_DAYS: "820",
  };
}

function redisVariables(): Record<string, string> {
  const password = secret();
  return {
    REDIS_PASSWORD: password,
    REDISHOST: "${{RAILWAY_PRIVATE_DOMAIN}}",
    REDISPASSWORD: "${{REDIS_PASSWORD}}",
    REDISPORT: "6379",
    REDISUSER: "default",
    REDIS_URL: "redis://${{REDISUSER}}:${{REDIS_PASSWORD}}@${{REDISHOST}}:${{REDISPORT}}",
    REDIS_PUBLIC_URL: "redis://default:${{REDIS_PASSWORD}}@monorail.proxy.rlwy.net:52341",
    RAILWAY_RUN_UID: "0",
  };
}

/** The serializedConfig Railway's `template` query returns for a database template. */
export function serializedTemplateConfig(kind: DatabaseKind): Record<string, unknown> {
  const t = DATABASE_TEMPLATES[kind];
  return {
    services: {
      [t.id]: {
        name: t.name,
        icon: `https://devicons.railway.app/i/${kind === "postgres" ? "postgresql" : "redis"}.svg`,
        source: { image: t.image },
        variables: Object.fromEntries(
          Object.keys(kind === "postgres" ? postgresVariables() : redisVariables()).map((k) => [
            k,
            { isOptional: false },
          ]),
        ),
        volumeMounts: { [t.id]: { mountPath: t.mountPath } },
        networking: { tcpProxies: { [kind === "postgres" ? "5432" : "6379"]: {} } },
      },
    },
  };
}

/** Finds which database a templateDeployV2 call asks for, from the template id/code or its config. */
export function detectDatabase(templateId: string, serializedConfig: unknown): DatabaseKind | undefined {
  for (const [kind, t] of Object.entries(DATABASE_TEMPLATES) as [
    DatabaseKind,
    (typeof DATABASE_TEMPLATES)[DatabaseKind],
  ][]) {
    if (templateId === t.id || templateId.toLowerCase() === t.code) return kind;
  }
  const text = JSON.stringify(serializedConfig ?? {}).toLowerCase();
  if (text.includes("postgres")) return "postgres";
  if (text.includes("redis")) return "redis";
  return undefined;
}

/**
 * Creates a database service (with variables, a volume and a SUCCESS deployment, or a fresh
 * deployment that goes through the lifecycle when `deploy` is true).
 */
export function createDatabaseService(
  world: World,
  kind: DatabaseKind,
  projectId: string,
  options: { environmentId?: string; name?: string; deploy?: boolean } = {},
): ServiceRec {
  const t = DATABASE_TEMPLATES[kind];
  let name: string = options.name ?? t.name;
  for (let i = 2; world.serviceByName(projectId, name); i++) name = `${options.name ?? t.name}-${i}`;
  const svc = world.createService({
    projectId,
    name,
    environmentId: options.environmentId ?? null,
    image: t.image,
    kind: kind as ServiceKind,
    templateId: t.id,
    variables: kind === "postgres" ? postgresVariables() : redisVariables(),
    icon: `https://devicons.railway.app/i/${kind === "postgres" ? "postgresql" : "redis"}.svg`,
  });
  const envs = options.environmentId
    ? [options.environmentId]
    : world
        .environmentsOf(projectId)
        .filter((e) => e.sourceEnvironmentId === null)
        .map((e) => e.id);
  for (const envId of envs) {
    world.createVolume({
      projectId,
      mountPath: t.mountPath,
      environmentId: envId,
      serviceId: svc.id,
      name: `${name.toLowerCase()}-volume`,
    });
    if (options.deploy) world.createDeployment(svc.id, envId);
    else world.createDeployment(svc.id, envId, { settled: "SUCCESS" });
  }
  return svc;
}
