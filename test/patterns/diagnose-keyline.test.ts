import { describe, expect, it } from "vitest";
import { keyLineCases } from "../../bench/diagnose-cv.js";
import { loadLabels } from "../../bench/diagnose.js";
import { diagnoseWith } from "../../src/patterns/diagnose.js";
import {
  KEY_LINE_FEATURES,
  lineFeatures,
  rankKeyLine,
  structuralKeyLine,
  trainKeyLineRanker,
} from "../../src/patterns/diagnose-keyline.js";
import { DIAGNOSE_MODEL } from "../../src/patterns/diagnose-model.generated.js";
import { normaliseLines } from "../../src/patterns/diagnose-normalise.js";

const lines = (...text: string[]) => normaliseLines(text);

describe("key-line features", () => {
  it("describes every candidate line, and only candidates (no blank line, stack frame or shell prompt)", () => {
    const log = lines("$ npm start", "", "TypeError: x is not a function", "    at main (/app/index.js:3:1)", "done");
    const f = lineFeatures(log);
    expect(f.map((c) => c.index)).toEqual([2, 4]);
    for (const c of f) expect(c.x).toHaveLength(KEY_LINE_FEATURES.length);
    const header = f[0]!.x;
    expect(header[KEY_LINE_FEATURES.indexOf("exception header")]).toBe(1);
    expect(header[KEY_LINE_FEATURES.indexOf("a stack frame follows")]).toBe(1);
  });

  it("reads a table's header row (docker service ps, kubectl get) as no statement of a cause", () => {
    const log = lines(
      "ID             NAME       IMAGE          NODE    DESIRED STATE   CURRENT STATE    ERROR",
      'k2j4h1         web.1      acme/web:2     node1   Shutdown        Failed 5s ago    "task: non-zero exit (1)"',
      "NAME                   READY   STATUS             RESTARTS   AGE",
    );
    const consequence = KEY_LINE_FEATURES.indexOf("reports a consequence");
    expect(lineFeatures(log).map((c) => c.x[consequence])).toEqual([1, 0, 1]);
  });
});

describe("trainKeyLineRanker", () => {
  // Logs whose key line is the one quoting a name, among lines that all look equally like errors.
  const examples = Array.from({ length: 12 }, (_, i) => {
    const log = lines(
      `error: build step ${i} failed`,
      `error: could not open 'config-${i}.yml'`,
      `error: exit status ${i + 1}`,
    );
    return { lines: log, key: 1 };
  });

  it("learns from labelled key lines which structure marks them, and ranks by it", () => {
    const w = trainKeyLineRanker(examples);
    expect(w[1 + KEY_LINE_FEATURES.indexOf("quotes a name")]).toBeGreaterThan(0);
    const unseen = lines("error: step failed", "error: could not open 'secrets.env'", "error: exit status 3");
    expect(rankKeyLine(unseen, w)?.display).toBe("error: could not open 'secrets.env'");
  });

  it("is deterministic", () => {
    expect(trainKeyLineRanker(examples)).toEqual(trainKeyLineRanker(examples));
  });
});

describe("the shipped key-line ranker", () => {
  it("is what `npm run train:diagnose` produces from the corpus, switched on because it beat the structural score where it is used", () => {
    const cases = keyLineCases(loadLabels()).filter((c) => c.key >= 0);
    expect(DIAGNOSE_MODEL.keyLine.weights).toEqual(trainKeyLineRanker(cases));
    expect(DIAGNOSE_MODEL.keyLine.trainedOn).toBe(cases.length);
    const cv = DIAGNOSE_MODEL.keyLine.cv;
    expect(DIAGNOSE_MODEL.keyLine.enabled).toBe(cv.modelOnUnknowns > cv.baselineOnUnknowns);
    expect(cv.unknowns).toBeGreaterThan(50);
  });

  it("picks the line naming the cause over the exit line a structural score prefers, where no rule speaks", () => {
    const log = [
      "Starting worker",
      "worker: could not open '/data/index.bin': no such file or directory",
      "Shutting down",
      "Error: process exited with code 1",
    ];
    const rules = diagnoseWith(log, { phase: "runtime" }, undefined, null);
    const ranked = diagnoseWith(log, { phase: "runtime" }, undefined);
    expect(rules.category).toBe("UNKNOWN");
    expect(structuralKeyLine(normaliseLines(log))?.display).toBe("Error: process exited with code 1");
    expect(ranked.keyLine).toBe("worker: could not open '/data/index.bin': no such file or directory");
  });
});
