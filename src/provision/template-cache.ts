import { type RailwayClient, TemplateDocument } from "../railway/index.js";

export interface CachedTemplate {
  id: string;
  serializedConfig: unknown;
}

/**
 * Template lookups (`template(code)`), cached per endpoint and template code so a fleet run
 * that creates many tenants asks once. Bounded: at most `maxEntries` templates, and an entry
 * is asked again after `ttlMs` (Railway may publish a new template version). A failed lookup
 * is never cached. Owned by whoever creates it (an apply, a fleet run): nothing is global.
 */
export class TemplateCache {
  private readonly entries = new Map<string, { at: number; value: Promise<CachedTemplate> }>();

  constructor(
    private readonly now: () => number,
    private readonly maxEntries = 16,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  get(client: RailwayClient, code: string): Promise<CachedTemplate> {
    const key = `${client.endpoint}#${code}`;
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    const value = client
      .request(TemplateDocument, { code })
      .then((r) => ({ id: r.template.id, serializedConfig: r.template.serializedConfig }));
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
