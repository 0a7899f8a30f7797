import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { TemplateMiner } from "../../patterns/index.js";
import type { CliContext } from "../context.js";
import { openLogInput } from "../log-input.js";
import { readLines } from "../line-reader.js";

interface PatternsOptions {
  jsonl?: boolean;
  json?: boolean;
  maxClusters?: string;
}

interface LineResult {
  clusterId: number;
  patternId: string;
  template: string;
}

/** `railpilot patterns [FILE|-]`: mines log lines into templates (the I/O lives here, the mining in src/patterns). */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("patterns")
    .description("Mine log lines (a file, or stdin) into templates with counts")
    .argument("[file]", "log file to read; '-' or nothing reads stdin")
    .option("--jsonl", "print one JSON object per input line, in order: {patternId, template}")
    .option("--json", "print the patterns found as a JSON array")
    .option("--max-clusters <n>", "most patterns kept in memory (default 5000)")
    .addHelpText(
      "after",
      "\nEach line gets the final template of its pattern (lines are mined first, then printed),\nso --jsonl output can be scored against labelled data.",
    )
    .action(async (file: string | undefined, options: PatternsOptions) => {
      const maxClusters = options.maxClusters === undefined ? undefined : Number(options.maxClusters);
      if (maxClusters !== undefined && (!Number.isInteger(maxClusters) || maxClusters < 1)) {
        throw new UsageError(`--max-clusters must be a positive integer, got "${options.maxClusters}".`, {
          hint: "Pass a whole number such as --max-clusters 10000.",
        });
      }
      const input = openLogInput(file, ctx, "lines in: railpilot patterns - < app.log");
      const miner = new TemplateMiner(maxClusters === undefined ? {} : { maxClusters });
      const results: LineResult[] = [];
      const samples = new Map<number, string>();
      // Lines are cut to 8,192 characters as they are read: a huge line never sits in memory whole.
      for await (const line of readLines(input)) {
        const mined = miner.add(line);
        results.push({ clusterId: mined.clusterId, patternId: mined.patternId, template: mined.template });
        if (!samples.has(mined.clusterId)) samples.set(mined.clusterId, line);
      }

      if (options.jsonl) {
        const out: string[] = [];
        for (const r of results) {
          const p = miner.pattern(r.clusterId);
          out.push(JSON.stringify({ patternId: p?.patternId ?? r.patternId, template: p?.template ?? r.template }));
          if (out.length >= 1000) {
            ctx.out(out.join("\n"));
            out.length = 0;
          }
        }
        if (out.length > 0) ctx.out(out.join("\n"));
        return;
      }

      const sampleOf = (clusterId: number): string => {
        for (const [key, line] of samples) if (miner.resolve(key) === clusterId) return line;
        return "";
      };
      const patterns = miner.patterns().map((p) => ({ ...p, sample: sampleOf(p.clusterId) }));
      if (options.json) {
        // Log text is shown escaped (no terminal control sequences) and cut to a readable length.
        ctx.json(
          patterns.map((p) => ({
            patternId: p.patternId,
            template: ctx.untrusted(p.template),
            count: p.count,
            sample: ctx.untrusted(p.sample),
          })),
        );
        return;
      }
      ctx.out(`${results.length} lines, ${patterns.length} patterns`);
      ctx.out(`${"COUNT".padStart(8)}  ${"PATTERN".padEnd(12)}  TEMPLATE / SAMPLE`);
      for (const p of patterns) {
        ctx.out(
          `${String(p.count).padStart(8)}  ${p.patternId.padEnd(12)}  ${truncate(ctx.untrusted(p.template, 400), 120)}`,
        );
        if (p.sample !== p.template) ctx.out(`${"".padStart(24)}e.g. ${truncate(ctx.untrusted(p.sample, 400), 115)}`);
      }
    });
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
