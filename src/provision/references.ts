import { type SpecIssue, SpecError } from "./errors.js";
import type { DatabaseEngine, StackSpec, VariableSpec } from "./spec.js";

/**
 * Railway resolves `${{Service.VAR}}` at deploy time and a reference that does not match a
 * service or variable exactly (names are case-sensitive) silently becomes an empty string.
 * So every reference is checked here, before anything is created.
 */
export interface VariableReference {
  /** The text as written, e.g. `${{Postgres.DATABASE_URL}}`. */
  raw: string;
  /** `shared` for shared variables, a service name, or undefined for the service's own variable. */
  scope: string | undefined;
  name: string;
}

const PART = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The `${{...}}` spans of a value, in order: start, end (exclusive) and the trimmed inner text.
 * A hand-written scan, linear in the value's length (the equivalent regular expression is
 * quadratic on a long run of `${{` without a closing `}}`).
 */
export function referenceSpans(value: string): { start: number; end: number; inner: string }[] {
  const out: { start: number; end: number; inner: string }[] = [];
  let pos = 0;
  for (;;) {
    const start = value.indexOf("${{", pos);
    if (start < 0) return out;
    const close = value.indexOf("}", start + 3);
    if (close < 0) return out;
    if (value[close + 1] === "}") {
      out.push({ start, end: close + 2, inner: value.slice(start + 3, close).trim() });
      pos = close + 2;
    } else pos = close + 1; // every start before this `}` stops at it too
  }
}

/** The value with every `${{...}}` reference removed. */
export function stripReferences(value: string): string {
  let out = "";
  let pos = 0;
  for (const span of referenceSpans(value)) {
    out += value.slice(pos, span.start);
    pos = span.end;
  }
  return out + value.slice(pos);
}

export function extractReferences(value: string): VariableReference[] {
  const out: VariableReference[] = [];
  for (const span of referenceSpans(value)) {
    const m = [value.slice(span.start, span.end), span.inner] as const;
    const inner = m[1];
    const dot = inner.indexOf(".");
    if (dot < 0) out.push({ raw: m[0], scope: undefined, name: inner });
    else out.push({ raw: m[0], scope: inner.slice(0, dot), name: inner.slice(dot + 1) });
  }
  return out;
}

/** Variables Railway's database templates define (what `${{Postgres.X}}` may name). */
export const DATABASE_OUTPUTS: Record<DatabaseEngine, readonly string[]> = {
  postgres: [
    "DATABASE_URL",
    "DATABASE_PUBLIC_URL",
    "PGDATA",
    "PGDATABASE",
    "PGHOST",
    "PGPASSWORD",
    "PGPORT",
    "PGUSER",
    "POSTGRES_DB",
    "POSTGRES_PASSWORD",
    "POSTGRES_USER",
  ],
  redis: ["REDIS_URL", "REDIS_PUBLIC_URL", "REDISHOST", "REDISPASSWORD", "REDISPORT", "REDISUSER", "REDIS_PASSWORD"],
};

/** Railway provides these on every service (RAILWAY_* in general, and PORT). */
function isRailwayProvided(name: string): boolean {
  return name.startsWith("RAILWAY_") || name === "PORT";
}

/** Returns every reference problem in the spec; empty when all references resolve. */
export function checkReferences(spec: StackSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const scopes = new Map<string, Set<string>>();
  for (const d of spec.databases) scopes.set(d.name, new Set(DATABASE_OUTPUTS[d.engine]));
  for (const s of spec.services) scopes.set(s.name, new Set(Object.keys(s.variables)));
  const shared = new Set(Object.keys(spec.shared));

  const visit = (owner: string | undefined, path: string, variables: Record<string, VariableSpec>) => {
    for (const [varName, v] of Object.entries(variables)) {
      if (v.kind !== "literal") continue;
      const fieldPath = `${path}.${varName}`;
      const pos = spec.positions[fieldPath] ?? {};
      for (const ref of extractReferences(v.value)) {
        const problem = checkOne(ref, owner, scopes, shared, spec.manageShared);
        if (problem) issues.push({ path: fieldPath, message: problem, ...pos });
      }
    }
  };
  visit(undefined, "shared", spec.shared);
  for (const s of spec.services) visit(s.name, `services.${s.name}.variables`, s.variables);
  return issues;
}

/** Throws a SpecError listing every broken reference. */
export function assertReferences(spec: StackSpec): void {
  const issues = checkReferences(spec);
  if (issues.length > 0) {
    throw new SpecError(spec.file, issues, {
      hint: "Railway resolves a wrong reference to an empty string without any error; fix the names (they are case-sensitive).",
    });
  }
}

function checkOne(
  ref: VariableReference,
  owner: string | undefined,
  scopes: Map<string, Set<string>>,
  shared: Set<string>,
  sharedDeclared: boolean,
): string | undefined {
  if (ref.scope !== undefined && !PART.test(ref.scope)) return `${ref.raw} is not a valid reference`;
  if (!PART.test(ref.name)) return `${ref.raw} is not a valid reference`;

  if (ref.scope === undefined) {
    // `${{VAR}}`: a variable of the same service.
    if (owner === undefined)
      return `${ref.raw} has no service; in shared variables write \${{shared.${ref.name}}} or \${{Service.${ref.name}}}`;
    const own = scopes.get(owner) ?? new Set<string>();
    if (own.has(ref.name) || isRailwayProvided(ref.name)) return undefined;
    return `${ref.raw} refers to variable "${ref.name}" of service "${owner}", which does not define it${suggest(ref.name, own)}`;
  }

  if (ref.scope === "shared") {
    if (shared.has(ref.name) || !sharedDeclared) return undefined;
    return `${ref.raw} refers to shared variable "${ref.name}", which is not in "shared"${suggest(ref.name, shared)}`;
  }
  if (ref.scope.toLowerCase() === "shared") {
    return `${ref.raw} uses "${ref.scope}"; shared variables are referenced as \${{shared.${ref.name}}} (lower case)`;
  }

  const target = scopes.get(ref.scope);
  if (!target) {
    return `${ref.raw} refers to service "${ref.scope}", which is not defined in this spec${suggest(ref.scope, scopes.keys())}`;
  }
  if (target.has(ref.name) || isRailwayProvided(ref.name)) return undefined;
  return `${ref.raw} refers to variable "${ref.name}" of service "${ref.scope}", which does not define it${suggest(ref.name, target)}`;
}

/** "; did you mean X?" for a case-insensitive match or a close spelling, else "". */
export function suggest(wanted: string, candidates: Iterable<string>): string {
  const list = [...candidates];
  const sameCase = list.find((c) => c.toLowerCase() === wanted.toLowerCase());
  if (sameCase) return `; did you mean "${sameCase}"? (names are case-sensitive)`;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of list) {
    const d = editDistance(wanted.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)))
    return `; did you mean "${best}"?`;
  return list.length > 0 && list.length <= 8 ? ` (known: ${list.join(", ")})` : "";
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
