import type { Migration } from "kysely";
import * as base from "./001-base.js";
import * as provision from "./003-provision.js";
import * as provisionLocks from "./005-provision-locks.js";
import * as autopilot from "./006-autopilot.js";
import * as leases from "./007-leases.js";
import * as fixes from "./008-fixes.js";

/**
 * Every migration, in order. Keys sort lexically and Kysely applies them in that order.
 * Other areas register theirs with one line each (002-deploy, 003-provision).
 */
export const migrations: Record<string, Migration> = {
  "001-base": base,
  "003-provision": provision,
  "005-provision-locks": provisionLocks,
  "006-autopilot": autopilot,
  "007-leases": leases,
  "008-fixes": fixes,
};
