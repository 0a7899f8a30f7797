/**
 * The progress view of deploy, watch and rollback: notable events as lines, and on a TTY a live
 * block (status, time in phase, the last log lines) redrawn in place.
 */
import { type Clock, formatDuration } from "../core/index.js";
import type { DeployEvent } from "../deploy/index.js";
import type { CliContext } from "./context.js";

/** Where the live view reads log lines from (each item is a batch); RailwayDeployApi.logs in the CLI. */
export type LogSource = (
  deploymentId: string,
  kind: "build" | "deploy",
  signal: AbortSignal,
) => AsyncIterable<string[]>;

/**
 * Progress output. On a TTY: the notable events as lines, under them a live block (status, time in
 * this phase and in total, the last build/deploy log lines) redrawn in place. In CI (or --ci, or
 * not a TTY): plain timestamped lines, no control characters, no log streaming. --json: silent
 * until the final object. Log streaming is best effort: a broken log stream never fails a deploy
 * (Railway's CLI exits 1 on "Failed to stream build logs" even when the deploy succeeded).
 */
export function progressPrinter(
  ctx: CliContext,
  clock: Clock,
  flags: { ci?: boolean; json?: boolean },
  logs?: LogSource,
  options: { foldTo?: number; refreshMs?: number } = {},
): { onEvent(e: DeployEvent): void; done(): void } {
  const live = !flags.ci && ctx.interactive(flags.json);
  const foldTo = options.foldTo ?? 6;
  const started = clock.now();
  const phaseStarted = new Map<string, number>();
  const tail: string[] = [];
  const streams = new AbortController();
  const streaming = new Set<string>();
  let drawn = 0;
  let current: { id: string; status: string } | undefined;
  const width = () => Math.max(40, (ctx.io.stdout.columns ?? 100) - 4);
  // A remote (emulator) clock may only learn the time at its next wait: events carry Railway's own stamps.
  let latest = started;
  const now = () => Math.max(clock.now(), latest);
  const stamp = () => `[${formatDuration(now() - started).padStart(6)}]`;
  const clear = () => {
    if (drawn > 0) ctx.io.stderr.write(`\x1b[${drawn}F\x1b[J`);
    drawn = 0;
  };
  const redraw = () => {
    if (!live || !current) return;
    clear();
    const since = phaseStarted.get(`${current.id}:${current.status}`) ?? now();
    const block = [
      `  ${current.status.padEnd(14)} ${formatDuration(now() - since)} in phase · ${formatDuration(now() - started)} total`,
      ...tail.map((l) => `  │ ${l.length > width() ? `${l.slice(0, width() - 1)}…` : l}`),
    ];
    ctx.err(block.join("\n"));
    drawn = block.length;
  };
  const line = (text: string) => {
    if (flags.json) return;
    if (live) clear();
    ctx.err(`${stamp()} ${text}`);
    if (live) redraw();
  };
  const follow = (deploymentId: string, kind: "build" | "deploy") => {
    const key = `${deploymentId}:${kind}`;
    if (!live || !logs || streaming.has(key)) return;
    streaming.add(key);
    void (async () => {
      try {
        for await (const batch of logs(deploymentId, kind, streams.signal)) {
          for (const l of batch)
            for (const part of l.split("\n")) if (part.trim()) tail.push(part.replace(/\x1b\[[0-9;]*m/g, "").trimEnd());
          tail.splice(0, Math.max(0, tail.length - foldTo));
          redraw();
        }
      } catch {
        // Best effort: the verdict never depends on the log stream.
      }
    })();
  };
  const timer = live ? setInterval(redraw, options.refreshMs ?? 250) : undefined;
  return {
    onEvent(e) {
      switch (e.kind) {
        case "triggered":
          line(`deployment ${e.deploymentId} triggered`);
          follow(e.deploymentId, "build");
          break;
        case "follow": {
          const p = e.progress;
          if (p.kind === "status") {
            latest = Math.max(latest, p.at);
            const prevKey = p.previous ? `${e.deploymentId}:${p.previous}` : undefined;
            const tookMs =
              p.previousMs ??
              (prevKey && phaseStarted.has(prevKey) ? p.at - (phaseStarted.get(prevKey) as number) : undefined);
            const took = tookMs !== undefined ? ` (${p.previous} took ${formatDuration(tookMs)})` : "";
            phaseStarted.set(`${e.deploymentId}:${p.status}`, p.at);
            current = { id: e.deploymentId, status: p.status };
            line(`${e.deploymentId.slice(0, 8)} ${p.status}${took}`);
            if (["INITIALIZING", "BUILDING"].includes(p.status)) follow(e.deploymentId, "build");
            if (["DEPLOYING", "SUCCESS", "CRASHED"].includes(p.status)) follow(e.deploymentId, "deploy");
          } else if (p.kind === "stuck") {
            line(
              `stuck: ${p.status} for ${formatDuration(p.forMs)}, expected at most ${formatDuration(p.budgetMs)}${p.waitingOn ? `; waiting on ${p.waitingOn}` : ""}`,
            );
          } else if (p.kind === "waiting") {
            line(`waiting: ${p.status}: ${p.reason}`);
          } else {
            line(p.message);
          }
          break;
        }
        case "probe":
          line(
            `health probe ${e.index + 1}: ${e.result.ok ? "ok" : "FAILED"} ${e.result.status ?? e.result.error ?? ""} ${e.url}`,
          );
          break;
        case "rollback":
        case "note":
          line(e.message);
          break;
      }
    },
    done() {
      if (timer) clearInterval(timer);
      streams.abort();
      if (live) clear();
      current = undefined;
    },
  };
}
