/** How bad a log line is, from least to most severe. */
export type Severity = "debug" | "info" | "warn" | "error" | "fatal";

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { debug: 0, info: 1, warn: 2, error: 3, fatal: 4 };

const LEVELS: Readonly<Record<string, Severity>> = {
  trace: "debug",
  debug: "debug",
  d: "debug",
  v: "debug",
  verbose: "debug",
  info: "info",
  i: "info",
  notice: "info",
  information: "info",
  warn: "warn",
  warning: "warn",
  w: "warn",
  error: "error",
  err: "error",
  e: "error",
  severe: "error",
  fatal: "fatal",
  f: "fatal",
  crit: "fatal",
  critical: "fatal",
  alert: "fatal",
  emerg: "fatal",
  emergency: "fatal",
  panic: "fatal",
};

const FATAL_RE =
  /\b(?:fatal|panic(?:ked)?|emerg(?:ency)?|critical|segmentation fault|core dumped|out of memory|oom[- ]?kill(?:ed|er)?)\b/i;
const ERROR_RE =
  /\b(?:errors?|exception|traceback|fail(?:ed|ure|s)?|unhandled|refused|denied|cannot|can't|unable to|timed? ?out)\b|ERR!/i;
const WARN_RE = /\b(?:warn(?:ing)?|deprecated|retry(?:ing)?)\b/i;

/**
 * The severity of a line: its log's own level field when one is given (`ERROR`, `warn`, `E`,
 * `crit`, syslog numbers 0-7), otherwise guessed from the text (fatal/panic, error/exception/
 * failed, warn/deprecated), otherwise `info`.
 */
export function detectSeverity(line: string, level?: string | number): Severity {
  if (typeof level === "number") return syslogSeverity(level);
  if (level !== undefined && level !== "") {
    const known = LEVELS[level.trim().toLowerCase()];
    if (known) return known;
    if (/^[0-7]$/.test(level.trim())) return syslogSeverity(Number(level.trim()));
  }
  if (FATAL_RE.test(line)) return "fatal";
  if (ERROR_RE.test(line)) return "error";
  if (WARN_RE.test(line)) return "warn";
  return "info";
}

function syslogSeverity(n: number): Severity {
  if (n <= 2) return "fatal";
  if (n === 3) return "error";
  if (n === 4) return "warn";
  if (n <= 6) return "info";
  return "debug";
}

export function atLeast(severity: Severity, floor: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[floor];
}
