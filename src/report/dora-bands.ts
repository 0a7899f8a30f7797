/**
 * DORA performance bands, from the 2023 Accelerate State of DevOps Report (DORA / Google Cloud,
 * https://dora.dev/research/2023/dora-report/). The report's clusters overlap at their edges (its
 * medium and low deployment-frequency ranges are the same), so each band here starts where the one
 * above it ends; docs/dora.md gives the table and the choice.
 */
export const DORA_BANDS = ["elite", "high", "medium", "low"] as const;
export type DoraBand = (typeof DORA_BANDS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;

/** Elite: on demand (at least daily); high: at least weekly; medium: at least monthly; low: less. */
export function deploymentFrequencyBand(perDay: number): DoraBand {
  if (perDay >= 1) return "elite";
  if (perDay >= 1 / 7) return "high";
  if (perDay >= 1 / 30) return "medium";
  return "low";
}

/** Elite: under a day; high: under a week; medium: under a month; low: longer. */
export function leadTimeBand(medianMs: number): DoraBand {
  if (medianMs < DAY) return "elite";
  if (medianMs < WEEK) return "high";
  if (medianMs < MONTH) return "medium";
  return "low";
}

/** Elite: at most 5 %; high: at most 10 %; medium: at most 15 %; low: more. */
export function changeFailureRateBand(rate: number): DoraBand {
  if (rate <= 0.05) return "elite";
  if (rate <= 0.1) return "high";
  if (rate <= 0.15) return "medium";
  return "low";
}

/** Failed deployment recovery time. Elite: under an hour; high: under a day; medium: under a week; low: longer. */
export function timeToRestoreBand(medianMs: number): DoraBand {
  if (medianMs < HOUR) return "elite";
  if (medianMs < DAY) return "high";
  if (medianMs < WEEK) return "medium";
  return "low";
}
