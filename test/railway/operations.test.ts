import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, validate, visit } from "graphql";
import { describe, expect, it } from "vitest";
import { codegenConfig } from "../../codegen.js";
import * as railway from "../../src/railway/index.js";
import { loadRealSchema, REAL_SCHEMA_PATH } from "../helpers/real-schema.js";

const root = join(import.meta.dirname, "..", "..");
const opsDir = join(root, "src", "railway", "operations");
const realSchema = loadRealSchema();

function exportedDocuments(): [string, DocumentNode][] {
  return Object.entries(railway).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith("Document") &&
      typeof entry[1] === "object" &&
      entry[1] !== null &&
      (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
  );
}

function operationOf(doc: DocumentNode): OperationDefinitionNode {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) throw new Error("document without an operation");
  return op;
}

describe("Railway operation documents", () => {
  it.skipIf(!realSchema)("every exported document validates against Railway's real public schema", () => {
    const docs = exportedDocuments();
    expect(docs.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const [name, doc] of docs) {
      const errors = validate(realSchema!, doc);
      if (errors.length) failures.push(`${name}: ${errors.map((e) => e.message).join("; ")}`);
    }
    expect(failures).toEqual([]);
  });

  it.skipIf(!realSchema)("the schema copy codegen uses is identical to ../shared/railway/schema.graphql", () => {
    const copy = readFileSync(join(root, "src", "railway", "schema", "railway.graphql"), "utf8");
    const same = copy === readFileSync(REAL_SCHEMA_PATH, "utf8");
    expect(
      same,
      "the copy is stale: cp ../shared/railway/schema.graphql src/railway/schema/railway.graphql && npm run codegen",
    ).toBe(true);
  });

  it("covers every Railway field the deploy, provision and autopilot code relies on", () => {
    const rootFields = new Set<string>();
    for (const [, doc] of exportedDocuments()) {
      const op = operationOf(doc);
      for (const sel of op.selectionSet.selections)
        if (sel.kind === Kind.FIELD) rootFields.add(`${op.operation}:${sel.name.value}`);
    }
    const queries = [
      "me",
      "projects",
      "project",
      "projectToken",
      "environments",
      "service",
      "serviceInstance",
      "deployments",
      "deployment",
      "deploymentEvents",
      "buildLogs",
      "deploymentLogs",
      "environmentLogs",
      "httpLogs",
      "metrics",
      "httpMetrics",
      "variables",
      "domains",
      "template",
      "workflowStatus",
    ];
    const mutations = [
      "projectCreate",
      "projectUpdate",
      "projectDelete",
      "projectScheduleDelete",
      "projectScheduleDeleteCancel",
      "projectScheduleDeleteForce",
      "environmentCreate",
      "serviceCreate",
      "serviceConnect",
      "serviceDelete",
      "serviceInstanceUpdate",
      "serviceInstanceLimitsUpdate",
      "serviceInstanceDeployV2",
      "serviceInstanceRedeploy",
      "deploymentRedeploy",
      "deploymentRollback",
      "deploymentRestart",
      "deploymentCancel",
      "deploymentRemove",
      "variableUpsert",
      "variableCollectionUpsert",
      "variableDelete",
      "serviceDomainCreate",
      "customDomainCreate",
      "volumeCreate",
      "templateDeployV2",
    ];
    const subscriptions = ["deployment", "deploymentEvents", "buildLogs", "deploymentLogs", "environmentLogs"];
    const wanted = [
      ...queries.map((f) => `query:${f}`),
      ...mutations.map((f) => `mutation:${f}`),
      ...subscriptions.map((f) => `subscription:${f}`),
    ];
    expect(wanted.filter((w) => !rootFields.has(w))).toEqual([]);
  });

  it("passes every string value through variables, never inlined into the query text", () => {
    for (const file of readdirSync(opsDir)) {
      const doc = parse(readFileSync(join(opsDir, file), "utf8"));
      const literals: string[] = [];
      // Constant page sizes and flags (`first: 100`) are fine; ids, names and other strings are not.
      visit(doc, {
        StringValue(node) {
          literals.push(`${file}:${JSON.stringify(node.value)}`);
        },
      });
      expect(literals).toEqual([]);
    }
  });
});

describe("generated code", () => {
  it("is up to date with the operation documents (run `npm run codegen` when this fails)", async () => {
    const outputs = (await generate({ ...codegenConfig, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.map((o) => o.filename).sort()).toEqual([
      "src/emulator/generated/schema-types.ts",
      "src/railway/generated/graphql.ts",
    ]);
    for (const output of outputs) {
      const onDisk = readFileSync(join(root, output.filename), "utf8");
      expect(onDisk === output.content, `${output.filename} is stale`).toBe(true);
    }
  }, 60_000);
});
