/**
 * The package as a user gets it: `npm pack`, then publint and arethetypeswrong on the tarball, a
 * strict consumer project (test/consumer) type-checked against the packed files, and the import
 * graph of `railpilot/client` (it must not load PGlite, Octokit or the emulator).
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string | { types: string; default: string }>;
  files: string[];
  types: string;
};

let work: string;
let tarball: string;

beforeAll(async () => {
  // Declarations are part of the build only with --types (incremental: a few seconds when warm).
  await run(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--types"], { cwd: ROOT });
  // Under node_modules/.cache so the consumer resolves railpilot's own dependencies from the repo.
  const cache = join(ROOT, "node_modules", ".cache");
  mkdirSync(cache, { recursive: true });
  work = mkdtempSync(join(cache, "railpilot-package-"));
  await run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], { cwd: ROOT });
  const name = readdirSync(work).find((f) => f.endsWith(".tgz"));
  if (!name) throw new Error("npm pack wrote no tarball");
  tarball = join(work, name);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("package.json", () => {
  it("points types at compiled declarations, never at sources", () => {
    expect(pkg.types).toMatch(/^\.\/dist\/.*\.d\.ts$/);
    for (const [path, target] of Object.entries(pkg.exports)) {
      if (typeof target === "string") continue;
      expect(target.types, path).toMatch(/^\.\/dist\/.*\.d\.ts$/);
      expect(target.default, path).toMatch(/^\.\/dist\/.*\.js$/);
    }
    expect(pkg.files).not.toContain("src");
  });

  it("offers a subpath per domain", () => {
    for (const sub of [".", "./client", "./deploy", "./provision", "./patterns", "./store", "./config", "./emulator"]) {
      expect(Object.keys(pkg.exports)).toContain(sub);
    }
  });

  it("ships the dashboard's files (no build step for the user)", async () => {
    const { stdout } = await run("tar", ["-tzf", tarball], { cwd: work });
    for (const file of ["index.html", "app.js", "charts.js", "style.css"])
      expect(stdout).toContain(`package/dist/server/dashboard/${file}`);
  });

  it("passes publint (strict)", async () => {
    const { stdout } = await run(bin("publint"), ["run", tarball, "--strict"], { cwd: work });
    expect(stdout).toContain("All good");
  });

  it("passes arethetypeswrong for ESM consumers (node16 and bundler resolution)", async () => {
    // A non-zero exit (any problem) rejects; ESM-only is the package's choice, so CJS/node10 are not judged.
    const { stdout } = await run(bin("attw"), [tarball, "--profile", "esm-only", "--format", "json"], {
      cwd: work,
      maxBuffer: 64 << 20,
    });
    const report = JSON.parse(stdout) as { analysis?: { problems?: { resolutionKind?: string }[] } };
    const judged = (report.analysis?.problems ?? []).filter(
      (p) => p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs",
    );
    expect(judged).toEqual([]);
  }, 60_000);
});

describe("a strict consumer project", () => {
  it("type-checks the client, deploy, provision, patterns and root entry points with zero errors", async () => {
    const consumer = join(work, "consumer");
    cpSync(join(ROOT, "test", "consumer"), consumer, { recursive: true });
    const installed = join(consumer, "node_modules", "railpilot");
    mkdirSync(installed, { recursive: true });
    await run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
    // Every `import { … } from "railpilot…"` the README shows must resolve too.
    writeFileSync(join(consumer, "src", "readme-imports.ts"), readmeImports().join("\n") + "\nexport {};\n");
    const result = await run(
      process.execPath,
      [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", consumer],
      { cwd: consumer },
    ).catch((error: { stdout?: string; code?: number }) => ({ stdout: error.stdout ?? "", failed: true }));
    expect(result.stdout).toBe("");
    expect("failed" in result).toBe(false);
  }, 120_000);
});

describe("railpilot/client", () => {
  it("loads neither PGlite, Octokit, pg, Kysely nor the emulator, store or GitHub modules", async () => {
    const entry = join(ROOT, "dist", "railway", "index.js");
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    const packages = new Set(
      Object.values(result.metafile.inputs).flatMap((i) =>
        i.imports.filter((x) => x.external).map((x) => packageName(x.path)),
      ),
    );
    expect(inputs.some((f) => f.includes("dist/railway/"))).toBe(true);
    for (const forbidden of [
      "dist/emulator/",
      "dist/store/",
      "dist/github/",
      "dist/provision/",
      "dist/deploy/",
      "dist/cli/",
    ]) {
      expect(
        inputs.filter((f) => f.includes(forbidden)),
        forbidden,
      ).toEqual([]);
    }
    for (const forbidden of ["@electric-sql/pglite", "@octokit/rest", "pg", "kysely", "commander"]) {
      expect(packages.has(forbidden), forbidden).toBe(false);
    }
    expect(packages.has("graphql")).toBe(true);
  });
});

function packageName(specifier: string): string {
  if (specifier.startsWith("node:")) return specifier;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** The README's library import lines (type-checked as a consumer would write them). */
function readmeImports(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const lines = readme.match(/^import (?:type )?\{[^}]+\} from "railpilot(?:\/[a-z]+)?";$/gm) ?? [];
  if (lines.length === 0) throw new Error("the README shows no import from railpilot");
  return lines.map((line, i) =>
    line
      .replace(
        /^import (type )?\{([^}]+)\}/,
        (_, type: string | undefined, names: string) =>
          `import ${type ?? ""}{${names
            .split(",")
            .map((n) => `${n.trim()} as r${i}_${n.trim().replace(/^type /, "")}`)
            .join(", ")}}`,
      )
      .replace(/as r(\d+)_type /g, "as r$1_"),
  );
}
