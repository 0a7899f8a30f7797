import { createHash } from "node:crypto";
import { holdsOnlyReferences } from "../core/index.js";
import { canonicalJson, fingerprintLiveState, type LiveService, type LiveState } from "./live-state.js";
import { parseProjectDescription } from "./project-tags.js";
import { stripReferences } from "./references.js";
import type { DatabaseEngine, DomainSpec, ServiceSettings, ServiceSpec, StackSpec, VariableSpec } from "./spec.js";

/**
 * Planner: desired (spec) vs live → a list of changes for people and an ordered list of
 * steps for the applier. Pure: plain data in, plain data out.
 *
 * Plans never hold variable values that could be secret: steps name variables, and the
 * applier takes values from the spec at apply time (a saved plan is checked against the
 * spec by digest).
 */
export type ChangeAction = "create" | "update" | "delete" | "unchanged";

export type ChangeKind =
  | "project"
  | "environment"
  | "service"
  | "database"
  | "source"
  | "setting"
  | "limits"
  | "variable"
  | "shared-variable"
  | "domain"
  | "volume";

export interface PlanChange {
  action: ChangeAction;
  kind: ChangeKind;
  /** e.g. `service.api`, `service.api.variable.DATABASE_URL`, `shared.LOG_LEVEL`. */
  address: string;
  /** Display values; secret values are always the text `(hidden)`. */
  before?: string;
  after?: string;
  destructive: boolean;
}

/** Fields every step has. */
interface StepBase {
  /** Stable id: the same change always has the same id (journal key). */
  id: string;
  /** Whether the step deletes something (needs the caller's consent). */
  destructive: boolean;
}

/** Settings a `service.configure` step sends: only fields that change; never null. */
export type StepSettings = ServiceSettings & { rootDirectory?: string };

/**
 * One step of a plan. A discriminated union on `kind`: each kind carries exactly the fields it
 * needs (service name, variable names, ...). Plans never hold variable values.
 */
export type PlanStep =
  | (StepBase & { kind: "project.create" })
  | (StepBase & { kind: "project.update" })
  | (StepBase & { kind: "environment.create" })
  | (StepBase & { kind: "shared.set"; names: string[] })
  | (StepBase & { kind: "shared.delete"; names: string[] })
  | (StepBase & { kind: "database.create"; target: string; engine: DatabaseEngine })
  | (StepBase & { kind: "service.create"; target: string })
  /** `resourceId`: the live service whose source changes (absent for a service this apply creates). */
  | (StepBase & { kind: "service.connect"; target: string; resourceId?: string })
  | (StepBase & { kind: "service.configure"; target: string; settings: StepSettings })
  | (StepBase & { kind: "service.limits"; target: string })
  | (StepBase & { kind: "volume.create"; target: string; mountPath: string })
  | (StepBase & { kind: "variables.set"; target: string; names: string[] })
  | (StepBase & { kind: "variables.delete"; target: string; names: string[] })
  | (StepBase & { kind: "domain.create"; target: string; domain: DomainSpec })
  | (StepBase & { kind: "domain.delete"; target: string; resourceId: string })
  | (StepBase & { kind: "service.deploy"; target: string })
  | (StepBase & { kind: "service.delete"; target: string; resourceId: string });

export type StepKind = PlanStep["kind"];

/** A step of one kind. */
export type StepOf<K extends StepKind> = Extract<PlanStep, { kind: K }>;

/** A step as the planner writes it: `destructive` defaults to false. */
type StepInput = PlanStep extends infer S
  ? S extends PlanStep
    ? Omit<S, "destructive"> & { destructive?: boolean }
    : never
  : never;

export interface Plan {
  version: 1;
  project: string;
  environment: string;
  /** sha256 of the canonical live state this plan was computed against. */
  fingerprint: string;
  /** sha256 of the canonical spec, so an apply of a saved plan can check it is given the same spec. */
  specDigest: string;
  changes: PlanChange[];
  steps: PlanStep[];
  summary: { create: number; update: number; delete: number; unchanged: number };
}

export const HIDDEN = "(hidden)";
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|CREDENTIAL|API_?KEY|_KEY$|^KEY$|SALT|DATABASE_URL|REDIS_URL/i;

const SCHEME = /^[a-z][a-z0-9+.-]*$/i;
const USERINFO_END = /[\s/?#"'`<>]/;

/**
 * Whether a value carries credentials in a URL (`postgres://user:pass@host`). Userinfo made only
 * of Railway references (`${{PGUSER}}:${{PGPASSWORD}}`) names secrets without holding them.
 * The userinfo runs to the last `@` before the path. Linear in the value's length.
 */
export function hasUrlCredentials(value: string): boolean {
  let pos = 0;
  for (;;) {
    const sep = value.indexOf("://", pos);
    if (sep < 0) return false;
    pos = sep + 3;
    // The scheme: letters, digits, + . - back to the previous other character.
    let s = sep;
    while (s > 0 && /[a-z0-9+.-]/i.test(value[s - 1] as string)) s--;
    if (!SCHEME.test(value.slice(s, sep))) continue;
    let end = pos;
    while (end < value.length && !USERINFO_END.test(value[end] as string)) end++;
    const at = value.lastIndexOf("@", end - 1);
    if (at < pos) continue;
    if (stripReferences(value.slice(pos, at)).replace(/:/g, "") !== "") return true;
  }
}

/** Whether a variable's value must never be shown. */
export function isSecretVariable(name: string, spec: VariableSpec | undefined): boolean {
  if (spec?.kind === "generated") return true;
  if (spec?.kind === "literal" && spec.secret) return true;
  if (spec?.kind === "literal" && holdsOnlyReferences(spec.value)) return false;
  if (spec?.kind === "literal" && hasUrlCredentials(spec.value)) return true;
  return SECRET_NAME.test(name);
}

function displayDesired(name: string, v: VariableSpec): string {
  if (v.kind === "generated") return `${HIDDEN} generated secret, ${v.bytes} bytes`;
  return isSecretVariable(name, v) ? HIDDEN : v.value;
}

/**
 * A live value for display. Only shown when the spec declares the variable (so the user wrote
 * the value, or its replacement, themselves) and neither its name nor its value looks secret; a
 * variable that exists only on Railway may hold anything, so its value is hidden.
 */
function displayLive(name: string, value: string, v: VariableSpec | undefined): string {
  if (holdsOnlyReferences(value)) return value;
  if (v === undefined || hasUrlCredentials(value)) return HIDDEN;
  return isSecretVariable(name, v) ? HIDDEN : value;
}

export function specDigest(spec: StackSpec): string {
  const { positions: _p, file: _f, ...content } = spec;
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

interface VariableDiff {
  set: string[];
  remove: string[];
}

function diffVariables(
  address: (name: string) => string,
  kind: ChangeKind,
  desired: Record<string, VariableSpec>,
  live: Record<string, string> | undefined,
  changes: PlanChange[],
): VariableDiff {
  const set: string[] = [];
  const remove: string[] = [];
  for (const [name, v] of Object.entries(desired).sort(([a], [b]) => a.localeCompare(b))) {
    const current = live?.[name];
    if (current === undefined) {
      set.push(name);
      changes.push({
        action: "create",
        kind,
        address: address(name),
        after: displayDesired(name, v),
        destructive: false,
      });
    } else if (v.kind === "generated" || v.value === current) {
      // A generated secret is created once and then kept, whatever its value.
      changes.push({ action: "unchanged", kind, address: address(name), destructive: false });
    } else {
      set.push(name);
      changes.push({
        action: "update",
        kind,
        address: address(name),
        before: displayLive(name, current, v),
        after: displayDesired(name, v),
        destructive: false,
      });
    }
  }
  for (const name of Object.keys(live ?? {}).sort()) {
    if (name in desired || name.startsWith("RAILWAY_")) continue;
    remove.push(name);
    changes.push({
      action: "delete",
      kind,
      address: address(name),
      before: displayLive(name, live?.[name] ?? "", undefined),
      destructive: true,
    });
  }
  return { set, remove };
}

const SETTING_FIELDS = [
  "buildCommand",
  "startCommand",
  "healthcheckPath",
  "healthcheckTimeout",
  "numReplicas",
  "restartPolicyType",
  "restartPolicyMaxRetries",
] as const;

function desiredSettings(s: ServiceSpec): ServiceSettings & { rootDirectory?: string } {
  const out: ServiceSettings & { rootDirectory?: string } = { ...s.settings };
  if (s.source.type === "repo" && s.source.rootDirectory !== undefined) out.rootDirectory = s.source.rootDirectory;
  return out;
}

/** Only fields the spec sets are managed; a field the spec leaves out is never touched (no nulls). */
function diffSettings(
  s: ServiceSpec,
  live: LiveService | undefined,
  changes: PlanChange[],
): (ServiceSettings & { rootDirectory?: string }) | undefined {
  const desired = desiredSettings(s);
  const changed: Record<string, string | number> = {};
  for (const field of [...SETTING_FIELDS, "rootDirectory"] as const) {
    const want = desired[field];
    if (want === undefined) continue;
    const have = live?.settings[field];
    const address = `service.${s.name}.setting.${field}`;
    if (live && have === want) {
      changes.push({ action: "unchanged", kind: "setting", address, destructive: false });
      continue;
    }
    changed[field] = want;
    changes.push({
      action: live ? "update" : "create",
      kind: "setting",
      address,
      ...(live && have !== undefined ? { before: String(have) } : {}),
      after: String(want),
      destructive: false,
    });
  }
  return Object.keys(changed).length > 0 ? (changed as ServiceSettings & { rootDirectory?: string }) : undefined;
}

function sourceText(src: { repo?: string; image?: string; branch?: string }): string {
  return src.image ? `image ${src.image}` : src.repo ? `repo ${src.repo}@${src.branch ?? "main"}` : "none";
}

function domainMatches(want: DomainSpec, have: LiveService["domains"][number]): boolean {
  if (want.kind !== have.kind) return false;
  if (want.kind === "custom" && want.domain !== have.domain) return false;
  return want.port === undefined || want.port === have.port;
}

/** Computes the plan. `live` must describe the project named in the spec (or be empty). */
export function planStack(spec: StackSpec, live: LiveState): Plan {
  const changes: PlanChange[] = [];
  const steps: PlanStep[] = [];
  const step = (s: StepInput) => steps.push({ destructive: false, ...s } as PlanStep);

  // Project and environment.
  if (!live.project) {
    changes.push({
      action: "create",
      kind: "project",
      address: "project",
      after: spec.project.name,
      destructive: false,
    });
    step({ id: "project.create", kind: "project.create" });
  } else if (
    spec.project.description !== undefined &&
    spec.project.description !== parseProjectDescription(live.project.description).text
  ) {
    changes.push({
      action: "update",
      kind: "project",
      address: "project.description",
      before: parseProjectDescription(live.project.description).text,
      after: spec.project.description,
      destructive: false,
    });
    step({ id: "project.update", kind: "project.update" });
  } else {
    changes.push({ action: "unchanged", kind: "project", address: "project", destructive: false });
  }
  if (live.project && !live.environment) {
    changes.push({
      action: "create",
      kind: "environment",
      address: "environment",
      after: spec.environment,
      destructive: false,
    });
    step({ id: "environment.create", kind: "environment.create" });
  }

  // Shared variables.
  const shared = spec.manageShared
    ? diffVariables((n) => `shared.${n}`, "shared-variable", spec.shared, live.shared, changes)
    : { set: [], remove: [] };
  if (shared.set.length > 0) step({ id: "shared.set", kind: "shared.set", names: shared.set });

  const liveByName = new Map(live.services.map((s) => [s.name, s]));

  // Databases: one template deploy each.
  for (const db of spec.databases) {
    const existing = liveByName.get(db.name);
    if (existing)
      changes.push({ action: "unchanged", kind: "database", address: `database.${db.name}`, destructive: false });
    else {
      changes.push({
        action: "create",
        kind: "database",
        address: `database.${db.name}`,
        after: db.engine,
        destructive: false,
      });
      step({ id: `database.create:${db.name}`, kind: "database.create", target: db.name, engine: db.engine });
    }
  }

  // App services.
  const deploys: string[] = [];
  /** Services whose source is (re)connected: `serviceConnect` deploys by itself, so it is their one deploy. */
  const connects = new Map<string, string | undefined>();
  for (const s of spec.services) {
    const existing = liveByName.get(s.name);
    const before = steps.length;
    if (!existing) {
      changes.push({
        action: "create",
        kind: "service",
        address: `service.${s.name}`,
        after: sourceText(s.source),
        destructive: false,
      });
      step({ id: `service.create:${s.name}`, kind: "service.create", target: s.name });
      connects.set(s.name, undefined);
    } else {
      changes.push({ action: "unchanged", kind: "service", address: `service.${s.name}`, destructive: false });
      const want =
        s.source.type === "image" ? { image: s.source.image } : { repo: s.source.repo, branch: s.source.branch };
      const same =
        s.source.type === "image"
          ? existing.source.image === s.source.image
          : existing.source.repo === s.source.repo && (existing.source.branch ?? s.source.branch) === s.source.branch;
      const address = `service.${s.name}.source`;
      if (same) changes.push({ action: "unchanged", kind: "source", address, destructive: false });
      else {
        changes.push({
          action: "update",
          kind: "source",
          address,
          before: sourceText(existing.source),
          after: sourceText(want),
          destructive: false,
        });
        connects.set(s.name, existing.id);
      }
    }

    const settings = diffSettings(s, existing, changes);
    if (settings) step({ id: `service.configure:${s.name}`, kind: "service.configure", target: s.name, settings });

    if (s.limits) {
      const address = `service.${s.name}.limits`;
      const have = existing?.limits;
      // Only the fields the spec sets are compared: the applier never sends the others, so a
      // difference there could not be applied and would show up in every plan.
      const wanted = s.limits;
      const same =
        have !== undefined &&
        (wanted.memoryGB === undefined || have.memoryGB === wanted.memoryGB) &&
        (wanted.vCPUs === undefined || have.vCPUs === wanted.vCPUs);
      if (existing && same) changes.push({ action: "unchanged", kind: "limits", address, destructive: false });
      else {
        const text = (l: { memoryGB?: number; vCPUs?: number }) => `${l.memoryGB ?? "-"} GB, ${l.vCPUs ?? "-"} vCPU`;
        changes.push({
          action: existing ? "update" : "create",
          kind: "limits",
          address,
          ...(have ? { before: text(have) } : {}),
          after: text(s.limits),
          destructive: false,
        });
        step({ id: `service.limits:${s.name}`, kind: "service.limits", target: s.name });
      }
    }

    for (const v of s.volumes) {
      const address = `service.${s.name}.volume.${v.mountPath}`;
      if (existing?.volumes.some((lv) => lv.mountPath === v.mountPath))
        changes.push({ action: "unchanged", kind: "volume", address, destructive: false });
      else {
        changes.push({ action: "create", kind: "volume", address, after: v.mountPath, destructive: false });
        step({
          id: `volume.create:${s.name}:${v.mountPath}`,
          kind: "volume.create",
          target: s.name,
          mountPath: v.mountPath,
        });
      }
    }

    const vars = diffVariables(
      (n) => `service.${s.name}.variable.${n}`,
      "variable",
      s.variables,
      existing?.variables,
      changes,
    );
    if (vars.set.length > 0)
      step({ id: `variables.set:${s.name}`, kind: "variables.set", target: s.name, names: vars.set });
    if (vars.remove.length > 0) {
      step({
        id: `variables.delete:${s.name}`,
        kind: "variables.delete",
        target: s.name,
        names: vars.remove,
        destructive: true,
      });
    }

    const domains = existing?.domains ?? [];
    if (s.domain) {
      const match = domains.find((d) => domainMatches(s.domain as DomainSpec, d));
      const address = `service.${s.name}.domain`;
      if (match) changes.push({ action: "unchanged", kind: "domain", address, destructive: false });
      else {
        const text = s.domain.kind === "custom" ? s.domain.domain : "generated";
        changes.push({ action: "create", kind: "domain", address, after: text, destructive: false });
        step({ id: `domain.create:${s.name}`, kind: "domain.create", target: s.name, domain: s.domain });
      }
    }
    for (const d of domains) {
      if (s.domain && domainMatches(s.domain, d)) continue;
      changes.push({
        action: "delete",
        kind: "domain",
        address: `service.${s.name}.domain.${d.domain}`,
        before: d.domain,
        destructive: true,
      });
      step({
        id: `domain.delete:${s.name}:${d.id}`,
        kind: "domain.delete",
        target: s.name,
        resourceId: d.id,
        destructive: true,
      });
    }

    // A service that exists but was never deployed (an apply stopped before its deploy) is deployed now.
    if (steps.length > before || connects.has(s.name) || (existing && !existing.latestDeployment)) deploys.push(s.name);
  }

  // Deploy phase: after settings, volumes, variables and domains are in place, each changed
  // service deploys exactly once (a connect deploys; otherwise an explicit deploy).
  for (const name of deploys) {
    if (connects.has(name)) {
      const resourceId = connects.get(name);
      step({
        id: `service.connect:${name}`,
        kind: "service.connect",
        target: name,
        ...(resourceId ? { resourceId } : {}),
      });
    } else step({ id: `service.deploy:${name}`, kind: "service.deploy", target: name });
  }

  // Deletions last: nothing that stays can depend on them being there mid-apply.
  const managed = new Set([...spec.services.map((s) => s.name), ...spec.databases.map((d) => d.name)]);
  for (const s of live.services) {
    if (managed.has(s.name)) continue;
    changes.push({
      action: "delete",
      kind: "service",
      address: `service.${s.name}`,
      before: sourceText(s.source),
      destructive: true,
    });
    step({
      id: `service.delete:${s.name}`,
      kind: "service.delete",
      target: s.name,
      resourceId: s.id,
      destructive: true,
    });
  }
  if (shared.remove.length > 0)
    step({ id: "shared.delete", kind: "shared.delete", names: shared.remove, destructive: true });

  const summary = { create: 0, update: 0, delete: 0, unchanged: 0 };
  for (const c of changes) summary[c.action]++;
  return {
    version: 1,
    project: spec.project.name,
    environment: spec.environment,
    fingerprint: fingerprintLiveState(live),
    specDigest: specDigest(spec),
    changes,
    steps,
    summary,
  };
}

/** Addresses of the destructive changes (what the caller must allow). */
export function destructiveChanges(plan: Plan): string[] {
  return plan.changes.filter((c) => c.destructive).map((c) => c.address);
}

export function hasChanges(plan: Plan): boolean {
  return plan.steps.length > 0;
}
