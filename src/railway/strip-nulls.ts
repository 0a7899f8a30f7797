/**
 * Removes `null` and `undefined` values from variables, recursively through input objects.
 * Railway treats an explicit null as "unset this field" (the CLI strips nulls for that
 * reason, API-NOTES §9), so an optional value a caller left empty must not be sent at all.
 * Nulls inside arrays are kept: removing them would shift positions.
 */
export function stripNulls<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item) => (item !== null && typeof item === "object" ? strip(item) : item));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out[key] = typeof v === "object" ? strip(v) : v;
  }
  return out;
}
