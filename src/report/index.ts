// Public face of src/report: DORA metrics from Railway's deployment history.
export {
  changeFailureRateBand,
  DORA_BANDS,
  type DoraBand,
  deploymentFrequencyBand,
  leadTimeBand,
  timeToRestoreBand,
} from "./dora-bands.js";
export {
  type ChangeFailureRate,
  computeDora,
  DEFAULT_FIX_WINDOW_MS,
  type DeliveryStats,
  type DeploymentFrequency,
  type DeploymentRecord,
  type DoraInput,
  type DoraMetrics,
  type DoraReport,
  type DoraTrendPoint,
  type DeploymentStep,
  doraTrend,
  type PhaseDurations,
  phaseDurations,
  type LeadTime,
  type LeadTimeSource,
  median,
  type ServiceDora,
  type TimeToRestore,
} from "./dora.js";
export {
  buildDoraReport,
  type BuildReportOptions,
  type DoraReportResult,
  ReportServiceNotFoundError,
} from "./build-report.js";
export {
  type CollectedHistory,
  type CollectHistoryOptions,
  type CollectPhasesOptions,
  collectPhases,
  type CommitTimes,
  collectHistory,
  commitTimesFromGitHub,
} from "./collect-history.js";
export { type ReportFormat, renderReport } from "./render-report.js";
export { createDoraSource, type DoraSourceOptions, type DoraSourceView } from "./dora-source.js";
