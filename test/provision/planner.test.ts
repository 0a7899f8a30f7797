/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
import { describe, expect, it } from "vitest";
import { EMPTY_LIVE_STATE, type LiveState, parseStackSpec, planStack } from "../../src/provision/index.js";

const text = `project:
  name: demo
shared:
  LOG: info
databases:
  Postgres: postgres
services:
  api:
    source: { repo: acme/api, branch: main }
    start: npm start
    healthcheck: /health
    variables:
      DATABASE_URL: \${{Postgres.DATABASE_URL}}
      MODE: fast
      TOKEN_SECRET: { generate: secret }
    domain: generated
`;
const spec = parseStackSpec(text);

function liveMatching(): LiveState {
  return {
    project: { id: "p1", name: "demo", description: null },
    environment: { id: "e1", name: "production" },
    shared: { LOG: "info" },
    services: [
      {
        id: "s-pg",
        name: "Postgres",
        source: { image: "postgres" },
        settings: {},
        variables: { DATABASE_URL: "postgres://x" },
        domains: [],
        volumes: [],
      },
      {
        id: "s-api",
        name: "api",
        source: { repo: "acme/api", branch: "main" },
        settings: { startCommand: "npm start", healthcheckPath: "/health" },
        variables: { DATABASE_URL: "${{Postgres.DATABASE_URL}}", MODE: "fast", TOKEN_SECRET: "abc123secret" },
        domains: [{ id: "d1", domain: "api-demo.up.railway.app", kind: "generated" }],
        volumes: [],
        latestDeployment: { id: "dep0", status: "SUCCESS", createdAt: "2026-01-01T00:00:00Z" },
      },
    ],
  };
}

describe("planner", () => {
  it("plans a full create in dependency order against an empty world", () => {
    const plan = planStack(spec, EMPTY_LIVE_STATE);
    expect(plan.steps.map((s) => s.id)).toEqual([
      "project.create",
      "shared.set",
      "database.create:Postgres",
      "service.create:api",
      "service.configure:api",
      "variables.set:api",
      "domain.create:api",
      "service.connect:api",
    ]);
    expect(plan.summary.delete).toBe(0);
    expect(plan.steps.every((s) => !s.destructive)).toBe(true);
  });

  it("plans nothing when the live state matches, and keeps an existing generated secret", () => {
    const plan = planStack(spec, liveMatching());
    expect(plan.steps).toEqual([]);
    expect(plan.summary.create + plan.summary.update + plan.summary.delete).toBe(0);
    expect(plan.changes.find((c) => c.address === "service.api.variable.TOKEN_SECRET")?.action).toBe("unchanged");
  });

  it("compares only the limit fields the spec sets, so an unset field never plans an endless update", () => {
    const memoryOnly = parseStackSpec(
      text.replace("    domain: generated\n", "    domain: generated\n    limits: { memoryGB: 2 }\n"),
    );
    const live = liveMatching();
    const api = live.services[1];
    if (!api) throw new Error("fixture");
    api.limits = { memoryGB: 2, vCPUs: 4 };
    expect(planStack(memoryOnly, live).steps).toEqual([]);
    api.limits = { memoryGB: 1, vCPUs: 4 };
    const changed = planStack(memoryOnly, live).changes.filter((c) => c.action !== "unchanged");
    expect(changed.map((c) => c.address)).toEqual(["service.api.limits"]);
  });

  it("shows exactly the changed variable, with secrets hidden", () => {
    const live = liveMatching();
    const api = live.services[1];
    if (!api) throw new Error("fixture");
    api.variables.MODE = "slow";
    const plan = planStack(spec, live);
    const changed = plan.changes.filter((c) => c.action !== "unchanged");
    expect(changed).toEqual([
      {
        action: "update",
        kind: "variable",
        address: "service.api.variable.MODE",
        before: "slow",
        after: "fast",
        destructive: false,
      },
    ]);
    expect(plan.steps.map((s) => s.id)).toEqual(["variables.set:api", "service.deploy:api"]);
    expect(plan.steps[0]).toMatchObject({ kind: "variables.set", names: ["MODE"] });
  });

  it("never puts a secret value into the plan", () => {
    const live = liveMatching();
    const api = live.services[1];
    if (!api) throw new Error("fixture");
    api.variables.OLD_PASSWORD = "hunter2-very-secret";
    delete api.variables.TOKEN_SECRET;
    const plan = planStack(spec, live);
    const json = JSON.stringify(plan);
    expect(json).not.toContain("hunter2-very-secret");
    expect(json).not.toContain("abc123secret");
    expect(plan.changes.find((c) => c.address.endsWith("TOKEN_SECRET"))?.after).toContain("(hidden)");
  });

  it("deploys a service that exists but was never deployed", () => {
    const live = liveMatching();
    const api = live.services[1];
    if (!api) throw new Error("fixture");
    delete api.latestDeployment;
    expect(planStack(spec, live).steps.map((s) => s.id)).toEqual(["service.deploy:api"]);
  });

  it("marks removals as destructive", () => {
    const live = liveMatching();
    live.services.push({
      id: "s-old",
      name: "worker",
      source: { image: "busybox" },
      settings: {},
      variables: {},
      domains: [],
      volumes: [],
    });
    const plan = planStack(spec, live);
    expect(plan.steps.filter((s) => s.destructive).map((s) => s.id)).toEqual(["service.delete:worker"]);
    expect(plan.changes.filter((c) => c.destructive).map((c) => c.address)).toEqual(["service.worker"]);
  });

  it("changes the fingerprint when the live state changes, not when deployments move", () => {
    const a = planStack(spec, liveMatching()).fingerprint;
    const moved = liveMatching();
    const api = moved.services[1];
    if (!api) throw new Error("fixture");
    api.latestDeployment = { id: "dep", status: "CRASHED", createdAt: "2026-01-01T00:00:00Z" };
    expect(planStack(spec, moved).fingerprint).toBe(a);
    api.variables.MODE = "other";
    expect(planStack(spec, moved).fingerprint).not.toBe(a);
  });

  it("hides the value of a variable that exists only on Railway, and any value with URL credentials", () => {
    const live = liveMatching();
    const api = live.services[1];
    if (!api) throw new Error("fixture");
    api.variables.MONGO_URL = "mongodb://admin:s3cr3t-pw@mongo.internal:27017/app";
    api.variables.LEGACY_FLAG = "on-with-private-detail";
    api.variables.MODE = "postgres://app:hunter2pw@db:5432/x";
    const plan = planStack(spec, live);
    const json = JSON.stringify(plan);
    expect(json).not.toContain("s3cr3t-pw");
    expect(json).not.toContain("on-with-private-detail");
    expect(json).not.toContain("hunter2pw");
    const at = (a: string) => plan.changes.find((c) => c.address === a);
    expect(at("service.api.variable.MONGO_URL")).toMatchObject({ action: "delete", before: "(hidden)" });
    expect(at("service.api.variable.LEGACY_FLAG")).toMatchObject({ action: "delete", before: "(hidden)" });
    expect(at("service.api.variable.MODE")).toMatchObject({ action: "update", before: "(hidden)", after: "fast" });
  });

  it("hides a desired value with URL credentials but shows one whose userinfo is only references", () => {
    const withUrls = parseStackSpec(
      text.replace(
        "MODE: fast",
        "MODE: fast\n      CACHE: redis://default:pl41n-pw@cache:6379\n      PG: postgres://${{Postgres.PGUSER}}:${{Postgres.PGPASSWORD}}@db/app",
      ),
    );
    const plan = planStack(withUrls, liveMatching());
    expect(JSON.stringify(plan)).not.toContain("pl41n-pw");
    expect(plan.changes.find((c) => c.address === "service.api.variable.CACHE")?.after).toBe("(hidden)");
    expect(plan.changes.find((c) => c.address === "service.api.variable.PG")?.after).toBe(
      "postgres://${{Postgres.PGUSER}}:${{Postgres.PGPASSWORD}}@db/app",
    );
  });
});
