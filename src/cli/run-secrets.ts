/**
 * Every secret a CLI run could know before it has loaded anything: tokens and passwords in the
 * environment, in the config file (read leniently here, validated later by src/config), and in
 * flags. main() pins them in the run's redactor first, so an error raised while loading config or
 * evaluating a spec (`.railway/railway.ts` that throws with a token in its message) is redacted too.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { parse } from "yaml";

/** Environment variables that hold a secret, by name. */
const SECRET_ENV_NAME =
  /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|ACCESS_KEY)$|^DATABASE_URL$|_DATABASE_URL$|^REDIS_URL$/i;
/** Config keys that hold a secret. */
const SECRET_KEY = /token|secret|password|databaseUrl|apiKey/i;
/** Flags whose value is a secret (`--token x` or `--token=x`). */
const SECRET_FLAG = /^--(token|api-token|github-token|database-url)(=|$)/;
/** The config file is read only this far for secrets (the config loader has its own limits). */
const MAX_CONFIG_BYTES = 1 << 20;

export function secretsBeforeAnything(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string[] {
  const found: string[] = [];
  const addUrlOrValue = (value: string) => {
    found.push(value);
    const password = passwordOf(value);
    if (password) found.push(password);
  };
  for (const [name, value] of Object.entries(env)) {
    if (value && SECRET_ENV_NAME.test(name)) addUrlOrValue(value.trim());
  }
  argv.forEach((arg, i) => {
    const m = SECRET_FLAG.exec(arg);
    if (!m) return;
    const value = m[2] === "=" ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
    if (value) addUrlOrValue(value);
  });
  for (const value of configSecrets(argv, env, cwd)) addUrlOrValue(value);
  return found;
}

function configSecrets(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string[] {
  const named = flagValue(argv, "--config", "-c") ?? env.RAILPILOT_CONFIG;
  const candidates = named ? [named] : ["railpilot.yaml", "railpilot.yml"];
  for (const name of candidates) {
    const text = readPrefix(isAbsolute(name) ? name : resolve(cwd, name));
    if (text === undefined) continue;
    try {
      const out: string[] = [];
      collect(parse(text, { maxAliasCount: 50, prettyErrors: false }), false, out, env);
      return out;
    } catch {
      // Not valid YAML: the config loader reports it; its error quotes no values.
      return [];
    }
  }
  return [];
}

function collect(value: unknown, secretKey: boolean, out: string[], env: NodeJS.ProcessEnv): void {
  if (typeof value === "string") {
    // `${NAME}` references resolve from the environment, whose secrets are already registered.
    if (secretKey) out.push(value.replace(/\$\{(\w+)\}/g, (_, n: string) => env[n] ?? ""));
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collect(v, secretKey, out, env);
    return;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) collect(v, secretKey || SECRET_KEY.test(k), out, env);
  }
}

function flagValue(argv: readonly string[], long: string, short: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
    if (arg === long || arg === short) return argv[i + 1];
  }
  return undefined;
}

function readPrefix(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString("utf8");
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function passwordOf(value: string): string | undefined {
  if (!value.includes("://")) return undefined;
  try {
    const password = decodeURIComponent(new URL(value).password);
    return password || undefined;
  } catch {
    return undefined;
  }
}
