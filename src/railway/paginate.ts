import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { RailwayClient, RequestOptions } from "./railway-client.js";

/** The Relay connection shape Railway uses everywhere. */
export interface Connection<N> {
  edges: readonly { node: N; cursor?: string }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PaginateOptions extends RequestOptions {
  /** Page size when `variables.first` is not set. Default: 50. */
  pageSize?: number;
  /** Stops after this many pages. Default: unlimited. */
  maxPages?: number;
}

/**
 * Iterates every node of a Relay connection, fetching page after page with `first`/`after`.
 * `select` picks the connection out of the result, e.g. `(d) => d.deployments`.
 *
 * ```ts
 * for await (const d of paginate(client, DeploymentsDocument, { input: { serviceId } }, (r) => r.deployments)) …
 * ```
 */
export async function* paginate<R, V extends { first?: number | null; after?: string | null }, N>(
  client: RailwayClient,
  document: TypedDocumentNode<R, V>,
  variables: Omit<V, "after">,
  select: (result: R) => Connection<N>,
  options: PaginateOptions = {},
): AsyncGenerator<N, void, undefined> {
  const { pageSize = 50, maxPages = Number.POSITIVE_INFINITY, ...requestOptions } = options;
  let after: string | null | undefined;
  for (let page = 0; page < maxPages; page++) {
    const vars = { first: pageSize, ...variables, ...(after ? { after } : {}) } as unknown as V;
    const request = client.request as (doc: TypedDocumentNode<R, V>, vars: V, options: RequestOptions) => Promise<R>;
    const result = await request.call(client, document, vars, requestOptions);
    const connection = select(result);
    for (const edge of connection.edges) yield edge.node;
    const next = connection.pageInfo.endCursor;
    if (!connection.pageInfo.hasNextPage || !next || next === after) return;
    after = next;
  }
}
