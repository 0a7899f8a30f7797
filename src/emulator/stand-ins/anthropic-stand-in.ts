/**
 * A stand-in for Anthropic's Messages API (`POST /v1/messages`) whose answers a test scripts
 * through the control API: a text or tool_use answer (a valid fix, an out-of-scope diff, malformed
 * output are all just content), a refusal, or an HTTP error (429 rate limit, 529 overloaded, …).
 * Point `@anthropic-ai/sdk` at `baseURL: "<emulator origin>/anthropic"`. Every request is recorded
 * (the API key only as "present"), so tests can scan what was sent to the model.
 */
import { randomBytes } from "node:crypto";
import type http from "node:http";
import { z } from "zod";
import { parseJson, readRaw, sendJson, underPrefix } from "./stand-in-http.js";

export const AnthropicScript = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("tool_use"), name: z.string().min(1), input: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal("refusal"), text: z.string().optional() }),
  z.object({
    type: z.literal("error"),
    status: z.number().int().min(400).max(599),
    message: z.string().optional(),
    retryAfterSec: z.number().int().min(0).optional(),
  }),
]);
export type AnthropicScript = z.infer<typeof AnthropicScript>;

const ControlBody = z.object({
  responses: z.array(AnthropicScript).optional(),
  default: AnthropicScript.nullable().optional(),
});
const MessagesBody = z.object({
  model: z.string().min(1),
  max_tokens: z.number().int().positive(),
  messages: z.array(z.object({ role: z.enum(["user", "assistant"]), content: z.unknown() })).min(1),
  system: z.unknown().optional(),
  tools: z.array(z.unknown()).optional(),
});

/** One request the stand-in received. */
export interface AnthropicRequestRecord {
  at: number;
  path: string;
  apiKeyPresent: boolean;
  anthropicVersion: string | null;
  body: unknown;
  /** The HTTP status it answered. */
  status: number;
}

export interface AnthropicStandIn {
  handle(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  script(responses: AnthropicScript[]): void;
  setDefault(response: AnthropicScript | null): void;
  requests: AnthropicRequestRecord[];
  reset(): void;
}

const ERROR_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
};

export function createAnthropicStandIn(options: { prefix?: string; now?: () => number } = {}): AnthropicStandIn {
  const prefix = options.prefix ?? "/anthropic";
  const now = options.now ?? Date.now;
  const queue: AnthropicScript[] = [];
  let fallback: AnthropicScript | null = null;
  const requests: AnthropicRequestRecord[] = [];

  const error = (res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}) =>
    sendJson(
      res,
      status,
      { type: "error", error: { type: ERROR_TYPES[status] ?? "api_error", message } },
      { "request-id": `req_${randomBytes(12).toString("hex")}`, ...headers },
    );

  async function messages(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const raw = await readRaw(req, 32 * 1024 * 1024);
    const key =
      (req.headers["x-api-key"] as string | undefined) ?? /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const record: AnthropicRequestRecord = {
      at: now(),
      path,
      apiKeyPresent: Boolean(key),
      anthropicVersion: (req.headers["anthropic-version"] as string | undefined) ?? null,
      body: raw ? parseJson(raw) : undefined,
      status: 200,
    };
    requests.push(record);
    const fail = (status: number, message: string, headers?: Record<string, string>) => {
      record.status = status;
      error(res, status, message, headers);
    };
    if (!raw) return fail(413, "Request exceeds the maximum allowed number of bytes.");
    if (!key) return fail(401, "x-api-key header is required");
    const parsed = MessagesBody.safeParse(record.body);
    if (!parsed.success) return fail(400, z.prettifyError(parsed.error));
    const answer = queue.shift() ?? fallback;
    if (!answer) return fail(500, "The stand-in has no scripted answer: POST /anthropic/_control/responses first");
    if (answer.type === "error") {
      const headers: Record<string, string> =
        answer.retryAfterSec !== undefined ? { "retry-after": String(answer.retryAfterSec) } : {};
      return fail(
        answer.status,
        answer.message ??
          (answer.status === 529
            ? "Overloaded"
            : answer.status === 429
              ? "Number of request tokens has exceeded your per-minute rate limit"
              : "Internal server error"),
        headers,
      );
    }
    const content =
      answer.type === "tool_use"
        ? [{ type: "tool_use", id: `toolu_${randomBytes(12).toString("hex")}`, name: answer.name, input: answer.input }]
        : [
            {
              type: "text",
              text: answer.type === "refusal" ? (answer.text ?? "I can't help with that request.") : answer.text,
            },
          ];
    const stop = answer.type === "tool_use" ? "tool_use" : answer.type === "refusal" ? "refusal" : "end_turn";
    sendJson(
      res,
      200,
      {
        id: `msg_${randomBytes(12).toString("hex")}`,
        type: "message",
        role: "assistant",
        model: parsed.data.model,
        content,
        stop_reason: stop,
        stop_sequence: null,
        usage: {
          input_tokens: Math.ceil(raw.length / 4),
          output_tokens: Math.ceil(JSON.stringify(content).length / 4),
        },
      },
      { "request-id": `req_${randomBytes(12).toString("hex")}` },
    );
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<void> {
    const method = req.method ?? "GET";
    if (method === "POST" && path === "/v1/messages") return messages(req, res, path);
    if (method === "POST" && path === "/_control/responses") {
      const raw = await readRaw(req);
      const parsed = ControlBody.safeParse(raw ? parseJson(raw) : undefined);
      if (!parsed.success) return sendJson(res, 400, { message: z.prettifyError(parsed.error) });
      if (parsed.data.responses) standIn.script(parsed.data.responses);
      if (parsed.data.default !== undefined) standIn.setDefault(parsed.data.default);
      return sendJson(res, 200, { ok: true, queued: queue.length });
    }
    if (method === "GET" && path === "/_control/requests")
      return sendJson(res, 200, { requests, queued: queue.length });
    if (method === "POST" && path === "/_control/reset") {
      standIn.reset();
      return sendJson(res, 200, { ok: true });
    }
    error(res, 404, `No route ${method} ${path}`);
  }

  const standIn: AnthropicStandIn = {
    handle(req, res) {
      const at = underPrefix(req, prefix);
      if (!at) return false;
      route(req, res, at.path).catch((e: unknown) => error(res, 500, e instanceof Error ? e.message : String(e)));
      return true;
    },
    script(responses) {
      queue.push(...responses);
    },
    setDefault(response) {
      fallback = response;
    },
    requests,
    reset() {
      queue.length = 0;
      fallback = null;
      requests.length = 0;
    },
  };
  return standIn;
}
