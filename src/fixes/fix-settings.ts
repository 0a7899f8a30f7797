/**
 * Fix-PR settings from the environment:
 *   AUTO_FIX_ENABLED              true|false (default false: proposals are recorded, never pushed)
 *   RAILPILOT_DRY_RUN             true: record the proposed diff only
 *   RAILPILOT_FIX_MIN_OCCURRENCES default 3
 *   RAILPILOT_FIX_PRS_PER_DAY     default 3
 *   RAILPILOT_FIX_LLM_CALLS_PER_HOUR default 10
 *   RAILPILOT_FIX_BASE_BRANCH     default main
 */
import { UsageError } from "../core/index.js";

export interface FixSettings {
  enabled: boolean;
  dryRun: boolean;
  minOccurrences: number;
  prsPerDay: number;
  llmCallsPerHour: number;
  baseBranch: string;
}

export const DEFAULT_FIX_SETTINGS: FixSettings = {
  enabled: false,
  dryRun: false,
  minOccurrences: 3,
  prsPerDay: 3,
  llmCallsPerHour: 10,
  baseBranch: "main",
};

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const v = env[name]?.trim().toLowerCase();
  if (v === undefined || v === "") return false;
  if (["true", "1", "yes"].includes(v)) return true;
  if (["false", "0", "no"].includes(v)) return false;
  throw new UsageError(`${name} must be true or false.`, { hint: `Set ${name}=true or ${name}=false.` });
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = env[name]?.trim();
  if (!v) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 10_000)
    throw new UsageError(`${name} must be a whole number from 1 to 10000.`, { hint: `Set ${name}, e.g. ${fallback}.` });
  return Number(v);
}

export function fixSettingsFromEnv(env: NodeJS.ProcessEnv): FixSettings {
  return {
    enabled: flag(env, "AUTO_FIX_ENABLED"),
    dryRun: flag(env, "RAILPILOT_DRY_RUN"),
    minOccurrences: count(env, "RAILPILOT_FIX_MIN_OCCURRENCES", DEFAULT_FIX_SETTINGS.minOccurrences),
    prsPerDay: count(env, "RAILPILOT_FIX_PRS_PER_DAY", DEFAULT_FIX_SETTINGS.prsPerDay),
    llmCallsPerHour: count(env, "RAILPILOT_FIX_LLM_CALLS_PER_HOUR", DEFAULT_FIX_SETTINGS.llmCallsPerHour),
    baseBranch: env.RAILPILOT_FIX_BASE_BRANCH?.trim() || DEFAULT_FIX_SETTINGS.baseBranch,
  };
}
