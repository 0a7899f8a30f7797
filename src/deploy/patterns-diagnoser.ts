/** Adapts src/patterns' root-cause `diagnose()` to the deploy excerpt (the heuristic stays the fallback). */
import { diagnose } from "../patterns/index.js";
import type { LogDiagnoser } from "./log-excerpt.js";

export const patternsDiagnoser: LogDiagnoser = (lines, { phase }) => {
  const d = diagnose(lines, { phase: phase === "build" ? "build" : "runtime" });
  if (!d.keyLine || d.category === "UNKNOWN") return undefined;
  return { category: d.category, keyLine: d.keyLine, keyLineNumber: d.keyLineNumber, summary: d.summary };
};
