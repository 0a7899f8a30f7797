/**
 * The decisive lines of a failed build or a crash: the error itself, not the last 20 lines (which
 * are usually Railway's own "Build failed" trailer and a stack of noise). A local heuristic until
 * `diagnose()` from src/patterns is wired in by the caller through `LogDiagnoser`.
 */
export interface LogDiagnosis {
  category?: string;
  keyLine: string;
  /** 1-based line number of keyLine in the input, when known: the excerpt then shows what follows it. */
  keyLineNumber?: number;
  /** One sentence about the cause. */
  summary?: string;
}

/** Signature of src/patterns' `diagnose(lines, {phase})`; the edge passes it in when present. */
export type LogDiagnoser = (
  lines: readonly string[],
  options: { phase: "build" | "deploy" },
) => LogDiagnosis | undefined;

const STRONG: RegExp[] = [
  /\berror\s+TS\d+:/i,
  /^\s*(?:npm|yarn|pnpm)\s+ERR!/i,
  /\b(?:SyntaxError|TypeError|ReferenceError|RangeError|ModuleNotFoundError|ImportError|NameError|KeyError)\b/,
  /\bCannot find module\b|\bModule not found\b/i,
  /\bpanic(?:ked)?\b|\bfatal error\b|\bFATAL\b/,
  /\bUnhandled(?:PromiseRejection| exception)/i,
  /\bTraceback \(most recent call last\)/,
  /\bEADDRINUSE\b|\bECONNREFUSED\b|\bENOENT\b|\bOOMKilled\b|out of memory/i,
  /^\s*error(?:\[\w+\])?:/i,
  /\bERROR\b/,
];
const WEAK: RegExp[] = [/\berror\b/i, /\bfailed\b/i, /\bexception\b/i, /exit(?:ed)? (?:with )?(?:code|status) [1-9]/i];
// Lines that say "it failed" without saying why.
const TRAILER =
  /^(?:build failed|deploy(?:ment)? failed|error: (?:docker )?build failed|failed to build an image)\b|process exited with code|^\s*at\s/i;

/**
 * Lines that never explain a failure: blank ones, and routine startup chatter at INFO, DEBUG,
 * TRACE or NOTICE level ("INFO: Started server process", "[info] listening on :8080").
 */
const NOISE = /^\s*$|^\s*(?:\S+\s+){0,2}?[[(]?(?:INFO|DEBUG|TRACE|NOTICE|info|debug|trace|notice)[\])]?(?::|\s|$)/;

export function isNoiseLine(line: string): boolean {
  return NOISE.test(line);
}

export function decisiveLines(lines: readonly string[], max = 6): string[] {
  const score = (line: string): number => {
    if (TRAILER.test(line)) return 0;
    if (STRONG.some((r) => r.test(line))) return 2;
    if (WEAK.some((r) => r.test(line))) return 1;
    return 0;
  };
  let best = -1;
  let bestScore = 0;
  lines.forEach((line, i) => {
    const s = score(line);
    // The first strong line is the cause; later ones are usually consequences.
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  // Nothing says why: the last few lines that are not noise, or none at all (a blank line and
  // two INFO lines are no excerpt).
  if (best < 0)
    return lines
      .filter((l) => !isNoiseLine(l))
      .slice(-Math.min(max, 3))
      .map((l) => l.trimEnd());
  const out = [lines[best] as string];
  for (let i = best + 1; i < lines.length && out.length < max; i++) {
    const line = lines[i] as string;
    if (line.trim() === "" || TRAILER.test(line)) break;
    out.push(line);
  }
  return out.map((l) => l.trimEnd());
}

/** Uses the diagnoser when given (and it finds something), else the local heuristic. */
export function logExcerpt(
  lines: readonly string[],
  phase: "build" | "deploy",
  diagnoser?: LogDiagnoser,
): { lines: string[]; category?: string } {
  if (diagnoser) {
    try {
      const d = diagnoser(lines, { phase });
      if (d?.keyLine && !isNoiseLine(d.keyLine)) {
        const out = [d.keyLine];
        const from = d.keyLineNumber ?? 0;
        for (let i = from; from > 0 && i < lines.length && out.length < 6; i++) {
          const line = lines[i] as string;
          if (line.trim() === "" || TRAILER.test(line)) break;
          out.push(line.trimEnd());
        }
        return { lines: out, ...(d.category ? { category: d.category } : {}) };
      }
    } catch {
      // A classifier bug must not hide the build's own error: fall back to the heuristic.
    }
  }
  return { lines: decisiveLines(lines) };
}
