/**
 * A small client for Anthropic's Messages API over `@anthropic-ai/sdk`: configurable baseURL,
 * model, timeout and retries; one call for structured output (a forced tool call whose input is
 * validated with zod); 429/529 retried with bounded exponential backoff on the injected clock
 * (honouring retry-after up to the cap); the API key is registered with the redactor and never
 * appears in errors.
 */
// Types only: the SDK (~13 MB resident once loaded) is imported on the first call, so a daemon
// without ANTHROPIC_API_KEY never carries it.
import type Anthropic from "@anthropic-ai/sdk";
import { z } from "zod";
import { type Clock, redact, registerSecret, systemClock } from "../core/index.js";
import { LlmError } from "./llm-error.js";

export const llmConfigSchema = z.object({
  apiKey: z.string().min(1),
  baseURL: z.url().optional(),
  model: z.string().min(1).default("claude-sonnet-4-5"),
  timeoutMs: z.number().int().positive().default(60_000),
  /** Retries of 429/529 (and connection errors); other errors are not retried. */
  maxRetries: z.number().int().min(0).max(10).default(3),
  /** First backoff; doubles each retry, capped at maxBackoffMs. */
  backoffMs: z.number().int().min(0).default(1_000),
  maxBackoffMs: z.number().int().min(0).default(30_000),
  maxTokens: z.number().int().positive().default(4_096),
});
export type LlmConfig = z.input<typeof llmConfigSchema>;

export interface StructuredRequest<T> {
  system: string;
  prompt: string;
  /** Tool name the model must call; its input is the answer. */
  toolName: string;
  toolDescription: string;
  /** JSON schema of the tool input (what the model sees). */
  inputSchema: Record<string, unknown>;
  /** What the answer is validated with. */
  schema: z.ZodType<T>;
}

export interface StructuredAnswer<T> {
  value: T;
  attempts: number;
  usage: { inputTokens: number; outputTokens: number };
}

const RETRYABLE = new Set([429, 529]);

export class LlmClient {
  private readonly config: z.output<typeof llmConfigSchema>;
  private loaded: { sdk: Anthropic; Sdk: typeof Anthropic } | undefined;
  private readonly clock: Clock;

  constructor(config: LlmConfig, deps: { clock?: Clock } = {}) {
    const parsed = llmConfigSchema.safeParse(config);
    if (!parsed.success) {
      throw new LlmError(
        "LLM_HTTP",
        `Invalid LLM settings: ${z.prettifyError(parsed.error).replaceAll(config.apiKey, "[redacted]")}`,
        {
          hint: "Check ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL and the model name.",
        },
      );
    }
    this.config = parsed.data;
    registerSecret(this.config.apiKey);
    this.clock = deps.clock ?? systemClock;
  }

  private async client(): Promise<{ sdk: Anthropic; Sdk: typeof Anthropic }> {
    if (!this.loaded) {
      const { default: Sdk } = await import("@anthropic-ai/sdk");
      const sdk = new Sdk({
        apiKey: this.config.apiKey,
        ...(this.config.baseURL ? { baseURL: this.config.baseURL } : {}),
        timeout: this.config.timeoutMs,
        maxRetries: 0,
        logLevel: "off",
      });
      this.loaded = { sdk, Sdk };
    }
    return this.loaded;
  }

  get model(): string {
    return this.config.model;
  }

  /** Asks for one tool call and validates its input; malformed → LlmError LLM_MALFORMED. */
  async structured<T>(request: StructuredRequest<T>): Promise<StructuredAnswer<T>> {
    const { sdk, Sdk } = await this.client();
    let attempt = 0;
    for (;;) {
      attempt += 1;
      let message: Anthropic.Message;
      try {
        message = await sdk.messages.create({
          model: this.config.model,
          max_tokens: this.config.maxTokens,
          system: request.system,
          messages: [{ role: "user", content: request.prompt }],
          tools: [
            {
              name: request.toolName,
              description: request.toolDescription,
              input_schema: { type: "object", ...request.inputSchema } as Anthropic.Tool.InputSchema,
            },
          ],
          tool_choice: { type: "tool", name: request.toolName },
        });
      } catch (error) {
        const retry = this.retryDelay(Sdk, error, attempt);
        if (retry !== undefined) {
          await this.clock.sleep(retry);
          continue;
        }
        throw this.toLlmError(Sdk, error);
      }
      return { value: this.parse(message, request), attempts: attempt, usage: usageOf(message) };
    }
  }

  private parse<T>(message: Anthropic.Message, request: StructuredRequest<T>): T {
    if (message.stop_reason === "refusal") {
      throw new LlmError("LLM_REFUSED", "The model declined to answer.");
    }
    const call = message.content.find(
      (c): c is Anthropic.ToolUseBlock => c.type === "tool_use" && c.name === request.toolName,
    );
    if (!call) {
      throw new LlmError("LLM_MALFORMED", `The model did not call ${request.toolName}.`, {
        hint: "The answer was text instead of the structured tool call; nothing was acted on.",
      });
    }
    const parsed = request.schema.safeParse(call.input);
    if (!parsed.success) {
      throw new LlmError(
        "LLM_MALFORMED",
        `The model's answer does not match the expected shape: ${redact(z.prettifyError(parsed.error)).slice(0, 500)}`,
      );
    }
    return parsed.data;
  }

  /** The wait before the next attempt, or undefined when the error is final. */
  private retryDelay(Sdk: typeof Anthropic, error: unknown, attempt: number): number | undefined {
    if (attempt > this.config.maxRetries) return undefined;
    const retryable =
      error instanceof Sdk.APIConnectionError && !(error instanceof Sdk.APIConnectionTimeoutError)
        ? true
        : error instanceof Sdk.APIError && error.status !== undefined && RETRYABLE.has(error.status);
    if (!retryable) return undefined;
    const exp = Math.min(this.config.maxBackoffMs, this.config.backoffMs * 2 ** (attempt - 1));
    const header = error instanceof Sdk.APIError ? error.headers?.get("retry-after") : null;
    const asked = header && /^\d+(\.\d+)?$/.test(header) ? Number(header) * 1000 : undefined;
    return Math.min(this.config.maxBackoffMs, Math.max(exp, asked ?? 0));
  }

  private toLlmError(Sdk: typeof Anthropic, error: unknown): LlmError {
    if (error instanceof LlmError) return error;
    if (error instanceof Sdk.APIConnectionTimeoutError) {
      return new LlmError("LLM_TIMEOUT", `The model did not answer within ${this.config.timeoutMs} ms.`, {
        cause: error,
      });
    }
    if (error instanceof Sdk.APIError) {
      const status = error.status;
      const code = status !== undefined && RETRYABLE.has(status) ? "LLM_RATE_LIMITED" : "LLM_HTTP";
      return new LlmError(
        code,
        redact(`Anthropic API error ${status ?? "(no status)"}: ${error.message}`).slice(0, 500),
        {
          ...(status !== undefined ? { status } : {}),
          hint:
            code === "LLM_RATE_LIMITED"
              ? "The API is rate limited or overloaded; the next run retries."
              : "Check ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL.",
        },
      );
    }
    return new LlmError(
      "LLM_HTTP",
      redact(`Anthropic call failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

function usageOf(message: Anthropic.Message): { inputTokens: number; outputTokens: number } {
  return { inputTokens: message.usage?.input_tokens ?? 0, outputTokens: message.usage?.output_tokens ?? 0 };
}

/** LLM settings from the environment (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, RAILPILOT_LLM_MODEL, RAILPILOT_LLM_TIMEOUT_MS); undefined without a key. */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv): LlmConfig | undefined {
  const apiKey = env.ANTHROPIC_API_KEY?.trim();
  if (!apiKey) return undefined;
  const timeout = env.RAILPILOT_LLM_TIMEOUT_MS ? Number(env.RAILPILOT_LLM_TIMEOUT_MS) : undefined;
  return {
    apiKey,
    ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
    ...(env.RAILPILOT_LLM_MODEL ? { model: env.RAILPILOT_LLM_MODEL } : {}),
    ...(timeout !== undefined && Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: Math.floor(timeout) } : {}),
  };
}
