/**
 * Renders Railway variable references: `${{shared.NAME}}`, `${{Service.NAME}}` and `${{NAME}}`
 * (a variable of the same service). Names are case-sensitive; a reference that does not resolve
 * becomes the empty string, as Railway does.
 */
export interface VariableScope {
  /** The service's own variables (built-ins included), unrendered. */
  own: Record<string, string>;
  /** The environment's shared variables, unrendered. */
  shared: Record<string, string>;
  /** Another service's scope by its exact name, or undefined. */
  service(name: string): VariableScope | undefined;
}

const REFERENCE = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const MAX_DEPTH = 8;

export function renderValue(value: string, scope: VariableScope, depth = 0): string {
  if (depth > MAX_DEPTH || !value.includes("${{")) return value;
  return value.replace(REFERENCE, (_match, ref: string) => {
    const dot = ref.indexOf(".");
    if (dot < 0) {
      const own = scope.own[ref];
      return own === undefined ? "" : renderValue(own, scope, depth + 1);
    }
    const owner = ref.slice(0, dot);
    const name = ref.slice(dot + 1);
    if (owner === "shared") {
      const v = scope.shared[name];
      return v === undefined ? "" : renderValue(v, scope, depth + 1);
    }
    const other = scope.service(owner);
    const v = other?.own[name];
    return other && v !== undefined ? renderValue(v, other, depth + 1) : "";
  });
}

export function renderAll(vars: Record<string, string>, scope: VariableScope): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) out[k] = renderValue(v, scope);
  return out;
}
