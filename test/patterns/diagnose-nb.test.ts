import { describe, expect, it } from "vitest";
import { loadLabels } from "../../bench/diagnose.js";
import { CLASSIFIER_MIN_PRECISION, classifierCases, firstSightClassifierCv } from "../../bench/diagnose-cv.js";
import { diagnose, diagnoseWith } from "../../src/patterns/diagnose.js";
import { DIAGNOSE_MODEL } from "../../src/patterns/diagnose-model.generated.js";
import { lineTokens, predictNaiveBayes, trainNaiveBayes } from "../../src/patterns/diagnose-nb.js";

describe("naive Bayes: tokens", () => {
  it.each([
    ["Error: connect ECONNREFUSED 127.0.0.1:6379", ["error", "connect", "econnrefused"]],
    ["The app is listening on the port", ["listening", "port"]],
    ["id deadbeefcafe1234 at 0x7f", ["id", "x7f"]],
    ["", []],
  ])("%j → %j", (line, tokens) => {
    expect(lineTokens(line)).toEqual(tokens);
  });
});

describe("naive Bayes: training and prediction", () => {
  const docs = [
    { tokens: ["heap", "out", "memory"], label: "OUT_OF_MEMORY" },
    { tokens: ["heap", "allocation", "failed"], label: "OUT_OF_MEMORY" },
    { tokens: ["econnrefused", "connect", "redis"], label: "DEPENDENCY_UNREACHABLE" },
    { tokens: ["econnrefused", "connect", "postgres"], label: "DEPENDENCY_UNREACHABLE" },
    { tokens: ["process", "exited"], label: "UNKNOWN" },
  ];
  const model = trainNaiveBayes(docs);

  it("keeps only tokens seen in at least two documents, counting each once per document", () => {
    expect(model.tokens).toEqual(["connect", "econnrefused", "heap"]);
    expect(model.docs).toEqual([2, 2, 1]);
    expect(model.classes).toEqual(["DEPENDENCY_UNREACHABLE", "OUT_OF_MEMORY", "UNKNOWN"]);
    const twice = trainNaiveBayes([
      { tokens: ["a1", "a1", "a1"], label: "X" },
      { tokens: ["a1"], label: "X" },
    ]);
    expect(twice.counts).toEqual([[0, 2]]);
  });

  it.each([
    [["heap", "heap"], "OUT_OF_MEMORY"],
    [["econnrefused", "connect"], "DEPENDENCY_UNREACHABLE"],
    [["nothing", "known"], "DEPENDENCY_UNREACHABLE"],
  ])("%j → %s", (tokens, label) => {
    const p = predictNaiveBayes(model, tokens)!;
    expect(p.label).toBe(label);
    expect(p.p).toBeGreaterThan(0);
    expect(p.p).toBeLessThanOrEqual(1);
  });

  it("counts a repeated token once, and has nothing to say without a model", () => {
    const one = predictNaiveBayes(model, ["heap"])!.p;
    const two = predictNaiveBayes(model, ["heap", "heap"])!.p;
    expect(two).toBe(one); // a repeated token is one piece of evidence
    expect(predictNaiveBayes(trainNaiveBayes([]), ["heap"])).toBeUndefined();
  });
});

describe("diagnose with the learned classifier", () => {
  // A log no rule recognises: the rules alone answer UNKNOWN.
  const log = ["starting worker", "Error: flux capacitor overheated, aborting", "exited with status 3"].join("\n");
  const model = trainNaiveBayes([
    { tokens: ["flux", "capacitor", "overheated"], label: "OUT_OF_MEMORY" },
    { tokens: ["flux", "capacitor", "overheated", "aborting"], label: "OUT_OF_MEMORY" },
    { tokens: ["starting", "worker"], label: "UNKNOWN" },
  ]);

  it("stays silent on a log of one or two words, whatever its posterior", () => {
    const thin = trainNaiveBayes([
      { tokens: ["killed"], label: "OUT_OF_MEMORY" },
      { tokens: ["killed"], label: "OUT_OF_MEMORY" },
    ]);
    const d = diagnoseWith("Worker booted\nKilled", { phase: "runtime" }, { model: thin, threshold: 0, precision: 1 });
    expect(d.category).toBe("UNKNOWN");
  });

  it("answers UNKNOWN from the rules alone", () => {
    expect(diagnoseWith(log, { phase: "runtime" }, undefined).category).toBe("UNKNOWN");
  });

  it("names the category only when the posterior reaches the threshold, and says so in evidence", () => {
    const d = diagnoseWith(log, { phase: "runtime" }, { model, threshold: 0.5, precision: 0.76 });
    expect(d.category).toBe("OUT_OF_MEMORY");
    expect(d.confidence).toBe(0.76);
    expect(d.evidence[0]).toMatch(/^learned classifier/);
    expect(d.action).toBe("scale_memory");
    expect(log.split("\n")).toContain(d.keyLine);
    expect(diagnoseWith(log, { phase: "runtime" }, { model, threshold: 1.01, precision: 0.76 }).category).toBe(
      "UNKNOWN",
    );
  });

  it("never overrides a category the rules found", () => {
    const oom = "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory";
    const other = trainNaiveBayes([
      { tokens: ["fatal", "heap"], label: "PORT_BINDING" },
      { tokens: ["fatal", "heap"], label: "PORT_BINDING" },
    ]);
    expect(diagnoseWith(oom, {}, { model: other, threshold: 0, precision: 1 }).category).toBe("OUT_OF_MEMORY");
  });
});

describe("the shipped classifier", () => {
  const cases = classifierCases(loadLabels());

  it("is what `npm run train:diagnose` produces from the corpus (not stale, not hand-edited)", () => {
    const model = trainNaiveBayes(cases.map((c) => ({ tokens: c.tokens, label: c.category })));
    expect(DIAGNOSE_MODEL.classifier.model).toEqual(model);
    expect(DIAGNOSE_MODEL.classifier.trainedOn).toBe(cases.length);
  });

  it("is switched on only because the first-sight replay (the rules' answer of each batch's commit, a classifier trained on earlier batches) shows a net gain, at the threshold chosen there", () => {
    const fs = firstSightClassifierCv(loadLabels());
    expect(fs.unknowns).toBeGreaterThan(50);
    expect(DIAGNOSE_MODEL.classifier.enabled).toBe(fs.best.net > 0);
    expect(DIAGNOSE_MODEL.classifier.threshold).toBe(fs.best.threshold);
    if (DIAGNOSE_MODEL.classifier.enabled) {
      expect(fs.best.right / fs.best.fired).toBeGreaterThanOrEqual(CLASSIFIER_MIN_PRECISION);
      expect(DIAGNOSE_MODEL.classifier.precision).toBeCloseTo(fs.best.right / fs.best.fired, 3);
    }
  });

  it("is what diagnose() consults where the rules answer UNKNOWN", () => {
    // A Vercel build that only says the build command exited 1: the rules find too little.
    const c = cases.find((x) => x.file === "107-vercel-npm-build-elifecycle-no-cause.log")!;
    expect(diagnoseWith(c.text, { phase: c.phase }, undefined).category).toBe("UNKNOWN");
    const shipped = DIAGNOSE_MODEL.classifier.enabled ? DIAGNOSE_MODEL.classifier : undefined;
    expect(diagnose(c.text, { phase: c.phase })).toEqual(diagnoseWith(c.text, { phase: c.phase }, shipped));
  });
});
