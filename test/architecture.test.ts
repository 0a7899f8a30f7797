/**
 * Library code gives plain-language errors with codes; only src/cli knows the command-line
 * flags. A flag name (`--something`) in the code (not the comments) of a domain module means a
 * library error or hint talks CLI: the CLI maps codes to flags in src/cli/exit-codes.ts instead.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
// Flags of other programs that a hint may name or a log pattern may read (node, npm, Bundler's
// "The --deployment flag requires a Gemfile.lock", Gradle's "Run with --stacktrace", a build
// tool's "re-run with --verbose", mix's --warnings-as-errors): not railpilot's own.
const OTHER_TOOLS_FLAGS = new Set([
  "--import",
  "--save-exact",
  "--deployment",
  "--stacktrace",
  "--verbose",
  "--warnings-as-errors",
]);
const DOMAINS = [
  "deploy",
  "github",
  "railway",
  "config",
  "patterns",
  "store",
  "provision",
  "autopilot",
  "report",
  "escalation",
  "notify",
  "server",
  "demo",
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** The code without its comments (strings kept: that is where messages and hints live). */
function withoutComments(text: string): string {
  let out = "";
  let i = 0;
  let quote: string | undefined;
  while (i < text.length) {
    const c = text[i] as string;
    if (quote) {
      out += c;
      if (c === "\\") {
        out += text[i + 1] ?? "";
        i += 2;
        continue;
      }
      if (c === quote) quote = undefined;
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    out += c;
    i++;
  }
  return out;
}

const FLAG = /(?<![\w-])--[a-z][a-z-]*/g;

describe("domain modules name no CLI flag", () => {
  it("strips comments but keeps strings", () => {
    expect(withoutComments('a // --x\n/* --y */ "--z" `--w`')).toBe('a \n "--z" `--w`');
  });

  for (const domain of DOMAINS) {
    it(`src/${domain}`, () => {
      const found: string[] = [];
      for (const file of sources(join(ROOT, "src", domain))) {
        const code = withoutComments(readFileSync(file, "utf8"));
        for (const m of code.matchAll(FLAG))
          if (!OTHER_TOOLS_FLAGS.has(m[0])) found.push(`${relative(ROOT, file)}: ${m[0]}`);
      }
      expect(found).toEqual([]);
    });
  }
});
