/**
 * The fix-PR pipeline: for a recurring code error, gather the files its stack trace names (at the
 * deployed commit), ask the model for a structured fix with the logs fenced as untrusted data,
 * validate the answer strictly, and open ONE draft PR per fingerprint (branch
 * `railpilot/fix-<fingerprint>`, label `auto`, body linking the issue). Every outcome — opened,
 * reused, refused with its reason, skipped, dry run — is recorded in the ledger.
 */
import type { Octokit } from "@octokit/rest";
import { type Clock, redact } from "../core/index.js";
import type { EscalationInput } from "../escalation/escalation-input.js";
import { redactOutgoing } from "../escalation/redact-outgoing.js";
import { fenceUntrusted, type LlmClient, LlmError, UNTRUSTED_DATA_RULE } from "../llm/index.js";
import type { FixLedger, FixRecord, FixStatus } from "./fix-ledger.js";
import type { FixSettings } from "./fix-settings.js";
import {
  DEFAULT_FIX_LIMITS,
  type FixLimits,
  type FixProposal,
  fixProposalJsonSchema,
  fixProposalSchema,
  protectedPathReason,
  validateFix,
} from "./fix-validation.js";
import { stackTracePaths } from "./stack-paths.js";

/** Categories of errors in the application's own code (the ones a code change can fix). */
export const CODE_ERROR_CATEGORIES = new Set([
  "RUNTIME_EXCEPTION",
  "BUILD_COMPILE",
  "MISSING_MODULE_RUNTIME",
  "TYPE_ERROR",
  "SYNTAX_ERROR",
  "UNHANDLED_REJECTION",
  "NULL_REFERENCE",
]);

export interface FixPipelineDeps {
  settings: FixSettings;
  ledger: FixLedger;
  clock: Clock;
  /** Absent: no ANTHROPIC_API_KEY (nothing is asked; recorded as skipped). */
  llm?: LlmClient;
  /** Absent: no GitHub repository configured. */
  github?: { octokit: Octokit; owner: string; repo: string };
  limits?: FixLimits;
}

export interface FixOutcome {
  status: FixStatus | "not_eligible" | "below_threshold";
  reason?: string;
  prNumber?: number;
  prUrl?: string;
}

const MAX_FILE_BYTES = 100_000;

export class FixPipeline {
  constructor(private readonly deps: FixPipelineDeps) {}

  /** Lists what was recorded (GET /error-monitor/fixes/generated). */
  list(limit?: number): Promise<FixRecord[]> {
    return this.deps.ledger.list(limit);
  }

  /** The records in the shape of GET /error-monitor/fixes/generated. */
  async generated(limit = 100): Promise<
    {
      id: string;
      serviceId: string;
      title: string;
      url?: string;
      at: string;
      status: string;
      reason?: string;
      diff?: string;
      fingerprint: string;
    }[]
  > {
    return (await this.deps.ledger.list(limit)).map((r) => ({
      id: r.id,
      serviceId: r.serviceId,
      title: r.title,
      ...(r.prUrl ? { url: r.prUrl } : {}),
      at: new Date(r.at).toISOString(),
      status: r.status,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.diff ? { diff: r.diff } : {}),
      fingerprint: r.fingerprint,
    }));
  }

  /** Called for each escalated occurrence (after its issue was written). Never throws. */
  async onEscalation(input: EscalationInput, fingerprint: string, issueUrl?: string): Promise<FixOutcome> {
    try {
      return await this.run(input, fingerprint, issueUrl);
    } catch (error) {
      const reason = redactOutgoing(redact(error instanceof Error ? error.message : String(error))).slice(0, 500);
      await this.save(input, fingerprint, "failed", reason).catch(() => {});
      return { status: "failed", reason };
    }
  }

  private async run(input: EscalationInput, fp: string, issueUrl: string | undefined): Promise<FixOutcome> {
    const { settings, ledger, clock } = this.deps;
    if (!CODE_ERROR_CATEGORIES.has(input.diagnosis.category)) return { status: "not_eligible" };
    const seen = await ledger.noteOccurrence(fp, input.occurrenceKey, clock.now());
    if (seen < settings.minOccurrences) return { status: "below_threshold", reason: `seen ${seen} times` };
    if (seen >= settings.minOccurrences) {
      // At or past the threshold: act only when nothing was recorded for this fingerprint yet (the
      // daemon reports one occurrence again as its decision moves on: executed, then verified).
      const existing = (await ledger.list(1000)).find((r) => r.fingerprint === fp && r.status !== "failed");
      // This run opened nothing: a PR another run (or replica) opened is reported as reused.
      if (existing)
        return {
          status: existing.status === "opened" ? "reused" : existing.status,
          reason: "already handled",
          ...prOf(existing),
        };
    }
    const github = this.deps.github;
    if (!github) return this.skip(input, fp, "no GitHub repository configured");
    if (!input.commitHash) return this.skip(input, fp, "the deployed commit is unknown");
    const lines = [...(input.diagnosis.keyLines ?? []), input.diagnosis.summary ?? ""];
    const paths = stackTracePaths(lines).filter((p) => !protectedPathReason(p));
    if (paths.length === 0) return this.skip(input, fp, "the stack trace names no file of the repository");
    const evidence = new Map<string, string>();
    for (const path of paths.slice(0, 5)) {
      const content = await this.fetchFile(path, input.commitHash);
      if (content !== undefined) evidence.set(path, content);
    }
    if (evidence.size === 0) return this.skip(input, fp, "none of the stack-trace files exist at the deployed commit");
    const llm = this.deps.llm;
    if (!llm) return this.skip(input, fp, "ANTHROPIC_API_KEY is not set");
    if (!(await ledger.takeSlot("llm", 3_600_000, settings.llmCallsPerHour, clock.now())))
      return this.skip(input, fp, `LLM call cap reached (${settings.llmCallsPerHour} per hour)`);

    let proposal: FixProposal;
    try {
      proposal = (await llm.structured({ ...this.request(input, lines, evidence), schema: fixProposalSchema })).value;
    } catch (error) {
      if (error instanceof LlmError)
        return this.refuse(input, fp, `model answer unusable: ${error.code}: ${error.message}`);
      throw error;
    }
    const verdict = validateFix(proposal, evidence, this.deps.limits ?? DEFAULT_FIX_LIMITS);
    if (!verdict.ok) return this.refuse(input, fp, verdict.reason);
    const diff = redactOutgoing(proposal.files.map((f) => f.diff).join("\n"));
    if (diff !== proposal.files.map((f) => f.diff).join("\n"))
      return this.refuse(input, fp, "the diff contains a secret-looking value");
    if (!settings.enabled || settings.dryRun)
      return this.save(
        input,
        fp,
        "dry_run",
        settings.dryRun ? "RAILPILOT_DRY_RUN is set" : "AUTO_FIX_ENABLED is false",
        {
          title: proposal.title,
          diff,
        },
      );
    return this.openPr(input, fp, issueUrl, proposal, verdict.files, diff);
  }

  private request(input: EscalationInput, lines: string[], evidence: Map<string, string>) {
    const logs = fenceUntrusted(redactOutgoing(lines.filter(Boolean).join("\n")), "logs");
    const files = [...evidence].map(
      ([path, content]) => `File ${path}:\n${fenceUntrusted(redactOutgoing(content), `file ${path}`).text}`,
    );
    return {
      system: [
        "You fix bugs in a service's source code. Answer only by calling propose_fix.",
        "Change only the files shown; keep the change minimal; never touch CI, workflows, lockfiles or environment files.",
        "If you cannot fix it safely, call propose_fix with files: [] and say why.",
        UNTRUSTED_DATA_RULE,
      ].join("\n"),
      prompt: [
        `Service ${input.service.serviceName} fails repeatedly (${input.diagnosis.category}).`,
        "Logs:",
        logs.text,
        ...files,
      ].join("\n\n"),
      toolName: "propose_fix",
      toolDescription: "Proposes a fix as unified diffs of the given files",
      inputSchema: fixProposalJsonSchema,
    };
  }

  private async fetchFile(path: string, ref: string): Promise<string | undefined> {
    const gh = this.deps.github as NonNullable<FixPipelineDeps["github"]>;
    try {
      const r = await gh.octokit.repos.getContent({ owner: gh.owner, repo: gh.repo, path, ref });
      const data = r.data as { type?: string; content?: string; encoding?: string; size?: number };
      if (data.type !== "file" || typeof data.content !== "string" || (data.size ?? 0) > MAX_FILE_BYTES)
        return undefined;
      return Buffer.from(data.content, (data.encoding as BufferEncoding) ?? "base64").toString("utf8");
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }

  private async openPr(
    input: EscalationInput,
    fp: string,
    issueUrl: string | undefined,
    proposal: FixProposal,
    files: { path: string; content: string }[],
    diff: string,
  ): Promise<FixOutcome> {
    const { octokit, owner, repo } = this.deps.github as NonNullable<FixPipelineDeps["github"]>;
    const branch = `railpilot/fix-${fp}`;
    const existing = await this.findPr(branch);
    if (existing)
      return this.save(input, fp, "reused", "a PR for this fingerprint exists", {
        ...existing,
        diff,
        title: proposal.title,
      });
    if (!(await this.deps.ledger.takeSlot("pr", 86_400_000, this.deps.settings.prsPerDay, this.deps.clock.now())))
      return this.skip(input, fp, `PR cap reached (${this.deps.settings.prsPerDay} per day)`);
    const base = input.commitHash as string;
    const parent = await octokit.git.getCommit({ owner, repo, commit_sha: base });
    const tree = await octokit.git.createTree({
      owner,
      repo,
      base_tree: parent.data.tree.sha,
      tree: files.map((f) => ({ path: f.path, mode: "100644" as const, type: "blob" as const, content: f.content })),
    });
    const commit = await octokit.git.createCommit({
      owner,
      repo,
      message: redactOutgoing(`fix: ${proposal.title}\n\nProposed by railpilot (${fp}).`),
      tree: tree.data.sha,
      parents: [base],
    });
    try {
      await octokit.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
    } catch (error) {
      if ((error as { status?: number }).status !== 422) throw error;
      // Another run created the branch first: its PR (if any) is the one.
      const again = await this.findPr(branch);
      if (again)
        return this.save(input, fp, "reused", "a PR for this fingerprint exists", {
          ...again,
          diff,
          title: proposal.title,
        });
    }
    let pr: { number: number; html_url: string };
    try {
      pr = (
        await octokit.pulls.create({
          owner,
          repo,
          head: branch,
          base: this.deps.settings.baseBranch,
          draft: true,
          title: redactOutgoing(`railpilot: ${proposal.title}`).slice(0, 240),
          body: redactOutgoing(
            [
              `Draft fix proposed by railpilot for a recurring ${input.diagnosis.category} in ${input.service.serviceName}.`,
              issueUrl ? `Issue: ${issueUrl}` : undefined,
              "",
              proposal.explanation.slice(0, 4_000),
              "",
              `Confidence: ${proposal.confidence}. Files: ${files.map((f) => f.path).join(", ")}.`,
              "Review carefully: this change was written by a model from production logs.",
              `<!-- railpilot-fix:${fp} -->`,
            ]
              .filter((l) => l !== undefined)
              .join("\n"),
          ),
        })
      ).data;
    } catch (error) {
      if ((error as { status?: number }).status !== 422) throw error;
      const again = await this.findPr(branch);
      if (!again) throw error;
      return this.save(input, fp, "reused", "a PR for this fingerprint exists", {
        ...again,
        diff,
        title: proposal.title,
      });
    }
    await octokit.issues.addLabels({ owner, repo, issue_number: pr.number, labels: ["auto"] });
    return this.save(input, fp, "opened", null, {
      title: proposal.title,
      diff,
      prNumber: pr.number,
      prUrl: pr.html_url,
    });
  }

  private async findPr(branch: string): Promise<{ prNumber: number; prUrl: string } | undefined> {
    const { octokit, owner, repo } = this.deps.github as NonNullable<FixPipelineDeps["github"]>;
    const list = await octokit.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: "all", per_page: 10 });
    const pr = list.data[0];
    return pr ? { prNumber: pr.number, prUrl: pr.html_url } : undefined;
  }

  private skip(input: EscalationInput, fp: string, reason: string): Promise<FixOutcome> {
    return this.save(input, fp, "skipped", reason);
  }

  private refuse(input: EscalationInput, fp: string, reason: string): Promise<FixOutcome> {
    return this.save(input, fp, "refused", redactOutgoing(redact(reason)).slice(0, 500));
  }

  private async save(
    input: EscalationInput,
    fp: string,
    status: FixStatus,
    reason: string | null,
    extra: { title?: string; diff?: string; prNumber?: number; prUrl?: string } = {},
  ): Promise<FixOutcome> {
    const at = this.deps.clock.now();
    await this.deps.ledger.record({
      id: `${fp}:${status === "opened" || status === "reused" ? "pr" : `${status}:${at}`}`,
      fingerprint: fp,
      serviceId: input.service.serviceId,
      status,
      reason,
      title: redactOutgoing(extra.title ?? input.headline).slice(0, 240),
      diff: extra.diff ?? null,
      prNumber: extra.prNumber ?? null,
      prUrl: extra.prUrl ?? null,
      at,
    });
    return {
      status,
      ...(reason ? { reason } : {}),
      ...(extra.prNumber !== undefined ? { prNumber: extra.prNumber } : {}),
      ...(extra.prUrl ? { prUrl: extra.prUrl } : {}),
    };
  }
}

function prOf(r: FixRecord): { prNumber?: number; prUrl?: string } {
  return { ...(r.prNumber !== null ? { prNumber: r.prNumber } : {}), ...(r.prUrl ? { prUrl: r.prUrl } : {}) };
}
