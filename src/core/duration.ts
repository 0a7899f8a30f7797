import { UsageError } from "./errors.js";

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The longest duration accepted: 24 days, just under what a Node timer can hold (2^31-1 ms). */
export const MAX_DURATION_MS = 24 * 86_400_000;

export interface DurationBounds {
  /** Shortest accepted, ms. Default: 0. */
  min?: number;
  /** Longest accepted, ms. Default and ceiling: MAX_DURATION_MS (24 days), unless `window`. */
  max?: number;
  /**
   * The duration spans a window of history (`report --since 30d`), never a timer: the 24-day
   * ceiling does not apply, only `max`. Default: false.
   */
  window?: boolean;
}

/**
 * Parses "15m", "10s", "1h30m", "500ms", "7d" or a bare number of milliseconds, within `bounds`
 * (never above 24 days, which timers cannot hold). Throws a UsageError naming `what` (the flag or
 * setting) when the text is not a duration or is out of bounds.
 */
export function parseDuration(text: string, what = "duration", bounds: DurationBounds = {}): number {
  const ms = parseUnbounded(text, what);
  const min = bounds.min ?? 0;
  const max = bounds.window
    ? (bounds.max ?? Number.POSITIVE_INFINITY)
    : Math.min(bounds.max ?? MAX_DURATION_MS, MAX_DURATION_MS);
  if (ms < min) {
    throw new UsageError(`${what} "${text}" is too short: it must be at least ${describeBound(min)}`, {
      hint: `Give ${what} a duration of ${describeBound(min)} or more, e.g. "30s" or "15m".`,
    });
  }
  if (ms > max) {
    throw new UsageError(`${what} "${text}" is too long: the longest accepted is ${describeBound(max)}`, {
      hint: `Give ${what} a duration up to ${describeBound(max)}.`,
    });
  }
  return ms;
}

/** "24d", "1s", "500ms": a bound as the user would write it. */
function describeBound(ms: number): string {
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

function parseUnbounded(text: string, what: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
    total += Number(m[1]) * (UNITS[m[2] as string] as number);
    consumed = re.lastIndex;
  }
  if (consumed === 0 || consumed !== trimmed.length) {
    throw new UsageError(`${what} "${text}" is not a duration`, {
      hint: 'Write it as a number with a unit, e.g. "500ms", "10s", "15m", "1h30m" or "7d".',
    });
  }
  return Math.round(total);
}

/** Renders milliseconds compactly: 950ms, 12.3s, 4m05s, 2h10m, 3d4h. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  if (ms < 3_600_000) {
    const m = Math.floor(ms / 60_000);
    return `${m}m${String(Math.floor((ms % 60_000) / 1000)).padStart(2, "0")}s`;
  }
  if (ms < 86_400_000) {
    const h = Math.floor(ms / 3_600_000);
    return `${h}h${String(Math.floor((ms % 3_600_000) / 60_000)).padStart(2, "0")}m`;
  }
  const d = Math.floor(ms / 86_400_000);
  return `${d}d${Math.floor((ms % 86_400_000) / 3_600_000)}h`;
}
