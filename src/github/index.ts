// GitHub adapter: the CI gate (checks), the PR comment and GitHub Deployments. Base URL configurable.
export {
  createGitHubClient,
  gitHubSettingsFromEnv,
  gitHubSettingsFromConfig,
  gitHubFailure,
  GitHubError,
  GitHubSettingsError,
  type GitHubSettings,
  type GitHubConfigInput,
  type GitHubClientOptions,
} from "./github-client.js";
export {
  evaluateChecks,
  waitForChecks,
  ChecksFailedError,
  ChecksPendingError,
  type CheckRunInfo,
  type ChecksDecision,
  type CheckRules,
  type WaitForChecksOptions,
} from "./check-gate.js";
export {
  commentMarker,
  commentAuthor,
  GITHUB_ACTIONS_BOT,
  renderDeployComment,
  upsertPrComment,
  type CommentAuthor,
  type DeployOutcome,
  type UpsertCommentResult,
} from "./pr-comment.js";
export {
  recordGitHubDeployment,
  deploymentStateForVerdict,
  type GitHubDeploymentState,
  type RecordDeploymentOptions,
} from "./github-deployment.js";
export { environmentForBranch, DEFAULT_BRANCH_ENVIRONMENTS } from "./branch-environment.js";
