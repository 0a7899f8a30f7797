// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${NAME} is railpilot.yaml's env reference syntax.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/index.js";
import { redact } from "../../src/core/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "railpilot-config-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function failure(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("fills every default when there is no file, env or flag", () => {
    const c = loadConfig({ cwd: dir, env: {} });
    expect(c.file).toBeUndefined();
    expect(c.railway).toMatchObject({ plan: "hobby", timeoutMs: 30_000, token: undefined });
    expect(c.deploy).toEqual({
      timeoutMs: 900_000,
      healthPath: undefined,
      healthChecks: 3,
      healthIntervalMs: 5_000,
      rollback: true,
      branchEnvironments: { main: "production", staging: "staging" },
      stuckAfterMs: { initializing: 10_000, building: 300_000, deploying: 60_000 },
      resolve: {},
    });
    expect(c.store).toEqual({ dataDir: join(dir, ".railpilot"), databaseUrl: undefined });
    expect(c.github.baseUrl).toBe("https://api.github.com");
  });

  it("reads railpilot.yaml from the cwd and converts durations to milliseconds", () => {
    write(
      "railpilot.yaml",
      [
        "railway:",
        "  plan: pro",
        "  projectId: p-1",
        "  environment: staging",
        "deploy:",
        "  timeout: 10m",
        "  healthPath: /healthz",
        "  healthChecks: 5",
        "  stuckAfter: { building: 1h30m }",
        "  branchEnvironments: { develop: dev }",
        '  resolve: { "web.example.com:443": "127.0.0.1:8443" }',
      ].join("\n"),
    );
    const c = loadConfig({ cwd: dir, env: {} });
    expect(c.file).toBe(join(dir, "railpilot.yaml"));
    expect(c.railway).toMatchObject({ plan: "pro", projectId: "p-1", environment: "staging" });
    expect(c.deploy).toMatchObject({
      timeoutMs: 600_000,
      healthPath: "/healthz",
      healthChecks: 5,
      stuckAfterMs: { initializing: 10_000, building: 5_400_000, deploying: 60_000 },
      branchEnvironments: { develop: "dev" },
      resolve: { "web.example.com:443": "127.0.0.1:8443" },
    });
  });

  it("lets env vars override the file and flags override env vars", () => {
    write("railpilot.yaml", "railway:\n  plan: free\n  projectId: from-file\n  environment: from-file\n");
    const c = loadConfig({
      cwd: dir,
      env: { RAILPILOT_PLAN: "pro", RAILWAY_PROJECT_ID: "from-env", GITHUB_SHA: "abc123", GITHUB_REF_NAME: "main" },
      flags: { railway: { projectId: "from-flag" } },
    });
    expect(c.railway).toMatchObject({ plan: "pro", projectId: "from-flag", environment: "from-file" });
    expect(c.github).toMatchObject({ sha: "abc123", branch: "main" });
  });

  it("names the file and the field when a duration is malformed", () => {
    write("railpilot.yaml", "deploy:\n  timeout: soon\n");
    const e = failure(() => loadConfig({ cwd: dir, env: {} }));
    expect(e.code).toBe("CONFIG");
    expect(e.message).toBe('railpilot.yaml: deploy.timeout: expected a duration like "15m"');
    expect(e.issues[0]).toMatchObject({ source: "railpilot.yaml", path: "deploy.timeout" });
    expect(e.hint).toBeTruthy();
  });

  it("rejects a bare number as a duration rather than guessing its unit", () => {
    write("railpilot.yaml", "deploy:\n  healthInterval: 900\n");
    expect(failure(() => loadConfig({ cwd: dir, env: {} })).message).toBe(
      'railpilot.yaml: deploy.healthInterval: expected a duration like "15m"',
    );
  });

  it("says which bound a number is outside, not that it is not a whole number", () => {
    write("railpilot.yaml", "autopilot:\n  policy:\n    flapThreshold: 1000\n");
    expect(failure(() => loadConfig({ cwd: dir, env: {} })).message).toBe(
      "railpilot.yaml: autopilot.policy.flapThreshold: expected a whole number of at most 100",
    );
    write("railpilot.yaml", "deploy:\n  healthChecks: 2.5\n");
    expect(failure(() => loadConfig({ cwd: dir, env: {} })).message).toBe(
      "railpilot.yaml: deploy.healthChecks: expected a whole number",
    );
  });

  it("reports an unknown field by its path", () => {
    write("railpilot.yaml", "deploy:\n  timeuot: 5m\n");
    expect(failure(() => loadConfig({ cwd: dir, env: {} })).message).toBe(
      "railpilot.yaml: deploy.timeuot: unknown field timeuot",
    );
  });

  it("names the env var when an env value is invalid", () => {
    const e = failure(() => loadConfig({ cwd: dir, env: { RAILPILOT_PLAN: "enterprise" } }));
    expect(e.message).toMatch(/^RAILPILOT_PLAN: /);
    expect(e.issues[0]).toMatchObject({ source: "RAILPILOT_PLAN", path: "railway.plan" });
  });

  it("names the line when the YAML does not parse", () => {
    write("railpilot.yaml", "railway:\n  plan: [pro\n");
    expect(failure(() => loadConfig({ cwd: dir, env: {} })).message).toMatch(
      /^railpilot\.yaml: not valid YAML \(line \d+/,
    );
  });

  it("substitutes ${NAME} references from the environment and registers the tokens as secrets", () => {
    write("railpilot.yaml", "railway:\n  apiToken: ${MY_RAILWAY_KEY}\ngithub:\n  token: ${MY_GH}\n");
    const c = loadConfig({ cwd: dir, env: { MY_RAILWAY_KEY: "rw-secret-123456", MY_GH: "ghp_secret_987654" } });
    expect(c.railway.apiToken).toBe("rw-secret-123456");
    expect(c.github.token).toBe("ghp_secret_987654");
    expect(redact("token rw-secret-123456 and ghp_secret_987654")).toBe("token [redacted] and [redacted]");
  });

  it("fails naming the field when a ${NAME} reference is not set", () => {
    write("railpilot.yaml", "railway:\n  token: ${NOT_THERE}\n");
    expect(failure(() => loadConfig({ cwd: dir, env: {} })).message).toBe(
      "railpilot.yaml: railway.token: environment variable NOT_THERE is not set",
    );
  });

  it("treats the environment's name and id as one setting: RAILWAY_ENVIRONMENT_ID from env beats railway.environment from the file", () => {
    write("railpilot.yaml", "railway:\n  environment: staging\n  projectId: p1\n");
    const c = loadConfig({ cwd: dir, env: { RAILWAY_ENVIRONMENT_ID: "env-id-from-env" } });
    expect(c.railway.environmentId).toBe("env-id-from-env");
    expect(c.railway.environment).toBeUndefined();
    expect(c.sources).toMatchObject({
      "railway.environmentId": "RAILWAY_ENVIRONMENT_ID",
      "railway.projectId": "railpilot.yaml",
    });
    // And a flag naming the environment beats both.
    const f = loadConfig({
      cwd: dir,
      env: { RAILWAY_ENVIRONMENT_ID: "env-id-from-env" },
      flags: { railway: { environment: "production" } },
    });
    expect(f.railway).toMatchObject({ environment: "production", environmentId: undefined });
    expect(f.sources["railway.environment"]).toBe("flags");
  });

  it("uses --config over RAILPILOT_CONFIG and fails when the named file is missing", () => {
    write("a.yaml", "railway:\n  plan: free\n");
    write("b.yaml", "railway:\n  plan: pro\n");
    expect(loadConfig({ cwd: dir, env: { RAILPILOT_CONFIG: "b.yaml" } }).railway.plan).toBe("pro");
    expect(loadConfig({ cwd: dir, env: { RAILPILOT_CONFIG: "b.yaml" }, configPath: "a.yaml" }).railway.plan).toBe(
      "free",
    );
    expect(
      failure(() => loadConfig({ cwd: dir, env: {}, configPath: "nope.yaml", configPathSource: "--config" })).message,
    ).toBe("config file nope.yaml (from --config) does not exist");
    // The library names no CLI flag of its own.
    expect(failure(() => loadConfig({ cwd: dir, env: {}, configPath: "nope.yaml" })).message).toBe(
      "config file nope.yaml (from the config path given) does not exist",
    );
  });

  it("requires a project id alongside an environment id, as Railway's CLI does", () => {
    const e = failure(() =>
      loadConfig({ cwd: dir, env: { RAILWAY_ENVIRONMENT_ID: "e-1", RAILWAY_API_TOKEN: "tok-123456" } }),
    );
    expect(e.message).toContain("railway.environmentId: needs railway.projectId");
  });

  it("takes the store from DATABASE_URL and RAILPILOT_DATA_DIR and hides the password", () => {
    const c = loadConfig({
      cwd: dir,
      env: { DATABASE_URL: "postgres://u:pa55word-xyz@db:5432/app", RAILPILOT_DATA_DIR: "state" },
    });
    expect(c.store).toEqual({ databaseUrl: "postgres://u:pa55word-xyz@db:5432/app", dataDir: join(dir, "state") });
    expect(redact("connecting with pa55word-xyz")).not.toContain("pa55word-xyz");
  });

  it('keeps RAILPILOT_DATA_DIR=":memory:" as the in-memory store, not a directory under the cwd', () => {
    expect(loadConfig({ cwd: dir, env: { RAILPILOT_DATA_DIR: ":memory:" } }).store.dataDir).toBe(":memory:");
  });

  it("validates flags with the same schema", () => {
    const e = failure(() => loadConfig({ cwd: dir, env: {}, flags: { deploy: { timeout: "forever" } } }));
    expect(e.message).toBe('flags: deploy.timeout: expected a duration like "15m"');
  });
});
