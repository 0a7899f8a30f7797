import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/index.js";

describe("railpilot.schema.json", () => {
  it("matches the config schema (regenerate with: node scripts/build.mjs && node scripts/config-schema.mjs)", () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "railpilot.schema.json"), "utf8"));
    expect(committed).toEqual(configJsonSchema());
  });

  it("describes every section and rejects unknown top-level keys", () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties).sort()).toEqual(["autopilot", "deploy", "github", "railway", "store"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
