/**
 * One root cause of one service: (service, diagnosis category, error-pattern id). Its fingerprint
 * keys the action ledger, the hidden marker that finds the issue again and the notification groups.
 */
import { createHash } from "node:crypto";

export interface FingerprintParts {
  serviceId: string;
  /** Diagnosis category, e.g. RUNTIME_EXCEPTION, FAILED_DEPLOY, ROLLBACK_FAILED; "unknown" when none. */
  category: string;
  /** Error-pattern id when a log pattern was matched; "none" otherwise. */
  patternId?: string | undefined;
}

/** 16 hex characters: stable for the same parts, different for any other. */
export function escalationFingerprint(parts: FingerprintParts): string {
  const text = [
    parts.serviceId,
    parts.category.trim().toUpperCase() || "UNKNOWN",
    parts.patternId?.trim() || "none",
  ].join("\u0000");
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** The hidden HTML comment written into the issue body (invisible on GitHub, findable by search). */
export function issueMarker(fingerprint: string): string {
  return `<!-- railpilot:fingerprint=${fingerprint} -->`;
}

/** The search term that finds the marker (GitHub search ignores HTML comment syntax but indexes the words). */
export function markerSearchTerm(fingerprint: string): string {
  return `railpilot:fingerprint=${fingerprint}`;
}

const MARKER_RE = /<!-- railpilot:fingerprint=([0-9a-f]{16}) -->/;

/** The fingerprint in an issue body, if it holds a railpilot marker. */
export function fingerprintInBody(body: string | null | undefined): string | undefined {
  return body ? MARKER_RE.exec(body)?.[1] : undefined;
}
