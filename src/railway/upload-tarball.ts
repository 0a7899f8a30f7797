import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, posix, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { create as createTar } from "tar";

/** Directories never uploaded, whatever the ignore files say (as Railway's CLI). */
const ALWAYS_SKIPPED = new Set([".git", "node_modules"]);
/** Ignore files honoured in every directory. */
const IGNORE_FILES = [".gitignore", ".railwayignore"];

interface Scope {
  /** Directory (relative to the root, posix, "" for the root) the rules are written for. */
  base: string;
  rules: Ignore;
}

/**
 * Lists the files `railway up` would send: every file under `dir`, following symlinks, minus
 * `.git` and `node_modules` at any depth and whatever `.gitignore` / `.railwayignore` files (at
 * the root or in subdirectories) exclude. Paths are posix, relative, sorted.
 */
export async function listUploadFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const visited = new Set<string>();
  await walk(dir, "", [], visited, out);
  return out.sort();

  async function walk(
    absDir: string,
    relDir: string,
    scopes: Scope[],
    seen: Set<string>,
    files: string[],
  ): Promise<void> {
    const real = await realpath(absDir);
    if (seen.has(real)) return; // symlink cycle
    seen.add(real);
    const here = [...scopes];
    const rules = ignore();
    let any = false;
    for (const name of IGNORE_FILES) {
      try {
        rules.add(await readFile(join(absDir, name), "utf8"));
        any = true;
      } catch {
        // no such ignore file here
      }
    }
    if (any) here.push({ base: relDir, rules });
    const entries = await readdir(absDir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = join(absDir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (!isDir && !isFile) continue;
      if (ignored(here, rel, isDir)) continue;
      if (isDir) await walk(abs, rel, here, seen, files);
      else files.push(rel);
    }
    seen.delete(real);
  }
}

function ignored(scopes: readonly Scope[], rel: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const local = scope.base ? posix.relative(scope.base, rel) : rel;
    if (scope.rules.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}

/** A gzip tarball of the upload files, entry names prefixed `./` as Railway's CLI sends them. */
export async function createUploadTarball(
  dir: string,
  signal?: AbortSignal,
): Promise<{ body: Buffer; files: string[] }> {
  const files = await listUploadFiles(dir);
  signal?.throwIfAborted();
  const stream = createTar(
    { gzip: true, cwd: dir, portable: true, follow: true, noDirRecurse: true },
    files.map((f) => `./${f.split(sep).join("/")}`),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    signal?.throwIfAborted();
    chunks.push(chunk);
  }
  return { body: Buffer.concat(chunks), files };
}
