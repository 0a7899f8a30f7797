import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGitHubStandIn } from "../../src/emulator/github/index.js";

let gh: Awaited<ReturnType<typeof startGitHubStandIn>>;
let octokit: Octokit;
const owner = "acme";
const repo = "web";

beforeAll(async () => {
  gh = await startGitHubStandIn();
  octokit = new Octokit({ baseUrl: gh.url, auth: "ghs_installation_token", request: { retries: 0 } });
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => gh.standIn.reset());

describe("GitHub stand-in: issues, labels and search through Octokit", () => {
  it("creates labels (422 already_exists the second time), issues with labels, and lists them by label and state", async () => {
    await octokit.rest.issues.createLabel({ owner, repo, name: "railpilot", color: "5319e7" });
    await expect(octokit.rest.issues.createLabel({ owner, repo, name: "railpilot" })).rejects.toMatchObject({
      status: 422,
    });
    await expect(octokit.rest.issues.getLabel({ owner, repo, name: "urgent" })).rejects.toMatchObject({ status: 404 });
    const marker = "<!-- railpilot:fingerprint=web:RUNTIME_EXCEPTION:p17 -->";
    const a = await octokit.rest.issues.create({
      owner,
      repo,
      title: "web crashes: TypeError",
      body: `Details\n${marker}`,
      labels: ["railpilot", "deployment-alert"],
    });
    expect(a.status).toBe(201);
    expect(a.data.number).toBe(1);
    expect(a.data.labels.map((l) => (typeof l === "string" ? l : l.name))).toEqual(["railpilot", "deployment-alert"]);
    const b = await octokit.rest.issues.create({ owner, repo, title: "worker OOM", labels: ["railpilot"] });
    await octokit.rest.issues.update({ owner, repo, issue_number: b.data.number, state: "closed" });
    const open = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      labels: "railpilot,deployment-alert",
      state: "open",
    });
    expect(open.data.map((i) => i.number)).toEqual([1]);
    const all = await octokit.rest.issues.listForRepo({ owner, repo, labels: "railpilot", state: "all" });
    expect(all.data.map((i) => i.number)).toEqual([2, 1]);
    const labels = await octokit.rest.issues.listLabelsForRepo({ owner, repo });
    expect(labels.data.map((l) => l.name)).toEqual(["railpilot", "deployment-alert"]);
    // Search by the hidden marker.
    const found = await octokit.rest.search.issuesAndPullRequests({ q: `repo:${owner}/${repo} is:issue "${marker}"` });
    expect(found.data.total_count).toBe(1);
    expect(found.data.items[0]?.number).toBe(1);
    const none = await octokit.rest.search.issuesAndPullRequests({
      q: `repo:${owner}/${repo} is:issue is:closed "${marker}"`,
    });
    expect(none.data.total_count).toBe(0);
  });

  it("updates the body, comments, reopens a closed issue and adds labels", async () => {
    const issue = await octokit.rest.issues.create({ owner, repo, title: "db down" });
    await octokit.rest.issues.update({ owner, repo, issue_number: issue.data.number, state: "closed" });
    const reopened = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: issue.data.number,
      state: "open",
      body: "Seen 3 times",
    });
    expect([reopened.data.state, reopened.data.state_reason, reopened.data.body, reopened.data.closed_at]).toEqual([
      "open",
      "reopened",
      "Seen 3 times",
      null,
    ]);
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.data.number, body: "It came back." });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: issue.data.number, labels: ["urgent"] });
    const got = await octokit.rest.issues.get({ owner, repo, issue_number: issue.data.number });
    expect(got.data.comments).toBe(1);
    expect(got.data.labels.map((l) => (typeof l === "string" ? l : l.name))).toEqual(["urgent"]);
    expect(got.data.user?.login).toBe("github-actions[bot]");
  });
});

describe("GitHub stand-in: contents and git data, enough for a fix branch and a draft PR", () => {
  it("reads a file at a ref, creates a branch with a changed file through refs/trees/commits, and opens a draft PR", async () => {
    const base = gh.standIn.seedFiles(`${owner}/${repo}`, {
      "src/routes/orders.ts": "export const total = (o) => o.items.reduce((s, i) => s + i.price, 0);\n",
      "package.json": "{}\n",
    });
    const file = await octokit.rest.repos.getContent({ owner, repo, path: "src/routes/orders.ts", ref: base });
    const data = file.data as { content: string; encoding: string; type: string };
    expect(data.type).toBe("file");
    expect(Buffer.from(data.content, "base64").toString("utf8")).toContain("o.items.reduce");
    await expect(octokit.rest.repos.getContent({ owner, repo, path: "missing.ts", ref: "main" })).rejects.toMatchObject(
      { status: 404 },
    );

    const main = await octokit.rest.git.getRef({ owner, repo, ref: "heads/main" });
    expect(main.data.object.sha).toBe(base);
    const parent = await octokit.rest.git.getCommit({ owner, repo, commit_sha: base });
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: parent.data.tree.sha,
      tree: [
        {
          path: "src/routes/orders.ts",
          mode: "100644",
          type: "blob",
          content: "export const total = (o) => (o.items ?? []).reduce((s, i) => s + i.price, 0);\n",
        },
      ],
    });
    const commit = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: "fix: guard missing items",
      tree: tree.data.sha,
      parents: [base],
    });
    await octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/railpilot/fix-abc123", sha: commit.data.sha });
    await expect(
      octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/railpilot/fix-abc123", sha: commit.data.sha }),
    ).rejects.toMatchObject({ status: 422 });
    const onBranch = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: "src/routes/orders.ts",
      ref: "railpilot/fix-abc123",
    });
    expect(Buffer.from((onBranch.data as { content: string }).content, "base64").toString("utf8")).toContain(
      "(o.items ?? [])",
    );
    const untouched = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: "package.json",
      ref: "railpilot/fix-abc123",
    });
    expect(Buffer.from((untouched.data as { content: string }).content, "base64").toString("utf8")).toBe("{}\n");

    const pr = await octokit.rest.pulls.create({
      owner,
      repo,
      title: "fix: guard missing items",
      head: "railpilot/fix-abc123",
      base: "main",
      body: "Fixes #1",
      draft: true,
    });
    expect(pr.status).toBe(201);
    expect(pr.data).toMatchObject({
      draft: true,
      state: "open",
      head: { ref: "railpilot/fix-abc123", sha: commit.data.sha },
      base: { ref: "main" },
    });
    await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr.data.number, labels: ["auto"] });
    await expect(
      octokit.rest.pulls.create({ owner, repo, title: "again", head: "railpilot/fix-abc123", base: "main" }),
    ).rejects.toMatchObject({ status: 422 });
    const listed = await octokit.rest.pulls.list({ owner, repo, state: "open", head: `${owner}:railpilot/fix-abc123` });
    expect(listed.data.map((p) => [p.number, p.draft, p.labels.map((l) => l.name)])).toEqual([
      [pr.data.number, true, ["auto"]],
    ]);
    // The CI gate's commit → pulls lookup sees it too.
    const byCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: commit.data.sha,
    });
    expect(byCommit.data.map((p) => p.number)).toEqual([pr.data.number]);
  });

  it("writes a file with the contents API onto a branch and refuses a non-fast-forward ref update", async () => {
    const base = gh.standIn.seedFiles(`${owner}/${repo}`, { "README.md": "hi\n" });
    await octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/feature", sha: base });
    const put = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: "README.md",
      message: "docs",
      content: Buffer.from("hello\n").toString("base64"),
      branch: "feature",
    });
    const head = put.data.commit.sha as string;
    const feature = await octokit.rest.git.getRef({ owner, repo, ref: "heads/feature" });
    expect(feature.data.object.sha).toBe(head);
    const other = gh.standIn.seedFiles(`${owner}/${repo}`, { "x.txt": "x" }, { branch: "main" });
    await expect(octokit.rest.git.updateRef({ owner, repo, ref: "heads/feature", sha: other })).rejects.toMatchObject({
      status: 422,
    });
    await octokit.rest.git.updateRef({ owner, repo, ref: "heads/feature", sha: other, force: true });
    const state = (await (await fetch(`${gh.url}/_control/state`)).json()) as {
      repos: Record<string, { branches: Record<string, { files: Record<string, string> }> }>;
    };
    expect(state.repos[`${owner}/${repo}`]?.branches.feature?.files).toEqual({ "README.md": "hi\n", "x.txt": "x" });
  });
});
