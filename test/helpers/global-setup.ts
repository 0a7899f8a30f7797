import { execFileSync } from "node:child_process";

// CLI tests spawn bin/railpilot.js, which runs the transpiled dist/: build it once per run.
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
