/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
/**
 * plan / apply / instances end to end: the real CLI as a subprocess against the emulator on a
 * manual clock (RAILPILOT_CLOCK_URL), with the journal in a PGlite data dir.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliJson, useProvisionCli } from "../helpers/provision-cli.js";

const STACK = `project:
  name: shop-\${TENANT}
shared:
  LOG_LEVEL: info
databases:
  Postgres: postgres
services:
  api:
    source: { repo: acme/shop-api, branch: main }
    start: node server.js
    variables:
      MODE: fast
      DATABASE_URL: \${{Postgres.DATABASE_URL}}
      JWT_SECRET: { generate: secret }
    domain: generated
`;

const fx = useProvisionCli({ stack: STACK, dirPrefix: "rp-provision-", timeoutMs: 280_000 });
const { emu, cli } = fx;

describe("railpilot plan / apply", () => {
  it("plans, applies, and then plans no changes; a changed variable shows alone with secrets hidden", async () => {
    const first = await cli(["plan", "-f", "stack.yaml", "--set", "TENANT=acme", "--json"]);
    expect(first.code, first.stderr).toBe(0);
    const plan = cliJson<{
      fingerprint: string;
      steps: { id: string }[];
      changes: { address: string; after?: string }[];
    }>(first);
    expect(plan.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.steps[0]?.id).toBe("project.create");
    expect(plan.changes.find((c) => c.address === "service.api.variable.JWT_SECRET")?.after).toContain("(hidden)");

    const applied = await cli(["apply", "-f", "stack.yaml", "--set", "TENANT=acme", "--yes"]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("done [1/");
    expect(applied.stdout).toMatch(/Applied \d+ step\(s\) to shop-acme/);

    const again = await cli(["plan", "-f", "stack.yaml", "--set", "TENANT=acme"]);
    expect(again.stdout).toContain("No changes: Railway matches the spec.");

    writeFileSync(join(fx.dir, "stack.yaml"), STACK.replace("MODE: fast", "MODE: slow"));
    const changed = await cli(["plan", "-f", "stack.yaml", "--set", "TENANT=acme"]);
    const lines = changed.stdout.split("\n").filter((l) => /^\s+[+~-] /.test(l));
    expect(lines).toEqual([expect.stringMatching(/^\s+~ service\.api\.variable\.MODE\s+fast → slow$/)]);
  }, 180_000);

  it("rejects a wrong-case reference before touching Railway (exit 2)", async () => {
    writeFileSync(join(fx.dir, "stack.yaml"), STACK.replace("${{Postgres.", "${{postgres."));
    const r = await cli(["apply", "-f", "stack.yaml", "--set", "TENANT=acme", "--yes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "Postgres"?');
    const stats = (await (await fetch(`${emu.info.controlUrl}/stats`)).json()) as { mutations: number };
    expect(stats.mutations).toBe(0);
  }, 60_000);

  it("resumes after the process is killed mid-apply and ends with nothing left to do", async () => {
    const crashed = await cli(["apply", "-f", "stack.yaml", "--set", "TENANT=crash", "--yes"], {
      RAILPILOT_TEST_CRASH_AFTER_STEP: "3",
    });
    expect(crashed.code).toBe(137);
    const resumed = await cli(["apply", "-f", "stack.yaml", "--set", "TENANT=crash", "--yes"]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain("Resuming interrupted apply");
    const plan = await cli(["plan", "-f", "stack.yaml", "--set", "TENANT=crash"]);
    expect(plan.stdout).toContain("No changes");
  }, 180_000);

  it("refuses a stale saved plan", async () => {
    const saved = await cli(["plan", "-f", "stack.yaml", "--set", "TENANT=stale", "--json"]);
    writeFileSync(join(fx.dir, "plan.json"), saved.stdout);
    // Someone else creates the project meanwhile.
    await cli(["apply", "-f", "stack.yaml", "--set", "TENANT=stale", "--yes"]);
    const r = await cli(["apply", "-f", "stack.yaml", "--set", "TENANT=stale", "--yes", "--plan", "plan.json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("run `railpilot plan` again");
  }, 180_000);
});

describe("railpilot instances", () => {
  it("creates, refuses a duplicate, soft-deletes with a grace period, cancels, and sweeps when due", async () => {
    const created = await cli(["instances", "create", "acme", "--stack", "stack.yaml", "--json"]);
    expect(created.code, created.stderr).toBe(0);
    expect(cliJson<{ ok: boolean }>(created).ok).toBe(true);
    const dup = await cli(["instances", "create", "acme", "--stack", "stack.yaml"]);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('Instance "acme" already exists');
    const reserved = await cli(["instances", "create", "admin", "--stack", "stack.yaml"]);
    expect(reserved.code).toBe(2);

    const del = await cli(["instances", "delete", "acme", "--grace", "7d", "--json"]);
    expect(cliJson<{ mode: string }>(del).mode).toBe("grace");
    const listed = cliJson<{ name: string; deletion?: { remainingMs: number } }[]>(
      await cli(["instances", "list", "--json"]),
    );
    expect(listed[0]?.deletion?.remainingMs).toBe(7 * 86_400_000);
    expect((await cli(["instances", "status", "acme"])).stdout).toMatch(/deleting in 7d0h/);

    await cli(["instances", "cancel-delete", "acme"]);
    expect(cliJson<{ deletion?: unknown }[]>(await cli(["instances", "list", "--json"]))[0]?.deletion).toBeUndefined();

    await cli(["instances", "delete", "acme", "--grace", "7d"]);
    expect(cliJson<{ deleted: string[] }>(await cli(["instances", "sweep", "--json"])).deleted).toEqual([]);
    await fetch(`${emu.info.controlUrl}/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ advanceMs: 8 * 86_400_000 }),
    });
    expect(cliJson<{ deleted: string[] }>(await cli(["instances", "sweep", "--json"])).deleted).toEqual(["acme"]);
    expect(cliJson<unknown[]>(await cli(["instances", "list", "--json"]))).toEqual([]);
  }, 240_000);

  it("uses Railway's 48 h schedule by default and cancels it", async () => {
    await cli(["instances", "create", "beta", "--stack", "stack.yaml"]);
    const del = cliJson<{ mode: string }>(await cli(["instances", "delete", "beta", "--json"]));
    expect(del.mode).toBe("railway");
    await cli(["instances", "cancel-delete", "beta"]);
    await fetch(`${emu.info.controlUrl}/clock`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ advanceMs: 49 * 3_600_000 }),
    });
    const list = cliJson<{ name: string; deletion?: unknown }[]>(await cli(["instances", "list", "--json"]));
    expect(list.map((i) => i.name)).toEqual(["beta"]);
    expect(list[0]?.deletion).toBeUndefined();
  }, 180_000);

  it("creates 20 tenants from a CSV under the hobby plan's limits without a 429 reaching the user", async () => {
    await fetch(`${emu.info.controlUrl}/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ rateLimit: { plan: "hobby" } }),
    });
    const names = Array.from({ length: 20 }, (_, i) => `tenant-${String(i + 1).padStart(2, "0")}`);
    writeFileSync(join(fx.dir, "tenants.csv"), `name,REGION\n${names.map((n) => `${n},eu`).join("\n")}\n`);
    const r = await cli(["instances", "create", "--from", "tenants.csv", "--stack", "stack.yaml", "--json"], {
      RAILPILOT_PLAN: "hobby",
    });
    expect(r.code, r.stderr).toBe(0);
    const rows = cliJson<{ name: string; ok: boolean; error?: string }[]>(r);
    expect(rows.filter((x) => !x.ok)).toEqual([]);
    const list = cliJson<{ name: string }[]>(await cli(["instances", "list", "--json"]));
    expect(list.map((i) => i.name)).toEqual(names);
  }, 300_000);
});
