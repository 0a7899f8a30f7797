import type { ServiceReferences } from "./policy-types.js";

// `${{Postgres.DATABASE_URL}}`, `${{ api.PORT }}`; `shared.X` and `environment.X` are no services.
const REFERENCE = /\$\{\{\s*([^.}\s]+)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const NOT_SERVICES = new Set(["shared", "environment", "project"]);

/**
 * Which services each service depends on, from the `${{Service.VAR}}` references in its raw
 * variables: service name → names of the services it references (never itself). Pure.
 */
export function dependencyGraph(references: readonly ServiceReferences[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { serviceName, variables } of references) {
    const deps = graph.get(serviceName) ?? new Set<string>();
    for (const value of Object.values(variables)) {
      for (const m of value.matchAll(REFERENCE)) {
        const target = m[1] as string;
        if (target !== serviceName && !NOT_SERVICES.has(target)) deps.add(target);
      }
    }
    graph.set(serviceName, deps);
  }
  return graph;
}

/** The variables of `serviceName` that reference `dependency` (names only, never values). */
export function referencingVariables(
  references: readonly ServiceReferences[],
  serviceName: string,
  dependency: string,
): string[] {
  const own = references.find((r) => r.serviceName === serviceName);
  if (!own) return [];
  return Object.entries(own.variables)
    .filter(([, value]) => [...value.matchAll(REFERENCE)].some((m) => m[1] === dependency))
    .map(([name]) => name)
    .sort();
}
