/**
 * Formatting helpers shared by commands: plain-text tables, times and statuses. Output is
 * plain ASCII-friendly text (NO_COLOR is respected by never emitting colour).
 */
import type { Command } from "commander";
import { formatDuration } from "../core/index.js";

export interface TableOptions {
  /** Indent every line by this many spaces. Default: 0. */
  indent?: number;
  /** Columns aligned right (by index). Default: none. */
  alignRight?: readonly number[];
}

/** Renders rows as aligned columns under a header row; cells are converted with String(). */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: TableOptions = {},
): string[] {
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

/** Longest piece of outside text (a log line) shown by default. */
export const MAX_UNTRUSTED_CHARS = 2_000;

// C0 controls except tab, DEL, C1 controls, and the bidi overrides/isolates that reorder a line.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from outside (a log line, a file's content) safe to print on a terminal or in JSON:
 * escape sequences and control characters become visible (`\x1b`, `\u202e`), so a log cannot clear
 * the screen, set the title or reorder a line; text past `maxChars` is cut with a note of how much.
 */
export function sanitizeForTerminal(text: string, maxChars = MAX_UNTRUSTED_CHARS): string {
  const cut = text.length > maxChars ? text.slice(0, maxChars) : text;
  const safe = cut.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
  return cut === text ? safe : `${safe}… (${text.length - maxChars} more characters)`;
}

/** The groups of `railpilot --help`, in order, each command with a one-line summary in one voice. */
export const COMMAND_GROUPS: readonly {
  heading: string;
  commands: readonly (readonly [name: string, summary: string])[];
}[] = [
  {
    heading: "Deploy & watch:",
    commands: [
      ["deploy", "Deploy a service and follow it to a verdict; roll back if it goes bad"],
      ["watch", "Follow a deployment to a verdict, with the same checks and rollback as deploy"],
      ["rollback", "Roll a service back to an earlier deployment and verify it"],
      ["history", "List a service's recent deployments and which one is live"],
      ["status", "Show the project's services and their latest deployments"],
    ],
  },
  {
    heading: "Autopilot:",
    commands: [
      ["autopilot", "Watch services continuously, decide and act, with an HTTP API"],
      ["monitor", "Check services once, open or update deduplicated GitHub issues and notify"],
      ["report", "Compute DORA metrics from Railway's deployment history"],
    ],
  },
  {
    heading: "Provision:",
    commands: [
      ["plan", "Show what apply would change on Railway"],
      ["apply", "Create or update a stack from its spec, step by step, with a journal"],
      ["instances", "Manage tenant fleets: one isolated stack per customer"],
      ["services", "Manage services inside an existing project"],
      ["variables", "List a service's variables (masked unless --reveal), or set some"],
    ],
  },
  {
    heading: "Logs & diagnosis:",
    commands: [
      ["logs", "Print the logs of a service's latest deployment"],
      ["diagnose", "Name the root cause of a failed build or crash from its log"],
      ["patterns", "Group log lines into templates with counts"],
    ],
  },
  {
    heading: "Emulator:",
    commands: [
      ["emulator", "Run a local Railway API emulator"],
      ["demo", "Deploy on a local emulator and watch a bad deploy get rolled back (no account needed)"],
    ],
  },
  {
    heading: "Account:",
    commands: [["whoami", "Show who the Railway token belongs to"]],
  },
];

/**
 * Sorts the program's commands into COMMAND_GROUPS (a command not listed keeps its own
 * description under "Other commands:") and gives each its summary, so `railpilot --help` reads by task.
 */
export function applyCommandGroups(program: Command): void {
  const order = new Map<string, number>();
  const summaries = new Map<string, readonly [string, string]>();
  for (const group of COMMAND_GROUPS) {
    for (const [name, summary] of group.commands) {
      order.set(name, order.size);
      summaries.set(name, [group.heading, summary]);
    }
  }
  for (const command of program.commands) {
    const known = summaries.get(command.name());
    command.helpGroup(known ? known[0] : "Other commands:");
    if (known) command.summary(known[1]);
  }
  (program.commands as Command[]).sort(
    (a, b) => (order.get(a.name()) ?? order.size) - (order.get(b.name()) ?? order.size),
  );
  program.helpCommand("help [command]", "Show help for a command");
  program.helpCommand(true);
}
