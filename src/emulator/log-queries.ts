import type { LogRow } from "./model.js";

/** Railway's default and maximum `limit` for log queries. */
export const DEFAULT_LOG_LIMIT = 100;
export const MAX_LOG_LIMIT = 5000;

/**
 * Railway's log filter, the common subset: words must all appear (case-insensitive), `-word`
 * must not, `@level:error` (or `@severity:`) matches the severity. Quoted phrases count as one word.
 */
export function logFilter(filter: string | null | undefined): (row: { message: string; severity: string }) => boolean {
  if (!filter?.trim()) return () => true;
  const terms = filter.match(/-?"[^"]*"|\S+/g) ?? [];
  const checks = terms.map((raw) => {
    const negate = raw.startsWith("-") && raw.length > 1;
    const term = (negate ? raw.slice(1) : raw).replace(/^"|"$/g, "");
    const attr = /^@(level|severity):(.+)$/i.exec(term);
    const test = attr
      ? (row: { severity: string }) => row.severity.toLowerCase() === (attr[2] as string).toLowerCase()
      : (row: { message: string }) => row.message.toLowerCase().includes(term.toLowerCase());
    return negate ? (row: { message: string; severity: string }) => !test(row) : test;
  });
  return (row) => checks.every((c) => c(row));
}

function dateMs(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * buildLogs/deploymentLogs: filtered by text and dates; with `startDate` alone the oldest rows
 * from there, otherwise the newest. Like real Railway, up to `limit + 1` rows come back.
 */
export function selectLogRows(
  rows: LogRow[],
  args: { filter?: string | null; limit?: number | null; startDate?: string | null; endDate?: string | null },
): LogRow[] {
  const limit = Math.min(Math.max(args.limit ?? DEFAULT_LOG_LIMIT, 0), MAX_LOG_LIMIT);
  const start = dateMs(args.startDate);
  const end = dateMs(args.endDate);
  const match = logFilter(args.filter);
  const picked = rows.filter((r) => (start === undefined || r.at >= start) && (end === undefined || r.at <= end) && match(r));
  const count = limit + 1;
  if (start !== undefined && end === undefined) return picked.slice(0, count);
  return picked.slice(Math.max(0, picked.length - count));
}

/** environmentLogs/httpLogs windows: `afterDate`+`afterLimit` forward, else the rows up to `beforeDate`/`anchorDate`. */
export function selectWindow<T extends { at: number }>(
  rows: T[],
  args: { anchorDate?: string | null; beforeDate?: string | null; beforeLimit?: number | null; afterDate?: string | null; afterLimit?: number | null },
  now: number,
): T[] {
  const sorted = [...rows].sort((a, b) => a.at - b.at);
  const after = dateMs(args.afterDate);
  if (after !== undefined) {
    const limit = Math.min(args.afterLimit ?? DEFAULT_LOG_LIMIT, MAX_LOG_LIMIT);
    return sorted.filter((r) => r.at > after).slice(0, limit);
  }
  const before = dateMs(args.beforeDate) ?? dateMs(args.anchorDate) ?? now;
  const limit = Math.min(args.beforeLimit ?? DEFAULT_LOG_LIMIT, MAX_LOG_LIMIT);
  const picked = sorted.filter((r) => r.at <= before);
  return picked.slice(Math.max(0, picked.length - limit));
}
