import { describe, expect, it } from "vitest";
import {
  applyUnifiedDiff,
  type FixProposal,
  parseUnifiedDiff,
  protectedPathReason,
  stackTracePaths,
  validateFix,
} from "../../src/fixes/index.js";

const ORDERS = [
  "export function total(order) {",
  "  return order.items.reduce((s, i) => s + i.price, 0);",
  "}",
  "",
].join("\n");
const GOOD = [
  "--- a/src/orders.ts",
  "+++ b/src/orders.ts",
  "@@ -1,3 +1,3 @@",
  " export function total(order) {",
  "-  return order.items.reduce((s, i) => s + i.price, 0);",
  "+  return (order.items ?? []).reduce((s, i) => s + i.price, 0);",
  " }",
  "",
].join("\n");
const evidence = new Map([["src/orders.ts", ORDERS]]);
const proposal = (files: FixProposal["files"], confidence = 0.9): FixProposal => ({
  title: "guard items",
  explanation: "items may be missing",
  confidence,
  files,
});
const diffFor = (path: string) => GOOD.replaceAll("src/orders.ts", path);

describe("validateFix", () => {
  it("accepts a diff that applies to a stack-trace file and returns the new content", () => {
    const v = validateFix(proposal([{ path: "src/orders.ts", diff: GOOD }]), evidence);
    expect(v).toMatchObject({ ok: true, changedLines: 2 });
    if (v.ok) expect(v.files[0]?.content).toContain("(order.items ?? [])");
  });

  it.each<[string, FixProposal, RegExp]>([
    ["no files", proposal([]), /no change/],
    ["low confidence", proposal([{ path: "src/orders.ts", diff: GOOD }], 0.2), /confidence/],
    [
      "a file not in the evidence",
      proposal([{ path: "src/other.ts", diff: diffFor("src/other.ts") }]),
      /not a file named/,
    ],
    [
      "a workflow",
      proposal([{ path: ".github/workflows/ci.yml", diff: diffFor(".github/workflows/ci.yml") }]),
      /\.github/,
    ],
    ["a lockfile", proposal([{ path: "package-lock.json", diff: diffFor("package-lock.json") }]), /lockfile/],
    ["an env file", proposal([{ path: ".env.production", diff: diffFor(".env.production") }]), /environment file/],
    ["a secret-looking path", proposal([{ path: "config/secrets.ts", diff: diffFor("config/secrets.ts") }]), /secret/],
    ["a parent path", proposal([{ path: "../etc/passwd", diff: diffFor("../etc/passwd") }]), /outside/],
    ["an absolute path", proposal([{ path: "/etc/passwd", diff: diffFor("/etc/passwd") }]), /absolute/],
    ["a gitlab CI file", proposal([{ path: ".gitlab-ci.yml", diff: diffFor(".gitlab-ci.yml") }]), /CI/],
    ["a Dockerfile", proposal([{ path: "Dockerfile", diff: diffFor("Dockerfile") }]), /deployment/],
    [
      "a diff whose header names another file",
      proposal([{ path: "src/orders.ts", diff: diffFor(".github/workflows/x.yml") }]),
      /names another file/,
    ],
    [
      "a diff whose context does not match",
      proposal([{ path: "src/orders.ts", diff: GOOD.replace(" export function total", " export function totl") }]),
      /does not apply/,
    ],
    [
      "a hunk with wrong counts",
      proposal([{ path: "src/orders.ts", diff: GOOD.replace("@@ -1,3 +1,3 @@", "@@ -1,3 +1,9 @@") }]),
      /malformed/,
    ],
    [
      "a two-file diff in one entry",
      proposal([{ path: "src/orders.ts", diff: `${GOOD}${diffFor("src/b.ts")}` }]),
      /malformed|more than one file/,
    ],
    ["not a diff at all", proposal([{ path: "src/orders.ts", diff: "rm -rf /" }]), /malformed/],
    [
      "too many files",
      proposal(["a", "b", "c", "d"].map((p) => ({ path: `src/${p}.ts`, diff: diffFor(`src/${p}.ts`) }))),
      /at most 3/,
    ],
    [
      "the same file twice",
      proposal([
        { path: "src/orders.ts", diff: GOOD },
        { path: "src/orders.ts", diff: GOOD },
      ]),
      /twice/,
    ],
  ])("refuses %s", (_name, p, reason) => {
    const v = validateFix(p, evidence);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(reason);
  });

  it("refuses more changed lines than the cap", () => {
    const big = Array.from({ length: 70 }, (_, i) => `line ${i}`).join("\n");
    const diff = `--- a/src/big.ts\n+++ b/src/big.ts\n@@ -1,70 +1,70 @@\n${big
      .split("\n")
      .map((l) => `-${l}`)
      .join("\n")}\n${big
      .split("\n")
      .map((l) => `+${l}!`)
      .join("\n")}\n`;
    const v = validateFix(proposal([{ path: "src/big.ts", diff }]), new Map([["src/big.ts", `${big}\n`]]));
    expect(v).toMatchObject({ ok: false, reason: expect.stringMatching(/more than 60 lines/) });
  });
});

describe("unified diff applier", () => {
  it.each([
    ["insert at the top", "a\nb\n", "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+z\n", "z\na\nb\n"],
    ["replace the last line", "a\nb\n", "--- a/f\n+++ b/f\n@@ -2 +2 @@\n-b\n+c\n", "a\nc\n"],
    [
      "two hunks",
      "1\n2\n3\n4\n5\n",
      "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-1\n+one\n@@ -5 +5 @@\n-5\n+five\n",
      "one\n2\n3\n4\nfive\n",
    ],
  ])("%s", (_n, original, diff, expected) => {
    expect(applyUnifiedDiff(original, parseUnifiedDiff(diff))).toBe(expected);
  });

  it("refuses out-of-order hunks", () => {
    const d = parseUnifiedDiff("--- a/f\n+++ b/f\n@@ -3 +3 @@\n-3\n+c\n@@ -1 +1 @@\n-1\n+a\n");
    expect(() => applyUnifiedDiff("1\n2\n3\n", d)).toThrow(/out of order/);
  });
});

describe("protectedPathReason and stackTracePaths", () => {
  it.each([
    ["src/app.ts", undefined],
    [".github/CODEOWNERS", "GitHub configuration (.github/)"],
    ["a/../../b", "a path outside the repository"],
    ["C:\\x", "an absolute path"],
    ["certs/server.pem", "a key or certificate file"],
  ])("%s → %s", (path, why) => {
    expect(protectedPathReason(path)).toBe(why);
  });

  it("keeps repository paths of the trace and drops dependencies, internals and escapes", () => {
    expect(
      stackTracePaths([
        "TypeError: Cannot read properties of undefined (reading 'reduce')",
        "    at total (/app/src/orders.ts:2:23)",
        "    at handler (/app/node_modules/express/lib/router.js:10:3)",
        "    at process (node:internal/process/task_queues:95:5)",
        "    at x (/etc/passwd.js:1:1)",
        '  File "/usr/src/app/api/views.py", line 9',
        "    at y (./lib/util.js:4:2)",
        "    at z (/app/../secret/x.ts:1:1)",
      ]),
    ).toEqual(["src/orders.ts", "lib/util.js"]);
  });
});
