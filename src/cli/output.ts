/**
 * Formatting helpers shared by commands: plain-text tables, times and statuses. Output is
 * plain ASCII-friendly text (NO_COLOR is respected by never emitting colour).
 */
import { formatDuration } from "../core/index.js";

export interface TableOptions {
  /** Indent every line by this many spaces. Default: 0. */
  indent?: number;
  /** Columns aligned right (by index). Default: none. */
  alignRight?: readonly number[];
}

/** Renders rows as aligned columns under a header row; cells are converted with String(). */
export function formatTable(headers: readonly string[], rows: readonly (readonly unknown[])[], options: TableOptions = {}): string[] {
  const cells = [headers.map(String), ...rows.map((r) => headers.map((_, i) => cellText(r[i])))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
  const pad = " ".repeat(options.indent ?? 0);
  const right = new Set(options.alignRight ?? []);
  return cells.map(
    (r) =>
      pad +
      r
        .map((c, i) => {
          const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c)));
          return right.has(i) ? fill + c : i === r.length - 1 ? c : c + fill;
        })
        .join("  ")
        .trimEnd(),
  );
}

function cellText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "-";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function displayWidth(text: string): number {
  return [...text].length;
}

/** "3m ago", "2h ago", "just now"; `now` comes from the caller's clock. */
export function formatAgo(iso: string | Date | null | undefined, now: number): string {
  if (!iso) return "-";
  const t = typeof iso === "string" ? Date.parse(iso) : iso.getTime();
  if (Number.isNaN(t)) return "-";
  const ms = now - t;
  if (ms < 5_000) return "just now";
  return `${formatDuration(ms)} ago`;
}

/** A deployment status as shown in tables: the Railway value, or "-" when there is none. */
export function formatStatus(status: string | null | undefined): string {
  return status ?? "-";
}

/** Shortens a commit sha or id to 7 characters. */
export function short(id: string | null | undefined, length = 7): string {
  return id ? id.slice(0, length) : "-";
}

/** One log line: `2026-01-01T12:00:00.000Z INFO  message`. */
export function formatLogLine(log: { timestamp: string; severity?: string | null; message: string }): string {
  const severity = (log.severity ?? "info").toUpperCase().padEnd(5);
  return `${log.timestamp} ${severity} ${log.message}`;
}

/** The exit-code table shown under each command's --help (the codes live in exit-codes.ts). */
export const EXIT_CODES_HELP = [
  "",
  "Exit codes:",
  "  0  success",
  "  1  failed: Railway refused or errored, the endpoint was unreachable, a deploy failed",
  "  2  usage: bad flag or argument, invalid config, missing or rejected token, unknown name",
  "  3  rolled back   4  timed out   5  rollback failed   6  commit checks failed (deploy family)",
  "  7  live, but its health could not be checked: the probes never reached it (deploy family)",
].join("\n");
