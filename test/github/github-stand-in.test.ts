import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGitHubStandIn } from "../../src/emulator/github/index.js";
import { createGitHubClient } from "../../src/github/index.js";

let gh: Awaited<ReturnType<typeof startGitHubStandIn>>;
beforeAll(async () => {
  gh = await startGitHubStandIn({ tokens: ["ghs_stand_in"] });
});
afterAll(() => gh.close());

const call = (path: string, init: RequestInit = {}, token: string | null = "ghs_stand_in") =>
  fetch(`${gh.url}${path}`, {
    ...init,
    headers: { "content-type": "application/json", ...(token ? { authorization: `token ${token}` } : {}) },
  });

describe("GitHub REST stand-in", () => {
  it("pages lists with a Link header that Octokit follows", async () => {
    gh.standIn.seedPull("o/r", { sha: "s1", number: 3 });
    const octokit = createGitHubClient({ token: "ghs_stand_in", baseUrl: gh.url });
    for (let i = 0; i < 5; i++)
      await octokit.rest.issues.createComment({ owner: "o", repo: "r", issue_number: 3, body: `c${i}` });
    const first = await call("/repos/o/r/issues/3/comments?per_page=2");
    expect(first.headers.get("link")).toMatch(/page=2.*rel="next"/);
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: "o",
      repo: "r",
      issue_number: 3,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(["c0", "c1", "c2", "c3", "c4"]);
  });

  it("answers like GitHub: 401 without a valid token, 422 for an invalid body, 404 for an unknown route", async () => {
    expect((await call("/repos/o/r/commits/s1/check-runs", {}, null)).status).toBe(401);
    expect((await call("/repos/o/r/commits/s1/check-runs", {}, "nope")).status).toBe(401);
    expect(
      (await call("/repos/o/r/issues/3/comments", { method: "POST", body: JSON.stringify({ body: "" }) })).status,
    ).toBe(422);
    expect((await call("/repos/o/r/issues/3/comments", { method: "POST", body: "{not json" })).status).toBe(400);
    expect((await call("/repos/o/r/nothing-here")).status).toBe(404);
    expect(
      (await call("/repos/o/r/issues/comments/999999", { method: "PATCH", body: JSON.stringify({ body: "x" }) }))
        .status,
    ).toBe(404);
  });

  it("is seeded and inspected through its control endpoints, which need no token", async () => {
    const seeded = await fetch(`${gh.url}/_control/check-runs`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ repo: "o/r", sha: "s2", checkRuns: [{ name: "build", status: "in_progress" }] }),
    });
    expect(seeded.status).toBe(200);
    const runs = (await (await call("/repos/o/r/commits/s2/check-runs")).json()) as {
      total_count: number;
      check_runs: { name: string; status: string; conclusion: null }[];
    };
    expect(runs).toMatchObject({
      total_count: 1,
      check_runs: [{ name: "build", status: "in_progress", conclusion: null }],
    });
    const bad = await fetch(`${gh.url}/_control/pulls`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ repo: "no-slash" }),
    });
    expect(bad.status).toBe(422);
    const state = (await (await fetch(`${gh.url}/_control/state`)).json()) as { requests: string[] };
    expect(state.requests).toContain("GET /repos/o/r/commits/s2/check-runs");
  });

  it("answers GET /user for user tokens and 403 for installation tokens, like GitHub", async () => {
    const users = await startGitHubStandIn({ tokens: ["ghs_install"], users: { ghp_person: "octocat" } });
    try {
      const get = (token: string) => fetch(`${users.url}/user`, { headers: { authorization: `token ${token}` } });
      expect(await (await get("ghp_person")).json()).toMatchObject({ login: "octocat", type: "User" });
      expect((await get("ghs_install")).status).toBe(403);
      const seeded = await fetch(`${users.url}/_control/comments`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ repo: "o/r", issue: 1, body: "hello", login: "someone" }),
      });
      expect(await seeded.json()).toMatchObject({ user: { login: "someone", type: "User" }, body: "hello" });
    } finally {
      await users.close();
    }
  });
});
