/**
 * action.yml's script, run as GitHub Actions would (bash, inputs as env, GITHUB_OUTPUT), with `npx`
 * shimmed to this checkout's bin/railpilot.js, against the emulator and its GitHub stand-in.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { BIN } from "../helpers/cli.js";
import { driveClock } from "../helpers/drive-clock.js";

let emu: RunningEmulator;
const root = join(import.meta.dirname, "..", "..");

beforeAll(async () => {
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
});
afterAll(() => emu?.close());

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; steps: Array<{ id: string; run: string; env: Record<string, string> }> };
}

function runStep(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("action.yml", () => {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as ActionYaml;

  it("is a composite action with the documented inputs", () => {
    expect(action.runs.using).toBe("composite");
    for (const input of ["service", "environment", "health-path", "railway-token", "github-token", "wait-for-checks"])
      expect(action.inputs[input]).toBeDefined();
    expect(action.inputs.service?.required).toBe(true);
  });

  it("deploys through its script, writes the verdict to GITHUB_OUTPUT and exits with railpilot's code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "railpilot-action-"));
    // npx --yes railpilot@VERSION args… → this checkout's CLI with args…
    writeFileSync(join(dir, "npx"), `#!/bin/sh\nshift 2\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(dir, "npx"), 0o755);
    const output = join(dir, "output");
    const summary = join(dir, "summary");
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const base = `${new URL(emu.info.graphqlUrl).origin}/github`;
    const sha = [...emu.world.deployments.values()].find((d) => d.serviceId === emu.info.services.web)?.meta
      .commitHash as string;
    await fetch(`${base}/_control/check-runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        repo: "acme/web",
        sha,
        checkRuns: [
          { name: "test", conclusion: "success" },
          { name: "deploy", status: "in_progress" },
        ],
      }),
    });
    const step = action.runs.steps[0]!;
    // The env block as Actions would render it for these inputs (expressions replaced by values).
    const inputs: Record<string, string> = {
      RAILWAY_TOKEN: emu.info.tokens.project as string,
      RAILWAY_API_TOKEN: "",
      GITHUB_TOKEN: "ghs_action_token",
      GITHUB_SHA: sha,
      RP_SERVICE: "web",
      RP_ENVIRONMENT: "",
      RP_HEALTH_PATH: "/health",
      RP_HEALTH_URL: "",
      RP_HEALTH_CHECKS: "2",
      RP_TIMEOUT: "15m",
      RP_WAIT_FOR_CHECKS: "true",
      RP_IGNORE_CHECKS: "deploy",
      RP_ROLLBACK: "true",
      RP_VERSION: "latest",
      RP_ARGS: "",
    };
    expect(Object.keys(step.env).sort()).toEqual(Object.keys(inputs).sort());
    const r = await driveClock(
      emu.info.controlUrl,
      runStep(step.run, {
        PATH: `${dir}:${process.env.PATH ?? ""}`,
        HOME: process.env.HOME ?? "/tmp",
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_REPOSITORY: "acme/web",
        GITHUB_REF_NAME: "main",
        GITHUB_API_URL: base,
        CI: "true",
        RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
        RAILPILOT_CLOCK_URL: emu.info.controlUrl,
        RAILPILOT_RESOLVE: `*.up.railway.app:443:http://${emu.info.appAddress}`,
        ...inputs,
      }),
    );
    expect(r.code, r.stderr).toBe(0);
    const outputs = readFileSync(output, "utf8");
    expect(outputs).toMatch(/^verdict=deployed$/m);
    expect(outputs).toMatch(/^deployment-id=\S+$/m);
    expect(readFileSync(summary, "utf8")).toContain("railpilot: deployed");
    expect(r.stdout + r.stderr).not.toContain(emu.info.tokens.project as string);
  });
});
