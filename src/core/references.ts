// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{Service.VAR}} is Railway's reference syntax.
/**
 * Railway variable references (`${{Postgres.PGPASSWORD}}`, `${{shared.X}}`) name a value
 * without holding it. The one copy of the rule "this text holds only references": text made of
 * one or more references, separated by nothing, whitespace or `:` (a URL's `user:password`).
 * Redaction and the planner's secret check both ask this.
 */
const REFERENCE = /\$\{\{[^}]*\}\}/g;

/** True when `text` is one or more Railway references and nothing else (`:` and spaces allowed between). */
export function holdsOnlyReferences(text: string): boolean {
  if (!text.includes("${{")) return false;
  return text.replace(REFERENCE, "").replace(/[\s:]/g, "") === "";
}
