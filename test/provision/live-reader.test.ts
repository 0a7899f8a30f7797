import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/index.js";
import { startEmulator } from "../../src/emulator/index.js";
import { limitsFromOverride, lostCreateRace, resolveWorkspaceId } from "../../src/provision/index.js";
import { ProjectCreateDocument, RailwayClient } from "../../src/railway/index.js";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe("resolveWorkspaceId", () => {
  it("takes the user's first workspace, and none for a workspace token (auth refusal)", async () => {
    const emu = await startEmulator({ seed: "empty", clock: "manual" });
    closers.push(() => emu.close());
    const client = (token: string) =>
      new RailwayClient({ endpoint: emu.info.graphqlUrl, apiToken: token, clock: new ManualClock(), env: {} });
    expect(await resolveWorkspaceId(client(emu.info.tokens.account), undefined)).toBe(emu.info.workspaceId);
    expect(await resolveWorkspaceId(client(emu.info.tokens.workspace), undefined)).toBeUndefined();
    expect(await resolveWorkspaceId(client(emu.info.tokens.workspace), "ws-explicit")).toBe("ws-explicit");
  });

  it("throws a network failure instead of creating projects outside any workspace", async () => {
    const server: Server = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    const client = new RailwayClient({
      endpoint: `http://127.0.0.1:${port}/graphql/v2`,
      apiToken: "tok",
      clock: new ManualClock(),
      maxRetries: 0,
      env: {},
    });
    const error = await resolveWorkspaceId(client, undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NETWORK" });
  });
});

describe("limitsFromOverride", () => {
  it("reads {containers: {cpu, memoryBytes}} with decimal gigabytes, and null as no overrides", () => {
    expect(limitsFromOverride({ containers: { cpu: 2, memoryBytes: 3_000_000_000 } })).toEqual({
      memoryGB: 3,
      vCPUs: 2,
    });
    expect(limitsFromOverride({ containers: { memoryBytes: 1_500_000_000 }, extra: true })).toEqual({ memoryGB: 1.5 });
    expect(limitsFromOverride(null)).toEqual({});
  });

  it("leaves limits unknown for any other shape", () => {
    for (const odd of [{ memoryGB: 1 }, { containers: { cpu: "2" } }, { containers: null }, "1GB", 3, []]) {
      expect(limitsFromOverride(odd)).toBeUndefined();
    }
  });
});

describe("lostCreateRace", () => {
  it("of two projects created in the same instant (the emulator's clock stands still), exactly one run goes on: the smaller id", async () => {
    const emu = await startEmulator({ seed: "empty", clock: "manual" });
    closers.push(() => emu.close());
    const client = new RailwayClient({
      endpoint: emu.info.graphqlUrl,
      apiToken: emu.info.tokens.account,
      clock: new ManualClock(),
      env: {},
    });
    const create = async () =>
      (await client.request(ProjectCreateDocument, { input: { name: "twin", workspaceId: emu.info.workspaceId } }))
        .projectCreate;
    const a = await create();
    const b = await create();
    expect(a.createdAt).toBe(b.createdAt);
    const lostA = await lostCreateRace(client, emu.info.workspaceId, "twin", a.id);
    const lostB = await lostCreateRace(client, emu.info.workspaceId, "twin", b.id);
    expect([lostA, lostB].filter((x) => x === undefined)).toHaveLength(1);
    const winner = lostA === undefined ? a : b;
    expect(winner.id < (winner === a ? b.id : a.id)).toBe(true);
  });
});
