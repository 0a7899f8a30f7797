import { notAuthorized } from "../emulator-errors.js";
import type { PageArgs } from "../graphql-views.js";
import type { RequestContext } from "../request-context.js";

/**
 * A root field resolver: its arguments typed with the generated `Query…Args`/`Mutation…Args`
 * (src/emulator/generated/schema-types.ts), and the request context.
 */
export type RootResolver<A = Record<string, never>> = (args: A, ctx: RequestContext) => unknown;

/** A group of root resolvers; graphql-schema.ts binds them by field name. */
export type ResolverGroup = Record<string, RootResolver<never>>;

/** Wraps a mutation: requires a token and counts it. */
export function mutation<A>(fn: RootResolver<A>): RootResolver<A> {
  return (args, ctx) => {
    ctx.auth.require();
    ctx.onMutation();
    return fn(args, ctx);
  };
}

/** Account-level mutations are refused to project tokens. */
export function projectTokenForbidden(ctx: RequestContext): void {
  if (ctx.auth.token?.kind === "project") throw notAuthorized();
}

/** Relay arguments as the views take them. */
export function page(args: {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}): PageArgs {
  return { first: args.first, after: args.after, last: args.last, before: args.before };
}

/** An EnvironmentVariables map as strings (non-strings are JSON-encoded, nulls dropped). */
export function varsInput(v: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(v ?? {})) {
    if (val === null || val === undefined) continue;
    out[k] = typeof val === "string" ? val : JSON.stringify(val);
  }
  return out;
}
