import { describe, expect, it } from "vitest";
import { GraphQLEnumType } from "graphql";
import {
  DEPLOYMENT_STATUSES,
  isStuck,
  isTerminal,
  outcomeOf,
  phaseOf,
  waitingReason,
} from "../../src/deploy/lifecycle.js";
import { loadRealSchema } from "../helpers/real-schema.js";

describe("deployment lifecycle", () => {
  it("knows exactly the DeploymentStatus values of Railway's schema", () => {
    const schema = loadRealSchema();
    if (!schema) return;
    const type = schema.getType("DeploymentStatus");
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues().map((v) => v.name);
    expect([...DEPLOYMENT_STATUSES].sort()).toEqual(values.sort());
  });

  it.each([
    ["QUEUED", "pending", "queued"],
    ["WAITING", "pending", "queued"],
    ["NEEDS_APPROVAL", "pending", "queued"],
    ["INITIALIZING", "pending", "queued"],
    ["BUILDING", "pending", "build"],
    ["DEPLOYING", "pending", "deploy"],
    ["SUCCESS", "live", "done"],
    ["SLEEPING", "live", "done"],
    ["FAILED", "failed", "done"],
    ["CRASHED", "crashed", "done"],
    ["SKIPPED", "skipped", "done"],
    ["REMOVING", "removed", "done"],
    ["REMOVED", "removed", "done"],
  ] as const)("%s ends as %s in phase %s", (status, outcome, phase) => {
    expect(outcomeOf(status)).toBe(outcome);
    expect(phaseOf(status)).toBe(phase);
    expect(isTerminal(status)).toBe(outcome !== "pending");
  });

  it.each([
    ["INITIALIZING", 10_000, false],
    ["INITIALIZING", 10_001, true],
    ["BUILDING", 300_000, false],
    ["BUILDING", 300_001, true],
    ["DEPLOYING", 60_001, true],
    ["WAITING", 10 * 3_600_000, false],
    ["NEEDS_APPROVAL", 10 * 3_600_000, false],
  ] as const)("%s after %i ms is stuck: %s", (status, elapsed, stuck) => {
    expect(isStuck(status, 1_000, 1_000 + elapsed)).toBe(stuck);
  });

  it("says why a deployment waits", () => {
    expect(waitingReason("NEEDS_APPROVAL")).toMatch(/approval/);
    expect(waitingReason("BUILDING")).toBeUndefined();
  });
});
