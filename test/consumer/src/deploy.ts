import type { Clock } from "railpilot";
import type { RailwayClient } from "railpilot/client";
import {
  type DeployEvent,
  type DeployReport,
  type RollbackOptions,
  RailwayDeployApi,
  exitCodeForVerdict,
  memoryRollbackGuard,
  runDeploy,
} from "railpilot/deploy";

export async function deployOnce(
  client: RailwayClient,
  clock: Clock,
  serviceId: string,
  environmentId: string,
): Promise<number> {
  const events: DeployEvent[] = [];
  const report: DeployReport = await runDeploy({
    api: new RailwayDeployApi(client),
    clock,
    serviceId,
    environmentId,
    guard: memoryRollbackGuard(),
    health: { checks: 3, path: "/health" },
    onEvent: (event) => events.push(event),
  });
  return exitCodeForVerdict(report.verdict);
}

export type RollbackInput = RollbackOptions;
