import { type Diagnosis, TemplateMiner, diagnose } from "railpilot/patterns";

export function explain(log: string): string {
  const result: Diagnosis = diagnose(log, { phase: "runtime" });
  const miner = new TemplateMiner({ maxClusters: 100 });
  for (const line of log.split("\n")) miner.add(line);
  const first = miner.patterns()[0];
  return `${result.category}: ${first?.template ?? "no lines"}`;
}
