// Cross-validation of the learned part of diagnose(): the confidence calibration.
// Training data are first-sight answers (test/fixtures/diagnose/first-sight.json): what the code
// answered on each batch before any rule was changed for it. Folds are split by source thread,
// so no fold is calibrated on logs from the thread it is tested on.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import {
  applyCalibration,
  brier,
  type CalibrationPoint,
  fitCalibration,
} from "../src/patterns/diagnose-calibration.js";
import { classifierTokens, diagnoseWith, lineOpinion } from "../src/patterns/diagnose.js";
import { DIAGNOSE_MODEL } from "../src/patterns/diagnose-model.generated.js";
import {
  KEY_LINE_FEATURES,
  KEY_LINE_MIN_SCORE,
  pickKeyLine,
  structuralKeyLine,
  trainKeyLineRanker,
} from "../src/patterns/diagnose-keyline.js";
import { type LogLine, normaliseLines, splitLog } from "../src/patterns/diagnose-normalise.js";
import { trainNaiveBayes } from "../src/patterns/diagnose-nb.js";

const FIXTURE_DIR = resolve(import.meta.dirname, "..", "test", "fixtures", "diagnose");

export const FirstSightRecord = z.object({
  file: z.string(),
  batch: z.number().int().positive(),
  commit: z.string(),
  answer: z.string(),
  confidence: z.number(),
  categoryOk: z.boolean(),
  keyLineOk: z.boolean(),
  /** What the rules alone answered (no learned classifier), at the same commit. */
  rulesAnswer: z.string().optional(),
  /** What the learned classifier of that commit said of the log, whatever the rules answered. */
  learned: z.object({ label: z.string(), p: z.number() }).optional(),
  /** The key line the rules alone reported, at the same commit (recorded from batch 61 on). */
  rulesKeyLine: z.string().optional(),
});
export type FirstSightRecord = z.infer<typeof FirstSightRecord>;

interface LabelLike {
  file: string;
  source: string;
}

export function loadFirstSightRecords(): FirstSightRecord[] {
  return z.array(FirstSightRecord).parse(JSON.parse(readFileSync(join(FIXTURE_DIR, "first-sight.json"), "utf8")));
}

/** Committed (not UNKNOWN) first-sight answers, each with the thread it came from. */
export function calibrationData(labels: readonly LabelLike[]): Array<CalibrationPoint & { thread: string }> {
  const threadOf = new Map(labels.map((l) => [l.file, l.source.replace(/#.*$/, "").replace(/\/+$/, "")]));
  return loadFirstSightRecords()
    .filter((r) => r.answer !== "UNKNOWN")
    .map((r) => ({ raw: r.confidence, correct: r.categoryOk, thread: threadOf.get(r.file) ?? r.file }));
}

function foldOf(thread: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < thread.length; i++) h = Math.imul(h ^ thread.charCodeAt(i), 16777619) >>> 0;
  return h % k;
}

export interface CvResult {
  k: number;
  points: number;
  brierRaw: number;
  brierCalibrated: number;
  eceRaw: number;
  eceCalibrated: number;
}

/** Expected calibration error over five equal-width buckets. */
function ece(points: readonly CalibrationPoint[], map: (raw: number) => number): number {
  const buckets = Array.from({ length: 5 }, () => ({ n: 0, conf: 0, hits: 0 }));
  for (const p of points) {
    const q = map(p.raw);
    const b = buckets[Math.min(4, Math.floor(q * 5))]!;
    b.n++;
    b.conf += q;
    b.hits += p.correct ? 1 : 0;
  }
  let sum = 0;
  for (const b of buckets) if (b.n) sum += Math.abs(b.conf / b.n - b.hits / b.n) * b.n;
  return points.length ? sum / points.length : 0;
}

/** Every first-sight answer with the confidence a calibration trained on the other folds gives it. */
export function heldOutCalibrated(
  data: ReadonlyArray<CalibrationPoint & { thread: string }>,
  k = 5,
): CalibrationPoint[] {
  const out: CalibrationPoint[] = [];
  for (let fold = 0; fold < k; fold++) {
    const knots = fitCalibration(data.filter((d) => foldOf(d.thread, k) !== fold));
    for (const t of data.filter((d) => foldOf(d.thread, k) === fold))
      out.push({ raw: applyCalibration(t.raw, knots), correct: t.correct });
  }
  return out;
}

/** Confidence buckets vs observed accuracy. */
export function reliabilityTable(
  points: readonly CalibrationPoint[],
): Array<{ bucket: string; n: number; mean: number; accuracy: number }> {
  const edges = [0, 0.5, 0.7, 0.85, 1.0001];
  const out: Array<{ bucket: string; n: number; mean: number; accuracy: number }> = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const inBucket = points.filter((p) => p.raw >= edges[i]! && p.raw < edges[i + 1]!);
    if (inBucket.length === 0) continue;
    out.push({
      bucket: `${edges[i]!.toFixed(2)}–${Math.min(1, edges[i + 1]!).toFixed(2)}`,
      n: inBucket.length,
      mean: inBucket.reduce((a, p) => a + p.raw, 0) / inBucket.length,
      accuracy: inBucket.filter((p) => p.correct).length / inBucket.length,
    });
  }
  return out;
}

export function crossValidate(data: ReadonlyArray<CalibrationPoint & { thread: string }>, k = 5): CvResult {
  const held: CalibrationPoint[] = [];
  const calibrated: number[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = data.filter((d) => foldOf(d.thread, k) !== fold);
    const test = data.filter((d) => foldOf(d.thread, k) === fold);
    const knots = fitCalibration(train);
    for (const t of test) {
      held.push(t);
      calibrated.push(applyCalibration(t.raw, knots));
    }
  }
  const byIndex = new Map(held.map((p, i) => [p, calibrated[i]!]));
  const cal = (p: CalibrationPoint) => byIndex.get(p) ?? p.raw;
  const brierOf = (f: (p: CalibrationPoint) => number) =>
    held.length ? held.reduce((s, p) => s + (f(p) - (p.correct ? 1 : 0)) ** 2, 0) / held.length : 0;
  const eceOf = (f: (p: CalibrationPoint) => number) =>
    ece(
      held.map((p) => ({ raw: f(p), correct: p.correct })),
      (x) => x,
    );
  return {
    k,
    points: held.length,
    brierRaw: brier(held, (x) => x),
    brierCalibrated: brierOf(cal),
    eceRaw: eceOf((p) => p.raw),
    eceCalibrated: eceOf(cal),
  };
}

export function crossValidationReport(labels: readonly LabelLike[]): string[] {
  const data = calibrationData(labels);
  const cv = crossValidate(data);
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `Learned component: confidence calibration (isotonic regression on ${data.length} first-sight answers that were not UNKNOWN).`,
    `${cv.k}-fold cross-validation split by source thread (lower is better):`,
    "",
    "| | Brier score | expected calibration error |",
    "|---|---:|---:|",
    `| raw confidence | ${f(cv.brierRaw)} | ${f(cv.eceRaw)} |`,
    `| calibrated (held-out folds) | ${f(cv.brierCalibrated)} | ${f(cv.eceCalibrated)} |`,
    "",
    "Reliability on first-sight answers (logs the code had not seen), raw vs calibrated by held-out folds:",
    "",
    "| confidence | answers (raw) | mean raw | right | answers (calibrated) | mean calibrated | right |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  const raw = reliabilityTable(data);
  const cal = reliabilityTable(heldOutCalibrated(data));
  for (const bucket of new Set([...raw, ...cal].map((b) => b.bucket))) {
    const r = raw.find((b) => b.bucket === bucket);
    const c = cal.find((b) => b.bucket === bucket);
    const cell = (b: typeof r) =>
      b ? `${b.n} | ${b.mean.toFixed(2)} | ${(b.accuracy * 100).toFixed(0)}%` : "0 | – | –";
    lines.push(`| ${bucket} | ${cell(r)} | ${cell(c)} |`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Cross-validation of the learned classifier (naive Bayes over the words of a key line) against the
// rules alone. Folds are split by source thread: no thread has logs on both sides of a split.

interface ClassifierCase {
  file: string;
  thread: string;
  text: string;
  phase: "build" | "runtime";
  category: string;
  keyLine: string;
  tokens: string[];
}

export interface ClassifierCvRow {
  threshold: number | null;
  categoryTop1: number;
  exactKeyLine: number;
  coverage: number;
  precision: number;
  /** Answers the classifier gave in place of UNKNOWN, and how many of them were right. */
  overrides: number;
  overridesRight: number;
}

export interface ClassifierCv {
  k: number;
  logs: number;
  rules: ClassifierCvRow;
  byThreshold: ClassifierCvRow[];
  best: ClassifierCvRow;
  /** The classifier is kept only when it beats the rules alone on category top-1 without losing key lines. */
  keep: boolean;
}

export const CLASSIFIER_THRESHOLDS = [0.3, 0.5, 0.7, 0.9, 0.95, 0.99] as const;
/**
 * A replaced UNKNOWN must be right at least this often. UNKNOWN is almost never the right answer on
 * a log a person could read (4 of 105 first-sight UNKNOWNs of batches 17–31), so a guess that is
 * right more often than wrong is worth more than no answer; the autopilot does not act on a
 * category of so low a confidence (see MIN_CONFIDENCE_TO_ACT in the policy).
 */
export const CLASSIFIER_MIN_PRECISION = 0.55;

export function classifierCases(
  labels: ReadonlyArray<LabelLike & { phase: "build" | "runtime"; category: string; keyLine: string }>,
  dir = FIXTURE_DIR,
): ClassifierCase[] {
  return labels.map((l) => {
    const text = readFileSync(join(dir, l.file), "utf8");
    return {
      file: l.file,
      thread: l.source.replace(/#.*$/, "").replace(/\/+$/, ""),
      text,
      phase: l.phase,
      category: l.category,
      keyLine: l.keyLine,
      tokens: keyLineTokens(l),
    };
  });
}

/** What the classifier learns from a labelled log: the words of its labelled key line, as the rules read it. */
function keyLineTokens(l: { keyLine: string; phase: "build" | "runtime" }): string[] {
  return classifierTokens(asRead(l.keyLine), l.phase);
}

/** A line as the rules read it (ANSI and prefixes removed), as diagnose() hands it to the classifier. */
function asRead(line: string): string {
  return normaliseLines([line])[0]?.text ?? "";
}

export function crossValidateClassifier(cases: readonly ClassifierCase[], k = 5): ClassifierCv {
  const rows = new Map<number | null, ClassifierCvRow>();
  const row = (t: number | null) => {
    let r = rows.get(t);
    if (!r) {
      r = {
        threshold: t,
        categoryTop1: 0,
        exactKeyLine: 0,
        coverage: 0,
        precision: 0,
        overrides: 0,
        overridesRight: 0,
      };
      rows.set(t, r);
    }
    return r;
  };
  const committedRight = new Map<number | null, number>();
  for (let fold = 0; fold < k; fold++) {
    const train = cases.filter((c) => foldOf(c.thread, k) !== fold);
    const test = cases.filter((c) => foldOf(c.thread, k) === fold);
    const model = trainNaiveBayes(train.map((c) => ({ tokens: c.tokens, label: c.category })));
    for (const c of test) {
      for (const t of [null, ...CLASSIFIER_THRESHOLDS]) {
        const setting = t === null ? undefined : { model, threshold: t, precision: 0 };
        const d = diagnoseWith(c.text, { phase: c.phase }, setting);
        const r = row(t);
        const right = d.category === c.category;
        if (right) r.categoryTop1++;
        if (d.keyLine.trim() === c.keyLine.trim()) r.exactKeyLine++;
        if (d.category !== "UNKNOWN") {
          r.coverage++;
          if (right) committedRight.set(t, (committedRight.get(t) ?? 0) + 1);
        }
        if (d.evidence[0]?.startsWith("learned classifier")) {
          r.overrides++;
          if (right) r.overridesRight++;
        }
      }
    }
  }
  const n = cases.length || 1;
  for (const [t, r] of rows) {
    r.precision = r.coverage ? (committedRight.get(t) ?? 0) / r.coverage : 0;
    r.categoryTop1 /= n;
    r.exactKeyLine /= n;
    r.coverage /= n;
  }
  const rules = rows.get(null)!;
  const byThreshold = CLASSIFIER_THRESHOLDS.map((t) => rows.get(t)!);
  const best = byThreshold.reduce((a, b) =>
    b.categoryTop1 > a.categoryTop1 || (b.categoryTop1 === a.categoryTop1 && b.exactKeyLine > a.exactKeyLine) ? b : a,
  );
  return {
    k,
    logs: cases.length,
    rules,
    byThreshold,
    best,
    keep: best.categoryTop1 > rules.categoryTop1 && best.exactKeyLine >= rules.exactKeyLine,
  };
}

export interface FirstSightClassifierRow {
  threshold: number;
  /** First-sight logs the rules alone answered UNKNOWN where the classifier would have answered. */
  fired: number;
  /** ...with the labelled category. */
  right: number;
  /** ...where UNKNOWN was the right answer (a right answer made wrong). */
  broke: number;
  net: number;
}

/** A labelled log as the first-sight replay reads it. */
export interface ReplayLabel {
  file: string;
  category: string;
  keyLine: string;
  phase: "build" | "runtime";
  batch?: number | undefined;
}

/**
 * The question the classifier answers in production, asked the way production asks it: the rules
 * said UNKNOWN on a log they had never seen (first-sight.json keeps what the rules alone answered,
 * `rulesAnswer`, at each batch's first-sight commit), and the classifier reads the key line that
 * answer reported. The classifier is replayed as it would have been then: trained only on the
 * labelled key lines of earlier batches. Its input is one line's words and the phase, never a rule's
 * verdict, so the replay does not leak today's rules into the past. The line read is the one
 * recorded (`rulesKeyLine`, from batch 61 on); for earlier batches, the labelled key line when the
 * first-sight key line was right, else what would have been reported without a rule (the key-line
 * ranker's pick) for UNKNOWN, and today's rules' key line for an exception. Labels are today's, so a
 * relabelled log counts as labelled now.
 */
export function firstSightClassifierCv(
  labels: readonly ReplayLabel[],
  dir = FIXTURE_DIR,
  /** The key-line ranker that picks the line of an UNKNOWN answer (default: the shipped one). */
  keyLineWeights: readonly number[] = DIAGNOSE_MODEL.keyLine.weights,
): {
  unknowns: number;
  logs: number;
  rows: FirstSightClassifierRow[];
  best: FirstSightClassifierRow;
} {
  const { answered, logs, rows } = firstSightReplacements(labels, "UNKNOWN", dir, keyLineWeights);
  const precise = rows.filter((r) => r.fired > 0 && r.right / r.fired >= CLASSIFIER_MIN_PRECISION);
  return { unknowns: answered, logs, rows, best: bestRow(precise.length ? precise : rows.slice(-1)) };
}

/**
 * A second opinion on exceptions (used by diagnose() when a threshold gains), replayed the same way:
 * on first-sight logs the rules alone answered RUNTIME_EXCEPTION, would the classifier of that time,
 * reading the exception line, have named the right category? "broke" counts logs whose label was
 * RUNTIME_EXCEPTION.
 */
export function firstSightExceptionCv(
  labels: readonly ReplayLabel[],
  dir = FIXTURE_DIR,
  keyLineWeights: readonly number[] = DIAGNOSE_MODEL.keyLine.weights,
): {
  exceptions: number;
  logs: number;
  rows: FirstSightClassifierRow[];
  best: FirstSightClassifierRow;
} {
  const { answered, logs, rows } = firstSightReplacements(labels, "RUNTIME_EXCEPTION", dir, keyLineWeights);
  const precise = rows.filter((r) => r.fired > 0 && r.right / r.fired >= CLASSIFIER_MIN_PRECISION && r.net > 0);
  const best = precise.length ? bestRow(precise) : { threshold: 1, fired: 0, right: 0, broke: 0, net: 0 };
  return { exceptions: answered, logs, rows, best };
}

/** The row with the best net gain; on a tie, the higher threshold. */
function bestRow(rows: readonly FirstSightClassifierRow[]): FirstSightClassifierRow {
  return rows.reduce((a, b) => (b.net > a.net || (b.net === a.net && b.threshold > a.threshold) ? b : a));
}

/**
 * For every first-sight log the rules alone answered `rulesAnswer`, what replacing that answer with
 * the replayed classifier's would have done at each threshold: right when it names the label, broke
 * when the rules' answer was the label.
 */
function firstSightReplacements(
  labels: readonly ReplayLabel[],
  rulesAnswer: string,
  dir: string,
  keyLineWeights: readonly number[],
): { answered: number; logs: number; rows: FirstSightClassifierRow[] } {
  const byFile = new Map(labels.map((l) => [l.file, l]));
  const records = loadFirstSightRecords().filter((r) => r.rulesAnswer !== undefined && byFile.has(r.file));
  const rows = CLASSIFIER_THRESHOLDS.map((threshold) => ({ threshold, fired: 0, right: 0, broke: 0, net: 0 }));
  const models = new Map<number, ReturnType<typeof trainNaiveBayes>>();
  const modelOf = (batch: number) => {
    let m = models.get(batch);
    if (!m) {
      const earlier = labels.filter((l) => (l.batch ?? 0) < batch);
      m = trainNaiveBayes(earlier.map((l) => ({ tokens: keyLineTokens(l), label: l.category })));
      models.set(batch, m);
    }
    return m;
  };
  let answered = 0;
  for (const r of records) {
    if (r.rulesAnswer !== rulesAnswer) continue;
    answered++;
    const label = byFile.get(r.file)!;
    const line = replayedKeyLine(r, label, dir, keyLineWeights);
    const learned = line === undefined ? undefined : lineOpinion(line, label.phase, modelOf(r.batch));
    if (!learned || learned.label === "UNKNOWN" || learned.label === rulesAnswer) continue;
    for (const row of rows) {
      if (learned.p < row.threshold) continue;
      row.fired++;
      if (learned.label === label.category) row.right++;
      else if (label.category === rulesAnswer) row.broke++;
    }
  }
  for (const row of rows) row.net = row.right - row.broke;
  return { answered, logs: records.length, rows };
}

/** The line (as the rules read it) the rules alone reported for a first-sight answer; see firstSightClassifierCv. */
function replayedKeyLine(
  r: FirstSightRecord,
  label: ReplayLabel,
  dir: string,
  keyLineWeights: readonly number[],
): string | undefined {
  if (r.rulesKeyLine !== undefined) return asRead(r.rulesKeyLine);
  if (r.keyLineOk) return asRead(label.keyLine);
  const text = readFileSync(join(dir, label.file), "utf8");
  if (r.rulesAnswer === "UNKNOWN") {
    const lines = normaliseLines(splitLog(text));
    return (pickKeyLine(lines, keyLineWeights) ?? structuralKeyLine(lines))?.text;
  }
  return asRead(diagnoseWith(text, { phase: label.phase }, undefined).keyLine);
}

/** The threshold table of a first-sight replacement question (`rulesAnswer`: what was replaced). */
function replacementTable(rows: readonly FirstSightClassifierRow[], rulesAnswer: string): string[] {
  return [
    `| posterior ≥ | replaced | right category | right ${rulesAnswer} made wrong | net right answers | replaced answers right |`,
    "|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.threshold} | ${r.fired} | ${r.right} | ${r.broke} | ${r.net >= 0 ? "+" : ""}${r.net} | ${r.fired ? `${((100 * r.right) / r.fired).toFixed(0)}%` : "–"} |`,
    ),
  ];
}

export function firstSightExceptionReport(fs: ReturnType<typeof firstSightExceptionCv>): string[] {
  return [
    `A second opinion on exceptions, asked the same way: on ${fs.logs} first-sight logs, the rules alone answered RUNTIME_EXCEPTION on ${fs.exceptions} (an exception whose message no rule read as a more specific cause). Where the classifier of the same commit named another category, replacing the rules' answer would have gone as follows:`,
    "",
    ...replacementTable(fs.rows, "RUNTIME_EXCEPTION"),
    "",
    fs.best.fired
      ? `Chosen by the same rule: posterior ≥ ${fs.best.threshold}, ${fs.best.net >= 0 ? "+" : ""}${fs.best.net} net answers (${fs.best.right}/${fs.best.fired} right). diagnose() asks this second opinion where the rules read only an exception; the answer says so in its evidence, reports that share right as its confidence, and is never acted on by the autopilot (namedByRules).`
      : "No threshold is both net positive and right often enough: the rules' RUNTIME_EXCEPTION stands, and diagnose() asks no second opinion.",
  ];
}

export function firstSightClassifierReport(fs: ReturnType<typeof firstSightClassifierCv>): string[] {
  return [
    `The production question, asked as production asks it: on ${fs.logs} first-sight logs (every batch whose first-sight commit recorded it), the rules alone answered UNKNOWN on ${fs.unknowns}. The classifier of the same commit, trained only on earlier batches, would have replaced UNKNOWN as follows:`,
    "",
    ...replacementTable(fs.rows, "UNKNOWN"),
    "",
    `Chosen: the best net gain among thresholds whose replaced answers are right at least ${Math.round(CLASSIFIER_MIN_PRECISION * 100)}% of the time (more often right than wrong, with a margin): posterior ≥ ${fs.best.threshold} (${fs.best.right}/${fs.best.fired} right, ${fs.best.net >= 0 ? "+" : ""}${fs.best.net} net). That share right is the confidence a replaced answer reports.`,
  ];
}

export function classifierReport(cv: ClassifierCv): string[] {
  const p = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line = (name: string, r: ClassifierCvRow) =>
    `| ${name} | ${p(r.categoryTop1)} | ${p(r.exactKeyLine)} | ${p(r.coverage)} | ${p(r.precision)} | ${r.overrides ? `${r.overridesRight}/${r.overrides}` : "–"} |`;
  return [
    `Learned classifier: multinomial naive Bayes over the words of the key-line candidates and structural markers (stack frames, exit codes, phase), consulted only where the rules answer UNKNOWN. ${cv.k}-fold cross-validation split by source thread over ${cv.logs} logs (the classifier is trained on the other folds each time):`,
    "",
    "| system | category top-1 | exact key line | coverage | precision | classifier answers right |",
    "|---|---:|---:|---:|---:|---:|",
    line("rules alone", cv.rules),
    ...cv.byThreshold.map((r) => line(`rules + classifier, posterior ≥ ${r.threshold}`, r)),
    "",
    cv.keep
      ? `Over the whole corpus, at posterior ≥ ${cv.best.threshold}, rules + classifier beat the rules alone on category top-1 (${p(cv.best.categoryTop1)} vs ${p(cv.rules.categoryTop1)}) without losing key lines.`
      : "Over the whole corpus the rules alone are not beaten: they were tuned on these very logs, so what they still answer UNKNOWN is mostly truly UNKNOWN.",
  ];
}

// ---------------------------------------------------------------------------------------------
// Cross-validation of the key-line ranker (src/patterns/diagnose-keyline.ts): where no rule names
// the cause, which line does it pick, against the structural score diagnose() used before it? Its
// features are the lines' structure only (no rule's verdict), so folds split by thread measure it
// honestly on logs of threads it did not learn from.

export interface KeyLineCase {
  file: string;
  thread: string;
  lines: LogLine[];
  /** Index of the labelled key line in `lines` (-1 when the label matches no line). */
  key: number;
  /** The rules alone answered UNKNOWN on this log at first sight: where the ranker is used. */
  firstSightUnknown: boolean;
}

export function keyLineCases(labels: ReadonlyArray<LabelLike & { keyLine: string }>, dir = FIXTURE_DIR): KeyLineCase[] {
  const unknown = new Set(
    loadFirstSightRecords()
      .filter((r) => r.rulesAnswer === "UNKNOWN")
      .map((r) => r.file),
  );
  return labels.map((l) => {
    const lines = normaliseLines(splitLog(readFileSync(join(dir, l.file), "utf8")));
    const want = l.keyLine.trim();
    return {
      file: l.file,
      thread: l.source.replace(/#.*$/, "").replace(/\/+$/, ""),
      lines,
      key: lines.findIndex((x) => x.display === want),
      firstSightUnknown: unknown.has(l.file),
    };
  });
}

export interface KeyLineCv {
  k: number;
  logs: number;
  /** Labelled key lines picked by the ranker trained on the other folds. */
  model: number;
  /** ...by the structural score alone. */
  baseline: number;
  /** Logs the rules alone answered UNKNOWN at first sight, and the same two counts on them. */
  unknowns: number;
  modelOnUnknowns: number;
  baselineOnUnknowns: number;
}

export function crossValidateKeyLine(cases: readonly KeyLineCase[], k = 5): KeyLineCv {
  const cv: KeyLineCv = {
    k,
    logs: cases.length,
    model: 0,
    baseline: 0,
    unknowns: 0,
    modelOnUnknowns: 0,
    baselineOnUnknowns: 0,
  };
  for (let fold = 0; fold < k; fold++) {
    const weights = trainKeyLineRanker(cases.filter((c) => foldOf(c.thread, k) !== fold && c.key >= 0));
    for (const c of cases.filter((x) => foldOf(x.thread, k) === fold)) {
      const model = c.key >= 0 && pickKeyLine(c.lines, weights) === c.lines[c.key];
      const baseline = c.key >= 0 && structuralKeyLine(c.lines) === c.lines[c.key];
      if (model) cv.model++;
      if (baseline) cv.baseline++;
      if (c.firstSightUnknown) {
        cv.unknowns++;
        if (model) cv.modelOnUnknowns++;
        if (baseline) cv.baselineOnUnknowns++;
      }
    }
  }
  return cv;
}

export function keyLineReport(cv: KeyLineCv, weights: readonly number[]): string[] {
  const p = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}%` : "–");
  return [
    `Key-line ranker: a softmax over each log's lines, on structural features only (no rule's verdict), used where no rule names the cause; when no line scores ${KEY_LINE_MIN_SCORE} or more, the structural score picks instead. ${cv.k}-fold cross-validation split by source thread; a pick is right when it is the labelled key line:`,
    "",
    "| logs | ranker (held-out folds) | structural score alone |",
    "|---|---:|---:|",
    `| all ${cv.logs} | ${p(cv.model, cv.logs)} | ${p(cv.baseline, cv.logs)} |`,
    `| the ${cv.unknowns} the rules alone answered UNKNOWN at first sight | ${p(cv.modelOnUnknowns, cv.unknowns)} | ${p(cv.baselineOnUnknowns, cv.unknowns)} |`,
    "",
    "Weights of the shipped ranker (trained on every log):",
    "",
    "| feature | weight |",
    "|---|---:|",
    ...KEY_LINE_FEATURES.map((f, i) => `| ${f} | ${weights[i + 1]} |`),
  ];
}
