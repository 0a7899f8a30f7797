import { InstanceNameError } from "./errors.js";

/** Names that would confuse people or collide with Railway's own words. */
export const RESERVED_INSTANCE_NAMES: ReadonlySet<string> = new Set([
  "admin",
  "administrator",
  "api",
  "app",
  "default",
  "dev",
  "development",
  "internal",
  "null",
  "preview",
  "prod",
  "production",
  "railpilot",
  "railway",
  "root",
  "shared",
  "staging",
  "system",
  "test",
  "undefined",
  "www",
]);

const CHARSET = /^[a-z0-9-]+$/;

/** Checks a tenant instance name: 3-40 chars of [a-z0-9-], starting with a letter, no edge or double hyphens, not reserved. */
export function validateInstanceName(name: string): string {
  const hint = "Use 3-40 lower-case letters, digits and single hyphens, starting with a letter (e.g. acme-eu).";
  if (name.length < 3 || name.length > 40)
    throw new InstanceNameError(`Instance name "${name}" must be 3 to 40 characters long`, hint);
  if (!CHARSET.test(name))
    throw new InstanceNameError(`Instance name "${name}" may contain only a-z, 0-9 and "-"`, hint);
  if (!/^[a-z]/.test(name)) throw new InstanceNameError(`Instance name "${name}" must start with a letter`, hint);
  if (name.endsWith("-") || name.includes("--"))
    throw new InstanceNameError(`Instance name "${name}" must not end with "-" or contain "--"`, hint);
  if (RESERVED_INSTANCE_NAMES.has(name)) {
    throw new InstanceNameError(
      `Instance name "${name}" is reserved`,
      "Pick a name that identifies the customer, e.g. acme or acme-prod-eu.",
    );
  }
  return name;
}
