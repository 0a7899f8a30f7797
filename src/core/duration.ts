import { UsageError } from "./errors.js";

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parses "15m", "10s", "1h30m", "500ms", "7d" or a bare number of milliseconds.
 * Throws a UsageError naming the flag when the text is not a duration.
 */
export function parseDuration(text: string, what = "duration"): number {
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
