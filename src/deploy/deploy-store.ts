/**
 * Which store a deploy, watch or rollback uses, and what it gets from it: the rollback guard
 * (the store's actions ledger: one rollback per failed deployment across processes) and the
 * audit log (one row per side effect). Without a store: the process-wide memory guard, no audit
 * rows, and a warning saying so.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Clock } from "../core/index.js";
import { type JsonValue, openStore, recordAudit, type Store, StoreError } from "../store/index.js";
import type { RailwayDeployApi } from "./railway-deploy-api.js";
import { defaultRollbackGuard } from "./perform-rollback.js";
import { ledgerRollbackGuard, type RollbackGuard } from "./rollback-policy.js";
import type { DeployAuditSink } from "./run-options.js";

export interface DeployStoreSettings {
  /** Postgres URL (config `store.databaseUrl`, DATABASE_URL). */
  databaseUrl?: string | undefined;
  /** Absolute data directory (config `store.dataDir`); PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
}

export interface DeployStore {
  /** The rollback guard: the ledger's when a store is open, else the process-wide memory guard. */
  guard: RollbackGuard;
  /** Writes audit rows; undefined without a store. */
  audit: DeployAuditSink | undefined;
  /** The open store, when there is one. */
  store: Store | undefined;
  close(): Promise<void>;
}

/**
 * Opens the store the deploy family uses. The one place that decides it: a Postgres URL, else
 * the PGlite data directory when it exists. (When src/store's `openDefaultStore` lands, which
 * creates `.railpilot/pglite` on a fresh checkout under a process lock, it replaces this call.)
 */
export async function openStoreForDeploy(settings: DeployStoreSettings): Promise<Store | undefined> {
  if (settings.databaseUrl) return openStore({ databaseUrl: settings.databaseUrl });
  // PGlite serves one process: another deploy or watch holding it makes this one wait briefly,
  // then run without it (STORE_LOCKED is a warning here; Railway itself is checked before a rollback).
  if (existsSync(join(settings.dataDir, "pglite"))) return openStore({ dataDir: settings.dataDir, lockWaitMs: 2_000 });
  return undefined;
}

/** An audit sink writing one `audit_log` row per side effect, stamped with the clock's time. */
export function auditToStore(store: Store, clock: Clock, actor: string): DeployAuditSink {
  return async (entry) => {
    await recordAudit(store.db, {
      actor,
      kind: entry.action,
      target: entry.target,
      at: new Date(clock.now()),
      detail: {
        ...(entry.deploymentId ? { deploymentId: entry.deploymentId } : {}),
        ...(entry.detail ?? {}),
      } as JsonValue,
    });
  };
}

/**
 * The store, guard and audit sink for one command run. A store that cannot be opened is not
 * fatal: `onWarning` hears why, and rollbacks are deduplicated in this process (and by looking
 * at Railway) only.
 */
export async function openDeployStore(
  settings: DeployStoreSettings,
  deps: { api: RailwayDeployApi; clock: Clock; actor: string; onWarning?: (message: string) => void },
): Promise<DeployStore> {
  let store: Store | undefined;
  try {
    store = await openStoreForDeploy(settings);
  } catch (error) {
    // A damaged data directory is reported, never worked around (it would lose the ledger).
    if (error instanceof StoreError && error.code === "STORE_CORRUPT") throw error;
    deps.onWarning?.(
      `the store is unavailable (${error instanceof Error ? error.message : String(error)}); rollbacks are deduplicated within this run only`,
    );
  }
  if (!store)
    return {
      guard: defaultRollbackGuard(deps.api, deps.clock),
      audit: undefined,
      store: undefined,
      close: async () => {},
    };
  const open = store;
  return {
    guard: ledgerRollbackGuard(open.db, deps.clock),
    audit: auditToStore(open, deps.clock, deps.actor),
    store: open,
    close: () => open.close(),
  };
}
