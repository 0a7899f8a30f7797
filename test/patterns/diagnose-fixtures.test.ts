import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { batchOf, FIXTURE_DIR, loadFirstSight, loadLabels, runFixtures, score } from "../../bench/diagnose.js";
import { DIAGNOSIS_CATEGORIES } from "../../src/patterns/index.js";

// Floors a little under what the corpus measures now: a regression below them fails CI.
const CATEGORY_FLOOR = 0.8;
const KEY_LINE_FLOOR = 0.7;

describe("diagnose on the labelled real-log fixtures", () => {
  const labels = loadLabels();
  const results = runFixtures(labels);

  it("has labelled logs covering every category, each with a source address, its file present and its key line in it", () => {
    expect(labels.length).toBeGreaterThanOrEqual(120);
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
    const misses = results.filter((r) => !r.categoryOk).map((r) => `${r.label.file}: ${r.label.category} → ${r.result.category}`);
    expect(s.categoryAccuracy, misses.join("\n")).toBeGreaterThanOrEqual(CATEGORY_FLOOR);
    expect(s.keyLineAccuracy).toBeGreaterThanOrEqual(KEY_LINE_FLOOR);
  });

  it("names the variable to set whenever the label names one", () => {
    for (const r of results.filter((x) => x.label.variable !== undefined && x.categoryOk)) {
      expect(r.result.variable, r.label.file).toBe(r.label.variable);
    }
  });

  it("keeps UNKNOWN answers at low confidence", () => {
    for (const r of results.filter((x) => x.result.category === "UNKNOWN")) expect(r.result.confidence).toBeLessThanOrEqual(0.3);
  });

});
