// A benchmark run on its own (`tsx bench/<name>.ts`) writes its section as a report of its own.
import { writeFileSync } from "node:fs";

export interface BenchSection {
  name: string;
  lines: string[];
}

/** Writes `section` to `file` (a URL next to the benchmark) under a title and the Node version, and prints it. */
export function writeStandaloneReport(section: BenchSection, file: URL): void {
  const text = [
    `# ${section.name}`,
    "",
    `Node ${process.version}, ${new Date().toISOString()}`,
    "",
    ...section.lines,
    "",
  ].join("\n");
  writeFileSync(file, text);
  process.stdout.write(`${text}\n`);
}
