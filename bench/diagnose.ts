// `tsx bench/diagnose.ts`: root-cause classifier accuracy on the labelled real-log fixtures
// (test/fixtures/diagnose), overall, per category, on the development split and on the
// held-out split (every fixture whose number is a multiple of 5, kept out of rule writing),
// plus the exact key-line match rate, a confusion list of misses and throughput.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { DIAGNOSIS_ACTIONS, DIAGNOSIS_CATEGORIES, type Diagnosis, diagnose } from "../src/patterns/index.js";

export const FIXTURE_DIR = resolve(import.meta.dirname, "..", "test", "fixtures", "diagnose");

const Label = z.object({
  file: z.string(),
  source: z.string(),
  ecosystem: z.string(),
  phase: z.enum(["build", "runtime"]),
  category: z.enum(DIAGNOSIS_CATEGORIES),
  keyLine: z.string(),
  action: z.enum(DIAGNOSIS_ACTIONS),
  variable: z.string().optional(),
});
export type Label = z.infer<typeof Label>;

export function loadLabels(dir = FIXTURE_DIR): Label[] {
  return z.array(Label).parse(JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")));
}

/** Fixtures numbered above this were gathered and labelled after the rules were written. */
const FRESH_AFTER = 80;

export type Split = "development" | "held-out" | "fresh";

/**
 * development: the logs the rules were written against. held-out: every fixture numbered 05, 10,
 * 15, ... (set aside while writing rules, but labelled by the same person beforehand). fresh:
 * logs gathered and labelled after the rules existed, the most honest test of generalisation.
 */
export function splitOf(label: Label): Split {
  const n = Number.parseInt(label.file, 10);
  if (n > FRESH_AFTER) return "fresh";
  return n % 5 === 0 ? "held-out" : "development";
}

export function isHeldOut(label: Label): boolean {
  return splitOf(label) !== "development";
}

export interface CaseResult {
  label: Label;
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
  perCategory: Map<string, { total: number; correct: number }>;
}

export function runFixtures(labels: readonly Label[], dir = FIXTURE_DIR): CaseResult[] {
  return labels.map((label) => {
    const text = readFileSync(join(dir, label.file), "utf8");
    const result = diagnose(text, { phase: label.phase });
    return {
      label,
      result,
      categoryOk: result.category === label.category,
      keyLineOk: result.keyLine.trim() === label.keyLine.trim(),
      actionOk: result.action === label.action,
      variableOk: label.variable === undefined || result.variable === label.variable,
    };
  });
}

export function score(results: readonly CaseResult[]): Score {
  const perCategory = new Map<string, { total: number; correct: number }>();
  for (const r of results) {
    const entry = perCategory.get(r.label.category) ?? { total: 0, correct: 0 };
    entry.total++;
    if (r.categoryOk) entry.correct++;
    perCategory.set(r.label.category, entry);
  }
  const n = results.length || 1;
  return {
    total: results.length,
    categoryAccuracy: results.filter((r) => r.categoryOk).length / n,
    keyLineAccuracy: results.filter((r) => r.keyLineOk).length / n,
    actionAccuracy: results.filter((r) => r.actionOk).length / n,
    perCategory,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export async function benchDiagnose(): Promise<{ name: string; lines: string[] }> {
  const labels = loadLabels();
  const results = runFixtures(labels);
  const all = score(results);
  const dev = score(results.filter((r) => splitOf(r.label) === "development"));
  const held = score(results.filter((r) => splitOf(r.label) === "held-out"));
  const fresh = score(results.filter((r) => splitOf(r.label) === "fresh"));

  const lines: string[] = [
    `${labels.length} real failure logs from public issue threads (${dev.total} development, ${held.total} held out, ${fresh.total} fresh: gathered after the rules were written).`,
    "Targets: top-1 category accuracy ≥ 90%, exact key-line match ≥ 85%.",
    "",
    "| split | logs | category top-1 | exact key line | action |",
    "|---|---:|---:|---:|---:|",
    `| all | ${all.total} | ${pct(all.categoryAccuracy)} | ${pct(all.keyLineAccuracy)} | ${pct(all.actionAccuracy)} |`,
    `| development | ${dev.total} | ${pct(dev.categoryAccuracy)} | ${pct(dev.keyLineAccuracy)} | ${pct(dev.actionAccuracy)} |`,
    `| held out | ${held.total} | ${pct(held.categoryAccuracy)} | ${pct(held.keyLineAccuracy)} | ${pct(held.actionAccuracy)} |`,
    `| fresh | ${fresh.total} | ${pct(fresh.categoryAccuracy)} | ${pct(fresh.keyLineAccuracy)} | ${pct(fresh.actionAccuracy)} |`,
    "",
    "| category | logs | correct (all) | development | held out | fresh |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  for (const category of DIAGNOSIS_CATEGORIES) {
    const a = all.perCategory.get(category);
    if (!a) continue;
    const d = dev.perCategory.get(category);
    const h = held.perCategory.get(category);
    const f = fresh.perCategory.get(category);
    const cell = (e: { total: number; correct: number } | undefined) => (e ? `${e.correct}/${e.total}` : "–");
    lines.push(`| ${category} | ${a.total} | ${pct(a.correct / a.total)} | ${cell(d)} | ${cell(h)} | ${cell(f)} |`);
  }

  const misses = results.filter((r) => !r.categoryOk || !r.keyLineOk);
  lines.push("", misses.length ? "Misses (expected → got):" : "No misses.");
  for (const m of misses) {
    const what = m.categoryOk
      ? `key line: expected "${m.label.keyLine.slice(0, 90)}" got "${m.result.keyLine.slice(0, 90)}"`
      : `${m.label.category} → ${m.result.category} (confidence ${m.result.confidence})`;
    const split = splitOf(m.label);
    lines.push(`- ${m.label.file}${split === "development" ? "" : ` [${split}]`}: ${what}`);
  }

  // Throughput on a large synthetic log: every fixture concatenated many times.
  const corpus = labels.map((l) => readFileSync(join(FIXTURE_DIR, l.file), "utf8")).join("\n");
  const big = Array.from({ length: 40 }, () => corpus).join("\n");
  const bigLines = big.split("\n").length;
  const started = performance.now();
  diagnose(big, { phase: "runtime", maxLines: bigLines });
  const ms = performance.now() - started;
  const corpusLines = corpus.split("\n").length;
  const texts = labels.map((l) => ({ text: readFileSync(join(FIXTURE_DIR, l.file), "utf8"), phase: l.phase }));
  for (const t of texts) diagnose(t.text, { phase: t.phase }); // warm-up
  const rounds = 10;
  const perLog = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of texts) diagnose(t.text, { phase: t.phase });
  const perLogTotal = performance.now() - perLog;
  const perLogMs = perLogTotal / (rounds * labels.length);
  const uniqueRate = Math.round((rounds * corpusLines) / (perLogTotal / 1000));
  lines.push(
    "",
    `Throughput: ${perLogMs.toFixed(2)} ms per fixture log on average (${uniqueRate.toLocaleString("en")} lines/s of mostly distinct lines);`,
    `a ${bigLines.toLocaleString("en")}-line log made of the fixtures repeated 40 times (repeats cost almost nothing): ${ms.toFixed(0)} ms.`,
  );
  return { name: "Root-cause diagnosis (real failure logs)", lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await benchDiagnose();
  process.stdout.write(`## ${section.name}\n\n${section.lines.join("\n")}\n`);
}
