/** One mutation the API executed, as `GET /_emulator/mutations` lists it (ids only, no values). */
export interface MutationRecord {
  /** Emulator time the mutation ran at (ms). */
  at: number;
  /** The root mutation field, e.g. `deploymentRollback`. */
  field: string;
  /** The id the mutation acted on (`id`, `serviceId` or `input.serviceId`), when it has one. */
  target: string | null;
  environmentId: string | null;
  ok: boolean;
  error?: string;
}

/** The most mutations the log keeps (the oldest go first). */
export const MUTATION_LOG_LIMIT = 20_000;

/** Counters the control API reports at `GET /stats`. */
export class EmulatorStats {
  total = 0;
  byOperation = new Map<string, number>();
  mutations = 0;
  wsConnections = 0;
  subscriptions = new Map<string, number>();
  /** Every mutation executed since the last reset, oldest first (bounded by MUTATION_LOG_LIMIT). */
  readonly mutationLog: MutationRecord[] = [];

  recordMutation(record: MutationRecord): void {
    this.mutationLog.push(record);
    if (this.mutationLog.length > MUTATION_LOG_LIMIT)
      this.mutationLog.splice(0, this.mutationLog.length - MUTATION_LOG_LIMIT);
  }

  countRequest(label: string | undefined): void {
    this.total++;
    if (label) this.byOperation.set(label, (this.byOperation.get(label) ?? 0) + 1);
  }

  countSubscription(label: string): void {
    this.subscriptions.set(label, (this.subscriptions.get(label) ?? 0) + 1);
  }

  snapshot(rateLimited: number) {
    return {
      requests: { total: this.total, byOperation: Object.fromEntries(this.byOperation) },
      rateLimited,
      mutations: this.mutations,
      wsConnections: this.wsConnections,
      subscriptions: { byOperation: Object.fromEntries(this.subscriptions) },
    };
  }

  reset(): void {
    this.total = 0;
    this.byOperation.clear();
    this.mutations = 0;
    this.wsConnections = 0;
    this.subscriptions.clear();
    this.mutationLog.length = 0;
  }
}
