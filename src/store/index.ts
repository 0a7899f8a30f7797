// The store: Kysely over PGlite (embedded, default) or Postgres (DATABASE_URL), one set of migrations.
export {
  openStore,
  openDefaultStore,
  type OpenStoreOptions,
  type OpenDefaultStoreOptions,
  type Store,
} from "./open-store.js";
export { acquireDataDirLock, type DataDirLock, type DataDirLockOptions } from "./data-dir-lock.js";
export type {
  Database,
  BaseTables,
  ActionsTable,
  AuditLogTable,
  ActionStatus,
  JsonValue,
  Json,
  NullableJson,
  Timestamp,
} from "./schema.js";
export {
  claimAction,
  completeAction,
  countDoneActions,
  failAction,
  getAction,
  takeOverStaleAction,
  type ActionRecord,
  type ClaimActionInput,
  type ClaimResult,
} from "./actions.js";
export {
  openJobQueue,
  jobIdOf,
  type JobQueue,
  type JobQueueOptions,
  type QueueSpec,
  type QueuedJob,
} from "./job-queue.js";
export { recordAudit, listAudit, type AuditEntry, type AuditInput } from "./audit-log.js";
export { StoreError, type StoreErrorCode } from "./store-error.js";
export { migrations } from "./migrations/index.js";
