import type { DeploymentSnapshot, ServiceInstanceInfo } from "./railway-deploy-api.js";

/** The domain lists of a service instance (all serviceUrl reads of it). */
type DomainLists = {
  serviceDomains: ReadonlyArray<Pick<ServiceInstanceInfo["domains"]["serviceDomains"][number], "domain">>;
  customDomains: ReadonlyArray<Pick<ServiceInstanceInfo["domains"]["customDomains"][number], "domain">>;
};

/** The public URL of a service: its Railway domain (or first custom domain), https. */
export function serviceUrl(
  instance: { domains: DomainLists } | undefined,
  snapshot: DeploymentSnapshot | undefined,
): string | undefined {
  const domain =
    instance?.domains.serviceDomains[0]?.domain ??
    instance?.domains.customDomains[0]?.domain ??
    snapshot?.staticUrl ??
    undefined;
  if (!domain) return undefined;
  return domain.startsWith("http") ? domain : `https://${domain}`;
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/$/, "")}/${path.replace(/^\//, "")}`;
}
