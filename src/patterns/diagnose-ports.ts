import type { LogLine } from "./diagnose-normalise.js";

/**
 * A structural piece of evidence no single line holds: the app says which port it listens on,
 * the platform says which port it expects (its health check, its port scan, `PORT=`), and the
 * two differ. Then the cause is the listen port, whatever the health check reports afterwards.
 */

// "Uvicorn running on http://0.0.0.0:8090", "Listening on port 3000", "started server on 0.0.0.0:3000".
export const LISTEN_PORT =
  /\b(?:[Ll]istening|LISTENING|[Rr]unning|[Ss]erving|[Ss]tarted server|[Ss]erver started|[Bb]ound)\b.*?\b(?:on|at)\s+(?:(?:https?:\/\/)?(?:[\w.-]+|\[[:\w]*\])?:(\d{2,5})\b|port:? (\d{2,5})\b)/;

// What the platform checks or asks for.
const EXPECTED_PORT =
  /[Hh]ealth ?check\b.*?\bon port (\d{2,5})\b|detect open port (\d{2,5})\b|\bis your app listening on (?:0\.0\.0\.0|\[::\]):(\d{2,5})\b|\bexpected (?:the app|your app|the server) to listen on (?:port )?(\d{2,5})\b/;

export interface PortMismatch {
  /** The line where the app names the port it listens on. */
  line: LogLine;
  /** LISTEN_PORT's match on that line. */
  match: RegExpExecArray;
  listening: number;
  expected: number;
}

function firstPort(m: RegExpExecArray | null): number | undefined {
  if (!m) return undefined;
  const digits = m.slice(1).find((g) => g !== undefined);
  return digits === undefined ? undefined : Number(digits);
}

export function portMismatch(lines: readonly LogLine[]): PortMismatch | undefined {
  const listening: { line: LogLine; port: number; match: RegExpExecArray }[] = [];
  const expected = new Set<number>();
  for (const line of lines) {
    if (line.text === "") continue;
    const exp = firstPort(EXPECTED_PORT.exec(line.text));
    if (exp !== undefined) {
      expected.add(exp);
      continue;
    }
    const match = LISTEN_PORT.exec(line.text);
    const port = firstPort(match);
    if (match && port !== undefined) listening.push({ line, port, match });
  }
  if (expected.size !== 1 || listening.length === 0) return undefined;
  const [want] = [...expected];
  // The app listening on the expected port anywhere in the log: no mismatch.
  if (want === undefined || listening.some((l) => l.port === want)) return undefined;
  const first = listening[0]!;
  return { line: first.line, match: first.match, listening: first.port, expected: want };
}
