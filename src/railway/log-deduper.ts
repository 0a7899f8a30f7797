/** The two fields of a log row that identify it. */
export interface LogRowKey {
  timestamp: string;
  message: string;
}

/**
 * Orders RFC 3339 timestamps, keeping sub-millisecond digits (Railway sends nanoseconds, which
 * Date.parse drops). Unparseable timestamps compare as strings.
 */
export function compareTimestamps(a: string, b: string): number {
  const ma = Date.parse(a);
  const mb = Date.parse(b);
  if (Number.isNaN(ma) || Number.isNaN(mb)) return a < b ? -1 : a > b ? 1 : 0;
  if (ma !== mb) return ma < mb ? -1 : 1;
  const fa = subMillis(a);
  const fb = subMillis(b);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

function subMillis(ts: string): string {
  const m = /T[^.]*\.(\d+)/.exec(ts);
  return (m?.[1] ?? "").padEnd(9, "0").slice(3, 9);
}

/**
 * Drops log rows a stream has already delivered. After a reconnect Railway replays recent rows;
 * Railway's CLI drops every row at or before the last timestamp it saw. We drop, while replaying,
 * rows older than the newest one delivered and rows at that same instant whose (timestamp,
 * message) pair was already delivered, so distinct lines sharing a timestamp survive. Outside a
 * replay only exact repeats of the newest instant's rows are dropped: out-of-order rows from
 * different services are real lines.
 */
export class LogDeduper {
  private newest: string | undefined;
  private atNewest = new Set<string>();
  private replaying = false;

  /** Call when the stream reconnected: the next rows may be a replay. */
  markReconnect(): void {
    if (this.newest !== undefined) this.replaying = true;
  }

  /** Returns the rows not seen before, in order, and remembers them. */
  filter<T extends LogRowKey>(rows: readonly T[]): T[] {
    const out: T[] = [];
    for (const row of rows) {
      const order = this.newest === undefined ? 1 : compareTimestamps(row.timestamp, this.newest);
      if (order === 0 && this.atNewest.has(row.message)) continue;
      if (order < 0 && this.replaying) continue;
      if (order > 0) {
        this.newest = row.timestamp;
        this.atNewest = new Set();
        this.replaying = false;
      }
      if (order >= 0) this.atNewest.add(row.message);
      out.push(row);
    }
    return out;
  }
}
