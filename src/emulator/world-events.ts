import type { DeploymentEventRec, DeploymentRec, HttpLogRec, LogRow } from "./model.js";

/** What the world announces; subscriptions and stats listen. */
export interface WorldEventMap {
  /** A deployment was created or changed (status, instances, stopped...). */
  deployment: DeploymentRec;
  /** New build log rows of a deployment. */
  buildLogs: { deployment: DeploymentRec; rows: LogRow[] };
  /** New runtime log rows of a deployment. */
  runtimeLogs: { deployment: DeploymentRec; rows: LogRow[] };
  /** A deployment event (step) was created or completed. */
  deploymentEvent: { deployment: DeploymentRec; event: DeploymentEventRec };
  /** Requests a deployment answered (real ones through the app port, synthetic ones in a surge). */
  httpLogs: { deployment: DeploymentRec; rows: HttpLogRec[] };
  /** The world was reset: every open stream should end. */
  reset: undefined;
}

type Listener<T> = (value: T) => void;

/** A tiny synchronous event bus with typed events. */
export class WorldEvents {
  private listeners = new Map<keyof WorldEventMap, Set<Listener<never>>>();

  on<K extends keyof WorldEventMap>(event: K, fn: Listener<WorldEventMap[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(fn as Listener<never>);
    return () => set.delete(fn as Listener<never>);
  }

  emit<K extends keyof WorldEventMap>(event: K, value: WorldEventMap[K]): void {
    const set = this.listeners.get(event);
    if (!set) return;
    for (const fn of [...set]) (fn as Listener<WorldEventMap[K]>)(value);
  }
}
