// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway's ${{...}} reference syntax, not a template.
import { randomBytes } from "node:crypto";
import { createDatabaseService } from "./database-templates.js";
import type { World } from "./world.js";

/** `demo`, `empty`, or `scale:N` / `scale:NxE` (N app services spread over E environments, default 10). */
export type SeedName = "demo" | "empty" | `scale:${string}`;

/** Parses `scale:N` or `scale:NxE`; undefined when the text is not a scale seed. */
export function parseScaleSeed(seed: string): { services: number; environments: number } | undefined {
  const m = /^scale:(\d{1,5})(?:x(\d{1,4}))?$/.exec(seed);
  if (!m) return undefined;
  const services = Number(m[1]);
  const environments = Math.min(services, Number(m[2] ?? 10));
  if (services < 1 || environments < 1 || services > 20_000) return undefined;
  return { services, environments };
}

/** True for every seed name the emulator knows. */
export function isSeedName(seed: string): seed is SeedName {
  return seed === "demo" || seed === "empty" || parseScaleSeed(seed) !== undefined;
}

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
  const base = {
    workspaceId: workspace.id,
    tokens: { account: account.token, workspace: wsToken.token, project: null },
  };
  if (seed === "empty") return { ...base, projectId: null, environmentId: null, services: {} };
  const scale = parseScaleSeed(seed);
  if (scale) return seedScale(world, base, scale);

  const now = world.now();
  const project = world.createProject({
    workspaceId: workspace.id,
    name: "acme-demo",
    description: "Demo stack for railpilot",
  });
  const envId = project.baseEnvironmentId as string;
  const projectToken = world.createToken("project", {
    projectId: project.id,
    environmentId: envId,
    name: "ci deploy token",
  });

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
    world.pushCommit("acme/web", "main", { sha: c.sha, message: c.message, author: "ada", at: c.at - 25 * 60_000 });
    const meta = world.sourceMeta(webInst ?? (world.findInstance(web.id, envId) as NonNullable<typeof webInst>), c.sha);
    world.createDeployment(web.id, envId, {
      meta,
      settled: i === history.length - 1 ? "SUCCESS" : "REMOVED",
      createdAt: c.at,
    });
  });

  const worker = world.createService({ projectId: project.id, name: "worker", repo: "acme/worker", branch: "main" });
  const workerInst = world.findInstance(worker.id, envId);
  if (workerInst) workerInst.startCommand = "node dist/worker.js";
  const workerVars = world.varMap(envId, worker.id);
  workerVars.set("DATABASE_URL", "${{Postgres.DATABASE_URL}}");
  workerVars.set("REDIS_URL", "${{Redis.REDIS_URL}}");
  workerVars.set("QUEUE_CONCURRENCY", "4");
  if (workerInst)
    world.createDeployment(worker.id, envId, {
      meta: world.sourceMeta(workerInst),
      settled: "SUCCESS",
      createdAt: now - HOUR,
    });

  return {
    ...base,
    tokens: { ...base.tokens, project: projectToken.token },
    projectId: project.id,
    environmentId: envId,
    services: { web: web.id, worker: worker.id, Postgres: postgres.id, Redis: redis.id },
  };
}

/**
 * `scale:NxE`: E projects (`scale-01`…) of one `production` environment each, with N app services
 * spread evenly over them (`svc-001`…, repo `acme/svc-001`, a domain, healthcheck /health) and a
 * Postgres each. Every app has 1–4 settled deployments: the newest SUCCESS, older ones REMOVED,
 * and every seventh service a FAILED build between them. Ready-line keys are `<project>/<service>`.
 */
function seedScale(
  world: World,
  base: { workspaceId: string; tokens: SeedResult["tokens"] },
  scale: { services: number; environments: number },
): SeedResult {
  const now = world.now();
  const services: Record<string, string> = {};
  let first: { projectId: string; environmentId: string } | undefined;
  let token: string | null = null;
  for (let p = 0; p < scale.environments; p++) {
    const projectName = `scale-${String(p + 1).padStart(2, "0")}`;
    const project = world.createProject({ workspaceId: base.workspaceId, name: projectName });
    const envId = project.baseEnvironmentId as string;
    if (!first) {
      first = { projectId: project.id, environmentId: envId };
      token = world.createToken("project", {
        projectId: project.id,
        environmentId: envId,
        name: "scale deploy token",
      }).token;
    }
    const db = createDatabaseService(world, "postgres", project.id);
    services[`${projectName}/Postgres`] = db.id;
    const count = Math.floor(scale.services / scale.environments) + (p < scale.services % scale.environments ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const name = `svc-${String(i + 1).padStart(3, "0")}`;
      const svc = world.createService({
        projectId: project.id,
        name,
        repo: `acme/${name}`,
        branch: "main",
        environmentId: envId,
      });
      const inst = world.findInstance(svc.id, envId);
      if (!inst) continue;
      inst.healthcheckPath = "/health";
      world.createServiceDomain(svc.id, envId, 8080);
      const vars = world.varMap(envId, svc.id);
      vars.set("PORT", "8080");
      vars.set("DATABASE_URL", "${{Postgres.DATABASE_URL}}");
      const deployments = 1 + (i % 4);
      for (let k = 0; k < deployments; k++) {
        const latest = k === deployments - 1;
        const at = now - (deployments - k) * 3 * HOUR - i * 1000;
        const settled = latest ? "SUCCESS" : k === deployments - 2 && i % 7 === 3 ? "FAILED" : "REMOVED";
        const sha = randomBytes(20).toString("hex");
        world.pushCommit(`acme/${name}`, "main", { sha, message: `Change ${k + 1} of ${name}`, author: "ada" });
        world.createDeployment(svc.id, envId, { meta: world.sourceMeta(inst, sha), settled, createdAt: at });
      }
      services[`${projectName}/${name}`] = svc.id;
    }
  }
  return {
    ...base,
    tokens: { ...base.tokens, project: token },
    projectId: first?.projectId ?? null,
    environmentId: first?.environmentId ?? null,
    services,
  };
}
