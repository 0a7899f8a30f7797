/**
 * Confidence calibration for diagnose(): a monotone map from the raw confidence the rules produce
 * (strength and margin of the evidence) to the probability that the answer is right.
 *
 * The map is learned by isotonic regression (pool-adjacent-violators) on first-sight results:
 * answers the code gave on logs it had never seen, recorded before any rule was changed for them
 * (test/fixtures/diagnose/first-sight.json). It is rebuilt by `npm run train:diagnose` into
 * diagnose-model.generated.ts and never edited by hand.
 */

export interface CalibrationPoint {
  /** Raw confidence of a committed (not UNKNOWN) answer. */
  raw: number;
  /** Whether that answer was right. */
  correct: boolean;
}

export interface CalibrationKnot {
  raw: number;
  p: number;
}

/**
 * Isotonic regression with a Beta(prior·mean, prior·(1-mean)) pull towards the overall accuracy in
 * every block, so a block of three right answers does not claim certainty. Knots are each block's
 * ends, so the map is a step function joined by straight lines across the gaps.
 */
export function fitCalibration(points: readonly CalibrationPoint[], prior = 2): CalibrationKnot[] {
  if (points.length === 0) return [];
  const sorted = [...points].sort((a, b) => a.raw - b.raw);
  const mean = sorted.filter((p) => p.correct).length / sorted.length;
  interface Block {
    minRaw: number;
    maxRaw: number;
    hits: number;
    n: number;
  }
  const value = (b: Block) => (b.hits + prior * mean) / (b.n + prior);
  const blocks: Block[] = [];
  for (const p of sorted) {
    blocks.push({ minRaw: p.raw, maxRaw: p.raw, hits: p.correct ? 1 : 0, n: 1 });
    while (blocks.length >= 2 && value(blocks[blocks.length - 2]!) >= value(blocks[blocks.length - 1]!)) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1]!;
      prev.maxRaw = last.maxRaw;
      prev.hits += last.hits;
      prev.n += last.n;
    }
  }
  // Flat across each block (from its lowest to its highest raw value), linear only across the gaps
  // between blocks: interpolating from one block's middle to the next would lend the answers at the
  // low end of a well-calibrated block the accuracy of the block below it.
  return blocks.flatMap((b) => {
    const p = round4(value(b));
    return b.minRaw === b.maxRaw
      ? [{ raw: round4(b.minRaw), p }]
      : [
          { raw: round4(b.minRaw), p },
          { raw: round4(b.maxRaw), p },
        ];
  });
}

/** Piecewise-linear interpolation between knots; flat beyond the ends. Identity when there are none. */
export function applyCalibration(raw: number, knots: readonly CalibrationKnot[]): number {
  if (knots.length === 0) return raw;
  const first = knots[0]!;
  const last = knots[knots.length - 1]!;
  if (raw <= first.raw) return first.p;
  if (raw >= last.raw) return last.p;
  for (let i = 1; i < knots.length; i++) {
    const b = knots[i]!;
    if (raw <= b.raw) {
      const a = knots[i - 1]!;
      const t = b.raw === a.raw ? 1 : (raw - a.raw) / (b.raw - a.raw);
      return a.p + t * (b.p - a.p);
    }
  }
  return last.p;
}

/** Mean squared gap between stated confidence and outcome (lower is better). */
export function brier(points: readonly CalibrationPoint[], map: (raw: number) => number): number {
  if (points.length === 0) return 0;
  let sum = 0;
  for (const p of points) {
    const q = map(p.raw);
    sum += (q - (p.correct ? 1 : 0)) ** 2;
  }
  return sum / points.length;
}

function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
