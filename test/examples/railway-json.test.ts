/**
 * examples/railway/railway.json runs the autopilot as a Railway service. It may use only the keys
 * Railway's config-as-code documents (https://docs.railway.com/reference/config-as-code), with
 * the values it documents: a typo there is silently ignored by Railway, so it is caught here.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const text = readFileSync(join(import.meta.dirname, "..", "..", "examples", "railway", "railway.json"), "utf8");

// The documented fields (build and deploy sections), strict: an unknown key is an error.
const build = z.strictObject({
  builder: z.enum(["RAILPACK", "DOCKERFILE", "NIXPACKS"]).optional(),
  watchPatterns: z.array(z.string()).optional(),
  buildCommand: z.string().nullable().optional(),
  dockerfilePath: z.string().nullable().optional(),
  railpackVersion: z.string().optional(),
  nixpacksConfigPath: z.string().nullable().optional(),
  nixpacksPlan: z.record(z.string(), z.unknown()).nullable().optional(),
  nixpacksVersion: z.string().optional(),
});
const deploy = z.strictObject({
  startCommand: z.string().nullable().optional(),
  preDeployCommand: z
    .union([z.string(), z.array(z.string())])
    .nullable()
    .optional(),
  healthcheckPath: z.string().startsWith("/").nullable().optional(),
  healthcheckTimeout: z.number().int().positive().nullable().optional(),
  numReplicas: z.number().int().positive().optional(),
  multiRegionConfig: z.record(z.string(), z.object({ numReplicas: z.number().int().positive() })).optional(),
  restartPolicyType: z.enum(["ON_FAILURE", "ALWAYS", "NEVER"]).optional(),
  restartPolicyMaxRetries: z.number().int().min(0).optional(),
  cronSchedule: z.string().nullable().optional(),
  sleepApplication: z.boolean().optional(),
  overlapSeconds: z.number().int().min(0).optional(),
  drainingSeconds: z.number().int().min(0).optional(),
  region: z.string().optional(),
  runtime: z.enum(["V2", "LEGACY"]).optional(),
  requiredMountPath: z.string().optional(),
});
const railwayJson = z.strictObject({
  $schema: z.literal("https://railway.com/railway.schema.json"),
  build: build.optional(),
  deploy: deploy.optional(),
  environments: z.record(z.string(), z.object({ build: build.optional(), deploy: deploy.optional() })).optional(),
});

describe("examples/railway/railway.json", () => {
  it("is JSON with only the fields Railway's config-as-code documents", () => {
    const parsed = railwayJson.safeParse(JSON.parse(text));
    expect(parsed.success ? "ok" : z.prettifyError(parsed.error)).toBe("ok");
  });

  it("starts the autopilot with one replica, restarts it on failure and health-checks the open /healthz", () => {
    const { deploy: d } = railwayJson.parse(JSON.parse(text));
    expect(d).toMatchObject({
      // No npx: "npm exec" stays resident beside the daemon (~77 MB measured); exec, so the daemon
      // is the process Railway signals; the two memory settings of bench/daemon-rss.md.
      startCommand:
        "exec env MALLOC_ARENA_MAX=1 NODE_OPTIONS=--max-semi-space-size=1 node_modules/.bin/railpilot autopilot",
      healthcheckPath: "/healthz",
      numReplicas: 1,
      restartPolicyType: "ON_FAILURE",
    });
  });

  it("its start command runs in a shell (as Railpack runs it) from a project that depends on railpilot", () => {
    const { deploy: d } = railwayJson.parse(JSON.parse(text));
    const project = mkdtempSync(join(tmpdir(), "railpilot-start-"));
    mkdirSync(join(project, "node_modules", ".bin"), { recursive: true });
    symlinkSync(
      join(import.meta.dirname, "..", "..", "bin", "railpilot.js"),
      join(project, "node_modules", ".bin", "railpilot"),
    );
    // The daemon's own help, with the settings in its environment: the command line is runnable as written.
    const out = execFileSync("/bin/sh", ["-c", `${d?.startCommand} --help`], { cwd: project, encoding: "utf8" });
    expect(out).toMatch(/railpilot autopilot/);
  });

  it("the schema refuses a misspelt key (the check can fail)", () => {
    expect(
      railwayJson.safeParse({ $schema: "https://railway.com/railway.schema.json", deploy: { healthCheckPath: "/" } })
        .success,
    ).toBe(false);
  });
});
