// `npm run bench -- incident-day` (or `tsx bench/incident-day.ts [RUNS]`): the real seconds of
// `railpilot demo incidents --json` (what `npm start` runs), run as a user runs it: a fresh CLI
// process each time, from the built files. Also checks that every incident got its decision.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const BIN = resolve(import.meta.dirname, "..", "bin", "railpilot.js");

export async function benchIncidentDay(runs = 3): Promise<{ name: string; lines: string[] }> {
  const lines = [
    "| run | wall s | realMs (summary) | virtual h | failed | load avg (1 min) |",
    "|---|---|---|---|---|---|",
  ];
  const walls: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, [BIN, "demo", "incidents", "--json"], {
      encoding: "utf8",
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const wall = (performance.now() - started) / 1000;
    const day = JSON.parse(r.stdout) as { realMs: number; virtualMs: number; failed: string[] };
    walls.push(wall);
    lines.push(
      `| ${i} | ${wall.toFixed(1)} | ${day.realMs} | ${(day.virtualMs / 3_600_000).toFixed(2)} | ${day.failed.join(", ") || "none"} | ${loadavg()[0]?.toFixed(1)} |`,
    );
  }
  const sorted = [...walls].sort((a, b) => a - b);
  lines.push("", `Median wall time: ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} s over ${runs} runs.`);
  return { name: "Incident day (`npm start`)", lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const section = await benchIncidentDay(Number(process.argv[2] ?? 3));
  console.log(`## ${section.name}\n\n${section.lines.join("\n")}`);
}
