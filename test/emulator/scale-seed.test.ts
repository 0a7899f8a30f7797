import { describe, expect, it } from "vitest";
import { EmulatorControl, parseScaleSeed, startEmulator } from "../../src/emulator/index.js";
import { data, gql } from "./gql.js";

describe("scale seed", () => {
  it("parses scale:N and scale:NxE and refuses anything else", () => {
    expect(parseScaleSeed("scale:500x10")).toEqual({ services: 500, environments: 10 });
    expect(parseScaleSeed("scale:50")).toEqual({ services: 50, environments: 10 });
    expect(parseScaleSeed("scale:3")).toEqual({ services: 3, environments: 3 });
    for (const bad of ["scale:", "scale:0", "scale:10x0", "scale:-1", "scale:5x", "demo", "scale:99999999"])
      expect(parseScaleSeed(bad)).toBeUndefined();
  });

  it("starts 500 services over 10 environments with deployment histories in under 2 s", async () => {
    const t0 = performance.now();
    const emu = await startEmulator({ clock: "manual", seed: "scale:500x10" });
    const startMs = performance.now() - t0;
    try {
      expect(startMs).toBeLessThan(2_000);
      const apps = Object.keys(emu.info.services).filter((k) => !k.endsWith("/Postgres"));
      expect(apps).toHaveLength(500);
      const projects = data(
        await gql<{
          projects: { edges: { node: { name: string; environments: { edges: { node: { id: string } }[] } } }[] };
        }>(
          emu.info,
          `query { projects(first: 100) { edges { node { name environments { edges { node { id } } } } } } }`,
        ),
      ).projects.edges;
      expect(projects.map((p) => p.node.name).sort()).toEqual(
        Array.from({ length: 10 }, (_, i) => `scale-${String(i + 1).padStart(2, "0")}`),
      );
      // One request per environment sees the newest deployments of all its 50 services.
      const env = projects.find((p) => p.node.name === "scale-01")?.node.environments.edges[0]?.node.id as string;
      const deps = data(
        await gql<{ deployments: { edges: { node: { serviceId: string; status: string } }[] } }>(
          emu.info,
          `query($e: String!) { deployments(input: { environmentId: $e }, first: 500) { edges { node { serviceId status } } } }`,
          { e: env },
        ),
      ).deployments.edges.map((e) => e.node);
      expect(new Set(deps.map((d) => d.serviceId)).size).toBe(51);
      const statuses = new Set(deps.map((d) => d.status));
      expect(statuses).toEqual(new Set(["SUCCESS", "REMOVED", "FAILED"]));
      // Histories differ in length (1 to 4 deployments per app).
      const perService = new Map<string, number>();
      for (const d of deps) perService.set(d.serviceId, (perService.get(d.serviceId) ?? 0) + 1);
      expect(new Set(perService.values())).toEqual(new Set([1, 2, 3, 4]));
      // Scripted incidents work at scale too.
      const ctl = new EmulatorControl(emu.info.controlUrl);
      const pg = emu.info.services["scale-01/Postgres"] as string;
      await ctl.incident({ serviceId: pg, kind: "dependency_down" });
      await ctl.advance(5_000);
      const refused = data(
        await gql<{ environmentLogs: { tags: { serviceId: string } }[] }>(
          emu.info,
          `query($e: String!) { environmentLogs(environmentId: $e, filter: "ECONNREFUSED", beforeLimit: 5000) { tags { serviceId } } }`,
          { e: env },
        ),
      ).environmentLogs;
      expect(new Set(refused.map((r) => r.tags.serviceId)).size).toBe(50);
    } finally {
      await emu.close();
    }
  });

  it("re-seeds at scale through the control API", async () => {
    const emu = await startEmulator({ clock: "manual", seed: "empty" });
    try {
      const info = await new EmulatorControl(emu.info.controlUrl).reset("scale:20x4");
      expect(Object.keys(info.services)).toHaveLength(24);
      expect(info.services["scale-04/svc-005"]).toBeTruthy();
      expect(info.tokens.project).toBeTruthy();
    } finally {
      await emu.close();
    }
  });
});
