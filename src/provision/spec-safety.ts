import { type SpecIssue, SpecError } from "./errors.js";
import { extractReferences } from "./references.js";
import type { StackSpec, VariableSpec } from "./spec.js";

/**
 * Rules every spec string must follow before anything is created, whatever the spec came from
 * (YAML, `.railway/railway.ts`, a library caller). Railway (and the store that journals what an
 * apply does) cannot hold a NUL byte, and a control or bidi-override character in a name makes
 * what a terminal shows differ from what exists.
 */

/** Largest spec file read (bytes). Larger files are refused before parsing. */
export const MAX_SPEC_BYTES = 1024 * 1024;

/** C0 controls and DEL; tab, line feed and carriage return are allowed in values only. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_IN_NAME = /[\u0000-\u001F\u007F-\u009F]/;
/** Bidirectional overrides and isolates (they reorder what a terminal prints). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Describes the first unsafe character of a value, or undefined when it has none. */
export function unsafeCharacter(value: string, kind: "name" | "value"): string | undefined {
  const control = (kind === "name" ? CONTROL_IN_NAME : CONTROL).exec(value);
  if (control)
    return `holds the control character U+${control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")} at position ${control.index + 1}`;
  const bidi = BIDI.exec(value);
  if (bidi)
    return `holds the bidirectional-text character U+${bidi[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")} at position ${bidi.index + 1}`;
  return undefined;
}

/**
 * Checks a volume mount path the way Railway does: absolute, no `.` or `..` segments, no empty
 * segments, at most 255 characters. Returns the problem, or undefined.
 */
export function mountPathProblem(path: string): string | undefined {
  if (!path.startsWith("/")) return "a mount path is absolute (starts with /)";
  if (path.length > 255) return "a mount path is at most 255 characters";
  const segments = path.slice(1).split("/");
  if (path !== "/" && segments.some((s) => s === "")) return "a mount path has no empty segments (// or a trailing /)";
  if (segments.some((s) => s === "." || s === "..")) return "a mount path has no . or .. segments";
  return undefined;
}

/** Every unsafe string of a spec (names, values, paths), as issues pointing at their field. */
export function specSafetyIssues(spec: StackSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const at = (path: string) => spec.positions[path] ?? {};
  const check = (path: string, value: string | undefined, kind: "name" | "value") => {
    if (value === undefined) return;
    const problem = unsafeCharacter(value, kind);
    if (problem)
      issues.push({ path, message: `${kind === "name" ? "the name" : "the value"} ${problem}`, ...at(path) });
  };
  const vars = (path: string, variables: Record<string, VariableSpec>) => {
    for (const [name, v] of Object.entries(variables)) {
      check(`${path}.${name}`, name, "name");
      if (v.kind === "literal") check(`${path}.${name}`, v.value, "value");
    }
  };
  check("project.name", spec.project.name, "name");
  check("project.description", spec.project.description, "value");
  check("environment", spec.environment, "name");
  vars("shared", spec.shared);
  for (const d of spec.databases) check(`databases.${d.name}`, d.name, "name");
  for (const s of spec.services) {
    const base = `services.${s.name}`;
    check(base, s.name, "name");
    if (s.source.type === "image") check(`${base}.source.image`, s.source.image, "name");
    else {
      check(`${base}.source.repo`, s.source.repo, "name");
      check(`${base}.source.branch`, s.source.branch, "name");
      check(`${base}.source.rootDirectory`, s.source.rootDirectory, "name");
    }
    for (const [field, value] of Object.entries(s.settings))
      if (typeof value === "string") check(`${base}.${field}`, value, "value");
    if (s.domain?.kind === "custom") check(`${base}.domain`, s.domain.domain, "name");
    vars(`${base}.variables`, s.variables);
    s.volumes.forEach((v, i) => {
      const path = `${base}.volumes.${i}.mountPath`;
      const problem = unsafeCharacter(v.mountPath, "name") ?? mountPathProblem(v.mountPath);
      if (problem) issues.push({ path, message: `mount path ${JSON.stringify(v.mountPath)}: ${problem}`, ...at(path) });
    });
  }
  return issues;
}

/**
 * Reference cycles: `a.X = ${{b.Y}}` with `b.Y = ${{a.X}}`, or a variable naming itself. Railway
 * cannot resolve them (they render empty or loop), so they are refused at plan time. Linear in
 * the number of variables and references (iterative depth-first search).
 */
export function referenceCycleIssues(spec: StackSpec): SpecIssue[] {
  const edges = new Map<string, string[]>();
  const app = new Set(spec.services.map((s) => s.name));
  const add = (owner: string, variables: Record<string, VariableSpec>) => {
    for (const [name, v] of Object.entries(variables)) {
      const node = `${owner}.${name}`;
      const out: string[] = [];
      if (v.kind === "literal") {
        for (const ref of extractReferences(v.value)) {
          if (ref.scope === undefined) {
            if (owner !== "shared") out.push(`${owner}.${ref.name}`);
          } else if (ref.scope === "shared" || app.has(ref.scope)) out.push(`${ref.scope}.${ref.name}`);
        }
      }
      edges.set(node, out);
    }
  };
  add("shared", spec.shared);
  for (const s of spec.services) add(s.name, s.variables);

  const issues: SpecIssue[] = [];
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: finished
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    const path: string[] = [root];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: string; next: number };
      const out = edges.get(top.node) ?? [];
      if (top.next >= out.length) {
        state.set(top.node, 2);
        stack.pop();
        path.pop();
        continue;
      }
      const to = out[top.next++] as string;
      if (!edges.has(to)) continue; // not a declared variable: the reference check reports it
      const s = state.get(to);
      if (s === 1) {
        const cycle = [...path.slice(path.indexOf(to)), to];
        const [owner, ...rest] = top.node.split(".");
        const field = owner === "shared" ? `shared.${rest.join(".")}` : `services.${owner}.variables.${rest.join(".")}`;
        issues.push({
          path: field,
          message: cycle.length === 2 ? `${to} refers to itself` : `reference cycle: ${cycle.join(" → ")}`,
          ...(spec.positions[field] ?? {}),
        });
      } else if (s === undefined) {
        state.set(to, 1);
        stack.push({ node: to, next: 0 });
        path.push(to);
      }
    }
  }
  return issues;
}

/** Throws a SpecError listing unsafe strings and reference cycles (for specs built in code). */
export function assertSpecSafe(spec: StackSpec): void {
  const issues = [...specSafetyIssues(spec), ...referenceCycleIssues(spec)];
  if (issues.length > 0) throw new SpecError(spec.file, issues);
}
