/**
 * Redaction for text that leaves for GitHub or a chat channel: the process-wide `redact` (every
 * registered secret, URL credentials) plus token shapes that may sit in an app's own log lines
 * without railpilot knowing them (GitHub, Anthropic, Slack, Telegram bot tokens, bearer headers).
 */
import { redact } from "../core/index.js";

const TOKEN_SHAPES =
  /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-ant-[A-Za-z0-9_-]{10,}|sk-[A-Za-z0-9]{32,}|xox[abprs]-[A-Za-z0-9-]{10,}|\d{6,12}:AA[A-Za-z0-9_-]{30,})/g;
const BEARER = /\b(bearer|token|authorization:)\s+[A-Za-z0-9._~+/=-]{12,}/gi;
const ASSIGNED = /\b([A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|API_KEY|PRIVATE_KEY)[A-Z0-9_]*)\s*[=:]\s*("?)[^\s"',;]{4,}\2/g;

export function redactOutgoing(text: string): string {
  return redact(text)
    .replace(TOKEN_SHAPES, "[redacted]")
    .replace(BEARER, (_m, word: string) => `${word} [redacted]`)
    .replace(ASSIGNED, (_m, name: string) => `${name}=[redacted]`);
}
