// The emulator's root resolvers, one module per domain (like src/railway/operations).
import { deploymentMutations, deploymentQueries } from "./deployments.js";
import { domainMutations, domainQueries } from "./domains.js";
import { environmentMutations, environmentQueries } from "./environments.js";
import { identityMutations, identityQueries } from "./identity.js";
import { logQueries } from "./logs.js";
import { metricQueries } from "./metrics.js";
import { projectMutations, projectQueries } from "./projects.js";
import type { ResolverGroup } from "./resolver-kit.js";
import { serviceMutations, serviceQueries } from "./services.js";
import { templateMutations, templateQueries } from "./templates.js";
import { variableMutations, variableQueries } from "./variables.js";
import { volumeMutations } from "./volumes.js";
import { webhookMutations } from "./webhooks.js";

export type { ResolverGroup, RootResolver } from "./resolver-kit.js";
export { environmentLogRows, httpLogFilter } from "./logs.js";

export const Query: ResolverGroup = {
  ...identityQueries,
  ...projectQueries,
  ...environmentQueries,
  ...serviceQueries,
  ...deploymentQueries,
  ...logQueries,
  ...metricQueries,
  ...variableQueries,
  ...domainQueries,
  ...templateQueries,
};

export const Mutation: ResolverGroup = {
  ...identityMutations,
  ...projectMutations,
  ...environmentMutations,
  ...serviceMutations,
  ...deploymentMutations,
  ...variableMutations,
  ...domainMutations,
  ...volumeMutations,
  ...templateMutations,
  ...webhookMutations,
};
