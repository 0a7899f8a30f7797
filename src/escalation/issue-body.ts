/**
 * The issue's title and body, pure. The body carries two hidden comments: the fingerprint marker
 * (to find the issue again) and the occurrence state (count, first/last seen), so any replica or a
 * one-shot CI run can update it without a shared store.
 */
import type { EscalationInput } from "./escalation-input.js";
import { issueMarker } from "./fingerprint.js";
import { redactOutgoing } from "./redact-outgoing.js";

export interface OccurrenceState {
  count: number;
  firstSeen: string;
  lastSeen: string;
}

const STATE_RE = /<!-- railpilot:state (\{[^\n]*?\}) -->/;

export function stateInBody(body: string | null | undefined): OccurrenceState | undefined {
  const m = body ? STATE_RE.exec(body) : null;
  if (!m?.[1]) return undefined;
  try {
    const v = JSON.parse(m[1]) as Partial<OccurrenceState>;
    if (typeof v.count === "number" && typeof v.firstSeen === "string" && typeof v.lastSeen === "string")
      return { count: v.count, firstSeen: v.firstSeen, lastSeen: v.lastSeen };
  } catch {
    // a hand-edited body: start counting again
  }
  return undefined;
}

export function renderIssueTitle(input: EscalationInput): string {
  const s = input.service;
  const pattern = input.diagnosis.patternId ? ` (${input.diagnosis.patternId})` : "";
  return sanitize(`[railpilot] ${s.serviceName} (${s.environmentName}): ${input.diagnosis.category}${pattern}`).slice(
    0,
    250,
  );
}

const OUTCOME_TEXT: Record<EscalationInput["action"]["outcome"], string> = {
  succeeded: "it worked",
  failed: "it FAILED",
  not_attempted: "nothing was attempted automatically",
  suppressed: "it was held back by a guard",
  dry_run: "dry-run: it was not carried out",
  pending_approval: "it waits for approval",
};

/** Text from logs must not break out of a fenced block, ping people or look like a marker. */
function sanitize(text: string): string {
  return redactOutgoing(text)
    .replace(/```/g, "ʼʼʼ")
    .replace(/<!--|-->/g, "")
    .replace(/railpilot:(fingerprint|state)/gi, "railpilot-$1")
    .replace(/@(?=[A-Za-z0-9-])/g, "@\u200b");
}

export function renderIssueBody(input: EscalationInput, fingerprint: string, state: OccurrenceState): string {
  const s = input.service;
  const lines: string[] = [];
  lines.push(issueMarker(fingerprint));
  lines.push(`<!-- railpilot:state ${JSON.stringify(state)} -->`);
  lines.push("");
  lines.push(`## ${sanitize(input.headline)}`);
  lines.push("");
  lines.push(`| | |`, `|---|---|`);
  lines.push(`| Service | \`${sanitize(s.serviceName)}\` (${sanitize(s.serviceId)}) |`);
  lines.push(`| Environment | \`${sanitize(s.environmentName)}\` |`);
  lines.push(`| Severity | ${input.severity} |`);
  lines.push(`| Occurrences | ${state.count} |`);
  lines.push(`| First seen | ${state.firstSeen} |`);
  lines.push(`| Last seen | ${state.lastSeen} |`);
  if (input.deploymentId) lines.push(`| Deployment | \`${sanitize(input.deploymentId)}\` |`);
  if (input.commitHash) lines.push(`| Commit | \`${sanitize(input.commitHash)}\` |`);
  lines.push("");
  lines.push("### Diagnosis");
  lines.push("");
  lines.push(
    `Category: **${sanitize(input.diagnosis.category)}**${input.diagnosis.patternId ? ` · pattern \`${sanitize(input.diagnosis.patternId)}\`` : ""}`,
  );
  if (input.diagnosis.summary) lines.push("", sanitize(input.diagnosis.summary));
  if (input.reasons.length > 0) {
    lines.push("");
    for (const r of input.reasons.slice(0, 10)) lines.push(`- ${sanitize(r)}`);
  }
  const keyLines = (input.diagnosis.keyLines ?? []).slice(-20);
  if (keyLines.length > 0) {
    lines.push("", "Key lines (untrusted log output, redacted):", "", "```text");
    for (const l of keyLines) lines.push(sanitize(l).slice(0, 500));
    lines.push("```");
  }
  lines.push("");
  lines.push("### What railpilot did");
  lines.push("");
  lines.push(
    `${input.action.kind === "none" || input.action.kind === "escalate" ? "Escalated to people" : `\`${input.action.kind}\``}: ${OUTCOME_TEXT[input.action.outcome]}${input.action.detail ? ` (${sanitize(input.action.detail)})` : ""}.`,
  );
  const links = Object.entries(input.links ?? {}).filter(
    (e): e is [string, string] => typeof e[1] === "string" && /^https?:\/\//.test(e[1]),
  );
  if (links.length > 0) {
    lines.push("", "### Links", "");
    for (const [name, url] of links) lines.push(`- ${sanitize(name)}: ${sanitize(url)}`);
  }
  lines.push("", "---", "_Opened by railpilot. This issue is updated when the cause recurs; it is not duplicated._");
  return lines.join("\n");
}
