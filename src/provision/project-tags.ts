/**
 * railpilot's marks on a Railway project live in its description (Railway has no project
 * labels in the public API): one trailing line `[railpilot instance:acme deletion-scheduled:<ISO>]`.
 * The user's own description text is everything before it, and plans compare only that.
 */
export interface ProjectTags {
  instance?: string;
  stack?: string;
  /** When the project is to be deleted (ISO 8601). */
  deletionScheduled?: string;
  /** Who deletes it: Railway's own 48 h schedule, or `railpilot instances sweep` after a longer grace. */
  deletionMode?: "railway" | "grace";
  /** An apply running on this stack: `<runId>@<expiry ISO 8601>` (see run-lock.ts). */
  applyLock?: string;
}

const TAG_LINE = /\n?\[railpilot((?: [a-z-]+:[^\s\]]+)*)\]\s*$/;

const KEYS: Record<string, keyof ProjectTags> = {
  instance: "instance",
  stack: "stack",
  "deletion-scheduled": "deletionScheduled",
  "deletion-mode": "deletionMode",
  "apply-lock": "applyLock",
};

export function parseProjectDescription(description: string | null | undefined): { text: string; tags: ProjectTags } {
  const full = description ?? "";
  const m = TAG_LINE.exec(full);
  if (!m) return { text: full, tags: {} };
  const tags: ProjectTags = {};
  for (const token of (m[1] ?? "").trim().split(/\s+/).filter(Boolean)) {
    const colon = token.indexOf(":");
    const key = KEYS[token.slice(0, colon)];
    const value = token.slice(colon + 1);
    if (key === "deletionMode") {
      if (value === "railway" || value === "grace") tags.deletionMode = value;
    } else if (key) tags[key] = value;
  }
  return { text: full.slice(0, m.index), tags };
}

export function formatProjectDescription(text: string, tags: ProjectTags): string {
  const parts: string[] = [];
  for (const [token, key] of Object.entries(KEYS)) {
    const value = tags[key];
    if (value) parts.push(`${token}:${value.replace(/[\s\]]/g, "-")}`);
  }
  if (parts.length === 0) return text;
  return `${text}${text ? "\n" : ""}[railpilot ${parts.join(" ")}]`;
}
