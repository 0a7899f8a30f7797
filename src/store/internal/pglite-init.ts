/**
 * Creating an embedded database (PGlite's initdb) leaves its WebAssembly instance resident in the
 * process that ran it: ~720 MB RSS measured (PGlite 0.5.16, Node 20), against ~160 MB for a process
 * that only opens an existing one. A daemon would carry that for its whole life, so a new data
 * directory is created by a short-lived child process, into a sibling directory that is renamed
 * into place only once complete: a killed or failed child never leaves a half-made database where
 * the store looks for one.
 */
import { spawn } from "node:child_process";
import { readdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * postgresql.conf settings for railpilot's small store: a few thousand rows of ledger, leases and
 * audit log. PostgreSQL's default 128MB of shared buffers cost ~130 MB RSS; 16MB still ~25 MB more
 * than 4MB (bench/daemon-rss.md). Pages that do not fit are read back from the data directory.
 */
export const PGLITE_SETTINGS: readonly string[] = [
  "shared_buffers=4MB",
  "temp_buffers=1MB",
  "work_mem=1MB",
  "maintenance_work_mem=1MB",
];

// The child loads the same PGlite the parent would, by absolute path, and exits once the database is on disk.
const CHILD_SCRIPT = `
const { PGlite } = require(process.argv[1]);
(async () => {
  const db = await PGlite.create({ dataDir: process.argv[2] });
  await db.close();
})().catch((error) => {
  process.stderr.write(String(error && error.message ? error.message : error));
  process.exit(1);
});
`;

/**
 * Creates a new PGlite database in the empty directory `dir` through a child process, within
 * `timeoutMs` of real time (the child is killed after it). Throws with the child's message.
 */
export async function initialiseDataDirInChild(dir: string, timeoutMs: number): Promise<void> {
  const staging = `${dir}.init-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const pglite = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const child = spawn(process.execPath, ["-e", CHILD_SCRIPT, pglite, staging], {
        stdio: ["ignore", "ignore", "pipe"],
        timeout: timeoutMs,
        killSignal: "SIGKILL",
      });
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => {
        if (stderr.length < 4_000) stderr += d.toString();
      });
      child.on("error", reject);
      child.on("close", (code, signal) => {
        if (code === 0) resolvePromise();
        else
          reject(
            new Error(
              signal === "SIGKILL"
                ? `creating the database took longer than ${timeoutMs} ms`
                : `creating the database failed (exit ${code ?? signal}): ${stderr.trim().split("\n").slice(-3).join(" ")}`,
            ),
          );
      });
    });
    // The store's directory was created empty by the caller, under its lock: swap it for the new one.
    if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
