import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, resolveTarget, TargetNotFoundError } from "../../src/config/index.js";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { RailwayClient } from "../../src/railway/index.js";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ clock: "manual", seed: "demo" });
});
afterAll(async () => {
  await emu?.close();
});

function clientWith(kind: "account" | "workspace" | "project"): RailwayClient {
  const token = emu.info.tokens[kind] as string;
  return new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    env: {},
    ...(kind === "project" ? { token } : { apiToken: token }),
    maxRetries: 0,
  });
}

const config = (env: Record<string, string> = {}) => loadConfig({ cwd: "/nonexistent-dir", env });

describe("resolveTarget", () => {
  it("picks the only project the token sees, its production environment and a service by name", async () => {
    const t = await resolveTarget(clientWith("account"), config(), { service: "web" });
    expect(t.project.id).toBe(emu.info.projectId);
    expect(t.environment).toEqual({ id: emu.info.environmentId, name: "production" });
    expect(t.service).toEqual({ id: emu.info.services.web, name: "web" });
    expect(t.services.map((s) => s.name).sort()).toEqual(["Postgres", "Redis", "web", "worker"]);
    expect(t.viaProjectToken).toBe(false);
  });

  it("finds a service by id and leaves the service unset when none is asked for", async () => {
    const byId = await resolveTarget(clientWith("workspace"), config(), {
      service: emu.info.services.worker as string,
    });
    expect(byId.service?.name).toBe("worker");
    const none = await resolveTarget(clientWith("workspace"), config());
    expect(none.service).toBeUndefined();
  });

  it("learns project and environment from a project token", async () => {
    const t = await resolveTarget(clientWith("project"), config(), { service: "worker" });
    expect(t).toMatchObject({
      viaProjectToken: true,
      project: { id: emu.info.projectId },
      environment: { id: emu.info.environmentId },
    });
  });

  it("lists the services that exist when a service name is unknown", async () => {
    const error = await resolveTarget(clientWith("account"), config(), { service: "api" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetNotFoundError);
    expect((error as Error).message).toMatch(/^service "api" not found; found: /);
    expect((error as Error).message).toContain("web");
    expect((error as TargetNotFoundError).code).toBe("USAGE");
  });

  it("lists the environments that exist when an environment name is unknown", async () => {
    const error = await resolveTarget(clientWith("account"), config(), { environment: "staging" }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe('environment "staging" not found; found: production');
  });

  it("names the true source of an unknown configured environment (env beats the file, field by field)", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "railpilot-target-"));
    writeFileSync(join(dir, "railpilot.yaml"), "railway:\n  environment: production\n");
    const c = loadConfig({
      cwd: dir,
      env: { RAILWAY_ENVIRONMENT_ID: "no-such-env", RAILWAY_PROJECT_ID: emu.info.projectId as string },
    });
    const error = await resolveTarget(clientWith("account"), c).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetNotFoundError);
    expect((error as TargetNotFoundError).message).toMatch(
      /^RAILWAY_ENVIRONMENT_ID: environment "no-such-env" not found/,
    );
    expect((error as TargetNotFoundError).message).not.toMatch(/railpilot\.yaml/);
  });

  it("uses the project and service ids from the environment", async () => {
    const t = await resolveTarget(
      clientWith("account"),
      config({
        RAILWAY_PROJECT_ID: emu.info.projectId as string,
        RAILWAY_SERVICE_ID: emu.info.services.Redis as string,
      }),
    );
    expect(t.service?.name).toBe("Redis");
  });

  it("requires a service when asked to and says which exist", async () => {
    await expect(resolveTarget(clientWith("account"), config(), { requireService: true })).rejects.toThrow(
      /say which service \(.*web/,
    );
  });
});
