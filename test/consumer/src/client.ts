// The typed Railway client alone: no store, no GitHub, no emulator.
import { MeDocument, NoTokenError, RailwayAuthError, RailwayClient, type RailwayClientOptions } from "railpilot/client";

const options: RailwayClientOptions = { endpoint: "http://127.0.0.1:4000/graphql/v2" };
export const client: RailwayClient = new RailwayClient(options);

export async function whoAmI(c: RailwayClient): Promise<string | null | undefined> {
  try {
    const { me } = await c.request(MeDocument, {});
    return me.email;
  } catch (error) {
    if (error instanceof RailwayAuthError || error instanceof NoTokenError) return null;
    throw error;
  }
}
