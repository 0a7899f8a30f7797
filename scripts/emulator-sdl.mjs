#!/usr/bin/env node
// Generates src/emulator/schema.graphql: Railway's real public schema (../shared/railway/schema.graphql)
// pruned to the root fields and object fields the emulator implements. Types and arguments are copied
// verbatim, so the subset stays compatible by construction; test/emulator/sdl-compat.test.ts checks it.
//   node scripts/emulator-sdl.mjs          writes the file
//   node scripts/emulator-sdl.mjs --check  exits 1 when the committed file is stale
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print } from "graphql";

const root = new URL("..", import.meta.url).pathname;
const realPath = join(root, "..", "shared", "railway", "schema.graphql");
const outPath = join(root, "src", "emulator", "schema.graphql");

/** Object types whose fields are listed explicitly; every other reachable object type keeps all its fields. */
const KEEP = {
  Query: [
    "me",
    "workspace",
    "projects",
    "project",
    "projectToken",
    "environments",
    "environment",
    "service",
    "serviceInstance",
    "serviceInstanceLimitOverride",
    "deployments",
    "deployment",
    "deploymentEvents",
    "buildLogs",
    "deploymentLogs",
    "environmentLogs",
    "httpLogs",
    "metrics",
    "httpMetrics",
    "httpMetricsGroupedByStatus",
    "httpDurationMetrics",
    "variables",
    "variablesForServiceDeployment",
    "domains",
    "workflowStatus",
    "template",
  ],
  Mutation: [
    "projectCreate",
    "projectUpdate",
    "projectDelete",
    "projectScheduleDelete",
    "projectScheduleDeleteCancel",
    "projectScheduleDeleteForce",
    "projectTokenCreate",
    "environmentCreate",
    "environmentDelete",
    "serviceCreate",
    "serviceConnect",
    "serviceDisconnect",
    "serviceDelete",
    "serviceUpdate",
    "serviceInstanceUpdate",
    "serviceInstanceLimitsUpdate",
    "serviceInstanceDeploy",
    "serviceInstanceDeployV2",
    "serviceInstanceRedeploy",
    "deploymentRedeploy",
    "deploymentRollback",
    "deploymentRestart",
    "deploymentApprove",
    "deploymentCancel",
    "deploymentRemove",
    "deploymentStop",
    "variableUpsert",
    "variableCollectionUpsert",
    "variableDelete",
    "serviceDomainCreate",
    "serviceDomainDelete",
    "customDomainCreate",
    "customDomainDelete",
    "volumeCreate",
    "volumeDelete",
    "templateDeployV2",
    "webhookTest",
  ],
  Subscription: ["deployment", "deploymentEvents", "buildLogs", "deploymentLogs", "environmentLogs", "httpLogs"],
  User: ["id", "email", "name", "username", "avatar", "createdAt", "workspaces", "apiTokenRateLimit"],
  Workspace: ["id", "name", "avatar", "createdAt", "updatedAt", "projects", "apiTokenRateLimit"],
  Project: [
    "id",
    "name",
    "description",
    "createdAt",
    "updatedAt",
    "deletedAt",
    "expiredAt",
    "isPublic",
    "isTempProject",
    "prDeploys",
    "botPrEnvironments",
    "focusedPrEnvironments",
    "baseEnvironment",
    "baseEnvironmentId",
    "primaryEnvironmentId",
    "workspace",
    "workspaceId",
    "environments",
    "services",
    "volumes",
    "buckets",
  ],
  Environment: [
    "id",
    "name",
    "projectId",
    "createdAt",
    "updatedAt",
    "deletedAt",
    "isEphemeral",
    "sourceEnvironment",
    "serviceInstances",
    "deployments",
    "volumeInstances",
    "canAccess",
    "unmergedChangesCount",
    "meta",
  ],
  Service: [
    "id",
    "name",
    "icon",
    "projectId",
    "project",
    "createdAt",
    "updatedAt",
    "deletedAt",
    "templateId",
    "templateServiceId",
    "serviceInstances",
    "deployments",
  ],
  ServiceInstance: [
    "id",
    "serviceId",
    "serviceName",
    "environmentId",
    "service",
    "createdAt",
    "updatedAt",
    "deletedAt",
    "source",
    "rootDirectory",
    "buildCommand",
    "builder",
    "startCommand",
    "preDeployCommand",
    "cronSchedule",
    "dockerfilePath",
    "railwayConfigFile",
    "watchPatterns",
    "healthcheckPath",
    "healthcheckTimeout",
    "numReplicas",
    "region",
    "restartPolicyType",
    "restartPolicyMaxRetries",
    "sleepApplication",
    "drainingSeconds",
    "overlapSeconds",
    "isUpdatable",
    "upstreamUrl",
    "latestDeployment",
    "activeDeployments",
    "domains",
    "nextCronRunAt",
  ],
  Deployment: [
    "id",
    "status",
    "statusUpdatedAt",
    "createdAt",
    "updatedAt",
    "projectId",
    "environmentId",
    "serviceId",
    "snapshotId",
    "url",
    "staticUrl",
    "canRedeploy",
    "canRollback",
    "deploymentStopped",
    "meta",
    "diagnosis",
    "instances",
    "creator",
    "suggestAddServiceDomain",
    "environment",
    "service",
    "sockets",
  ],
  Bucket: ["id", "name", "projectId", "createdAt", "updatedAt", "groupId"],
  Template: ["id", "code", "name", "description", "serializedConfig", "isApproved", "isV2Template", "createdAt"],
  CustomDomainStatus: [
    "cdnProvider",
    "certificateStatus",
    "dnsRecords",
    "verified",
    "verificationDnsHost",
    "verificationToken",
  ],
};

const real = parse(readFileSync(realPath, "utf8"), { noLocation: true });
const byName = new Map();
for (const def of real.definitions) if (def.name) byName.set(def.name.value, def);

const BUILTIN = new Set(["String", "Int", "Float", "Boolean", "ID"]);
const kept = new Map();
const queue = ["Query", "Mutation", "Subscription"];
const named = (t) => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
const strip = (node) => ({ ...node, description: undefined });

while (queue.length) {
  const name = queue.shift();
  if (kept.has(name) || BUILTIN.has(name)) continue;
  const def = byName.get(name);
  if (!def) throw new Error(`type ${name} is not in Railway's schema`);
  let out = strip(def);
  if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION) {
    const want = KEEP[name];
    const fields = def.fields.filter((f) => !want || want.includes(f.name.value));
    if (want) {
      const missing = want.filter((w) => !def.fields.some((f) => f.name.value === w));
      if (missing.length) throw new Error(`${name} has no field(s) ${missing.join(", ")}`);
    }
    // Interfaces are left out: the emulator serves concrete types only.
    out = { ...out, interfaces: [], fields: fields.map((f) => ({ ...strip(f), arguments: f.arguments.map(strip) })) };
    for (const f of fields) {
      queue.push(named(f.type));
      for (const a of f.arguments) queue.push(named(a.type));
    }
  } else if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
    out = { ...out, fields: def.fields.map(strip) };
    for (const f of def.fields) queue.push(named(f.type));
  } else if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
    out = { ...out, values: def.values.map(strip) };
  } else if (def.kind === Kind.UNION_TYPE_DEFINITION) {
    for (const t of def.types) queue.push(t.name.value);
  }
  kept.set(name, out);
}

const order = [...kept.keys()].sort((a, b) => {
  const rank = (n) => (n === "Query" ? 0 : n === "Mutation" ? 1 : n === "Subscription" ? 2 : 3);
  return rank(a) - rank(b) || a.localeCompare(b);
});
const header =
  "# GENERATED by scripts/emulator-sdl.mjs from Railway's public schema (../shared/railway/schema.graphql).\n" +
  "# Do not edit by hand: change the KEEP lists in the script and run `node scripts/emulator-sdl.mjs`.\n\n";
const text = header + print({ kind: Kind.DOCUMENT, definitions: order.map((n) => kept.get(n)) }) + "\n";

if (process.argv.includes("--check")) {
  const current = readFileSync(outPath, "utf8");
  if (current !== text) {
    console.error("src/emulator/schema.graphql is stale: run node scripts/emulator-sdl.mjs");
    process.exit(1);
  }
  console.log(`src/emulator/schema.graphql is up to date (${kept.size} types)`);
} else {
  writeFileSync(outPath, text);
  console.log(`wrote src/emulator/schema.graphql: ${kept.size} types, ${text.split("\n").length} lines`);
}
