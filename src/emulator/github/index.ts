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
