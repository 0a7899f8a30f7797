// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${NAME} is railpilot.yaml's env reference syntax.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_POLICY, healthCheckFor, resolveAutopilotConfig } from "../../src/autopilot/autopilot-config.js";
import { ConfigError, loadConfig } from "../../src/config/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "railpilot-autopilot-config-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function load(yaml: string, env: Record<string, string> = {}) {
  writeFileSync(join(dir, "railpilot.yaml"), yaml);
  return loadConfig({ cwd: dir, env });
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("autopilot config", () => {
  it("resolves every default in one place", () => {
    const c = resolveAutopilotConfig(undefined, {});
    expect(c).toMatchObject({
      enabled: true,
      intervalSeconds: 300,
      autoFix: false,
      targets: [],
      listen: "127.0.0.1:8080",
      apiToken: undefined,
      store: {},
    });
    expect(c.policy).toEqual(DEFAULT_POLICY);
    expect(healthCheckFor(c, "web")).toMatchObject({
      intervalMs: 30_000,
      timeoutMs: 5_000,
      failureThreshold: 3,
      successThreshold: 1,
    });
  });

  it("reads railpilot.yaml's autopilot section and converts durations", () => {
    const config = load(
      [
        "autopilot:",
        "  interval: 2m",
        "  targets:",
        "    - environment: production",
        "      services: [web, api]",
        "  health:",
        '    "*": { interval: 10s, failureThreshold: 2 }',
        "    web: { path: /healthz, expectedStatus: 200, maxLatency: 800ms, jsonPath: { path: $.status, equals: ok } }",
        "  policy: { restartFirst: false, memoryCeilingGb: 4, memoryStepGb: 0.5, cooldown: 10m, budgetPerHour: 5, approvalMode: true }",
        "  listen: 0.0.0.0:9000",
        '  api: { token: "${PILOT_TOKEN}" }',
      ].join("\n"),
      { PILOT_TOKEN: "tok-123" },
    );
    const c = resolveAutopilotConfig(config.autopilot, {});
    expect(c.intervalSeconds).toBe(120);
    expect(c.targets).toEqual([{ environment: "production", services: ["web", "api"] }]);
    expect(healthCheckFor(c, "web")).toMatchObject({
      path: "/healthz",
      intervalMs: 10_000,
      failureThreshold: 2,
      expectedStatus: 200,
      maxLatencyMs: 800,
      jsonPath: { path: "$.status", equals: "ok" },
    });
    expect(healthCheckFor(c, "api")).toMatchObject({ path: undefined, intervalMs: 10_000, failureThreshold: 2 });
    expect(c.policy).toMatchObject({
      restartFirst: false,
      memoryCeilingGb: 4,
      memoryStepGb: 0.5,
      cooldownMs: 600_000,
      budgetPerHour: 5,
      approvalMode: true,
      unhealthyAfter: 2,
    });
    expect(c.listen).toBe("0.0.0.0:9000");
    expect(c.apiToken).toBe("tok-123");
  });

  it.each([
    ["ERROR_MONITORING_ENABLED", "false", (c: ReturnType<typeof resolveAutopilotConfig>) => c.enabled, false],
    ["ERROR_MONITOR_INTERVAL", "60", (c: ReturnType<typeof resolveAutopilotConfig>) => c.intervalSeconds, 60],
    ["AUTO_FIX_ENABLED", "true", (c: ReturnType<typeof resolveAutopilotConfig>) => c.autoFix, true],
    ["RAILPILOT_DRY_RUN", "1", (c: ReturnType<typeof resolveAutopilotConfig>) => c.policy.dryRun, true],
    [
      "RAILPILOT_API_TOKEN",
      "secret-token",
      (c: ReturnType<typeof resolveAutopilotConfig>) => c.apiToken,
      "secret-token",
    ],
    [
      "DATABASE_URL",
      "postgres://u@h/db",
      (c: ReturnType<typeof resolveAutopilotConfig>) => c.store.databaseUrl,
      "postgres://u@h/db",
    ],
  ] as const)("env %s=%s wins over the file", (name, value, read, expected) => {
    const c = resolveAutopilotConfig(
      { enabled: true, interval: "10m", autoFix: false, policy: { dryRun: false }, api: { token: "file" } },
      { [name]: value },
    );
    expect(read(c)).toBe(expected);
  });

  it("rejects malformed environment values naming the variable", () => {
    expect(() => resolveAutopilotConfig(undefined, { ERROR_MONITOR_INTERVAL: "5m" })).toThrow(/ERROR_MONITOR_INTERVAL/);
    expect(() => resolveAutopilotConfig(undefined, { RAILPILOT_DRY_RUN: "maybe" })).toThrow(/RAILPILOT_DRY_RUN/);
  });

  it.each([
    [
      "autopilot:\n  policy:\n    cooldown: 300\n",
      'railpilot.yaml: autopilot.policy.cooldown: expected a duration like "15m"',
    ],
    ["autopilot:\n  policy:\n    rollbak: true\n", "railpilot.yaml: autopilot.policy.rollbak: unknown field rollbak"],
    [
      "autopilot:\n  health:\n    web: { path: healthz }\n",
      'railpilot.yaml: autopilot.health.web.path: expected a path starting with "/"',
    ],
    ["autopilot:\n  targets:\n    - services: [web]\n", "railpilot.yaml: autopilot.targets.0.environment:"],
    ["autopilot:\n  listen: everywhere\n", 'railpilot.yaml: autopilot.listen: expected "host:port"'],
  ])("names the field of a bad value: %j", (yaml, message) => {
    expect(configError(() => load(yaml)).message.startsWith(message)).toBe(true);
  });
});
