/**
 * Turns escalations into GitHub issues, one per root cause per service, never duplicated:
 * - the fingerprint (service, category, pattern) keys the store's action ledger, so two replicas
 *   never both create it, and a hidden marker in the body finds it again (search, then labels);
 * - a recurrence updates the same issue (occurrence count, last seen) at most once per
 *   `updateIntervalMs` (later occurrences are folded into the next update, flushed on the Clock);
 * - a closed issue whose cause returns is reopened with one comment;
 * - once the cause has been healthy for `healthyAfterMs`, one comment says so (and closes the
 *   issue only with `closeWhenHealthy`).
 * Everything sent to GitHub is redacted first (registered secrets, URL credentials, token shapes).
 */
import type { Octokit } from "@octokit/rest";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type Clock, formatDuration, registerSecret } from "../core/index.js";
import {
  claimAction,
  completeAction,
  countDoneActions,
  type Database,
  failAction,
  getAction,
  takeOverStaleAction,
} from "../store/index.js";
import { EscalationError } from "./escalation-error.js";
import type { EscalationInput } from "./escalation-input.js";
import { escalationFingerprint, type FingerprintParts, fingerprintInBody, markerSearchTerm } from "./fingerprint.js";
import { type OccurrenceState, renderIssueBody, renderIssueTitle, stateInBody } from "./issue-body.js";
import { redactOutgoing as redactForGitHub } from "./redact-outgoing.js";

export const issueEscalatorConfigSchema = z.object({
  /** Repository the issues go to. */
  owner: z.string().min(1),
  repo: z.string().min(1),
  /** Labels every escalation issue carries (created if missing). */
  labels: z.array(z.string().min(1)).default(["railpilot", "deployment-alert"]),
  /** Added for critical escalations. */
  urgentLabel: z.string().min(1).default("urgent"),
  /** At most one body update per issue per interval (recurrences in between are folded in). Default 15 min. */
  updateIntervalMs: z
    .number()
    .int()
    .positive()
    .default(15 * 60_000),
  /** How long the cause must stay healthy before the one "healthy again" comment. Default 30 min. */
  healthyAfterMs: z
    .number()
    .int()
    .positive()
    .default(30 * 60_000),
  /**
   * A claim to open an issue left pending this long was left by a run that died (or gave up)
   * before recording the issue: after looking for it by marker, another run may open it. Longer
   * than opening an issue can take. Default 2 min.
   */
  staleClaimMs: z
    .number()
    .int()
    .positive()
    .default(2 * 60_000),
  /** Close the issue with that comment. Default false (people close issues). */
  closeWhenHealthy: z.boolean().default(false),
});
export type IssueEscalatorConfig = z.input<typeof issueEscalatorConfigSchema>;
type ResolvedConfig = z.output<typeof issueEscalatorConfigSchema>;

export interface IssueEscalatorDeps {
  /** From `createGitHubClient` (it sets a timeout on every request). */
  octokit: Octokit;
  clock: Clock;
  /** The store's database: cross-replica idempotency through the action ledger. Optional for one-shot runs. */
  db?: Kysely<Database>;
  /** Extra values to redact from everything sent (e.g. tokens the caller holds). */
  secrets?: readonly string[];
  /** Called with failures of deferred (timer-driven) updates, which have no caller to throw to. */
  onError?: (error: EscalationError) => void;
}

export type EscalationOutcome =
  /** A new issue was opened. */
  | "created"
  /** The existing issue's occurrence count and last-seen were updated. */
  | "updated"
  /** A closed issue was reopened with a comment. */
  | "reopened"
  /** Counted; folded into the next update (rate bound). */
  | "deferred"
  /** This occurrence was already counted (same occurrence key, maybe by another replica). */
  | "duplicate"
  /** Another replica is creating the issue right now; the occurrence is folded into the next update. */
  | "in_progress";

export interface EscalationResult {
  fingerprint: string;
  outcome: EscalationOutcome;
  issueNumber?: number;
  issueUrl?: string;
}

export type HealthyOutcome =
  | "commented"
  | "closed"
  | "not_yet"
  | "already_said"
  | "no_issue"
  | "issue_closed"
  | "recurred_since";

interface IssueRef {
  number: number;
  state: "open" | "closed";
  body: string;
  closedAt: string | null;
  url: string;
}

interface Pending {
  count: number;
  firstSeen: string;
  lastSeen: string;
  input: EscalationInput;
  timer?: () => void;
}

export class IssueEscalator {
  private readonly config: ResolvedConfig;
  private readonly pending = new Map<string, Pending>();
  private readonly known = new Map<string, number>();
  private readonly lastUpdate = new Map<string, number>();
  private readonly labelsReady = new Set<string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Per fingerprint, the tail of its serialized work (one process never races itself). */
  private readonly chains = new Map<string, Promise<unknown>>();
  private closed = false;

  constructor(
    config: IssueEscalatorConfig,
    private readonly deps: IssueEscalatorDeps,
  ) {
    this.config = issueEscalatorConfigSchema.parse(config);
    for (const s of deps.secrets ?? []) registerSecret(s);
  }

  fingerprint(parts: FingerprintParts): string {
    return escalationFingerprint(parts);
  }

  /** How long a cause must stay healthy before `reportHealthy` comments. */
  get healthyAfterMs(): number {
    return this.config.healthyAfterMs;
  }

  /**
   * Opens, updates or reopens the issue for this escalation's root cause. `retry`: this occurrence
   * was handed over before (its first attempt died or timed out): it is not counted again, but
   * its issue is still opened when none is recorded.
   */
  async escalate(input: EscalationInput, options: { retry?: boolean } = {}): Promise<EscalationResult> {
    const fp = this.fingerprint({
      serviceId: input.service.serviceId,
      category: input.diagnosis.category,
      patternId: input.diagnosis.patternId,
    });
    const now = this.deps.clock.now();
    let counted = 1;
    if (this.deps.db) {
      const occurrence = `escalation:occurrence:${this.repoKey()}:${fp}:${input.occurrenceKey}`;
      if (await this.claim(occurrence, "escalation_occurrence", fp)) {
        await completeAction(this.deps.db, occurrence, null, new Date(now));
      } else if (options.retry && !(await this.issueRecorded(fp))) {
        counted = 0; // counted by the attempt that died; its issue may never have been opened
      } else {
        return { fingerprint: fp, outcome: "duplicate" };
      }
    }
    const p = this.pending.get(fp);
    if (p) {
      p.count += counted;
      p.lastSeen = maxIso(p.lastSeen, input.at);
      p.input = input;
    } else {
      this.pending.set(fp, { count: counted, firstSeen: input.at, lastSeen: input.at, input });
    }
    return this.serial(fp, () => this.apply(fp, false));
  }

  private serial<T>(fp: string, work: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(fp) ?? Promise.resolve();
    const next = prev.then(work, work);
    const tail = next.catch(() => undefined);
    this.chains.set(fp, tail);
    void tail.then(() => {
      if (this.chains.get(fp) === tail) this.chains.delete(fp);
    });
    return next;
  }

  /**
   * Reports that the cause has been healthy since `since` (ISO). After `healthyAfterMs` it leaves
   * one comment on the open issue (and closes it when configured); repeated calls say nothing new.
   */
  async reportHealthy(
    parts: FingerprintParts,
    since: string,
  ): Promise<{ fingerprint: string; outcome: HealthyOutcome; issueNumber?: number }> {
    const fp = this.fingerprint(parts);
    const now = this.deps.clock.now();
    const healthyFor = now - Date.parse(since);
    if (healthyFor < this.config.healthyAfterMs) return { fingerprint: fp, outcome: "not_yet" };
    const issue = await this.locate(fp);
    if (!issue) return { fingerprint: fp, outcome: "no_issue" };
    if (issue.state === "closed") return { fingerprint: fp, outcome: "issue_closed", issueNumber: issue.number };
    const state = stateInBody(issue.body);
    const pend = this.pending.get(fp);
    const lastSeen = maxIso(state?.lastSeen ?? "", pend?.lastSeen ?? "");
    if (lastSeen && Date.parse(lastSeen) > Date.parse(since))
      return { fingerprint: fp, outcome: "recurred_since", issueNumber: issue.number };
    const key = `escalation:healthy:${this.repoKey()}:${fp}:${lastSeen || "never"}`;
    if (this.deps.db) {
      if (!(await this.claim(key, "escalation_healthy", fp)))
        return { fingerprint: fp, outcome: "already_said", issueNumber: issue.number };
    } else if (this.saidHealthy.has(key)) {
      return { fingerprint: fp, outcome: "already_said", issueNumber: issue.number };
    }
    this.saidHealthy.add(key);
    try {
      await this.gh("comment on the issue", () =>
        this.deps.octokit.issues.createComment({
          owner: this.config.owner,
          repo: this.config.repo,
          issue_number: issue.number,
          body: redactForGitHub(
            `✅ Healthy again for ${formatDuration(healthyFor)} (since ${since}; last occurrence ${lastSeen || "unknown"}). railpilot will reopen this issue if the cause returns.`,
          ),
        }),
      );
      if (this.config.closeWhenHealthy) {
        await this.gh("close the issue", () =>
          this.deps.octokit.issues.update({
            owner: this.config.owner,
            repo: this.config.repo,
            issue_number: issue.number,
            state: "closed",
            state_reason: "completed",
          }),
        );
      }
      if (this.deps.db) await completeAction(this.deps.db, key, { issue: issue.number }, new Date(now));
    } catch (error) {
      if (this.deps.db) await failAction(this.deps.db, key, errorText(error), new Date(now));
      throw error;
    }
    return {
      fingerprint: fp,
      outcome: this.config.closeWhenHealthy ? "closed" : "commented",
      issueNumber: issue.number,
    };
  }

  /** Writes every folded-in occurrence now, ignoring the rate bound (e.g. before a one-shot run exits). */
  async flush(): Promise<void> {
    for (const fp of [...this.pending.keys()]) await this.serial(fp, () => this.apply(fp, true));
  }

  /** Resolves when no deferred update is running. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Cancels the deferred-update timers (pending counts are dropped; call `flush` first to keep them). */
  close(): void {
    this.closed = true;
    for (const p of this.pending.values()) p.timer?.();
  }

  private readonly saidHealthy = new Set<string>();

  private repoKey(): string {
    return `${this.config.owner}/${this.config.repo}`;
  }

  /**
   * The occurrence count to write. Without a store: the issue's count plus this process's
   * pending ones. With a store, every replica claims each occurrence there, so its total is the
   * count (never below what the issue already says): two replicas that update the issue at once
   * both write the same total instead of each adding its own share to a count they read before
   * the other wrote.
   */
  private async totalCount(fp: string, local: number, floor: number): Promise<number> {
    if (!this.deps.db) return local;
    return Math.max(floor, await countDoneActions(this.deps.db, "escalation_occurrence", fp));
  }

  private async apply(fp: string, force: boolean): Promise<EscalationResult> {
    const p = this.pending.get(fp);
    if (!p) return { fingerprint: fp, outcome: "deferred" };
    const issue = await this.locate(fp);
    if (!issue) return this.create(fp, p);
    if (issue.state === "closed") return this.reopen(fp, p, issue);
    const now = this.deps.clock.now();
    const interval = this.config.updateIntervalMs;
    const last = this.lastUpdate.get(fp);
    let due = force || last === undefined || now - last >= interval;
    if (due && !force && this.deps.db) {
      // One update per interval across replicas: the interval's bucket is claimed once.
      const bucketKey = `escalation:update:${this.repoKey()}:${fp}:${Math.floor(now / interval)}`;
      due = await this.claim(bucketKey, "escalation_update", fp);
      if (due) await completeAction(this.deps.db, bucketKey, { issue: issue.number }, new Date(now));
    }
    if (!due) {
      this.scheduleFlush(fp, last === undefined ? interval : last + interval - now);
      return { fingerprint: fp, outcome: "deferred", issueNumber: issue.number, issueUrl: issue.url };
    }
    await this.writeUpdate(fp, p, issue, false);
    return { fingerprint: fp, outcome: "updated", issueNumber: issue.number, issueUrl: issue.url };
  }

  private scheduleFlush(fp: string, inMs: number): void {
    const p = this.pending.get(fp);
    if (!p || p.timer || this.closed) return;
    p.timer = this.deps.clock.schedule(Math.max(1, inMs), () => {
      p.timer = undefined;
      const run = this.serial(fp, () => this.apply(fp, false)).catch((error: unknown) => {
        this.deps.onError?.(
          error instanceof EscalationError
            ? error
            : new EscalationError(`Deferred issue update failed: ${errorText(error)}`, { cause: error }),
        );
      });
      this.inFlight.add(run);
      void run.finally(() => this.inFlight.delete(run));
    });
  }

  private async writeUpdate(fp: string, p: Pending, issue: IssueRef, reopen: boolean): Promise<void> {
    const prev = stateInBody(issue.body);
    const state: OccurrenceState = {
      count: await this.totalCount(fp, (prev?.count ?? 0) + p.count, prev?.count ?? 0),
      firstSeen: prev?.firstSeen ?? p.firstSeen,
      lastSeen: maxIso(prev?.lastSeen ?? "", p.lastSeen),
    };
    const labels = await this.labelsFor(p.input);
    this.pending.delete(fp);
    p.timer?.();
    this.lastUpdate.set(fp, this.deps.clock.now());
    try {
      await this.gh("update the issue", () =>
        this.deps.octokit.issues.update({
          owner: this.config.owner,
          repo: this.config.repo,
          issue_number: issue.number,
          body: redactForGitHub(renderIssueBody(p.input, fp, state)),
          labels,
          ...(reopen ? { state: "open" as const } : {}),
        }),
      );
    } catch (error) {
      this.requeue(fp, p);
      throw error;
    }
  }

  private requeue(fp: string, p: Pending): void {
    const cur = this.pending.get(fp);
    if (cur) {
      cur.count += p.count;
      cur.firstSeen = p.firstSeen < cur.firstSeen ? p.firstSeen : cur.firstSeen;
    } else this.pending.set(fp, { ...p, timer: undefined });
  }

  private async create(fp: string, p: Pending): Promise<EscalationResult> {
    const db = this.deps.db;
    const key = `escalation:issue:${this.repoKey()}:${fp}`;
    const now = new Date(this.deps.clock.now());
    if (db) {
      const claim = await claimAction(db, { key, kind: "escalation_issue", target: fp, retryFailed: true, at: now });
      if (!claim.claimed) {
        const number = issueNumberOf(claim.existing.result);
        if (number !== undefined) {
          this.known.set(fp, number);
          return this.apply(fp, false);
        }
        // A claim left pending long ago belongs to a run that died before recording its issue; the
        // search by marker (apply's locate, just before) found none on GitHub, so open it here.
        const staleBefore = new Date(now.getTime() - this.config.staleClaimMs);
        const stale =
          claim.existing.status === "pending" &&
          claim.existing.updatedAt < staleBefore &&
          (await takeOverStaleAction(db, key, staleBefore, now)) !== undefined;
        if (!stale) {
          // Another replica is opening it: our count goes into its first update.
          this.scheduleFlush(fp, this.config.updateIntervalMs);
          return { fingerprint: fp, outcome: "in_progress" };
        }
      }
    }
    const state: OccurrenceState = {
      count: await this.totalCount(fp, p.count, 0),
      firstSeen: p.firstSeen,
      lastSeen: p.lastSeen,
    };
    this.pending.delete(fp);
    try {
      const labels = await this.labelsFor(p.input);
      const created = await this.gh("open an issue", () =>
        this.deps.octokit.issues.create({
          owner: this.config.owner,
          repo: this.config.repo,
          title: redactForGitHub(renderIssueTitle(p.input)),
          body: redactForGitHub(renderIssueBody(p.input, fp, state)),
          labels,
        }),
      );
      this.known.set(fp, created.data.number);
      this.lastUpdate.set(fp, this.deps.clock.now());
      if (db) await completeAction(db, key, { issue: created.data.number }, new Date(this.deps.clock.now()));
      return { fingerprint: fp, outcome: "created", issueNumber: created.data.number, issueUrl: created.data.html_url };
    } catch (error) {
      this.requeue(fp, p);
      if (db) await failAction(db, key, errorText(error), new Date(this.deps.clock.now()));
      throw error;
    }
  }

  private async reopen(fp: string, p: Pending, issue: IssueRef): Promise<EscalationResult> {
    const key = `escalation:reopen:${this.repoKey()}:${fp}:${issue.closedAt ?? "unknown"}`;
    if (this.deps.db && !(await this.claim(key, "escalation_reopen", fp))) {
      // Another replica is reopening it right now: fold this occurrence into the next update.
      this.scheduleFlush(fp, this.config.updateIntervalMs);
      return { fingerprint: fp, outcome: "deferred", issueNumber: issue.number, issueUrl: issue.url };
    }
    const input = p.input;
    await this.writeUpdate(fp, p, issue, true);
    await this.gh("comment on the reopened issue", () =>
      this.deps.octokit.issues.createComment({
        owner: this.config.owner,
        repo: this.config.repo,
        issue_number: issue.number,
        body: redactForGitHub(
          `🔁 The cause is back (${input.at}): ${input.headline}${input.deploymentId ? ` — deployment \`${input.deploymentId}\`` : ""}${input.commitHash ? `, commit \`${input.commitHash}\`` : ""}. Reopened by railpilot${issue.closedAt ? ` (closed ${issue.closedAt})` : ""}.`,
        ),
      }),
    );
    if (this.deps.db) await completeAction(this.deps.db, key, { issue: issue.number }, new Date(this.deps.clock.now()));
    return { fingerprint: fp, outcome: "reopened", issueNumber: issue.number, issueUrl: issue.url };
  }

  /** Whether this process or the ledger knows the fingerprint's issue number. */
  private async issueRecorded(fp: string): Promise<boolean> {
    if (this.known.has(fp)) return true;
    const db = this.deps.db;
    if (!db) return false;
    return issueNumberOf((await getAction(db, `escalation:issue:${this.repoKey()}:${fp}`))?.result) !== undefined;
  }

  /** Finds the issue of a fingerprint: remembered number, the ledger, search by marker, then labels. */
  private async locate(fp: string): Promise<IssueRef | undefined> {
    const { owner, repo } = this.config;
    let number = this.known.get(fp);
    if (number === undefined && this.deps.db)
      number = issueNumberOf((await getAction(this.deps.db, `escalation:issue:${this.repoKey()}:${fp}`))?.result);
    if (number !== undefined) {
      const got = await this.gh("read the issue", () =>
        this.deps.octokit.issues.get({ owner, repo, issue_number: number as number }),
      );
      return toRef(got.data);
    }
    const found = await this.gh("search issues by marker", () =>
      this.deps.octokit.search.issuesAndPullRequests({
        q: `"${markerSearchTerm(fp)}" repo:${owner}/${repo} is:issue`,
        per_page: 10,
      }),
    );
    let hit: IssueLike | undefined = found.data.items.find((i) => fingerprintInBody(i.body) === fp);
    if (!hit) {
      // Search is eventually consistent on GitHub: fall back to listing by our first label.
      const listed = await this.gh("list issues by label", () =>
        this.deps.octokit.paginate(this.deps.octokit.issues.listForRepo, {
          owner,
          repo,
          state: "all",
          labels: this.config.labels[0],
          per_page: 100,
        }),
      );
      hit = listed.find((i) => !i.pull_request && fingerprintInBody(i.body) === fp);
    }
    if (!hit) return undefined;
    this.known.set(fp, hit.number);
    return toRef(hit);
  }

  private async labelsFor(input: EscalationInput): Promise<string[]> {
    const names = [...this.config.labels, ...(input.severity === "critical" ? [this.config.urgentLabel] : [])];
    for (const name of names) {
      if (this.labelsReady.has(name)) continue;
      await this.ensureLabel(name);
      this.labelsReady.add(name);
    }
    return names;
  }

  private async ensureLabel(name: string): Promise<void> {
    const { owner, repo } = this.config;
    try {
      await this.deps.octokit.issues.getLabel({ owner, repo, name });
      return;
    } catch (error) {
      if (statusOf(error) !== 404) throw wrap("read a label", error);
    }
    try {
      await this.deps.octokit.issues.createLabel({
        owner,
        repo,
        name,
        color: name === this.config.urgentLabel ? "b60205" : "d93f0b",
        description: "Opened by railpilot",
      });
    } catch (error) {
      if (statusOf(error) !== 422) throw wrap("create a label", error);
    }
  }

  private async claim(key: string, kind: string, target: string): Promise<boolean> {
    const db = this.deps.db;
    if (!db) return true;
    try {
      const r = await claimAction(db, { key, kind, target, at: new Date(this.deps.clock.now()) });
      return r.claimed;
    } catch (error) {
      throw new EscalationError(`Could not record the escalation in the store: ${errorText(error)}`, {
        cause: error,
        hint: "Check that the store (DATABASE_URL) is reachable; escalations are retried on the next occurrence.",
      });
    }
  }

  private async gh<T>(doing: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw wrap(doing, error);
    }
  }
}

function wrap(doing: string, error: unknown): EscalationError {
  const status = statusOf(error);
  const hint =
    status === 401
      ? "The GitHub token is invalid or expired."
      : status === 403 || status === 404
        ? "Give the token issues: write on the repository (and metadata: read)."
        : "Check the GitHub API URL and the network; escalations are retried on the next occurrence.";
  return new EscalationError(
    `GitHub: could not ${doing}${status ? ` (HTTP ${status})` : ""}: ${redactForGitHub(errorText(error))}`,
    { cause: error, hint },
  );
}

function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error && "status" in error && typeof error.status === "number"
    ? error.status
    : undefined;
}

function errorText(error: unknown): string {
  return redactForGitHub(error instanceof Error ? error.message : String(error));
}

function issueNumberOf(result: unknown): number | undefined {
  return typeof result === "object" && result && "issue" in result && typeof result.issue === "number"
    ? result.issue
    : undefined;
}

interface IssueLike {
  number: number;
  state: string;
  body?: string | null;
  closed_at: string | null;
  html_url: string;
}

function toRef(i: IssueLike): IssueRef {
  return {
    number: i.number,
    state: i.state === "closed" ? "closed" : "open",
    body: i.body ?? "",
    closedAt: i.closed_at,
    url: i.html_url,
  };
}

function maxIso(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
