/**
 * The checks a proposed fix must pass before anything is written to GitHub (pure): every file is
 * one the evidence named and fetched; no protected path (CI config, workflows, lockfiles, .env*,
 * secret-looking names, paths leaving the repository); each diff applies exactly to the fetched
 * file; caps on the number of files and of changed lines.
 */
import { z } from "zod";
import { applyUnifiedDiff, changedLineCount, DiffError, parseUnifiedDiff } from "./unified-diff.js";

export const fixProposalSchema = z.object({
  title: z.string().min(1).max(200),
  explanation: z.string().max(8_000),
  confidence: z.number().min(0).max(1),
  files: z.array(z.object({ path: z.string().min(1).max(400), diff: z.string().min(1).max(200_000) })).max(50),
});
export type FixProposal = z.infer<typeof fixProposalSchema>;

/** JSON schema of the answer, for the model's tool. */
export const fixProposalJsonSchema: Record<string, unknown> = {
  properties: {
    title: { type: "string", description: "Short PR title" },
    explanation: { type: "string", description: "What was wrong and why the change fixes it" },
    confidence: { type: "number", minimum: 0, maximum: 1 },
    files: {
      type: "array",
      items: {
        type: "object",
        properties: {
          path: { type: "string", description: "Repository path, one of the files given" },
          diff: { type: "string", description: "Unified diff of this one file (--- a/path, +++ b/path, @@ hunks)" },
        },
        required: ["path", "diff"],
      },
    },
  },
  required: ["title", "explanation", "confidence", "files"],
};

export interface FixLimits {
  maxFiles: number;
  maxChangedLines: number;
  minConfidence: number;
}

export const DEFAULT_FIX_LIMITS: FixLimits = { maxFiles: 3, maxChangedLines: 60, minConfidence: 0.5 };

export type FixValidation =
  | { ok: true; files: { path: string; content: string }[]; changedLines: number }
  | { ok: false; reason: string };

const PROTECTED: { test: RegExp; why: string }[] = [
  { test: /(^|\/)\.github(\/|$)/i, why: "GitHub configuration (.github/)" },
  {
    test: /(^|\/)(\.gitlab-ci\.ya?ml|\.circleci\/|azure-pipelines\.ya?ml|Jenkinsfile|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.buildkite\/)/i,
    why: "CI configuration",
  },
  {
    test: /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Gemfile\.lock|poetry\.lock|Pipfile\.lock|Cargo\.lock|go\.sum|composer\.lock|uv\.lock)$/i,
    why: "a lockfile",
  },
  { test: /(^|\/)\.env($|[./_-])/i, why: "an environment file (.env*)" },
  {
    test: /(^|\/)(\.npmrc|\.pypirc|\.netrc|\.git\/|\.gitmodules|\.gitattributes|CODEOWNERS|id_rsa|id_ed25519)/i,
    why: "a credentials or repository-control file",
  },
  { test: /\.(pem|key|p12|pfx|jks|keystore|crt)$/i, why: "a key or certificate file" },
  { test: /(secret|credential|password|passwd|private[-_]?key|token)/i, why: "a secret-looking path" },
  {
    test: /(^|\/)(railway\.(json|toml)|nixpacks\.toml|Dockerfile|docker-compose\.ya?ml|Procfile)$/i,
    why: "deployment configuration",
  },
];

/** Why a path may not be changed, or undefined when it may. */
export function protectedPathReason(path: string): string | undefined {
  if (path.startsWith("/") || /^[a-z]:[\\/]/i.test(path) || path.includes("\\")) return "an absolute path";
  if (path.split("/").some((p) => p === ".." || p === "." || p === "")) return "a path outside the repository";
  if (/[\u0000-\u001f\u007f]/.test(path)) return "a path with control characters";
  return PROTECTED.find((p) => p.test.test(path))?.why;
}

/** Validates a proposal against the fetched evidence files (path → content at the deployed commit). */
export function validateFix(
  proposal: FixProposal,
  evidence: ReadonlyMap<string, string>,
  limits: FixLimits = DEFAULT_FIX_LIMITS,
): FixValidation {
  if (proposal.files.length === 0) return { ok: false, reason: "the answer proposes no change" };
  if (proposal.files.length > limits.maxFiles)
    return { ok: false, reason: `the answer changes ${proposal.files.length} files (at most ${limits.maxFiles})` };
  if (proposal.confidence < limits.minConfidence)
    return { ok: false, reason: `confidence ${proposal.confidence} is below ${limits.minConfidence}` };
  const seen = new Set<string>();
  const files: { path: string; content: string }[] = [];
  let changed = 0;
  for (const f of proposal.files) {
    const why = protectedPathReason(f.path);
    if (why) return { ok: false, reason: `refused to change ${JSON.stringify(f.path)}: ${why}` };
    if (seen.has(f.path)) return { ok: false, reason: `${f.path} appears twice` };
    seen.add(f.path);
    const original = evidence.get(f.path);
    if (original === undefined)
      return { ok: false, reason: `${JSON.stringify(f.path)} is not a file named by the stack trace` };
    let parsed: ReturnType<typeof parseUnifiedDiff>;
    try {
      parsed = parseUnifiedDiff(f.diff);
    } catch (e) {
      return { ok: false, reason: `the diff of ${f.path} is malformed: ${(e as Error).message}` };
    }
    for (const p of [parsed.oldPath, parsed.newPath]) {
      if (p !== f.path) return { ok: false, reason: `the diff of ${f.path} names another file (${JSON.stringify(p)})` };
    }
    changed += changedLineCount(parsed);
    if (changed > limits.maxChangedLines)
      return { ok: false, reason: `the answer changes more than ${limits.maxChangedLines} lines` };
    try {
      const content = applyUnifiedDiff(original, parsed);
      if (content === original) return { ok: false, reason: `the diff of ${f.path} changes nothing` };
      files.push({ path: f.path, content });
    } catch (e) {
      if (e instanceof DiffError) return { ok: false, reason: `the diff of ${f.path} does not apply: ${e.message}` };
      throw e;
    }
  }
  return { ok: true, files, changedLines: changed };
}
