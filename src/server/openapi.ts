/** The OpenAPI 3 document of the HTTP API, generated from the routes' zod schemas. */
import { z } from "zod";

export interface RouteDescriptor {
  method: "GET" | "POST";
  url: string;
  summary: string;
  tag: string;
  public: boolean;
  query?: z.ZodType | undefined;
  params?: z.ZodType | undefined;
  body?: z.ZodType | undefined;
  response: z.ZodType | "text/html" | "text/plain" | "text/event-stream";
}

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: "openapi-3.0",
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: "query" | "path"): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    schema: s,
  }));
}

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: { code: { type: "string" }, message: { type: "string" } },
      required: ["code", "message"],
    },
  },
  required: ["error"],
};

export function buildOpenApiDocument(routes: readonly RouteDescriptor[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]\w*)/g, "{$1}");
    const ok =
      typeof r.response === "string"
        ? { description: "OK", content: { [r.response]: { schema: { type: "string" } } } }
        : { description: "OK", content: { "application/json": { schema: toSchema(r.response, "output") } } };
    const responses: Record<string, unknown> = {
      [r.url.startsWith("/webhooks/") ? "202" : "200"]: ok,
      "400": { description: "Invalid request", content: { "application/json": { schema: errorSchema } } },
    };
    if (!r.public || r.url.startsWith("/webhooks/"))
      responses["401"] = {
        description: "Missing or wrong token",
        content: { "application/json": { schema: errorSchema } },
      };
    if (r.url.startsWith("/webhooks/")) responses["413"] = { description: "Body larger than 1 MB" };
    const operation: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
      responses,
      ...(r.public ? { security: [] } : {}),
    };
    if (r.body)
      operation.requestBody = {
        required: r.url.startsWith("/webhooks/"),
        content: { "application/json": { schema: toSchema(r.body, "input") } },
      };
    paths[path] = { ...(paths[path] ?? {}), [r.method.toLowerCase()]: operation };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "railpilot autopilot API",
      version: "1",
      description: "Read and steer a running railpilot autopilot.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths,
  };
}
