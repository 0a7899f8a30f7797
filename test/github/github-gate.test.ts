import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ManualClock, registerSecret } from "../../src/core/index.js";
import { startGitHubStandIn } from "../../src/emulator/github/index.js";
import { driveManualClock } from "../helpers/drive-manual-clock.js";
import {
  ChecksFailedError,
  commentMarker,
  createGitHubClient,
  environmentForBranch,
  evaluateChecks,
  recordGitHubDeployment,
  renderDeployComment,
  upsertPrComment,
  waitForChecks,
} from "../../src/github/index.js";

const clock = new ManualClock();
let gh: Awaited<ReturnType<typeof startGitHubStandIn>>;
let octokit: ReturnType<typeof createGitHubClient>;

beforeAll(async () => {
  gh = await startGitHubStandIn({ tokens: ["ghs_test_token"], now: () => clock.now() });
  octokit = createGitHubClient({ token: "ghs_test_token", baseUrl: gh.url, timeoutMs: 5_000 });
});
afterAll(() => gh.close());
beforeEach(() => gh.standIn.reset());

const drive = <T>(promise: Promise<T>): Promise<T> => driveManualClock(clock, promise);

const outcome = {
  verdict: "deployed",
  ok: true,
  summary: "Deployed and healthy.",
  deploymentId: "dep-1",
  url: "https://web.up.railway.app",
  durationsMs: { queued: 1000, build: 60_000, deploy: 10_000 },
  health: { checks: 3, passed: 3, failures: [] },
  logExcerpt: [],
};

describe("check gate", () => {
  it.each([
    [[{ name: "test", status: "completed", conclusion: "success" }], {}, "passed"],
    [[{ name: "test", status: "completed", conclusion: "skipped" }], {}, "passed"],
    [[{ name: "test", status: "in_progress", conclusion: null }], {}, "pending"],
    [[{ name: "test", status: "completed", conclusion: "failure" }], {}, "failed"],
    [[{ name: "test", status: "completed", conclusion: "cancelled" }], {}, "failed"],
    [[{ name: "lint", status: "completed", conclusion: "failure" }], { required: ["test"] }, "pending"],
    [[{ name: "deploy", status: "in_progress", conclusion: null }], { ignore: ["deploy"] }, "passed"],
    [
      [
        { name: "test", status: "completed", conclusion: "failure" },
        { name: "test", status: "completed", conclusion: "success" },
      ],
      {},
      "passed",
    ],
  ])("decides %j with rules %j as %s", (runs, rules, state) => {
    expect(evaluateChecks(runs, rules).state).toBe(state);
  });

  it("waits for pending checks to finish and then lets the deploy go", async () => {
    gh.standIn.seedCheckRuns("acme/app", "abc123", [
      { name: "test", completesAfterMs: 40_000, conclusion: "success" },
      { name: "lint", status: "completed", conclusion: "success" },
    ]);
    const start = clock.now();
    const decision = await drive(
      waitForChecks(octokit, { owner: "acme", repo: "app", sha: "abc123", clock, intervalMs: 15_000 }),
    );
    expect(decision.state).toBe("passed");
    expect(decision.passed.map((c) => c.name).sort()).toEqual(["lint", "test"]);
    expect(clock.now() - start).toBe(45_000);
  });

  it("blocks the deploy as soon as a check fails, naming it", async () => {
    gh.standIn.seedCheckRuns("acme/app", "abc123", [
      { name: "test", status: "completed", conclusion: "failure" },
      { name: "e2e", status: "in_progress" },
    ]);
    const error = await drive(waitForChecks(octokit, { owner: "acme", repo: "app", sha: "abc123", clock })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChecksFailedError);
    expect((error as ChecksFailedError).message).toContain("test (failure)");
  });

  it("times out when checks never finish", async () => {
    gh.standIn.seedCheckRuns("acme/app", "abc123", [{ name: "slow", status: "in_progress" }]);
    const error = await drive(
      waitForChecks(octokit, { owner: "acme", repo: "app", sha: "abc123", clock, timeoutMs: 60_000 }),
    ).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("TIMEOUT");
    expect((error as Error).message).toContain("slow");
  });

  it("rejects a bad token with a GitHub error that hides the token", async () => {
    const bad = createGitHubClient({ token: "ghs_wrong_token", baseUrl: gh.url });
    const error = await waitForChecks(bad, { owner: "acme", repo: "app", sha: "abc", clock }).catch((e: unknown) => e);
    expect((error as { code: string; status: number }).code).toBe("GITHUB");
    expect((error as { status: number }).status).toBe(401);
  });
});

describe("pull request comment", () => {
  it("creates one marked comment and updates it in place on the next run", async () => {
    gh.standIn.seedPull("acme/app", { sha: "abc123", number: 7 });
    const body1 = renderDeployComment(outcome, { service: "web", environment: "production", sha: "abc123" });
    const first = await upsertPrComment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      service: "web",
      body: body1,
    });
    expect(first).toMatchObject({ pullNumber: 7, action: "created" });
    const body2 = renderDeployComment(
      { ...outcome, verdict: "rolled-back", ok: false, summary: "Crashed; rolled back." },
      { service: "web", sha: "abc123" },
    );
    const second = await upsertPrComment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      service: "web",
      body: body2,
    });
    expect(second).toMatchObject({ pullNumber: 7, action: "updated", commentId: first.commentId });
    const third = await upsertPrComment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      service: "web",
      body: body2,
    });
    expect(third.action).toBe("unchanged");
    const comments = gh.standIn.state.repos.get("acme/app")?.comments ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(commentMarker("web"));
    expect(comments[0]?.body).toContain("rolled-back");
  });

  it("keeps one comment per service on the same pull request", async () => {
    gh.standIn.seedPull("acme/app", { sha: "abc123", number: 7 });
    for (const service of ["web", "worker", "web"]) {
      await upsertPrComment(octokit, {
        owner: "acme",
        repo: "app",
        sha: "abc123",
        service,
        body: renderDeployComment(outcome, { service }),
      });
    }
    expect(gh.standIn.state.repos.get("acme/app")?.comments).toHaveLength(2);
  });

  it("leaves a person's comment that quotes the marker alone and keeps its own (installation token)", async () => {
    gh.standIn.seedPull("acme/app", { sha: "abc123", number: 7 });
    const quoted = gh.standIn.seedComment("acme/app", {
      issue: 7,
      login: "mallory",
      body: `copying this: ${commentMarker("web")} hi`,
    });
    const first = await upsertPrComment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      service: "web",
      body: renderDeployComment(outcome, { service: "web" }),
    });
    expect(first.action).toBe("created");
    const second = await upsertPrComment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      service: "web",
      body: renderDeployComment({ ...outcome, summary: "again" }, { service: "web" }),
    });
    expect(second).toMatchObject({ action: "updated", commentId: first.commentId });
    const comments = gh.standIn.state.repos.get("acme/app")?.comments ?? [];
    expect(comments.find((c) => c.id === quoted.id)?.body).toBe(`copying this: ${commentMarker("web")} hi`);
    expect(comments.find((c) => c.id === first.commentId)?.user.login).toBe("github-actions[bot]");
  });

  it("recognises its own comments by the user token's login (GET /user)", async () => {
    const own = await startGitHubStandIn({ users: { ghp_user_token_1: "deploy-bot" }, now: () => clock.now() });
    try {
      const kit = createGitHubClient({ token: "ghp_user_token_1", baseUrl: own.url, timeoutMs: 5_000 });
      own.standIn.seedPull("acme/app", { sha: "abc123", number: 9 });
      own.standIn.seedComment("acme/app", { issue: 9, login: "someone-else", body: commentMarker("web") });
      const first = await upsertPrComment(kit, {
        owner: "acme",
        repo: "app",
        sha: "abc123",
        service: "web",
        body: `${commentMarker("web")}\none`,
      });
      const second = await upsertPrComment(kit, {
        owner: "acme",
        repo: "app",
        sha: "abc123",
        service: "web",
        body: `${commentMarker("web")}\ntwo`,
      });
      expect(first.action).toBe("created");
      expect(second).toMatchObject({ action: "updated", commentId: first.commentId });
      const comments = own.standIn.state.repos.get("acme/app")?.comments ?? [];
      expect(comments.map((c) => [c.user.login, c.body.split("\n")[1] ?? ""])).toEqual([
        ["someone-else", ""],
        ["deploy-bot", "two"],
      ]);
    } finally {
      await own.close();
    }
  });

  it("posts no token or URL password the app printed into its logs", async () => {
    registerSecret("rw_live_token_abcdef987");
    gh.standIn.seedPull("acme/app", { sha: "abc123", number: 7 });
    const leaky = {
      ...outcome,
      verdict: "rolled-back",
      ok: false,
      summary:
        "Deployment crashed after going live: Error: connect ECONNREFUSED postgres://app:hunter2pw@db.internal:5432/app",
      logExcerpt: ["using token rw_live_token_abcdef987", "DATABASE_URL=postgresql://admin:s3cr3t@10.0.0.5/db"],
    };
    await upsertPrComment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      service: "web",
      body: renderDeployComment(leaky, { service: "web" }),
    });
    await recordGitHubDeployment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      environment: "production",
      service: "web",
      state: "failure",
      description: leaky.summary,
    });
    const posted = JSON.stringify(gh.standIn.state.repos.get("acme/app"));
    for (const secret of ["hunter2pw", "s3cr3t", "rw_live_token_abcdef987"]) expect(posted).not.toContain(secret);
    expect(posted).toContain("postgres://***@db.internal:5432/app");
    // A second run with the same (unredacted) body changes nothing: the comparison is on what was sent.
    const again = await upsertPrComment(octokit, {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      service: "web",
      body: renderDeployComment(leaky, { service: "web" }),
    });
    expect(again.action).toBe("unchanged");
  });

  it("does nothing when the commit has no pull request", async () => {
    const r = await upsertPrComment(octokit, { owner: "acme", repo: "app", sha: "zzz", service: "web", body: "x" });
    expect(r.action).toBe("no-pull-request");
  });
});

describe("GitHub deployment", () => {
  it("creates one deployment per commit and environment and posts each new status once", async () => {
    const base = {
      owner: "acme",
      repo: "app",
      sha: "abc123",
      environment: "production",
      service: "web",
      description: "deployed",
    };
    const a = await recordGitHubDeployment(octokit, { ...base, state: "in_progress" });
    const b = await recordGitHubDeployment(octokit, {
      ...base,
      state: "success",
      environmentUrl: "https://web.up.railway.app",
    });
    const c = await recordGitHubDeployment(octokit, {
      ...base,
      state: "success",
      environmentUrl: "https://web.up.railway.app",
    });
    expect(b.deploymentId).toBe(a.deploymentId);
    expect(c).toEqual({ deploymentId: a.deploymentId, posted: false });
    const deployments = gh.standIn.state.repos.get("acme/app")?.deployments ?? [];
    expect(deployments).toHaveLength(1);
    expect(deployments[0]?.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
  });
});

describe("branch to environment", () => {
  it.each([
    ["main", undefined, "production"],
    ["refs/heads/staging", undefined, "staging"],
    ["feature/x", undefined, undefined],
    ["release/1.2", { "release/*": "preprod" }, "preprod"],
  ])("maps %s with %j to %s", (branch, map, env) => {
    expect(environmentForBranch(branch, map)).toBe(env);
  });
});
