// The autopilot's pure policy: observations + history + knobs → guarded decisions.
export { decide, MIN_CONFIDENCE_TO_ACT } from "./decide.js";
export { dependencyGraph, referencingVariables } from "./dependency-graph.js";
export {
  ACTING_KINDS,
  type Decision,
  type DependencyState,
  type PastDecision,
  type PolicyInput,
  type ServiceReferences,
} from "./policy-types.js";
