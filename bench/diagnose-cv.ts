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

const FIXTURE_DIR = resolve(import.meta.dirname, "..", "test", "fixtures", "diagnose");

export const FirstSightRecord = z.object({
  file: z.string(),
  batch: z.number().int().positive(),
  commit: z.string(),
  answer: z.string(),
  confidence: z.number(),
  categoryOk: z.boolean(),
  keyLineOk: z.boolean(),
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
