/**
 * A short seeded chaos run (bench/chaos-run.ts): crashes injected while the emulator answers with
 * 5xx bursts, "Problem processing request", HTML edge pages, 429s and propagation delays. Every
 * acting verdict must reach Railway exactly once (the emulator's mutation log) and finish in the
 * store's action ledger, and the verdicts must match a fault-free run of the same seed.
 */
import { describe, expect, it } from "vitest";
import { type ChaosOptions, runChaos } from "../../bench/chaos-run.js";

const base: ChaosOptions = {
  seed: 11,
  services: 3,
  environments: 1,
  incidents: 3,
  incidentEveryMs: 60_000,
  faults: false,
};

describe("chaos (single replica)", () => {
  it("under API faults no action is lost or sent twice, and the verdicts match the fault-free run", async () => {
    const calm = await runChaos(base);
    const chaos = await runChaos({ ...base, faults: true });
    expect(chaos.faultsInjected).toHaveLength(3);
    expect(chaos.incidents).toHaveLength(3);
    expect(chaos.incidents.map((i) => i.verdict)).toEqual(calm.incidents.map((i) => i.verdict));
    expect(chaos.incidents.some((i) => i.verdict === "rollback")).toBe(true);
    expect(chaos.lost).toBe(0);
    expect(chaos.duplicated).toBe(0);
    for (const i of chaos.incidents.filter((x) => x.verdict === "rollback")) {
      expect(i.sent).toBe(1);
      expect(i.ledger).toBe("verified");
    }
  }, 60_000);
});
