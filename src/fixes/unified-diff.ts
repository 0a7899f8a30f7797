/**
 * A small, strict unified-diff applier for one file: every hunk's header must parse, its context
 * and removed lines must match the file exactly at the stated position, hunks must be in order and
 * not overlap, and the counts in the header must match the hunk body. Anything else is refused
 * (no fuzz, no offset search): a model's diff either applies as written or not at all.
 */
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

export interface ParsedDiff {
  oldPath: string | null;
  newPath: string | null;
  hunks: DiffHunk[];
}

export class DiffError extends Error {}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

function headerPath(line: string, prefix: "--- " | "+++ "): string | null {
  const raw = line.slice(prefix.length).split("\t")[0]?.trim() ?? "";
  if (raw === "/dev/null") return null;
  return raw.replace(/^[ab]\//, "");
}

/** Parses a single-file unified diff. */
export function parseUnifiedDiff(text: string): ParsedDiff {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  let i = 0;
  while (i < lines.length && !lines[i]?.startsWith("--- ")) {
    const l = lines[i] as string;
    if (l.startsWith("@@") || l.startsWith("+++ "))
      throw new DiffError("the diff has no '--- ' header before its hunks");
    i++;
  }
  if (i >= lines.length) throw new DiffError("the diff has no '--- a/…' / '+++ b/…' header");
  const oldPath = headerPath(lines[i] as string, "--- ");
  const plus = lines[i + 1];
  if (!plus?.startsWith("+++ ")) throw new DiffError("'--- ' is not followed by '+++ '");
  const newPath = headerPath(plus, "+++ ");
  i += 2;
  const hunks: DiffHunk[] = [];
  while (i < lines.length) {
    const header = lines[i] as string;
    if (header.startsWith("--- ")) throw new DiffError("the diff touches more than one file");
    const m = HUNK.exec(header);
    if (!m) throw new DiffError(`line ${i + 1} is not a hunk header: ${JSON.stringify(header.slice(0, 60))}`);
    const hunk: DiffHunk = {
      oldStart: Number(m[1]),
      oldLines: m[2] === undefined ? 1 : Number(m[2]),
      newStart: Number(m[3]),
      newLines: m[4] === undefined ? 1 : Number(m[4]),
      lines: [],
    };
    i++;
    let oldSeen = 0;
    let newSeen = 0;
    while (i < lines.length && (oldSeen < hunk.oldLines || newSeen < hunk.newLines)) {
      const l = lines[i] as string;
      const tag = l[0];
      if (tag === " " || l === "") {
        oldSeen++;
        newSeen++;
      } else if (tag === "-") oldSeen++;
      else if (tag === "+") newSeen++;
      else if (tag === "\\") {
        i++;
        continue;
      } else throw new DiffError(`line ${i + 1} of a hunk starts with ${JSON.stringify(tag)}`);
      hunk.lines.push(l === "" ? " " : l);
      i++;
    }
    while (i < lines.length && lines[i]?.startsWith("\\")) i++;
    if (oldSeen !== hunk.oldLines || newSeen !== hunk.newLines) {
      throw new DiffError(`a hunk's line counts do not match its header (@@ -${hunk.oldStart},${hunk.oldLines} …)`);
    }
    hunks.push(hunk);
  }
  if (hunks.length === 0) throw new DiffError("the diff has no hunks");
  return { oldPath, newPath, hunks };
}

/** Applies a parsed diff to `original`; throws DiffError when any hunk does not match exactly. */
export function applyUnifiedDiff(original: string, diff: ParsedDiff): string {
  const endsWithNewline = original.endsWith("\n");
  const source = original === "" ? [] : (endsWithNewline ? original.slice(0, -1) : original).split("\n");
  const out: string[] = [];
  let cursor = 0; // index into source
  for (const hunk of diff.hunks) {
    const start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
    if (start < cursor) throw new DiffError(`hunk at line ${hunk.oldStart} overlaps or is out of order`);
    if (start > source.length) throw new DiffError(`hunk at line ${hunk.oldStart} starts past the end of the file`);
    out.push(...source.slice(cursor, start));
    let at = start;
    for (const line of hunk.lines) {
      const body = line.slice(1);
      if (line[0] === "+") {
        out.push(body);
        continue;
      }
      if (source[at] !== body) {
        throw new DiffError(`hunk at line ${hunk.oldStart} does not match the file at line ${at + 1}`);
      }
      if (line[0] === " ") out.push(body);
      at++;
    }
    cursor = at;
  }
  out.push(...source.slice(cursor));
  return out.length === 0 ? "" : `${out.join("\n")}${endsWithNewline || original === "" ? "\n" : ""}`;
}

/** Lines added plus lines removed. */
export function changedLineCount(diff: ParsedDiff): number {
  return diff.hunks.reduce((n, h) => n + h.lines.filter((l) => l[0] === "+" || l[0] === "-").length, 0);
}
