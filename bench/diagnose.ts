// `npm run bench:diagnose`: how well the root-cause classifier does on real failure logs.
//
// Corpus: test/fixtures/diagnose (labelled real logs from public threads, each with its source).
// Every log carries the batch it was gathered in: batch 0 is the set the original rules were
// written against; batches 1, 2, ... were gathered and labelled later and scored *before* any
// rule was changed for them (`--record-first-sight N`, stored in batches.json). That first-sight
// score is the honest estimate of accuracy on logs the code has never seen.
//
// Reported: whole-corpus accuracy, first-sight score per batch, coverage (share not UNKNOWN)
// and precision of committed answers per category, a confusion table, a reliability table
// (confidence bucket vs observed accuracy), k-fold cross-validation split by source thread for
// the learned key-line ranker, and the time per log. `--holdout` scores the separate held-out
// set in test/fixtures/diagnose-holdout (meant to be run once, at the end of a round of work).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { classifierOpinion, diagnoseWith, rawConfidence } from "../src/patterns/diagnose.js";
import { DIAGNOSE_MODEL } from "../src/patterns/diagnose-model.generated.js";
import { DIAGNOSIS_ACTIONS, DIAGNOSIS_CATEGORIES, type Diagnosis, diagnose } from "../src/patterns/index.js";
import {
  classifierCases,
  classifierReport,
  crossValidateClassifier,
  crossValidationReport,
  type FirstSightRecord,
  firstSightClassifierCv,
  firstSightClassifierReport,
  firstSightExceptionCv,
  firstSightExceptionReport,
  keyLineReport,
  loadFirstSightRecords,
} from "./diagnose-cv.js";

export const FIXTURE_DIR = resolve(import.meta.dirname, "..", "test", "fixtures", "diagnose");
export const HOLDOUT_DIR = resolve(import.meta.dirname, "..", "test", "fixtures", "diagnose-holdout");
const BATCHES_FILE = join(FIXTURE_DIR, "batches.json");

const Label = z.object({
  file: z.string(),
  source: z.string().url(),
  ecosystem: z.string(),
  phase: z.enum(["build", "runtime"]),
  category: z.enum(DIAGNOSIS_CATEGORIES),
  keyLine: z.string(),
  action: z.enum(DIAGNOSIS_ACTIONS),
  variable: z.string().optional(),
  /** Gathering round: 0 = the logs the original rules were written against. */
  batch: z.number().int().nonnegative().optional(),
});
export type Label = z.infer<typeof Label>;

const FirstSight = z.object({
  batch: z.number().int().positive(),
  recordedAt: z.string(),
  commit: z.string(),
  logs: z.number().int(),
  categoryTop1: z.number(),
  exactKeyLine: z.number(),
  coverage: z.number(),
  precision: z.number(),
});
export type FirstSight = z.infer<typeof FirstSight>;

export function loadLabels(dir = FIXTURE_DIR): Label[] {
  return z.array(Label).parse(JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")));
}

export function batchOf(label: Label): number {
  return label.batch ?? 0;
}

/** The thread a log came from: logs of one thread never straddle a train/test split. */
export function threadOf(label: Label): string {
  return label.source.replace(/#.*$/, "").replace(/\/+$/, "");
}

export interface CaseResult {
  label: Label;
  text: string;
  result: Diagnosis;
  categoryOk: boolean;
  keyLineOk: boolean;
  actionOk: boolean;
  variableOk: boolean;
}

export interface Score {
  total: number;
  categoryAccuracy: number;
  keyLineAccuracy: number;
  actionAccuracy: number;
  /** Share of logs answered with a category other than UNKNOWN. */
  coverage: number;
  /** Among answers other than UNKNOWN, the share that were right. */
  precision: number;
  perCategory: Map<string, { total: number; correct: number; predicted: number; predictedCorrect: number }>;
}

export function runFixtures(labels: readonly Label[], dir = FIXTURE_DIR): CaseResult[] {
  return labels.map((label) => {
    const text = readFileSync(join(dir, label.file), "utf8");
    const result = diagnose(text, { phase: label.phase });
    return {
      label,
      text,
      result,
      categoryOk: result.category === label.category,
      keyLineOk: result.keyLine.trim() === label.keyLine.trim(),
      actionOk: result.action === label.action,
      variableOk: label.variable === undefined || result.variable === label.variable,
    };
  });
}

export function score(results: readonly CaseResult[]): Score {
  const perCategory: Score["perCategory"] = new Map();
  const entry = (c: string) => {
    let e = perCategory.get(c);
    if (!e) {
      e = { total: 0, correct: 0, predicted: 0, predictedCorrect: 0 };
      perCategory.set(c, e);
    }
    return e;
  };
  for (const r of results) {
    const truth = entry(r.label.category);
    truth.total++;
    if (r.categoryOk) truth.correct++;
    const said = entry(r.result.category);
    said.predicted++;
    if (r.categoryOk) said.predictedCorrect++;
  }
  const n = results.length || 1;
  const committed = results.filter((r) => r.result.category !== "UNKNOWN");
  return {
    total: results.length,
    categoryAccuracy: results.filter((r) => r.categoryOk).length / n,
    keyLineAccuracy: results.filter((r) => r.keyLineOk).length / n,
    actionAccuracy: results.filter((r) => r.actionOk).length / n,
    coverage: committed.length / n,
    precision: committed.length ? committed.filter((r) => r.categoryOk).length / committed.length : 0,
    perCategory,
  };
}

export function loadFirstSight(): FirstSight[] {
  if (!existsSync(BATCHES_FILE)) return [];
  return z.array(FirstSight).parse(JSON.parse(readFileSync(BATCHES_FILE, "utf8")));
}

/**
 * Scores a freshly gathered batch with the code as it is now and stores the result. Refuses to
 * overwrite: a first-sight score can only be taken once, before the code learns from the batch.
 */
export function recordFirstSight(batch: number): FirstSight {
  const existing = loadFirstSight();
  if (existing.some((b) => b.batch === batch)) throw new Error(`batch ${batch} already has a first-sight score`);
  const results = runFixtures(loadLabels().filter((l) => batchOf(l) === batch));
  if (results.length === 0) throw new Error(`no fixture is labelled batch ${batch}`);
  const s = score(results);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const entry: FirstSight = {
    batch,
    recordedAt: new Date().toISOString(),
    commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim(),
    logs: s.total,
    categoryTop1: round(s.categoryAccuracy),
    exactKeyLine: round(s.keyLineAccuracy),
    coverage: round(s.coverage),
    precision: round(s.precision),
  };
  writeFileSync(BATCHES_FILE, `${JSON.stringify([...existing, entry], null, 2)}\n`);
  // Per-log answers too, with the raw (uncalibrated) confidence: they are what the calibration learns from.
  const detail: FirstSightRecord[] = results.map((r) => {
    const ranked = Object.values(r.result.scores).sort((a, b) => b - a);
    return {
      file: r.label.file,
      batch,
      commit: entry.commit,
      answer: r.result.category,
      confidence: r.result.category === "UNKNOWN" ? r.result.confidence : rawConfidence(ranked[0] ?? 0, ranked[1] ?? 0),
      categoryOk: r.categoryOk,
      keyLineOk: r.keyLineOk,
      // What the rules alone answered and reported as the key line, and what the shipped classifier
      // said: the classifier's threshold is chosen on answers neither had learned from (see
      // firstSightClassifierCv).
      ...rulesOnly(r.text, r.label.phase),
      ...learnedOpinion(r.text, r.label.phase),
    };
  });
  writeFileSync(
    join(FIXTURE_DIR, "first-sight.json"),
    `${JSON.stringify([...loadFirstSightRecords(), ...detail], null, 1)}\n`,
  );
  return entry;
}

function rulesOnly(text: string, phase: Label["phase"]): Pick<FirstSightRecord, "rulesAnswer" | "rulesKeyLine"> {
  const d = diagnoseWith(text, { phase }, undefined);
  return { rulesAnswer: d.category, rulesKeyLine: d.keyLine };
}

function learnedOpinion(text: string, phase: Label["phase"]): Pick<FirstSightRecord, "learned"> {
  const p = classifierOpinion(text, { phase }, DIAGNOSE_MODEL.classifier.model);
  return p ? { learned: { label: p.label, p: Math.round(p.p * 10_000) / 10_000 } } : {};
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function confusionLines(results: readonly CaseResult[]): string[] {
  const cats = DIAGNOSIS_CATEGORIES.filter((c) =>
    results.some((r) => r.label.category === c || r.result.category === c),
  );
  const short = (c: string) =>
    c.replace("BUILD_", "B_").replace("DEPENDENCY", "DEP").replace("_RUNTIME", "").replace("EXCEPTION", "EXC");
  const lines = [
    "Confusion (rows: label, columns: answer):",
    "",
    `| label \\ answer | ${cats.map(short).join(" | ")} |`,
    `|---|${cats.map(() => "---:").join("|")}|`,
  ];
  for (const truth of cats) {
    const row = cats.map((said) => {
      const n = results.filter((r) => r.label.category === truth && r.result.category === said).length;
      return n === 0 ? "·" : String(n);
    });
    lines.push(`| ${short(truth)} | ${row.join(" | ")} |`);
  }
  return lines;
}

export function reliability(
  results: readonly CaseResult[],
): Array<{ bucket: string; n: number; mean: number; accuracy: number }> {
  const edges = [0, 0.3, 0.5, 0.7, 0.85, 1.0001];
  const out: Array<{ bucket: string; n: number; mean: number; accuracy: number }> = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const lo = edges[i]!;
    const hi = edges[i + 1]!;
    // Only committed answers: an UNKNOWN answer's confidence says how weak the evidence was, not how likely it is right.
    const inBucket = results.filter(
      (r) => r.result.category !== "UNKNOWN" && r.result.confidence >= lo && r.result.confidence < hi,
    );
    if (inBucket.length === 0) continue;
    const mean = inBucket.reduce((a, r) => a + r.result.confidence, 0) / inBucket.length;
    const accuracy = inBucket.filter((r) => r.categoryOk).length / inBucket.length;
    out.push({ bucket: `${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)}`, n: inBucket.length, mean, accuracy });
  }
  return out;
}

function timing(labels: readonly Label[]): string[] {
  const texts = labels.map((l) => ({ text: readFileSync(join(FIXTURE_DIR, l.file), "utf8"), phase: l.phase }));
  for (const t of texts) diagnose(t.text, { phase: t.phase }); // warm-up
  const rounds = 5;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of texts) diagnose(t.text, { phase: t.phase });
  const perLog = (performance.now() - started) / (rounds * texts.length);
  const corpus = texts.map((t) => t.text).join("\n");
  const big = Array.from({ length: 20 }, () => corpus).join("\n");
  const bigLines = big.split("\n").length;
  const t0 = performance.now();
  diagnose(big, { phase: "runtime", maxLines: bigLines });
  const bigMs = performance.now() - t0;
  return [
    `Time: ${perLog.toFixed(2)} ms per log on average over the corpus (one core);`,
    `a ${bigLines.toLocaleString("en")}-line log made of the corpus repeated 20 times: ${bigMs.toFixed(0)} ms.`,
  ];
}

export async function benchDiagnose(): Promise<{ name: string; lines: string[] }> {
  const labels = loadLabels();
  const results = runFixtures(labels);
  const all = score(results);
  const batches = [...new Set(labels.map(batchOf))].sort((a, b) => a - b);
  const firstSight = loadFirstSight();

  const lines: string[] = [
    `${labels.length} real failure logs from public issue threads and pages (${new Set(labels.map(threadOf)).size} threads), in ${batches.length} batches.`,
    "",
    "Whole corpus (the code has seen all of it: an optimistic number):",
    "",
    "| logs | category top-1 | exact key line | action | coverage (not UNKNOWN) | precision of committed answers |",
    "|---:|---:|---:|---:|---:|---:|",
    `| ${all.total} | ${pct(all.categoryAccuracy)} | ${pct(all.keyLineAccuracy)} | ${pct(all.actionAccuracy)} | ${pct(all.coverage)} | ${pct(all.precision)} |`,
    "",
    "First sight: each batch scored with the code as it was *before* any change made for that batch",
    "(the honest estimate on unseen logs), next to its score now:",
    "",
    "| batch | logs | first sight: category | first sight: key line | first sight: coverage | at commit | now: category | now: key line |",
    "|---:|---:|---:|---:|---:|---|---:|---:|",
  ];
  for (const b of batches) {
    const now = score(results.filter((r) => batchOf(r.label) === b));
    const fs = firstSight.find((f) => f.batch === b);
    const first = fs
      ? `${pct(fs.categoryTop1)} | ${pct(fs.exactKeyLine)} | ${pct(fs.coverage)} | ${fs.commit}`
      : b === 0
        ? "– (rules written on it) | – | – | –"
        : "not recorded | – | – | –";
    lines.push(`| ${b} | ${now.total} | ${first} | ${pct(now.categoryAccuracy)} | ${pct(now.keyLineAccuracy)} |`);
  }
  const unseen = firstSight.reduce(
    (a, f) => ({ n: a.n + f.logs, c: a.c + f.categoryTop1 * f.logs, k: a.k + f.exactKeyLine * f.logs }),
    { n: 0, c: 0, k: 0 },
  );
  if (unseen.n > 0) {
    lines.push(
      "",
      `All first-sight logs pooled (${unseen.n}): category ${pct(unseen.c / unseen.n)}, key line ${pct(unseen.k / unseen.n)}.`,
    );
  }

  lines.push(
    "",
    "Per category (whole corpus): coverage = labelled logs answered with their category; precision = answers of that category that were right.",
    "",
    "| category | labelled | recall | answered | precision |",
    "|---|---:|---:|---:|---:|",
  );
  for (const c of DIAGNOSIS_CATEGORIES) {
    const e = all.perCategory.get(c);
    if (!e) continue;
    const recall = e.total ? pct(e.correct / e.total) : "–";
    const precision = e.predicted ? pct(e.predictedCorrect / e.predicted) : "–";
    lines.push(`| ${c} | ${e.total} | ${recall} | ${e.predicted} | ${precision} |`);
  }

  lines.push("", ...confusionLines(results));

  lines.push(
    "",
    "Reliability (whole corpus, committed answers): does a confidence of x mean right x of the time?",
    "",
    "| confidence | logs | mean confidence | observed accuracy |",
    "|---|---:|---:|---:|",
  );
  for (const r of reliability(results))
    lines.push(`| ${r.bucket} | ${r.n} | ${r.mean.toFixed(2)} | ${pct(r.accuracy)} |`);

  lines.push("", ...crossValidationReport(labels));
  const cases = classifierCases(labels);
  lines.push("", ...classifierReport(crossValidateClassifier(cases)));
  // As cross-validated by `npm run train:diagnose` (recomputing it here would train the ranker five times more).
  lines.push("", ...keyLineReport(DIAGNOSE_MODEL.keyLine.cv, DIAGNOSE_MODEL.keyLine.weights));
  lines.push("", ...firstSightClassifierReport(firstSightClassifierCv(labels)));
  lines.push("", ...firstSightExceptionReport(firstSightExceptionCv(labels)));

  // The held-out set is not re-scored here (it is scored on purpose, with --holdout); its recorded scores are shown.
  const scoreFile = join(HOLDOUT_DIR, "score.json");
  if (existsSync(scoreFile)) {
    const recorded = z
      .array(
        z.object({
          scoredAt: z.string(),
          commit: z.string(),
          logs: z.number(),
          categoryTop1: z.number(),
          exactKeyLine: z.number(),
          coverage: z.number(),
          note: z.string(),
        }),
      )
      .parse(JSON.parse(readFileSync(scoreFile, "utf8")));
    lines.push(
      "",
      "Held-out set (test/fixtures/diagnose-holdout, labelled before scoring, never tuned on), as recorded:",
      "",
      "| scored | code | logs | category | key line | coverage | note |",
      "|---|---|---:|---:|---:|---:|---|",
    );
    for (const r of recorded) {
      lines.push(
        `| ${r.scoredAt.slice(0, 16)} | ${r.commit} | ${r.logs} | ${pct(r.categoryTop1)} | ${pct(r.exactKeyLine)} | ${pct(r.coverage)} | ${r.note} |`,
      );
    }
  }

  const misses = results.filter((r) => !r.categoryOk || !r.keyLineOk);
  lines.push("", misses.length ? `Misses (${misses.length}; expected → got):` : "No misses.");
  for (const m of misses) {
    const what = m.categoryOk
      ? `key line: expected "${m.label.keyLine.slice(0, 90)}" got "${m.result.keyLine.slice(0, 90)}"`
      : `${m.label.category} → ${m.result.category} (confidence ${m.result.confidence})`;
    lines.push(`- [b${batchOf(m.label)}] ${m.label.file}: ${what}`);
  }

  lines.push("", ...timing(labels));
  return { name: "Diagnosis", lines };
}

function holdoutLines(): string[] {
  const labels = loadLabels(HOLDOUT_DIR);
  const results = runFixtures(labels, HOLDOUT_DIR);
  const s = score(results);
  const lines = [
    `Held-out set (${labels.length} logs in test/fixtures/diagnose-holdout, never tuned on):`,
    "",
    "| logs | category top-1 | exact key line | coverage | precision |",
    "|---:|---:|---:|---:|---:|",
    `| ${s.total} | ${pct(s.categoryAccuracy)} | ${pct(s.keyLineAccuracy)} | ${pct(s.coverage)} | ${pct(s.precision)} |`,
  ];
  return lines;
}

/** Replaces (or appends) the "## Diagnosis" section of bench/report.md, leaving other sections alone. */
function writeReportSection(body: string): void {
  const path = resolve(import.meta.dirname, "report.md");
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# railpilot benchmark report\n";
  const section = `## Diagnosis\n\n${body}\n`;
  const start = current.indexOf("## Diagnosis\n");
  let next: string;
  if (start === -1) next = `${current.trimEnd()}\n\n${section}`;
  else {
    const after = current.indexOf("\n## ", start + 1);
    next = `${current.slice(0, start)}${section}${after === -1 ? "" : current.slice(after + 1)}`;
  }
  writeFileSync(path, next);
  writeFileSync(resolve(import.meta.dirname, "diagnose-report.md"), `# Diagnosis benchmark\n\n${body}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const record = args.indexOf("--record-first-sight");
  if (record !== -1) {
    const entry = recordFirstSight(Number(args[record + 1]));
    process.stdout.write(`${JSON.stringify(entry)}\n`);
  } else if (args.includes("--holdout")) {
    process.stdout.write(`${holdoutLines().join("\n")}\n`);
  } else {
    const section = await benchDiagnose();
    const body = section.lines.join("\n");
    if (!args.includes("--no-write")) writeReportSection(body);
    process.stdout.write(`## ${section.name}\n\n${body}\n`);
  }
}
