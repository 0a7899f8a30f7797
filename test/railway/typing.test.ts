import { describe, expectTypeOf, it } from "vitest";
import {
  type DeploymentStatus,
  DeploymentUpdatesDocument,
  MeDocument,
  RailwayClient,
  ServiceInstanceDocument,
  type ServiceInstanceQuery,
  VariablesDocument,
} from "../../src/index.js";

// These checks run under `npm run typecheck` (tsc covers test/): a wrong signature fails the build.
describe("public typing of RailwayClient", () => {
  const client = new RailwayClient({ env: {} });

  it("types request results from the document and lets operations without required variables omit them", () => {
    const run = () => client.request(MeDocument);
    expectTypeOf(run).returns.resolves.toHaveProperty("me");
    expectTypeOf<Awaited<ReturnType<typeof run>>["me"]["email"]>().toEqualTypeOf<string>();
  });

  it("requires the variables an operation declares as non-null", () => {
    const run = () => client.request(ServiceInstanceDocument, { serviceId: "s", environmentId: "e" });
    expectTypeOf(run).returns.resolves.toEqualTypeOf<ServiceInstanceQuery>();
    // @ts-expect-error environmentId is required
    const missing = () => client.request(ServiceInstanceDocument, { serviceId: "s" });
    // @ts-expect-error variables are required for ServiceInstance
    const none = () => client.request(ServiceInstanceDocument);
    // @ts-expect-error unknown variable
    const extra = () => client.request(VariablesDocument, { projectId: "p", environmentId: "e", bogus: 1 });
    expectTypeOf(missing).toBeFunction();
    expectTypeOf(none).toBeFunction();
    expectTypeOf(extra).toBeFunction();
  });

  it("types subscription results and the deployment status union", () => {
    const stream = () => client.subscribe(DeploymentUpdatesDocument, { id: "d" });
    expectTypeOf<ReturnType<typeof stream>>().toExtend<AsyncIterable<{ deployment: { status: DeploymentStatus } }>>();
    expectTypeOf<"SUCCESS">().toExtend<DeploymentStatus>();
    // @ts-expect-error ACTIVE is a dashboard label, not an API status
    expectTypeOf<"ACTIVE">().toExtend<DeploymentStatus>();
  });
});
