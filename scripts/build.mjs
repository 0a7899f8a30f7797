// Transpiles src/ to dist/ (one file per module, no bundling) with esbuild. Type checking is `npm run typecheck`.
// With --types it also emits the declaration files (dist/**/*.d.ts) with tsc (tsconfig.build.json,
// incremental: ~25 s cold, ~5 s after). `npm run build`, `npm test` and `prepare` pass --types.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const withTypes = process.argv.includes("--types");

const root = new URL("..", import.meta.url).pathname;
const entries = [];
const assets = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) entries.push(p);
    else if (/\.(graphql|html|css|json)$/.test(p) || p.includes("/server/dashboard/")) assets.push(p);
  }
})(join(root, "src"));

// dist/ is not wiped first: a concurrent test run may be executing it (tests start the CLI while
// another test rebuilds). So a file is written only when its content changed, and then atomically
// (a temporary file renamed over it): a process loading dist/ never reads a half-written module.
// Stale files are removed after.
function writeIfChanged(path, content) {
  const bytes =
    typeof content === "string"
      ? Buffer.from(content)
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (existsSync(path) && readFileSync(path).equals(bytes)) return;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

const result = await build({
  entryPoints: entries,
  outdir: join(root, "dist"),
  outbase: join(root, "src"),
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  write: false,
});
for (const file of result.outputFiles) writeIfChanged(file.path, file.contents);
for (const a of assets) writeIfChanged(a.replace(join(root, "src"), join(root, "dist")), readFileSync(a));

const expected = new Set([
  ...entries.flatMap((e) => {
    const js = e.replace(join(root, "src"), join(root, "dist")).replace(/\.ts$/, ".js");
    return [js, `${js}.map`, js.replace(/\.js$/, ".d.ts")];
  }),
  ...assets.map((a) => a.replace(join(root, "src"), join(root, "dist"))),
]);
(function prune(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) prune(p);
    // Another build's temporary file is left alone while it may still be renamed into place.
    else if (!expected.has(p) && !(/\.tmp-\d+$/.test(p) && Date.now() - statSync(p).mtimeMs < 60_000)) rmSync(p);
  }
})(join(root, "dist"));

if (withTypes) {
  // tsc's incremental mode does not notice deleted outputs: start over when a declaration is missing.
  const buildInfo = join(root, "node_modules/.cache/railpilot/tsconfig.build.tsbuildinfo");
  const missing = entries.some(
    (e) => !existsSync(e.replace(join(root, "src"), join(root, "dist")).replace(/\.ts$/, ".d.ts")),
  );
  if (missing) rmSync(buildInfo, { force: true });
  execFileSync(
    process.execPath,
    [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")],
    { stdio: "inherit" },
  );
}
