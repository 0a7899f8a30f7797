/** What the deploy family's CLI tests share: the emulator's control API and the CLI's environment. */
import type { RunningEmulator } from "../../src/emulator/index.js";

/** POSTs `body` (or GETs when there is none) to the emulator's control API; answers its JSON. */
export async function control(emu: RunningEmulator, path: string, body?: unknown): Promise<unknown> {
  const send = () =>
    fetch(`${emu.info.controlUrl}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
  let res: Response;
  try {
    res = await send();
  } catch (error) {
    // A pooled keep-alive socket the server closed while idle fails with ECONNRESET before the
    // request is read: send it once more on a fresh connection.
    if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
    res = await send();
  }
  return res.json();
}

/**
 * The environment a CLI run against the emulator gets: endpoint, project token, the emulator's
 * clock, CI output, and (unless `resolve` is false) health probes routed to the emulator's app.
 */
export function cliEnv(
  emu: RunningEmulator,
  extra: Record<string, string> = {},
  options: { resolve?: boolean } = {},
): Record<string, string> {
  return {
    RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
    RAILWAY_TOKEN: emu.info.tokens.project as string,
    RAILPILOT_CLOCK_URL: emu.info.controlUrl,
    ...(options.resolve === false ? {} : { RAILPILOT_RESOLVE: `*.up.railway.app:443:http://${emu.info.appAddress}` }),
    CI: "true",
    ...extra,
  };
}
