/**
 * `railpilot demo` / `railpilot demo incidents` (what `npm start` runs): the incident day. Parses
 * the flags, calls runIncidentDay, renders progress (on a TTY) and the summary. In a terminal the
 * emulator and the autopilot keep running after the summary, so the printed dashboard URL answers;
 * elsewhere (a pipe, CI, `--json`) the run ends with the summary unless `--keep` is given.
 */
import type { Command } from "commander";
import { formatDuration, UsageError } from "../../core/index.js";
import type { IncidentDayEvent, IncidentDaySummary } from "../../demo/index.js";
import type { CliContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { EXIT_CODES_HELP } from "../output.js";

export interface IncidentFlags {
  speed: string;
  port: string;
  keep?: boolean;
  json?: boolean;
}

export function addIncidentOptions(command: Command): Command {
  return command
    .option("--speed <x>", "how much faster than real time the emulator runs", "300")
    .option("--port <n>", "emulator API port (0: any free port)", "0")
    .option(
      "--keep",
      "keep the emulator and the autopilot running afterwards to look at the dashboard (Ctrl-C to stop); the default in a terminal",
    )
    .option("--no-keep", "stop them once the summary is printed (the default in a pipe, in CI and with --json)")
    .option("--json", "print one JSON object (the summary) instead of the narration")
    .addHelpText("after", EXIT_CODES_HELP);
}

/** The emulator's --speed and --port, shared by both demos. */
export function demoSpeedAndPort(flags: { speed: string; port: string }): { speed: number; port: number } {
  const speed = Number(flags.speed);
  if (!Number.isFinite(speed) || speed <= 0 || speed > 1000)
    throw new UsageError(`--speed "${flags.speed}" must be a number above 0 and at most 1000`);
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port "${flags.port}" is not a port number`);
  return { speed, port };
}

export async function runIncidents(flags: IncidentFlags, ctx: CliContext): Promise<void> {
  const { speed, port } = demoSpeedAndPort(flags);
  const live = ctx.interactive(flags.json);
  const keeping = keepsRunning(flags, live);
  const keep = new AbortController();
  if (keeping) {
    process.once("SIGINT", () => keep.abort());
    process.once("SIGTERM", () => keep.abort());
  }
  const show = (summary: IncidentDaySummary) => {
    if (flags.json) ctx.json(summary);
    else for (const line of renderSummary(summary, { kept: keeping })) ctx.out(line);
  };
  const { runIncidentDay } = await import("../../demo/index.js");
  const summary = await runIncidentDay({
    speed,
    port,
    ...(live ? { onEvent: (event: IncidentDayEvent) => renderEvent(ctx, event) } : {}),
    ...(keeping ? { keepUntil: keep.signal } : {}),
    onSummary: show,
    ...(process.env.RAILPILOT_DEBUG ? { log: (line: Record<string, unknown>) => ctx.err(JSON.stringify(line)) } : {}),
  });
  if (!summary.ok) ctx.setExitCode(ExitCode.FAILED);
}

/** `--keep` / `--no-keep` when given; otherwise keep running only for a person at a terminal. */
export function keepsRunning(flags: Pick<IncidentFlags, "keep">, interactive: boolean): boolean {
  return flags.keep ?? interactive;
}

function renderEvent(ctx: CliContext, event: IncidentDayEvent): void {
  switch (event.kind) {
    case "emulator":
      ctx.out(`Railway emulator on ${event.graphqlUrl} (time runs ${event.speed}x)`);
      return;
    case "autopilot":
      ctx.out(`autopilot API on ${event.apiUrl}; dashboard ${event.dashboardUrl}`);
      return;
    case "incident":
      ctx.out("");
      ctx.out(`${event.index + 1}. ${event.title}`);
      return;
    case "injected":
      ctx.out(`   ${event.what}`);
      return;
    case "outcome":
      ctx.out(`   ${event.result.ok ? "handled" : "NOT as expected"}: ${outcomeLine(event.result)}`);
      return;
  }
}

function outcomeLine(result: IncidentDaySummary["incidents"][number]): string {
  const decided = result.decisions.filter((d) => d.kind !== "none");
  const decisions = decided.map((d) => `${d.kind} of ${d.service} (${d.status})`).join(", ") || "no decision";
  const actions = result.actions.map((a) => `${a.kind} ${a.status}`).join(", ") || "no action";
  return `decided ${decisions}; did ${actions}`;
}

/** The summary as text; `kept` says whether the emulator and the autopilot are still running (their URLs answer). */
export function renderSummary(summary: IncidentDaySummary, { kept }: { kept: boolean }): string[] {
  const lines = ["", "Incident day: what the autopilot saw, decided and did (from its API)"];
  for (const [i, r] of summary.incidents.entries()) {
    lines.push("");
    lines.push(`${i + 1}. ${r.title}: ${r.ok ? "as expected" : `NOT as expected: ${r.problem ?? ""}`}`);
    lines.push(
      `   expected: ${r.expected.decision.replaceAll("|", " or ")}${r.expected.notAction ? `, no ${r.expected.notAction}` : ""}`,
    );
    for (const d of r.decisions.filter((x) => x.kind !== "none")) {
      lines.push(`   decided ${d.kind} (${d.status}${d.guard ? `, held back by ${d.guard}` : ""}) on ${d.service}`);
      for (const reason of d.reasons.slice(0, 3)) lines.push(`     saw: ${reason}`);
    }
    for (const a of r.actions) lines.push(`   did ${a.kind}: ${a.status}${a.reason ? ` (${a.reason})` : ""}`);
  }
  lines.push("");
  lines.push(
    summary.ok
      ? `All ${summary.incidents.length} incidents got the expected decision.`
      : `Not as expected: ${summary.failed.join(", ")}.`,
  );
  lines.push(`API:       ${summary.apiUrl}   (token ${summary.apiToken})`);
  lines.push(`dashboard: ${summary.dashboardUrl}`);
  lines.push(`${formatDuration(summary.virtualMs)} of emulator time in ${formatDuration(summary.realMs)} of real time`);
  lines.push("");
  lines.push(
    kept
      ? "The emulator and the autopilot are still running: open the dashboard and log in with the token above to see these incidents (Ctrl-C to stop)."
      : "The emulator and the autopilot stopped with this run, so these URLs no longer answer: run it again with --keep (npm start -- --keep) to open the dashboard.",
  );
  return lines;
}
