// Everything from the package root, including provisioning and the store.
import {
  type Config,
  type Store,
  type StackSpec,
  RailpilotError,
  applyStack,
  loadConfig,
  openStore,
  planStack,
  runDeploy,
} from "railpilot";
import { startEmulator } from "railpilot/emulator";
import { ManualClock } from "railpilot/core";
import { loadConfig as loadConfigDirect } from "railpilot/config";
import { openStore as openStoreDirect } from "railpilot/store";

export const functions = [
  applyStack,
  planStack,
  runDeploy,
  loadConfig,
  openStore,
  startEmulator,
  loadConfigDirect,
  openStoreDirect,
] as const;
export const clock = new ManualClock(0);
export type Types = [Config, Store, StackSpec];
export function codeOf(error: unknown): string | undefined {
  return error instanceof RailpilotError ? error.code : undefined;
}
