/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: Railway references are written ${{Service.VAR}} in plain strings */
/**
 * Hostile specs (issue 9: items 5, 6, 7, 8, 9, 13, 14): rejected before anything is created,
 * with the file, line and a plain reason; evaluation of railway.ts bounded in time.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  EMPTY_LIVE_STATE,
  extractReferences,
  hasUrlCredentials,
  loadRailwayIacSpec,
  loadSpecFile,
  mountPathProblem,
  parseStackSpec,
  planStack,
  SpecError,
  SpecEvaluationError,
} from "../../src/provision/index.js";

function specError(fn: () => unknown): SpecError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error("expected a SpecError");
}

const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/hostile/${name}/.railway/railway.ts`, import.meta.url));

describe("control and bidi characters", () => {
  it.each([
    [
      "NUL in a mount path",
      'project: { name: demo }\nservices:\n  api:\n    source: { image: busybox }\n    volumes: [{ mountPath: "/data\\0x" }]\n',
      "U+0000",
    ],
    [
      "NUL in a variable value",
      'project: { name: demo }\nservices:\n  api:\n    source: { image: busybox }\n    variables: { A: "x\\0y" }\n',
      "U+0000",
    ],
    ["bidi override in the project name", 'project: { name: "shop\\u202Eevil" }\n', "U+202E"],
    ["escape in the environment", 'project: { name: demo }\nenvironment: "prod\\x1b[2J"\n', "U+001B"],
    [
      "NUL in a start command",
      'project: { name: demo }\nservices:\n  api:\n    source: { image: busybox }\n    start: "run\\0"\n',
      "U+0000",
    ],
  ])("%s is refused with its field", (_name, yaml, code) => {
    const e = specError(() => parseStackSpec(yaml));
    expect(e.message).toContain(code);
    expect(e.code).toBe("VALIDATION");
  });

  it("keeps line feeds in values (certificates) and tabs", () => {
    const spec = parseStackSpec(
      'project: { name: demo }\nservices:\n  api:\n    source: { image: busybox }\n    variables: { CERT: "a\\nb\\tc" }\n',
    );
    expect(spec.services[0]?.variables.CERT).toEqual({ kind: "literal", value: "a\nb\tc", secret: false });
  });
});

describe("mount paths", () => {
  it.each([
    ["/data", undefined],
    ["/var/lib/data", undefined],
    ["data", "absolute"],
    ["/../../../etc/passwd", ".."],
    ["/data/./x", ". or .."],
    ["/data//x", "empty segments"],
    ["/data/", "empty segments"],
  ])("%s", (path, problem) => {
    const got = mountPathProblem(path);
    if (problem === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(problem);
  });

  it("a spec with /../../../etc/passwd names the field and line", () => {
    const e = specError(() =>
      parseStackSpec(
        "project: { name: demo }\nservices:\n  api:\n    source: { image: busybox }\n    volumes:\n      - mountPath: /../../../etc/passwd\n",
      ),
    );
    expect(e.message).toContain("services.api.volumes.0.mountPath");
    expect(e.message).toContain(".. segments");
  });
});

describe("reference cycles", () => {
  it("refuses a two-service cycle, naming it", () => {
    const yaml = [
      "project: { name: demo }",
      "services:",
      "  a:",
      "    source: { image: busybox }",
      "    variables: { X: '${{b.Y}}' }",
      "  b:",
      "    source: { image: busybox }",
      "    variables: { Y: '${{a.X}}' }",
    ].join("\n");
    const e = specError(() => parseStackSpec(yaml));
    expect(e.message).toMatch(/reference cycle: (a\.X → b\.Y → a\.X|b\.Y → a\.X → b\.Y)/);
  });

  it("refuses a self-reference and a shared self-reference", () => {
    const e = specError(() =>
      parseStackSpec(
        "project: { name: demo }\nshared: { S: '${{shared.S}}' }\nservices:\n  a:\n    source: { image: busybox }\n    variables: { X: 'p${{X}}' }\n",
      ),
    );
    expect(e.message).toContain("a.X refers to itself");
    expect(e.message).toContain("shared.S refers to itself");
  });

  it("accepts a chain without a cycle, and database outputs", () => {
    const spec = parseStackSpec(
      "project: { name: demo }\ndatabases: { Postgres: postgres }\nservices:\n  a:\n    source: { image: busybox }\n    variables: { X: '${{b.Y}}', D: '${{Postgres.DATABASE_URL}}' }\n  b:\n    source: { image: busybox }\n    variables: { Y: '${{Z}}', Z: z }\n",
    );
    expect(spec.services).toHaveLength(2);
  });
});

describe("template parameters are literal", () => {
  const template =
    "project:\n  name: shop-${TENANT}\nservices:\n  api:\n    source: { image: busybox }\n    variables: { TENANT: '${TENANT}' }\n";

  it("refuses a value that writes a Railway reference", () => {
    const e = specError(() => parseStackSpec(template, { params: { TENANT: "x${{Postgres.PGPASSWORD}}" } }));
    expect(e.message).toContain("literal text");
  });

  it("refuses a value that completes a reference with the text around it", () => {
    const e = specError(() =>
      parseStackSpec(
        "project: { name: demo }\nservices:\n  api:\n    source: { image: busybox }\n    variables: { A: '${P}{{shared.B}}' }\n",
        { params: { P: "$" } },
      ),
    );
    expect(e.message).toContain("would create a Railway reference");
  });

  it("refuses an empty value", () => {
    const e = specError(() => parseStackSpec(template, { params: { TENANT: "" } }));
    expect(e.message).toContain('"TENANT" is empty');
  });

  it("still substitutes plain values", () => {
    expect(parseStackSpec(template, { params: { TENANT: "acme" } }).project.name).toBe("shop-acme");
  });
});

describe("YAML alias bomb", () => {
  it("is refused as a spec error with the line of an alias", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    lines.push("project: { name: demo }");
    const e = specError(() => parseStackSpec(lines.join("\n"), { file: "bomb.yaml" }));
    expect(e.code).toBe("VALIDATION");
    expect(e.message).toMatch(/^bomb\.yaml:2:\d+ .*aliases expand too far/);
  });
});

describe("size and speed", () => {
  it("refuses a file larger than the cap without reading it whole (/dev/urandom)", async () => {
    const started = Date.now();
    await expect(loadSpecFile("/dev/urandom")).rejects.toThrow(/larger than 1048576 bytes/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("scans long values for references and URL credentials in linear time", () => {
    const time = (n: number) => {
      const t0 = performance.now();
      hasUrlCredentials("a".repeat(n));
      extractReferences("${{".repeat(n / 3));
      hasUrlCredentials(`x://${"${{".repeat(n / 3)}`);
      return performance.now() - t0;
    };
    time(1_000);
    // 200 k characters: a quadratic scan takes tens of seconds here, a linear one milliseconds.
    expect(time(200_000)).toBeLessThan(1_000);
  });

  it("plans a large spec in time linear in its size", () => {
    const build = (n: number) => {
      const lines = ["project: { name: big }", "services:"];
      for (let i = 0; i < n; i++) {
        lines.push(`  s${i}:`, "    source: { image: busybox }", "    variables:");
        for (let j = 0; j < 10; j++) lines.push(`      V${j}: '\${{s${i}.W${j}}}'`, `      W${j}: value-${j}`);
      }
      return lines.join("\n");
    };
    const time = (n: number) => {
      const text = build(n);
      const t0 = performance.now();
      planStack(parseStackSpec(text), EMPTY_LIVE_STATE);
      return performance.now() - t0;
    };
    time(50); // warm up
    const small = time(200);
    const large = time(800);
    // Four times the input: linear is ~4x; quadratic would be ~16x. Allow noise on a shared machine.
    expect(large / small).toBeLessThan(9);
  });
});

describe("railway.ts evaluation is bounded", () => {
  it("stops a program that loops forever and says so", async () => {
    const e = await loadRailwayIacSpec(fixture("loop"), { timeoutMs: 1_500 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SpecEvaluationError);
    expect((e as SpecEvaluationError).stage).toBe("timeout");
    expect((e as Error).message).toContain("did not finish within 1500 ms");
  }, 30_000);

  it("reports a promise that never settles", async () => {
    const e = await loadRailwayIacSpec(fixture("unsettled"), { timeoutMs: 10_000 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SpecEvaluationError);
    expect((e as SpecEvaluationError).stage).toBe("unsettled");
  }, 30_000);

  it("keeps what the program threw as data, by stage", async () => {
    const top = (await loadRailwayIacSpec(fixture("throws")).catch((x: unknown) => x)) as SpecEvaluationError;
    expect(top.stage).toBe("load");
    expect(top.thrown).toContain("boom at top level");
    const inside = (await loadRailwayIacSpec(fixture("throwsinside")).catch((x: unknown) => x)) as SpecEvaluationError;
    expect(inside.stage).toBe("program");
    expect(inside.thrown).toContain("inside program");
  }, 30_000);
});
