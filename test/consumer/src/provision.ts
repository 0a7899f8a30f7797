import { EMPTY_LIVE_STATE, type Plan, type applyStack, parseStackSpec, planStack } from "railpilot/provision";

export function planFromYaml(yaml: string): Plan {
  const spec = parseStackSpec(yaml);
  return planStack(spec, EMPTY_LIVE_STATE);
}

export type Apply = typeof applyStack;
