/**
 * GitHub REST paths for issues, labels, search, contents and the git data API, and pull requests,
 * with GitHub's shapes (trimmed to what Octokit callers read), so an issue/fix-PR flow runs
 * unchanged against the stand-in. Repositories start with one commit on `main` (an empty tree);
 * files are seeded through the control API (`POST /_control/files`) or written with the
 * contents/git APIs like on GitHub.
 */
import { createHash } from "node:crypto";
import type http from "node:http";
import { z } from "zod";

export interface GitHubIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: string | null;
  labels: { id: number; name: string; color: string; description: string | null }[];
  user: { login: string; type: string };
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  html_url: string;
  /** Set for pull requests, which share the issue number space. */
  pull_request?: { url: string; html_url: string };
}

export interface GitHubLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface GitHubPullRequest {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  draft: boolean;
  merged: boolean;
  html_url: string;
  head: { ref: string; sha: string; label: string };
  base: { ref: string; sha: string; label: string };
  user: { login: string; type: string };
  labels: GitHubIssue["labels"];
  created_at: string;
  updated_at: string;
}

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

/** The git objects and issue tracker of one repository. */
export interface GitHubRepoData {
  issues: GitHubIssue[];
  labels: GitHubLabel[];
  pullRequests: GitHubPullRequest[];
  refs: Map<string, string>;
  commits: Map<string, GitCommit>;
  /** Tree sha → the whole snapshot (path → content). */
  trees: Map<string, Map<string, string>>;
  blobs: Map<string, string>;
}

export class GitHubHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RepoApiContext {
  now(): number;
  nextId(): number;
  author: { login: string; type: string };
  data(repo: string): GitHubRepoData;
  /** Every repo touched so far (for search). */
  allRepos(): Iterable<[string, GitHubRepoData]>;
  readJson(req: http.IncomingMessage): Promise<unknown>;
  send(res: http.ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void;
  paginate<T>(
    items: T[],
    query: URLSearchParams,
  ): { items: T[]; link(req: http.IncomingMessage, path: string): Record<string, string> };
  /** Pull requests the check-runs/commit-pulls routes know about. */
  notePull(repo: string, pull: { number: number; sha: string; headRef: string; baseRef: string }): void;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** A fresh repository: `main` at one commit with an empty tree. */
export function emptyRepoData(repo: string): GitHubRepoData {
  const tree = new Map<string, string>();
  const treeSha = sha1(`tree:${repo}:`);
  const commit: GitCommit = {
    sha: sha1(`commit:${repo}:initial`),
    tree: treeSha,
    parents: [],
    message: "Initial commit",
  };
  return {
    issues: [],
    labels: [],
    pullRequests: [],
    refs: new Map([["refs/heads/main", commit.sha]]),
    commits: new Map([[commit.sha, commit]]),
    trees: new Map([[treeSha, tree]]),
    blobs: new Map(),
  };
}

/** Writes a commit of `files` (path → content, null deletes) on top of `branch`; returns its sha. */
export function commitFiles(
  d: GitHubRepoData,
  branch: string,
  files: Record<string, string | null>,
  message: string,
): string {
  const ref = `refs/heads/${branch}`;
  const parent = d.refs.get(ref) ?? d.refs.get("refs/heads/main");
  const base = parent ? d.trees.get(d.commits.get(parent)?.tree ?? "") : undefined;
  const tree = new Map(base ?? []);
  for (const [path, content] of Object.entries(files)) {
    if (content === null) tree.delete(path);
    else tree.set(path.replace(/^\/+/, ""), content);
  }
  const treeSha = storeTree(d, tree);
  const sha = sha1(`commit:${treeSha}:${parent ?? ""}:${message}:${d.commits.size}`);
  d.commits.set(sha, { sha, tree: treeSha, parents: parent ? [parent] : [], message });
  d.refs.set(ref, sha);
  return sha;
}

function storeTree(d: GitHubRepoData, tree: Map<string, string>): string {
  const sha = sha1(`tree:${JSON.stringify([...tree].sort(([a], [b]) => a.localeCompare(b)))}`);
  d.trees.set(sha, tree);
  return sha;
}

const labelInput = z.union([z.string(), z.object({ name: z.string() })]);
const issueCreate = z.object({
  title: z.string().min(1),
  body: z.string().nullable().optional(),
  labels: z.array(labelInput).optional(),
  assignees: z.array(z.string()).optional(),
});
const issueUpdate = z.object({
  title: z.string().min(1).optional(),
  body: z.string().nullable().optional(),
  state: z.enum(["open", "closed"]).optional(),
  state_reason: z.string().nullable().optional(),
  labels: z.array(labelInput).optional(),
});
const labelCreate = z.object({
  name: z.string().min(1),
  color: z.string().optional(),
  description: z.string().nullable().optional(),
});
const labelsAdd = z.union([z.object({ labels: z.array(labelInput) }), z.array(labelInput)]);
const refCreate = z.object({ ref: z.string().regex(/^refs\//), sha: z.string().min(7) });
const refUpdate = z.object({ sha: z.string().min(7), force: z.boolean().optional() });
const treeCreate = z.object({
  base_tree: z.string().optional(),
  tree: z.array(
    z.object({
      path: z.string().min(1),
      mode: z.string().optional(),
      type: z.string().optional(),
      content: z.string().optional(),
      sha: z.string().nullable().optional(),
    }),
  ),
});
const blobCreate = z.object({ content: z.string(), encoding: z.enum(["utf-8", "base64"]).optional() });
const commitCreate = z.object({
  message: z.string().min(1),
  tree: z.string(),
  parents: z.array(z.string()).optional(),
});
const contentsPut = z.object({
  message: z.string().min(1),
  content: z.string(),
  branch: z.string().optional(),
  sha: z.string().optional(),
});
const pullCreate = z.object({
  title: z.string().min(1),
  head: z.string().min(1),
  base: z.string().min(1),
  body: z.string().nullable().optional(),
  draft: z.boolean().optional(),
});
const pullUpdate = z.object({
  title: z.string().optional(),
  body: z.string().nullable().optional(),
  state: z.enum(["open", "closed"]).optional(),
});

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new GitHubHttpError(422, `Validation Failed: ${z.prettifyError(r.error)}`);
  return r.data;
}

const DEFAULT_COLORS = ["d73a4a", "0e8a16", "fbca04", "1d76db", "5319e7", "b60205"];

/** Handles the repository API paths; false when `path` is none of them. */
export async function routeRepoApi(
  ctx: RepoApiContext,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  path: string,
  query: URLSearchParams,
): Promise<boolean> {
  const iso = () => new Date(ctx.now()).toISOString();

  if (path === "/search/issues" && method === "GET") {
    const items = searchIssues(ctx, query.get("q") ?? "");
    const page = ctx.paginate(items, query);
    ctx.send(
      res,
      200,
      { total_count: items.length, incomplete_results: false, items: page.items },
      page.link(req, path),
    );
    return true;
  }

  const m = /^\/repos\/([^/]+\/[^/]+)(\/.*)?$/.exec(path);
  if (!m) return false;
  const repo = m[1] as string;
  const rest = m[2] ?? "";
  const d = ctx.data(repo);
  const html = (kind: string, n: number) => `https://github.com/${repo}/${kind}/${n}`;

  const ensureLabel = (name: string): GitHubLabel => {
    let label = d.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (!label) {
      label = {
        id: ctx.nextId(),
        name,
        color: DEFAULT_COLORS[d.labels.length % DEFAULT_COLORS.length] as string,
        description: null,
        default: false,
      };
      d.labels.push(label);
    }
    return label;
  };
  const labelsOf = (input: z.infer<typeof labelInput>[]) =>
    input
      .map((l) => ensureLabel(typeof l === "string" ? l : l.name))
      .map(({ id, name, color, description }) => ({ id, name, color, description }));
  const nextNumber = () => 1 + Math.max(0, ...d.issues.map((i) => i.number), ...d.pullRequests.map((p) => p.number));
  const issueByNumber = (n: number) => {
    const issue = d.issues.find((i) => i.number === n);
    if (!issue) throw new GitHubHttpError(404, "Not Found");
    return issue;
  };

  // ---------------------------------------------------------------- issues
  if (rest === "/issues" && method === "POST") {
    const body = parse(issueCreate, await ctx.readJson(req));
    const number = nextNumber();
    const issue: GitHubIssue = {
      id: ctx.nextId(),
      number,
      title: body.title,
      body: body.body ?? null,
      state: "open",
      state_reason: null,
      labels: labelsOf(body.labels ?? []),
      user: ctx.author,
      comments: 0,
      created_at: iso(),
      updated_at: iso(),
      closed_at: null,
      html_url: html("issues", number),
    };
    d.issues.push(issue);
    ctx.send(res, 201, issue);
    return true;
  }
  if (rest === "/issues" && method === "GET") {
    const state = query.get("state") ?? "open";
    const wanted = (query.get("labels") ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const list = d.issues
      .filter((i) => state === "all" || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)))
      .sort((a, b) => b.number - a.number);
    const page = ctx.paginate(list, query);
    ctx.send(res, 200, page.items, page.link(req, path));
    return true;
  }
  let im = /^\/issues\/(\d+)$/.exec(rest);
  if (im && method === "GET") {
    ctx.send(res, 200, issueByNumber(Number(im[1])));
    return true;
  }
  if (im && method === "PATCH") {
    const issue = issueByNumber(Number(im[1]));
    const body = parse(issueUpdate, await ctx.readJson(req));
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.labels !== undefined) issue.labels = labelsOf(body.labels);
    if (body.state && body.state !== issue.state) {
      issue.state = body.state;
      issue.closed_at = body.state === "closed" ? iso() : null;
      issue.state_reason = body.state === "closed" ? (body.state_reason ?? "completed") : "reopened";
    }
    issue.updated_at = iso();
    ctx.send(res, 200, issue);
    return true;
  }
  im = /^\/issues\/(\d+)\/labels$/.exec(rest);
  if (im && (method === "POST" || method === "GET")) {
    const n = Number(im[1]);
    const target = d.issues.find((i) => i.number === n) ?? d.pullRequests.find((p) => p.number === n);
    if (!target) throw new GitHubHttpError(404, "Not Found");
    if (method === "POST") {
      const raw = parse(labelsAdd, await ctx.readJson(req));
      const added = labelsOf(Array.isArray(raw) ? raw : raw.labels);
      for (const l of added) if (!target.labels.some((x) => x.name === l.name)) target.labels.push(l);
    }
    ctx.send(res, 200, target.labels);
    return true;
  }

  // ---------------------------------------------------------------- labels
  if (rest === "/labels" && method === "GET") {
    const page = ctx.paginate(d.labels, query);
    ctx.send(res, 200, page.items, page.link(req, path));
    return true;
  }
  if (rest === "/labels" && method === "POST") {
    const body = parse(labelCreate, await ctx.readJson(req));
    if (d.labels.some((l) => l.name.toLowerCase() === body.name.toLowerCase())) {
      ctx.send(res, 422, {
        message: "Validation Failed",
        errors: [{ resource: "Label", code: "already_exists", field: "name" }],
        documentation_url: "https://docs.github.com/rest/issues/labels#create-a-label",
      });
      return true;
    }
    const label: GitHubLabel = {
      id: ctx.nextId(),
      name: body.name,
      color: (body.color ?? "ededed").replace(/^#/, ""),
      description: body.description ?? null,
      default: false,
    };
    d.labels.push(label);
    ctx.send(res, 201, label);
    return true;
  }
  const lm = /^\/labels\/(.+)$/.exec(rest);
  if (lm && method === "GET") {
    const label = d.labels.find((l) => l.name.toLowerCase() === decodeURIComponent(lm[1] as string).toLowerCase());
    if (!label) throw new GitHubHttpError(404, "Not Found");
    ctx.send(res, 200, label);
    return true;
  }

  // ---------------------------------------------------------------- contents
  const cm = /^\/contents\/(.+)$/.exec(rest);
  if (cm && method === "GET") {
    const filePath = decodeURIComponent(cm[1] as string);
    const ref = query.get("ref") ?? "main";
    const commit = resolveRef(d, ref);
    const content = commit ? d.trees.get(commit.tree)?.get(filePath) : undefined;
    if (content === undefined) throw new GitHubHttpError(404, "Not Found");
    ctx.send(res, 200, {
      type: "file",
      encoding: "base64",
      size: Buffer.byteLength(content),
      name: filePath.split("/").pop(),
      path: filePath,
      content: Buffer.from(content).toString("base64"),
      sha: sha1(`blob:${content}`),
      html_url: `https://github.com/${repo}/blob/${ref}/${filePath}`,
    });
    return true;
  }
  if (cm && method === "PUT") {
    const filePath = decodeURIComponent(cm[1] as string);
    const body = parse(contentsPut, await ctx.readJson(req));
    const branch = body.branch ?? "main";
    if (!d.refs.has(`refs/heads/${branch}`)) throw new GitHubHttpError(404, `Branch ${branch} not found`);
    const sha = commitFiles(
      d,
      branch,
      { [filePath]: Buffer.from(body.content, "base64").toString("utf8") },
      body.message,
    );
    ctx.send(res, 200, {
      content: { path: filePath, sha: sha1(`blob:${filePath}`) },
      commit: { sha, message: body.message },
    });
    return true;
  }

  // ---------------------------------------------------------------- git data
  const refGet = /^\/git\/(?:ref|refs)\/(.+)$/.exec(rest);
  if (refGet && method === "GET") {
    const ref = `refs/${decodeURIComponent(refGet[1] as string)}`;
    const sha = d.refs.get(ref);
    if (!sha) throw new GitHubHttpError(404, "Not Found");
    ctx.send(res, 200, {
      ref,
      node_id: sha.slice(0, 12),
      url: `https://api.github.com/repos/${repo}/git/${ref}`,
      object: { sha, type: "commit" },
    });
    return true;
  }
  if (rest === "/git/refs" && method === "POST") {
    const body = parse(refCreate, await ctx.readJson(req));
    if (d.refs.has(body.ref)) throw new GitHubHttpError(422, "Reference already exists");
    if (!d.commits.has(body.sha)) throw new GitHubHttpError(422, "Object does not exist");
    d.refs.set(body.ref, body.sha);
    ctx.send(res, 201, { ref: body.ref, object: { sha: body.sha, type: "commit" } });
    return true;
  }
  if (refGet && method === "PATCH") {
    const ref = `refs/${decodeURIComponent(refGet[1] as string)}`;
    const body = parse(refUpdate, await ctx.readJson(req));
    const current = d.refs.get(ref);
    if (!current) throw new GitHubHttpError(422, "Reference does not exist");
    if (!d.commits.has(body.sha)) throw new GitHubHttpError(422, "Object does not exist");
    if (!body.force && !isAncestor(d, current, body.sha))
      throw new GitHubHttpError(422, "Update is not a fast forward");
    d.refs.set(ref, body.sha);
    ctx.send(res, 200, { ref, object: { sha: body.sha, type: "commit" } });
    return true;
  }
  const commitGet = /^\/git\/commits\/([0-9a-f]{7,40})$/.exec(rest);
  if (commitGet && method === "GET") {
    const c = d.commits.get(commitGet[1] as string);
    if (!c) throw new GitHubHttpError(404, "Not Found");
    ctx.send(res, 200, {
      sha: c.sha,
      message: c.message,
      tree: { sha: c.tree },
      parents: c.parents.map((sha) => ({ sha })),
    });
    return true;
  }
  if (rest === "/git/blobs" && method === "POST") {
    const body = parse(blobCreate, await ctx.readJson(req));
    const content = body.encoding === "base64" ? Buffer.from(body.content, "base64").toString("utf8") : body.content;
    const sha = sha1(`blob:${content}`);
    d.blobs.set(sha, content);
    ctx.send(res, 201, { sha, url: `https://api.github.com/repos/${repo}/git/blobs/${sha}` });
    return true;
  }
  if (rest === "/git/trees" && method === "POST") {
    const body = parse(treeCreate, await ctx.readJson(req));
    const base = body.base_tree ? d.trees.get(body.base_tree) : undefined;
    if (body.base_tree && !base) throw new GitHubHttpError(422, "base_tree is not a tree");
    const tree = new Map(base ?? []);
    for (const entry of body.tree) {
      if (entry.sha === null) tree.delete(entry.path);
      else if (entry.content !== undefined) tree.set(entry.path, entry.content);
      else if (entry.sha) {
        const blob = d.blobs.get(entry.sha);
        if (blob === undefined) throw new GitHubHttpError(422, `tree.sha ${entry.sha} is not a blob`);
        tree.set(entry.path, blob);
      }
    }
    const sha = storeTree(d, tree);
    ctx.send(res, 201, {
      sha,
      truncated: false,
      tree: [...tree.keys()].map((p) => ({ path: p, mode: "100644", type: "blob", sha: sha1(`blob:${tree.get(p)}`) })),
    });
    return true;
  }
  const treeGet = /^\/git\/trees\/([0-9a-f]{7,40})$/.exec(rest);
  if (treeGet && method === "GET") {
    const commit = d.commits.get(treeGet[1] as string);
    const tree = d.trees.get(commit?.tree ?? (treeGet[1] as string));
    if (!tree) throw new GitHubHttpError(404, "Not Found");
    ctx.send(res, 200, {
      sha: treeGet[1],
      truncated: false,
      tree: [...tree.keys()].map((p) => ({ path: p, mode: "100644", type: "blob", sha: sha1(`blob:${tree.get(p)}`) })),
    });
    return true;
  }
  if (rest === "/git/commits" && method === "POST") {
    const body = parse(commitCreate, await ctx.readJson(req));
    if (!d.trees.has(body.tree)) throw new GitHubHttpError(422, "Tree SHA does not exist");
    const parents = body.parents ?? [];
    for (const p of parents) if (!d.commits.has(p)) throw new GitHubHttpError(422, "Parent SHA does not exist");
    const sha = sha1(`commit:${body.tree}:${parents.join(",")}:${body.message}:${d.commits.size}`);
    d.commits.set(sha, { sha, tree: body.tree, parents, message: body.message });
    ctx.send(res, 201, {
      sha,
      message: body.message,
      tree: { sha: body.tree },
      parents: parents.map((p) => ({ sha: p })),
    });
    return true;
  }

  // ---------------------------------------------------------------- pull requests
  if (rest === "/pulls" && method === "POST") {
    const body = parse(pullCreate, await ctx.readJson(req));
    const headRef = body.head.includes(":") ? (body.head.split(":")[1] as string) : body.head;
    const headSha = d.refs.get(`refs/heads/${headRef}`);
    const baseSha = d.refs.get(`refs/heads/${body.base}`);
    if (!headSha || !baseSha) throw new GitHubHttpError(422, "Validation Failed: head or base branch does not exist");
    if (d.pullRequests.some((p) => p.state === "open" && p.head.ref === headRef && p.base.ref === body.base)) {
      throw new GitHubHttpError(
        422,
        `Validation Failed: A pull request already exists for ${repo.split("/")[0]}:${headRef}.`,
      );
    }
    if (headSha === baseSha)
      throw new GitHubHttpError(422, `Validation Failed: No commits between ${body.base} and ${headRef}`);
    const number = nextNumber();
    const owner = repo.split("/")[0] as string;
    const pr: GitHubPullRequest = {
      id: ctx.nextId(),
      number,
      title: body.title,
      body: body.body ?? null,
      state: "open",
      draft: body.draft ?? false,
      merged: false,
      html_url: html("pull", number),
      head: { ref: headRef, sha: headSha, label: `${owner}:${headRef}` },
      base: { ref: body.base, sha: baseSha, label: `${owner}:${body.base}` },
      user: ctx.author,
      labels: [],
      created_at: iso(),
      updated_at: iso(),
    };
    d.pullRequests.push(pr);
    ctx.notePull(repo, { number, sha: headSha, headRef, baseRef: body.base });
    ctx.send(res, 201, pr);
    return true;
  }
  if (rest === "/pulls" && method === "GET") {
    const state = query.get("state") ?? "open";
    const head = query.get("head");
    const base = query.get("base");
    const list = d.pullRequests
      .filter((p) => state === "all" || p.state === state)
      .filter((p) => !head || p.head.label === head || p.head.ref === head)
      .filter((p) => !base || p.base.ref === base)
      .sort((a, b) => b.number - a.number);
    const page = ctx.paginate(list, query);
    ctx.send(res, 200, page.items, page.link(req, path));
    return true;
  }
  const pm = /^\/pulls\/(\d+)$/.exec(rest);
  if (pm && (method === "GET" || method === "PATCH")) {
    const pr = d.pullRequests.find((p) => p.number === Number(pm[1]));
    if (!pr) throw new GitHubHttpError(404, "Not Found");
    if (method === "PATCH") {
      const body = parse(pullUpdate, await ctx.readJson(req));
      if (body.title !== undefined) pr.title = body.title;
      if (body.body !== undefined) pr.body = body.body;
      if (body.state) pr.state = body.state;
      pr.updated_at = iso();
    }
    ctx.send(res, 200, pr);
    return true;
  }
  return false;
}

function resolveRef(d: GitHubRepoData, ref: string): GitCommit | undefined {
  const sha = d.refs.get(`refs/heads/${ref}`) ?? d.refs.get(ref) ?? d.refs.get(`refs/tags/${ref}`) ?? ref;
  return d.commits.get(sha);
}

function isAncestor(d: GitHubRepoData, ancestor: string, of: string): boolean {
  const seen = new Set<string>();
  const stack = [of];
  while (stack.length > 0) {
    const sha = stack.pop() as string;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    stack.push(...(d.commits.get(sha)?.parents ?? []));
  }
  return false;
}

/**
 * GitHub's issue search, the subset railpilot needs: `repo:o/r`, `is:issue`/`is:pr`,
 * `is:open`/`is:closed` (or `state:`), `label:x` (repeatable), `in:title|body|comments` (ignored: text
 * matches title and body), and free words or "quoted phrases" that must all appear.
 */
function searchIssues(ctx: RepoApiContext, q: string): GitHubIssue[] {
  const terms = q.match(/[a-z]+:"[^"]*"|"[^"]*"|\S+/gi) ?? [];
  let repoFilter: string | undefined;
  let state: string | undefined;
  let kind: "issue" | "pr" | undefined;
  const labels: string[] = [];
  const words: string[] = [];
  for (const raw of terms) {
    const [key, ...restParts] = raw.split(":");
    const value = restParts.join(":").replace(/^"|"$/g, "");
    if (restParts.length > 0 && key) {
      const k = key.toLowerCase();
      if (k === "repo") repoFilter = value.toLowerCase();
      else if (k === "is" && (value === "open" || value === "closed")) state = value;
      else if (k === "state") state = value;
      else if (k === "is" && (value === "issue" || value === "pr")) kind = value;
      else if (k === "type" && (value === "issue" || value === "pr")) kind = value;
      else if (k === "label") labels.push(value.toLowerCase());
      else if (k === "in") continue;
      else words.push(raw.replace(/^"|"$/g, "").toLowerCase());
    } else {
      words.push(raw.replace(/^"|"$/g, "").toLowerCase());
    }
  }
  const out: GitHubIssue[] = [];
  for (const [name, d] of ctx.allRepos()) {
    if (repoFilter && name.toLowerCase() !== repoFilter) continue;
    const candidates: GitHubIssue[] = kind === "pr" ? [] : d.issues;
    for (const issue of candidates) {
      if (state && issue.state !== state) continue;
      if (!labels.every((l) => issue.labels.some((x) => x.name.toLowerCase() === l))) continue;
      const text = `${issue.title}\n${issue.body ?? ""}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) continue;
      out.push(issue);
    }
  }
  return out.sort((a, b) => b.number - a.number);
}
