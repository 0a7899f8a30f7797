/**
 * Logs are untrusted input: `diagnose` streams stdin with a bounded window, and neither `diagnose`
 * nor `patterns` lets escape sequences or huge lines through to the terminal or JSON.
 */
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines, readTailLines } from "../../src/cli/line-reader.js";
import { BIN, runCli } from "../helpers/cli.js";

describe("diagnose reads a huge log in bounded memory", () => {
  it("diagnoses 60 MB on stdin with a 48 MB heap, numbering lines from the start of the log", async () => {
    const filler = `${"2026-01-01T00:00:00Z INFO request served in 12ms path=/api/items ".padEnd(199, "x")}\n`;
    const lines = 300_000; // 60 MB (reading it whole needs more heap than 48 MB; the CLI itself takes about 23 MB)
    const child = spawn(process.execPath, ["--max-old-space-size=48", BIN, "diagnose", "-", "--json"], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const block = filler.repeat(1000);
    for (let i = 0; i < lines / 1000; i++) {
      if (!child.stdin.write(block)) await new Promise((r) => child.stdin.once("drain", r));
    }
    child.stdin.end("Error: Cannot find module 'express'\nRequire stack:\n- /app/server.js\n");
    expect(await exited, stderr).toBe(0);
    const result = JSON.parse(stdout) as { category: string; keyLineNumber: number };
    expect(result.category).toBe("MISSING_MODULE_RUNTIME");
    expect(result.keyLineNumber).toBe(lines + 1);
  }, 120_000);

  it("states the bound in --help and rejects an unbounded --max-lines", async () => {
    const help = await runCli(["diagnose", "--help"]);
    expect(help.stdout).toMatch(/only its last --max-lines lines are kept/);
    const r = await runCli(["diagnose", "--max-lines", "99999999999"], { input: "x\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-lines");
  });
});

describe("escape sequences and huge lines never reach the terminal raw", () => {
  const hostile = [
    "\x1b[2J\x1b[Hcleared your screen",
    "\x1b]0;owned title\x07 set the title",
    "user \u202eoverride\u202c text",
    `Error: Cannot find module '${"a".repeat(3_000_000)}'`,
  ].join("\n");

  it("diagnose escapes control characters and cuts the 3 MB key line", async () => {
    for (const args of [
      ["diagnose", "-"],
      ["diagnose", "-", "--json"],
    ]) {
      const r = await runCli(args, { input: hostile });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\x1b\x07\u202e]/);
      expect(r.stdout.length).toBeLessThan(20_000);
      expect(r.stdout).toContain("more characters");
    }
  });

  it("patterns escapes control characters in text and JSON output", async () => {
    for (const args of [
      ["patterns", "-"],
      ["patterns", "-", "--json"],
    ]) {
      const r = await runCli(args, { input: hostile });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\x1b\x07\u202e]/);
      expect(r.stdout).toContain("x1b");
      expect(r.stdout.length).toBeLessThan(20_000);
    }
  });
});

describe("line reader", () => {
  const from = (...chunks: (string | Buffer)[]) =>
    Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));
  const all = async (input: NodeJS.ReadableStream, max?: number) => {
    const out: string[] = [];
    for await (const l of readLines(input, max === undefined ? {} : { maxLineChars: max })) out.push(l);
    return out;
  };

  it.each([
    [["a\nb\n"], ["a", "b"]],
    [["a\r\nb"], ["a", "b"]],
    [
      ["ab", "c\nd", "e"],
      ["abc", "de"],
    ],
    [["\n\n"], ["", ""]],
    [[""], []],
  ])("splits %j into %j", async (chunks, lines) => {
    expect(await all(from(...chunks))).toEqual(lines);
  });

  it("decodes a character split across chunks and cuts long lines while reading", async () => {
    const euro = Buffer.from("€");
    expect(
      await all(
        from(
          Buffer.concat([Buffer.from("x"), euro.subarray(0, 1)]),
          Buffer.concat([euro.subarray(1), Buffer.from("\n")]),
        ),
      ),
    ).toEqual(["x€"]);
    expect(await all(from("abcdef", "ghij\nkl"), 4)).toEqual(["abcd", "kl"]);
  });

  it("keeps only the last n lines and counts them all", async () => {
    const input = from(Array.from({ length: 10 }, (_, i) => `l${i}`).join("\n"));
    expect(await readTailLines(input, 3)).toEqual({ lines: ["l7", "l8", "l9"], total: 10 });
    expect(await readTailLines(from("a\nb"), 5)).toEqual({ lines: ["a", "b"], total: 2 });
  });
});
