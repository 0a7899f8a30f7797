import { RailpilotError, type RailpilotErrorOptions } from "../core/index.js";

/** Codes a StoreError carries. */
export type StoreErrorCode = "STORE" | "STORE_UNAVAILABLE" | "STORE_MIGRATION" | "STORE_LOCKED" | "STORE_CORRUPT";

/**
 * The store could not be opened, migrated or queried. STORE_LOCKED: another process has the
 * embedded database open. STORE_CORRUPT: the data directory is not a database.
 */
export class StoreError extends RailpilotError {
  declare readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options: RailpilotErrorOptions = {}) {
    super(code, message, options);
  }
}
