/** Chooses the Railway environment from the branch being deployed. Pure. */
export const DEFAULT_BRANCH_ENVIRONMENTS: Readonly<Record<string, string>> = { main: "production", staging: "staging" };

/**
 * Looks the branch up in `map` (exact names, or patterns ending in `*` such as `release/*`).
 * Returns undefined when nothing matches: the caller then needs --environment.
 */
export function environmentForBranch(
  branch: string | undefined,
  map: Readonly<Record<string, string>> = DEFAULT_BRANCH_ENVIRONMENTS,
): string | undefined {
  if (!branch) return undefined;
  const name = branch.replace(/^refs\/heads\//, "");
  if (Object.hasOwn(map, name)) return map[name];
  for (const [pattern, env] of Object.entries(map)) {
    if (pattern.endsWith("*") && name.startsWith(pattern.slice(0, -1))) return env;
  }
  return undefined;
}
