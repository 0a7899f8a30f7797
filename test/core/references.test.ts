// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{Service.VAR}} is Railway's reference syntax.
import { describe, expect, it } from "vitest";
import { holdsOnlyReferences } from "../../src/core/index.js";

describe("holdsOnlyReferences", () => {
  const table: Array<[string, boolean]> = [
    ["${{Postgres.DATABASE_URL}}", true],
    ["${{PGUSER}}:${{PGPASSWORD}}", true],
    [" ${{a.X}} ${{b.Y}} ", true],
    ["${{shared.TOKEN}}", true],
    ["user:${{PGPASSWORD}}", false],
    ["hunter2", false],
    ["", false],
    [":", false],
    ["x${{Postgres.PGPASSWORD}}", false],
  ];
  for (const [text, expected] of table)
    it(`${JSON.stringify(text)} → ${expected}`, () => expect(holdsOnlyReferences(text)).toBe(expected));
});
