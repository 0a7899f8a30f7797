/** One exit-code table: errors thrown out of commands, deploy verdicts, and what --help says. */
import { describe, expect, it } from "vitest";
import { cliHint, ExitCode, exitCodeFor } from "../../src/cli/exit-codes.js";
import { EXIT_CODES_HELP } from "../../src/cli/output.js";
import { RailpilotError, TimeoutError, UsageError } from "../../src/core/index.js";
import { VERDICT_EXIT_CODES } from "../../src/deploy/index.js";
import { ApplyAbortedError } from "../../src/provision/index.js";
import { RailwayTimeoutError } from "../../src/railway/index.js";
import { ChecksFailedError, ChecksPendingError } from "../../src/github/index.js";
import { runCli } from "../helpers/cli.js";

describe("cliHint: one table of the CLI's advice for library errors", () => {
  const own = "the library's own hint";
  it.each([
    [
      "deploy: a flag instead of the library's words",
      new RailpilotError("GATE_NEEDS_COMMIT", "x", { hint: own }),
      /--commit/,
    ],
    [
      "provisioning: the flag that allows deletions",
      new RailpilotError("DESTRUCTIVE_REFUSED", "x", { hint: own }),
      /--confirm-destructive/,
    ],
    ["a stopped apply: resume or --abandon", new ApplyAbortedError("run-1", 2, undefined), /--abandon/],
    [
      "a cancelled deploy follow (also ABORTED) keeps its own hint",
      new RailpilotError("ABORTED", "x", { hint: own }),
      /^the library's own hint$/,
    ],
    ["Railway's request timeout names --request-timeout", new RailwayTimeoutError("x", 1_000), /--request-timeout 60s/],
    ["pending checks name --checks-timeout", new ChecksPendingError("x", 1_000, ["ci"]), /--checks-timeout/],
    ["any other timeout keeps its own hint", new TimeoutError("x", 1_000, { hint: own }), /^the library's own hint$/],
    [
      "a failed apply that compensated keeps its own hint",
      Object.assign(new RailpilotError("PROVISION_FAILED", "x", { hint: own }), { compensated: true }),
      /^the library's own hint$/,
    ],
    [
      "a failed apply that kept its resources names --keep-on-failure",
      Object.assign(new RailpilotError("PROVISION_FAILED", "x", { hint: own }), { compensated: false }),
      /--keep-on-failure/,
    ],
    [
      "an unknown code keeps its own hint",
      new RailpilotError("GRAPHQL", "x", { hint: own }),
      /^the library's own hint$/,
    ],
  ])("%s", (_name, error, expected) => {
    expect(cliHint(error)).toMatch(expected);
  });

  it("has no hint for what is not a RailpilotError", () => {
    expect(cliHint(new Error("plain"))).toBeUndefined();
  });
});

describe("exitCodeFor", () => {
  it("exits 6 when the commit's checks failed", () => {
    const error = new ChecksFailedError({ state: "failed", failed: [], pending: [], passed: [], missing: [] });
    expect(exitCodeFor(error)).toBe(ExitCode.CHECKS_FAILED);
    expect(ExitCode.CHECKS_FAILED).toBe(6);
  });

  it("maps usage, timeout and other errors to 2, 4 and 1", () => {
    expect(exitCodeFor(new UsageError("bad flag"))).toBe(2);
    expect(exitCodeFor(new RailpilotError("CONFIG", "bad file"))).toBe(2);
    expect(exitCodeFor(new RailpilotError("NO_TOKEN", "no token"))).toBe(2);
    expect(exitCodeFor(new TimeoutError("too slow", 1_000))).toBe(4);
    expect(exitCodeFor(new RailpilotError("GRAPHQL", "refused"))).toBe(1);
    expect(exitCodeFor(new RailpilotError("toString", "an inherited property name is no code"))).toBe(1);
    expect(exitCodeFor(new Error("plain"))).toBe(1);
  });

  it("agrees with the exit code each deploy verdict maps to", () => {
    expect(VERDICT_EXIT_CODES).toMatchObject({
      deployed: ExitCode.OK,
      skipped: ExitCode.OK,
      failed: ExitCode.FAILED,
      "rolled-back": ExitCode.ROLLED_BACK,
      timeout: ExitCode.TIMEOUT,
      "rollback-failed": ExitCode.ROLLBACK_FAILED,
      "checks-failed": ExitCode.CHECKS_FAILED,
    });
    const codes = new Set<number>(Object.values(ExitCode));
    for (const [verdict, code] of Object.entries(VERDICT_EXIT_CODES)) expect(codes.has(code), verdict).toBe(true);
  });
});

describe("--help", () => {
  it("ends the top-level help with the exit-code table", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: railpilot");
    expect(r.stdout.trimEnd().endsWith(EXIT_CODES_HELP.trim())).toBe(true);
    for (const code of Object.values(ExitCode)) expect(r.stdout).toMatch(new RegExp(`\\b${code}  `));
  });

  it.each(["deploy", "watch", "rollback", "history"])(
    "shows the shared options and the exit codes for %s",
    async (name) => {
      const r = await runCli([name, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: railpilot ${name}`);
      for (const option of [
        "--json",
        "--config <file>",
        "--environment <nameOrId>",
        "--project <nameOrId>",
        "--service <nameOrId>",
      ])
        expect(r.stdout).toContain(option);
      expect(r.stdout).toContain("Exit codes:");
    },
  );
});
