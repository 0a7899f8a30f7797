import { RailpilotError, type RailpilotErrorOptions } from "../core/index.js";

/** The store could not be opened, migrated or queried. Codes: STORE_UNAVAILABLE, STORE_MIGRATION, STORE. */
export class StoreError extends RailpilotError {
  constructor(code: "STORE" | "STORE_UNAVAILABLE" | "STORE_MIGRATION", message: string, options: RailpilotErrorOptions = {}) {
    super(code, message, options);
  }
}
