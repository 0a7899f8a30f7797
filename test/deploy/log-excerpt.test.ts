import { describe, expect, it } from "vitest";
import { decisiveLines, logExcerpt } from "../../src/deploy/log-excerpt.js";

describe("log excerpt", () => {
  it("picks the compiler error, not the trailer at the end", () => {
    const lines = [
      "#8 [build 4/5] RUN npm run build",
      "> tsc -p .",
      "src/server.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "npm ERR! code 2",
      "",
      'ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 2',
      "Build Failed: build daemon returned an error",
    ];
    expect(decisiveLines(lines)[0]).toContain("error TS2322");
  });

  it("falls back to the last lines when nothing looks like an error", () => {
    expect(decisiveLines(["a", "b", "c", "d"])).toEqual(["b", "c", "d"]);
  });

  it("shows no excerpt when only noise is left: blank lines and INFO startup lines", () => {
    expect(
      decisiveLines([
        "",
        "INFO: Started server process [1]",
        "2026-12-04T10:00:00Z INFO Waiting for application startup.",
      ]),
    ).toEqual([]);
    expect(
      logExcerpt(["", "[info] listening on :8080", "INFO  booted"], "deploy", () => ({ keyLine: "INFO  booted" }))
        .lines,
    ).toEqual([]);
    expect(decisiveLines(["INFO: ready", "worker exited unexpectedly", ""])).toEqual(["worker exited unexpectedly"]);
  });

  it("uses a diagnoser when one is given, and the heuristic when it throws", () => {
    const lines = ["Error: Cannot find module 'express'", "Require stack:", "    at Module._resolveFilename"];
    const viaDiagnoser = logExcerpt(lines, "deploy", () => ({
      category: "MISSING_MODULE",
      keyLine: "Error: Cannot find module 'express'",
      keyLineNumber: 1,
    }));
    expect(viaDiagnoser).toEqual({
      lines: ["Error: Cannot find module 'express'", "Require stack:"],
      category: "MISSING_MODULE",
    });
    const broken = logExcerpt(lines, "deploy", () => {
      throw new Error("bug");
    });
    expect(broken.lines[0]).toContain("Cannot find module");
  });
});
