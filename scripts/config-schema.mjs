// Writes railpilot.schema.json (the JSON Schema of railpilot.yaml) from the zod schema in
// src/config. Run after a build: `node scripts/build.mjs && node scripts/config-schema.mjs`.
// test/config/json-schema.test.ts fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const { configJsonSchema } = await import("../dist/config/index.js");
const out = join(import.meta.dirname, "..", "railpilot.schema.json");
writeFileSync(out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
