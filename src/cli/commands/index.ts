import type { Command } from "commander";
import type { CliContext } from "../context.js";
import * as patternsCommand from "./patterns.js";
import * as whoamiCommand from "./whoami.js";
import * as statusCommand from "./status.js";
import * as logsCommand from "./logs.js";
import * as variablesCommand from "./variables.js";
import * as demoCommand from "./demo.js";
import * as autopilotCommand from "./autopilot.js";
import * as deployCommand from "./deploy.js";
import * as watchCommand from "./watch.js";
import * as rollbackCommand from "./rollback.js";
import * as historyCommand from "./history.js";
import * as emulatorCommand from "./emulator.js";
import * as diagnoseCommand from "./diagnose.js";
import * as planCommand from "./plan.js";
import * as applyCommand from "./apply.js";
import * as instancesCommand from "./instances.js";
import * as servicesCommand from "./services.js";
import * as reportCommand from "./report.js";

/** A CLI command lives in its own file and registers itself on the program. */
export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

// Each command module adds itself here (one line each).
export const commands: CommandModule[] = [];
commands.push(patternsCommand);
commands.push(emulatorCommand);
commands.push(diagnoseCommand);
commands.push(deployCommand);
commands.push(watchCommand);
commands.push(rollbackCommand);
commands.push(historyCommand);
commands.push(planCommand);
commands.push(applyCommand);
commands.push(instancesCommand);
commands.push(servicesCommand);
commands.push(whoamiCommand);
commands.push(statusCommand);
commands.push(logsCommand);
commands.push(variablesCommand);
commands.push(demoCommand);
commands.push(reportCommand);
commands.push(autopilotCommand);
import * as monitorCommand from "./monitor.js";
commands.push(monitorCommand);
