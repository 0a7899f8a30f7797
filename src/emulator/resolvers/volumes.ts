import { notFound } from "../emulator-errors.js";
import type { MutationVolumeCreateArgs, MutationVolumeDeleteArgs } from "../generated/schema-types.js";
import { volumeView } from "../graphql-views.js";
import { mutation, type ResolverGroup } from "./resolver-kit.js";

const volumeCreate = mutation<MutationVolumeCreateArgs>(({ input }, ctx) => {
  const project = ctx.auth.project(input.projectId);
  if (input.serviceId) {
    ctx.auth.service(input.serviceId);
    ctx.world.getService(input.serviceId); // not before it has propagated
  }
  if (input.environmentId) ctx.auth.environment(input.environmentId);
  const vol = ctx.world.createVolume({
    projectId: project.id,
    mountPath: input.mountPath,
    // Omitted and null differ (API-NOTES §4): keep `undefined` when the key is absent.
    environmentId: "environmentId" in input ? (input.environmentId ?? null) : undefined,
    serviceId: input.serviceId ?? null,
    region: input.region,
  });
  return volumeView(ctx, vol);
});

const volumeDelete = mutation<MutationVolumeDeleteArgs>(({ volumeId }, ctx) => {
  const vol = ctx.world.volumes.get(volumeId);
  if (!vol) throw notFound("Volume");
  ctx.auth.project(vol.projectId);
  ctx.world.deleteVolume(volumeId);
  return true;
});

export const volumeMutations: ResolverGroup = { volumeCreate, volumeDelete };
