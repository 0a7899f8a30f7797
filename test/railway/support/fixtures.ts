/** A Deployment object with every field the client's DeploymentFields fragment selects. */
export function deploymentFixture(id: string, status = "BUILDING", extra: Record<string, unknown> = {}) {
  return {
    id,
    status,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    statusUpdatedAt: "2026-01-01T00:00:00.000Z",
    canRollback: false,
    canRedeploy: true,
    deploymentStopped: false,
    meta: { commitHash: "abc123" },
    url: null,
    staticUrl: null,
    serviceId: "svc",
    environmentId: "env",
    projectId: "proj",
    snapshotId: null,
    creator: null,
    instances: [],
    ...extra,
  };
}

/** A Log row with the fields LogFields selects. */
export function logRow(second: number, message: string, nanos = "000000000") {
  return {
    message,
    timestamp: `2026-01-01T00:00:${String(second).padStart(2, "0")}.${nanos}Z`,
    severity: "info",
    attributes: [],
    tags: null,
  };
}

/** A promise with its resolve function exposed. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
