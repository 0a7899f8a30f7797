import { z } from "zod";
import { ValidationError } from "../core/index.js";
import { templateFingerprint } from "./fingerprint.js";
import { type InternedToken, type MaskedToken, maskDateWords, TokenMasker, WILDCARD } from "./token-masker.js";

/**
 * Streaming log-template mining.
 *
 * Each line is split on whitespace and its tokens masked (numbers, ids, addresses, paths… become
 * `<*>`, see token-masker.ts). The masked token sequence is the line's *signature*; a hash map
 * from signature to cluster answers almost every line with one lookup. A signature never seen
 * before is compared with the clusters of the same length: similarity is the share of positions
 * holding the same word, leaving out positions that are variables on both sides (a Drain variant).
 * The best cluster at or above the threshold may absorb it, and the differing positions become
 * `<*>`; but where both sides hold plain prose words (`opened`/`closed`, `GET`/`POST`) the
 * position becomes `<*>` only once `wordVariableAfter` clusters differ there, so small sets of
 * words that name different events keep their own patterns while user or host names soon
 * generalise. Identifiers (`com.acme.Api`, `name=android`) generalise at once. When a template
 * generalises, every cluster it now covers is merged into it, so clusters converge instead of
 * multiplying. Memory is capped: past `maxClusters`, the least recently hit clusters go first,
 * and clusters hit often are kept over those seen only a few times.
 */

export interface TemplateMinerOptions {
  /** Share of the informative positions (not variable on both sides) that must hold the same word for a new signature to join a cluster (default 0.7). */
  similarityThreshold?: number;
  /** Most clusters kept at once (default 5,000). */
  maxClusters?: number;
  /** Clusters hit at least this often are evicted only after all others (default 10). */
  protectAfterHits?: number;
  /** Most signatures remembered for the fast path (default 100,000). */
  maxSignatures?: number;
  /** A position holding plain words becomes `<*>` once this many clusters differ there (default 4). */
  wordVariableAfter?: number;
  /** Lines are cut to this many tokens (default 200). */
  maxTokens?: number;
}

export interface MinedLine {
  /** Fingerprint of the cluster's current template. */
  patternId: string;
  /** The cluster's current template, variables written `<*>`. */
  template: string;
  /** The line's values for the template's variables, in order. */
  params: string[];
  /** True when this line started a new cluster. */
  isNew: boolean;
  /** Stable handle of the cluster for this miner (and its JSON); see {@link TemplateMiner.pattern}. */
  clusterId: number;
}

export interface MinedPattern {
  patternId: string;
  template: string;
  count: number;
  clusterId: number;
  /** Value of the miner's line counter when the cluster was last hit. */
  lastSeen: number;
}

interface Cluster {
  key: number;
  tokens: string[];
  template: string;
  patternId: string;
  count: number;
  lastSeen: number;
  alive: boolean;
}

const DEFAULTS: Required<TemplateMinerOptions> = {
  similarityThreshold: 0.7,
  maxClusters: 5_000,
  protectAfterHits: 10,
  maxSignatures: 100_000,
  wordVariableAfter: 4,
  maxTokens: 200,
};

interface Signature {
  ids: number[];
  masked: string[];
  cluster: Cluster;
  /** Another signature with the same hash. */
  next: Signature | undefined;
}

function sameSignature(ids: number[], masked: readonly InternedToken[]): boolean {
  if (ids.length !== masked.length) return false;
  for (let i = 0; i < ids.length; i++) if (ids[i] !== masked[i]!.id) return false;
  return true;
}

export class TemplateMiner {
  readonly options: Readonly<Required<TemplateMinerOptions>>;
  private readonly masker = new TokenMasker();
  private readonly clusters = new Map<number, Cluster>();
  private readonly byLength = new Map<number, Cluster[]>();
  private readonly signatures = new Map<number, Signature>();
  private signatureCount = 0;
  /** Reused per line: the masked tokens (read only during `add`). */
  private readonly scratch: InternedToken[] = [];
  private generation = 0;
  private readonly aliases = new Map<number, number>();
  private tick = 0;
  private nextKey = 1;

  constructor(options: TemplateMinerOptions = {}) {
    this.options = Object.freeze({ ...DEFAULTS, ...stripUndefined(options) });
  }

  /** Number of live clusters. */
  get size(): number {
    return this.clusters.size;
  }

  /** Mines one line: finds or creates its cluster and returns the cluster's current template. */
  add(line: string): MinedLine {
    this.tick++;
    const raw = tokenize(line, this.options.maxTokens);
    const n = raw.length;
    if (this.masker.generation !== this.generation) {
      this.signatures.clear();
      this.generation = this.masker.generation;
    }
    const masked = this.scratch;
    masked.length = n;
    let hash = n;
    for (let i = 0; i < n; i++) {
      const m = this.masker.mask(raw[i]!);
      masked[i] = m;
      hash = Math.imul(hash ^ m.id, 0x01000193);
    }

    let sig = this.signatures.get(hash);
    while (sig !== undefined && !sameSignature(sig.ids, masked)) sig = sig.next;
    let cluster = sig?.cluster;
    if (sig !== undefined && cluster !== undefined && !cluster.alive) {
      cluster = this.clusters.get(this.resolve(cluster.key));
      if (cluster !== undefined) sig.cluster = cluster;
    }
    let isNew = false;
    if (cluster === undefined) {
      const tokens = masked.map((m) => m.masked);
      maskDateWords(tokens);
      const found = this.findBest(tokens);
      if (found && this.shouldJoin(found, tokens)) {
        cluster = this.absorb(found, tokens);
      } else {
        cluster = this.create(tokens);
        isNew = true;
      }
      if (sig !== undefined) sig.cluster = cluster;
      else this.remember(hash, masked, cluster);
    }
    cluster.count++;
    cluster.lastSeen = this.tick;
    return {
      patternId: cluster.patternId,
      template: cluster.template,
      params: extractParams(cluster.tokens, raw, masked),
      isNew,
      clusterId: cluster.key,
    };
  }

  /** The current pattern of a cluster handle, following merges; undefined once evicted. */
  pattern(clusterId: number): MinedPattern | undefined {
    const cluster = this.clusters.get(this.resolve(clusterId));
    return cluster ? toPattern(cluster) : undefined;
  }

  /** The live patterns, most frequent first. */
  patterns(): MinedPattern[] {
    return [...this.clusters.values()].map(toPattern).sort((a, b) => b.count - a.count || a.clusterId - b.clusterId);
  }

  /** Follows merges from a cluster handle to the cluster that absorbed it. */
  resolve(clusterId: number): number {
    let key = clusterId;
    let next = this.aliases.get(key);
    while (next !== undefined) {
      key = next;
      next = this.aliases.get(key);
    }
    if (key !== clusterId) this.aliases.set(clusterId, key);
    return key;
  }

  toJSON(): TemplateMinerState {
    return {
      version: 1,
      options: { ...this.options },
      tick: this.tick,
      nextKey: this.nextKey,
      clusters: [...this.clusters.values()].map((c) => ({
        key: c.key,
        tokens: c.tokens,
        count: c.count,
        lastSeen: c.lastSeen,
      })),
      aliases: [...this.aliases.entries()].filter(([, to]) => this.clusters.has(this.resolve(to))),
      signatures: this.signatureList()
        .filter((s) => s.cluster.alive)
        .map((s) => [s.masked, s.cluster.key]),
    };
  }

  /** Restores a miner from {@link TemplateMiner.toJSON}; it then mines exactly as the original would. */
  static fromJSON(state: unknown): TemplateMiner {
    const parsed = minerStateSchema.safeParse(state);
    if (!parsed.success) {
      throw new ValidationError(
        "The template miner state is not valid.",
        parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
        { hint: "Pass the object produced by TemplateMiner.toJSON(), unchanged.", cause: parsed.error },
      );
    }
    const s = parsed.data;
    const miner = new TemplateMiner(s.options);
    miner.tick = s.tick;
    miner.nextKey = s.nextKey;
    for (const c of s.clusters) {
      const cluster = makeCluster(c.key, c.tokens);
      cluster.count = c.count;
      cluster.lastSeen = c.lastSeen;
      miner.clusters.set(c.key, cluster);
      miner.indexOf(c.tokens.length).push(cluster);
    }
    for (const [from, to] of s.aliases) miner.aliases.set(from, to);
    for (const [maskedTokens, key] of s.signatures) {
      const cluster = miner.clusters.get(key);
      if (cluster === undefined) continue;
      const interned = maskedTokens.map((m) => ({ masked: m, values: [], id: miner.masker.intern(m) }));
      let hash = interned.length;
      for (const t of interned) hash = Math.imul(hash ^ t.id, 0x01000193);
      miner.remember(hash, interned, cluster);
    }
    miner.generation = miner.masker.generation;
    return miner;
  }

  private remember(hash: number, masked: readonly InternedToken[], cluster: Cluster): void {
    if (this.signatureCount >= this.options.maxSignatures) {
      this.signatures.clear();
      this.signatureCount = 0;
    }
    this.signatures.set(hash, {
      ids: masked.map((m) => m.id),
      masked: masked.map((m) => m.masked),
      cluster,
      next: this.signatures.get(hash),
    });
    this.signatureCount++;
  }

  /** Every remembered signature, oldest first. */
  private signatureList(): Signature[] {
    const out: Signature[] = [];
    for (const head of this.signatures.values()) {
      const chain: Signature[] = [];
      for (let sg: Signature | undefined = head; sg !== undefined; sg = sg.next) chain.push(sg);
      out.push(...chain.reverse());
    }
    return out;
  }

  private indexOf(length: number): Cluster[] {
    let list = this.byLength.get(length);
    if (list === undefined) {
      list = [];
      this.byLength.set(length, list);
    }
    return list;
  }

  private findBest(tokens: string[]): Cluster | undefined {
    const candidates = this.byLength.get(tokens.length);
    if (candidates === undefined) return undefined;
    const n = tokens.length;
    const threshold = this.options.similarityThreshold;
    let best: Cluster | undefined;
    let bestSim = -1;
    let bestConst = -1;
    for (const c of candidates) {
      // Drain's similarity, leaving out the positions where both sides are variables anyway.
      let constEq = 0;
      let varBoth = 0;
      const ct = c.tokens;
      for (let i = 0; i < n; i++) {
        const a = ct[i]!;
        const b = tokens[i]!;
        if (a === b) {
          if (a.includes(WILDCARD)) varBoth++;
          else constEq++;
        } else if (bothVariable(a, b)) {
          varBoth++;
        }
      }
      const sim = n === varBoth ? 1 : constEq / (n - varBoth);
      if (sim < threshold) continue;
      if (sim > bestSim || (sim === bestSim && constEq > bestConst)) {
        best = c;
        bestSim = sim;
        bestConst = constEq;
      }
    }
    return best;
  }

  /**
   * Positions where the cluster and the line hold different plain words (no `<*>` on either side)
   * might be a variable (a user name) or part of the message (`opened`/`closed`). Such a position
   * becomes `<*>` only once at least `wordVariableAfter` clusters differ there; until then each
   * word keeps a cluster of its own. Differences in masked tokens generalise at once.
   */
  private shouldJoin(cluster: Cluster, tokens: string[]): boolean {
    const ct = cluster.tokens;
    let general: string[] | undefined;
    for (let i = 0; i < ct.length; i++) {
      const a = ct[i]!;
      const b = tokens[i]!;
      if (a !== b && a !== WILDCARD && b !== WILDCARD && !bothVariable(a, b) && wordsDiffer(a, b)) {
        general ??= ct.slice();
        general[i] = WILDCARD;
      }
    }
    if (general === undefined) return true;
    let siblings = 1; // the new line
    for (const other of this.byLength.get(ct.length) ?? []) if (covers(general, other.tokens)) siblings++;
    return siblings >= this.options.wordVariableAfter;
  }

  private create(tokens: string[]): Cluster {
    if (this.clusters.size >= this.options.maxClusters) this.evict();
    const cluster = makeCluster(this.nextKey++, tokens);
    this.clusters.set(cluster.key, cluster);
    this.indexOf(tokens.length).push(cluster);
    return cluster;
  }

  /** Generalises `cluster` so that it covers `tokens`, then merges the clusters it now covers. */
  private absorb(cluster: Cluster, tokens: string[]): Cluster {
    let changed = false;
    const next = cluster.tokens.slice();
    for (let i = 0; i < next.length; i++) {
      const a = next[i]!;
      const b = tokens[i]!;
      if (a !== b && a !== WILDCARD && !fitsPartial(a, b)) {
        next[i] = mergeTokens(a, b);
        changed = true;
      }
    }
    if (!changed) return cluster;
    setTokens(cluster, next);
    const siblings = this.indexOf(next.length);
    for (let k = siblings.length - 1; k >= 0; k--) {
      const other = siblings[k]!;
      if (other !== cluster && covers(next, other.tokens)) {
        cluster.count += other.count;
        cluster.lastSeen = Math.max(cluster.lastSeen, other.lastSeen);
        this.remove(other);
        this.aliases.set(other.key, cluster.key);
      }
    }
    return cluster;
  }

  private remove(cluster: Cluster): void {
    cluster.alive = false;
    this.clusters.delete(cluster.key);
    const list = this.byLength.get(cluster.tokens.length);
    if (list) {
      const at = list.indexOf(cluster);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.byLength.delete(cluster.tokens.length);
    }
  }

  /**
   * Frees a tenth of the capacity in one go (amortised: no scan per new cluster). Clusters hit
   * fewer than `protectAfterHits` times go first, least recently hit first; frequent clusters
   * only when there is nothing else, so a burst of one-off lines cannot flush the hot patterns.
   */
  private evict(): void {
    const protectAt = this.options.protectAfterHits;
    const all = [...this.clusters.values()].sort((a, b) => {
      const pa = a.count >= protectAt ? 1 : 0;
      const pb = b.count >= protectAt ? 1 : 0;
      return pa - pb || a.lastSeen - b.lastSeen;
    });
    const drop = Math.max(1, Math.ceil(this.options.maxClusters / 10));
    for (let i = 0; i < drop && i < all.length; i++) this.remove(all[i]!);
    const live = this.signatureList().filter((sg) => sg.cluster.alive);
    this.signatures.clear();
    this.signatureCount = 0;
    for (const sg of live.reverse()) {
      let hash = sg.ids.length;
      for (const id of sg.ids) hash = Math.imul(hash ^ id, 0x01000193);
      this.signatures.set(hash, { ...sg, next: this.signatures.get(hash) });
      this.signatureCount++;
    }
    for (const [from, to] of this.aliases) if (!this.clusters.has(this.resolve(to))) this.aliases.delete(from);
  }
}

export interface TemplateMinerState {
  version: 1;
  options: Required<TemplateMinerOptions>;
  tick: number;
  nextKey: number;
  clusters: Array<{ key: number; tokens: string[]; count: number; lastSeen: number }>;
  aliases: Array<[number, number]>;
  /** Masked token sequences already seen, and their cluster. */
  signatures: Array<[string[], number]>;
}

const minerStateSchema = z.object({
  version: z.literal(1),
  options: z.object({
    similarityThreshold: z.number().min(0).max(1),
    maxClusters: z.number().int().positive(),
    protectAfterHits: z.number().int().nonnegative(),
    maxSignatures: z.number().int().positive(),
    wordVariableAfter: z.number().int().positive(),
    maxTokens: z.number().int().positive(),
  }),
  tick: z.number().int().nonnegative(),
  nextKey: z.number().int().positive(),
  clusters: z.array(
    z.object({
      key: z.number().int().positive(),
      tokens: z.array(z.string()),
      count: z.number().int().nonnegative(),
      lastSeen: z.number().int().nonnegative(),
    }),
  ),
  aliases: z.array(z.tuple([z.number().int(), z.number().int()])),
  signatures: z.array(z.tuple([z.array(z.string()), z.number().int()])),
});

function makeCluster(key: number, tokens: string[]): Cluster {
  const cluster: Cluster = { key, tokens: [], template: "", patternId: "", count: 0, lastSeen: 0, alive: true };
  setTokens(cluster, tokens);
  return cluster;
}

function setTokens(cluster: Cluster, tokens: string[]): void {
  cluster.tokens = tokens;
  cluster.template = tokens.join(" ");
  cluster.patternId = templateFingerprint(cluster.template);
}

const PLAIN_WORD = /^[(["']?[A-Za-z][A-Za-z'-]*[0-9]?[)\]"',:;.!?]*$/;

/**
 * A word of prose (`opened`, `GET`, `Paused.`), as opposed to an identifier (`com.acme.Api`,
 * `RILJ_ACK_WL`, `name=android`): a differing identifier is a variable at once, a differing word
 * only once several words were seen in its place.
 */
function isPlainWord(token: string): boolean {
  return PLAIN_WORD.test(token);
}

/** True when `a` and `b` differ in a plain word, after a shared `key=` / `key:` prefix. */
function wordsDiffer(a: string, b: string): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let cut = 0;
  for (let k = p - 1; k >= 0; k--) {
    const c = a.charCodeAt(k);
    if (c === 61 || c === 58) {
      cut = k + 1; // after '=' or ':'
      break;
    }
  }
  return isPlainWord(a.slice(cut)) && isPlainWord(b.slice(cut));
}

/**
 * Two different tokens that are the same variable: one is `<*>` and the other holds a variable
 * (`<*>` / `uid=<*>`), or one is the other with its variable empty (`(<*>)` / `()`).
 */
function bothVariable(a: string, b: string): boolean {
  if (a === WILDCARD) return b.includes(WILDCARD);
  if (b === WILDCARD) return a.includes(WILDCARD);
  // `(<*>)` / `()`, `rhost=<*>` / `rhost=a.b.net`: one fits the other under a literal head.
  // A token that only ends like the other (`<*>...` / `getMode...`) is no evidence.
  return keyedFit(a, b) || keyedFit(b, a);
}

function keyedFit(t: string, token: string): boolean {
  const at = t.indexOf(WILDCARD);
  return at > 0 && fitsPartial(t, token);
}

/** True when template token `t` holds a `<*>` and `token` fits it (`rhost=<*>` / `rhost=a.net`). */
function fitsPartial(t: string, token: string): boolean {
  if (!t.includes(WILDCARD)) return false;
  // Wildcard matching, `<*>` matching any run of characters (greedy with backtracking).
  const parts = t.split(WILDCARD);
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!token.startsWith(first) || token.length < first.length + last.length || !token.endsWith(last)) return false;
  let pos = first.length;
  const end = token.length - last.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const at = token.indexOf(parts[k]!, pos);
    if (at < 0 || at + parts[k]!.length > end) return false;
    pos = at + parts[k]!.length;
  }
  return true;
}

/**
 * The template token covering two different tokens: their shared head and tail around one
 * `<*>`, cut at punctuation so no word is split (`(<*>)` + `()` → `(<*>)`, `user=root` +
 * `user=guest` → `user=<*>`, `opened` + `closed` → `<*>`).
 */
function mergeTokens(a: string, b: string): string {
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  while (p > 0 && isWordCode(a.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  while (s > 0 && isWordCode(a.charCodeAt(a.length - s))) s--;
  const head = a.slice(0, p);
  const tail = a.slice(a.length - s);
  // the variable part of either token must not itself hold a wildcard's neighbours twice
  const merged = `${head}${WILDCARD}${tail}`;
  return merged.replace(/(?:<\*>)+/g, WILDCARD);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

/** True when template `a` matches every line that template `b` matches. */
function covers(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    if (x !== WILDCARD && x !== b[i] && !(x.includes(WILDCARD) && fitsPartial(x, b[i]!))) return false;
  }
  return true;
}

function toPattern(c: Cluster): MinedPattern {
  return { patternId: c.patternId, template: c.template, count: c.count, clusterId: c.key, lastSeen: c.lastSeen };
}

function extractParams(template: string[], raw: string[], masked: MaskedToken[]): string[] {
  const params: string[] = [];
  for (let i = 0; i < template.length; i++) {
    const t = template[i]!;
    if (t === WILDCARD) params.push(raw[i]!);
    else if (t === masked[i]!.masked) for (const v of masked[i]!.values) params.push(v);
    else if (t.includes(WILDCARD)) {
      // a partial template token (`rhost=<*>`): the line's text between its head and tail
      const at = t.indexOf(WILDCARD);
      const r = raw[i]!;
      const tailLen = t.length - at - 3;
      const single = t.indexOf(WILDCARD, at + 3) < 0;
      params.push(
        single && r.startsWith(t.slice(0, at)) && r.endsWith(t.slice(at + 3)) ? r.slice(at, r.length - tailLen) : r,
      );
    }
  }
  return params;
}

/** Splits on runs of spaces and tabs (and stray CR/LF), at most `max` tokens. */
export function tokenize(line: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
    if (space) {
      if (start >= 0) {
        out.push(line.slice(start, i));
        start = -1;
        if (out.length >= max) return out;
      }
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0 && out.length < max) out.push(line.slice(start));
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
