import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/core/index.js";
import { runCli } from "../helpers/cli.js";
import { useEmulator } from "../helpers/emulator.js";

const { emu, ctl } = useEmulator({ seed: "demo" });
const origin = () => new URL(emu.info.graphqlUrl).origin;
const GH_TOKEN = "ghp_monitorCliToken0123456789abcdefgh";
const HOOK_SECRET = "monitor-cli-hmac-secret-0123";
// The store that remembers reported crashes lives here, not in the repository.
const dataDir = mkdtempSync(join(tmpdir(), "railpilot-monitor-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("railpilot monitor --once (subprocess, emulator)", () => {
  it("refuses without --once", async () => {
    const r = await runCli(["monitor"], {
      env: { RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl, RAILWAY_API_TOKEN: emu.info.tokens.account },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--once");
  });

  it("exits 0 when healthy, 1 with a crashed service: one issue and one occurrence across two runs, one notification, no secret sent", async () => {
    const env = {
      RAILPILOT_DATA_DIR: dataDir,
      RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
      RAILWAY_API_TOKEN: emu.info.tokens.account,
      GITHUB_TOKEN: GH_TOKEN,
      GITHUB_API_URL: `${origin()}/github`,
      RAILPILOT_ISSUES_REPO: "acme/demo",
      NOTIFY_WEBHOOK_URL: `${origin()}/notify/webhook/monitor`,
      NOTIFY_WEBHOOK_SECRET: HOOK_SECRET,
    };
    const healthy = await runCli(["monitor", "--once", "--environments", "production", "--json"], {
      env,
      timeoutMs: 60_000,
    });
    expect(healthy.stderr).toBe("");
    expect(healthy.code).toBe(0);
    const before = JSON.parse(healthy.stdout) as { unhealthy: number; findings: unknown[] };
    expect(before.unhealthy).toBe(0);
    expect(before.findings.length).toBeGreaterThan(0);

    const [name, serviceId] = Object.entries(emu.info.services)[0] as [string, string];
    await ctl.incident({ serviceId, kind: "crash" });
    await (emu.clock as ManualClock).advance(60_000);
    for (const run of ["101", "102"]) {
      const r = await runCli(["monitor", "--once", "--environments", "production"], {
        env: { ...env, GITHUB_RUN_ID: run },
        timeoutMs: 60_000,
      });
      expect(r.code, r.stderr).toBe(1);
      // The crash's runtime logs are diagnosed; the second run sees the same crashed deployment.
      expect(r.stdout).toMatch(
        new RegExp(
          `production/${name}: unhealthy \\(RUNTIME_EXCEPTION\\).*${run === "101" ? "issue #1 created" : "already reported \\(issue #1\\)"}`,
        ),
      );
    }
    const state = (await (await fetch(`${origin()}/github/_control/state`)).json()) as {
      repos: Record<string, { issues: { number: number; body: string }[] }>;
    };
    expect(state.repos["acme/demo"]?.issues).toHaveLength(1);
    expect(state.repos["acme/demo"]?.issues[0]?.body).toContain('"count":1');
    expect(state.repos["acme/demo"]?.issues[0]?.body).toContain("TypeError: Cannot read properties of undefined");
    const hooks = await ctl.notifications("webhook");
    // One message for the cause (the second run sent nothing).
    expect(hooks).toHaveLength(1);
    expect(JSON.stringify({ state, hooks })).not.toContain(GH_TOKEN);
    expect(JSON.stringify({ state, hooks })).not.toContain(HOOK_SECRET);
    expect(JSON.stringify({ state, hooks })).not.toContain(emu.info.tokens.account);
  }, 180_000);
});
