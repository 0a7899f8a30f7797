import { readFileSync } from "node:fs";
import {
  buildSchema,
  type DocumentNode,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from "graphql";
import { Mutation, Query, type ResolverGroup } from "./resolvers/index.js";
import { Subscription } from "./graphql-subscriptions.js";
import type { RequestContext } from "./request-context.js";

/** The emulator's SDL: Railway's schema pruned to what is implemented (generated, see scripts/emulator-sdl.mjs). */
export const SCHEMA_URL = new URL("./schema.graphql", import.meta.url);

type Args = Record<string, unknown>;

/** The id a mutation acts on, for the mutation log: `id`, `serviceId` or `input.serviceId`. */
function targetOf(args: Args): { target: string | null; environmentId: string | null } {
  const input = typeof args.input === "object" && args.input !== null ? (args.input as Args) : {};
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    target: str(args.id) ?? str(args.serviceId) ?? str(input.serviceId) ?? null,
    environmentId: str(args.environmentId) ?? str(input.environmentId) ?? null,
  };
}

/** Wraps a mutation resolver so every call lands in the mutation log with its emulator time and outcome. */
function logged(field: string, fn: ResolverGroup[string]): GraphQLFieldResolver<unknown, RequestContext, Args> {
  return (_src, args, ctx) => {
    const base = { at: ctx.world.now(), field, ...targetOf(args) };
    const fail = (error: unknown) => {
      ctx.recordMutation({ ...base, ok: false, error: error instanceof Error ? error.message : String(error) });
      throw error;
    };
    try {
      const result = fn(args as never, ctx);
      if (result instanceof Promise) {
        return result.then((value: unknown) => {
          ctx.recordMutation({ ...base, ok: true });
          return value;
        }, fail);
      }
      ctx.recordMutation({ ...base, ok: true });
      return result;
    } catch (error) {
      return fail(error);
    }
  };
}

/** Builds the executable schema: the SDL plus root resolvers (object fields resolve from views). */
export function createSchema(): GraphQLSchema {
  const schema = buildSchema(readFileSync(SCHEMA_URL, "utf8"));
  const bind = (typeName: "Query" | "Mutation", impl: ResolverGroup) => {
    const type = schema.getType(typeName);
    if (!type || !("getFields" in type)) return;
    for (const [name, field] of Object.entries(type.getFields())) {
      const fn = impl[name];
      if (!fn) throw new Error(`emulator: no resolver for ${typeName}.${name}`);
      const resolve: GraphQLFieldResolver<unknown, RequestContext, Args> =
        typeName === "Mutation" ? logged(name, fn) : (_src, args, ctx) => fn(args as never, ctx);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  };
  bind("Query", Query);
  bind("Mutation", Mutation);
  const sub = schema.getSubscriptionType();
  if (sub) {
    for (const [name, field] of Object.entries(sub.getFields())) {
      const fn = Subscription[name];
      if (!fn) throw new Error(`emulator: no subscription for ${name}`);
      // graphql-js has validated `args` against the SDL the generated Args types come from.
      field.subscribe = ((_src: unknown, args: Args, ctx: RequestContext) =>
        fn(args as never, ctx)) as GraphQLFieldResolver<unknown, unknown>;
      field.resolve = (payload: unknown) => payload;
    }
  }
  return schema;
}

/** A parsed and validated document with what stats need to know about it. */
export interface PreparedDocument {
  document: DocumentNode;
  errors: readonly GraphQLError[];
  /** operationName → kind and label for stats (label = name, or the first root field). */
  operations: Map<string | undefined, { kind: "query" | "mutation" | "subscription"; label: string }>;
}

/**
 * Parses and validates once per distinct query text (a bounded cache), so the hot path of a
 * polling client is just `execute`.
 */
export class DocumentCache {
  private cache = new Map<string, PreparedDocument>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly max = 500,
  ) {}

  prepare(query: string): PreparedDocument {
    const hit = this.cache.get(query);
    if (hit) return hit;
    const document = parse(query);
    const errors = validate(this.schema, document);
    const operations: PreparedDocument["operations"] = new Map();
    const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    for (const op of ops) {
      const first = op.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
      const label = op.name?.value ?? (first && first.kind === Kind.FIELD ? first.name.value : "anonymous");
      operations.set(op.name?.value, { kind: op.operation, label });
    }
    if (ops.length === 1 && ops[0]?.name)
      operations.set(undefined, operations.get(ops[0].name.value) as { kind: "query"; label: string });
    const prepared = { document, errors, operations };
    if (this.cache.size >= this.max) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(query, prepared);
    return prepared;
  }
}
