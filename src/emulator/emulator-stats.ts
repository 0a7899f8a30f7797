/** Counters the control API reports at `GET /stats`. */
export class EmulatorStats {
  total = 0;
  byOperation = new Map<string, number>();
  mutations = 0;
  wsConnections = 0;
  subscriptions = new Map<string, number>();

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
  }
}
