import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, type GraphQLSchema } from "graphql";

/** Railway's real public schema, beside the checkout in ../shared/railway/. */
export const REAL_SCHEMA_PATH = join(import.meta.dirname, "..", "..", "..", "shared", "railway", "schema.graphql");

/**
 * Loads the real schema. Returns undefined (the caller skips) when it is missing on a developer
 * machine, but throws under CI=true: a check that silently skips in CI proves nothing.
 */
export function loadRealSchema(): GraphQLSchema | undefined {
  if (!existsSync(REAL_SCHEMA_PATH)) {
    if (process.env.CI && process.env.CI !== "false") {
      throw new Error(`Railway's schema is missing at ${REAL_SCHEMA_PATH}; CI must have ../shared beside the checkout`);
    }
    return undefined;
  }
  return buildSchema(readFileSync(REAL_SCHEMA_PATH, "utf8"));
}
