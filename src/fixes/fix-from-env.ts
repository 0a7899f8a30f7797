/**
 * The fix pipeline a process should run, from its environment: none when neither AUTO_FIX_ENABLED
 * nor ANTHROPIC_API_KEY is set (nothing to record); otherwise one that records (dry run without a
 * key or with AUTO_FIX_ENABLED=false / RAILPILOT_DRY_RUN) or opens draft PRs.
 */
import type { Octokit } from "@octokit/rest";
import type { Clock } from "../core/index.js";
import { LlmClient, llmConfigFromEnv } from "../llm/index.js";
import { FixPipeline } from "./fix-pipeline.js";
import type { FixLedger } from "./fix-ledger.js";
import { fixSettingsFromEnv } from "./fix-settings.js";

export function fixPipelineFromEnv(options: {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  ledger: FixLedger;
  github?: { octokit: Octokit; owner: string; repo: string };
}): FixPipeline | undefined {
  const settings = fixSettingsFromEnv(options.env);
  const llmConfig = llmConfigFromEnv(options.env);
  if (!settings.enabled && !llmConfig) return undefined;
  return new FixPipeline({
    settings,
    ledger: options.ledger,
    clock: options.clock,
    ...(llmConfig ? { llm: new LlmClient(llmConfig, { clock: options.clock }) } : {}),
    ...(options.github ? { github: options.github } : {}),
  });
}
