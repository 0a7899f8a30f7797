/**
 * Repository paths named by a stack trace (`path:line` frames): `at fn (/app/src/routes/orders.ts:42:13)`,
 * `src/x.go:10`. Container prefixes (/app, /usr/src/app,
 * /workspace, /srv/app, /opt/app, /home/<user>/app) are dropped; node_modules, node: internals,
 * site-packages and paths that would leave the repository are ignored.
 */
const FRAME =
  /(?:\(|\s|^|")((?:\/|\.\/)?(?:[\w@.-]+\/)*[\w@.-]+\.(?:ts|tsx|js|jsx|mjs|cjs|py|go|rb|rs|java|kt|php|cs)):(\d+)/g;
const CONTAINER_PREFIX = /^\/(?:usr\/src\/app|app|workspace|srv\/app|opt\/app|home\/[^/]+\/app|src\/app)\//;
const IGNORED = /(^|\/)(node_modules|site-packages|dist-packages|vendor|\.pnpm)\//;

export function stackTracePaths(lines: readonly string[], max = 10): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(FRAME)) {
      let path = m[1] as string;
      if (IGNORED.test(path) || path.startsWith("node:")) continue;
      if (path.startsWith("./")) path = path.slice(2);
      else if (path.startsWith("/")) {
        if (!CONTAINER_PREFIX.test(path)) continue;
        path = path.replace(CONTAINER_PREFIX, "");
      }
      if (path.split("/").some((p) => p === ".." || p === "." || p === "")) continue;
      if (!found.includes(path)) found.push(path);
      if (found.length >= max) return found;
    }
  }
  return found;
}
