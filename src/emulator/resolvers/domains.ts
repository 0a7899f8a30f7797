import { badRequest, notFound } from "../emulator-errors.js";
import type {
  MutationCustomDomainCreateArgs,
  MutationCustomDomainDeleteArgs,
  MutationServiceDomainCreateArgs,
  MutationServiceDomainDeleteArgs,
  QueryDomainsArgs,
} from "../generated/schema-types.js";
import { customDomainView, domainsView, serviceDomainView } from "../graphql-views.js";
import { touchService } from "../request-context.js";
import { mutation, type ResolverGroup, type RootResolver } from "./resolver-kit.js";

const domains: RootResolver<QueryDomainsArgs> = ({ projectId, serviceId, environmentId }, ctx) => {
  ctx.auth.project(projectId);
  ctx.auth.service(serviceId);
  ctx.auth.environment(environmentId);
  ctx.world.getInstance(serviceId, environmentId);
  return domainsView(ctx, serviceId, environmentId);
};

const serviceDomainCreate = mutation<MutationServiceDomainCreateArgs>(({ input }, ctx) => {
  ctx.auth.service(input.serviceId);
  ctx.auth.environment(input.environmentId);
  ctx.world.getService(input.serviceId); // API callers do not see a service that has not propagated yet
  touchService(ctx, input.serviceId);
  return serviceDomainView(ctx.world.createServiceDomain(input.serviceId, input.environmentId, input.targetPort));
});

const serviceDomainDelete = mutation<MutationServiceDomainDeleteArgs>(({ id }, ctx) => {
  const d = ctx.world.serviceDomains.get(id);
  if (!d) throw notFound("Service domain");
  ctx.auth.service(d.serviceId);
  ctx.world.serviceDomains.delete(id);
  return true;
});

const customDomainCreate = mutation<MutationCustomDomainCreateArgs>(({ input }, ctx) => {
  ctx.auth.project(input.projectId);
  ctx.auth.service(input.serviceId);
  ctx.auth.environment(input.environmentId);
  ctx.world.getService(input.serviceId); // not before it has propagated
  const domain = input.domain.toLowerCase();
  if (!/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/.test(domain)) throw badRequest("Invalid domain");
  return customDomainView(
    ctx.world.createCustomDomain({
      domain,
      projectId: input.projectId,
      environmentId: input.environmentId,
      serviceId: input.serviceId,
      targetPort: input.targetPort,
    }),
  );
});

const customDomainDelete = mutation<MutationCustomDomainDeleteArgs>(({ id }, ctx) => {
  const d = ctx.world.customDomains.get(id);
  if (!d) throw notFound("Custom domain");
  ctx.auth.service(d.serviceId);
  ctx.world.customDomains.delete(id);
  return true;
});

export const domainQueries: ResolverGroup = { domains };
export const domainMutations: ResolverGroup = {
  serviceDomainCreate,
  serviceDomainDelete,
  customDomainCreate,
  customDomainDelete,
};
