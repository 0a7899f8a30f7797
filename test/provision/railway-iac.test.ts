/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkReferences,
  EMPTY_LIVE_STATE,
  loadRailwayIacSpec,
  planStack,
  SpecError,
  translateRailwayProject,
} from "../../src/provision/index.js";

const fixture = fileURLToPath(new URL("./fixtures/iac/.railway/railway.ts", import.meta.url));

describe("railway/iac config-as-code as a spec", () => {
  it("evaluates .railway/railway.ts with the railway package and translates the resource graph", async () => {
    const spec = await loadRailwayIacSpec(fixture, { environment: "production" });
    expect(spec.project.name).toBe("iac-demo");
    expect(spec.databases).toEqual([
      { name: "Postgres", engine: "postgres" },
      { name: "Redis", engine: "redis" },
    ]);
    const web = spec.services.find((s) => s.name === "web");
    expect(web?.source).toEqual({ type: "repo", repo: "acme/web", branch: "main" });
    expect(web?.settings).toMatchObject({
      buildCommand: "npm run build",
      startCommand: "npm start",
      healthcheckPath: "/health",
    });
    expect(web?.variables.DATABASE_URL).toEqual({
      kind: "literal",
      value: "${{Postgres.DATABASE_URL}}",
      secret: false,
    });
    expect(web?.variables.LOG_LEVEL).toEqual({ kind: "literal", value: "${{shared.LOG_LEVEL}}", secret: false });
    expect(spec.services.find((s) => s.name === "worker")?.source).toEqual({ type: "image", image: "busybox:1.36" });
    expect(checkReferences(spec)).toEqual([]);
    const plan = planStack(spec, EMPTY_LIVE_STATE);
    expect(plan.steps.map((s) => s.id)).toContain("database.create:Redis");
  });

  it("rejects resources railpilot cannot create instead of ignoring them", () => {
    expect(() =>
      translateRailwayProject(
        { name: "x", resources: [{ type: "database", kind: "database", name: "M", engine: "mysql" }] },
        { file: "r.ts", environment: "production" },
      ),
    ).toThrow(SpecError);
  });
});
