/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReferences, parseStackSpec, SpecError } from "../../src/provision/index.js";

const example = readFileSync(new URL("../../examples/stack.yaml", import.meta.url), "utf8");

function specError(fn: () => unknown): SpecError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error("expected a SpecError");
}

const minimal = (services: string, extra = "") => `project:\n  name: demo\n${extra}services:\n${services}`;

describe("stack spec parsing", () => {
  it("parses the documented example with template parameters substituted", () => {
    const spec = parseStackSpec(example, { params: { TENANT: "acme" } });
    expect(spec.project.name).toBe("shop-acme");
    expect(spec.environment).toBe("production");
    expect(spec.databases).toEqual([
      { name: "Postgres", engine: "postgres" },
      { name: "Redis", engine: "redis" },
    ]);
    const api = spec.services[0];
    expect(api?.source).toEqual({ type: "repo", repo: "acme/shop-api", branch: "main", rootDirectory: "/api" });
    expect(api?.settings).toEqual({
      buildCommand: "npm run build",
      startCommand: "node dist/server.js",
      healthcheckPath: "/health",
      healthcheckTimeout: 60,
      numReplicas: 1,
      restartPolicyType: "ON_FAILURE",
      restartPolicyMaxRetries: 5,
    });
    expect(api?.variables.TENANT).toEqual({ kind: "literal", value: "acme", secret: false });
    expect(api?.variables.JWT_SECRET).toEqual({ kind: "generated", bytes: 48, encoding: "base64url" });
    expect(api?.variables.DATABASE_URL).toEqual({
      kind: "literal",
      value: "${{Postgres.DATABASE_URL}}",
      secret: false,
    });
    expect(api?.domain).toEqual({ kind: "generated", port: 8080 });
    expect(checkReferences(spec)).toEqual([]);
  });

  it("accepts the go-template form {{ .name }} and keeps $${X} literal", () => {
    const spec = parseStackSpec(
      minimal(
        '  web:\n    source: { image: "nginx:1" }\n    variables:\n      A: "{{ .name }}-x"\n      B: "$${HOME}"\n',
      ),
      { params: { name: "t1" } },
    );
    expect(spec.services[0]?.variables.A).toEqual({ kind: "literal", value: "t1-x", secret: false });
    expect(spec.services[0]?.variables.B).toEqual({ kind: "literal", value: "${HOME}", secret: false });
  });

  it("reports a missing template parameter at its line", () => {
    const err = specError(() => parseStackSpec(example, { params: {} }));
    expect(err.issues[0]?.line).toBe(11);
    expect(err.issues[0]?.path).toBe("project.name");
    expect(err.message).toContain('template parameter "TENANT" has no value');
  });

  it("points at the line and field of a bad value", () => {
    const text = minimal("  web:\n    source: { image: nginx }\n    replicas: -1\n");
    const err = specError(() => parseStackSpec(text, { file: "s.yaml" }));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ path: "services.web.replicas", line: 6, column: 5 });
    expect(err.message).toMatch(/^s\.yaml:6:5 services\.web\.replicas:/);
  });

  it("names an unknown field", () => {
    const err = specError(() => parseStackSpec(minimal("  web:\n    source: { image: nginx }\n    startCommand: x\n")));
    expect(err.issues[0]).toMatchObject({ path: "services.web.startCommand", line: 6 });
    expect(err.issues[0]?.message).toContain('unknown field "startCommand"');
  });

  it("reports YAML syntax errors with a position", () => {
    const err = specError(() => parseStackSpec("project:\n  name: [unclosed\n"));
    expect(err.issues[0]?.line).toBeGreaterThan(0);
  });

  it("rejects service names that differ only by case", () => {
    const err = specError(() =>
      parseStackSpec(minimal("  api:\n    source: { image: a }\n  API:\n    source: { image: b }\n")),
    );
    expect(err.message).toContain("must differ by more than case");
  });

  it("rejects a secret shorter than 16 bytes", () => {
    const err = specError(() =>
      parseStackSpec(
        minimal("  api:\n    source: { image: a }\n    variables:\n      S: { generate: secret, bytes: 8 }\n"),
      ),
    );
    expect(err.issues[0]?.path).toContain("services.api.variables.S");
  });
});

describe("reference check", () => {
  const withRef = (ref: string) =>
    parseStackSpec(
      `project:\n  name: demo\nshared:\n  LOG: info\ndatabases:\n  Postgres: postgres\nservices:\n  api:\n    source: { image: a }\n    variables:\n      OWN: x\n      REF: "${ref}"\n`,
    );

  it("rejects a wrong-case service name and suggests the right one", () => {
    const issues = checkReferences(withRef("${{postgres.DATABASE_URL}}"));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('service "postgres"');
    expect(issues[0]?.message).toContain('did you mean "Postgres"?');
    expect(issues[0]).toMatchObject({ path: "services.api.variables.REF", line: 12 });
  });

  it("rejects an unknown variable of a database and suggests a close one", () => {
    const issues = checkReferences(withRef("${{Postgres.DATABSE_URL}}"));
    expect(issues[0]?.message).toContain('did you mean "DATABASE_URL"?');
  });

  it("rejects wrong-case variable names", () => {
    expect(checkReferences(withRef("${{Postgres.database_url}}"))[0]?.message).toContain('"DATABASE_URL"');
  });

  it("checks shared and same-service references", () => {
    expect(checkReferences(withRef("${{shared.LOG}} ${{OWN}} ${{RAILWAY_PUBLIC_DOMAIN}}"))).toEqual([]);
    expect(checkReferences(withRef("${{shared.LOGS}}"))[0]?.message).toContain('did you mean "LOG"?');
    expect(checkReferences(withRef("${{Shared.LOG}}"))[0]?.message).toContain("lower case");
    expect(checkReferences(withRef("${{OWNN}}"))[0]?.message).toContain('did you mean "OWN"?');
  });

  it("rejects a reference to a service that does not exist at all", () => {
    const issues = checkReferences(withRef("${{worker.URL}}"));
    expect(issues[0]?.message).toContain('service "worker", which is not defined');
  });
});
