/**
 * The stack frames that follow an error's key line (`at fn (file:line)`, `file:line`): what a fix
 * needs to find the code. Pure; the daemon's policy and the one-shot monitor both use it.
 */
const FRAME_LINE = /^\s+at\s|^\s*\S+\.[a-z]{1,4}:\d+/;

/** Up to 30 frame lines right after the last occurrence of `keyLine` in `lines`. */
export function stackTraceAfter(keyLine: string, lines: readonly string[]): string[] {
  const key = keyLine.trim();
  const i = lines.findLastIndex((l) => l.trim() === key);
  if (i < 0) return [];
  const frames: string[] = [];
  for (const line of lines.slice(i + 1, i + 31)) {
    if (!FRAME_LINE.test(line)) break;
    frames.push(line);
  }
  return frames;
}
