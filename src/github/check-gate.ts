/**
 * The CI gate: wait for a commit's check runs to finish, then say whether it may be deployed.
 * `evaluateChecks` is pure; `waitForChecks` polls GitHub on the Clock until a decision or the
 * timeout.
 */
import type { Octokit } from "@octokit/rest";
import { type Clock, RailpilotError, TimeoutError } from "../core/index.js";
import { gitHubFailure } from "./github-client.js";

export interface CheckRunInfo {
  name: string;
  status: string;
  conclusion: string | null;
  url?: string;
}

export interface ChecksDecision {
  state: "passed" | "failed" | "pending";
  failed: CheckRunInfo[];
  pending: CheckRunInfo[];
  passed: CheckRunInfo[];
  /** Required checks that have not appeared at all yet. */
  missing: string[];
}

/** Conclusions that block a deploy. `neutral` and `skipped` do not. */
const FAILING = new Set(["failure", "cancelled", "timed_out", "action_required", "startup_failure", "stale"]);

export interface CheckRules {
  /** Only these check names count (and each must appear). Default: every check run on the commit. */
  required?: readonly string[];
  /** Names never waited on, e.g. the job running railpilot itself. */
  ignore?: readonly string[];
}

export function evaluateChecks(runs: readonly CheckRunInfo[], rules: CheckRules = {}): ChecksDecision {
  const ignore = new Set(rules.ignore ?? []);
  const required = rules.required?.length ? new Set(rules.required) : undefined;
  // A re-run leaves several runs with one name: the newest (last listed by us) wins.
  const latest = new Map<string, CheckRunInfo>();
  for (const run of runs) if (!ignore.has(run.name) && (!required || required.has(run.name))) latest.set(run.name, run);
  const decision: ChecksDecision = { state: "passed", failed: [], pending: [], passed: [], missing: [] };
  for (const run of latest.values()) {
    if (run.status !== "completed") decision.pending.push(run);
    else if (run.conclusion && FAILING.has(run.conclusion)) decision.failed.push(run);
    else decision.passed.push(run);
  }
  if (required) for (const name of required) if (!latest.has(name) && !ignore.has(name)) decision.missing.push(name);
  decision.state = decision.failed.length
    ? "failed"
    : decision.pending.length || decision.missing.length
      ? "pending"
      : "passed";
  return decision;
}

export class ChecksFailedError extends RailpilotError {
  readonly decision: ChecksDecision;
  constructor(decision: ChecksDecision) {
    super("CHECKS_FAILED", `checks failed: ${decision.failed.map((c) => `${c.name} (${c.conclusion})`).join(", ")}`, {
      hint: "Fix the failing checks and push again; nothing was deployed.",
    });
    this.decision = decision;
  }
}

/** The checks were still pending when the wait's time ran out (a TimeoutError: code TIMEOUT). */
export class ChecksPendingError extends TimeoutError {
  /** The checks still pending or not started. */
  readonly pending: readonly string[];
  constructor(message: string, timeoutMs: number, pending: readonly string[]) {
    super(message, timeoutMs, { hint: "Wait longer for the checks, or count only the checks that matter." });
    this.pending = pending;
  }
}

export interface WaitForChecksOptions {
  owner: string;
  repo: string;
  sha: string;
  rules?: CheckRules;
  clock: Clock;
  /** Default 30 min. */
  timeoutMs?: number;
  /** Default 15 s. */
  intervalMs?: number;
  onPoll?: (decision: ChecksDecision) => void;
  signal?: AbortSignal;
}

async function listCheckRuns(gh: Octokit, owner: string, repo: string, sha: string): Promise<CheckRunInfo[]> {
  try {
    const runs = await gh.paginate(gh.rest.checks.listForRef, { owner, repo, ref: sha, per_page: 100 });
    // GitHub lists newest first; evaluateChecks keeps the last of each name, so reverse.
    return runs
      .reverse()
      .map((r) => ({ name: r.name, status: r.status, conclusion: r.conclusion ?? null, url: r.html_url ?? undefined }));
  } catch (error) {
    throw gitHubFailure(`listing check runs for ${sha.slice(0, 7)}`, error);
  }
}

/**
 * Waits until every counted check has completed. Resolves with the decision when all passed;
 * throws ChecksFailedError as soon as one failed, TimeoutError when time runs out first.
 */
export async function waitForChecks(gh: Octokit, options: WaitForChecksOptions): Promise<ChecksDecision> {
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const deadline = options.clock.now() + timeoutMs;
  for (;;) {
    const decision = evaluateChecks(await listCheckRuns(gh, options.owner, options.repo, options.sha), options.rules);
    options.onPoll?.(decision);
    if (decision.state === "failed") throw new ChecksFailedError(decision);
    if (decision.state === "passed") return decision;
    const left = deadline - options.clock.now();
    if (left <= 0) {
      const waiting = [...decision.pending.map((c) => c.name), ...decision.missing];
      throw new ChecksPendingError(
        `checks still pending after ${Math.round(timeoutMs / 1000)} s: ${waiting.join(", ")}`,
        timeoutMs,
        waiting,
      );
    }
    await options.clock.sleep(Math.min(options.intervalMs ?? 15_000, left), options.signal);
  }
}
