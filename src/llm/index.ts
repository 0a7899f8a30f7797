// LLM: a small Anthropic client with structured (zod-validated) answers, and fencing of untrusted text.
export {
  LlmClient,
  llmConfigSchema,
  llmConfigFromEnv,
  type LlmConfig,
  type StructuredRequest,
  type StructuredAnswer,
} from "./llm-client.js";
export { LlmError } from "./llm-error.js";
export { fenceUntrusted, neutraliseFences, UNTRUSTED_DATA_RULE, type FencedText } from "./fence.js";
