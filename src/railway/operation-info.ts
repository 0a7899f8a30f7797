import { type DocumentNode, getOperationAST, Kind, type OperationDefinitionNode, print } from "graphql";
import { stripNulls } from "./strip-nulls.js";

/** What the client needs to know about a document, computed once per document. */
export interface PreparedOperation {
  query: string;
  operationName: string | undefined;
  operationType: "query" | "mutation" | "subscription";
  rootField: string | undefined;
  jsonVariables: ReadonlySet<string>;
}

/** Scalars whose values are JSON: nulls inside them mean something and are never stripped. */
const JSON_SCALARS = new Set([
  "JSON",
  "EnvironmentConfig",
  "EnvironmentVariables",
  "SerializedTemplateConfig",
  "DeploymentMeta",
  "TemplateConfig",
]);
/** Log queries that return limit+1 rows (a Railway off-by-one the CLI also works around). */
const LIMIT_PLUS_ONE_FIELDS = new Set(["buildLogs", "deploymentLogs"]);
const prepared = new WeakMap<DocumentNode, PreparedOperation>();

export function prepare(document: DocumentNode): PreparedOperation {
  const cached = prepared.get(document);
  if (cached) return cached;
  const op: OperationDefinitionNode | null | undefined = getOperationAST(document);
  if (!op) throw new TypeError("The document has no single operation");
  const first = op.selectionSet.selections[0];
  const jsonVariables = new Set<string>();
  for (const def of op.variableDefinitions ?? []) {
    let t = def.type;
    while (t.kind !== Kind.NAMED_TYPE) t = t.type;
    if (JSON_SCALARS.has(t.name.value)) jsonVariables.add(def.variable.name.value);
  }
  const result: PreparedOperation = {
    query: print(document),
    operationName: op.name?.value,
    operationType: op.operation as PreparedOperation["operationType"],
    rootField: first?.kind === Kind.FIELD ? first.name.value : undefined,
    jsonVariables,
  };
  prepared.set(document, result);
  return result;
}

/** Variables as sent: nulls stripped recursively, except inside JSON-scalar variables. */
export function prepareVariables(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  strip = true,
): Record<string, unknown> {
  if (!variables) return {};
  if (!strip) return variables;
  const { jsonVariables } = prepare(document);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (value === null || value === undefined) continue;
    out[name] = jsonVariables.has(name) ? value : stripNulls(value);
  }
  return out;
}

/** Trims the limit+1 rows Railway returns for buildLogs/deploymentLogs, keeping the newest `limit`. */
export function trimLogRows(
  rootField: string | undefined,
  data: Record<string, unknown>,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  if (!rootField || !LIMIT_PLUS_ONE_FIELDS.has(rootField)) return data;
  const limit = variables.limit;
  const rows = data[rootField];
  if (typeof limit !== "number" || limit < 0 || !Array.isArray(rows) || rows.length <= limit) return data;
  return { ...data, [rootField]: rows.slice(rows.length - limit) };
}
