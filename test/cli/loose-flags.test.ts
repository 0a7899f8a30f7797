/** Loose flag values end in exit 2 with a sentence naming the flag, before anything is sent. */
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ENV = { RAILWAY_API_TOKEN: "tok-loose-flags-123456", RAILWAY_GRAPHQL_ENDPOINT: "http://127.0.0.1:9/graphql/v2" };

describe("loose flags", () => {
  it.each([
    [["deploy", "--service", "web", "--timeout", "0s"], /--timeout "0s" is too short/],
    [["deploy", "--service", "web", "--timeout", "30d"], /--timeout "30d" is too long: the longest accepted is 24d/],
    [
      ["watch", "--service", "web", "--health-checks", "99999999999999999999"],
      /--health-checks "99999999999999999999" is not a whole number from 0 to 100/,
    ],
    [["deploy", "--service", "web", "--health-checks", "1e3"], /--health-checks "1e3" is not a whole number/],
    [["deploy", "--service", "web", "--up", "/missing/dir"], /--up \/missing\/dir: there is no such directory/],
  ])(
    "railpilot %j exits 2 with a sentence",
    async (args, message) => {
      const r = await runCli(args, { env: ENV, timeoutMs: 60_000 });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/TimeoutOverflowWarning|ENOENT|\n\s+at /);
    },
    70_000,
  );

  it("reports an ftp:// endpoint as a configuration error, not as unreachable", async () => {
    const r = await runCli(["whoami"], {
      env: { ...ENV, RAILWAY_GRAPHQL_ENDPOINT: "ftp://backboard.example/graphql" },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("RAILWAY_GRAPHQL_ENDPOINT: expected an http:// or https:// URL");
  });
});
