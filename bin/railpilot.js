#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// The embedded store (PGlite) is PostgreSQL compiled to WebAssembly, and the only WebAssembly this
// process runs. V8's optimising tier recompiles its hot functions on background threads whose
// malloc arenas keep ~60 MB resident afterwards; the baseline compiler alone keeps a long-running
// daemon's RSS that much lower (bench/daemon-rss.md) for a store that answers a few queries a second.
// Set before anything loads PGlite, which compiles its module on first use.
setFlagsFromString("--liftoff-only");
// A smaller heap and less eager JIT for our own JavaScript: the daemon on PGlite peaked at 212 MB
// without it and 191 MB with it (500 services, bench/daemon-rss.md); a CLI run does not notice.
setFlagsFromString("--optimize-for-size");

const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
