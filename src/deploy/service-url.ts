import type { DeploymentSnapshot, ServiceInstanceInfo } from "./railway-deploy-api.js";

/** The public URL of a service: its Railway domain (or first custom domain), https. */
export function serviceUrl(
  instance: ServiceInstanceInfo | undefined,
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
