/**
 * The learned part of diagnose() that names a category: multinomial naive Bayes over the words of
 * the lines a person would read first (the key-line candidates) plus the rules' own verdicts as
 * tokens. It is trained by `npm run train:diagnose` on the labelled corpus into
 * diagnose-model.generated.ts (sparse counts, never edited by hand) and used only where the rules
 * found too little evidence and would answer UNKNOWN.
 *
 * Pure functions, no I/O: a prediction is a few hundred map look-ups.
 */

/** Sparse word counts per class, as stored in the generated model. */
export interface NbModel {
  classes: string[];
  /** Documents per class (the prior). */
  docs: number[];
  /** The vocabulary, sorted. */
  tokens: string[];
  /** For tokens[i]: flat classIndex, count pairs for the classes it occurred in. */
  counts: number[][];
}

export interface NbPrediction {
  label: string;
  /** Posterior probability of `label` under the model. */
  p: number;
}

const WORD = /[a-z][a-z0-9_]*(?:[.'-][a-z0-9_]+)*/g;
/** Words that carry no evidence of a cause (grammar and log chrome). */
const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "on",
  "at",
  "is",
  "and",
  "or",
  "for",
  "with",
  "by",
  "from",
  "info",
  "app",
  "web",
  "heroku",
  "lhr",
  "sjc",
]);

/** Lower-cased words of a line, numbers and hex ids dropped, long words clipped. */
export function lineTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2 || STOP.has(w) || /^[0-9a-f]{8,}$/.test(w)) continue;
    out.push(w.length > 30 ? w.slice(0, 30) : w);
  }
  return out;
}

/** Counts each token once per document: a crash loop printing one line 500 times is one piece of evidence. */
export function trainNaiveBayes(
  docs: ReadonlyArray<{ tokens: readonly string[]; label: string }>,
  minDocs = 2,
): NbModel {
  const classes = [...new Set(docs.map((d) => d.label))].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  const docCount = classes.map(() => 0);
  const df = new Map<string, number>();
  const perClass = new Map<string, number[]>();
  for (const d of docs) {
    const ci = index.get(d.label)!;
    docCount[ci]!++;
    for (const t of new Set(d.tokens)) {
      df.set(t, (df.get(t) ?? 0) + 1);
      let row = perClass.get(t);
      if (!row) {
        row = classes.map(() => 0);
        perClass.set(t, row);
      }
      row[ci]!++;
    }
  }
  const tokens = [...perClass.keys()].filter((t) => (df.get(t) ?? 0) >= minDocs).sort();
  const counts = tokens.map((t) => perClass.get(t)!.flatMap((n, ci) => (n > 0 ? [ci, n] : [])));
  return { classes, docs: docCount, tokens, counts };
}

interface Prepared {
  rows: Map<string, number[]>;
  totals: number[];
  vocab: number;
  logPrior: number[];
}

const prepared = new WeakMap<NbModel, Prepared>();

function prepare(model: NbModel): Prepared {
  let p = prepared.get(model);
  if (p) return p;
  const totals = model.classes.map(() => 0);
  const rows = new Map<string, number[]>();
  model.tokens.forEach((t, i) => {
    const flat = model.counts[i] ?? [];
    const row = model.classes.map(() => 0);
    for (let j = 0; j + 1 < flat.length; j += 2) {
      row[flat[j]!] = flat[j + 1]!;
      totals[flat[j]!]! += flat[j + 1]!;
    }
    rows.set(t, row);
  });
  const allDocs = model.docs.reduce((a, b) => a + b, 0) || 1;
  p = {
    rows,
    totals,
    vocab: model.tokens.length,
    logPrior: model.docs.map((n) => Math.log((n + 1) / (allDocs + model.classes.length))),
  };
  prepared.set(model, p);
  return p;
}

/** Posterior of every class (Laplace smoothing α = 1); tokens outside the vocabulary are ignored. */
export function predictNaiveBayes(model: NbModel, tokens: readonly string[]): NbPrediction | undefined {
  if (model.classes.length === 0) return undefined;
  const { rows, totals, vocab, logPrior } = prepare(model);
  const scores = logPrior.slice();
  for (const t of new Set(tokens)) {
    const row = rows.get(t);
    if (!row) continue;
    for (let ci = 0; ci < scores.length; ci++) scores[ci]! += Math.log((row[ci]! + 1) / (totals[ci]! + vocab));
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let ci = 1; ci < exp.length; ci++) if (exp[ci]! > exp[best]!) best = ci;
  return { label: model.classes[best]!, p: exp[best]! / sum };
}
