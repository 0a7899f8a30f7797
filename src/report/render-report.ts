/** The DORA report as text (a terminal) or Markdown (a CI artifact or PR comment). */
import { formatDuration } from "../core/index.js";
import type { DoraMetrics } from "./dora.js";
import type { DoraReportResult } from "./build-report.js";

export type ReportFormat = "text" | "md";

interface Row {
  metric: string;
  value: string;
  band: string;
}

function pct(rate: number): string {
  return `${(rate * 100).toFixed(rate < 0.1 ? 1 : 0)}%`;
}

function frequency(perDay: number): string {
  if (perDay >= 1) return `${perDay.toFixed(1)}/day`;
  if (perDay * 7 >= 1) return `${(perDay * 7).toFixed(1)}/week`;
  return `${(perDay * 30).toFixed(1)}/month`;
}

function rows(m: DoraMetrics): Row[] {
  const lt = m.leadTime;
  const cfr = m.changeFailureRate;
  const ttr = m.timeToRestore;
  return [
    {
      metric: "Deployment frequency",
      value: `${frequency(m.deploymentFrequency.perDay)} (${m.deploymentFrequency.changes} changes)`,
      band: m.deploymentFrequency.band,
    },
    {
      metric: "Lead time for changes",
      value:
        lt.medianMs === null
          ? `n/a: ${lt.reason}`
          : `${formatDuration(lt.medianMs)} median, commit times from ${lt.source === "github" ? "GitHub" : "deployment meta"}`,
      band: lt.band ?? "-",
    },
    {
      metric: "Change failure rate",
      value: cfr.rate === null ? `n/a: ${cfr.reason}` : `${pct(cfr.rate)} (${cfr.failed} of ${cfr.changes})`,
      band: cfr.band ?? "-",
    },
    {
      metric: "Time to restore",
      value:
        ttr.medianMs === null
          ? `n/a: ${ttr.reason}`
          : `${formatDuration(ttr.medianMs)} median (${ttr.restored} restored${ttr.open ? `, ${ttr.open} still failing` : ""})`,
      band: ttr.band ?? "-",
    },
    {
      metric: "Success rate",
      value:
        m.delivery.successRate === null
          ? "n/a: no finished deployment"
          : `${pct(m.delivery.successRate)} of ${m.delivery.deployments} deployments`,
      band: "",
    },
    {
      metric: "Average deploy duration",
      value: m.delivery.averageDurationMs === null ? "n/a" : formatDuration(m.delivery.averageDurationMs),
      band: "",
    },
    {
      metric: "Average phase duration",
      value:
        m.delivery.phases.samples === 0
          ? "n/a: no deployment events read"
          : `build ${m.delivery.phases.buildMs === null ? "n/a" : formatDuration(m.delivery.phases.buildMs)}, deploy ${m.delivery.phases.deployMs === null ? "n/a" : formatDuration(m.delivery.phases.deployMs)} (${m.delivery.phases.samples} deployments)`,
      band: "",
    },
  ];
}

export function renderReport(report: DoraReportResult, format: ReportFormat): string[] {
  const title = `DORA metrics for ${report.project.name} / ${report.environment.name}, ${report.since.slice(0, 10)} to ${report.until.slice(0, 10)}`;
  const cost = `Cost: ${report.requests.railwayHistory} Railway request(s) for the history, ${report.requests.railwayPhases} for phase durations${report.requests.github ? `, ${report.requests.github} GitHub request(s) for commit times` : ""}.${report.truncated ? " The history was longer than the listing cap: the oldest deployments are left out." : ""}`;
  const sections: { name: string; metrics: DoraMetrics }[] = [
    { name: "All services", metrics: report.overall },
    ...report.services.map((s) => ({ name: s.name, metrics: s })),
  ];
  if (format === "md") {
    const out = [`## ${title}`, ""];
    for (const section of sections) {
      out.push(`### ${section.name}`, "", "| metric | value | DORA band |", "|---|---|---|");
      for (const r of rows(section.metrics))
        out.push(`| ${r.metric} | ${r.value.replaceAll("|", "\\|")} | ${r.band} |`);
      out.push("");
    }
    out.push(`_${cost} Bands: 2023 Accelerate State of DevOps Report._`);
    return out;
  }
  const out = [title];
  for (const section of sections) {
    out.push("", section.name);
    for (const r of rows(section.metrics))
      out.push(`  ${r.metric.padEnd(24)}${r.value}${r.band ? `  [${r.band}]` : ""}`);
  }
  out.push("", cost);
  return out;
}
