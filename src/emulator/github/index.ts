export {
  createGitHubStandIn,
  startGitHubStandIn,
  type GitHubStandIn,
  type GitHubStandInOptions,
  type GitHubStandInState,
  type CheckRunSeed,
  type GitHubCheckRun,
  type GitHubComment,
  type GitHubDeploymentRecord,
} from "./github-stand-in.js";
export {
  commitFiles,
  type GitHubIssue,
  type GitHubLabel,
  type GitHubPullRequest,
  type GitHubRepoData,
} from "./github-repo-api.js";
