import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputField,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
} from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_URL } from "../../src/emulator/index.js";
import { loadRealSchema } from "../helpers/real-schema.js";

const real = loadRealSchema();
const root = join(import.meta.dirname, "..", "..");

describe.skipIf(!real)("emulator SDL", () => {
  const ours = buildSchema(readFileSync(SCHEMA_URL, "utf8"));

  it("declares only types, fields, arguments and enum values that exist in Railway's schema with the same types", () => {
    const problems: string[] = [];
    for (const type of Object.values(ours.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      const theirs = real?.getType(type.name);
      if (!theirs) {
        problems.push(`unknown type ${type.name}`);
        continue;
      }
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        if (!("getFields" in theirs)) {
          problems.push(`${type.name} is not an object type in Railway's schema`);
          continue;
        }
        const theirFields = theirs.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>;
        for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
          const rf = theirFields[field.name];
          if (!rf) {
            problems.push(`unknown field ${type.name}.${field.name}`);
            continue;
          }
          if (String(rf.type) !== String(field.type))
            problems.push(`${type.name}.${field.name}: ${field.type} vs ${rf.type}`);
          for (const arg of "args" in field ? field.args : []) {
            const ra = "args" in rf ? rf.args.find((a) => a.name === arg.name) : undefined;
            if (!ra) problems.push(`unknown argument ${type.name}.${field.name}(${arg.name})`);
            else if (String(ra.type) !== String(arg.type))
              problems.push(`${type.name}.${field.name}(${arg.name}): ${arg.type} vs ${ra.type}`);
          }
        }
      }
      if (isEnumType(type)) {
        if (!isEnumType(theirs)) problems.push(`${type.name} is not an enum in Railway's schema`);
        else
          for (const v of type.getValues())
            if (!theirs.getValue(v.name)) problems.push(`unknown enum value ${type.name}.${v.name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("serves the operations the brief names", () => {
    const q = Object.keys(ours.getQueryType()?.getFields() ?? {});
    const m = Object.keys(ours.getMutationType()?.getFields() ?? {});
    const s = Object.keys(ours.getSubscriptionType()?.getFields() ?? {});
    expect(q).toEqual(
      expect.arrayContaining([
        "me",
        "projects",
        "project",
        "serviceInstance",
        "deployments",
        "deploymentLogs",
        "variables",
        "metrics",
        "httpLogs",
        "workflowStatus",
      ]),
    );
    expect(m).toEqual(
      expect.arrayContaining([
        "serviceInstanceDeployV2",
        "deploymentRollback",
        "variableCollectionUpsert",
        "templateDeployV2",
        "projectScheduleDelete",
      ]),
    );
    expect(s).toEqual(
      expect.arrayContaining(["deployment", "deploymentEvents", "buildLogs", "deploymentLogs", "environmentLogs"]),
    );
  });

  it("serves every operation document of the client in src/railway/operations", () => {
    const dir = join(root, "src", "railway", "operations");
    const text = readdirSync(dir)
      .filter((f) => f.endsWith(".graphql"))
      .map((f) => readFileSync(join(dir, f), "utf8"))
      .join("\n");
    expect(validate(ours, parse(text)).map((e) => e.message)).toEqual([]);
  });

  it("is what scripts/emulator-sdl.mjs generates from the real schema (not stale)", () => {
    const out = execFileSync(process.execPath, ["scripts/emulator-sdl.mjs", "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out).toContain("up to date");
  });

  it("passes the shared gqlcheck sdl tool", () => {
    const out = execFileSync(process.execPath, ["../shared/tools/gqlcheck.mjs", "sdl", "src/emulator"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(out).toMatch(/ 0 incompatibilities/);
  });
});
