import { createHash } from "node:crypto";
import { formatProjectDescription, parseProjectDescription } from "./project-tags.js";
import type { ServiceSettings } from "./spec.js";

/**
 * What exists on Railway for one stack, as plain data. The reader (`live-reader.ts`) fills it
 * from the API; the planner compares it with the spec.
 */
export interface LiveDomain {
  id: string;
  domain: string;
  kind: "generated" | "custom";
  port?: number;
}

export interface LiveService {
  id: string;
  name: string;
  source: { repo?: string; image?: string; branch?: string };
  /** Instance settings as Railway reports them (only fields railpilot manages). */
  settings: ServiceSettings & { rootDirectory?: string };
  limits?: { memoryGB?: number; vCPUs?: number };
  /** Unrendered values (`${{…}}` kept), as `variables(unrendered: true)` returns them. */
  variables: Record<string, string>;
  domains: LiveDomain[];
  volumes: { id: string; mountPath: string }[];
  latestDeployment?: { id: string; status: string; createdAt: string };
}

export interface LiveState {
  project: { id: string; name: string; description: string | null } | null;
  environment: { id: string; name: string } | null;
  shared: Record<string, string>;
  services: LiveService[];
}

export const EMPTY_LIVE_STATE: LiveState = { project: null, environment: null, shared: {}, services: [] };

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * sha256 of the canonical live state. Deployments are left out: they come and go on their
 * own (a crash, a restart) and do not change what a plan would do.
 */
export function fingerprintLiveState(live: LiveState): string {
  // An apply's lock marker in the description is not part of what a plan acts on.
  const project = live.project
    ? { ...live.project, description: withoutLockMarker(live.project.description) }
    : live.project;
  const stable = {
    ...live,
    project,
    services: [...live.services]
      .map(({ latestDeployment: _ignored, ...rest }) => ({
        ...rest,
        domains: [...rest.domains].sort((a, b) => a.id.localeCompare(b.id)),
        volumes: [...rest.volumes].sort((a, b) => a.id.localeCompare(b.id)),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
  return createHash("sha256").update(canonicalJson(stable)).digest("hex");
}

function withoutLockMarker(description: string | null): string | null {
  if (description === null) return null;
  const { text, tags } = parseProjectDescription(description);
  if (tags.applyLock === undefined) return description;
  const { applyLock: _lock, ...rest } = tags;
  return formatProjectDescription(text, rest);
}
