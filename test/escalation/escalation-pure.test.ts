import { describe, expect, it } from "vitest";
import type { DecisionView } from "../../src/autopilot/contract.js";
import {
  escalationFingerprint,
  escalationFromDecision,
  fingerprintInBody,
  issueMarker,
  issueSettingsFromEnv,
  redactOutgoing,
  shouldEscalate,
} from "../../src/escalation/index.js";

const service = {
  projectId: "p",
  environmentId: "e",
  environmentName: "production",
  serviceId: "svc-1",
  serviceName: "api",
};
const decision = (over: Partial<DecisionView>): DecisionView => ({
  id: "d1",
  at: "2026-12-04T10:00:00.000Z",
  kind: "rollback",
  status: "executed",
  service,
  deploymentId: "dep-9",
  causeKey: "crash:dep-9",
  reasons: ["The deployment crashed"],
  evidence: { category: "RUNTIME_EXCEPTION", patternId: "pat-1", keyLines: ["TypeError: x"] },
  ...over,
});

describe("fingerprint", () => {
  it.each([
    [
      { serviceId: "a", category: "RUNTIME_EXCEPTION", patternId: "p" },
      { serviceId: "a", category: "runtime_exception ", patternId: "p" },
      true,
    ],
    [{ serviceId: "a", category: "X" }, { serviceId: "a", category: "X", patternId: "" }, true],
    [{ serviceId: "a", category: "X", patternId: "p" }, { serviceId: "b", category: "X", patternId: "p" }, false],
    [{ serviceId: "a", category: "X", patternId: "p" }, { serviceId: "a", category: "Y", patternId: "p" }, false],
    [{ serviceId: "a", category: "X", patternId: "p" }, { serviceId: "a", category: "X", patternId: "q" }, false],
  ])("%o vs %o equal=%s", (a, b, equal) => {
    expect(escalationFingerprint(a) === escalationFingerprint(b)).toBe(equal);
    expect(escalationFingerprint(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("round-trips through the hidden marker", () => {
    const fp = escalationFingerprint({ serviceId: "a", category: "X" });
    expect(fingerprintInBody(`hello\n${issueMarker(fp)}\nworld`)).toBe(fp);
    expect(fingerprintInBody("no marker")).toBeUndefined();
  });
});

describe("escalationFromDecision / shouldEscalate", () => {
  it.each<[Partial<DecisionView>, boolean]>([
    [{ kind: "escalate", status: "decided" }, true],
    [{ kind: "rollback", status: "executed" }, true],
    [{ kind: "rollback", status: "failed" }, true],
    [{ kind: "rollback", status: "dry_run" }, false],
    [{ kind: "restart", status: "failed" }, true],
    [{ kind: "restart", status: "verified" }, false],
    [{ kind: "none", status: "decided" }, false],
  ])("%o → %s", (over, expected) => {
    expect(shouldEscalate(decision(over))).toBe(expected);
  });

  it("maps a failed rollback to a critical escalation with its diagnosis", () => {
    const e = escalationFromDecision(decision({ status: "failed" }), { commitHash: "abc1234" });
    expect(e).toMatchObject({
      severity: "critical",
      headline: "Rollback failed: The deployment crashed",
      diagnosis: { category: "RUNTIME_EXCEPTION", patternId: "pat-1", keyLines: ["TypeError: x"] },
      deploymentId: "dep-9",
      commitHash: "abc1234",
      action: { kind: "rollback", outcome: "failed" },
      occurrenceKey: "d1",
    });
    expect(escalationFromDecision(decision({ evidence: {} })).diagnosis.category).toBe("ROLLBACK");
    expect(
      escalationFromDecision(decision({ kind: "escalate", status: "decided", evidence: {} })).diagnosis.category,
    ).toBe("ESCALATED");
  });

  it("reads the policy's evidence: the diagnosis category and the stack trace after the key line", () => {
    const e = escalationFromDecision(
      decision({
        evidence: {
          status: "CRASHED",
          commitHash: "c0ffee1",
          diagnosis: { category: "RUNTIME_EXCEPTION", summary: "TypeError in computeTotal", confidence: 0.9 },
          keyLines: ["TypeError: Cannot read properties of undefined (reading 'reduce')"],
          stackTrace: ["    at computeTotal (/app/dist/routes/orders.js:81:31)"],
        },
      }),
    );
    expect(e.diagnosis).toEqual({
      category: "RUNTIME_EXCEPTION",
      summary: "TypeError in computeTotal",
      keyLines: [
        "TypeError: Cannot read properties of undefined (reading 'reduce')",
        "    at computeTotal (/app/dist/routes/orders.js:81:31)",
      ],
    });
    expect(e.commitHash).toBe("c0ffee1");
    // An UNKNOWN diagnosis says nothing: the decision kind names the cause.
    expect(
      escalationFromDecision(decision({ evidence: { diagnosis: { category: "UNKNOWN" } } })).diagnosis.category,
    ).toBe("ROLLBACK");
  });
});

describe("redactOutgoing", () => {
  it.each([
    ["token ghp_abcdefghijklmnopqrstuvwxyz0123", "ghp_abcdefghijklmnopqrstuvwxyz0123"],
    ["key sk-ant-api03-abcdefghijklmnop", "sk-ant-api03-abcdefghijklmnop"],
    ["Authorization: Bearer abc.def.ghi-jklmnop", "abc.def.ghi-jklmnop"],
    ["DATABASE_PASSWORD=hunter2hunter2", "hunter2hunter2"],
    ["postgres://user:pw123456@host/db", "pw123456"],
    ["xoxb-1234567890-abcdefghij", "xoxb-1234567890-abcdefghij"],
  ])("%s hides the secret", (text, secret) => {
    expect(redactOutgoing(text)).not.toContain(secret);
  });
});

describe("issueSettingsFromEnv", () => {
  it("reads defaults and overrides", () => {
    expect(issueSettingsFromEnv({ GITHUB_REPOSITORY: "acme/shop" })).toEqual({ owner: "acme", repo: "shop" });
    expect(
      issueSettingsFromEnv({
        RAILPILOT_ISSUES_REPO: "o/r",
        RAILPILOT_ISSUE_LABELS: "a, b",
        RAILPILOT_ISSUE_UPDATE_INTERVAL: "5m",
        RAILPILOT_CLOSE_WHEN_HEALTHY: "true",
      }),
    ).toEqual({
      owner: "o",
      repo: "r",
      labels: ["a", "b"],
      updateIntervalMs: 300_000,
      closeWhenHealthy: true,
    });
    expect(() => issueSettingsFromEnv({})).toThrow(/owner\/repo/);
  });
});
