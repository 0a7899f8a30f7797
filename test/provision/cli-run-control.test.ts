/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
/**
 * The CLI side of issue 8 / issue 9 for provisioning, end to end against the emulator: dry runs,
 * `apply --abandon`, audit rows in the store, hostile spec files, tokens never printed, and the
 * README examples (`services create` picking the only project, `instances create --yes` and the
 * public URL it prints).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { listAudit, openStore } from "../../src/store/index.js";
import { runCli } from "../helpers/cli.js";
import { driveClock } from "../helpers/drive-clock.js";
import { useEmulator } from "../helpers/emulator.js";
import { useProvisionCli } from "../helpers/provision-cli.js";

const STACK = `project:
  name: ctl-cli
services:
  api:
    source: { image: "busybox:1.36" }
    variables: { MODE: a }
    domain: generated
  worker:
    source: { image: "busybox:1.36" }
    volumes: [{ mountPath: /data }]
`;

const fx = useProvisionCli({ stack: STACK, dirPrefix: "rp-ctl-", timeoutMs: 90_000 });
const { emu, env, cli } = fx;

async function projects(): Promise<number> {
  const r = await cli(["instances", "whoami"]);
  expect(r.code, r.stderr).toBe(0);
  const res = await fetch(emu.info.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${emu.info.tokens.account}` },
    body: JSON.stringify({ query: "{ projects { edges { node { id deletedAt } } } }" }),
  });
  const body = (await res.json()) as { data: { projects: { edges: { node: { deletedAt: string | null } }[] } } };
  return body.data.projects.edges.filter((e) => !e.node.deletedAt).length;
}

describe("apply --dry-run and --abandon", () => {
  it("a dry run lists the steps and creates nothing", async () => {
    const r = await cli(["apply", "-f", "stack.yaml", "--dry-run"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Steps apply would run:");
    expect(r.stdout).toContain("  project.create");
    expect(r.stdout).toContain("Dry run: nothing was changed.");
    expect(await projects()).toBe(0);
  }, 120_000);

  it("abandons a run that died: removes what it created, clears the journal, writes audit rows", async () => {
    const crashed = await cli(["apply", "-f", "stack.yaml", "--yes"], { RAILPILOT_TEST_CRASH_AFTER_STEP: "3" });
    expect(crashed.code).toBe(137);
    expect(await projects()).toBe(1);

    // Another spec is refused while the run is open, with the way out named.
    writeFileSync(join(fx.dir, "stack.yaml"), STACK.replace("MODE: a", "MODE: b"));
    const refused = await cli(["apply", "-f", "stack.yaml", "--yes"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("used a different spec");
    expect(refused.stderr).toContain("--abandon");

    const dry = await cli(["apply", "-f", "stack.yaml", "--abandon"]);
    expect(dry.code).toBe(2); // off a terminal it needs --yes
    expect(dry.stderr).toContain("pass --yes");

    const abandoned = await cli(["apply", "-f", "stack.yaml", "--abandon", "--yes"]);
    expect(abandoned.code, abandoned.stderr).toBe(0);
    expect(abandoned.stdout).toMatch(/Abandoned apply [0-9a-f-]{36}: removed what it created/);
    expect(await projects()).toBe(0);

    const fresh = await cli(["apply", "-f", "stack.yaml", "--yes"]);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stdout).toMatch(/Project ctl-cli is \S+: point status\/deploy at it with RAILWAY_PROJECT_ID=/);

    const store = await openStore({ dataDir: join(fx.dir, ".railpilot") });
    try {
      const rows = await listAudit(store.db, { limit: 500 });
      const kinds = rows.map((r) => r.kind);
      expect(kinds).toContain("apply.abandon");
      expect(kinds.filter((k) => k === "apply.compensate").length).toBeGreaterThan(0);
      // One row per executed step: 3 before the crash, and all of the fresh run's.
      expect(kinds.filter((k) => k === "apply.step").length).toBeGreaterThan(3);
      expect(rows.every((r) => r.target === "ctl-cli/production")).toBe(true);
    } finally {
      await store.close();
    }
  }, 240_000);
});

describe("hostile spec files", () => {
  it("refuses /dev/urandom quickly with exit 2", async () => {
    const r = await runCli(["plan", "-f", "/dev/urandom"], { env: env(), cwd: fx.dir, timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/larger than 1048576 bytes|NUL bytes/);
  }, 60_000);

  it("refuses a NUL in a mount path before creating anything", async () => {
    writeFileSync(
      join(fx.dir, "nul.yaml"),
      'project: { name: nul-stack }\nservices:\n  api:\n    source: { image: busybox }\n    volumes: [{ mountPath: "/data\\0" }]\n',
    );
    const r = await cli(["apply", "-f", "nul.yaml", "--yes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("U+0000");
    expect(await projects()).toBe(0);
  }, 60_000);

  it("never prints the token when a railway.ts program throws it, and names the stage", async () => {
    // Programs inside this checkout, so that their `railway/iac` is the one railpilot loads.
    const fixture = (name: string) =>
      fileURLToPath(new URL(`./fixtures/hostile/${name}/.railway/railway.ts`, import.meta.url));
    const token = emu.info.tokens.account;
    const top = await cli(["plan", "-f", fixture("throws")]);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain("could not evaluate the file: boom at top level");
    const inside = await cli(["plan", "-f", fixture("throwsinside")]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("the program threw: inside program: token=");
    const unsettled = await cli(["plan", "-f", fixture("unsettled")]);
    expect(unsettled.code).toBe(2);
    expect(unsettled.stderr).toContain("never settled");
    for (const r of [top, inside, unsettled]) {
      expect(r.stdout + r.stderr).not.toContain(token);
    }
  }, 120_000);
});

describe("README examples", () => {
  it("instances create accepts --yes and prints the public URL; status prints it too", async () => {
    writeFileSync(
      join(fx.dir, "tenant.yaml"),
      "project:\n  name: shop-${TENANT}\nservices:\n  web:\n    source: { image: busybox }\n    domain: generated\n",
    );
    const r = await cli(["instances", "create", "acme", "--stack", "tenant.yaml", "--yes"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ {2}web: https:\/\/\S+/);
    const url = /web: (https:\/\/\S+)/.exec(r.stdout)?.[1] as string;
    const status = await cli(["instances", "status", "acme"]);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain(url);
  }, 120_000);
});

describe("services create", () => {
  const { emu: demo } = useEmulator({ port: 0, seed: "demo", clock: "manual" });

  it("picks the only project the token sees, follows the deployment to a verdict and journals it", async () => {
    const run = (args: string[]) =>
      driveClock(
        demo.info.controlUrl,
        runCli(args, {
          env: {
            RAILWAY_GRAPHQL_ENDPOINT: demo.info.graphqlUrl,
            RAILWAY_API_TOKEN: demo.info.tokens.account,
            RAILPILOT_CLOCK_URL: demo.info.controlUrl,
            RAILPILOT_DATA_DIR: join(fx.dir, ".railpilot"),
            CI: "true",
          },
          cwd: fx.dir,
          timeoutMs: 120_000,
        }),
      );
    const r = await run(["services", "create", "tenant-42", "--from-template", "worker", "--set", "SCHEMA=tenant_42"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Deployed tenant-42 \(deployment \S+\) in /);
    const quick = await run(["services", "create", "tenant-43", "--from-template", "worker", "--no-wait", "--json"]);
    expect(quick.code, quick.stderr).toBe(0);
    expect(JSON.parse(quick.stdout)).toMatchObject({ name: "tenant-43", deployment: null });

    const store = await openStore({ dataDir: join(fx.dir, ".railpilot") });
    try {
      const rows = await listAudit(store.db, { kind: "services.create" });
      expect(rows.map((r) => (r.detail as { service?: string }).service).sort()).toEqual(["tenant-42", "tenant-43"]);
    } finally {
      await store.close();
    }
  }, 240_000);
});
