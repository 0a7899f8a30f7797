import type { Command } from "commander";
import type { CliContext } from "../context.js";

/** A CLI command lives in its own file and registers itself on the program. */
export interface CommandModule {
  register(program: Command, ctx: CliContext): void;
}

// Each command module adds itself here (one line each).
export const commands: CommandModule[] = [];
