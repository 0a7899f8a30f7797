// `npm run bench`: runs every benchmark and writes one report (stdout and bench/report.md).
// Each benchmark module exports an async function returning a titled section of markdown lines.
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import type { BenchSection } from "./standalone-report.js";

const benches: Array<{ module: string; fn: string }> = [
  { module: "./emulator.js", fn: "benchEmulator" },
  { module: "./deploy.js", fn: "benchDeploy" },
  { module: "./provision.js", fn: "benchProvision" },
  { module: "./patterns.js", fn: "benchPatterns" },
  { module: "./diagnose.js", fn: "benchDiagnose" },
  { module: "./autopilot-watch.js", fn: "benchAutopilotWatch" },
  { module: "./daemon-rss.js", fn: "benchDaemonRss" },
  { module: "./chaos-replicas.js", fn: "benchChaosReplicas" },
  { module: "./incident-day.js", fn: "benchIncidentDay" },
];

const only = process.argv.slice(2);
const header = [
  "# railpilot benchmark report",
  "",
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown cpu"}), ${new Date().toISOString()}`,
  "",
];
const out: string[] = [...header];
let failed = 0;
for (const b of benches) {
  if (only.length && !only.some((o) => b.module.includes(o))) continue;
  const started = performance.now();
  try {
    const mod = (await import(b.module)) as Record<string, () => Promise<BenchSection>>;
    const run = mod[b.fn];
    if (typeof run !== "function") throw new Error(`${b.module} does not export ${b.fn}`);
    const section = await run();
    out.push(
      `## ${section.name}`,
      "",
      ...section.lines,
      "",
      `_(ran in ${((performance.now() - started) / 1000).toFixed(1)} s)_`,
      "",
    );
  } catch (error) {
    failed++;
    out.push(`## ${b.module}`, "", `FAILED: ${error instanceof Error ? error.message : String(error)}`, "");
  }
  process.stderr.write(`${b.fn}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}
const report = out.join("\n");
writeFileSync(new URL("./report.md", import.meta.url), report);
process.stdout.write(`\n${report}\n`);
process.exitCode = failed ? 1 : 0;
