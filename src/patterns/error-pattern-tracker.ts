import { ValidationError } from "../core/index.js";
import { atLeast, detectSeverity, SEVERITY_RANK, type Severity } from "./severity.js";
import { TemplateMiner } from "./template-miner.js";

/** Where a line came from and when; passed with each line (the tracker never reads a clock). */
export interface LineContext {
  /** When the line was logged: epoch milliseconds, an ISO-8601 string or a Date. */
  timestamp: number | string | Date;
  /** The log's own level field, when it has one (`error`, `WARN`, `E`, syslog 0-7…). */
  level?: string | number;
  deploymentId?: string;
  serviceId?: string;
  serviceName?: string;
}

export interface ErrorPattern {
  patternId: string;
  template: string;
  /** The worst severity seen among the pattern's lines. */
  severity: Severity;
  count: number;
  /** ISO-8601 times of the first and last line. */
  firstSeen: string;
  lastSeen: string;
  /** The most recent line of the worst severity, with its variable values. */
  sample: { line: string; params: string[] };
  /** Where the latest line came from. */
  deploymentId?: string;
  serviceId?: string;
  serviceName?: string;
  /** Distinct deployments the pattern was seen in (most recent last, at most 20). */
  deployments: string[];
  /**
   * Lines per interval (HISTORY_INTERVAL_MS) over the last HISTORY_INTERVALS intervals, oldest
   * first, the last one being the interval of the newest line the tracker has seen (any pattern).
   */
  history: number[];
}

/** The width of one history interval (5 minutes) and how many the history keeps (2 hours). */
export const HISTORY_INTERVAL_MS = 300_000;
export const HISTORY_INTERVALS = 24;

export interface ErrorPatternTrackerOptions {
  /** Miner to use (default: a new one with default options). */
  miner?: TemplateMiner;
  /** Lines below this severity are mined but not tracked (default `warn`). */
  minSeverity?: Severity;
  /** Most patterns tracked; the least recently seen go first (default 1,000). */
  maxPatterns?: number;
}

interface Entry {
  clusterId: number;
  patternId: string;
  template: string;
  severity: Severity;
  count: number;
  first: number;
  last: number;
  sample: { line: string; params: string[] };
  deploymentId?: string;
  serviceId?: string;
  serviceName?: string;
  deployments: string[];
  /** Line counts by interval index (epoch ms / HISTORY_INTERVAL_MS). */
  buckets: Map<number, number>;
}

const MAX_DEPLOYMENTS = 20;

function addToBuckets(buckets: Map<number, number>, bucket: number, n: number): void {
  buckets.set(bucket, (buckets.get(bucket) ?? 0) + n);
  if (buckets.size <= HISTORY_INTERVALS) return;
  // Keep the newest intervals only.
  const oldest = [...buckets.keys()].sort((a, b) => a - b).slice(0, buckets.size - HISTORY_INTERVALS);
  for (const k of oldest) buckets.delete(k);
}

/** Counts error (and warning) patterns per mined template, with first/last seen and a sample. */
export class ErrorPatternTracker {
  readonly miner: TemplateMiner;
  private readonly minSeverity: Severity;
  private readonly maxPatterns: number;
  private readonly entries = new Map<number, Entry>();
  /** The newest line's time seen so far (the end of every pattern's history). */
  private latest = Number.NEGATIVE_INFINITY;

  constructor(options: ErrorPatternTrackerOptions = {}) {
    this.miner = options.miner ?? new TemplateMiner();
    this.minSeverity = options.minSeverity ?? "warn";
    this.maxPatterns = options.maxPatterns ?? 1_000;
  }

  /** Mines the line; when it is severe enough, counts it and returns its pattern's record. */
  observe(line: string, context: LineContext): ErrorPattern | undefined {
    // A blank line is never a pattern, whatever severity its stream gave it.
    if (line.trim() === "") return undefined;
    const at = toMillis(context.timestamp);
    const severity = detectSeverity(line, context.level);
    const mined = this.miner.add(line);
    if (!atLeast(severity, this.minSeverity)) return undefined;
    this.latest = Math.max(this.latest, at);
    this.foldMerged();
    let entry = this.entries.get(mined.clusterId);
    if (entry === undefined) {
      if (this.entries.size >= this.maxPatterns) this.evictOldest();
      entry = {
        clusterId: mined.clusterId,
        patternId: mined.patternId,
        template: mined.template,
        severity,
        count: 0,
        first: at,
        last: at,
        sample: { line, params: mined.params },
        deployments: [],
        buckets: new Map(),
      };
      this.entries.set(mined.clusterId, entry);
    }
    entry.patternId = mined.patternId;
    entry.template = mined.template;
    entry.count++;
    addToBuckets(entry.buckets, Math.floor(at / HISTORY_INTERVAL_MS), 1);
    entry.first = Math.min(entry.first, at);
    if (at >= entry.last) {
      entry.last = at;
      if (context.deploymentId !== undefined) entry.deploymentId = context.deploymentId;
      if (context.serviceId !== undefined) entry.serviceId = context.serviceId;
      if (context.serviceName !== undefined) entry.serviceName = context.serviceName;
    }
    if (SEVERITY_RANK[severity] >= SEVERITY_RANK[entry.severity]) {
      entry.severity = severity;
      entry.sample = { line, params: mined.params };
    }
    if (context.deploymentId !== undefined) {
      const d = entry.deployments;
      const at2 = d.indexOf(context.deploymentId);
      if (at2 >= 0) d.splice(at2, 1);
      d.push(context.deploymentId);
      if (d.length > MAX_DEPLOYMENTS) d.shift();
    }
    return toPublic(entry, this.latest);
  }

  /** The tracked patterns, most frequent first. */
  patterns(): ErrorPattern[] {
    this.foldMerged();
    return [...this.entries.values()]
      .sort((a, b) => b.count - a.count || b.last - a.last)
      .map((e) => toPublic(e, this.latest));
  }

  /** One tracked pattern by its current id. */
  get(patternId: string): ErrorPattern | undefined {
    return this.patterns().find((p) => p.patternId === patternId);
  }

  /** Records whose clusters the miner merged into another are folded into that one's record. */
  private foldMerged(): void {
    for (const [key, entry] of [...this.entries]) {
      const target = this.miner.resolve(key);
      if (target === key) continue;
      this.entries.delete(key);
      const into = this.entries.get(target);
      const current = this.miner.pattern(target);
      if (current) {
        entry.patternId = current.patternId;
        entry.template = current.template;
      }
      entry.clusterId = target;
      if (into === undefined) {
        this.entries.set(target, entry);
        continue;
      }
      into.count += entry.count;
      into.first = Math.min(into.first, entry.first);
      if (entry.last > into.last) {
        into.last = entry.last;
        into.deploymentId = entry.deploymentId;
        into.serviceId = entry.serviceId;
        into.serviceName = entry.serviceName;
      }
      if (SEVERITY_RANK[entry.severity] > SEVERITY_RANK[into.severity]) {
        into.severity = entry.severity;
        into.sample = entry.sample;
      }
      for (const [bucket, n] of entry.buckets) addToBuckets(into.buckets, bucket, n);
      for (const d of entry.deployments) if (!into.deployments.includes(d)) into.deployments.push(d);
      into.deployments.splice(0, Math.max(0, into.deployments.length - MAX_DEPLOYMENTS));
    }
  }

  private evictOldest(): void {
    let oldest: Entry | undefined;
    for (const e of this.entries.values()) if (oldest === undefined || e.last < oldest.last) oldest = e;
    if (oldest) this.entries.delete(oldest.clusterId);
  }
}

function toMillis(t: number | string | Date): number {
  const ms = typeof t === "number" ? t : typeof t === "string" ? Date.parse(t) : t.getTime();
  if (!Number.isFinite(ms)) {
    throw new ValidationError(
      `Invalid log timestamp: ${String(t)}`,
      [{ path: "timestamp", message: "not a valid time" }],
      {
        hint: "Pass epoch milliseconds, an ISO-8601 string or a valid Date.",
      },
    );
  }
  return ms;
}

function toPublic(e: Entry, latest: number): ErrorPattern {
  const end = Math.floor(Math.max(latest, e.last) / HISTORY_INTERVAL_MS);
  const history = Array.from(
    { length: HISTORY_INTERVALS },
    (_, i) => e.buckets.get(end - HISTORY_INTERVALS + 1 + i) ?? 0,
  );
  const out: ErrorPattern = {
    patternId: e.patternId,
    template: e.template,
    severity: e.severity,
    count: e.count,
    firstSeen: new Date(e.first).toISOString(),
    lastSeen: new Date(e.last).toISOString(),
    sample: { line: e.sample.line, params: [...e.sample.params] },
    deployments: [...e.deployments],
    history,
  };
  if (e.deploymentId !== undefined) out.deploymentId = e.deploymentId;
  if (e.serviceId !== undefined) out.serviceId = e.serviceId;
  if (e.serviceName !== undefined) out.serviceName = e.serviceName;
  return out;
}
