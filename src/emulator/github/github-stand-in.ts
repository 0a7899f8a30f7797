/**
 * A local stand-in for the few GitHub REST endpoints railpilot's CI gate calls, so the gate is
 * tested end to end offline. Mounted under a path prefix (default `/github`, so Octokit's base URL
 * is `http://127.0.0.1:PORT/github`) of the emulator's HTTP server, or started on its own port.
 *
 * Served (shapes follow GitHub's REST v3 responses, trimmed to the fields we read):
 *   GET    /repos/{o}/{r}/commits/{sha}                a commit pushed to the emulated world (message, author, time)
 *   GET    /repos/{o}/{r}/commits/{ref}/check-runs
 *   GET    /repos/{o}/{r}/commits/{sha}/pulls
 *   GET    /repos/{o}/{r}/issues/{n}/comments          POST (create)
 *   PATCH  /repos/{o}/{r}/issues/comments/{id}
 *   GET    /repos/{o}/{r}/deployments                  POST (create)
 *   GET    /repos/{o}/{r}/deployments/{id}/statuses    POST (create)
 *   GET    /user   the token's account; 403 for installation tokens (tokens not in `users`), as GitHub does
 *   issues (create, get, update/close/reopen, list with labels/state), issue labels, labels,
 *   GET /search/issues, contents at a ref (GET/PUT), git refs/commits/trees/blobs, pulls (create
 *   draft, list, get, update): see github-repo-api.ts
 * Control (tests and demos):
 *   POST   /_control/check-runs  {repo:"o/r", sha, checkRuns:[{name, status?, conclusion?, completesAfterMs?}]}
 *   POST   /_control/pulls       {repo:"o/r", sha, number, headRef?, baseRef?}
 *   POST   /_control/comments    {repo:"o/r", issue, body, login, type?}   a comment by someone else
 *   POST   /_control/files       {repo:"o/r", branch?, files:{path: content|null}, message?}  a commit
 *   GET    /_control/state       everything recorded
 *   POST   /_control/reset
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { commitFiles, emptyRepoData, GitHubHttpError, type GitHubRepoData, routeRepoApi } from "./github-repo-api.js";

export interface GitHubCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  html_url: string;
  /** Stand-in only: the clock time at which a queued/in-progress run completes by itself. */
  completesAt?: number;
  /** Stand-in only: the conclusion it will have then. */
  finalConclusion?: string;
}

export interface GitHubComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface GitHubDeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  description: string | null;
  payload: unknown;
  transient_environment: boolean;
  production_environment: boolean;
  created_at: string;
  statuses: Array<{
    id: number;
    state: string;
    environment_url: string;
    log_url: string;
    description: string;
    created_at: string;
  }>;
}

export interface GitHubRepoState {
  checkRuns: GitHubCheckRun[];
  pulls: Array<{ number: number; sha: string; headRef: string; baseRef: string; state: "open" | "closed" }>;
  comments: GitHubComment[];
  deployments: GitHubDeploymentRecord[];
}

export interface GitHubStandInState {
  repos: Map<string, GitHubRepoState>;
  /** Every API request served (not control), as "METHOD path". */
  requests: string[];
}

export interface GitHubStandInOptions {
  /** Path prefix the handler answers under. Default "/github". Use "" when standalone. */
  prefix?: string;
  /** Tokens accepted in `Authorization: token X` / `Bearer X`; empty accepts any token (but one is required). */
  tokens?: readonly string[];
  /** Clock for `completesAfterMs` and timestamps. Default Date.now. */
  now?: () => number;
  /** The login installation tokens comment as. Default "github-actions[bot]" (what GITHUB_TOKEN is). */
  botLogin?: string;
  /** User tokens (token → login): `GET /user` answers for them and their comments are theirs. */
  users?: Readonly<Record<string, string>>;
  /** Commits pushed to the emulated repositories, for `GET /repos/{o}/{r}/commits/{sha}`. */
  pushedCommit?: (
    repo: string,
    sha: string,
  ) => { sha: string; message: string; author: string; at: number } | undefined;
}

export interface GitHubStandIn {
  /** Handles the request when its path is under the prefix; returns false (untouched) otherwise. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  state: GitHubStandInState;
  seedCheckRuns(repo: string, sha: string, runs: readonly CheckRunSeed[]): void;
  seedPull(repo: string, pull: { sha: string; number: number; headRef?: string; baseRef?: string }): void;
  /** Adds a comment by another account (e.g. a person quoting railpilot's marker). */
  seedComment(repo: string, comment: { issue: number; body: string; login: string; type?: string }): GitHubComment;
  /** Commits files (path → content, null deletes) on a branch (default main); returns the commit sha. */
  seedFiles(
    repo: string,
    files: Record<string, string | null>,
    options?: { branch?: string; message?: string },
  ): string;
  /** Issues, labels, pull requests and git objects of each repository. */
  repoData: Map<string, GitHubRepoData>;
  reset(): void;
}

const checkRunSeed = z.object({
  name: z.string().min(1),
  status: z.enum(["queued", "in_progress", "completed"]).optional(),
  conclusion: z
    .enum([
      "success",
      "failure",
      "neutral",
      "cancelled",
      "skipped",
      "timed_out",
      "action_required",
      "stale",
      "startup_failure",
    ])
    .nullable()
    .optional(),
  completesAfterMs: z.number().int().nonnegative().optional(),
});
export type CheckRunSeed = z.infer<typeof checkRunSeed>;

const seedChecksBody = z.object({
  repo: z.string().regex(/^[^/]+\/[^/]+$/),
  sha: z.string().min(1),
  checkRuns: z.array(checkRunSeed),
});
const seedPullBody = z.object({
  repo: z.string().regex(/^[^/]+\/[^/]+$/),
  sha: z.string().min(1),
  number: z.number().int().positive(),
  headRef: z.string().optional(),
  baseRef: z.string().optional(),
});
const commentBody = z.object({ body: z.string().min(1) });
const seedCommentBody = z.object({
  repo: z.string().regex(/^[^/]+\/[^/]+$/),
  issue: z.number().int().positive(),
  body: z.string().min(1),
  login: z.string().min(1),
  type: z.string().optional(),
});
const seedFilesBody = z.object({
  repo: z.string().regex(/^[^/]+\/[^/]+$/),
  branch: z.string().optional(),
  message: z.string().optional(),
  files: z.record(z.string(), z.string().nullable()),
});
const deploymentBody = z.object({
  ref: z.string().min(1),
  environment: z.string().optional(),
  description: z.string().nullable().optional(),
  payload: z.unknown().optional(),
  auto_merge: z.boolean().optional(),
  required_contexts: z.array(z.string()).optional(),
  transient_environment: z.boolean().optional(),
  production_environment: z.boolean().optional(),
  task: z.string().optional(),
});
const deploymentStatusBody = z.object({
  state: z.enum(["error", "failure", "inactive", "in_progress", "queued", "pending", "success"]),
  environment_url: z.string().optional(),
  log_url: z.string().optional(),
  description: z.string().optional(),
  environment: z.string().optional(),
  auto_inactive: z.boolean().optional(),
});

const HttpError = GitHubHttpError;

export function createGitHubStandIn(options: GitHubStandInOptions = {}): GitHubStandIn {
  const prefix = (options.prefix ?? "/github").replace(/\/$/, "");
  const now = options.now ?? Date.now;
  const botLogin = options.botLogin ?? "github-actions[bot]";
  const users = options.users ?? {};
  const state: GitHubStandInState = { repos: new Map(), requests: [] };
  const repoData = new Map<string, GitHubRepoData>();
  const dataOf = (name: string): GitHubRepoData => {
    let d = repoData.get(name);
    if (!d) {
      d = emptyRepoData(name);
      repoData.set(name, d);
    }
    return d;
  };
  let nextId = 1000;

  const repo = (name: string): GitHubRepoState => {
    let r = state.repos.get(name);
    if (!r) {
      r = { checkRuns: [], pulls: [], comments: [], deployments: [] };
      state.repos.set(name, r);
    }
    return r;
  };
  const iso = () => new Date(now()).toISOString();
  const settle = (run: GitHubCheckRun): GitHubCheckRun => {
    if (run.completesAt !== undefined && now() >= run.completesAt) {
      run.status = "completed";
      run.conclusion = run.finalConclusion ?? "success";
      run.completesAt = undefined;
    }
    return run;
  };
  const publicRun = (run: GitHubCheckRun) => {
    const { completesAt: _a, finalConclusion: _b, ...rest } = settle(run);
    return rest;
  };

  const standIn: GitHubStandIn = {
    state,
    handle(req, res) {
      const url = new URL(req.url ?? "/", "http://stand-in");
      if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
      const path = url.pathname.slice(prefix.length) || "/";
      void route(req, res, path, url.searchParams).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        send(res, status, {
          message: error instanceof Error ? error.message : "internal error",
          documentation_url: "https://docs.github.com/rest",
        });
      });
      return true;
    },
    seedCheckRuns(repoName, sha, runs) {
      const r = repo(repoName);
      r.checkRuns = r.checkRuns.filter((c) => !(c.head_sha === sha && runs.some((s) => s.name === c.name)));
      for (const seed of runs) {
        const id = nextId++;
        const delayed = seed.completesAfterMs !== undefined;
        const status = delayed
          ? seed.status === "completed" || !seed.status
            ? "in_progress"
            : seed.status
          : (seed.status ?? "completed");
        r.checkRuns.push({
          id,
          name: seed.name,
          head_sha: sha,
          status,
          conclusion: status === "completed" ? (seed.conclusion ?? "success") : null,
          html_url: `https://github.com/${repoName}/runs/${id}`,
          completesAt: delayed ? now() + (seed.completesAfterMs as number) : undefined,
          finalConclusion: delayed ? (seed.conclusion ?? "success") : undefined,
        });
      }
    },
    seedPull(repoName, pull) {
      const r = repo(repoName);
      r.pulls = r.pulls.filter((p) => p.number !== pull.number);
      r.pulls.push({
        number: pull.number,
        sha: pull.sha,
        headRef: pull.headRef ?? "feature",
        baseRef: pull.baseRef ?? "main",
        state: "open",
      });
    },
    seedComment(repoName, c) {
      const id = nextId++;
      const comment: GitHubComment = {
        id,
        issue: c.issue,
        body: c.body,
        user: { login: c.login, type: c.type ?? "User" },
        created_at: iso(),
        updated_at: iso(),
        html_url: `https://github.com/${repoName}/pull/${c.issue}#issuecomment-${id}`,
      };
      repo(repoName).comments.push(comment);
      return comment;
    },
    seedFiles(repoName, files, opts = {}) {
      return commitFiles(dataOf(repoName), opts.branch ?? "main", files, opts.message ?? "Update files");
    },
    repoData,
    reset() {
      state.repos.clear();
      state.requests.length = 0;
      repoData.clear();
    },
  };

  async function route(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    const method = req.method ?? "GET";
    if (path.startsWith("/_control/")) return control(req, res, method, path);
    state.requests.push(`${method} ${path}`);
    const auth = req.headers.authorization ?? "";
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    if (!token || (options.tokens?.length && !options.tokens.includes(token) && !Object.hasOwn(users, token)))
      throw new HttpError(401, "Bad credentials");
    const userLogin = Object.hasOwn(users, token) ? users[token] : undefined;
    const author = userLogin ? { login: userLogin, type: "User" } : { login: botLogin, type: "Bot" };

    if (path === "/user" && method === "GET") {
      if (!userLogin) throw new HttpError(403, "Resource not accessible by integration");
      return send(res, 200, { login: userLogin, id: 1, type: "User" });
    }

    let m = /^\/repos\/([^/]+\/[^/]+)\/commits\/([0-9a-f]{7,40})$/.exec(path);
    if (m && method === "GET") {
      const c = options.pushedCommit?.(m[1] as string, m[2] as string);
      if (!c)
        return send(res, 404, {
          message: "Not Found",
          documentation_url: "https://docs.github.com/rest/commits/commits#get-a-commit",
        });
      const who = { name: c.author, email: `${c.author}@users.noreply.github.com`, date: new Date(c.at).toISOString() };
      return send(res, 200, {
        sha: c.sha,
        commit: { message: c.message, author: who, committer: who },
        html_url: `https://github.com/${m[1]}/commit/${c.sha}`,
      });
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/check-runs$/.exec(path);
    if (m && method === "GET") {
      const ref = decodeURIComponent(m[2] as string);
      let runs = repo(m[1] as string)
        .checkRuns.filter((c) => c.head_sha === ref)
        .map(publicRun);
      const name = query.get("check_name");
      if (name) runs = runs.filter((c) => c.name === name);
      const page = paginate(runs, query);
      return send(res, 200, { total_count: runs.length, check_runs: page.items }, page.link(req, path));
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)\/pulls$/.exec(path);
    if (m && method === "GET") {
      const repoName = m[1] as string;
      const sha = decodeURIComponent(m[2] as string);
      const pulls = repo(repoName)
        .pulls.filter((p) => p.sha === sha)
        .map((p) => ({
          number: p.number,
          state: p.state,
          html_url: `https://github.com/${repoName}/pull/${p.number}`,
          head: { sha: p.sha, ref: p.headRef },
          base: { ref: p.baseRef },
        }));
      return send(res, 200, pulls);
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path);
    if (m) {
      const repoName = m[1] as string;
      const issue = Number(m[2]);
      const r = repo(repoName);
      if (method === "GET") {
        const page = paginate(
          r.comments.filter((c) => c.issue === issue),
          query,
        );
        return send(res, 200, page.items, page.link(req, path));
      }
      if (method === "POST") {
        const body = parse(commentBody, await readJson(req));
        const id = nextId++;
        const comment: GitHubComment = {
          id,
          issue,
          body: body.body,
          user: author,
          created_at: iso(),
          updated_at: iso(),
          html_url: `https://github.com/${repoName}/pull/${issue}#issuecomment-${id}`,
        };
        r.comments.push(comment);
        const commented = repoData.get(repoName)?.issues.find((i) => i.number === issue);
        if (commented) commented.comments++;
        return send(res, 201, comment);
      }
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path);
    if (m && method === "PATCH") {
      const comment = repo(m[1] as string).comments.find((c) => c.id === Number(m?.[2]));
      if (!comment) throw new HttpError(404, "Not Found");
      comment.body = parse(commentBody, await readJson(req)).body;
      comment.updated_at = iso();
      return send(res, 200, comment);
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/deployments$/.exec(path);
    if (m) {
      const r = repo(m[1] as string);
      if (method === "GET") {
        const list = r.deployments.filter(
          (d) =>
            (!query.get("sha") || d.sha === query.get("sha")) &&
            (!query.get("ref") || d.ref === query.get("ref")) &&
            (!query.get("environment") || d.environment === query.get("environment")),
        );
        const page = paginate([...list].reverse().map(publicDeployment), query);
        return send(res, 200, page.items, page.link(req, path));
      }
      if (method === "POST") {
        const body = parse(deploymentBody, await readJson(req));
        const deployment: GitHubDeploymentRecord = {
          id: nextId++,
          sha: body.ref,
          ref: body.ref,
          environment: body.environment ?? "production",
          description: body.description ?? null,
          payload: body.payload ?? {},
          transient_environment: body.transient_environment ?? false,
          production_environment: body.production_environment ?? body.environment === "production",
          created_at: iso(),
          statuses: [],
        };
        r.deployments.push(deployment);
        return send(res, 201, publicDeployment(deployment));
      }
    }
    m = /^\/repos\/([^/]+\/[^/]+)\/deployments\/(\d+)\/statuses$/.exec(path);
    if (m) {
      const deployment = repo(m[1] as string).deployments.find((d) => d.id === Number(m?.[2]));
      if (!deployment) throw new HttpError(404, "Not Found");
      if (method === "GET") return send(res, 200, [...deployment.statuses].reverse());
      if (method === "POST") {
        const body = parse(deploymentStatusBody, await readJson(req));
        const status = {
          id: nextId++,
          state: body.state,
          environment_url: body.environment_url ?? "",
          log_url: body.log_url ?? "",
          description: body.description ?? "",
          created_at: iso(),
        };
        deployment.statuses.push(status);
        return send(res, 201, status);
      }
    }
    const handled = await routeRepoApi(
      {
        now,
        nextId: () => nextId++,
        author,
        data: dataOf,
        allRepos: () => repoData.entries(),
        readJson,
        send,
        paginate,
        notePull: (repoName, pull) => standIn.seedPull(repoName, pull),
      },
      req,
      res,
      method,
      path,
      query,
    );
    if (handled) return;
    throw new HttpError(404, "Not Found");
  }

  async function control(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
    path: string,
  ): Promise<void> {
    if (method === "POST" && path === "/_control/check-runs") {
      const body = parse(seedChecksBody, await readJson(req));
      standIn.seedCheckRuns(body.repo, body.sha, body.checkRuns);
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/_control/pulls") {
      const body = parse(seedPullBody, await readJson(req));
      standIn.seedPull(body.repo, body);
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/_control/comments") {
      const body = parse(seedCommentBody, await readJson(req));
      return send(res, 200, standIn.seedComment(body.repo, body));
    }
    if (method === "POST" && path === "/_control/files") {
      const body = parse(seedFilesBody, await readJson(req));
      return send(res, 200, {
        ok: true,
        sha: standIn.seedFiles(body.repo, body.files, { branch: body.branch, message: body.message }),
      });
    }
    if (method === "POST" && path === "/_control/reset") {
      standIn.reset();
      return send(res, 200, { ok: true });
    }
    if (method === "GET" && path === "/_control/state") {
      const repos: Record<string, unknown> = {};
      for (const [name, r] of state.repos) repos[name] = { ...r, checkRuns: r.checkRuns.map(publicRun) };
      for (const [name, d] of repoData) {
        const files = (ref: string) => Object.fromEntries(d.trees.get(d.commits.get(ref)?.tree ?? "") ?? []);
        const branches = Object.fromEntries(
          [...d.refs]
            .filter(([ref]) => ref.startsWith("refs/heads/"))
            .map(([ref, sha]) => [ref.slice(11), { sha, files: files(sha) }]),
        );
        repos[name] = {
          ...((repos[name] as object | undefined) ?? {}),
          issues: d.issues,
          labels: d.labels,
          pullRequests: d.pullRequests,
          branches,
        };
      }
      return send(res, 200, { repos, requests: state.requests });
    }
    throw new HttpError(404, "Not Found");
  }

  return standIn;
}

function publicDeployment(d: GitHubDeploymentRecord) {
  const { statuses: _s, ...rest } = d;
  return rest;
}

function paginate<T>(items: T[], query: URLSearchParams) {
  const perPage = Math.min(100, Math.max(1, Number(query.get("per_page") ?? 30) || 30));
  const page = Math.max(1, Number(query.get("page") ?? 1) || 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  return {
    items: slice,
    link(req: http.IncomingMessage, path: string): Record<string, string> {
      if (page * perPage >= items.length) return {};
      const host = req.headers.host ?? "127.0.0.1";
      const base = (req.url ?? path).split("?")[0];
      const next = new URLSearchParams(query);
      next.set("page", String(page + 1));
      next.set("per_page", String(perPage));
      return { link: `<http://${host}${base}?${next}>; rel="next"` };
    },
  };
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(422, `Validation Failed: ${z.prettifyError(result.error)}`);
  return result.data;
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new HttpError(413, "Payload too large");
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "Problems parsing JSON");
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/** Starts the stand-in alone on its own port (tests, or before the emulator mounts it). */
export async function startGitHubStandIn(
  options: GitHubStandInOptions & { port?: number; host?: string } = {},
): Promise<{
  url: string;
  standIn: GitHubStandIn;
  close(): Promise<void>;
}> {
  const standIn = createGitHubStandIn({ ...options, prefix: options.prefix ?? "/github" });
  const server = http.createServer((req, res) => {
    if (!standIn.handle(req, res)) send(res, 404, { message: "Not Found" });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${(options.prefix ?? "/github").replace(/\/$/, "")}`,
    standIn,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
