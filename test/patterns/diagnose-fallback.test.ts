import { describe, expect, it } from "vitest";
import { diagnose, diagnoseWithFallback, type FallbackRequest } from "../../src/patterns/index.js";

const unclear = ["Starting worker", "worker 3 stopped unexpectedly", "Process exited with status 1"].join("\n");
const clear = ["Starting", "Error: listen EADDRINUSE: address already in use :::3000"].join("\n");

describe("diagnoseWithFallback", () => {
  it("is diagnose() when no fallback is given", async () => {
    expect(await diagnoseWithFallback(unclear, { phase: "runtime" })).toEqual(diagnose(unclear, { phase: "runtime" }));
  });

  it("does not ask when the rules are confident", async () => {
    let asked = 0;
    const result = await diagnoseWithFallback(clear, {
      phase: "runtime",
      fallback: async () => {
        asked++;
        return { category: "OUT_OF_MEMORY", keyLine: "Starting" };
      },
    });
    expect(asked).toBe(0);
    expect(result.category).toBe("PORT_BINDING");
  });

  it("uses an answer whose key line is verbatim in the log, and records where it came from", async () => {
    let request: FallbackRequest | undefined;
    const result = await diagnoseWithFallback(unclear, {
      phase: "runtime",
      fallbackName: "model",
      fallback: async (r) => {
        request = r;
        return { category: "RUNTIME_EXCEPTION", keyLine: "worker 3 stopped unexpectedly", confidence: 0.99 };
      },
    });
    expect(request?.lines).toContain("worker 3 stopped unexpectedly");
    expect(request?.rules.category).toBe("UNKNOWN");
    expect(result.category).toBe("RUNTIME_EXCEPTION");
    expect(result.keyLineNumber).toBe(2);
    expect(result.confidence).toBeLessThanOrEqual(0.9);
    expect(result.evidence[0]).toMatch(/^model: RUNTIME_EXCEPTION from line 2/);
  });

  it("discards an answer whose key line is not in the log, or whose category is unknown", async () => {
    for (const answer of [
      { category: "RUNTIME_EXCEPTION", keyLine: "a line the model made up" },
      { category: "SOLAR_FLARE", keyLine: "worker 3 stopped unexpectedly" },
    ]) {
      const result = await diagnoseWithFallback(unclear, { phase: "runtime", fallback: async () => answer });
      expect(result.category).toBe("UNKNOWN");
      expect(result.evidence.at(-1)).toMatch(/answer discarded/);
    }
  });
});
