// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway's ${{...}} reference syntax, not a template.
import { randomBytes } from "node:crypto";
import { createDatabaseService } from "./database-templates.js";
import type { World } from "./world.js";

export type SeedName = "demo" | "empty";

/** What a seed hands back: ids and tokens for the ready line. */
export interface SeedResult {
  tokens: { account: string; workspace: string; project: string | null };
  workspaceId: string;
  projectId: string | null;
  environmentId: string | null;
  services: Record<string, string>;
}

const HOUR = 3_600_000;

/**
 * Fills a fresh world. `empty`: a user and a workspace. `demo`: one project (`production`) with
 * `web` (repo acme/web, domain, healthcheck /health, three SUCCESS deployments of which the two
 * older ones are REMOVED and can be rolled back to), `worker`, `Postgres` and `Redis`.
 */
export function seedWorld(world: World, seed: SeedName): SeedResult {
  const user = world.createUser("Ada Lovelace", "ada@acme.dev");
  const workspace = world.createWorkspace("Acme");
  const account = world.createToken("account", { userId: user.id, name: "railpilot account token" });
  const wsToken = world.createToken("workspace", { workspaceId: workspace.id, name: "railpilot workspace token" });
  const base = { workspaceId: workspace.id, tokens: { account: account.token, workspace: wsToken.token, project: null } };
  if (seed === "empty") return { ...base, projectId: null, environmentId: null, services: {} };

  const now = world.now();
  const project = world.createProject({ workspaceId: workspace.id, name: "acme-demo", description: "Demo stack for railpilot" });
  const envId = project.baseEnvironmentId as string;
  const projectToken = world.createToken("project", { projectId: project.id, environmentId: envId, name: "ci deploy token" });

  const postgres = createDatabaseService(world, "postgres", project.id);
  const redis = createDatabaseService(world, "redis", project.id);

  const web = world.createService({ projectId: project.id, name: "web", repo: "acme/web", branch: "main" });
  const webInst = world.findInstance(web.id, envId);
  if (webInst) {
    webInst.healthcheckPath = "/health";
    webInst.healthcheckTimeout = 300;
    webInst.startCommand = "npm run start";
    webInst.buildCommand = "npm run build";
  }
  world.createServiceDomain(web.id, envId, 8080);
  const webVars = world.varMap(envId, web.id);
  webVars.set("NODE_ENV", "production");
  webVars.set("PORT", "8080");
  webVars.set("DATABASE_URL", "${{Postgres.DATABASE_URL}}");
  webVars.set("REDIS_URL", "${{Redis.REDIS_URL}}");
  webVars.set("APP_NAME", "${{shared.APP_NAME}}");
  webVars.set("SESSION_SECRET", randomBytes(24).toString("hex"));
  world.varMap(envId, null).set("APP_NAME", "acme");
  world.varMap(envId, null).set("LOG_LEVEL", "info");

  const history = [
    { sha: randomBytes(20).toString("hex"), message: "Add order export", at: now - 3 * HOUR },
    { sha: randomBytes(20).toString("hex"), message: "Fix pagination on /orders", at: now - 2 * HOUR },
    { sha: randomBytes(20).toString("hex"), message: "Bump dependencies", at: now - HOUR },
  ];
  history.forEach((c, i) => {
    world.pushCommit("acme/web", "main", { sha: c.sha, message: c.message, author: "ada" });
    const meta = world.sourceMeta(webInst ?? (world.findInstance(web.id, envId) as NonNullable<typeof webInst>), c.sha);
    world.createDeployment(web.id, envId, { meta, settled: i === history.length - 1 ? "SUCCESS" : "REMOVED", createdAt: c.at });
  });

  const worker = world.createService({ projectId: project.id, name: "worker", repo: "acme/worker", branch: "main" });
  const workerInst = world.findInstance(worker.id, envId);
  if (workerInst) workerInst.startCommand = "node dist/worker.js";
  const workerVars = world.varMap(envId, worker.id);
  workerVars.set("DATABASE_URL", "${{Postgres.DATABASE_URL}}");
  workerVars.set("REDIS_URL", "${{Redis.REDIS_URL}}");
  workerVars.set("QUEUE_CONCURRENCY", "4");
  if (workerInst) world.createDeployment(worker.id, envId, { meta: world.sourceMeta(workerInst), settled: "SUCCESS", createdAt: now - HOUR });

  return {
    ...base,
    tokens: { ...base.tokens, project: projectToken.token },
    projectId: project.id,
    environmentId: envId,
    services: { web: web.id, worker: worker.id, Postgres: postgres.id, Redis: redis.id },
  };
}
