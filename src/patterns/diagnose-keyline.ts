/**
 * Where no rule names the cause, the key line is still recognisable by its structure: an exception
 * header, a sentence that states a failure, its place near the end, what follows it (a stack) and
 * what it is not (a tool's summary, a router's access line). This module describes each line by
 * such features and ranks the lines with a logistic model trained on the corpus's labelled key
 * lines (`npm run train:diagnose`), never on the rules' answers. Pure functions, no I/O.
 */
import type { LogLine } from "./diagnose-normalise.js";

// A command typed at a shell prompt (pasted with its "$ "): it may quote an error but never is one.
// A command typed at a prompt, not output: "$ npm run build" (but "$ fatal error: ..." pasted after a prompt sign is output).
export const SHELL_PROMPT = /^\$ (?!(?:fatal error|panic|error|Error|Exception|Traceback)\b)\S/;
// The exception itself: "Caused by: x.YError: ...", "TypeError: ...", Elixir's "** (Postgrex.Error) ...".
export const EXCEPTION_LINE =
  /^(?:Caused by: )?(?:[\w$]+(?:[.\\]|::))*[A-Z]\w*(?:Error|Exception)(?: \[\w+\])?\s*:|^\*\* \((?:\w+\.)*\w*(?:Error|Exception)\) /;
export const EXIT_LINE =
  /(?:exited|exit)(?: with)?(?: (?:status|code))?:? ?(?:code:? )?[1-9]\d*\b|Process exited with status [1-9]|did not complete successfully|returned a non-zero code|Command failed with exit code [1-9]|exit status [1-9]/i;
// A line that ends on an exit code and says nothing else of the failure ("Build script returned
// non-zero exit code: 1", "did not complete successfully: exit code: 2"): guide case 10, no cause.
export const EXIT_CODE_ONLY =
  /(?:exit(?:ed)?(?: with)? (?:code|status)|exit code|non-zero exit (?:code|status))[:=]?\s*-?\d+\.?$|Command failed with exit code \d+\.?$/i;
export const EXCEPTION_ANYWHERE = /(?:^|\s)(?:[\w$]+[.:]{1,2})*[A-Z]\w*(?:Error|Exception)(?: \[\w+\])?: \S/;
// A module-qualified class opening the line, as Python prints the exception under its traceback: "gunicorn.errors.HaltServer: ...".
export const QUALIFIED_CLASS = /^(?:[a-z_]\w*\.)+[A-Z]\w*: \S/;
// Not the value of a setting being printed ("NPM_CONFIG_LOGLEVEL=error"): a logger's own "level=error" stays.
export const SEVERITY =
  /(?<![A-Z\d_]{2}=)\b(?:ERROR|FATAL|CRITICAL|PANIC|Error|error|Fatal|fatal|panic)\b[:!\]]?|\bERR!/;
// A sentence that states a failure ("failed to start", "could not", "is unhealthy", "not found"), as opposed to a bare status word.
export const FAILURE_STATEMENT =
  /\b(?:failed to|failed with|could not|couldn't|cannot|can't|unable to|is unhealthy|not found|no such|refused|denied|timed out|not (?:set|specified|supplied|configured))\b/i;
// Lines that report a failure's consequences, not the failure: router/access logs, state machines,
// tool boilerplate, git's account of a push the remote refused, a router's account of a backend it could not reach,
// uWSGI's request log, a table's header row (`docker service ps`, `kubectl get pods`).
export const CONSEQUENCE =
  /^Hint: |\bOut of memory: false$|^[A-Z]{2,}(?: [A-Z]{2,})*(?: {2,}[A-Z]{2,}(?: [A-Z]{2,})*){3,}\s*$|\bat=error code=H\d+|\bmethod=(?:GET|POST|PUT|HEAD)\b|"(?:GET|POST|PUT|HEAD) \/[^"]*" \d{3}|State changed from|This is probably not a problem with npm|A complete log of this run|Done with "|^npm (?:ERR!|error)\s*$|^error: failed to push some refs to\b|^ ! \[remote rejected\]|\bapp=router\b|^Failed to retrieve error logs\b|^\[pid: \d+\|app: -?\d+\|req: /;
// Words that name a cause rather than report a failure.
const CAUSE_WORDS =
  /\b(?:not found|missing|denied|refused|invalid|unsupported|not supported|required|no such|does not exist|doesn't exist|not (?:set|defined|installed|available)|out of memory|conflict|mismatch|incompatible|unknown|undefined|unexpected|permission|already exists|timed? ?out)\b/i;
// A tool's summary of a failure explained elsewhere ("see above", exit codes, push rejected).
const SUMMARY_WORDS =
  /exit code|exited with|did not complete successfully|returned a non-zero|Command failed|ELIFECYCLE|failed to build|Build failed|build failed|Push rejected|failed to push|see above|logged above|for more information|re-?run|--verbose|--stacktrace|Failed to compile|errors? occurred|failed with an error/i;
// Below error level: warnings, notices and debug output.
const WARNING = /\b(?:WARN(?:ING)?|[Ww]arn(?:ing)?|DEPRECAT\w*|[Dd]eprecat\w*|NOTICE|notice|DEBUG|debug)\b/;
const QUOTED = /'[^']{2,}'|"[^"]{2,}"|`[^`]{2,}`|‘[^’]{2,}’|“[^”]{2,}”/;
const PATH_OR_URL = /(?:^|[\s'"(])(?:\/[\w.@-]+){2,}|https?:\/\//;
const ERROR_MARKER = /^(?:error|ERROR|Error|fatal|FATAL|Fatal)\b\s*[:[!]|^E\d{4}:|\berror(?:\[E\d+\])?:/;

/** The features, in order; the model's weights follow this list (the bias comes first). */
export const KEY_LINE_FEATURES = [
  "exception header",
  "exception class in the line",
  "qualified class opening the line",
  "severity word",
  "states a failure",
  "exit line",
  "reports a consequence",
  "a stack frame follows",
  "inside a stack",
  "Caused by",
  "in the last tenth of the log",
  "among the last three lines",
  "in the first tenth of the log",
  "repeats an earlier line",
  "first line with a severity word",
  "last line with a severity word",
  "long (over 200 characters)",
  "short (under 25 characters)",
  "names a cause",
  "summary of a failure",
  "error marker",
  "quotes a name",
  "holds a path or URL",
  "warning level",
  "structural score (0-9) / 9",
] as const;

interface LogContext {
  firstSeverity: number;
  lastSeverity: number;
  lastThree: Set<number>;
  count: number;
  seen: Map<string, number>;
}

function contextOf(lines: readonly LogLine[]): LogContext {
  let firstSeverity = -1;
  let lastSeverity = -1;
  const meaningful: number[] = [];
  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!candidate(l)) return;
    meaningful.push(i);
    if (SEVERITY.test(l.text)) {
      if (firstSeverity < 0) firstSeverity = i;
      lastSeverity = i;
    }
    const shape = l.text.replace(/\d+/g, "0");
    if (!seen.has(shape)) seen.set(shape, i);
  });
  return { firstSeverity, lastSeverity, lastThree: new Set(meaningful.slice(-3)), count: lines.length, seen };
}

/** Lines that can be a key line at all: not blank, not a stack frame, not a shell prompt, holding a letter or digit. */
export function candidate(line: LogLine): boolean {
  return line.text !== "" && !line.frame && !SHELL_PROMPT.test(line.text) && /[\p{L}\p{N}]/u.test(line.text);
}

/** The structural score diagnose() has always used: exception 3, severity 2, exit 2, failure statement 2, consequence −4. */
export function structuralScore(text: string, failureStatements: boolean): number {
  let score = 0;
  if (failureStatements && FAILURE_STATEMENT.test(text)) score += 2;
  if (EXCEPTION_LINE.test(text) || EXCEPTION_ANYWHERE.test(text) || QUALIFIED_CLASS.test(text)) score += 3;
  if (SEVERITY.test(text)) score += 2;
  if (EXIT_LINE.test(text)) score += 2;
  if (CONSEQUENCE.test(text)) score -= 4;
  return score;
}

/**
 * When no rule explains the failure, the line a person would point at is still recognisable by
 * its structure: an exception header beats a bare error line, which beats a process exit; a line
 * that states a failure ("failed to start", "could not", "is unhealthy") beats a bare status word; lines
 * that only report consequences (router 503s, state changes, tool boilerplate) never win. Ties
 * go to the later line, the closest to the end of the log.
 */
export function structuralKeyLine(lines: readonly LogLine[]): LogLine | undefined {
  let best: LogLine | undefined;
  let bestScore = 0;
  let bestShape = "";
  for (const line of lines) {
    // Stating a failure counts here (the key line a person points at), not in the candidate lines
    // the learned classifier reads: cross-validation by thread showed it costs the classifier there.
    const score = tellingScore(line, true);
    // A repeat of the best line so far (same words, other numbers) adds nothing: the first one stays.
    const shape = line.text.replace(/\d+/g, "0");
    if (score > 0 && (score > bestScore || (score === bestScore && shape !== bestShape))) {
      best = line;
      bestScore = score;
      bestShape = shape;
    }
  }
  return best ?? lastMeaningfulLine(lines);
}

/** How much a line looks like the one a person would point at (0 = not at all). */
export function tellingScore(line: LogLine, failureStatements = false): number {
  return candidate(line) ? structuralScore(line.text, failureStatements) : 0;
}

/** The last line with a letter or digit that is not a stack frame. */
export function lastMeaningfulLine(lines: readonly LogLine[]): LogLine | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.text !== "" && !l.frame && /[\p{L}\p{N}]/u.test(l.text)) return l;
  }
  return undefined;
}

function nextNonEmpty(lines: readonly LogLine[], i: number, step: 1 | -1): LogLine | undefined {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text !== "") return lines[j];
  return undefined;
}

function features(lines: readonly LogLine[], i: number, ctx: LogContext): number[] {
  const line = lines[i]!;
  const t = line.text;
  const b = (x: boolean) => (x ? 1 : 0);
  const shape = t.replace(/\d+/g, "0");
  return [
    b(EXCEPTION_LINE.test(t)),
    b(EXCEPTION_ANYWHERE.test(t)),
    b(QUALIFIED_CLASS.test(t)),
    b(SEVERITY.test(t)),
    b(FAILURE_STATEMENT.test(t)),
    b(EXIT_LINE.test(t)),
    b(CONSEQUENCE.test(t)),
    b(nextNonEmpty(lines, i, 1)?.frame === true),
    b(nextNonEmpty(lines, i, -1)?.frame === true && nextNonEmpty(lines, i, 1)?.frame === true),
    b(/^Caused by:/.test(t)),
    b(i >= ctx.count * 0.9),
    b(ctx.lastThree.has(i)),
    b(i < ctx.count * 0.1),
    b(ctx.seen.get(shape) !== i),
    b(i === ctx.firstSeverity),
    b(i === ctx.lastSeverity),
    b(t.length > 200),
    b(t.length < 25),
    b(CAUSE_WORDS.test(t)),
    b(SUMMARY_WORDS.test(t)),
    b(ERROR_MARKER.test(t)),
    b(QUOTED.test(t)),
    b(PATH_OR_URL.test(t)),
    b(WARNING.test(t) && !SEVERITY.test(t)),
    Math.max(0, structuralScore(t, true)) / 9,
  ];
}

/** Feature vectors of every candidate line (index into `lines`, features). */
export function lineFeatures(lines: readonly LogLine[]): Array<{ index: number; x: number[] }> {
  const ctx = contextOf(lines);
  const out: Array<{ index: number; x: number[] }> = [];
  for (let i = 0; i < lines.length; i++) if (candidate(lines[i]!)) out.push({ index: i, x: features(lines, i, ctx) });
  return out;
}

function dot(w: readonly number[], x: readonly number[]): number {
  let s = w[0] ?? 0;
  for (let k = 0; k < x.length; k++) s += (w[k + 1] ?? 0) * x[k]!;
  return s;
}

/** The candidate line the model ranks highest (ties: the later line, nearer the cause at the end). */
export function rankKeyLine(lines: readonly LogLine[], weights: readonly number[]): LogLine | undefined {
  return bestRanked(lines, weights)?.line;
}

function bestRanked(
  lines: readonly LogLine[],
  weights: readonly number[],
): { line: LogLine; score: number } | undefined {
  let best: { line: LogLine; score: number } | undefined;
  let bestConsequence: { line: LogLine; score: number } | undefined;
  for (const { index, x } of lineFeatures(lines)) {
    const score = dot(weights, x);
    // A line that only reports a consequence (a router's or access log's line) wins only where
    // every candidate does.
    if (CONSEQUENCE.test(lines[index]!.text)) {
      if (!bestConsequence || score >= bestConsequence.score) bestConsequence = { line: lines[index]!, score };
    } else if (!best || score >= best.score) best = { line: lines[index]!, score };
  }
  return best ?? bestConsequence;
}

/**
 * Below this score no line looks like a stated cause (a log of exit codes and router errors): the
 * key line is then the last line that looks like an error, as a person quoting such a log would
 * pick it. Chosen by cross-validation by thread; 0.5 to 1.5 did about as well.
 */
export const KEY_LINE_MIN_SCORE = 1;

/** The key line where no rule names the cause: the ranker's pick, or the structural one when nothing reads as a cause. */
export function pickKeyLine(lines: readonly LogLine[], weights: readonly number[]): LogLine | undefined {
  const best = bestRanked(lines, weights);
  return best && best.score >= KEY_LINE_MIN_SCORE ? best.line : structuralKeyLine(lines);
}

export interface KeyLineExample {
  lines: readonly LogLine[];
  /** Index (into `lines`) of the labelled key line. */
  key: number;
}

/**
 * Softmax over each log's candidate lines (the key line against its rivals in the same log), fitted
 * by plain gradient descent with L2: deterministic, a few hundred passes over the corpus.
 */
export function trainKeyLineRanker(examples: readonly KeyLineExample[], epochs = 300, rate = 0.5, l2 = 1e-3): number[] {
  const prepared = examples
    .map((e) => ({ cands: lineFeatures(e.lines), key: e.key }))
    .filter((e) => e.cands.some((c) => c.index === e.key));
  const dim = KEY_LINE_FEATURES.length + 1;
  const w = new Array<number>(dim).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(dim).fill(0);
    for (const { cands, key } of prepared) {
      const scores = cands.map((c) => dot(w, c.x));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      cands.forEach((c, j) => {
        const p = exp[j]! / sum - (c.index === key ? 1 : 0);
        grad[0]! += p;
        for (let k = 0; k < c.x.length; k++) grad[k + 1]! += p * c.x[k]!;
      });
    }
    for (let k = 0; k < dim; k++) w[k]! -= rate * (grad[k]! / Math.max(1, prepared.length) + l2 * w[k]!);
  }
  // "+ 0" turns a rounded -0 into 0, as JSON (and so the shipped model) writes it.
  return w.map((v) => Math.round(v * 10_000) / 10_000 + 0);
}
