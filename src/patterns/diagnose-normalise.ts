/**
 * Turns raw log text into lines the rules can read: colour codes removed, and the decorations
 * that platforms and tools put in front of every line (timestamps, BuildKit step numbers,
 * `remote:`, Heroku dyno names, compose service names, npm debug-log counters) peeled off.
 * Stack frames are flagged so they never become the key line: the error line is.
 */

// CSI sequences (colours, cursor moves), OSC sequences (hyperlinks, titles) and lone escapes.
// biome-ignore lint/complexity/useRegexLiterals: built from a string to keep the escape readable.
const ANSI = new RegExp(
  "\\u001b\\[[0-9;?]*[ -/]*[@-~]|\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)|\\u001b[@-Z\\\\-_]",
  "g",
);

export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Prefixes peeled off, repeatedly, from the start of a line before rules look at it. */
const PREFIXES: RegExp[] = [
  // ISO-8601 timestamps, optionally bracketed: 2024-12-17T00:48:39.540045812Z, [2024-03-01 00:12:47 +0000]
  /^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|\s?[+-]\d{2}:?\d{2})?\]?\s*/,
  // Bare times: 11:38:48.093, [11:38:48.093], 8:35:52 AM, Netlify's "6:23:53 PM: "
  /^\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?:\s?[AP]M)?\]?:?\s+/,
  // Syslog/Java dates: Jun 01, 2018 4:13:52 PM
  /^[A-Z][a-z]{2} \d{1,2},? (?:\d{4} )?\d{1,2}:\d{2}:\d{2}(?: [AP]M)?\s+/,
  // BuildKit: "#12 0.222 ..." and step headers "#12 ERROR ..."; plain progress without the step, "0.322 ..." or "98.17 ..."
  /^#\d+ \d+\.\d+\s+/,
  /^#\d+ (?=ERROR|DONE|CACHED|\[)/,
  /^\d{1,4}\.\d{1,3}\s+/,
  // Monorepo task runners (Turborepo, Nx): "@scope/app:build: ...", "web:dev: ..."
  /^(?:@[\w.-]+\/)?[\w.-]+[:#](?:build|start|dev|test|lint|typecheck|compile)[\w:-]*: /,
  // A launcher relaying a child's streams: "stderr: ERROR: ...", "stdout: ..."
  /^(?:stdout|stderr):\s+/,
  // NestJS's logger: "[Nest] 95411  - 2022-01-21, 9:42:21 a.m.   ERROR [ExceptionHandler] "
  /^\[Nest\] \d+\s+- .*?\s(?:LOG|ERROR|WARN|DEBUG|VERBOSE|FATAL) \[[\w.]+\]\s+/,
  // Lerna and other monorepo runners naming the package: "@scope/pkg: ..."
  /^@[\w.-]+\/[\w.-]+: /,
  // Process-instance tags of Cloud Foundry-style platforms (Stackato): "app.0: ", "web.1: "
  /^(?:app|web|worker)\.\d+:\s+/,
  // Git push output (Heroku, Dokku): "remote:        ..."
  /^remote:\s+/,
  // Syslog drains of Heroku logs (Papertrail, logplex), after their date: "myhost app/web.1: ", "host heroku/router "
  /^[\w.-]+ (?:app|heroku)\/[\w.-]+:?\s+/,
  // Heroku router/dyno prefixes: "app[web.1]: ", "heroku[web.1]: "
  /^(?:app|heroku)\[[\w.-]+\]:\s*/,
  // Fly.io machine logs: "app[e784e113ae4e18] hkg [info] ", "proxy[683d92dce34dd8] lhr [error] "
  /^(?:app|proxy|runner|health)\[[0-9a-f]+\] [a-z]{3} \[(?:info|warn|error|debug)\]\s*/,
  // Kernel ring buffer (dmesg) uptime stamps: "[  258.930660] Out of memory: ..."
  /^\[\s*\d+\.\d{3,}\]\s*/,
  // concurrently / nodemon: "[1] ..."
  /^\[\d+\]\s+/,
  // pm2: "0|api    | ..."
  /^\d+\|[\w.-]+\s*\|\s*/,
  // docker compose: "web_1  | ...", "api-1 | ..."
  /^[\w.-]+\s+\|\s/,
  // docker-compose v1 naming the container or service an error is for: "ERROR: for web_1  Cannot start ..."
  /^ERROR: for [\w.-]+ {2}(?=\S)/,
  // Meteor-style "W20140329-11:13:44.133(5.5)? (STDERR) "
  /^\S*\?\s*\((?:STDOUT|STDERR)\)\s*/,
  // npm debug log counters: "4 verbose stack ", "10 error "
  /^\d+ (?:verbose|info|error|warn|silly|timing|http)(?: stack| cli)?\s+/,
  // Level tags from log shippers: "- [inf] ", "[err] "
  /^-?\s*\[(?:inf|info|err|error|wrn|warn|dbg|debug)\]\s+/i,
  // Cloud Foundry: "[APP/PROC/WEB/0] OUT # "
  /^[[{]APP\/[^\]]+\]\s+(?:OUT|ERR)\s+(?:#\s+)?/,
  // Heroku buildpack indentation markers
  /^(?:----->|!)\s+/,
  // Table and quote pastes: "12:00:18 | npm ERR!" leaves "| ...", a quoted log line starts "> 2015-..."
  /^\|\s+/,
  /^>\s+(?=[\d#[]|(?:Uncaught|Fatal|Traceback|PHP|panic|thread|\*\*)\b|[\w.$\\]*(?:Error|Exception)\b)/,
  // Box-drawing frames that build tools (Gradle's node plugin, Nx) draw around a child's output: "│       TS1149: ..."
  /^[│┃]\s*/,
  // Decorative glyphs that CLIs put before a message: "▲  Type error", "⨯ Error", "✖ ...", "• ..."
  /^[▲⨯✖✗•›▶►◆]\s*/,
];

// One alternation instead of a loop over PREFIXES: one regex test per line in the common case.
const ANY_PREFIX = new RegExp(PREFIXES.map((p) => `(?:${p.source.replace(/^\^/, "")})`).join("|"));
const ANY_PREFIX_AT_START = new RegExp(`^(?:${ANY_PREFIX.source})`);

/** Removes decorations from the start of an (ANSI-free, trimmed) line. */
export function stripPrefixes(line: string): string {
  let out = line;
  for (let round = 0; round < 4; round++) {
    const m = ANY_PREFIX_AT_START.exec(out);
    if (!m || m[0].length === 0) break;
    out = out.slice(m[0].length).trim();
  }
  return out;
}

// Python: 'File "/app/main.py", line 4, in <module>'.
const PYTHON_FRAME = /^File ".+", line \d+/;

/** Lines of a stack trace that name a frame, not an error. */
const FRAME_PATTERNS: RegExp[] = [
  /^at\s+\S/, // JavaScript, Java, C#
  PYTHON_FRAME,
  /^(?:from\s+)?\S+\.rb:\d+:in\s+[`'][^']*'$/, // Ruby frame without a message
  /^\d+: (?:0x)?[0-9a-fA-F]{6,}\s/, // native frames in Node OOM dumps
  /^\S+\.go:\d+(?: \+0x[0-9a-f]+)?$/, // Go frame location
  /^\((?:\w+)(?: [\d.]+)?\) [\w/.-]+\.exs?:\d+:/, // Elixir
  /^\.\.\. \d+ (?:more|common frames omitted)/, // Java
  /^#\d+ (?:\/|\{main\}|\[internal function\])/, // PHP
  /^\d+: (?:rust_begin_unwind|core::|std::|<)/, // Rust backtrace
  // Go: "goroutine 7 [running]:", "panic({0x1, 0x2})", "net/http.(*conn).serve.func1(0xc0001d2280)", "main.main()"
  /^goroutine \d+ \[[\w ,]+\]:$/,
  /^(?:created by )?[\w-]+(?:[./](?:\(\*?\w+\)|[\w-]+))*\((?:0x[0-9a-fA-F].*|\{.*|\.\.\.)?\)(?: in goroutine \d+)?$/,
];

// What may follow a Python frame and still be the error: the next frame, or the exception itself
// (lower-case classes too: socket.gaierror, socket.timeout).
const PYTHON_RAISED =
  /^File "|^(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Failure)\b|^(?:[A-Za-z_]\w*\.)+[a-z]\w*(?:error|timeout): |^During handling|^The above exception/;

// What a quoted source line looks like: a statement keyword, a name followed by a call, an
// assignment, an index or an attribute, or a string literal. Prose written to stderr between frames is not code.
const PYTHON_CODE =
  /^(?:raise|return|import|from|if|elif|else|for|while|with|def|class|await|yield|assert|try|except|finally|lambda|del|pass|global|nonlocal|async)\b|^[\w.]+\s*(?:\(|=|\[|\.|,)|^[)\]}]|^[rbfuRBFU]{0,2}["']/;

const SOURCE_EXCERPT = /(?:^|\| )\d{1,6} \| {2,}\S/;

export function isStackFrame(normalised: string): boolean {
  return FRAME_PATTERNS.some((p) => p.test(normalised));
}

export interface LogLine {
  /** 0-based index in the input. */
  index: number;
  /** As shown to people: ANSI removed, trimmed. */
  display: string;
  /** As read by the rules: prefixes peeled off too. */
  text: string;
  frame: boolean;
}

const GITHUB_STEP_LINK = /\[(\d+)\]\(https?:\/\/[^)\s]*#step:\d+:\d+\)/g;

/** Longest line the rules look at: a minified bundle on one line must not stall the regexes. */
const MAX_LINE_CHARS = 2000;

/** Splits a log (one string, or an array of chunks that may themselves hold newlines) into lines. */
export function splitLog(log: string | readonly string[]): string[] {
  const chunks = typeof log === "string" ? [log] : log;
  const lines: string[] = [];
  for (const chunk of chunks) {
    for (const line of chunk.split(/\r?\n|\r/)) lines.push(line);
  }
  return lines;
}

export function normaliseLines(raw: readonly string[], offset = 0): LogLine[] {
  const out: LogLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const display = stripAnsi(raw[i] ?? "").trim();
    const clipped = display.length > MAX_LINE_CHARS ? display.slice(0, MAX_LINE_CHARS) : display;
    // Windows consoles paste ESC as "←": "←[31mERROR←[0m". Rules read through it; people see the paste as it was.
    // GitHub's log viewer turns digits into step links when a log is copied: "TS230[7](https://…#step:6:8)".
    const text = stripPrefixes(clipped.replace(/←\[[0-9;]*m/g, "").replace(GITHUB_STEP_LINK, "$1"));
    const previous = out[out.length - 1];
    // Python prints the source line of each frame under it: code, not the error it raised.
    const quotedSource =
      previous !== undefined &&
      PYTHON_FRAME.test(previous.text) &&
      text !== "" &&
      !PYTHON_RAISED.test(text) &&
      PYTHON_CODE.test(text);
    // Bun and esbuild quote the source under an error ("3535 |   throw new Error(...)"), the line
    // number peeled off with the prefixes: code too.
    const sourceExcerpt = SOURCE_EXCERPT.test(clipped);
    out.push({
      index: i + offset,
      display,
      text,
      frame: text !== "" && (quotedSource || sourceExcerpt || isStackFrame(text)),
    });
  }
  return out;
}
