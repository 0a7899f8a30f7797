import { applyCalibration } from "./diagnose-calibration.js";
import { DIAGNOSE_MODEL } from "./diagnose-model.generated.js";
import { lineTokens, type NbModel, type NbPrediction, predictNaiveBayes } from "./diagnose-nb.js";
import {
  CONSEQUENCE,
  EXCEPTION_LINE,
  EXIT_CODE_ONLY,
  pickKeyLine,
  SHELL_PROMPT,
  structuralKeyLine,
  tellingScore,
} from "./diagnose-keyline.js";
import { type LogLine, normaliseLines, splitLog } from "./diagnose-normalise.js";
import { LISTEN_PORT, portMismatch } from "./diagnose-ports.js";
import { actionFor, CATEGORY_TITLES, PRECEDENCE, SIGNALS, type Signal, UNKNOWN_THRESHOLD } from "./diagnose-rules.js";
import type { DiagnoseOptions, Diagnosis, DiagnosisPhase, KnownCategory } from "./diagnose-types.js";

/**
 * Root-cause classification of a failed build or a crashed deployment from its log.
 *
 * Every line is normalised (colours and platform prefixes removed, stack frames flagged), then
 * weighted signals vote for categories. Each signal counts once per log, so a retry loop that
 * prints the same error 500 times is one piece of evidence, not 500. Causal precedence rules
 * then cap effects below their causes (a missing DATABASE_URL outranks the refused connection
 * it leads to), and the confidence comes from the margin between the winner and the runner-up.
 * Below a threshold the answer is UNKNOWN, with a low confidence.
 */
export function diagnose(log: string | readonly string[], options: DiagnoseOptions = {}): Diagnosis {
  return diagnoseWith(log, options, DIAGNOSE_MODEL.classifier.enabled ? DIAGNOSE_MODEL.classifier : undefined);
}

/** The learned key-line ranker's weights, when training showed it beats the structural score. */
const SHIPPED_KEY_LINE_WEIGHTS: readonly number[] | undefined = DIAGNOSE_MODEL.keyLine.enabled
  ? DIAGNOSE_MODEL.keyLine.weights
  : undefined;

/** The learned classifier diagnose() consults when the rules alone would answer UNKNOWN. */
export interface ClassifierSetting {
  model: NbModel;
  /** Posterior the classifier must reach before its category replaces UNKNOWN. */
  threshold: number;
  /** Cross-validated share of its answers that were right: the confidence it reports. */
  precision: number;
  /**
   * A second opinion where the rules answered RUNTIME_EXCEPTION (an exception whose message no rule
   * read as a more specific cause): the posterior at which the classifier's other category replaces
   * it, and the share of such replacements that were right at first sight (the confidence reported).
   * Absent: the rules' RUNTIME_EXCEPTION stands.
   */
  exceptions?: { threshold: number; precision: number };
}

interface Analysis {
  lines: LogLine[];
  phase: DiagnosisPhase;
  hits: Hit[];
  scores: Partial<Record<KnownCategory, number>>;
  notes: PrecedenceNote[];
}

function analyse(log: string | readonly string[], options: DiagnoseOptions): Analysis {
  const raw = splitLog(log);
  const maxLines = options.maxLines ?? 20_000;
  const start = Math.max(0, raw.length - maxLines);
  const lines = normaliseLines(start > 0 ? raw.slice(start) : raw, start);
  const phase = options.phase ?? inferPhase(lines);
  const hits = withoutReportingExceptions([...collectHits(lines, phase), ...portMismatchHits(lines)], phase);
  const scores = scoreCategories(hits);
  const notes = [...applyPrecedence(scores), ...applySignalPrecedence(hits, scores)];
  return { lines, phase, hits, scores, notes };
}

/**
 * What the learned classifier reads: the words of one line, the key line the answer reports (as the
 * rules read it, prefixes peeled off), and the phase. It is trained on the labelled key lines of the
 * corpus, so it learns what kind of cause a line of such wording states; reading the log's other
 * lines taught it mostly which logs it had seen.
 */
export function classifierTokens(line: string, phase: DiagnosisPhase): string[] {
  return [...lineTokens(line), `phase:${phase}`];
}

/**
 * A posterior computed from one or two words ("Killed", "exit status") is a prior, not evidence:
 * the classifier speaks only when the line it reads holds at least this many distinct words.
 */
const MIN_CLASSIFIER_WORDS = 3;

/** How every answer of the learned classifier starts its evidence (see namedByRules). */
const LEARNED_EVIDENCE = "learned classifier";

/**
 * A line that only reports that a step or process failed, not why (guide case 10: an exit code, npm's
 * "Failed to exec start script", a builder's "did not complete successfully", a platform's crash
 * loop): the classifier is not asked to guess a cause from its words.
 */
const STEP_FAILED_ONLY =
  /Failed to exec [\w:.-]+ script|^lerna ERR! [\w -]+ exited \d+ in '|The drush command '[^\x27]+' could not be executed|^make: \*\*\* \[[^\]]+\] Error \d+$|^npm ERR! (?:Exit status \d+|Linux \S+|argv |node v\S+$|npm {1,2}v\S+$)|^(?:\d+: )?Task failed with an exception\.?$|\[ERROR\] Command \S+ \([^)]*\) failed$|Error encountered during build of \S+: Command \S+ failed$|Failed at the \S+ \w+ script|error occurred while running build command|returned (?:a )?non-zero (?:result|code|exit (?:code|status))|Task timed out after [\d.]+ seconds|did not complete successfully: exit code|\bPush (?:failed|rejected)\b|Worker failed to boot|desc="App crashed"|CrashLoopBackOff|Back-off restarting failed container|did not deploy properly|was sent code \d+!|Failed to retrieve error logs|failed with unknown error|Build error details not available|failed to push some refs|An unexpected error has occurred|Error R12 \(Exit timeout\)|\.{3,} [\d.]+ ?m?s FAIL$|failed to fetch an image or build from source: error building:$|^==> Failed to build release\.|Uncaught error in rebar_core\b|failed (?:pre|post)-(?:install|upgrade): timed out waiting for the condition/;

/**
 * What the classifier says of one line (as the rules read it): undefined when it holds too few
 * words, only reports that something failed, or reports a consequence (a router's or access log's
 * line, a tool's boilerplate).
 */
export function lineOpinion(text: string, phase: DiagnosisPhase, model: NbModel): NbPrediction | undefined {
  if (EXIT_CODE_ONLY.test(text) || STEP_FAILED_ONLY.test(text) || CONSEQUENCE.test(text)) return undefined;
  const tokens = classifierTokens(text, phase);
  // The phase marker is not a word.
  const words = new Set(tokens.filter((t) => !t.includes(":"))).size;
  return words >= MIN_CLASSIFIER_WORDS ? predictNaiveBayes(model, tokens) : undefined;
}

function opinionOf(line: LogLine | undefined, phase: DiagnosisPhase, model: NbModel): NbPrediction | undefined {
  return line ? lineOpinion(line.text, phase, model) : undefined;
}

/**
 * What the learned classifier says of a log, whatever the rules say: its reading of the key line the
 * rules alone report (undefined when that line holds too few words).
 */
export function classifierOpinion(
  log: string | readonly string[],
  options: DiagnoseOptions,
  model: NbModel,
): NbPrediction | undefined {
  const analysis = analyse(log, options);
  const rules = diagnoseWith(log, options, undefined);
  return opinionOf(
    analysis.lines.find((l) => l.index + 1 === rules.keyLineNumber),
    analysis.phase,
    model,
  );
}

export function diagnoseWith(
  log: string | readonly string[],
  options: DiagnoseOptions,
  classifier: ClassifierSetting | undefined,
  /** Weights of the key-line ranker used where no rule names the cause (default: the shipped ones; null: none). */
  keyLineWeights: readonly number[] | null | undefined = SHIPPED_KEY_LINE_WEIGHTS,
): Diagnosis {
  const analysis = analyse(log, options);
  const { lines, phase, hits, scores, notes } = analysis;

  const ranked = (Object.entries(scores) as [KnownCategory, number][]).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const topScore = top?.[1] ?? 0;
  const secondScore = second?.[1] ?? 0;

  if (!top || topScore < UNKNOWN_THRESHOLD) {
    const best = bestKeyHit(hits);
    // The learned ranker's pick stands on its own: that is how it was cross-validated. Without it,
    // a weak rule hit beats the structural pick when it looks at least as much like an error.
    const ranked = keyLineWeights ? pickKeyLine(lines, keyLineWeights) : undefined;
    const telling = structuralKeyLine(lines);
    const fallback =
      ranked ??
      (best && best.weight >= 2 && (!telling || tellingScore(best.line, true) >= tellingScore(telling, true))
        ? best.line
        : (telling ?? best?.line));
    const learned = classifier ? opinionOf(fallback, phase, classifier.model) : undefined;
    if (classifier && learned && learned.label !== "UNKNOWN" && learned.p >= classifier.threshold)
      return learnedAnswer(analysis, learned, fallback, classifier.precision, [
        `${LEARNED_EVIDENCE} (naive Bayes over the key line's words): ${learned.label} with posterior ${round(learned.p)}`,
        ...(best ? [`rules found weak evidence only: ${describeHit(best)}`] : []),
      ]);
    // A log of nothing but stack frames (a native crash's backtrace) still has a line to quote: its
    // top frame, where the crash happened.
    const quoted = fallback ?? lines.find((l) => l.display !== "");
    const keyLine = quoted?.display ?? "";
    return {
      category: "UNKNOWN",
      keyLine,
      keyLineNumber: quoted ? quoted.index + 1 : 0,
      confidence: round(Math.min(0.3, topScore / 10)),
      evidence: best
        ? [`weak evidence only: ${describeHit(best)}`]
        : ["no line of the log matches a known failure pattern"],
      action: "none",
      summary: keyLine
        ? `${CATEGORY_TITLES.UNKNOWN}; last relevant line: ${clip(keyLine, 160)}`
        : CATEGORY_TITLES.UNKNOWN,
      phase,
      scores: roundScores(scores),
    };
  }

  const category = top[0];
  const categoryHits = hits.filter((h) => h.signal.category === category);
  const key = bestKeyHit(categoryHits) ?? categoryHits[0]!;
  if (category === "RUNTIME_EXCEPTION" && classifier?.exceptions) {
    const second = exceptionSecondOpinion(analysis, classifier, classifier.exceptions, key);
    if (second) return second;
  }
  const variable = findVariable(categoryHits, key) ?? variableReadNearby(lines, key.line, category);
  const confidence = confidenceFrom(topScore, secondScore);

  const evidence = categoryHits
    .slice()
    .sort((a, b) => b.signal.weight - a.signal.weight || a.line.index - b.line.index)
    .slice(0, 4)
    .map(describeHit);
  for (const note of notes) if (note.cause === category) evidence.push(note.text);
  if (second && secondScore > 0)
    evidence.push(`runner-up: ${second[0]} (score ${round(secondScore)} vs ${round(topScore)})`);

  const action = actionFor(category, phase);
  const title = CATEGORY_TITLES[category];
  const summary =
    category === "MISSING_ENV_CONFIG" && variable
      ? `${title}: set ${variable} (${clip(key.line.display, 120)})`
      : `${title}: ${clip(key.line.display, 160)}`;

  const result: Diagnosis = {
    category,
    keyLine: key.line.display,
    keyLineNumber: key.line.index + 1,
    confidence,
    evidence,
    action,
    summary,
    phase,
    scores: roundScores(scores),
  };
  if (variable) result.variable = variable;
  return result;
}

/**
 * Where the rules read only an exception (RUNTIME_EXCEPTION), the classifier may name the cause its
 * message states in words no rule reads ("... not set in .env", "... wire version"). Its category
 * replaces the rules' only at the posterior chosen on first-sight answers; the key line stays the
 * rules' exception line unless a rule of the new category points at a line of its own. Such an
 * answer is a guess: namedByRules() says no, so the autopilot never acts on it.
 */
function exceptionSecondOpinion(
  analysis: Analysis,
  classifier: ClassifierSetting,
  setting: { threshold: number; precision: number },
  /** The rules' key hit for their RUNTIME_EXCEPTION answer. */
  rulesKey: Hit,
): Diagnosis | undefined {
  if (rulesKey.signal.settled) return undefined;
  const learned = opinionOf(rulesKey.line, analysis.phase, classifier.model);
  if (!learned || learned.label === "UNKNOWN" || learned.label === "RUNTIME_EXCEPTION" || learned.p < setting.threshold)
    return undefined;
  return learnedAnswer(analysis, learned, rulesKey.line, setting.precision, [
    `${LEARNED_EVIDENCE} (second opinion on an exception): ${learned.label} with posterior ${round(learned.p)}`,
    `the rules read only an exception: ${describeHit(rulesKey)}`,
  ]);
}

/**
 * The answer of the learned classifier: its category, the line a rule of that category points at
 * (else `fallback`), its share right at first sight as the confidence, and evidence that says so.
 */
function learnedAnswer(
  analysis: Analysis,
  learned: NbPrediction,
  fallback: LogLine | undefined,
  precision: number,
  evidence: string[],
): Diagnosis {
  const { lines, phase, hits, scores } = analysis;
  const category = learned.label as KnownCategory;
  const own = bestKeyHit(hits.filter((h) => h.signal.category === category));
  const keyLine = own && own.weight >= 2 ? own.line : fallback;
  const display = keyLine?.display ?? "";
  const result: Diagnosis = {
    category,
    keyLine: display,
    keyLineNumber: keyLine ? keyLine.index + 1 : 0,
    confidence: round(precision),
    evidence,
    action: actionFor(category, phase),
    summary: `${CATEGORY_TITLES[category]}: ${clip(display, 160)}`,
    phase,
    scores: roundScores(scores),
  };
  const variable =
    (own ? findVariable([own], own) : undefined) ??
    (keyLine ? variableReadNearby(lines, keyLine, category) : undefined);
  if (variable) result.variable = variable;
  return result;
}

// A module-qualified exception class in front of the match ("psycopg2.errors.UndefinedTable: ").
const QUALIFIED_CLASS_PREFIX = /^(?:[a-z_]\w*\.)+[A-Z]\w*:\s*$/;
// A field of an error object Node prints under its message ("code: 'ECONNREFUSED',"), or the bare
// code on a line of its own: a repeat of the message's own words, never the line that states the cause.
// (Node's MODULE_NOT_FOUND code is kept: a paste cut above "Cannot find module" still shows it; and
// Npgsql's "MessageText:" field and ASP.NET's "Exception message:" repeat the exception line.)
const ERROR_OBJECT_FIELD =
  /^(?:code|errno|syscall):\s+['"]?(?!MODULE_NOT_FOUND\b)[\w-]+['"]?,?$|^E[A-Z]{3,}$|^MessageText: |^Exception message: /;
// Node's "code: 'ECONNREFUSED'," field of a paste cut above the error's message: no line above it
// but stack frames, and no other line states that code, so the field is the only line that does
// and it is read like any other.
const CODE_FIELD = /^code:\s+['"]?([\w-]+)['"]?,?$/;
const ERROR_OBJECT_LINE = /^(?:errno|syscall|address|port|code):\s|^\}$/;
function codesStatedOnlyAsFields(lines: readonly LogLine[]): Set<string> {
  const only = new Set<string>();
  // Only fields before the log's first statement qualify: in almost every log that is the first
  // line, so this costs one regex test.
  for (const field of lines) {
    if (field.text !== "" && !field.frame && !ERROR_OBJECT_LINE.test(field.text)) break;
    const code = CODE_FIELD.exec(field.text)?.[1];
    if (code && !lines.some((l) => !ERROR_OBJECT_FIELD.test(l.text) && l.text.includes(code))) only.add(field.text);
  }
  return only;
}
// What may come before a match that still starts the line's statement: a "Caused by:", an error
// level, a tool's "name: error:", a server's "Unable to load application:".
const ANCHORING_PREFIX =
  /^(?:Caused by:|Uncaught|Error:|ERROR:|error:|#\d+ (?:[\d.]+ )?ERROR:|(?!(?:error|ERROR):)[\w.-]+: (?:error|ERROR):|Unable to load application:|Application startup exception:)\s*$/;
// A compiler's "file:line[:col]: " prefix (gcc, clang, rustc, tsc -p): the line is the diagnostic itself.
const COMPILER_LOCATION = /^\S+\.\w+:\d+(?::\d+)?:\s*$/;
interface Hit {
  signal: Signal;
  weight: number;
  line: LogLine;
  /** The match starts the line (or follows "Caused by:"): the line *is* the error. */
  anchored: boolean;
  match: RegExpExecArray;
}

/** For each signal, its first matching line and (if different) its first anchored line. */
function collectHits(lines: readonly LogLine[], phase: DiagnosisPhase): Hit[] {
  const active = SIGNALS.map((signal) => ({ signal, weight: signal.phaseWeight?.[phase] ?? signal.weight })).filter(
    (s) => s.weight > 0,
  );
  const requiresMet = new Map<RegExp, boolean>();
  const requirementHolds = (re: RegExp): boolean => {
    let held = requiresMet.get(re);
    if (held === undefined) {
      held = lines.some((l) => re.test(l.text));
      requiresMet.set(re, held);
    }
    return held;
  };
  const requirementsHold = (req: RegExp | readonly RegExp[]): boolean =>
    req instanceof RegExp ? requirementHolds(req) : req.every(requirementHolds);

  const first = new Map<string, Hit>();
  const firstAnchored = new Map<string, Hit>();
  // A repeated line (retry loops, crash loops) matches exactly as its first occurrence did, so
  // it can add nothing: skipping it keeps huge repetitive logs cheap.
  const seen = new Set<string>();
  const cutAbove = codesStatedOnlyAsFields(lines);
  for (const [position, line] of lines.entries()) {
    if (
      line.text === "" ||
      line.frame ||
      seen.has(line.text) ||
      SHELL_PROMPT.test(line.text) ||
      (ERROR_OBJECT_FIELD.test(line.text) && !cutAbove.has(line.text))
    )
      continue;
    seen.add(line.text);
    // Facts of the line itself, read once for all signals.
    const causedBy = CAUSED_BY.test(line.text);
    const exceptionLine = EXCEPTION_LINE.test(line.text);
    const quotesEarlier = (earlier: Hit) => exceptionLine && classNamesQuotedMessage(earlier.line.text, line.text);
    for (const { signal, weight } of active) {
      const anchoredEarlier = firstAnchored.get(signal.id);
      // Once a signal has its anchored line, only a deeper "Caused by:", or an exception line that
      // names the class of a message logged bare, can still replace it.
      if (anchoredEarlier && !causedBy && !quotesEarlier(anchoredEarlier)) continue;
      const match = signal.re.exec(line.text);
      if (!match) continue;
      if (signal.unless?.test(line.text)) continue;
      if (signal.requires && !requirementsHold(signal.requires)) continue;
      if (signal.unlessLog && requirementHolds(signal.unlessLog)) continue;
      if (signal.follows && !signal.follows.test(lineBefore(lines, position))) continue;
      const before = line.text.slice(0, match.index);
      // The line *is* the error when the match starts it, or when it starts with an exception
      // class (Python's final traceback line, a Java "Caused by"), rather than quoting it mid-sentence.
      const anchored =
        match.index === 0 ||
        ANCHORING_PREFIX.test(before) ||
        QUALIFIED_CLASS_PREFIX.test(before) ||
        COMPILER_LOCATION.test(before) ||
        exceptionLine;
      const hit: Hit = { signal, weight, line, anchored, match };
      // The first match stands, unless it was only a warning and a later line says the same as a
      // fatal error, or it was the database server's own log line and the app now says the same.
      const earlier = first.get(signal.id);
      if (
        !earlier ||
        outranks(line.text, earlier.line.text) ||
        fromServerToApp(earlier.line.text, line.text) ||
        deeperCause(earlier.line.text, line.text) ||
        quotesEarlier(earlier)
      )
        first.set(signal.id, hit);
      if (
        anchored &&
        (!anchoredEarlier || deeperCause(anchoredEarlier.line.text, line.text) || quotesEarlier(anchoredEarlier))
      )
        firstAnchored.set(signal.id, hit);
    }
  }
  const hits: Hit[] = [];
  for (const [id, hit] of first) {
    hits.push(hit);
    const anchored = firstAnchored.get(id);
    if (anchored && anchored !== hit) hits.push(anchored);
  }
  return hits;
}

// Python's import machinery between the frame that imported and the error: frozen bootstrap
// frames and importlib's own wrapper, which say nothing of who asked for the module; and the
// caret lines Python 3.11+ prints under a frame's source line.
const IMPORT_MACHINERY =
  /^File "(?:<frozen importlib\._bootstrap(?:_external)?>|[^"]*[/\\]importlib[/\\]__init__\.py)"|^return _bootstrap\._gcd_import\(|^[~^]+$/;

/** The text of the nearest line before `position` that is not blank and not import machinery. */
function lineBefore(lines: readonly LogLine[], position: number): string {
  for (let i = position - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? "";
    if (text !== "" && !IMPORT_MACHINERY.test(text)) return text;
  }
  return "";
}

const CAUSED_BY = /^Caused by: /;

/**
 * A later "Caused by:" saying the same as an earlier exception line is nearer the cause: Java prints
 * the outermost exception first, the innermost last (labelling guide: the innermost `Caused by:`).
 */
function deeperCause(earlier: string, later: string): boolean {
  return CAUSED_BY.test(later) && /^(?:Caused by: )?(?:[\w$]+\.)*[\w$]*(?:Exception|Error)\b/.test(earlier);
}

/**
 * A later exception line that carries an earlier line's whole message under its class ("relation x
 * does not exist" logged, then "QueryFailedError: relation x does not exist"): the guide's key line
 * is the exception's class and message.
 */
function classNamesQuotedMessage(earlier: string, later: string): boolean {
  return !EXCEPTION_LINE.test(earlier) && later.includes(earlier) && EXCEPTION_LINE.test(later);
}

/** The earlier line is a database server's log line and the later one is not (the app's own account). */
function fromServerToApp(earlier: string, later: string): boolean {
  return DATABASE_SERVER_LINE.test(earlier) && !DATABASE_SERVER_LINE.test(later);
}

/**
 * A later line saying the same as an earlier one replaces it when it is reported more severely:
 * a warning restated as an error ("PHP Warning: ... 1130" then the app's "Connection Error:
 * (1130)"), or a plain line restated as fatal. A warning restated as fatal keeps the warning: that
 * is one runtime stating one cause in two lines (PHP's "Warning: require(...)" then "Fatal error:
 * require(): Failed opening required"), and the guide keeps the first. An error restated as fatal
 * keeps the error: it is usually the more specific of the two.
 */
function outranks(later: string, earlier: string): boolean {
  const was = severityRank(earlier);
  const is = severityRank(later);
  return (was === 0 && is === 3) || (was === 1 && is === 2);
}

const PORT_MISMATCH: Signal = {
  id: "port-mismatch",
  category: "PORT_BINDING",
  re: LISTEN_PORT,
  weight: 8,
  reason: "the app listens on a port other than the one the platform checks",
};

/** The listen line, when the app listens on one port and the platform expects another. */
function portMismatchHits(lines: readonly LogLine[]): Hit[] {
  const found = portMismatch(lines);
  if (!found) return [];
  return [
    { signal: PORT_MISMATCH, weight: PORT_MISMATCH.weight, line: found.line, anchored: false, match: found.match },
  ];
}

/** 3 fatal, 2 error, 1 warning, 0 none. */
function severityRank(text: string): number {
  if (/\b(?:[Ff]atal|FATAL|PANIC)\b/.test(text)) return 3;
  if (/\b(?:[Ee]rror|ERROR)\b/.test(text)) return 2;
  if (/\b(?:[Ww]arn(?:ing)?|WARN(?:ING)?)\b/.test(text)) return 1;
  return 0;
}

/** Weight from which a signal names a cause on its own (not mere co-evidence). */
const SPECIFIC_CAUSE_WEIGHT = 5;

/**
 * An exception header whose own message names a more specific cause ("Uncaught ErrorException:
 * file_put_contents(...): Permission denied", "ProgrammingError: relation ... already exists")
 * is how that cause was reported, not a second cause: its RUNTIME_EXCEPTION votes are dropped.
 */
function withoutReportingExceptions(hits: Hit[], phase: DiagnosisPhase): Hit[] {
  const specific = new Set(
    hits
      .filter((h) => h.signal.category !== "RUNTIME_EXCEPTION" && h.weight >= SPECIFIC_CAUSE_WEIGHT)
      .map((h) => h.line.index),
  );
  // The message may name a cause whose signal already fired on an earlier line ("mkdir ...:
  // Permission denied", then "panic: open key.rsa: permission denied"): that counts too.
  const namesSpecificCause = (h: Hit): boolean =>
    specific.has(h.line.index) ||
    SPECIFIC_SIGNALS[phase].some((s) => s.re.test(h.line.text) && !s.unless?.test(h.line.text));
  return hits.filter((h) => h.signal.category !== "RUNTIME_EXCEPTION" || !namesSpecificCause(h));
}

/** Per phase, the signals strong enough to name a cause on their own, without co-evidence conditions. */
const SPECIFIC_SIGNALS: Record<DiagnosisPhase, Signal[]> = {
  build: specificSignals("build"),
  runtime: specificSignals("runtime"),
};
function specificSignals(phase: DiagnosisPhase): Signal[] {
  return SIGNALS.filter(
    (s) =>
      s.category !== "RUNTIME_EXCEPTION" &&
      (s.phaseWeight?.[phase] ?? s.weight) >= SPECIFIC_CAUSE_WEIGHT &&
      !s.requires &&
      !s.unlessLog &&
      // A signal that reads a line by what precedes it says nothing of a line on its own.
      !s.follows,
  );
}

function scoreCategories(hits: readonly Hit[]): Partial<Record<KnownCategory, number>> {
  const scores: Partial<Record<KnownCategory, number>> = {};
  const counted = new Set<string>();
  for (const hit of hits) {
    if (counted.has(hit.signal.id)) continue;
    counted.add(hit.signal.id);
    const c = hit.signal.category;
    scores[c] = (scores[c] ?? 0) + hit.weight;
  }
  return scores;
}

interface PrecedenceNote {
  cause: KnownCategory;
  text: string;
}

/**
 * One rule of precedence applied: `effect` may score at most half of what its cause scored, and a
 * note says so when that lowers it. A category with no evidence stays without it.
 */
function capEffect(
  scores: Partial<Record<KnownCategory, number>>,
  notes: PrecedenceNote[],
  cause: KnownCategory,
  causeScore: number,
  effect: KnownCategory,
  why: string,
): void {
  const effectScore = scores[effect];
  const cap = causeScore * 0.5;
  if (effectScore === undefined || effectScore === 0 || effectScore <= cap) return;
  scores[effect] = cap;
  notes.push({ cause, text: `${cause} outranks ${effect}: ${why}` });
}

function applyPrecedence(scores: Partial<Record<KnownCategory, number>>): PrecedenceNote[] {
  const notes: PrecedenceNote[] = [];
  // Original scores decide which rules apply, so the order of the rule list does not matter.
  const before = { ...scores };
  for (const rule of PRECEDENCE) {
    const causeScore = before[rule.cause] ?? 0;
    if (causeScore < rule.min) continue;
    for (const effect of rule.effects) capEffect(scores, notes, rule.cause, causeScore, effect, rule.why);
  }
  // A health check that never passed is a symptom: any other real evidence is the better answer.
  if (scores.HEALTHCHECK_TIMEOUT !== undefined) {
    for (const [c, s] of Object.entries(before) as [KnownCategory, number][]) {
      if (c !== "HEALTHCHECK_TIMEOUT" && s >= 5)
        capEffect(scores, notes, c, s, "HEALTHCHECK_TIMEOUT", "the health check failed because of it");
    }
  }
  return notes;
}

/**
 * A signal whose cause explains other categories away (`explains`): each of them is capped at half of
 * the signal's category score, like the category-level rules above, but only when that signal fired.
 */
function applySignalPrecedence(hits: readonly Hit[], scores: Partial<Record<KnownCategory, number>>): PrecedenceNote[] {
  const notes: PrecedenceNote[] = [];
  for (const hit of hits) {
    const cause = hit.signal.category;
    for (const effect of hit.signal.explains ?? [])
      capEffect(scores, notes, cause, scores[cause] ?? 0, effect, `${hit.signal.reason}, which explains it`);
  }
  return notes;
}

// A database server's own log line (Postgres' "UTC [62] ERROR:", MySQL's "2 [Note] Access denied"):
// when the app states the same error, the app's line is the key line (labelling guide).
// Postgres' log_line_prefix may lead with the client's address and a timestamp, and name the
// user@database before the level ("172.27.0.5 2024-11-01 01:14:28.859 UTC [87] app@db FATAL:").
const DATABASE_SERVER_LINE =
  /^(?:\d{1,3}(?:\.\d{1,3}){3}(?:\(\d+\))? )?(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? )?(?:[A-Z]{3,4} )?\[\d+\] (?:[\w.-]*@[\w.-]* )?(?:ERROR|FATAL|DETAIL|LOG|STATEMENT):|^\d+ \[(?:Note|Warning|ERROR)\] /;

function bestKeyHit(hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  let bestScore = -1;
  for (const hit of hits) {
    if (hit.signal.key === false) continue;
    const score = (hit.signal.keyWeight ?? hit.weight) + (hit.anchored ? 0.5 : 0);
    if (score > bestScore || (score === bestScore && best && hit.line.index < best.line.index)) {
      best = hit;
      bestScore = score;
    }
  }
  return best;
}

function findVariable(hits: readonly Hit[], key: Hit): string | undefined {
  const ordered = [key, ...hits.filter((h) => h !== key)];
  for (const hit of ordered) {
    const group = hit.signal.variableGroup;
    if (group === undefined) continue;
    // Rules with alternatives capture the name in whichever group matched.
    const value = hit.match[group] ?? hit.match.slice(1).find((g) => g !== undefined && g !== "");
    // A loader's "section: 'key'" names the key by its dotted path.
    if (value) return value.replace(/^([\w.]+): '(\w+)'$/, "$1.$2");
  }
  // Framework secrets have well-known variable names.
  for (const hit of ordered) {
    if (/secret_key_base/.test(hit.line.text)) return "SECRET_KEY_BASE";
    if (/application encryption key/.test(hit.line.text)) return "APP_KEY";
  }
  // Else the one name shaped like an environment variable (UPPER_SNAKE) on the key line of a missing-variable answer.
  if (key.signal.category === "MISSING_ENV_CONFIG") {
    // (Double underscores nest settings in some frameworks: DB_SSL__CA_FILE.)
    const names = new Set(key.line.text.match(/\b[A-Z][A-Z0-9]*(?:_{1,2}[A-Z0-9]+)+\b/g) ?? []);
    if (names.size === 1) return [...names][0];
  }
  return undefined;
}

/**
 * A setting rejected as malformed, with its name on the lines after the key line: the field pydantic
 * names under "validation error for Settings", or the variable the configuration reads it from
 * (Prisma prints the schema's `url = env("DATABASE_URL")` under its datasource error).
 */
function variableReadNearby(lines: readonly LogLine[], key: LogLine, category: KnownCategory): string | undefined {
  if (category !== "MISSING_ENV_CONFIG") return undefined;
  const names = new Set<string>();
  // The next line that says anything (pastes are sometimes double-spaced); a console that wrapped the
  // header inside the settings model's name ("... errors for Settin" / "gs") leaves the rest of the name
  // on a line of its own, and the field follows it.
  const sayingAfter = (index: number) => lines.find((l) => l.index > index && l.text !== "");
  const first = sayingAfter(key.index);
  const head = /validation errors? for (\w+)$/.exec(key.text)?.[1];
  const wrappedName =
    head !== undefined &&
    first !== undefined &&
    /^[a-z]{1,8}$/.test(first.text) &&
    /(?:Settings|Config)$/.test(head + first.text);
  const from = wrappedName && first ? first.index : key.index;
  const next = (wrappedName && first ? sayingAfter(first.index) : first)?.text ?? "";
  // pydantic prints the failing field there, under "1 validation error for Settings"; a lower-case
  // field ("mail_from") is read from the variable of the same name in any case: MAIL_FROM.
  if (/validation errors? for \w+/.test(key.text)) {
    // pydantic 1 follows the field with the place inside it ("BACKEND_CORS_ORIGINS -> 0").
    const field = next.replace(/(?: -> [\w.]+)+$/, "");
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/.test(field) && field.length >= 3) return field;
    if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(field)) return field.toUpperCase();
    // A one-word field ("security") only when pydantic 2's own message follows it: a plain word is not a name otherwise.
    const after = lines.find((l) => l.index > from && l.text !== "" && l.text !== next)?.text ?? "";
    if (/^[a-z][a-z0-9]{2,}$/.test(field) && /^(?:Field required|Input should be)\b/.test(after))
      return field.toUpperCase();
    // A nested field ("openai.embedding_api_key") is a configuration key: named as printed.
    if (/^[A-Za-z]\w*(?:\.[A-Za-z_]\w*)+$/.test(field)) return field;
  }
  // A message wrapped onto the next line: "... missing encryption key. Please" / "set the `X` env var".
  const wrapped =
    /^(?:\S+\s+\|\s+)?(?:set|define|provide) (?:the )?[`'"]?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[`'"]? (?:env(?:ironment)? var(?:iable)?|variable)\b/.exec(
      next,
    );
  if (wrapped) return wrapped[1];
  // The same wrap in other words: "... Please provide a password" / "via the environment variable X.",
  // or an image's list of the variables that would do ("You need to specify one of X, Y and Z": the first).
  const named =
    /^(?:\S+\s+\|\s+)?(?:via|in|with) the environment variable ([A-Z][A-Z0-9]*(?:_{1,2}[A-Z0-9]+)+)\b|^(?:\S+\s+\|\s+)?You need to specify one of ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/.exec(
      next,
    );
  if (named) return named[1] ?? named[2];
  // ... or the same list one variable a line, under "You need to specify one of the following ...:".
  if (/^(?:\S+\s+\|\s+)?You need to specify one of the following(?: as an environment variable)?:$/.test(next)) {
    const item = lines
      .filter((l) => l.index > key.index && l.index <= key.index + 4)
      .map((l) => /^(?:\S+\s+\|\s+)?- ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$/.exec(l.text))
      .find((m) => m);
    if (item) return item[1];
  }
  // Python's quoted source of the raise above the exception: the message printed a variable's value,
  // and it was empty ('raise ValueError(f"Unsupported broker URL: {BROKER_URL}")' / "...: ").
  const previous = [...lines].reverse().find((l) => l.index < key.index && l.text !== "")?.text ?? "";
  const raised = /^raise \w+\(f["'].*\{([A-Z][A-Z0-9]*(?:_{1,2}[A-Z0-9]+)+)\}["']\)$/.exec(previous);
  if (raised && /:\s*$/.test(key.text)) return raised[1];
  // A configuration file that does not parse, reported without its name ("Config file corrupted.",
  // "yaml: line 12: did not find expected key"): the one file the app said it was loading.
  // (Or the file a "Settings file:" line named, or the one a command line passed with -c.)
  if (
    /\bConfig file corrupted\b|\byaml: line \d+: |^line \d+: did not find expected key\b|ParserException: while parsing\b|\bParse error on line \d+: |\bConfig file not found or invalid\b/.test(
      key.text,
    )
  ) {
    const loaded = new Set<string>();
    for (const l of lines) {
      if (l.index >= key.index) break;
      const m =
        /\b(?:[Ll]oading|[Rr]eading|[Ll]oaded) (?:config(?:uration)?(?: ?[Ff]iles?)?|settings)(?:=\[| from |: | )(?:\S*\/)?([\w.-]+\.(?:ya?ml|json|toml))\b|\bSettings file: (?:\S*\/)?([\w.-]+\.(?:ya?ml|json|toml))$|\s-c (?:\S*\/)?([\w.-]+\.(?:conf|config|ya?ml|json|toml))\b/.exec(
          l.text,
        );
      const file = m?.[1] ?? m?.[2] ?? m?.[3];
      if (file) loaded.add(file);
    }
    if (loaded.size === 1) return [...loaded][0];
  }
  // clap's list of missing arguments under its heading: an option followed by "<DATABASE_URL>".
  const argument = /^--[\w-]+ <([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)>$/.exec(next);
  if (argument) return argument[1];
  // zod's raw issue list over the environment: the path element of an issue that received undefined,
  // as JSON ('"path": [' then the name) or as Node prints the object ("path: [ 'NAME' ],").
  if (/ZodError: \[$|Invalid environment variables: \[$/.test(key.text)) {
    const after = lines.filter((l) => l.index > key.index && l.index <= key.index + 40).map((l) => l.text);
    const path = after.findIndex((t) => t === '"path": [');
    const name = path === -1 ? undefined : /^"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)",?$/.exec(after[path + 1] ?? "");
    if (name) return name[1];
    for (const t of after) {
      const inline = /(?:^|\s)path: \[ '([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)' \],?$/.exec(t);
      if (inline) return inline[1];
    }
  }
  // A heading over a list of variables ("Missing environment variables:" / "  X: undefined"): the first.
  const listed = /^(?:- )?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?::\s*(?:undefined|null|missing|not set)?)?$/.exec(next);
  if (listed && /\b[Ee]nv(?:ironment)? [Vv]ariables?(?: (?:are|is) (?:missing|not set|required))?:$/.test(key.text))
    return listed[1];
  for (const line of lines) {
    if (line.index <= key.index || line.index > key.index + 12) continue;
    for (const m of line.text.matchAll(/\benv\(\s*["']([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)["']\s*\)/g)) names.add(m[1]!);
    // Spring's binding report: the property's value is an unresolved placeholder for a variable.
    const placeholder = /^Value: "\$\{([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?::[^}]*)?\}"$/.exec(line.text);
    if (placeholder) names.add(placeholder[1]!);
    // ... or the environment variable Spring says the bad value came from.
    const origin = /^Origin: System Environment Property "([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)"/.exec(line.text);
    if (origin) names.add(origin[1]!);
  }
  if (names.size === 1) return [...names][0];
  // Spring naming only the property it could not bind, with no variable behind it: the property.
  const property = /Failed to bind properties under '([\w.[\]-]+)'/.exec(key.text);
  if (property && names.size === 0) return property[1];
  return undefined;
}

/**
 * Whether the rules themselves named the category (a score at or above UNKNOWN_THRESHOLD), as
 * opposed to the learned classifier's guess where the rules found too little. Callers that act on
 * a diagnosis (the autopilot) act only on these, whatever confidence a retrained classifier carries.
 */
export function namedByRules(d: Pick<Diagnosis, "category" | "scores" | "evidence">): boolean {
  if (d.evidence[0]?.startsWith(LEARNED_EVIDENCE)) return false;
  return d.category !== "UNKNOWN" && (d.scores[d.category] ?? 0) >= UNKNOWN_THRESHOLD;
}

/**
 * Raw confidence grows with the strength of the winning evidence (a score of 10 is as strong as it
 * gets) and with its margin over the runner-up. The calibration learned from first-sight answers
 * (`npm run train:diagnose`) then maps it to the observed chance of being right.
 */
function confidenceFrom(top: number, second: number): number {
  const raw = rawConfidence(top, second);
  return DIAGNOSE_MODEL.enabled ? round(applyCalibration(raw, DIAGNOSE_MODEL.knots)) : raw;
}

/** The uncalibrated confidence for a winning score and its runner-up (what the calibration is trained on). */
export function rawConfidence(top: number, second: number): number {
  const strength = Math.min(1, top / 10);
  const margin = top > 0 ? (top - second) / top : 0;
  return round(Math.sqrt(strength) * (0.5 + 0.5 * margin));
}

const BUILD_MARKERS =
  /^(?:Step \d+\/\d+ :|RUN |=> |\[\+\] Building|Collecting |Installing (?:dependencies|collected)|Compiling |Downloading |Resolving dependencies|npm (?:ci|install)|yarn install|pnpm install|pip install|bundle install|composer install|mix (?:deps|compile)|cargo build|go build|mvn |gradle|> tsc|> next build|Creating an optimized production build|Nixpacks|Using Nixpacks|Railpack|╔═+ Nixpacks)|^#\d+ \[|\bnpm (?:ERR!|error) code E(?:RESOLVE|TARGET|404)/;

/** Reads a log as a build log when builder output appears in it, else as a deploy log. */
export function inferPhase(lines: readonly LogLine[]): DiagnosisPhase {
  let build = 0;
  for (const line of lines) {
    if (BUILD_MARKERS.test(line.text) || BUILD_MARKERS.test(line.display)) build++;
    if (build >= 2) return "build";
  }
  return build > 0 && lines.length < 40 ? "build" : "runtime";
}

function describeHit(hit: Hit): string {
  return `line ${hit.line.index + 1}: ${hit.signal.reason} (+${hit.weight}): "${clip(hit.line.display, 140)}"`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function roundScores(scores: Partial<Record<KnownCategory, number>>): Partial<Record<KnownCategory, number>> {
  const out: Partial<Record<KnownCategory, number>> = {};
  for (const [k, v] of Object.entries(scores) as [KnownCategory, number][]) out[k] = round(v);
  return out;
}
