/**
 * The GitHub client over a real local server that drops connections: a read whose connection
 * was dropped before any answer is sent again once, at once; a write is never repeated (GitHub
 * may have acted).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/index.js";

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server that drops the first `drops` requests (socket destroyed, no answer) and answers the rest. */
async function dropping(drops: number): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const listening = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (seen.length <= drops) {
      req.socket.destroy();
      return;
    }
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.method === "POST" ? { number: 7 } : { name: "railpilot", color: "ededed" }));
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", () => resolve()));
  return { url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`, seen };
}

describe("GitHub client transport", () => {
  it("sends a read again once when its connection was dropped before any answer", async () => {
    const { url, seen } = await dropping(1);
    const octokit = createGitHubClient({ token: "ghp_transportTest0123456789abcdefgh", baseUrl: url });
    const got = await octokit.issues.getLabel({ owner: "acme", repo: "svc", name: "railpilot" });
    expect(got.data.name).toBe("railpilot");
    expect(seen).toEqual(["GET /repos/acme/svc/labels/railpilot", "GET /repos/acme/svc/labels/railpilot"]);
  });

  it("does not send a read a third time", async () => {
    const { url, seen } = await dropping(2);
    const octokit = createGitHubClient({ token: "ghp_transportTest0123456789abcdefgh", baseUrl: url });
    await expect(octokit.issues.getLabel({ owner: "acme", repo: "svc", name: "railpilot" })).rejects.toThrow();
    expect(seen).toHaveLength(2);
  });

  it("never sends a write again after its connection dropped (GitHub may have opened the issue)", async () => {
    const { url, seen } = await dropping(1);
    const octokit = createGitHubClient({ token: "ghp_transportTest0123456789abcdefgh", baseUrl: url });
    await expect(octokit.issues.create({ owner: "acme", repo: "svc", title: "t" })).rejects.toThrow();
    expect(seen).toEqual(["POST /repos/acme/svc/issues"]);
  });
});
