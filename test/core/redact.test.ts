import { describe, expect, it } from "vitest";
import { currentRedactor, Redactor, redact, registerSecret, scrubCredentials } from "../../src/core/index.js";

describe("scrubCredentials", () => {
  it("replaces the user and password of a URL with ***", () => {
    expect(scrubCredentials("connecting to postgres://app:s3cret-pw@db.internal:5432/app ...")).toBe(
      "connecting to postgres://***@db.internal:5432/app ...",
    );
  });

  it("scrubs a token given as the only userinfo, and every URL of a line", () => {
    expect(
      scrubCredentials("git clone https://ghp_abcdef123456@github.com/o/r and redis://default:pw@cache:6379"),
    ).toBe("git clone https://***@github.com/o/r and redis://***@cache:6379");
  });

  it("takes the userinfo to the last @ of the authority (an unencoded @ in a password)", () => {
    expect(scrubCredentials("DATABASE_URL=postgresql://u:p@ss@word@host/db")).toBe(
      "DATABASE_URL=postgresql://***@host/db",
    );
  });

  it("leaves URLs without credentials, e-mail addresses and paths with @ alone", () => {
    const text = "GET https://api.example.com/users/@me from ops@example.com; see http://host/a@b";
    expect(scrubCredentials(text)).toBe(text);
  });

  it("keeps Railway variable references, which name a secret without holding it", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Railway reference, not a JS template
    const text = "postgresql://${{PGUSER}}:${{POSTGRES_PASSWORD}}@${{RAILWAY_PRIVATE_DOMAIN}}:5432/db";
    expect(scrubCredentials(text)).toBe(text);
  });

  it("is idempotent", () => {
    const once = scrubCredentials("amqp://guest:guest@rabbit:5672");
    expect(scrubCredentials(once)).toBe(once);
    expect(once).toBe("amqp://***@rabbit:5672");
  });
});

describe("redact", () => {
  it("removes registered secrets and URL credentials in one pass", () => {
    registerSecret("tok_registered_123456");
    expect(redact('token tok_registered_123456 url "mysql://root:rootpw@10.0.0.2/x"')).toBe(
      'token [redacted] url "mysql://***@10.0.0.2/x"',
    );
  });
});

describe("Redactor (a scoped boundary)", () => {
  it("keeps each scope's secrets to itself: one request's secret is not held by another's", async () => {
    const a = new Redactor();
    const b = new Redactor();
    await Promise.all([
      a.run(async () => {
        await Promise.resolve();
        registerSecret("tenant-a-secret-value");
      }),
      b.run(async () => {
        await Promise.resolve();
        registerSecret("tenant-b-secret-value");
      }),
    ]);
    expect(a.redact("tenant-a-secret-value tenant-b-secret-value")).toBe("[redacted] tenant-b-secret-value");
    expect(b.redact("tenant-a-secret-value tenant-b-secret-value")).toBe("tenant-a-secret-value [redacted]");
    expect(b.run(() => redact("tenant-b-secret-value"))).toBe("[redacted]");
    // Outside both scopes neither value was registered.
    expect(currentRedactor().has("tenant-a-secret-value")).toBe(false);
  });

  it("never holds more than maxSecrets; pinned tokens outlive generated secrets", () => {
    const r = new Redactor({ maxSecrets: 3 });
    r.add("the-run-token-123", { pinned: true });
    for (let i = 0; i < 10_000; i++) r.add(`generated-secret-${i}`);
    expect(r.size).toBe(3);
    expect(r.redact("the-run-token-123 generated-secret-9999 generated-secret-0")).toBe(
      "[redacted] [redacted] generated-secret-0",
    );
  });

  it("bounds the fallback used outside any scope", () => {
    for (let i = 0; i < 5_000; i++) registerSecret(`unscoped-secret-${i}`);
    expect(currentRedactor().size).toBeLessThanOrEqual(256);
  });

  it("replaces a secret that contains another one whole", () => {
    const r = new Redactor().add("abcdef").add("abcdef-longer-token");
    expect(r.redact("x abcdef-longer-token y abcdef")).toBe("x [redacted] y [redacted]");
  });

  it("ignores values too short to redact safely", () => {
    const r = new Redactor().add("abc").add("").add(undefined);
    expect(r.size).toBe(0);
  });
});
