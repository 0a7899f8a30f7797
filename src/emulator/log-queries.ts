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
  const picked = rows.filter(
    (r) => (start === undefined || r.at >= start) && (end === undefined || r.at <= end) && match(r),
  );
  const count = limit + 1;
  if (start !== undefined && end === undefined) return picked.slice(0, count);
  return picked.slice(Math.max(0, picked.length - count));
}

/**
 * environmentLogs/httpLogs anchored windows, as Railway's argument docs describe them: around
 * `anchorDate` (default: now), up to `beforeLimit` rows at or before it (no older than `beforeDate`)
 * and up to `afterLimit` rows after it (no later than `afterDate`), oldest first. Without any limit
 * the window is the 100 rows before the anchor; with only `afterLimit`, only rows after it.
 */
export function selectWindow<T extends { at: number }>(
  rows: T[],
  args: {
    anchorDate?: string | null;
    beforeDate?: string | null;
    beforeLimit?: number | null;
    afterDate?: string | null;
    afterLimit?: number | null;
  },
  now: number,
): T[] {
  const sorted = [...rows].sort((a, b) => a.at - b.at);
  const anchor = dateMs(args.anchorDate) ?? now;
  const clamp = (n: number) => Math.min(Math.max(0, n), MAX_LOG_LIMIT);
  const afterLimit = typeof args.afterLimit === "number" ? clamp(args.afterLimit) : 0;
  const beforeLimit =
    typeof args.beforeLimit === "number" ? clamp(args.beforeLimit) : afterLimit > 0 ? 0 : DEFAULT_LOG_LIMIT;
  const oldest = dateMs(args.beforeDate) ?? Number.NEGATIVE_INFINITY;
  const latest = dateMs(args.afterDate) ?? Number.POSITIVE_INFINITY;
  const before = sorted.filter((r) => r.at <= anchor && r.at >= oldest);
  const after = sorted.filter((r) => r.at > anchor && r.at <= latest);
  return [...before.slice(Math.max(0, before.length - beforeLimit)), ...after.slice(0, afterLimit)];
}
