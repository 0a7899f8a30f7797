/**
 * Masking of the variables that every log has, one whitespace-separated token at a time.
 *
 * A token is either left alone (a constant word), replaced whole by `<*>` (a URL, an email,
 * a path, host:port, an IP, a UUID…), or rewritten unit by unit: the alphanumeric runs that
 * contain a digit become `<*>` while the punctuation around them stays (`uid=0` → `uid=<*>`,
 * `blk_-123` → `<*>`, `(HWID=1973)` → `(HWID=<*>)`). Variables that touch through punctuation
 * only (`10.0.0.1:8080`, `16:49:06.123`, `0x1f@3`) collapse into one `<*>`.
 *
 * The result is cached per raw token: logs repeat tokens a lot, and the cache is what makes
 * the miner fast.
 */

export const WILDCARD = "<*>";

export interface MaskedToken {
  /** The token with its variable parts written `<*>`; `<*>` alone when it is all variable. */
  readonly masked: string;
  /** The raw text of each `<*>` in `masked`, in order. */
  readonly values: readonly string[];
}

const NO_VALUES: readonly string[] = Object.freeze([]);

// Whole-token shapes (after stripping surrounding brackets/quotes/trailing punctuation).
const URL_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const HOST_PORT_RE = /^(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*:\d{1,5}$/;
const UNIX_PATH_RE = /^(?:~|\.{1,2})?\/[^/\s]+(?:\/[^/\s]*)+$|^\/[^/\s]*[0-9][^/\s]*$/;
const WINDOWS_PATH_RE = /^[A-Za-z]:\\/;
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const IPV6_RE = /^(?=.*:.*:)[0-9a-fA-F:]{2,39}(?:%\w+)?$/;
// A host name: dotted labels ending in a common top-level domain (`host.example.com`).
const HOST_RE =
  /^(?:[a-z0-9-]+\.)+(?:com|net|org|edu|gov|mil|int|io|co|uk|de|fr|nl|at|ch|be|it|es|se|no|dk|fi|pl|cz|ru|cn|jp|kr|in|au|ca|us|br|info|biz|local|internal|lan|dev|app|cloud)$/i;
const NAME_WITH_DIGIT = /^[A-Za-z]{2,}[0-9]$/;
const LEADING = /^[(["'{<]+/;
const TRAILING = /[)\]"'}>,;:.!?]+$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  // letters and digits; non-ASCII letters count too. `_` separates units: `blk_123` → `blk_<*>`
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Joining punctuation across which two neighbouring variables collapse into one. */
function isJoiner(c: number): boolean {
  // . : - / @ , + # \ _ and the ( ) of "(0x1)" are not joiners: brackets stay visible in templates
  return (
    c === 46 || c === 58 || c === 45 || c === 47 || c === 64 || c === 44 || c === 43 || c === 35 || c === 92 || c === 95
  );
}

/** Masks one token (no whitespace inside). Pure; see {@link TokenMasker} for the cached form. */
export function maskToken(token: string): MaskedToken {
  let hasDigit = false;
  let hasSpecial = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (isDigit(c)) {
      hasDigit = true;
      break;
    }
    if (c === 47 || c === 64 || c === 92 || c === 58 || c === 46) hasSpecial = true; // / @ \ : .
  }
  const quoted = quotedValue(token);
  if (quoted !== undefined) return quoted;
  if (!hasDigit && !hasSpecial) return { masked: token, values: NO_VALUES };
  if (!hasDigit && token.length < 4) return { masked: token, values: NO_VALUES };

  // Whole-token variables, keeping surrounding brackets, quotes and trailing punctuation.
  const lead = LEADING.exec(token)?.[0] ?? "";
  const trail = TRAILING.exec(token.slice(lead.length))?.[0] ?? "";
  const core = token.slice(lead.length, token.length - trail.length);
  if (core.length > 0 && isWholeVariable(core, hasDigit)) {
    return { masked: lead + WILDCARD + trail, values: [core] };
  }
  if (!hasDigit) return { masked: token, values: NO_VALUES };
  // A name with a version or index digit (`SOCKS5`, `IPv4`, `eth0`, `md5`) is a word, not a variable.
  if (NAME_WITH_DIGIT.test(core)) return { masked: token, values: NO_VALUES };
  return maskUnits(token);
}

/** A quoted value (`'a-b_c'`, `"/tmp/x"`) is a variable unless it is a plain word (`"GET"`). */
function quotedValue(token: string): MaskedToken | undefined {
  const q = token.charCodeAt(0);
  if ((q !== 34 && q !== 39) || token.length < 3) return undefined;
  let end = token.length - 1;
  while (end > 1 && TRAILING_PUNCT.has(token.charCodeAt(end)) && token.charCodeAt(end) !== q) end--;
  if (token.charCodeAt(end) !== q || end < 2) return undefined;
  const inner = token.slice(1, end);
  if (/^[A-Za-z]+$/.test(inner)) return undefined;
  return { masked: `${token[0]}${WILDCARD}${token.slice(end)}`, values: [inner] };
}

const TRAILING_PUNCT = new Set([44, 59, 58, 46, 41, 93, 125]); // , ; : . ) ] }

function isWholeVariable(core: string, hasDigit: boolean): boolean {
  if (URL_RE.test(core) || EMAIL_RE.test(core) || WINDOWS_PATH_RE.test(core)) return true;
  if (HOST_RE.test(core)) return true;
  if (UNIX_PATH_RE.test(core) && core.length > 1) return true;
  if (!hasDigit) return false;
  return HOST_PORT_RE.test(core) || UUID_RE.test(core) || IPV6_RE.test(core);
}

/** Replaces each alphanumeric run holding a digit with `<*>`, collapsing variables joined by punctuation. */
function maskUnits(token: string): MaskedToken {
  const values: string[] = [];
  let out = "";
  let emitted = 0; // token text before this index is already in `out`
  let varStart = -1; // the pending variable's raw span [varStart, varEnd)
  let varEnd = -1;
  const n = token.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(token.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let digit = false;
    while (j < n && isWordChar(token.charCodeAt(j))) {
      if (isDigit(token.charCodeAt(j))) digit = true;
      j++;
    }
    if (digit) {
      if (varStart >= 0 && onlyJoiners(token, varEnd, i)) {
        varEnd = j; // the previous variable extends across the joiners
      } else {
        if (varStart >= 0) {
          values.push(token.slice(varStart, varEnd));
          out += WILDCARD;
          emitted = varEnd;
        }
        // a minus sign that is not a hyphen between words belongs to the number (`blk_-42`, `=-1`)
        const start =
          i > emitted && token.charCodeAt(i - 1) === 45 && (i === 1 || !isAlnum(token.charCodeAt(i - 2))) ? i - 1 : i;
        out += token.slice(emitted, start);
        emitted = start;
        varStart = start;
        varEnd = j;
      }
    } else if (varStart >= 0) {
      values.push(token.slice(varStart, varEnd));
      out += WILDCARD;
      emitted = varEnd;
      varStart = -1;
    }
    i = j;
  }
  if (varStart >= 0) {
    values.push(token.slice(varStart, varEnd));
    out += WILDCARD;
    emitted = varEnd;
  }
  out += token.slice(emitted);
  return { masked: out, values };
}

function onlyJoiners(token: string, from: number, to: number): boolean {
  if (from >= to) return true;
  for (let k = from; k < to; k++) if (!isJoiner(token.charCodeAt(k))) return false;
  return true;
}

/** A masked token with a small integer naming its masked form (equal masks, equal ids). */
export interface InternedToken extends MaskedToken {
  readonly id: number;
}

/**
 * A bounded cache in front of {@link maskToken}. When it fills up it starts afresh: cheaper
 * than LRU bookkeeping on the hot path, and the hot tokens come back within a few lines.
 * Masked forms are interned to integers so a line's signature can be hashed without building
 * a string; `generation` changes whenever the ids are reset.
 */
export class TokenMasker {
  private cache = new Map<string, InternedToken>();
  private ids = new Map<string, number>();
  generation = 0;

  /** @param maxEntries cache size before it is cleared (default 100,000). */
  constructor(private readonly maxEntries = 100_000) {}

  mask(token: string): InternedToken {
    let hit = this.cache.get(token);
    if (hit === undefined) {
      const m = maskToken(token);
      if (this.cache.size >= this.maxEntries) this.cache.clear();
      hit = { masked: m.masked, values: m.values, id: this.intern(m.masked) };
      this.cache.set(token, hit);
    }
    return hit;
  }

  /** The integer id of a masked form. */
  intern(masked: string): number {
    let id = this.ids.get(masked);
    if (id === undefined) {
      if (this.ids.size >= this.maxEntries) {
        this.ids.clear();
        this.cache.clear();
        this.generation++;
      }
      id = this.ids.size + 1;
      this.ids.set(masked, id);
    }
    return id;
  }
}

const MONTHS = new Set(
  "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december".split(
    " ",
  ),
);
const WEEKDAYS = new Set(
  "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

/**
 * Masks the words of a written date (`Fri Jun 17 04:03:39 2005`, `17 Jun`): a month name next to
 * a number, and a weekday next to such a month. Works on masked tokens, in place; returns true
 * when it changed something.
 */
export function maskDateWords(tokens: string[]): boolean {
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length < 3 || t.length > 9 || t.includes(WILDCARD)) continue;
    const lower = t.toLowerCase().replace(/[,.]$/, "");
    if (!MONTHS.has(lower)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (next?.startsWith(WILDCARD) || prev?.endsWith(WILDCARD)) {
      tokens[i] = WILDCARD;
      changed = true;
      if (prev !== undefined && WEEKDAYS.has(prev.toLowerCase().replace(/,$/, ""))) tokens[i - 1] = WILDCARD;
    }
  }
  return changed;
}
