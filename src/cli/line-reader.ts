/**
 * Reads text input (a log on stdin or in a file) as a stream of lines with bounded memory: a line
 * longer than `maxLineChars` is cut while it is read (the rest is skipped, never buffered), and
 * `readTailLines` keeps only the last `maxLines` lines. Bytes are decoded as UTF-8 across chunk
 * boundaries; CRLF ends a line like LF.
 */
import { StringDecoder } from "node:string_decoder";

export interface LineReaderOptions {
  /** Longest line kept, in characters; the rest of a longer line is dropped. Default: 8,192. */
  maxLineChars?: number;
}

export const DEFAULT_MAX_LINE_CHARS = 8_192;

/** Splits chunks into lines as they arrive, cutting each line at `maxLineChars`. */
export class LineSplitter {
  private readonly max: number;
  private readonly decoder = new StringDecoder("utf8");
  private current = "";
  private open = false;

  constructor(options: LineReaderOptions = {}) {
    this.max = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  }

  /** Feeds a chunk; calls `onLine` for every line it completes. */
  push(chunk: string | Buffer, onLine: (line: string) => void): void {
    const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
    const max = this.max;
    let from = 0;
    for (let nl = text.indexOf("\n", from); nl !== -1; nl = text.indexOf("\n", from)) {
      let line: string;
      if (this.current === "") line = nl - from > max ? text.slice(from, from + max) : text.slice(from, nl);
      else {
        if (this.current.length < max)
          this.current += text.slice(from, Math.min(nl, from + (max - this.current.length)));
        line = this.current;
        this.current = "";
      }
      onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
      this.open = false;
      from = nl + 1;
    }
    if (from < text.length) {
      if (this.current.length < max) this.current += text.slice(from, from + (max - this.current.length));
      this.open = true;
    }
  }

  /** Ends the input; calls `onLine` for a last line without a line ending. */
  end(onLine: (line: string) => void): void {
    const rest = this.decoder.end();
    if (rest) {
      if (this.current.length < this.max) this.current += rest.slice(0, this.max - this.current.length);
      this.open = true;
    }
    if (this.open) onLine(this.current.endsWith("\r") ? this.current.slice(0, -1) : this.current);
    this.current = "";
    this.open = false;
  }
}

/** Yields each line of `input` (without its line ending), each at most `maxLineChars` long. */
export async function* readLines(
  input: NodeJS.ReadableStream,
  options: LineReaderOptions = {},
): AsyncGenerator<string> {
  const splitter = new LineSplitter(options);
  const batch: string[] = [];
  const onLine = (line: string) => batch.push(line);
  for await (const chunk of input) {
    splitter.push(chunk as string | Buffer, onLine);
    yield* batch.splice(0);
  }
  splitter.end(onLine);
  yield* batch.splice(0);
}

export interface TailResult {
  /** The last lines read, oldest first. */
  lines: string[];
  /** How many lines the input had in all. */
  total: number;
}

/** Reads all of `input` but keeps only its last `maxLines` lines (a ring buffer). */
export async function readTailLines(
  input: NodeJS.ReadableStream,
  maxLines: number,
  options: LineReaderOptions = {},
): Promise<TailResult> {
  const ring: string[] = new Array(maxLines);
  let total = 0;
  const splitter = new LineSplitter(options);
  const keep = (line: string) => {
    ring[total % maxLines] = line;
    total++;
  };
  for await (const chunk of input) splitter.push(chunk as string | Buffer, keep);
  splitter.end(keep);
  if (total <= maxLines) return { lines: ring.slice(0, total), total };
  const start = total % maxLines;
  return { lines: [...ring.slice(start), ...ring.slice(0, start)], total };
}
