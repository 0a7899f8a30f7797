/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
import { afterEach, describe, expect, it } from "vitest";
import {
  applyStack,
  type LiveState,
  MemoryJournal,
  parseStackSpec,
  readLiveState,
  SimulatedCrash,
} from "../../src/provision/index.js";
import { type Harness, startHarness } from "./harness.js";

const STACK = `project:
  name: resume-demo
shared:
  LOG_LEVEL: info
databases:
  Postgres: postgres
services:
  api:
    source: { repo: acme/api, branch: main }
    start: node server.js
    variables:
      DATABASE_URL: \${{Postgres.DATABASE_URL}}
      TOKEN_SECRET: { generate: secret }
    domain: generated
  worker:
    source: { image: "busybox:1.36" }
    volumes: [{ mountPath: /data }]
`;
const spec = parseStackSpec(STACK);

/** The live state with ids, generated values and timestamps taken out: what "the same stack" means. */
function shape(live: LiveState) {
  return {
    project: live.project?.name,
    environment: live.environment?.name,
    shared: live.shared,
    services: live.services.map((s) => ({
      name: s.name,
      source: s.source,
      settings: s.settings,
      variables: Object.fromEntries(
        Object.entries(s.variables)
          .filter(([k]) => !k.startsWith("RAILWAY_"))
          .map(([k, v]) => [k, k.endsWith("SECRET") ? v.length : v]),
      ),
      domains: s.domains.map((d) => d.kind),
      volumes: s.volumes.map((v) => v.mountPath),
      deployed: s.latestDeployment !== undefined,
    })),
  };
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function run(crashAfter?: number, when: "after-journal" | "before-journal" = "after-journal") {
  const harness = await startHarness();
  h = harness;
  const journal = new MemoryJournal();
  const deps = {
    client: harness.client,
    clock: harness.clock,
    journal,
    workspaceId: harness.emulator.info.workspaceId,
    ...(crashAfter
      ? {
          [when === "after-journal" ? "afterStepJournaled" : "beforeStepJournaled"](n: number) {
            if (n === crashAfter) throw new SimulatedCrash(n);
          },
        }
      : {}),
  };
  const first = await harness.drive(applyStack(spec, deps)).catch((e: unknown) => e);
  let resumed = false;
  if (first instanceof SimulatedCrash) {
    const again = await harness.drive(
      applyStack(spec, { ...deps, afterStepJournaled: undefined, beforeStepJournaled: undefined }),
    );
    resumed = again.resumed;
  } else if (first instanceof Error) throw first;
  const snap = await harness.drive(
    readLiveState(harness.client, spec, { workspaceId: harness.emulator.info.workspaceId }),
  );
  const deploys = harness.requests.filter(
    (r) => r.operation === "ServiceConnect" || r.operation === "ServiceInstanceDeployV2",
  ).length;
  const counts = await harness.countResources();
  const runs = await journal.runs();
  await harness.close();
  h = undefined;
  return {
    shape: shape(snap.live),
    counts,
    deploys,
    resumed,
    runs,
    steps: (first as { plan?: { steps: unknown[] } }).plan?.steps.length,
  };
}

describe("resuming an interrupted apply", () => {
  it("ends in the same state as an uninterrupted run, whichever step the process died after", async () => {
    const clean = await run();
    expect(clean.counts).toEqual({ projects: 1, services: 3, volumes: 2 });
    const stepCount = clean.runs[0]?.steps.length ?? 0;
    expect(stepCount).toBeGreaterThan(8);
    for (let n = 1; n < stepCount; n++) {
      const crashed = await run(n, "after-journal");
      expect(crashed.resumed, `crash after step ${n}`).toBe(true);
      expect(crashed.shape, `crash after step ${n}`).toEqual(clean.shape);
      expect(crashed.counts, `crash after step ${n}`).toEqual(clean.counts);
      expect(crashed.deploys, `crash after step ${n}`).toBe(clean.deploys);
      expect(crashed.runs.map((r) => r.status)).toEqual(["succeeded"]);
    }
  }, 120_000);

  it("adopts what a step created when the process died before journaling it (no duplicates, one deploy)", async () => {
    const clean = await run();
    const stepCount = clean.runs[0]?.steps.length ?? 0;
    for (let n = 1; n <= stepCount; n++) {
      const crashed = await run(n, "before-journal");
      expect(crashed.shape, `crash inside step ${n}`).toEqual(clean.shape);
      expect(crashed.counts, `crash inside step ${n}`).toEqual(clean.counts);
      expect(crashed.deploys, `crash inside step ${n}`).toBe(clean.deploys);
    }
  }, 120_000);
});
