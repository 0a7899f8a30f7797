import { describe, expect, it } from "vitest";
import { loadLabels } from "../../bench/diagnose.js";
import { calibrationData, crossValidate, heldOutCalibrated, reliabilityTable } from "../../bench/diagnose-cv.js";
import { applyCalibration, fitCalibration } from "../../src/patterns/diagnose-calibration.js";
import { DIAGNOSE_MODEL } from "../../src/patterns/diagnose-model.generated.js";

describe("confidence calibration: isotonic fit", () => {
  it("is monotone and pulls small blocks towards the overall accuracy", () => {
    const points = [
      { raw: 0.5, correct: false },
      { raw: 0.55, correct: true },
      { raw: 0.6, correct: false },
      { raw: 0.8, correct: true },
      { raw: 0.9, correct: true },
      { raw: 0.95, correct: true },
    ];
    const knots = fitCalibration(points);
    for (let i = 1; i < knots.length; i++) {
      expect(knots[i]!.raw).toBeGreaterThanOrEqual(knots[i - 1]!.raw);
      expect(knots[i]!.p).toBeGreaterThanOrEqual(knots[i - 1]!.p);
    }
    // Distinct blocks get strictly increasing values; a block's two ends share one.
    const levels = [...new Set(knots.map((k) => k.p))];
    expect(levels.length).toBeGreaterThan(1);
    expect(knots[knots.length - 1]!.p).toBeLessThan(1);
    expect(knots[0]!.p).toBeGreaterThan(0);
  });

  it("is flat across a block and linear only across the gap between blocks", () => {
    const knots = fitCalibration([
      { raw: 0.4, correct: false },
      { raw: 0.5, correct: false },
      { raw: 0.8, correct: true },
      { raw: 0.9, correct: true },
    ]);
    expect(applyCalibration(0.8, knots)).toBe(applyCalibration(0.9, knots));
    expect(applyCalibration(0.4, knots)).toBe(applyCalibration(0.5, knots));
    expect(applyCalibration(0.65, knots)).toBeGreaterThan(applyCalibration(0.5, knots));
    expect(applyCalibration(0.65, knots)).toBeLessThan(applyCalibration(0.8, knots));
  });

  it("interpolates between knots, is flat beyond them, and is the identity without knots", () => {
    const knots = [
      { raw: 0.5, p: 0.6 },
      { raw: 0.9, p: 1 },
    ];
    expect(applyCalibration(0.7, knots)).toBeCloseTo(0.8);
    expect(applyCalibration(0.1, knots)).toBe(0.6);
    expect(applyCalibration(0.99, knots)).toBe(1);
    expect(applyCalibration(0.42, [])).toBe(0.42);
  });
});

describe("confidence calibration: the shipped model", () => {
  const data = calibrationData(loadLabels());

  it("is what `npm run train:diagnose` produces from the corpus (not stale, not hand-edited)", () => {
    expect(DIAGNOSE_MODEL.trainedOn).toBe(data.length);
    expect(DIAGNOSE_MODEL.knots).toEqual(fitCalibration(data));
  });

  it("is enabled only because cross-validation by thread shows it helps", () => {
    const cv = crossValidate(data);
    expect(DIAGNOSE_MODEL.enabled).toBe(cv.brierCalibrated < cv.brierRaw);
    if (DIAGNOSE_MODEL.enabled) expect(cv.eceCalibrated).toBeLessThan(cv.eceRaw);
  });

  it("states confidences within 0.15 (or two standard errors, for small buckets) of the observed accuracy on held-out first-sight answers (buckets of ≥ 10)", () => {
    for (const b of reliabilityTable(heldOutCalibrated(data))) {
      if (b.n < 10) continue;
      // A bucket of 16 answers right 80% of the time has a standard error of 0.1 on its accuracy alone.
      const twoStandardErrors = 2 * Math.sqrt((b.accuracy * (1 - b.accuracy)) / b.n);
      expect(Math.abs(b.mean - b.accuracy), b.bucket).toBeLessThanOrEqual(Math.max(0.15, twoStandardErrors));
    }
  });
});
