import type { DiagnosisAction, DiagnosisPhase, KnownCategory } from "./diagnose-types.js";

/**
 * One piece of evidence: a regex over a normalised log line that votes for a category.
 * Rules describe the *error* (what npm, pip, the JVM or the platform print when that failure
 * happens), never the text of one particular log.
 */
export interface Signal {
  id: string;
  category: KnownCategory;
  re: RegExp;
  /** Votes added when the signal fires (once per log, however many lines match). */
  weight: number;
  /** Weight per phase when it differs from `weight` (0 silences the signal in that phase). */
  phaseWeight?: Partial<Record<DiagnosisPhase, number>>;
  /** Whether a matching line may be the key line (default true). */
  key?: boolean;
  /**
   * Rank of a matching line among key-line candidates, when it differs from its vote (`weight`):
   * a tool's specific account of the cause outranks its summary as the key line without adding votes.
   */
  keyWeight?: number;
  /** The line is ignored when it also matches this. */
  unless?: RegExp;
  /**
   * The signal only counts when some line of the log matches this (co-evidence); with a list,
   * each of them must be matched by some line.
   */
  requires?: RegExp | readonly RegExp[];
  /** The signal does not count when some line of the log matches this (evidence that explains the line away). */
  unlessLog?: RegExp;
  /**
   * The line counts only when the line before it matches this: blank lines and the frames of
   * Python's own import machinery in between are passed over (the frame that raised is what counts).
   */
  follows?: RegExp;
  /**
   * Categories this signal's cause explains away: a failure of the dependency itself (a database that
   * cannot start on its data directory) makes the app's refused connections to it a consequence.
   * Each is capped at half of this signal's category score, as the category-level precedence rules do.
   */
  explains?: readonly KnownCategory[];
  /**
   * A RUNTIME_EXCEPTION line that names the failure itself (a crash on a signal, the runtime's own
   * fatal error, a known fault of the code), not an exception whose message may state another
   * category's cause: the learned second opinion does not revisit it.
   */
  settled?: boolean;
  /** Capture group of `re` holding an environment variable name (else the first group that matched). */
  variableGroup?: number;
  /** Why this line matters, for the evidence list. */
  reason: string;
}

const PHP_MISSING_CLASS =
  /Failed opening required '.*vendor\/autoload\.php'|require(?:_once)?\(.*vendor\/autoload\.php\): [Ff]ailed to open stream|Class "[\w\\]+" not found|Class '[\w\\]+' not found|ClassNotFoundError: Attempted to load\b/;

// A package repository (Maven, Gradle) answering a fetch with a refusal of the credentials: the
// dependency exists, the credentials do not fit. Read by registry-auth, and kept from maven-resolve.
const REPOSITORY_REFUSED_CREDENTIALS =
  /Authentication failed for https?:\/\/|\b(?:401 Unauthorized|403 Forbidden)\b|status code: 40[13]\b|Return code is: 40[13]\b|Received status code 40[13] from server|ReasonPhrase: ?(?:Unauthorized|Forbidden)\b/;
const ARTIFACT_FETCH = /Could not transfer artifact|Could not (?:GET|HEAD)|Failed to read artifact descriptor/;
const REGISTRY_AUTH_MESSAGES =
  /unauthorized: authentication required|pull access denied|denied: requested access to the resource is denied|unauthorized: access to the requested resource is not authorized|\bdenied: (?:permission_denied|installation not allowed|access forbidden|denied$)|npm (?:ERR!|error) Unable to authenticate\b|URL required authentication \(HTTP 401\)|Permission denied \(publickey\)|Host key verification failed\.|Bad credentials|\bERR_PNPM_FETCH_40[13]\b/;

// A Ruby tool's exception that wraps a command which failed (Capistrano's SSHKit, Discourse's pups).
const RUBY_STEP_WRAPPER = /\b(?:ExecuteError|ExecError|CommandFailed)\b|exit status: ?\d/;

// A stack frame of a Lambda function's own file (under /var/task) that required something.
const LAMBDA_APP_REQUIRE_FRAME = /\bat (?:Object\.<anonymous> \()?\/var\/task\/\S+\.js:\d+:\d+\)?/;

// Node unable to load a package's executable from node_modules (pnpm's store path included): during a
// build the dependency set lacks it, at start the start command runs a package that is not installed.
const PACKAGE_BIN_NOT_FOUND =
  /Error: Cannot find module '[^\x27]*\/node_modules\/(?:\.pnpm\/[^\x27]+\/node_modules\/)?(?:@[\w.-]+\/)?[\w.-]+\/bin\/[\w.-]+'/;

// Celery's worker naming the -A app module it could not import (guide case 12).
const CELERY_APP_MODULE_NOT_FOUND = /The module [\w.]+ was not found\./;

// Mix refusing to go on with dependencies that were never fetched (at build, or in an image started without them).
const MIX_DEPS_UNCHECKED =
  /Unchecked dependencies for environment|the dependency is not available, run "mix deps\.get"/;

// yarn's engine check on a package or on the project itself (guide case 1 tells the two apart).
const YARN_ENGINE_INCOMPATIBLE =
  /^error (?:@[\w.-]+\/)?[\w.-]+@[\d][\w.-]*: The engine "\w+" is incompatible with this module/;

// A rustc error (in the project's code, or in a registry or git crate's).
const RUSTC_ERROR = /^error\[E\d{4}\]:/;

// A download piped into tar that was not an archive (an error page or nothing).
const NOT_AN_ARCHIVE = /^gzip: stdin: not in gzip format$|^tar: This does not look like a tar archive$/;

// npm's optional-dependency bug: a bundler's platform binary package is missing.
const NPM_OPTIONAL_DEPENDENCY_BUG = /npm has a bug related to optional dependencies\b/;

// A build script (prost-build) that cannot find protoc: a registry crate's build needs it (BUILD_DEPENDENCY),
// or the project's own crate's does (BUILD_CONFIG, guide case 4).
const PROTOC_MISSING = /\bFailed to find the protoc binary\b|\bCould not find `protoc` installation\b/;

// sharp's account of a native binary it could not install or load (also inside Lambda's JSON, its
// quotes escaped): during a build the package's install (BUILD_DEPENDENCY), at start the image's.
const SHARP_INSTALL_FAILED = /Something went wrong installing the \\?"sharp\\?" module\b/;

// An Erlang crash dump's memory table ("code: 137 Mb"): a size, not an exit code 137.
const SIZE_137 = /\b137 [KMG]i?b\b/i;

// pnpm naming a package (lockfile path "/name/1.2.3", or name@1.2.3) in its engine error, not the project's directory.
const PNPM_ENGINE_PACKAGE = /version is incompatible with "\/?(?:@[\w.-]+\/)?[\w.-]+[/@]\d+\.\d+\.\d+/;

// Cargo's build script of a crate it names with a local directory: the project's own crate, not a registry's.
const PATH_CRATE_BUILD_FAILED = /failed to run custom build command for `[\w-]+ v[\w.+-]+ \(\/(?!.*\.cargo\/registry)/;

// An exit status of 127, the shell's "command not found" ("Process exited with status 127", "status=127").
const EXIT_127 = /(?:exit(?:ed)?(?: with)?|status|code)[:=]?\s*127\b/i;

// The project's own composer.json asking for a PHP version no package provides here (guide case 1).
const COMPOSER_ROOT_PHP_UNAVAILABLE = /composer\.json\/composer\.lock requires php [^\s]+ -> no matching package found/;

// A platform's health checker reporting that its checks of a new container failed (Dokku's CHECKS,
// Cloud Foundry's port check, Kamal's first container): the refusals it saw were its own probes.
const HEALTH_CHECKER_REPORT =
  /Could not start due to \d+ failed checks?|Check attempt \d+\/\d+ failed|health check never passed|\[CELL\/\d+\] ERR Failed to make TCP connection to port \d+|First web container is unhealthy|target failed to become healthy|^Deploy Error: Health Checks$/i;

// `docker inspect`'s record of a container's failing health checks.
// (Its per-check entries carry "Start"/"End" stamps; a container's own state says "StartedAt".)
const DOCKER_HEALTH_RECORD = /"FailingStreak" ?: [1-9]|^"End" ?: "\d{4}-\d\d-\d\dT/;

// A buildpack fetching the language runtime itself ("-----> Fetching Erlang 22.2.6"), not one it
// reports done ("Installing OpenJDK 1.8... done").
const RUNTIME_DOWNLOAD =
  /(?:Fetching|Downloading|Installing) (?:(?:Erlang|OTP|Elixir|Python|Ruby|Node(?:\.js)?|JDK|OpenJDK|Go|PHP) v?\d|go\d)(?!.*\bdone\b)/;

// A bundler unable to resolve an import ("Module not found: Can't resolve", Rollup's "failed to resolve import").
const BUNDLER_UNRESOLVED =
  /Module not found: (?:Error: )?(?:Can't|Cannot) resolve|:\d+:\d+: Cannot resolve dependency '[^']+'|^Can't resolve '[^']+' in '[^']+'|Could not resolve ".+" from ".+"|\[vite\]: Rollup failed to resolve import|\[ERROR\] Could not resolve "[^"]+"$|:\d+:\d+: error: Could not resolve "(?:\.{1,2}\/|~\/|@\/|\/)[^"]*"/;
// esbuild explaining that an import it could not resolve is one of Node's built-in modules, which
// the target (Cloudflare Workers without Node compatibility) does not provide.
const NODE_BUILTIN_UNAVAILABLE = /wasn't found on the file system but is built into node/;
// An import of a build's output directory ("../../dist/app/main") that is not there: the build did
// not produce it, or the path points past it (guide case 2: a file the build starts from).
const BUILD_OUTPUT_IMPORT = /Could not resolve "(?:\.\.?\/)+(?![^"]*\b(?:vendor|node_modules)\/)(?:[\w.-]+\/)*dist\//;
// webpack unable to resolve a bare package name (not a path, not a source-folder alias): the
// package is not installed (2 earlier labels, none the other way).
const PACKAGE_IMPORT_UNRESOLVED =
  /Module not found: (?:Error: )?Can't resolve '(?![./~]|@\/|(?:src|app|components|lib|pages|utils|assets|styles|config)\/)(?:@[\w.-]+\/)?[\w.-]+(?:\/[\w.-]+)?'/;
// RubyGems finding no bundler at all (the image has none), as opposed to another version of it.
const BUNDLER_NOT_INSTALLED = /can't find gem bundler \(>= 0\.a\)/;
// Prisma's client imported before `prisma generate` ran: MISSING_MODULE_RUNTIME at run time,
// BUILD_CONFIG during the build (the build command lacks the step).
const PRISMA_CLIENT_NOT_GENERATED = /@prisma\/client did not initialize yet\b/;
// ... where the importing file is an installed package's (guide case 3).
const IMPORTER_IN_PACKAGE = /(?:\bin|\bfrom) ["'](?:\S*node_modules\/|virtual:)/;

// tsc reporting an error inside an installed package's files (guide case 3: a dependency's code).
const TS_ERROR_IN_PACKAGE =
  /(?:^|[\s/])node_modules\/\S+\.tsx?(?:\(\d+,\d+\): | ?:\d+:\d+ - )error TS\d{4}:|^TypeScript error in \S*\/node_modules\/\S+\.tsx?\(\d+,\d+\):|^(?:\.\.\/)+@types\/\S+\.d\.ts\(\d+,\d+\): error TS\d{4}:|\berror TS2688: Cannot find type definition file for '[^']+'/;

// tsc rejecting its configuration rather than the code: no inputs, unknown options, a tsconfig it
// cannot read or extend.
const TSCONFIG_ERROR =
  /(?:\berror |^)TS(?:18003|5023|5024|5025|5083|6053|5058|5057|6046|6369|6304|6305|6306|6307|6310|5069|5101|5107):/;

// Perl and R unable to load a module or package: a dependency missing from the build's environment
// (BUILD_DEPENDENCY) or from the started app's (MISSING_MODULE_RUNTIME), by phase.
const PERL_MODULE_MISSING = /Can\x27t locate [\w/]+\.pm in @INC\b/;
const R_PACKAGE_MISSING = /there is no package called ['‘]?[\w.]+['’]?/;

// A package's installer building its native code (pip's wheel, setup.py, node-gyp): compiler and
// linker errors in such a log are the package's (guide case 3), not the project's.
const NATIVE_PACKAGE_BUILD =
  /Failed building wheel|Building wheel for|\bgyp (?:ERR!|info)|error: command '[^']*(?:gcc|g\+\+|clang|cc)' failed|Running setup\.py install|Failed to build installable wheels/;
// A source path under a dependency's directory: Bazel's external/ repositories, vendored code,
// installed packages, pecl's build directory.
const DEPENDENCY_SOURCE_DIR =
  "(?:(?:external|third_party|vendor)\\/|\\S*\\/(?:site-packages|node_modules|\\.cargo\\/registry|pkg\\/mod|pear\\/temp)\\/)";
// A C or C++ compiler's error on a file and position ("src/x.cc:88:14: error: ...").
const C_COMPILE_ERROR_AT = "\\.(?:c|cc|cpp|cxx|h|hpp):\\d+:\\d+: (?:fatal )?error: ";

// A Go module's source outside the project: the module cache or the vendor directory.
const GO_DEPENDENCY_SOURCE = "(?:\\/pkg\\/mod\\/|^(?:\\.\\/)?vendor\\/|\\/src\\/golang\\.org\\/x\\/)";

const GO_COMPILE_ERROR =
  /\.go:\d+(?::\d+)?: (?:undefined: |cannot use |not enough arguments|too many arguments|declared and not used|declared but not used|imported and not used|syntax error|missing return|.* has no field or method|invalid operation|cannot convert)/;

// An app saying it goes on with a default for a variable it did not find: a notice, not the failure.
const DEFAULT_TAKEN =
  /\bnot set\. Skipping\b|\bnot set, defaulting to\b|\bnot set\. Installing \S+ to \S+|\bnot set, generat(?:ed|ing)\b|\b(?:use|using|defaulting to|default(?:s|ing)? to|falls? back to|falling back to)\b[^.]*\bdefault\b|\bas (?:the )?default(?: value)?\b|, using (?:the )?default\b|\bfrom (?:a |the )?file, not provided as an environment variable\b|\bwill be (?:automatically )?generated\b/i;

// A variable named as unset in a notice, not a failure: a default taken, or Gradle's wrapper
// explaining JAVA_HOME beside a missing java (that is the build image's, BUILD_CONFIG).
// The pkg-config crate's hint beside a system library it did not find is the same kind of notice.
const DEFAULT_OR_JAVA_NOTICE = new RegExp(
  `no .java. command could be found|The PKG_CONFIG_PATH environment variable is not set|to the PKG_CONFIG_PATH environment variable|${DEFAULT_TAKEN.source}`,
  "i",
);

// Environment-variable-shaped names: DATABASE_URL, SECRET_KEY, OPENAI_API_KEY (not "Error", not "PATH" lookups in prose).
// (Double underscores nest settings in some frameworks: DB_SSL__CA_FILE.)
const VAR = "([A-Z][A-Z0-9]*(?:_{1,2}[A-Z0-9]+)+|[A-Z]{4,}[A-Z0-9]*)";

const BUILD_DEPENDENCY_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- BUILD_DEPENDENCY
  {
    // CMake's find_package without the package's config file: a library the build needs is not installed.
    id: "cmake-package-config-missing",
    category: "BUILD_DEPENDENCY",
    re: /^Could not find a package configuration file provided by "[\w.+-]+" with any$/,
    weight: 8,
    keyWeight: 10,
    phaseWeight: { runtime: 0 },
    reason: "a library the build needs is not installed",
  },
  {
    // Next.js without the SWC binary for this platform (an optional dependency the install skipped).
    id: "next-swc-binary-missing",
    category: "BUILD_DEPENDENCY",
    re: /\bAttempted to load @next\/swc-[\w-]+, but it was not installed\b/,
    weight: 8,
    reason: "the compiler's native binary for this platform is not installed",
  },
  {
    // Angular's CLI or compiler refusing a framework or TypeScript version it does not support.
    id: "angular-cli-version-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /^This version of CLI is only compatible with Angular versions\b|\bThe Angular Compiler requires TypeScript >=[\d.]+ and <[\d.]+ but [\d.]+ was found instead\b/,
    weight: 8,
    reason: "the installed Angular CLI and framework versions do not fit together",
  },
  {
    // esbuild's JavaScript API and its native binary installed at two versions.
    id: "esbuild-host-binary-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /\bCannot start service: Host version "[\w.-]+" does not match binary version "[\w.-]+"/,
    weight: 9,
    reason: "two versions of esbuild are installed where one is expected",
  },
  {
    // pnpm refusing a package's engines field: the lockfile's package path ("/glob-promise/6.0.2")
    // or its name@version is named, not the project's directory (guide case 1).
    id: "pnpm-engine-package",
    category: "BUILD_DEPENDENCY",
    re: PNPM_ENGINE_PACKAGE,
    weight: 9,
    keyWeight: 10,
    reason: "a package the project installs needs another runtime version than the build has",
  },
  {
    // Hex unable to read a package's record from the registry: the named package is what failed.
    id: "hex-fetch-record-failed",
    category: "BUILD_DEPENDENCY",
    re: /\bFailed to fetch record for '[\w/.-]+' from registry\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the package registry did not return a package's record",
  },
  {
    // Yarn Berry's checksum check on a fetched archive.
    id: "yarn-berry-checksum-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /\bYN0018: .*doesn\x27t match the expected checksum\b/,
    weight: 9,
    keyWeight: 10,
    reason: "a fetched package does not match its recorded checksum",
  },
  {
    // A PHP parse error in a file under vendor/: a package's source, not the project's (guide case 3).
    id: "php-parse-error-in-vendor",
    category: "BUILD_DEPENDENCY",
    re: /^(?:PHP )?Parse error: syntax error, .* in \S*\/vendor\/\S+\.php on line \d+/,
    weight: 8,
    reason: "a package's PHP source does not parse on this PHP",
  },
  {
    // apt's bare account of a repository it cannot verify (under "Err:1 ... InRelease"); the "W: GPG error"
    // line that names the repository, when present, is the key line (apt-invalid-signature).
    id: "apt-signature-unverified",
    category: "BUILD_DEPENDENCY",
    re: /^At least one invalid signature was encountered\.$|\bThe following signatures couldn\x27t be verified because the public key is not available\b/,
    weight: 7,
    reason: "the system package repository's signature could not be verified",
  },
  {
    // A C error in a file under pip's temporary build directory: a package's native build.
    id: "pip-package-c-error",
    category: "BUILD_DEPENDENCY",
    re: /^\/tmp\/pip-(?:install|build|req-build)-\S+:\d+:\d+: (?:fatal )?error: /,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "a package's native code does not compile",
  },
  {
    // A package's configure script finding no working C compiler (guide case 4).
    id: "configure-no-c-compiler",
    category: "BUILD_DEPENDENCY",
    re: /^configure: error: C compiler cannot create executables$/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "a package's native build has no working C compiler",
  },
  {
    // SAM's pip builder unable to resolve packages that ship only as source.
    id: "sam-pip-resolve-dependencies",
    category: "BUILD_DEPENDENCY",
    re: /\bPythonPipBuilder:ResolveDependencies - /,
    weight: 8,
    reason: "the packages could not be resolved for the function's platform",
  },
  {
    // A napi-rs package (SWC, and others) without the native binding for this platform.
    id: "napi-native-binding-missing-at-build",
    category: "BUILD_DEPENDENCY",
    re: /Cannot find module '\.\/[\w.-]+\.node'/,
    requires: /\bFailed to load native binding\b/,
    phaseWeight: { runtime: 0 },
    weight: 8,
    keyWeight: 9,
    reason: "a package's native binding for this platform is not installed",
  },
  {
    // babel-loader and @babel/core of different major versions.
    id: "babel-version-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /\bRequires Babel \x22[^\x22]+\x22, but was loaded with \x22[^\x22]+\x22/,
    weight: 8,
    reason: "two Babel packages of different major versions are installed",
  },
  {
    // TypeScript failing on a wrapping package (ts-node, a loader) built for another TypeScript.
    id: "typescript-wrapper-outdated",
    category: "BUILD_DEPENDENCY",
    re: /\blikely by a wrapping package working with an outdated `?\w+`? signature\b/,
    // (The assertion's quoted source under it is not the error line.)
    unless: /\bts\.Debug\.assert\(/,
    weight: 8,
    reason: "a package that wraps TypeScript does not fit the installed TypeScript",
  },
  {
    // An installed package's directory import that Node's ESM loader refuses, during a build.
    id: "esm-dir-import-in-package",
    category: "BUILD_DEPENDENCY",
    re: /ERR_UNSUPPORTED_DIR_IMPORT\]?:? Directory import '[^\x27]*\/node_modules\//,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "an installed package imports a directory, which ES modules do not allow",
  },
  {
    // grafana-cli unable to download a plugin.
    id: "grafana-plugin-download-failed",
    category: "BUILD_DEPENDENCY",
    re: /\bfailed to download plugin archive\b/,
    weight: 7,
    reason: "a plugin could not be downloaded",
  },
  {
    // pub unable to reach its package site.
    id: "pub-site-trouble",
    category: "BUILD_DEPENDENCY",
    re: /\bIt looks like pub\.dartlang\.org is having some trouble\b|\bpub get failed\b.*\bConnection (?:refused|reset|failed)\b/,
    weight: 7,
    explains: ["DEPENDENCY_UNREACHABLE"],
    reason: "the package site could not be reached",
  },
  {
    // cabal's resolver giving up (its heading)...
    id: "cabal-could-not-resolve",
    category: "BUILD_DEPENDENCY",
    re: /^cabal: Could not resolve dependencies:$/,
    weight: 7,
    keyWeight: 8,
    reason: "cabal could not resolve the dependencies",
  },
  {
    // ... and, in its trace, a package no index has: the one line that names the cause.
    id: "cabal-unknown-package",
    category: "BUILD_DEPENDENCY",
    re: /^\[__\d+\] unknown package: /,
    weight: 7,
    keyWeight: 9,
    reason: "a dependency is not in any package index",
  },
  {
    // node-gyp's gyp refusing an option an old package passes to it (the package predates this node-gyp).
    id: "gyp-no-such-option",
    category: "BUILD_DEPENDENCY",
    re: /\bgyp_main\.py: error: no such option: /,
    phaseWeight: { runtime: 0 },
    weight: 6,
    keyWeight: 8,
    reason: "a package's native build passes an option node-gyp no longer has",
  },
  {
    // A buildpack unable to resolve the host it downloads the runtime from.
    id: "buildpack-download-dns-failed",
    category: "BUILD_DEPENDENCY",
    re: /: Dns Failed: resolve dns name '/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    explains: ["DEPENDENCY_UNREACHABLE"],
    reason: "a download during the build could not resolve its host",
  },
  {
    // git unable to run ssh while a build fetches a git dependency: the fetch lacks its tool (case 4).
    id: "git-cannot-run-ssh",
    category: "BUILD_DEPENDENCY",
    re: /\bfatal: cannot run ssh: No such file or directory\b/,
    weight: 8,
    reason: "a git dependency could not be fetched: ssh is not installed",
  },
  {
    // Mix needing rebar3 to build an Erlang dependency (guide case 4: a package's build needs the tool).
    id: "mix-rebar-missing-for-dependency",
    category: "BUILD_DEPENDENCY",
    re: /\bCould not find \x22rebar3?\x22(?:, which is needed to build| to compile) dependency :\w+/,
    weight: 8,
    reason: "a dependency's build needs rebar, which is not installed",
  },
  {
    // Mix's account of dependencies whose lock and requirement disagree.
    id: "mix-dependencies-diverged",
    category: "BUILD_DEPENDENCY",
    re: /^Dependencies have diverged:$/,
    weight: 7,
    keyWeight: 8,
    reason: "the dependencies disagree with the lock file",
  },
  {
    // Symfony's cache warm-up loading a bundle the install left out (composer without dev packages).
    id: "symfony-bundle-class-missing-at-build",
    category: "BUILD_DEPENDENCY",
    re: /\bAttempted to load class \x22\w+Bundle\x22 from namespace\b/,
    phaseWeight: { runtime: 0 },
    weight: 8,
    reason: "the build loads a bundle the installed packages do not include",
  },
  {
    // A webpack loader of an installed package failing (the package's code, case 3).
    id: "webpack-package-loader-failed",
    category: "BUILD_DEPENDENCY",
    re: /^Module build failed \(from \.\/node_modules\/(?:@[\w.-]+\/)?[\w.-]+\/(?!babel-loader|ts-loader|css-loader|sass-loader|postcss-loader|vue-loader|esbuild-loader|swc-loader)[^)]*\):$/,
    phaseWeight: { runtime: 0 },
    weight: 6,
    reason: "a loader from an installed package failed",
  },
  {
    // sharp's install failing during a build (at start it is a missing binary: MISSING_MODULE_RUNTIME).
    id: "sharp-install-failed-at-build",
    category: "BUILD_DEPENDENCY",
    re: SHARP_INSTALL_FAILED,
    phaseWeight: { runtime: 0 },
    weight: 8,
    reason: "a package's native binary could not be installed",
  },
  {
    // conda unable to download a package.
    id: "conda-http-error",
    category: "BUILD_DEPENDENCY",
    re: /\bCondaHTTPError: HTTP \d+ [A-Z ]+ for url\b/,
    weight: 8,
    explains: ["DEPENDENCY_UNREACHABLE", "RUNTIME_EXCEPTION"],
    reason: "conda could not download a package",
  },
  {
    // pip's hash check refusing a download.
    id: "pip-hash-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /\bTHESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE\b/,
    weight: 8,
    reason: "a downloaded package does not match its pinned hash",
  },
  {
    // A package's setup.py importing a module the build has not installed (xformers needs torch):
    // the dependency set, not the app (the app is not running yet). Under pip, or under another builder
    // that runs setup.py itself (Nix), where only the traceback's setup.py frame says so.
    id: "pip-setup-imports-missing-module",
    category: "BUILD_DEPENDENCY",
    re: /\bModuleNotFoundError: No module named '[\w.]+'/,
    requires:
      /\bsetup\.py egg_info did not run successfully\b|<pip-setuptools-caller>|Getting requirements to build wheel|^File "[^"]*\bsetup\.py", line \d+, in <module>$/,
    phaseWeight: { runtime: 0 },
    weight: 9,
    explains: ["MISSING_MODULE_RUNTIME"],
    reason: "a package's build imports a module that is not installed yet",
  },
  {
    // Bun running a package's install script that failed (its own error: a package's build, case 3).
    id: "bun-package-install-script-failed",
    category: "BUILD_DEPENDENCY",
    re: /^error: (?:pre|post)?install script from \x22[^\x22]+\x22 exited with\b/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "a package's install script failed",
  },
  {
    // ... and the script it could not find, printed before that: the package's, not the project's.
    id: "bun-package-script-not-found",
    category: "BUILD_DEPENDENCY",
    re: /^error: script not found \x22[^\x22]+\x22$/,
    requires: /^error: (?:pre|post)?install script from \x22/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    keyWeight: 8,
    reason: "a package's install script runs a file the package does not have",
  },
  {
    // Nuxt failing to import a module the build loads (a package of the dependency set).
    id: "nuxt-module-import-failed",
    category: "BUILD_DEPENDENCY",
    re: /\bError while importing module (?:@[\w.-]+\/)?[\w.-]+: /,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "the build could not import a module of an installed package",
  },
  {
    // Quarkus without the JDBC driver extension for the database kind it is configured for.
    id: "quarkus-no-jdbc-driver",
    category: "BUILD_DEPENDENCY",
    re: /\bUnable to find a JDBC driver corresponding to the database kind\b/,
    weight: 8,
    reason: "the dependency set lacks the database's JDBC driver",
  },
  {
    // sbt, Maven or Gradle refused the repository's TLS certificate while fetching a package.
    id: "build-fetch-pkix",
    category: "BUILD_DEPENDENCY",
    re: /\bPKIX path building failed\b/,
    phaseWeight: { runtime: 0 },
    weight: 6,
    reason: "a package could not be fetched: the repository's certificate is not trusted",
  },
  {
    // npm (old versions) naming the tarball it could not fetch, before the status it got.
    id: "npm-fetch-failed-url",
    category: "BUILD_DEPENDENCY",
    re: /^npm (?:ERR!|error) fetch failed https?:\/\//,
    phaseWeight: { runtime: 0 },
    weight: 7,
    keyWeight: 8,
    reason: "npm could not fetch a package",
  },
  {
    // Prisma's CLI downloading its engines: a download of the package's binaries, not a service of the app.
    id: "prisma-engine-download-failed",
    category: "BUILD_DEPENDENCY",
    re: /\brequest to https:\/\/binaries\.prisma\.sh\/\S+ failed, reason: /,
    weight: 8,
    explains: ["DEPENDENCY_UNREACHABLE"],
    reason: "Prisma could not download its engines",
  },
  {
    // musl's loader, during a build, missing a system library a package's binary needs (Prisma's
    // engines, SWC on Alpine): the package's native part lacks a system library (guide case 4).
    id: "build-shared-library-missing",
    category: "BUILD_DEPENDENCY",
    re: /\bError loading shared library [\w.+-]+: No such file or directory \(needed by /,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "a package's binary needs a system library the build image lacks",
  },
  {
    // conda and mamba failing on a package: one that does not exist in the channels, or whose link script fails.
    id: "conda-package-install-failed",
    category: "BUILD_DEPENDENCY",
    re: /\bdoes not exist \(perhaps a typo or a missing channel\)|\bfailed to execute pre\/post link script for \S+|An error occurred while installing package '[^\x27]+'/,
    weight: 8,
    reason: "conda could not find or install a package",
  },
  {
    // A package's configure script not finding what it needs (PHP extensions built in the image): a
    // tool, a library's prefix, or the system library pkg-config looked for.
    id: "configure-prerequisite-missing",
    category: "BUILD_DEPENDENCY",
    re: /configure: error: (?:[\w.+-]+ not found\.?$|Unable to detect \w+ prefix\b|Package requirements \([^)]+\) were not met\b)/,
    keyWeight: 9,
    weight: 8,
    phaseWeight: { runtime: 0 },
    reason: "a package's native build lacks a tool or a system library",
  },
  {
    // A library refusing the version of another installed beside it (Celery's transport and redis-py).
    id: "library-version-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /\bVersionMismatch\('[^\x27]*requires [\w.-]+ versions? [\d.]+ or later/,
    weight: 8,
    reason: "an installed library is older than another one requires",
  },
  {
    // gulp unable to load the compiler its TypeScript gulpfile needs (the SyntaxError after it follows from that).
    id: "gulp-external-module",
    category: "BUILD_DEPENDENCY",
    re: /Failed to load external module [\w@/.-]+/,
    weight: 8,
    explains: ["BUILD_COMPILE"],
    reason: "a module the build tool loads is not installed",
  },
  {
    // A package's script with Windows line endings ("node\r"): the shebang names a program that is not there.
    id: "package-script-crlf",
    category: "BUILD_DEPENDENCY",
    re: /\/usr\/bin\/env: '\w+\s': No such file or directory/,
    requires: /\bpostinstall\b|node_modules/,
    weight: 8,
    reason: "a package's script has Windows line endings",
  },
  {
    // A prebuilt native module for glibc loaded on musl (Alpine): the package's binary does not fit.
    id: "native-module-musl-glibc",
    category: "BUILD_DEPENDENCY",
    re: /Error relocating \S*node_modules\S+\.node: \w+: symbol not found/,
    weight: 8,
    reason: "a package's prebuilt binary does not fit the image's C library",
  },

  {
    // Dart compile errors in a package from the pub cache (the line before names its file).
    id: "dart-package-compile-error",
    category: "BUILD_DEPENDENCY",
    re: /^Error: /,
    follows: /\.pub-cache\/\S+\.dart:\d+:\d+:$/,
    weight: 8,
    reason: "a package's Dart code does not compile with this SDK",
  },
  {
    // esbuild unable to find a package the code imports by name (not a path): the dependency set lacks it (5 labels of 7).
    id: "esbuild-package-unresolved",
    category: "BUILD_DEPENDENCY",
    re: /(?:\[ERROR\]|: ERROR:|: error:) Could not resolve "(?![./~]|node:)(?:@[\w.-]+\/)?[\w.-]+(?:\/[\w.-]+)*"/,
    weight: 8,
    explains: ["BUILD_COMPILE"],
    reason: "the bundler cannot find a package the code imports",
  },
  {
    // Metro unable to resolve a module a package under node_modules imports.
    id: "metro-package-module-unresolved",
    category: "BUILD_DEPENDENCY",
    re: /Unable to resolve module \S+ from \S*node_modules[\\/]/,
    weight: 8,
    explains: ["BUILD_COMPILE"],
    reason: "a package imports a module that is not installed",
  },
  {
    // NuGet's restore of a .NET project failing (the cause, when printed, is above it).
    id: "dotnet-restore-failed",
    category: "BUILD_DEPENDENCY",
    re: /\bRestore failed in [\d.]+ (?:sec|ms) for \S+\.(?:cs|fs|vb)proj\b/,
    weight: 7,
    reason: "the .NET package restore failed",
  },
  {
    // Yarn's own cache or global directory holding a broken entry.
    id: "yarn-cache-broken",
    category: "BUILD_DEPENDENCY",
    re: /An unexpected error occurred: \x22ENOENT: no such file or directory, \w+ '[^']*\/(?:\.cache\/yarn|\.config\/yarn|\.yarn-cache)\//,
    weight: 8,
    keyWeight: 9,
    reason: "yarn's package cache is broken",
  },
  {
    // A package the build tool runs, missing from node_modules while building (guide case 2).
    id: "build-tool-package-missing",
    category: "BUILD_DEPENDENCY",
    re: PACKAGE_BIN_NOT_FOUND,
    phaseWeight: { runtime: 0 },
    weight: 8,
    reason: "a tool the build runs is missing from the installed packages",
  },
  {
    // rebar3 unable to fetch a dependency.
    id: "rebar3-dep-fetch-failed",
    category: "BUILD_DEPENDENCY",
    re: /===> Failed to fetch and copy dep: /,
    weight: 8,
    reason: "rebar3 could not fetch a dependency",
  },
  {
    // Composer naming the package version it could not find (over its summary).
    id: "composer-package-not-found",
    category: "BUILD_DEPENDENCY",
    re: /^- The requested package \S+ .*could not be found\b|^- Root composer\.json requires \S+, it could not be found in any version\b/,
    weight: 8,
    keyWeight: 9,
    reason: "a package version the project requires does not exist",
  },
  {
    // apt unable to reach its mirrors at all (the "Unable to locate package" after it follows from that).
    id: "apt-mirror-unresolvable",
    category: "BUILD_DEPENDENCY",
    re: /^W: Failed to fetch \S+\s+(?:Temporary failure resolving|Could not resolve) '[^\x27]+'/,
    weight: 8,
    keyWeight: 9,
    reason: "the build could not reach the system package mirrors",
  },

  {
    // Go: a module whose go.mod declares another path than the one it is required by.
    id: "go-module-path-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /\bmodule declares its path as: \S+/,
    weight: 8,
    keyWeight: 9,
    reason: "a module's declared path differs from the path it is required by",
  },

  {
    // npm ci refusing a lock file out of step with package.json (npm 6 named it cipm).
    id: "npm-ci-lock-out-of-sync",
    category: "BUILD_DEPENDENCY",
    re: /\b(?:cipm|npm ci) can only install packages when your package\.json and package-lock\.json(?: or npm-shrinkwrap\.json)? are in sync\b/,
    weight: 8,
    keyWeight: 9,
    reason: "the lock file is out of step with package.json",
  },

  {
    // npm's package cache holding a path of the wrong kind (a file where a directory should be).
    id: "npm-cache-corrupt",
    category: "BUILD_DEPENDENCY",
    re: /^npm (?:ERR!|error) E(?:NOTDIR|ISDIR|EXIST): [^,]+, \w+ '[^']*\/_cacache\//,
    weight: 7,
    reason: "npm's package cache is corrupt",
  },
  {
    // Zig's package manifest (build.zig.zon): a dependency that cannot be fetched, unpacked or verified.
    id: "zig-zon-dependency",
    category: "BUILD_DEPENDENCY",
    re: /\bbuild\.zig\.zon:\d+:\d+: error: /,
    weight: 8,
    reason: "a Zig dependency could not be fetched or verified",
  },
  {
    // opam building a package of the switch (a conf- package checks for a system tool or library).
    id: "opam-package-failed",
    category: "BUILD_DEPENDENCY",
    re: /^\[ERROR\] The (?:compilation|installation) of [\w.+-]+ failed\b/,
    weight: 8,
    reason: "opam could not build a package",
  },
  {
    // pip handed a wheel built for another platform (wheels copied from the host into the image).
    id: "pip-wheel-wrong-platform",
    category: "BUILD_DEPENDENCY",
    re: /\.whl is not a supported wheel on this platform\b/,
    weight: 8,
    reason: "a wheel built for another platform was installed",
  },
  {
    // pip's PEP 517 steps that ask a package's build backend what it needs, or install it, failing.
    id: "pip-build-requirements-failed",
    category: "BUILD_DEPENDENCY",
    re: /Getting requirements to build (?:wheel|editable) (?:did not run successfully|exited with \d+)|\bpip subprocess to install build dependencies did not run successfully\b/,
    weight: 7,
    reason: "a package's build backend failed before it could be built",
  },
  {
    // Old pip unable to reach its package index at all.
    id: "pip-index-unreachable",
    category: "BUILD_DEPENDENCY",
    re: /^Cannot fetch index base URL https?:\/\//,
    weight: 8,
    reason: "pip could not reach the package index",
  },
  {
    // apt refusing a package whose dependency the image's release cannot install.
    id: "apt-unmet-dependency",
    category: "BUILD_DEPENDENCY",
    re: /^\S+ : Depends: \S+(?: \([^)]*\))? but (?:it is not installable|it is not going to be installed)\b/,
    weight: 8,
    reason: "a system package depends on one the image's release cannot install",
  },
  {
    // The Clojure CLI unable to build the class path from deps.edn (an artifact it cannot resolve).
    id: "clojure-classpath-unresolved",
    category: "BUILD_DEPENDENCY",
    re: /\bError building classpath\. /,
    weight: 8,
    keyWeight: 9,
    reason: "the Clojure CLI could not resolve a dependency",
  },
  {
    // Yarn Plug'n'Play refusing a package a dependency imports without declaring it.
    id: "yarn-pnp-forbidden-import",
    category: "BUILD_DEPENDENCY",
    re: /The Yarn Plug'n'Play manifest forbids importing "[^"]+" here\b/,
    weight: 8,
    reason: "a package imports one it does not declare (Yarn Plug'n'Play)",
  },
  {
    // A build tool a package's native build runs, missing from the image (guide case 4).
    id: "native-build-tool-missing",
    category: "BUILD_DEPENDENCY",
    re: /^(?:\/bin\/)?sh: (?:\d+: )?(?:cmake|make|gcc|g\+\+|cc|c\+\+|autoconf|automake|autoreconf|libtool|pkg-config|cargo|go): not found$/,
    requires:
      /could not compile dependency|gyp ERR!|Failed to build gem native extension|error: subprocess-exited-with-error|Building wheel for \S+ \(|\bnode-pre-gyp\b/,
    weight: 8,
    keyWeight: 9,
    reason: "a package's native build runs a tool the image does not have",
  },

  {
    // Ivy (sbt) listing a module it could not resolve under "UNRESOLVED DEPENDENCIES".
    id: "ivy-unresolved",
    category: "BUILD_DEPENDENCY",
    // (the "[warn]" prefix is stripped before rules read the line)
    re: /^(?:\[warn\]\s+)?:: [\w.-]+#[\w.-]+;[\w.+-]+: not found$/,
    weight: 8,
    // sbt's ResolveException, when printed, names the same module and is the key line.
    keyWeight: 7,
    reason: "sbt could not resolve a dependency",
  },
  {
    // A Fastify plugin refusing the Fastify version installed beside it.
    id: "fastify-plugin-version",
    category: "BUILD_DEPENDENCY",
    re: /fastify-plugin: \S+ - expected '[^']+' fastify version, '[^']+' is installed/,
    weight: 8,
    reason: "a plugin does not support the framework version installed",
  },
  {
    // A package whose native part is Rust (cryptography) built without a Rust toolchain (guide case 4).
    id: "package-needs-rust",
    category: "BUILD_DEPENDENCY",
    re: /^error: [Cc]an(?:'t| ?not) find Rust compiler$/,
    weight: 8,
    reason: "a package's native build needs a Rust compiler",
  },
  {
    // A package requiring an ES-module-only package (both under node_modules): the installed versions do not fit.
    id: "package-requires-esm-package",
    category: "BUILD_DEPENDENCY",
    re: /ERR_REQUIRE_ESM\]?:? require\(\) of ES Module \S*\/node_modules\/\S+ from \S*\/node_modules\//,
    weight: 7,
    reason: "a package requires an ES-module-only version of another",
  },
  {
    // Sphinx unable to import an extension the docs configuration lists: the docs' dependency set.
    id: "sphinx-extension-import-failed",
    category: "BUILD_DEPENDENCY",
    re: /Could not import extension [\w.]+ \(exception: /,
    // A standard-library module the Python in use no longer has is the runtime's version (guide case 3).
    unless: /No module named \W?(?:imghdr|distutils|pipes|cgi|asynchat|asyncore|telnetlib|crypt|nntplib|smtpd)\b/,
    weight: 8,
    reason: "the docs build lacks an extension, or has one that does not fit its Sphinx",
  },
  {
    // MkDocs configured with a theme package the build did not install (as its missing plugins are).
    id: "mkdocs-theme-not-installed",
    category: "BUILD_DEPENDENCY",
    re: /Unrecognised theme name: '[\w-]+'|Unrecognised theme '[\w-]+'/,
    weight: 8,
    reason: "the docs build uses a theme that is not installed",
  },
  {
    // cpanm unable to find a module in its index.
    id: "cpanm-module-not-found",
    category: "BUILD_DEPENDENCY",
    re: /^(?:! )?Finding [\w:]+ on cpanmetadb failed\.$|^(?:! )?Couldn.t find module or a distribution [\w:]+/,
    weight: 8,
    reason: "cpanm could not find a Perl module to install",
  },
  {
    // apt's first statement of a repository whose signature it could not verify (the "is not signed" error after it is the same cause).
    id: "apt-invalid-signature",
    category: "BUILD_DEPENDENCY",
    re: /^W: GPG error: .* At least one invalid signature was encountered\.?$/,
    keyWeight: 9,
    weight: 8,
    reason: "the system package manager could not verify a repository",
  },
  {
    // GCC's missing-header error in a German locale.
    id: "c-header-missing-localised",
    category: "BUILD_DEPENDENCY",
    re: /: schwerwiegender Fehler: [\w./-]+\.h: Datei oder Verzeichnis nicht gefunden$/,
    weight: 7,
    reason: "a header the native build needs is not installed",
  },
  {
    // cgo refusing a flag a system library's pkg-config file returns (the library's install).
    id: "pkg-config-invalid-flag",
    category: "BUILD_DEPENDENCY",
    re: /invalid flag in pkg-config --(?:cflags|libs)\b/,
    weight: 8,
    reason: "a C library's pkg-config file gives flags the Go build refuses",
  },
  {
    // Puppeteer's install finding no Chromium build for the machine's architecture.
    id: "browser-binary-unavailable-for-platform",
    category: "BUILD_DEPENDENCY",
    re: /The chromium binary is not available for \w+/,
    weight: 8,
    reason: "the package has no browser binary for this platform",
  },
  {
    // sharp's install failing to fetch libvips (a refused or timed-out download).
    id: "sharp-install-download-failed",
    category: "BUILD_DEPENDENCY",
    re: /\bsharp: Installation error: /,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 8,
    reason: "sharp could not download the library it installs",
  },
  {
    // Yarn Plug'n'Play refusing a package's require of one it does not declare.
    id: "yarn-pnp-undeclared-dependency",
    category: "BUILD_DEPENDENCY",
    re: /tried to access [@\w./-]+, but it isn.?t declared in its dependencies/,
    weight: 8,
    reason: "a package uses another it does not declare, which Plug'n'Play refuses",
  },
  {
    // A package download through a proxy that would not open a tunnel: the dependency fetch failed (guide table: download failures of packages).
    id: "registry-fetch-through-proxy-failed",
    category: "BUILD_DEPENDENCY",
    re: /\.tgz: tunneling socket could not be established\b/,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 8,
    reason: "the package manager could not fetch packages through the proxy",
  },
  {
    // yarn's report that a package's own install script failed (its native build, a tool it calls: guide case 4).
    id: "yarn-package-script-failed",
    category: "BUILD_DEPENDENCY",
    re: /^error \S*node_modules\/(?:@[\w.-]+\/)?[\w.-]+: Command failed\.$/,
    explains: ["BUILD_CONFIG"],
    weight: 8,
    reason: "a package's install script failed",
  },
  {
    // Swift Package Manager's git step over a package checkout failing (a clone, a cached checkout).
    id: "swiftpm-git-command-failed",
    category: "BUILD_DEPENDENCY",
    re: /^error: Git command 'git .+' failed: /,
    weight: 7,
    reason: "Swift Package Manager could not fetch a package with git",
  },
  {
    // Crystal's compile error whose last frame is in a shard the project installed (lib/), not its own code (guide case 3).
    id: "crystal-error-in-shard",
    category: "BUILD_DEPENDENCY",
    re: /^Error: \S/,
    requires: /^In lib\/\S+\.cr:\d+:\d+$/,
    unlessLog: /^In (?:src|spec)\/\S+\.cr:\d+:\d+$/,
    weight: 7,
    reason: "a shard (a dependency's code) does not compile",
  },
  {
    // A C or C++ compiler error while a package's installer builds its native extension (pip's wheel,
    // node-gyp): the compiler's line says what failed, over the installer's "command 'gcc' failed".
    id: "c-compile-error-in-package-build",
    category: "BUILD_DEPENDENCY",
    re: new RegExp(`^\\S+${C_COMPILE_ERROR_AT}(?!.*: No such file or directory$)`),
    requires: NATIVE_PACKAGE_BUILD,
    weight: 7,
    keyWeight: 10,
    reason: "a package's native code does not compile",
  },
  {
    // A C or C++ compiler error in a dependency's source (Bazel's external/ repositories, vendored or installed packages): guide case 3.
    id: "c-compile-error-in-dependency",
    category: "BUILD_DEPENDENCY",
    re: new RegExp(`^${DEPENDENCY_SOURCE_DIR}\\S+${C_COMPILE_ERROR_AT}`),
    weight: 7,
    reason: "a dependency's C or C++ source does not compile",
  },
  {
    // The Go compiler unable to find an import from a library's source (a module path under a domain), not the project's.
    id: "go-import-missing-in-dependency",
    category: "BUILD_DEPENDENCY",
    re: /\/(?:[\w-]+\.)+(?:com|org|io|net|dev|in)\/\S+\.go:\d+(?::\d+)?: can't find import: /,
    weight: 7,
    reason: "a Go library's source imports a package the build does not have",
  },
  {
    // Perl unable to load a module while the build runs (a build tool written in Perl).
    id: "perl-module-missing-build",
    category: "BUILD_DEPENDENCY",
    re: PERL_MODULE_MISSING,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "a build step needs a Perl module that is not installed",
  },
  {
    // R's library() finding no such package while a deploy builds the app's environment (Posit Connect, shinyapps.io).
    id: "r-package-missing-build",
    category: "BUILD_DEPENDENCY",
    re: R_PACKAGE_MISSING,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "the deploy's R environment lacks a package the app loads",
  },
  {
    // R failing to build or install a package (its compile, its own dependencies).
    id: "r-package-install-failed",
    category: "BUILD_DEPENDENCY",
    re: /Error building [\w.]+ \([\d.-]+\)\. Build exited with non-zero status|installation of package ['‘][\w.]+['’] had non-zero exit status|ERROR: compilation failed for package ['‘][\w.]+['’]|ERROR: dependenc(?:y|ies) .+ (?:is|are) not available for package ['‘][\w.]+['’]/,
    weight: 7,
    reason: "an R package could not be built or installed",
  },
  {
    // A package archive the build downloads answering 404 (a version moved to an archive, removed, or never published).
    id: "package-archive-404",
    category: "BUILD_DEPENDENCY",
    re: /curl: HTTP 404 https?:\/\/\S+\.(?:tar\.gz|tgz|zip)$/,
    weight: 7,
    reason: "a package archive is not at the address the build fetches",
  },
  {
    // esbuild finding that an installed package does not export a name: the version installed is not the one the code was written for.
    id: "esbuild-export-missing-in-package",
    category: "BUILD_DEPENDENCY",
    re: /No matching export in "\S*node_modules\/[^"]+" for import "[^"]+"/,
    explains: ["BUILD_COMPILE"],
    weight: 8,
    reason: "an installed package does not export what the code imports (another version of it)",
  },
  {
    // Deno's esbuild loader unable to fetch a module from a registry URL (jsr.io, deno.land).
    id: "deno-loader-remote-module-missing",
    category: "BUILD_DEPENDENCY",
    re: /\[ERROR\] Module not found "https?:\/\/[^"]+"\. \[plugin deno-loader\]|\[plugin: deno-loader\] Module not found "https?:\/\//,
    weight: 8,
    reason: "a module the build imports from a registry could not be fetched",
  },
  {
    // A package's install script downloading its binary and getting nothing back.
    id: "package-binary-download-failed",
    category: "BUILD_DEPENDENCY",
    re: /\bnpm (?:ERR!|error) Error: Failed fetching the binary: /,
    weight: 7,
    reason: "a package's install script could not download its binary",
  },
  {
    // esbuild's native package of another platform in node_modules (copied from a Mac into a Linux
    // image): the install set, not the bundler's config that failed to load because of it.
    id: "esbuild-wrong-platform",
    category: "BUILD_DEPENDENCY",
    re: /You installed esbuild for another platform than the one you're currently using\b/,
    explains: ["BUILD_CONFIG"],
    weight: 9,
    reason: "the installed packages were built for another platform",
  },
  {
    // Node refusing the syntax of an installed package's file (guide case 3): the location line Node
    // prints above the source excerpt is under node_modules ("import ... assert { type: 'json' }" on
    // Node 22).
    id: "node-syntax-error-in-package",
    category: "BUILD_DEPENDENCY",
    re: /^SyntaxError: (?!Named export|The requested module)/,
    requires: /^(?:file:\/\/)?\/\S*\/node_modules\/\S+\.[cm]?js:\d+$/,
    explains: ["BUILD_COMPILE"],
    weight: 8,
    reason: "an installed package's code does not parse on this Node.js",
  },
  {
    // The JVM finding a class built against another version of a library than the one on the class
    // path: the dependency set mixes versions (an annotation processor, a framework module).
    id: "jvm-linkage-error",
    category: "BUILD_DEPENDENCY",
    re: /\bjava\.lang\.(?:AbstractMethodError|NoSuchMethodError|IncompatibleClassChangeError|NoSuchFieldError)\b/,
    weight: 8,
    reason: "a library was built against another version of a library it calls",
  },
  {
    // wasm-bindgen's CLI and the crate it reads built with different versions of it.
    id: "wasm-bindgen-schema-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /the Rust project used to create this Wasm file was linked against\b/,
    weight: 8,
    reason: "the wasm-bindgen crate and its CLI are different versions",
  },
  {
    // PHP refusing an installed package's class that implements another package's interface of
    // another version (guide case 3: the failing code is under vendor/).
    id: "php-vendor-declaration-incompatible",
    category: "BUILD_DEPENDENCY",
    re: /Fatal error:\s+Declaration of .+ must be compatible with .+ in \S*\/vendor\//,
    weight: 9,
    reason: "two installed packages are of versions that do not fit together",
  },
  {
    // webpack unable to resolve a package the project imports: the package is not installed.
    id: "bundler-package-not-installed",
    category: "BUILD_DEPENDENCY",
    re: PACKAGE_IMPORT_UNRESOLVED,
    unless: IMPORTER_IN_PACKAGE,
    weight: 7,
    reason: "the code imports a package that is not installed",
  },
  {
    // Go building with -mod=vendor where the vendor directory lacks a package.
    id: "go-vendor-package-missing",
    category: "BUILD_DEPENDENCY",
    re: /cannot load [\w./-]+: open \S*\/vendor\/\S+: no such file or directory/,
    weight: 8,
    reason: "the vendored dependencies lack a package the build imports",
  },
  {
    // A package's native build looking for a compiler that is not installed (guide case 4):
    // Python's FileNotFoundError for 'c++'. (cgo's own "C compiler not found" is the project's
    // build: BUILD_CONFIG, as 708.)
    id: "native-build-compiler-missing",
    category: "BUILD_DEPENDENCY",
    re: /No such file or directory: '(?:c\+\+|g\+\+|gcc|cc|clang|make|cmake)'/,
    weight: 8,
    reason: "a native build needs a compiler the image lacks",
  },
  {
    // A build frontend's internal key error while building a package from source.
    id: "pep517-backend-key",
    category: "BUILD_DEPENDENCY",
    re: /KeyError: 'PEP517_BUILD_BACKEND'/,
    weight: 8,
    reason: "a package built from source failed in the build frontend",
  },
  {
    // A Cargo.lock written by a newer Cargo than the build's (guide case 9: a lock file of another
    // version of the package manager).
    id: "cargo-lockfile-version",
    category: "BUILD_DEPENDENCY",
    re: /lock file version `?\d+`? was found, but this version of Cargo does not understand this lock file|lock file version \d+ requires `-Znext-lockfile-bump`/,
    weight: 8,
    keyWeight: 9,
    reason: "the lock file was written by a newer Cargo than the build's",
  },
  {
    // A -sys crate's build script panicking on what it could not find (a library, pkg-config): the
    // panic under "failed to run custom build command" says why the script failed.
    id: "build-script-panic",
    category: "BUILD_DEPENDENCY",
    re: /panicked at .*(?:Failed to run `|Could not find|could not find|not found|No such file or directory|Unable to find)/,
    requires: /failed to run custom build command for/,
    weight: 7,
    keyWeight: 9,
    phaseWeight: { runtime: 0 },
    // A crate of the project itself (a path crate): what its build lacks is the setup's (case 4).
    unlessLog: PATH_CRATE_BUILD_FAILED,
    reason: "a crate's build script stopped on a library or tool it could not find",
  },
  {
    // openssl-sys and other -sys crates without pkg-config (its own sentence outranks the command it ran).
    id: "pkg-config-command-missing",
    category: "BUILD_DEPENDENCY",
    re: /^The pkg-config command could not be found\.$/,
    weight: 8,
    keyWeight: 10,
    reason: "a package's native build needs pkg-config, which the image lacks",
  },
  {
    // A package's build asking for a newer version of a build tool than the environment has
    // ("ValueError: setuptools>=49.4.0 is required").
    id: "build-tool-version-required",
    category: "BUILD_DEPENDENCY",
    re: /^(?:ValueError|RuntimeError|ImportError): (?:setuptools|wheel|pip|cython|numpy|packaging)\s*>=\s*[\d.]+ is required\b/i,
    weight: 8,
    reason: "a package's build needs a newer version of a build tool",
  },
  {
    // Alpine's apk unable to reach its mirror, before it reports packages it therefore cannot find.
    id: "apk-mirror-unreachable",
    category: "BUILD_DEPENDENCY",
    re: /^WARNING: (?:updating and opening|fetching) https?:\/\/\S+: temporary error \(try again later\)/,
    weight: 7,
    keyWeight: 9,
    reason: "the package mirror could not be reached during the build",
  },
  {
    // apk's solver naming the constraint a pinned package breaks (under "unable to select packages").
    id: "apk-constraint-broken",
    category: "BUILD_DEPENDENCY",
    re: /^breaks: world\[[\w.+-]+/,
    weight: 7,
    keyWeight: 9,
    reason: "a pinned Alpine package version cannot be installed",
  },
  {
    // PEAR asked for a package from a channel it does not know (a channel that is gone).
    id: "pear-unknown-channel",
    category: "BUILD_DEPENDENCY",
    re: /\bunknown channel "[\w.-]+" in "[\w./-]+"/,
    weight: 8,
    reason: "a package is requested from a PEAR channel that is not known",
  },
  {
    // A vendored module using a build directive the build's Go is too old to allow (a package's
    // source failing, guide case 3).
    id: "go-vendored-build-directive",
    category: "BUILD_DEPENDENCY",
    re: /\bvendor\/\S+\.go:\d+:\d+: \/\/go:build is not allowed in the standard library/,
    weight: 8,
    reason: "a vendored module does not build with this Go",
  },
  {
    // A gem (or its platform build) requiring another Ruby than the build has (guide case 1).
    id: "gem-requires-ruby-version",
    category: "BUILD_DEPENDENCY",
    re: /^[\w.-]+-\d[\w.-]* requires ruby version [<>=~]/,
    weight: 8,
    reason: "a gem needs another Ruby version than the build has",
  },
  {
    // prost-build (and other build scripts) without protoc: a tool a package's build needs (guide
    // case 4), whatever the PROTOC variable it offers as an alternative.
    id: "protoc-missing",
    category: "BUILD_DEPENDENCY",
    re: PROTOC_MISSING,
    // The project's own crate (Cargo names a path crate with its directory) is the next signal's.
    unlessLog: PATH_CRATE_BUILD_FAILED,
    weight: 9,
    reason: "a package's build needs protoc, which the image lacks",
  },
  {
    // The same for a crate of the project itself: the project's build calls protoc (guide case 4).
    id: "protoc-missing-own-crate",
    category: "BUILD_CONFIG",
    re: PROTOC_MISSING,
    requires: PATH_CRATE_BUILD_FAILED,
    weight: 9,
    reason: "the project's own build needs protoc, which the image lacks",
  },
  {
    // A package's install script running a helper the install did not provide (node-pre-gyp and
    // prebuild-install are only ever called by packages' own scripts, guide case 4).
    id: "package-install-helper-missing",
    category: "BUILD_DEPENDENCY",
    re: /\b(?:node-pre-gyp|prebuild-install|node-gyp-build): (?:command )?not found\b/,
    weight: 8,
    reason: "a package's install script needs a helper that is not installed",
  },
  {
    // node-gyp's conclusion of its Python search, ranked above the checks it lists before it.
    id: "gyp-python-conclusion",
    category: "BUILD_DEPENDENCY",
    re: /gyp ERR! find Python You need to install the latest version of Python\./,
    weight: 8,
    keyWeight: 9,
    reason: "a package's native build needs Python, which the image lacks",
  },
  {
    // A lock file written by another version of the package manager (guide case 9): Poetry's.
    id: "lockfile-other-manager-version",
    category: "BUILD_DEPENDENCY",
    re: /The lock file is not compatible with the current version of Poetry/,
    weight: 7,
    phaseWeight: { runtime: 0 },
    reason: "the lock file was written by another version of the package manager",
  },
  {
    // A package built from source whose build backend is not installed (Poetry's ChefBuildError).
    id: "package-build-backend-missing",
    category: "BUILD_DEPENDENCY",
    re: /^Backend '[\w.:]+' is not available\.$/,
    weight: 7,
    reason: "a package built from source needs a build backend that is not installed",
  },
  {
    // pkg-config finding no system library a package's native build needs (guide case 4).
    id: "pkg-config-package-missing",
    category: "BUILD_DEPENDENCY",
    re: /^No package '[\w.+-]+' found$/,
    weight: 8,
    reason: "a package's native build lacks a system library",
  },
  {
    // A package's PHP class declared against another version of a PHP extension's class than the
    // image has ("Declaration of Vendor\\Trait::hSet(...) must be compatible with Redis::hSet(...)").
    id: "php-declaration-vs-extension",
    category: "BUILD_DEPENDENCY",
    re: /Declaration of (?:[A-Z]\w*\\)+\w+::\w+\(.*\bmust be compatible with [A-Z]\w*::\w+\(|Return type of (?:[A-Z]\w*\\)+\w+::\w+\(.*\) should either be compatible with [A-Z]\w*::\w+\(/,
    weight: 8,
    reason: "a package's code does not match the version of the PHP extension installed",
  },
  {
    // A package's native engine needing a system library the build image lacks (Prisma on Alpine).
    id: "package-engine-shared-lib-build",
    category: "BUILD_DEPENDENCY",
    re: /Error loading shared library [\w.+-]+\.so[\d.]*: No such file or directory \(needed by \S*node_modules\//,
    weight: 10,
    phaseWeight: { runtime: 0 },
    reason: "a package's native engine needs a system library the build image lacks",
  },
  {
    // tsc (through ts-loader) failing in an installed package's declarations.
    id: "tsl-error-in-package",
    category: "BUILD_DEPENDENCY",
    re: /^\[tsl\] ERROR in \S*\/node_modules\/\S+\.tsx?\(\d+,\d+\)$/,
    weight: 9,
    reason: "an installed package's type declarations do not compile",
  },
  {
    // make in a package's native build without the compiler it names (pgvector's clang).
    id: "make-compiler-missing",
    category: "BUILD_DEPENDENCY",
    re: /^make: (?:clang|gcc|g\+\+|cc|c\+\+)(?:-\d+)?: No such file or directory$/,
    weight: 7,
    reason: "a native build lacks the compiler it needs",
  },
  {
    // apt asked for a package version the repository does not have.
    id: "apt-version-not-found",
    category: "BUILD_DEPENDENCY",
    re: /^E: Version '[^']+' for '[^']+' was not found$/,
    weight: 8,
    reason: "a system package version is not in the repository",
  },
  {
    // CocoaPods: a pod needs a newer deployment target than the project sets (like a package needing a newer runtime).
    id: "pod-deployment-target",
    category: "BUILD_DEPENDENCY",
    re: /dependency were found, but they required a higher minimum deployment target/,
    weight: 8,
    reason: "a pod needs a newer deployment target",
  },
  {
    // Kotlin failing in a package's sources under node_modules (guide case 3).
    id: "kotlin-error-in-package",
    category: "BUILD_DEPENDENCY",
    re: /(?:^|\s)e: \S*\/node_modules\/\S+\.kts?: \(\d+, \d+\): /,
    weight: 9,
    // Unless the log names a Kotlin version mismatch: the toolchain, not the package (guide case 3).
    unlessLog: /compiled with an incompatible version of Kotlin/,
    reason: "a package's Kotlin sources do not compile",
  },
  {
    // Gradle finding one class in two dependencies.
    id: "gradle-duplicate-class",
    category: "BUILD_DEPENDENCY",
    re: /^Duplicate class [\w.$]+ found in modules \S+/,
    weight: 8,
    reason: "two dependencies ship the same class",
  },
  {
    // A registry failing while the build pulls an image manifest.
    id: "registry-manifest-unavailable",
    category: "BUILD_DEPENDENCY",
    re: /unexpected status code \[manifests [^\]]+\]: 5\d\d\b/,
    weight: 7,
    reason: "the image registry failed while the build pulled from it",
  },
  {
    // A build copying a native package's binary that was never built or installed (Next.js standalone, sharp).
    id: "native-binary-copy-missing",
    category: "BUILD_DEPENDENCY",
    re: /ENOENT: no such file or directory, copyfile '[^']*node_modules\/[^']+\.node'/,
    weight: 8,
    reason: "a native package's binary is not installed",
  },
  {
    // A CLI plugin package the command needs is not installed in the project.
    id: "cli-package-not-installed",
    category: "BUILD_DEPENDENCY",
    re: /^(?:\S+ )*@?[\w.-]+(?:\/[\w.-]+)? not installed in current project$/,
    weight: 8,
    reason: "a package the command needs is not installed",
  },
  {
    // Yarn unable to replace node_modules left from an earlier install.
    id: "yarn-enotempty",
    category: "BUILD_DEPENDENCY",
    re: /An unexpected error occurred: "ENOTEMPTY: directory not empty, rmdir '[^']*node_modules/,
    weight: 7,
    reason: "the install cannot replace existing node_modules",
  },
  {
    // Webpack Encore: a project file refers to a package that is not installed.
    id: "encore-package-reference",
    category: "BUILD_DEPENDENCY",
    re: /contains a reference to the file "(?:@[\w.-]+\/)?[\w.-]+"\.$/,
    weight: 8,
    reason: "the build refers to a package that is not installed",
  },
  {
    // A configure script of a native extension finding no header it needs.
    id: "configure-header-missing",
    category: "BUILD_DEPENDENCY",
    re: /(?:^|configure: error: )[\w./+-]+\.h not found\b/,
    weight: 8,
    // The line naming the header says more than mkmf's "extconf.rb failed" (8.6) after it.
    keyWeight: 9,
    reason: "a native build lacks a header",
  },
  {
    // pip needing git for a VCS requirement in an image without it.
    id: "pip-vcs-git-missing",
    category: "BUILD_DEPENDENCY",
    re: /Cannot find command 'git'/,
    weight: 8,
    reason: "a requirement is fetched with git, which the build does not have",
  },
  {
    // pip's resolver explaining a conflict under "The conflict is caused by:".
    id: "pip-conflict-cause",
    category: "BUILD_DEPENDENCY",
    re: /^\S+ \S+ depends on \S+/,
    requires: /The conflict is caused by:/,
    weight: 7,
    keyWeight: 8,
    reason: "pip names the requirements that conflict",
  },
  {
    // make failing in a node-gyp target (a package's native build).
    id: "node-gyp-make-target",
    category: "BUILD_DEPENDENCY",
    re: /make: \*\*\* \[[\w.-]+\.target\.mk:\d+: /,
    weight: 7,
    reason: "a package's native build failed",
  },
  {
    // Jekyll naming a plugin gem that is not installed for the site's build.
    id: "jekyll-plugin-missing",
    category: "BUILD_DEPENDENCY",
    re: /Dependency Error: Yikes! It looks like you don't have [\w.-]+ or one of its dependencies installed/,
    weight: 9,
    phaseWeight: { runtime: 0 },
    reason: "the site's build needs a gem that is not installed",
  },
  {
    // MkDocs' configuration naming a plugin package that is not installed.
    id: "mkdocs-plugin-missing",
    category: "BUILD_DEPENDENCY",
    re: /Config value '?plugins'?: The "[\w.-]+" plugin is not installed/,
    weight: 8,
    reason: "the docs build uses a plugin package that is not installed",
  },
  {
    // pnpm: a workspace: dependency names a package the workspace does not contain.
    id: "pnpm-workspace-package-missing",
    category: "BUILD_DEPENDENCY",
    re: /ERR_PNPM_WORKSPACE_PKG_NOT_FOUND\b/,
    weight: 8,
    reason: "a workspace dependency names a package the workspace does not contain",
  },
  {
    // Alpine's apk listing what an install needs and cannot find ("so:libicu.so.62 (no such package):").
    id: "apk-unsatisfiable",
    category: "BUILD_DEPENDENCY",
    re: /(?:^|\s)[\w:.+-]+ \((?:missing|no such package)\):$/,
    requires: /unsatisfiable constraints|unable to select packages/,
    weight: 8,
    reason: "apk cannot find a package the install needs",
  },
  {
    // dpkg refusing to configure a package whose dependencies are not installed.
    id: "dpkg-dependency-problems",
    category: "BUILD_DEPENDENCY",
    re: /^[\w.+-]+ depends on [\w.+-]+(?: \([^)]*\))?; however:$/,
    weight: 7,
    reason: "a system package's dependencies are not installed",
  },
  {
    // apt failing to download a package (404 from the mirror: the index is stale or the version gone).
    id: "apt-fetch-404",
    category: "BUILD_DEPENDENCY",
    re: /^E: Failed to fetch \S+\s+404\s+Not Found\b/,
    weight: 8,
    reason: "a system package could not be downloaded",
  },
  {
    // Go unable to load the module graph (xcaddy, plain go build): a required module cannot be resolved.
    id: "go-module-requirements",
    category: "BUILD_DEPENDENCY",
    re: /^go: error loading module requirements$/,
    weight: 7,
    // The module it could not resolve, named on the line above, is the key line.
    keyWeight: 6,
    reason: "Go could not load the module requirements",
  },
  {
    // CMake in a package's native build finding no make or ninja.
    id: "cmake-no-build-program",
    category: "BUILD_DEPENDENCY",
    re: /CMake was unable to find a build program corresponding to "[\w ]+"/,
    weight: 9,
    phaseWeight: { runtime: 0 },
    reason: "a package's native build finds no build program (make, ninja)",
  },
  {
    // A native package that cannot be loaded while the build runs (guide case 2: the dependency set).
    id: "native-module-platform-build",
    category: "BUILD_DEPENDENCY",
    re: /Could not load the "[\w@/.-]+" module using the [\w-]+ runtime/,
    weight: 9,
    phaseWeight: { runtime: 0 },
    reason: "a native package the build loads has no binary for this platform",
  },
  {
    // A C or C++ source failing on a missing header while a package builds (../src/x.cc, node-gyp, wheels).
    id: "native-header-missing",
    category: "BUILD_DEPENDENCY",
    re: /^\.\.\/\S+\.(?:c|cc|cpp|cxx):\d+:\d+: fatal error: [\w./+-]+: No such file or directory$/,
    weight: 9,
    reason: "a package's native build lacks a header",
  },
  {
    // conda/mamba's solver: a requested package no channel provides.
    id: "conda-nothing-provides",
    category: "BUILD_DEPENDENCY",
    re: /^(?:-|└─) nothing provides (?:requested )?\S+/,
    requires: /Could not solve for environment specs|libmamba|conda|mamba/i,
    weight: 8,
    keyWeight: 10,
    reason: "a requested conda package is in no channel",
  },
  {
    // npm's integrity check: the line naming the checksum that failed, over its "code EINTEGRITY".
    id: "npm-integrity-checksum",
    category: "BUILD_DEPENDENCY",
    re: /integrity checksum failed when using sha\d+/,
    weight: 8,
    keyWeight: 10,
    reason: "a downloaded package does not match its lockfile checksum",
  },
  {
    // Yarn Berry: a package's build step (postinstall, node-gyp) failed.
    id: "yarn-berry-build-failed",
    category: "BUILD_DEPENDENCY",
    re: /YN0009: .*couldn't be built successfully\b/,
    weight: 8,
    reason: "a package's build step failed during the install",
  },
  {
    // A package manager's tarball download answered 404 by the registry (bun, npm).
    id: "registry-tarball-404",
    category: "BUILD_DEPENDENCY",
    re: /^error: GET https?:\/\/\S+\.tgz - 404\b/,
    weight: 8,
    reason: "the registry has no such package tarball",
  },
  {
    // cgo (a package with C parts: sqlite3, kafka) without a C compiler in the image (guide case 4).
    id: "cgo-compiler-missing",
    category: "BUILD_DEPENDENCY",
    re: /cgo: exec (?:gcc|cc|clang|g\+\+): exec: "[^"]+": executable file not found\b/,
    weight: 9,
    reason: "a package's C part needs a compiler the image does not have",
  },
  {
    // The C toolchain unable to find a library archive a package links against.
    id: "link-library-archive-missing",
    category: "BUILD_DEPENDENCY",
    re: /^(?:gcc|cc|clang|g\+\+|ld): error: \S+\.(?:a|so(?:\.\d+)*): No such file or directory$/,
    weight: 8,
    phaseWeight: { runtime: 0 },
    reason: "a library a package links against is not installed",
  },
  {
    // A gem's extconf failing in its own code, or mkmf finding no working compiler: the lines that say why.
    id: "extconf-own-failure",
    category: "BUILD_DEPENDENCY",
    re: /mkmf\.rb:\d+:in `\w+': The compiler failed to generate an executable file\b|^extconf\.rb:\d+:in `[^']+': .*\((?:NameError|NoMethodError|LoadError|RuntimeError)\)$/,
    weight: 0.5,
    keyWeight: 10,
    phaseWeight: { runtime: 0 },
    reason: "a gem's native build configuration failed",
  },
  {
    // npm refusing a dependency entry that is not a version string.
    id: "npm-string-spec",
    category: "BUILD_DEPENDENCY",
    re: /npm ERR! must provide string spec\b/,
    weight: 7,
    reason: "a dependency entry in package.json is malformed",
  },
  {
    // sbt (Ivy or Coursier) unable to resolve a dependency or plugin.
    id: "sbt-unresolved-dependency",
    category: "BUILD_DEPENDENCY",
    re: /sbt\.(?:librarymanagement\.)?ResolveException: (?:unresolved dependency: |Error downloading )/,
    weight: 8,
    reason: "sbt could not resolve a dependency",
  },
  {
    // Bundler's summary of a gem it could not install, also when a terminal wrapped it before "continue".
    id: "bundler-install-error-wrapped",
    category: "BUILD_DEPENDENCY",
    re: /An error occurred while installing [\w.-]+ \([^)]+\), and Bundler cannot$/,
    weight: 7,
    // The line naming why the gem failed, when shown, is the key line.
    keyWeight: 5,
    phaseWeight: { runtime: 0 },
    reason: "Bundler could not install a gem",
  },

  {
    // A Composer or git fetch of a repository the host says does not exist (or the credentials cannot see).
    id: "git-remote-repository-not-found",
    category: "BUILD_DEPENDENCY",
    re: /^(?:remote: )?Repository not found\.$/,
    requires: /composer|Cloning|git clone|Failed to (?:clone|download|execute git)/i,
    weight: 7,
    reason: "a package's repository could not be fetched",
  },
  {
    // Mix finding a dependency at a version its requirement excludes (a lock or a path dep out of step).
    id: "mix-dep-requirement-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /the dependency does not match the requirement "[^"]+", got "[^"]+"/,
    weight: 9,
    keyWeight: 10,
    reason: "a dependency's version does not match what the project requires",
  },
  {
    // npm's optional-dependency bug: the platform-specific binary package of a bundler is missing.
    id: "npm-optional-native-missing",
    category: "BUILD_DEPENDENCY",
    re: NPM_OPTIONAL_DEPENDENCY_BUG,
    weight: 8,
    phaseWeight: { runtime: 0 },
    reason: "a platform-specific optional package was not installed (npm's optional-dependency bug)",
  },
  {
    // npm's own cache or lock directory vanishing mid-install (nested installs racing over one cache).
    id: "npm-cache-enoent",
    category: "BUILD_DEPENDENCY",
    re: /npm ERR! enoent ENOENT: no such file or directory, \w+ '[^']*\/\.npm\/(?:_locks|_cacache)\//,
    weight: 7,
    reason: "npm's cache broke during the install",
  },
  {
    // Netlify's function bundler naming a package a function imports that the site does not install.
    id: "netlify-function-dependency",
    category: "BUILD_DEPENDENCY",
    re: /A Netlify Function is using "[^"]+" but that dependency has not been installed yet/,
    weight: 8,
    reason: "a function imports a package the site's dependencies do not include",
  },
  {
    // Bundler unable to find gem versions that fit the Ruby (or RubyGems) the build runs (guide case 1).
    id: "bundler-ruby-version-conflict",
    category: "BUILD_DEPENDENCY",
    re: /^Bundler found conflicting requirements for the (?:Ruby|RubyGems) version:/,
    weight: 8,
    reason: "the gems' requirements do not fit the build's Ruby version",
  },

  {
    // MSBuild unable to resolve an assembly the project references: the CS0246 errors after it follow from it.
    id: "msbuild-reference-unresolved",
    category: "BUILD_DEPENDENCY",
    re: /warning MSB3245: Could not resolve ?this reference\b/,
    weight: 9,
    keyWeight: 10,
    phaseWeight: { runtime: 0 },
    reason: "the project references an assembly no package provides",
  },
  {
    // Jekyll's Liquid error located in an installed gem's file (guide case 3: a package's source).
    id: "liquid-error-in-gem",
    category: "BUILD_DEPENDENCY",
    re: /Liquid Exception: .* in \S*\/gems\/\S+/,
    weight: 7,
    reason: "a template inside an installed gem fails to render",
  },
  {
    // node-gyp's summary of a package's native build that failed (the compiler's own line, when shown, is more specific).
    id: "node-gyp-build-failed",
    category: "BUILD_DEPENDENCY",
    re: /^gyp ERR! (?:build error|configure error)\s*$/,
    weight: 6,
    keyWeight: 4,
    phaseWeight: { runtime: 0 },
    reason: "a package's native build under node-gyp failed",
  },
  {
    // npm losing the registry mid-install (reset, timeout, name lookup): the install's fetch, not the app's service.
    id: "npm-network-error",
    category: "BUILD_DEPENDENCY",
    re: /^npm (?:ERR!|error) (?:code (?:ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|ESOCKETTIMEDOUT)$|network (?:aborted|request to \S+ failed\b))/,
    weight: 6,
    phaseWeight: { runtime: 0 },
    reason: "npm lost the package registry while installing",
  },
  {
    // pip refusing a package whose Python requirement the build's Python does not meet (guide case 1).
    id: "pip-package-requires-python",
    category: "BUILD_DEPENDENCY",
    re: /Package '[\w.-]+' requires a different Python: [\d.]+ not in '[^']+'/,
    weight: 9,
    reason: "a package requires another Python than the build has",
  },
  {
    // A package registry that could not be reached during an install: the category table's
    // "registry or download failures of packages" (the registry, not a service the app talks to).
    id: "package-registry-unreachable",
    category: "BUILD_DEPENDENCY",
    // Anchored: the lookaheads scan the whole line once, not from every position.
    re: /^(?=.*\b(?:go: \S+@v\S+: Get \x22https?:\/\/|registry\.npmjs\.org|registry\.yarnpkg\.com|npm\.pkg\.github\.com|files\.pythonhosted\.org|pypi\.org|rubygems\.org|repo\.hex\.pm|proxy\.golang\.org|sum\.golang\.org|repo\.maven\.apache\.org|repo1\.maven\.org|plugins\.gradle\.org|api\.nuget\.org|index\.crates\.io|static\.crates\.io|repo\.packagist\.org)\b)(?=.*(?:ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ECONNREFUSED|ESOCKETTIMEDOUT|[Tt]imed? ?out|no such host|Temporary failure in name resolution|Name or service not known|Max retries exceeded|The remote name could not be resolved|i\/o timeout|no route to host))/,
    weight: 9,
    reason: "the package registry could not be reached during the install",
  },
  {
    // npm refusing a version string in package.json or the lock file ("Invalid Version: file:...").
    id: "npm-invalid-version",
    category: "BUILD_DEPENDENCY",
    re: /^npm (?:ERR!|error) Invalid Version: \S+/,
    weight: 8,
    reason: "npm cannot read a dependency's version",
  },
  {
    // An Erlang dependency's build that cannot read a header of the OTP it compiles against.
    id: "erlang-dependency-header-missing",
    category: "BUILD_DEPENDENCY",
    re: /Cannot read file '[^']+\.hrl': no such file or directory/,
    requires: /Could not compile dependency\b/,
    weight: 8,
    keyWeight: 10,
    reason: "a dependency's build cannot find a header it includes",
  },
  {
    // A package's install script failing under pnpm ("node_modules/canvas install: ..."), and
    // node-gyp on a Python without distutils (case 4: a package's native build lacks a tool).
    id: "package-install-script-failed",
    category: "BUILD_DEPENDENCY",
    re: /node_modules\/[\w@.+/-]+ install: \S*(?:Error|error|ERR!)|No module named '(?:distutils|setuptools)'/,
    phaseWeight: { runtime: 0 },
    weight: 8,
    reason: "a package's install script failed",
  },
  {
    // NuGet naming the package download that failed (the key line over the 404 after it).
    id: "nuget-download-failed",
    category: "BUILD_DEPENDENCY",
    re: /Failed to download package from '[^']+\.nupkg'/,
    weight: 8,
    keyWeight: 10,
    reason: "NuGet could not download a package",
  },
  {
    // NuGet without the package or the version a project references.
    id: "nuget-package-unavailable",
    category: "BUILD_DEPENDENCY",
    re: /\berror NU110[123]: Unable to find package\b|\bNU110[123]: Unable to find package\b/,
    weight: 9,
    reason: "NuGet cannot find a package version the project references",
  },
  {
    // The tool a dependency's own build calls, missing (make: ./rebar: Command not found), under
    // Mix's "Could not compile dependency" summary.
    id: "dependency-build-tool-missing",
    category: "BUILD_DEPENDENCY",
    re: /^make: \S+: Command not found$/,
    requires: /Could not compile dependency\b/,
    weight: 8,
    keyWeight: 10,
    reason: "a dependency's build calls a tool the image lacks",
  },
  {
    // setuptools without the wheel package, and a requirements file the platform cannot parse.
    id: "python-packaging-input-broken",
    category: "BUILD_DEPENDENCY",
    re: /error: invalid command 'bdist_wheel'|could not parse requirements\.txt\b|Failed to parse requirements file\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the Python packaging tools or the requirements file are broken",
  },
  {
    // An Android library under node_modules (React Native, Expo) whose build.gradle lacks a setting.
    id: "android-package-gradle-setting",
    category: "BUILD_DEPENDENCY",
    re: /compileSdkVersion is not specified\b/,
    requires: /node_modules\/[@\w.-]+(?:\/[\w.-]+)?\/android\/build\.gradle/,
    weight: 8,
    reason: "a native package's Gradle build lacks a setting",
  },
  {
    // pip reporting that a package's own build failed: the exception the package's setup raised,
    // in the subprocess output pip frames with "This error originates from a subprocess".
    id: "pip-subprocess-exception",
    category: "BUILD_DEPENDENCY",
    re: /^(?:[\w.]+\.)?[A-Z]\w*(?:Error|Exception): \S/,
    requires:
      /This error originates from a subprocess, and is likely not a problem with pip|^error: legacy-install-failure$|Failed building wheel for /,
    weight: 9,
    keyWeight: 10,
    reason: "a package's own build raised an error while pip installed it",
  },
  {
    // A bundler unable to resolve an import made by an installed package's own file (guide case 3).
    id: "bundler-resolve-in-package",
    category: "BUILD_DEPENDENCY",
    re: new RegExp(`(?:${BUNDLER_UNRESOLVED.source}).*${IMPORTER_IN_PACKAGE.source}`),
    weight: 7,
    reason: "a package's own import cannot be resolved",
  },
  {
    // A registry crate's build script panicking (Cargo prints the panic under the crate's
    // build-script-build): the line after the crate's source location says why.
    id: "crate-build-script-panicked",
    category: "BUILD_DEPENDENCY",
    re: /^\S/,
    follows: /[/\\]\.cargo[/\\]registry[/\\]\S+\.rs:\d+:\d+:$/,
    requires: /build-script-build/,
    weight: 9,
    reason: "a dependency's build script failed",
  },
  {
    // A gem's extconf naming the tool or library it could not find, under RubyGems' summary.
    id: "gem-extconf-cannot-find",
    category: "BUILD_DEPENDENCY",
    re: /Can't install [\w-]+ [\d.]+\. Can't find \S+/,
    weight: 8,
    keyWeight: 10,
    reason: "a gem's native build cannot find a tool or library it needs",
  },
  {
    // Lock files out of step with the manifest (uv in locked mode), and Poetry naming the package
    // whose Python requirement the project's does not meet (guide case 1).
    id: "lockfile-stale-or-python-requirement",
    category: "BUILD_DEPENDENCY",
    re: /The lockfile at `[^`]+` needs to be updated, but `-{2}locked` was provided\b|^- [\w.-]+ requires Python [<>=!~^]/,
    weight: 8,
    keyWeight: 10,
    reason: "the lock file or a package's Python requirement does not fit the project",
  },
  {
    id: "mix-lockfile-unknown-package",
    category: "BUILD_DEPENDENCY",
    re: /\(Mix\) Unknown package \S+ in lockfile\b/,
    weight: 9,
    reason: "the lockfile names a package the registry does not have",
  },
  {
    // Packages that cannot be fetched or read: Maven's parent POM, Hex's tarballs, NuGet's metadata,
    // a composer.lock Heroku cannot load, pip without git for a VCS requirement (guide case 4).
    id: "package-fetch-failed-more",
    category: "BUILD_DEPENDENCY",
    re: /Non-resolvable parent POM for\b|Package fetch failed and no cached copy available\b|An error occurred while retrieving package metadata for\b|Couldn't load 'composer\.lock'; it must be a valid lock|No such file or directory: 'git': 'git' while executing command git clone\b|Execution of msgfmt failed: \S*[/\\]site-packages[/\\]|\(Mix\) httpc request failed with: \{:failed_connect\b|Errno::ENOENT No such file or directory - git\b/,
    weight: 9,
    reason: "a package could not be fetched, read or built",
  },
  {
    // Next.js's "Failed to compile." over errors located in node_modules: a package's code (case 3).
    id: "bundler-error-in-package",
    category: "BUILD_DEPENDENCY",
    re: /^(?!\.\/)\S/,
    // webpack names the module, sometimes with its concatenated neighbours ("+ 10 modules").
    follows: /^\.\/node_modules[/\\]\S+(?: \+ \d+ modules?)?$/,
    requires: /^Failed to compile\.?$/,
    weight: 8,
    keyWeight: 9,
    reason: "the bundler failed on an installed package's files",
  },
  {
    // mkmf naming the system library a gem's native extension needs ("freetds is missing.").
    id: "extconf-library-missing",
    category: "BUILD_DEPENDENCY",
    re: /^[\w.+-]+ is missing\.(?:\s|$)/,
    requires: /extconf\.rb failed|Failed to build gem native extension/,
    weight: 8,
    keyWeight: 10,
    phaseWeight: { runtime: 0 },
    reason: "a gem's native extension needs a system library that is not installed",
  },
  {
    // A stylesheet inside an installed gem failing to compile (guide case 3: a dependency's code).
    id: "sass-error-in-gem",
    category: "BUILD_DEPENDENCY",
    re: /^(?:Sass(?:C)?::SyntaxError: )?(?:Error: )?(?:Undefined (?:variable|mixin|function)\b|Invalid CSS after\b|File to import not found\b)|^Sass(?:C)?::SyntaxError: /,
    requires: /\/gems\/[\w.-]+-\d[\w.]*\/(?:vendor\/|app\/)?assets\/\S+\.s[ac]ss:\d+$/,
    weight: 9,
    reason: "an installed gem's stylesheet does not compile",
  },
  {
    id: "tsc-in-package",
    category: "BUILD_DEPENDENCY",
    re: TS_ERROR_IN_PACKAGE,
    weight: 8,
    reason: "TypeScript failed on an installed package's own files",
  },
  {
    // A syntax error located in an installed package's file: the package does not support this
    // runtime (guide case 3). Python names the file in its compile location (a frame without a
    // function), Node prints the file and line above the error, PHP names it in the message.
    id: "syntax-in-installed-package",
    category: "BUILD_DEPENDENCY",
    re: /^SyntaxError: |PHP Parse error: .* in \S*\/vendor\/\S+ on line \d+/,
    // Python 2 code under Python 3 names the runtime version (build-config-py2-print).
    unless: /Missing parentheses in call to 'print'/,
    // A package's file: installed (site-packages, node_modules, vendor) or being built by pip
    // (pip-build-*, pip-req-build-*).
    requires:
      /^File "[^"]*[/\\](?:(?:site|dist)-packages|pip-(?:build|req-build|install)[-\w]*)[/\\][^"]+", line \d+$|^\/\S*\/node_modules\/\S+\.[cm]?js:\d+$|PHP Parse error: .* in \S*\/vendor\//,
    weight: 9,
    reason: "an installed package's source does not parse under this runtime",
  },

  {
    // node-gyp building a package's native part without the Python it needs (guide case 4).
    id: "gyp-python-missing",
    category: "BUILD_DEPENDENCY",
    re: /Can't find Python executable\b|Could not find any Python installation to use\b|gyp ERR! find Python You need to install the latest version of Python\.|gyp ERR! find Python Python is not set from command line or npm configuration$/,
    weight: 8,
    // node-gyp's conclusion outranks the first check it reports failing.
    keyWeight: 8,
    reason: "a package's native build needs Python, which the image lacks",
  },
  {
    // The linker missing a system library a package's native build links against (guide case 4).
    id: "linker-library-missing",
    category: "BUILD_DEPENDENCY",
    re: /\bld(?:\.\w+)?: (?:cannot find|library not found for) -l[\w+.-]+|\bld: library \x27[\w+.-]+\x27 not found\b/,
    weight: 8,
    // The linker names the library; make's and the package manager's summaries after it do not.
    keyWeight: 10,
    phaseWeight: { runtime: 0 },
    reason: "a native build cannot link a system library that is not installed",
  },
  {
    // node-gyp's download of the Node headers failing its checksum.
    id: "gyp-download-checksum",
    category: "BUILD_DEPENDENCY",
    re: /gyp ERR! stack Error: .*(?:checksum .*not match|checksum mismatch)/,
    weight: 7,
    keyWeight: 9,
    reason: "a download for a package's native build is corrupt (checksum mismatch)",
  },
  {
    // A panic inside a crate from the registry while building (openssl-src, a -sys crate's helper).
    id: "registry-crate-panic",
    category: "BUILD_DEPENDENCY",
    re: /panicked at '.*', \S*cargo\/registry\//,
    // A wrapper (cargo-chef) re-raising cargo's own failure says nothing new.
    unless: /panicked at 'Exited with status code/,
    weight: 4,
    keyWeight: 8.5,
    phaseWeight: { runtime: 0 },
    reason: "a crate's build code panicked",
  },
  {
    // Hugo modules (themes) that cannot be resolved.
    id: "hugo-module-missing",
    category: "BUILD_DEPENDENCY",
    re: /Error: module "[^"]+" not found; either add it as a Hugo Module/,
    weight: 8,
    reason: "a Hugo module (theme) the site uses cannot be found",
  },
  {
    // A package's prebuilt binary that was not installed for this platform (Prisma's engines).
    id: "package-binary-missing",
    category: "BUILD_DEPENDENCY",
    re: /Could not find [\w-]+ binary\. Searched in/,
    weight: 7,
    reason: "a package's prebuilt binary for this platform is missing",
  },
  {
    // node-gyp without a compiler toolchain in the image (guide case 4: a package's native build).
    id: "gyp-tool-missing",
    category: "BUILD_DEPENDENCY",
    re: /gyp ERR! stack Error: not found: (?:make|g\+\+|gcc|cc|python\d?)\b/,
    weight: 8,
    reason: "a package's native build needs a tool the image does not have",
  },
  {
    id: "pipfile-lock-stale",
    category: "BUILD_DEPENDENCY",
    re: /Your Pipfile\.lock \(\w+\) is out of date/,
    weight: 8,
    reason: "Pipfile.lock no longer matches the Pipfile and the build installs only from the lock",
  },
  {
    // A build script (build.rs) of a crate panicking: the package's build, not the project's code.
    id: "rust-build-script-panic",
    category: "BUILD_DEPENDENCY",
    re: /thread 'main' panicked at \S*\/build\.rs:\d+/,
    weight: 8,
    keyWeight: 3,
    phaseWeight: { runtime: 0 },
    reason: "a crate's build script failed",
  },
  {
    id: "rust-build-script-reason",
    category: "BUILD_DEPENDENCY",
    re: /called `(?:Result|Option)::(?:unwrap|expect)\(\)` on an `Err` value: /,
    requires: /panicked at \S*\/build\.rs:\d+/,
    weight: 1,
    // Above cargo-build-script-panic's key: in the newer panic format the reason is on the next line.
    keyWeight: 10,
    phaseWeight: { runtime: 0 },
    reason: "why the crate's build script failed",
  },
  {
    // rustc errors located in a crate from the registry or a git checkout: a dependency's code (guide case 3).
    id: "rustc-error-in-dependency",
    category: "BUILD_DEPENDENCY",
    re: RUSTC_ERROR,
    requires: /^--> \S*cargo\/(?:registry|git)\//,
    // Not when any error points into the project's own files: then it is the project's code.
    unlessLog: /^--> (?!\S*cargo\/(?:registry|git)\/)\S+\.rs:\d+/,
    // A feature the toolchain does not have yet is the toolchain's (rust-feature-gate).
    unless: /^error\[E0658\]:/,
    weight: 9,
    reason: "a crate the project depends on does not compile with this toolchain",
  },
  {
    // yarn naming the package whose engines field excludes this runtime (case 1 of the labelling
    // guide: a package that needs another runtime version is the dependency set's problem).
    id: "package-engine-mismatch",
    category: "BUILD_DEPENDENCY",
    re: YARN_ENGINE_INCOMPATIBLE,
    // (yarn checks the project's own package.json first, "[1/5] Validating package.json...": an
    // engine error there is the project's runtime setting, project-engine-mismatch below.)
    weight: 8,
    reason: "a package the project installs needs another runtime version than the build has",
  },
  {
    // yarn refusing the project's own engines field, printed while it validates package.json and
    // before it resolves any package: the runtime version the build has does not fit the project.
    id: "project-engine-mismatch",
    category: "BUILD_CONFIG",
    re: YARN_ENGINE_INCOMPATIBLE,
    follows: /\[1\/\d\] (?:\S+\s+)?Validating package\.json\.\.\.$/,
    weight: 10,
    reason: "the build's runtime version does not fit the project's own engines field",
  },
  {
    // uv failing to build a package from source (its build backend errored).
    id: "uv-failed-to-build",
    category: "BUILD_DEPENDENCY",
    // (uv wraps a long requirement, so the closing backquote may be on the next line)
    re: /^(?:× )?Failed to (?:download and build|build|download|fetch) `[^`]+(?:`|$)/,
    // next/font fetching a font it embeds at build time is a request to Google Fonts (next-font-fetch-failed).
    unless: /from Google Fonts\b/,
    weight: 7,
    reason: "a package could not be built from source",
  },
  {
    // conda's solver naming packages no channel has.
    id: "conda-package-not-found",
    category: "BUILD_DEPENDENCY",
    re: /^ResolvePackageNotFound:|PackagesNotFoundError: The following packages are not available/,
    weight: 8,
    reason: "conda found no channel with the packages the environment file pins",
  },
  {
    // The compile error of a dependency's own source, under mix's "could not compile dependency".
    id: "mix-dependency-compile-error",
    category: "BUILD_DEPENDENCY",
    re: /^\*\* \((?:CompileError|RuntimeError|ArgumentError|KeyError)\) /,
    requires: /could not compile dependency :\w+/,
    unless: /You must configure/,
    weight: 1,
    keyWeight: 9,
    reason: "the error that stopped a dependency from compiling",
  },
  {
    // A C header a package's native build needs (gem extconf, Python wheels, node-gyp).
    id: "native-build-header-missing",
    category: "BUILD_DEPENDENCY",
    re: /Can't find the '?[\w./-]+\.h'? header|Can't find the PostgreSQL client library|fatal error: [\w./-]+\.h: No such file or directory/,
    requires: /extconf|native extension|Building wheel|gyp|setup\.py|pip install/,
    weight: 6,
    keyWeight: 9,
    reason: "a package's native build needs a system header the image does not have",
  },
  {
    // A gem (RubyGems) that needs a newer Ruby than the image has: the version pin picks a release
    // this Ruby cannot install.
    id: "gem-requires-newer-ruby",
    category: "BUILD_DEPENDENCY",
    re: /(?<!\S)\S+ requires Ruby version >= ?[\d.]+\.?(?: The current ruby version is|$)/,
    weight: 7,
    keyWeight: 9,
    reason: "a gem needs a newer Ruby than the build has",
  },
  {
    id: "npm-eresolve",
    category: "BUILD_DEPENDENCY",
    re: /\bERESOLVE (?:unable to resolve|could not resolve)/i,
    weight: 8,
    reason: "npm could not resolve the dependency tree",
  },
  {
    // uv (and other PubGrub resolvers) explaining why no set of versions satisfies the requirements.
    id: "resolver-unsatisfiable",
    category: "BUILD_DEPENDENCY",
    re: /No solution found when resolving (?:dependencies|`[^`]+`)|we can conclude that (?:your requirements|the requirements|\S+) (?:are|is) unsatisfiable/,
    weight: 8,
    // The explanation's first line ("Because ...") names the package; this is its heading.
    keyWeight: 3,
    reason: "the resolver found no set of package versions that satisfies the requirements",
  },
  {
    id: "resolver-explanation",
    category: "BUILD_DEPENDENCY",
    re: /^(?:╰─▶\s*)?Because (?:there is no version of|there are no versions of|no versions? of|\S+ was not found in the package registry|[^,]+? depends on|you require)/,
    requires: /No solution found when resolving|unsatisfiable|version solving failed/,
    weight: 8,
    keyWeight: 9,
    reason: "the resolver explains which requirement cannot be met",
  },
  {
    // Cargo told to build exactly what Cargo.lock pins, and Cargo.lock no longer matches Cargo.toml.
    id: "cargo-locked-stale",
    category: "BUILD_DEPENDENCY",
    re: /the lock file .*Cargo\.lock needs to be updated but --(?:locked|frozen) was passed/,
    weight: 8,
    reason: "Cargo.lock is out of date with Cargo.toml and the build forbids updating it",
  },
  {
    id: "npm-code",
    category: "BUILD_DEPENDENCY",
    re: /^npm (?:ERR!|error) code (?:ERESOLVE|ETARGET|E404|EINTEGRITY|ENOVERSIONS|EBADENGINE|EBADPLATFORM)\b/,
    weight: 3,
    key: false,
    reason: "npm failed with a resolution error code",
  },
  {
    id: "npm-notarget",
    category: "BUILD_DEPENDENCY",
    re: /No matching version found for|No compatible version found: |npm (?:ERR!|error) 404\b.*(?:Not Found|is not in this registry)|notarget/i,
    weight: 7,
    reason: "a package or version does not exist in the registry",
  },
  {
    id: "npm-lock-mismatch",
    category: "BUILD_DEPENDENCY",
    re: /`npm ci` can only install packages when your package\.json and package-lock\.json|lockfile (?:needs to be updated|is not up to date)|ERR_PNPM_OUTDATED_LOCKFILE|Your lockfile needs to be updated|frozen-lockfile.*(?:fail|error)/i,
    weight: 8,
    reason: "the lockfile does not match the manifest",
  },
  {
    id: "pnpm-error",
    category: "BUILD_DEPENDENCY",
    re: /\bERR_PNPM_(?:NO_MATCHING_VERSION|FETCH_404|PEER_DEP_ISSUES|UNSUPPORTED_ENGINE|\w*LOCKFILE\w*|NO_OFFLINE_TARBALL)\b|Cannot perform a frozen installation/,
    // A lock file that is not there at all is the build setup (lock-file-absent, guide case 9).
    unless: /\bERR_PNPM_NO_LOCKFILE\b/,
    weight: 7,
    reason: "pnpm could not install the dependencies",
  },
  {
    id: "yarn-missing",
    category: "BUILD_DEPENDENCY",
    re: /error Couldn't find (?:package|any versions for) ".+"|error An unexpected error occurred: ".+: Not found"|YN0001|YN0028/,
    unless: /YN0028: The lockfile would have been created\b/,
    weight: 7,
    reason: "yarn could not find a package",
  },
  {
    id: "pip-no-version",
    category: "BUILD_DEPENDENCY",
    re: /Could not find a version that satisfies the requirement|No matching distribution found for/,
    weight: 8,
    reason: "pip could not find a matching package version",
  },
  {
    id: "pip-conflict",
    category: "BUILD_DEPENDENCY",
    re: /ResolutionImpossible|(?:Cannot install .*)?because these package versions have conflicting dependencies|dependency conflict/i,
    // npm's own "Fix the upstream dependency conflict" advice is npm's, and npm's rules read it;
    // pip's numbered advice ("2. remove package versions ... the dependency conflict") is advice.
    unless: /^npm (?:ERR!|error|warn)\b|to allow pip attempt to solve\b/,
    weight: 7,
    reason: "pip found conflicting requirements",
  },
  {
    // pip's sentence naming the requirements in conflict outranks its ResolutionImpossible summary.
    id: "pip-conflict-named",
    category: "BUILD_DEPENDENCY",
    re: /Cannot install .* because these package versions have conflicting dependencies/,
    // Naming only requirement files ("-r requirements.txt (line 5)"), it names no package: the
    // resolver's "x depends on y" under it does (labelling guide).
    unless: /Cannot install (?:-r \S+ \(line \d+\)(?:,? and |, )?)+ because/,
    weight: 7,
    keyWeight: 9,
    reason: "pip names the requirements that conflict",
  },
  {
    id: "pip-install-failed",
    category: "BUILD_DEPENDENCY",
    re: /Could not install packages due to an? \w+Error/,
    weight: 7,
    reason: "pip could not install the packages",
  },
  {
    id: "pip-wheel",
    category: "BUILD_DEPENDENCY",
    re: /Failed building wheel for|Getting requirements to build wheel did not run successfully|Failed to build installable wheels|subprocess-exited-with-error|Could not build wheels for/,
    weight: 6,
    reason: "a Python package failed to build during install",
  },
  {
    id: "native-build-prerequisite",
    category: "BUILD_DEPENDENCY",
    re: /\b(?:pg_config|mysql_config|pkg-config) executable not found|\bpg_config is required to build|error: command '[^']*\b(?:gcc|cc|g\+\+|clang)' failed|Broken toolchain: cannot link a simple C program|\(Mix\) "(?:make|cmake|cc|gcc|nmake)" not found in the path|unable to execute '(?:[\w.-]*-)?(?:gcc|cc|g\+\+|c\+\+|clang)': No such file or directory|Microsoft Visual C\+\+ [\d.]+ or greater is required|fatal error: [\w/.-]+\.h: No such file or directory|Cargo, the Rust package manager, is not installed|mysql client is missing\. You may need to|mkmf\.rb can't find header files for ruby\b|Please make sure the [\w ]+ development packages are installed\b|The headers or library files could not be found for \w+|The system library `[^`]+` required by crate `[^`]+` was not found\b|(?:^(?:\S+\s+)?|\\n)Package [\w.+-]+ was not found in the pkg-config search path\b|\bpkg-config: (?:command )?not found$|^make: (?:g\+\+|gcc|cc|c\+\+|clang): Command not found$|: (?:aclocal|autoconf|automake|autoreconf|libtoolize|autopoint): (?:command )?not found$/,
    weight: 8,
    keyWeight: 9,
    reason: "a package builds native code and a tool or header it needs is missing",
  },
  {
    // The build image's system package repositories: an end-of-life release or a package name apt does not know.
    id: "apt-repository",
    category: "BUILD_DEPENDENCY",
    re: /E: The repository '[^']+' (?:does not have a Release file|is no longer signed|is not signed)|E: Unable to locate package \S+|E: Package '[^']+' has no installation candidate/,
    weight: 8,
    reason: "the system package manager could not fetch or find a package",
  },
  {
    // psycopg2 and friends building from source: setup.py could not find or read the client library.
    id: "py-native-setup",
    category: "BUILD_DEPENDENCY",
    re: /Error: could not determine PostgreSQL version from|Command "python setup\.py egg_info" failed with error code|python setup\.py egg_info did not run successfully/,
    weight: 7,
    reason: "a Python package's setup script failed while installing it",
  },
  {
    id: "poetry-solver",
    category: "BUILD_DEPENDENCY",
    re: /SolverProblemError|version solving failed|poetry\.lock (?:is not consistent|was last generated)|pyproject\.toml changed significantly since poetry\.lock/i,
    weight: 8,
    reason: "the dependency solver failed",
  },
  {
    id: "rubygems-missing",
    // No bundler installed at all is the image's (bundler-not-installed).
    unless: BUNDLER_NOT_INSTALLED,
    category: "BUILD_DEPENDENCY",
    re: /Detected [\w-]+ gem which is not supported on|Could not find [\w.-]+-\d[\w.]* in any of the sources|Could not find '[\w-]+' \([^)]*\) among \d+ total gem|can't find gem [\w-]+|\((?:Gem::LoadError|Gem::GemNotFoundException|Gem::MissingSpecError)\)/,
    weight: 7,
    phaseWeight: { runtime: 0 },
    reason: "a gem the build needs could not be found",
  },
  {
    id: "bundler-resolve",
    category: "BUILD_DEPENDENCY",
    re: /Bundler could not find compatible versions for gem|Could not find gem '.+' in|Could not find '\w[\w-]*' \([^)]*\) required by .*Gemfile\.lock|can't find gem bundler \((?!>= 0\.a\))|You must use Bundler \d+ or greater with this lockfile|Bundler cannot continue|Failed to build gem native extension|Your bundle only supports platforms \[|Your bundle is locked to [\w.-]+ \([^)]+\), but that version could not be found/,
    // At run time the same words mean the image lacks a gem the app loads (MISSING_MODULE_RUNTIME).
    phaseWeight: { runtime: 6 },
    weight: 8,
    reason: "Bundler could not install the gems",
  },
  {
    id: "composer-resolve",
    category: "BUILD_DEPENDENCY",
    re: /Your requirements could not be resolved to an installable set of packages|Your lock file does not contain a compatible set of packages/,
    // The project itself asking for a PHP the host cannot install is configuration (composer-php-unavailable).
    unlessLog: COMPOSER_ROOT_PHP_UNAVAILABLE,
    weight: 8,
    reason: "Composer could not resolve the packages",
  },
  {
    id: "composer-missing-package",
    category: "BUILD_DEPENDENCY",
    re: /The requested package [\w/.-]+ could not be found|The requested PHP extension [\w-]+(?: \S+)? is missing from your system/,
    weight: 9,
    reason: "Composer names the package or extension it could not find",
  },
  {
    id: "composer-problem",
    category: "BUILD_DEPENDENCY",
    re: /requires? (?:php|ext-[\w-]+) .*(?:does not satisfy|is missing from your system|no matching package found)|-> no matching package found|\bconflicts with php [<>=~^]|-> found [^\s[]+(?:\[[^\]]*\])? but (?:it conflicts|these were not loaded|it does not match the constraint)/i,
    unless: COMPOSER_ROOT_PHP_UNAVAILABLE,
    weight: 4,
    // The requirement Composer names is the cause; "Your requirements could not be resolved" only sums it up.
    keyWeight: 8.75,
    reason: "a Composer requirement is not satisfiable",
  },
  {
    id: "mix-dependency",
    category: "BUILD_DEPENDENCY",
    re: /\*\* \(Mix\) (?:Could not compile dependency|Could not compile with "(?:make|cmake|cc|gcc)"|Unknown dependency|Dependencies have diverged|Hex dependency resolution failed)|[Cc]ould not compile dependency :\w+|Failed to use ".+" because/,
    weight: 8,
    reason: "mix could not fetch or compile a dependency",
  },
  {
    // Mix refusing to go on with dependencies that were never fetched: a build step that skipped
    // `mix deps.get` (at build), or an image started without them (at run time).
    id: "mix-deps-unchecked",
    category: "BUILD_DEPENDENCY",
    re: MIX_DEPS_UNCHECKED,
    weight: 8,
    phaseWeight: { runtime: 0 },
    reason: "mix found dependencies that were never fetched",
  },
  {
    id: "mix-deps-unchecked-runtime",
    category: "MISSING_MODULE_RUNTIME",
    re: MIX_DEPS_UNCHECKED,
    keyWeight: 9,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "the app started without its dependencies fetched",
  },
  {
    // A crate's build script (build.rs) failing: for a -sys crate, a system library or tool it
    // links against is missing from the image.
    id: "cargo-build-script",
    category: "BUILD_DEPENDENCY",
    re: /error: failed to run custom build command for `[\w-]+/,
    weight: 7,
    // A crate of the project itself (a path crate): what its build lacks is the setup's (case 4).
    unlessLog: PATH_CRATE_BUILD_FAILED,
    reason: "a crate's build script failed (a system library or tool it needs is missing)",
  },
  {
    id: "system-library-missing",
    category: "BUILD_DEPENDENCY",
    re: /Could not find directory of OpenSSL installation|could not find system library '[\w.+-]+' required by the '[\w-]+' crate|The system library `[\w.+-]+` required by crate `[\w-]+` was not found|\brequired \((?:[^()]*\bor )?(?:brew|apt-get|apt|yum|dnf|apk) (?:install|add) [\w.+-]+/,
    weight: 9,
    // The library named outranks mkmf's "extconf.rb failed" after it (8.6, 9.1 at a line's start).
    keyWeight: 9.5,
    reason: "a native dependency's system library is not installed",
  },
  {
    id: "nuget-restore",
    category: "BUILD_DEPENDENCY",
    // NETSDK1064: a package the restore should have fetched is not in the package folder at build time.
    re: /\berror NU1\d{3}\b|\berror NETSDK1064: Package /,
    weight: 8,
    reason: "NuGet could not restore the packages",
  },
  {
    // Composer fetching package metadata or a dist that the repository does not serve.
    id: "composer-download",
    category: "BUILD_DEPENDENCY",
    re: /The "https?:\/\/\S+" file could not be downloaded/,
    weight: 7,
    reason: "a package file could not be downloaded from the repository",
  },
  {
    id: "native-gem",
    category: "BUILD_DEPENDENCY",
    re: /\*\*\* extconf\.rb failed \*\*\*|ERROR: Failed to build gem native extension/,
    weight: 8,
    keyWeight: 7.5,
    reason: "a gem's native extension did not build (a system library or header is missing)",
  },
  {
    // mkmf's own failure line says more than RubyGems' summary (a line naming the missing library, earlier, more still).
    id: "extconf-failed-line",
    category: "BUILD_DEPENDENCY",
    re: /\*\*\* extconf\.rb failed \*\*\*/,
    weight: 0.5,
    // Above RubyGems' Gem::Ext::BuildError line (an exception line, 8.5), below a line naming the
    // library (system-library-missing).
    keyWeight: 8.6,
    phaseWeight: { runtime: 0 },
    reason: "mkmf reports the gem's native build configuration failed",
  },
  {
    id: "npm-platform",
    category: "BUILD_DEPENDENCY",
    re: /notsup Unsupported platform for \S+: wanted/,
    weight: 7,
    reason: "a dependency (often from a lockfile made on another OS) does not install on this platform",
  },
  {
    id: "bundler-deployment-mode",
    category: "BUILD_DEPENDENCY",
    re: /You are trying to install in deployment mode after changing/,
    weight: 8,
    reason: "the Gemfile changed without updating Gemfile.lock",
  },
  {
    id: "cargo-resolve",
    category: "BUILD_DEPENDENCY",
    re: /error: (?:failed to select a version for|no matching package named|failed to get `.+` as a dependency|failed to download)/,
    weight: 8,
    reason: "Cargo could not resolve a crate",
  },
  {
    // `curl … | tar xz` of a tool or package that answered with an error page or nothing.
    id: "download-not-archive",
    category: "BUILD_DEPENDENCY",
    re: NOT_AN_ARCHIVE,
    unlessLog: RUNTIME_DOWNLOAD,
    weight: 6,
    phaseWeight: { runtime: 0 },
    reason: "a download the build unpacks is not an archive (a dead link or an error page)",
  },
  {
    // npm run in a directory without package.json: the service's root directory or WORKDIR is wrong.
    id: "npm-no-package-json",
    category: "BUILD_CONFIG",
    re: /ENOENT(?::|,) (?:no such file or directory, )?open '[^']*\/package\.json'|Could not read package\.json: Error: ENOENT/,
    weight: 8,
    reason: "npm found no package.json where it ran: the root directory or working directory is wrong",
  },
  {
    // The .NET runtime in the image is not the one the app was built for.
    id: "dotnet-framework-missing",
    category: "BUILD_CONFIG",
    re: /The (?:specified )?framework '[\w.]+', version '[^']+' (?:\(\w+\) )?was not found|You must install or update \.NET to run this application/,
    weight: 8,
    reason: "the .NET runtime the app targets is not installed in the image",
  },
  {
    // A command-line parser (clap, cobra) rejecting the start command's arguments.
    id: "cli-unrecognized-subcommand",
    category: "BUILD_CONFIG",
    re: /^error: (?:unrecognized subcommand|unexpected argument|Found argument) '[^']+'|^Error: unknown (?:command|flag:?) "?[^"\s]+"? for "/,
    weight: 6,
    reason: "the start command passes arguments the program does not accept",
  },
  {
    // The same, while a buildpack fetched the language runtime itself: the version asked for has
    // no build for this stack (the download is an error page), so the version setting is at fault.
    id: "runtime-download-not-archive",
    category: "BUILD_CONFIG",
    re: NOT_AN_ARCHIVE,
    requires: RUNTIME_DOWNLOAD,
    weight: 6,
    // Above what fails after it for want of the runtime ("erl: not found").
    keyWeight: 9,
    phaseWeight: { runtime: 0 },
    reason: "the runtime version the build fetched does not exist for this stack (the download is not an archive)",
  },
  {
    // A builder's own download (mise, Railpack, Nix, cargo) that failed on the network.
    id: "build-fetch-failed",
    category: "BUILD_DEPENDENCY",
    re: /error sending request for url \(https?:|^error: attribute '[\w.-]+' missing$/,
    weight: 6,
    phaseWeight: { runtime: 0 },
    reason: "the build could not fetch a tool or package it needs",
  },
  {
    // A package repository that did not answer while the build fetched from it: the fetch failed,
    // not a service the app needs at run time.
    id: "artifact-fetch-network",
    category: "BUILD_DEPENDENCY",
    re: new RegExp(
      `(?:${ARTIFACT_FETCH.source}).*(?:timed out|Connection refused|Connection reset|UnknownHostException|Network is unreachable|No route to host)`,
    ),
    weight: 9,
    phaseWeight: { runtime: 0 },
    reason: "the build could not reach the package repository it fetches from",
  },
  {
    // A crate's build script panicking says why it failed ("Unable to detect OpenSSL version"):
    // the specific line under cargo's "failed to run custom build command".
    id: "cargo-build-script-panic",
    category: "BUILD_DEPENDENCY",
    re: /panicked at .*[/\\]build\.rs:\d+/,
    weight: 2,
    keyWeight: 9,
    phaseWeight: { runtime: 0 },
    reason: "a crate's build script stopped with a reason",
  },
  {
    // The C compiler or make failing inside a package's native build (a NIF, a gem, a wheel, a -sys
    // crate): the compiler's own line is the specific one under the package manager's summary.
    id: "native-toolchain-error",
    category: "BUILD_DEPENDENCY",
    re: /^(?:clang|gcc|cc|g\+\+|c\+\+)(?:-\d+)?: (?:fatal )?error: |^make(?:\[\d+\])?: \*\*\* /,
    requires:
      /could not compile dependency|failed to run custom build command|Failed building wheel|extconf\.rb failed|gyp ERR!|An error occurred while installing/,
    weight: 2,
    keyWeight: 9,
    phaseWeight: { runtime: 0 },
    reason: "the C toolchain failed inside a package's native build",
  },
  {
    id: "dependency-fetch-auth",
    category: "BUILD_DEPENDENCY",
    re: /could not read Username for 'https?:\/\/[^']+': terminal prompts disabled/,
    weight: 7,
    reason: "a dependency is fetched from a private (or missing) repository without credentials",
  },
  {
    id: "go-module",
    category: "BUILD_DEPENDENCY",
    re: /missing go\.sum entry|go: updates to go\.mod needed|go: inconsistent vendoring|cannot find module providing package|cannot find package "[^"]+" in any of|no required module provides package|go: .*: (?:reading|verifying) .*(?:404|410|not found)|go: module .* found, but does not contain package|unknown revision|verifying \S+@\S+: checksum mismatch|revspec '[^']+' not found/,
    weight: 7,
    reason: "Go could not resolve a module",
  },
  {
    // Gradle's and Maven's line naming the coordinates that do not exist, under "Could not resolve
    // all ...": the specific line, so it is the key line.
    id: "artifact-not-found",
    category: "BUILD_DEPENDENCY",
    re: /Could not find (?:artifact )?[\w.-]+:[\w.-]+:[\w.-]+/,
    unless: REPOSITORY_REFUSED_CREDENTIALS,
    weight: 2,
    keyWeight: 9,
    reason: "the repository has no such artifact",
  },
  {
    // Gradle fetching from a repository that answered with a server error or nothing: the
    // specific fetch outranks Gradle's "Could not resolve all artifacts" summary as the key line.
    id: "repository-fetch-status",
    category: "BUILD_DEPENDENCY",
    re: /Could not (?:GET|HEAD) '[^']+'\. Received status code (?:5\d\d|404)\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the package repository did not deliver a dependency",
  },
  {
    // Poetry's installer giving up on one package (its reason, when shown, is above).
    id: "poetry-cannot-install",
    category: "BUILD_DEPENDENCY",
    re: /^Cannot install [\w.[\]-]+\.$/,
    weight: 7,
    reason: "the package manager could not install a package",
  },
  {
    id: "maven-resolve",
    category: "BUILD_DEPENDENCY",
    re: /Could not resolve dependencies for project|Failed to collect dependencies|Could not find artifact|Could not resolve all (?:files|dependencies|artifacts) for configuration|Could not resolve [\w.-]+:[\w.-]+:[\w.-]+/,
    // A repository that refused the credentials is the credentials' fault (registry-auth reads it),
    // on this line or on the fetch that the summary above it stands for.
    unless: REPOSITORY_REFUSED_CREDENTIALS,
    unlessLog: new RegExp(`(?:${ARTIFACT_FETCH.source}).*(?:${REPOSITORY_REFUSED_CREDENTIALS.source})`),
    weight: 8,
    reason: "Maven/Gradle could not resolve a dependency",
  },
];

const BUILD_COMPILE_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- BUILD_COMPILE
  {
    // Next.js refusing a client-only React hook in a server component: the code must say "use client".
    id: "next-client-hook-in-server-component",
    category: "BUILD_COMPILE",
    re: /\bYou\x27re importing a component that needs `\w+`\. This React Hook only works in a Client Component\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the code uses a client-only hook in a server component",
  },
  {
    // The linker finding one symbol defined in two of the project's objects.
    id: "linker-multiple-definition",
    category: "BUILD_COMPILE",
    re: /: multiple definition of `[^\x27]+\x27; \S+: first defined here$/,
    unless: /node_modules|site-packages|\.cargo\/registry/,
    weight: 7,
    reason: "the code defines one symbol twice",
  },
  {
    // cgo unable to resolve a C name the Go code uses.
    id: "cgo-unknown-c-name",
    category: "BUILD_COMPILE",
    re: /\bcould not determine kind of name for C\.\w+/,
    weight: 8,
    reason: "the code uses a C name cgo cannot find",
  },
  {
    // Create React App's resolver: an import in the project's code names a file that is not there (a path,
    // not a bare package name, in its "Cannot find module").
    id: "cra-cannot-find-file",
    category: "BUILD_COMPILE",
    re: /^Cannot find file '[^']+' in '[^']+'\.$|^Cannot find module: '(?![@\w.-]+'\.)[^']+'\. Make sure this package is installed\.$/,
    weight: 8,
    keyWeight: 10,
    reason: "the code imports a file that is not there",
  },
  {
    // gunicorn reporting the app module's syntax error in one line ("invalid syntax (app.py, line 4)").
    id: "python-invalid-syntax-summary",
    category: "BUILD_COMPILE",
    re: /\binvalid syntax \([\w./-]+\.py, line \d+\)/,
    unless: /site-packages|dist-packages/,
    weight: 8,
    reason: "the code has a syntax error",
  },
  {
    // Nuxt's import protection refusing code that imports the config file.
    id: "nuxt-import-protection",
    category: "BUILD_COMPILE",
    re: /\bImporting directly from a nuxt\.config file is not allowed\b/,
    weight: 8,
    reason: "the code imports something the framework does not allow at run time",
  },
  {
    // A Netlify function importing a file of its own that is not there.
    id: "netlify-function-own-module-missing",
    category: "BUILD_COMPILE",
    re: /\bIn file \x22[^\x22]+\x22: Cannot find module '\.{1,2}\//,
    weight: 7,
    reason: "the function imports a file of its own that is not there",
  },
  {
    // Airflow loading a DAG file with a syntax error (guide case 3).
    id: "airflow-broken-dag-syntax",
    category: "BUILD_COMPILE",
    re: /\bBroken DAG: \[[^\]]+\] invalid syntax\b/,
    weight: 7,
    reason: "a DAG file does not parse",
  },
  {
    // Gleam's compiler naming what the code refers to and does not exist.
    id: "gleam-compile-error",
    category: "BUILD_COMPILE",
    re: /^error: (?:Unknown (?:import|variable|module|type|record field|module value)|Type mismatch|Syntax error|Incorrect arity)$/,
    phaseWeight: { runtime: 0 },
    weight: 6,
    reason: "the code does not compile",
  },
  {
    // Tailwind asked by the project's CSS for a class it does not know.
    id: "tailwind-unknown-class",
    category: "BUILD_COMPILE",
    re: /\bCannot apply unknown utility class:? [\w:/.-]+|The `[\w:/.-]+` class does not exist\. If `[\w:/.-]+` is a custom class\b/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "the project's styles use a utility class that does not exist",
  },
  {
    // webpack's list of the project's relative imports it could not find.
    id: "webpack-relative-module-not-found",
    category: "BUILD_COMPILE",
    re: /^This relative module was not found:$/,
    phaseWeight: { runtime: 0 },
    weight: 6,
    reason: "the code imports a file of its own that is not there",
  },
  {
    // Quarkus validating the project's beans at build time: an injection point nothing satisfies.
    id: "quarkus-unsatisfied-dependency",
    category: "BUILD_COMPILE",
    re: /\bUnsatisfiedResolutionException: Unsatisfied dependency for type\b/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "the project's beans ask for one nobody provides",
  },
  {
    // Zig's compile error at a position in the project's file (the package manifest's are dependencies').
    id: "zig-compile-error",
    category: "BUILD_COMPILE",
    re: /^\S*\.zig:\d+:\d+: error: /,
    // A file the code embeds that the build does not have is the build's (BUILD_CONFIG, below).
    unless: /: error: unable to open '[^']+': FileNotFound$/,
    weight: 8,
    reason: "the Zig compiler reported an error in the project's code",
  },
  {
    // Dart's compiler unable to read a file the project imports, or a platform library the target lacks.
    id: "dart-compile-missing-import",
    category: "BUILD_COMPILE",
    re: /^Error: Error when reading '(?![^\x27]*\.pub-cache)[^\x27]+\.dart'|^Error: Not found: 'dart:\w+'/,
    weight: 8,
    reason: "the project's Dart code imports a file or library that is not there",
  },
  {
    // A template or script parser's syntax error in a front-end build (Ember's "Line 1: Unexpected identifier").
    id: "build-parser-line-error",
    category: "BUILD_COMPILE",
    re: /^Error: Line \d+: Unexpected (?:identifier|token\b)/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "the build could not parse a file of the project",
  },

  {
    // Zig's @embedFile of a file the build does not have (a tool the build should fetch first).
    id: "zig-embed-file-missing",
    category: "BUILD_CONFIG",
    re: /^\S*\.zig:\d+:\d+: error: unable to open '[^']+': FileNotFound$/,
    weight: 8,
    reason: "a file the code embeds is not in the build",
  },

  {
    // Play 1 compiling the app's sources when it starts.
    id: "play1-compile-error",
    category: "BUILD_COMPILE",
    re: /^The file \S+ could not be compiled\. Error raised is ?:/,
    weight: 9,
    reason: "the app's sources did not compile when it started",
  },
  {
    // The linker unable to find a symbol the project's objects use (the first one keys).
    id: "linker-undefined-reference",
    category: "BUILD_COMPILE",
    re: /: undefined reference to \x60[\w:~<>, ]+\x27$/,
    unlessLog: NATIVE_PACKAGE_BUILD,
    weight: 6,
    reason: "the project's code does not link",
  },
  {
    // Docusaurus' MDX compiler naming the unclosed tag in a page of the project.
    id: "mdx-compile-cause",
    category: "BUILD_COMPILE",
    re: /^Cause: Expected a closing tag for\b/,
    requires: /MDX compilation failed for file/,
    weight: 8,
    reason: "a docs page's markup does not compile",
  },
  {
    // Sass refusing a stylesheet of the project.
    id: "sass-invalid-css",
    category: "BUILD_COMPILE",
    re: /^(?:Conversion error: )?Invalid CSS after \x22/,
    weight: 7,
    reason: "a stylesheet of the project does not compile",
  },
  {
    // Ruby Sass (sassc) unable to find a stylesheet the project imports.
    id: "sass-import-not-found",
    category: "BUILD_COMPILE",
    re: /\bFile to import not found or unreadable: \S+/,
    weight: 7,
    reason: "a stylesheet import does not resolve",
  },
  {
    // A C or C++ compiler error in the project's own file (ESPHome's lambdas report the YAML line they came from).
    id: "c-compile-error",
    category: "BUILD_COMPILE",
    re: /^\S+\.(?:c|cc|cpp|cxx|h|hpp|ino|m|mm|ya?ml):\d+:\d+: (?:fatal )?error: (?!.*: No such file or directory$)/,
    // (A file under pip's temporary build directory is a package's being built: pip-package-c-error.)
    unless: new RegExp(`^${DEPENDENCY_SOURCE_DIR}|^/tmp/pip-(?:install|build|req-build)-`),
    unlessLog: NATIVE_PACKAGE_BUILD,
    weight: 6,
    reason: "the project's C or C++ code does not compile",
  },
  {
    // Crystal's compile error whose frame is in the project's own code.
    id: "crystal-error-in-src",
    category: "BUILD_COMPILE",
    re: /^Error: \S/,
    requires: /^In (?:src|spec)\/\S+\.cr:\d+:\d+$/,
    weight: 7,
    reason: "the project's Crystal code does not compile",
  },
  {
    // dbt's project refers to a model that does not exist.
    id: "dbt-node-not-found",
    category: "BUILD_COMPILE",
    re: /depends on a node named '[^']+' which was not found\b/,
    weight: 7,
    reason: "a model refers to another that is not in the project",
  },
  {
    // Sass failing on the project's stylesheet (an undefined variable or mixin).
    id: "sass-undefined-name",
    category: "BUILD_COMPILE",
    re: /^(?:SassC?::SyntaxError: )?(?:Error: )?Undefined (?:variable|mixin): "?\$?[\w-]+"?\.?/,
    weight: 7,
    reason: "a stylesheet uses a variable or mixin that is not defined",
  },
  {
    // Gradle's Java compile task failing, its compiler output not in the paste.
    id: "gradle-java-compilation-failed",
    category: "BUILD_COMPILE",
    re: /\bCompilationFailedException: Compilation failed; see the compiler error output for details\b/,
    weight: 6,
    reason: "the project's Java code does not compile",
  },
  {
    // Sass unable to find a stylesheet the project imports.
    id: "sass-import-missing",
    category: "BUILD_COMPILE",
    re: /Error: Can't find stylesheet to import\./,
    weight: 7,
    reason: "a stylesheet import does not resolve",
  },
  {
    // Metro (React Native) unable to resolve an import in the project's code.
    id: "metro-unresolved-module",
    category: "BUILD_COMPILE",
    re: /Unable to resolve module [@\w./-]+ from (?!\S*node_modules\/)\S+/,
    weight: 7,
    reason: "an import in the project's code does not resolve",
  },
  {
    // Rollup: the project imports a name a module does not export.
    id: "rollup-not-exported",
    category: "BUILD_COMPILE",
    re: /"[\w$]+" is not exported by "[^"]+", imported by "(?![^"]*node_modules)[^"]+"/,
    weight: 8,
    reason: "the project imports a name that is not exported",
  },
  {
    // Ember's Handlebars templates failing to precompile.
    id: "barber-precompile",
    category: "BUILD_COMPILE",
    re: /Barber::PrecompilerError: Pre compilation failed\b/,
    weight: 7,
    reason: "a template does not compile",
  },
  {
    // A docs build refusing broken links in the project's pages.
    id: "docs-broken-links",
    category: "BUILD_COMPILE",
    re: /Docusaurus found broken links!|\d+ dead link\(s\) found\b/,
    weight: 8,
    reason: "the docs have broken links",
  },
  {
    // A Go template calling a function that does not exist (Hugo's templates).
    id: "go-template-function",
    category: "BUILD_COMPILE",
    re: /\btemplate: \S+:\d+: function "\w+" not defined\b/,
    weight: 7,
    // A theme that names the Hugo version it needs: the toolchain is too old (guide case 3).
    unlessLog: /does not support Hugo version|Minimum (?:Hugo )?version required/,
    reason: "a template calls a function that does not exist",
  },
  {
    // ts-node's older diagnostic format: "file.ts (76,13): message (2345)".
    id: "ts-node-diagnostic",
    category: "BUILD_COMPILE",
    re: /^[\w./-]+\.tsx? \(\d+,\d+\): .+ \(\d{4}\)$/,
    weight: 8,
    unless: /node_modules\//,
    reason: "TypeScript reported an error in the project's code",
  },
  {
    // Clojure's AOT compilation of the project's namespace failing ("compiling:(file.clj:28:7)").
    id: "clojure-aot-compile-error",
    category: "BUILD_COMPILE",
    re: /Exception: .*, compiling:\([\w/.-]+\.clj[cs]?:\d+:\d+\)|^Syntax error (?:\(\w+\) )?compiling at \([\w/.-]+\.clj[cs]?:\d+:\d+\)/,
    // A namespace the code requires that is not on the class path is a missing library (below).
    unless: /Could not locate [\w/.$-]+__init\.class/,
    weight: 9,
    keyWeight: 10,
    reason: "compiling the project's Clojure code failed",
  },
  {
    // Clojure failing while it expands a macro of the project's file: often the code, but a macro that
    // runs I/O at compile time (a database query) fails there too, so it weighs less than a stated cause.
    id: "clojure-macroexpand-error",
    category: "BUILD_COMPILE",
    re: /^Syntax error macroexpanding at \([\w/.-]+\.clj[cs]?:\d+:\d+\)/,
    weight: 6,
    reason: "expanding a macro of the project's Clojure code failed",
  },

  {
    // Vite's load fallback: a file the project's code imports is not there.
    id: "vite-load-fallback",
    category: "BUILD_COMPILE",
    re: /\[vite:load-fallback\] Could not load \S+ \(imported by /,
    weight: 8,
    keyWeight: 9,
    reason: "a file the code imports is missing from the project",
  },
  {
    // Create React App with CI=true: each lint warning in the project's files fails the build; the first is the key line.
    id: "cra-lint-as-error",
    category: "BUILD_COMPILE",
    re: /\bLine \d+:\d+: +\S.*\s[\w@-]+(?:\/[\w-]+)*$/,
    requires: /Treating warnings as errors because process\.env\.CI = true/,
    weight: 6,
    keyWeight: 9,
    phaseWeight: { runtime: 0 },
    reason: "the build treats the code's lint warnings as errors",
  },
  {
    // Jekyll's Liquid error in the site's own template.
    id: "liquid-error",
    category: "BUILD_COMPILE",
    re: /Liquid (?:Exception|Error|syntax error)\b.*\bin \S+/,
    unless: /\/gems\//,
    weight: 7,
    reason: "a site template does not render",
  },
  {
    // Sprockets naming the project asset whose compilation raised the error printed above it.
    id: "asset-compile-in-file",
    category: "BUILD_COMPILE",
    re: /^\(in \S*\/app\/assets\/\S+\)$/,
    unless: /\/gems\//,
    requires: /rake aborted!|assets:precompile/,
    weight: 6,
    key: false,
    reason: "an asset of the project failed to compile",
  },
  {
    // rustc's parse errors carry no error code ("error: expected `;`, found `}`"); the crate being compiled says whose code it is.
    id: "rustc-parse-error",
    category: "BUILD_COMPILE",
    re: /^error: expected .+, found .+$/,
    requires: /^\s*(?:Compiling \S+ v\d|--> \S+\.rs:\d+)/,
    weight: 6,
    phaseWeight: { runtime: 0 },
    reason: "the Rust compiler could not parse the code",
  },
  {
    // Rails raising a code error while it boots for assets:precompile: the project's code, at build.
    id: "ruby-code-error-in-precompile",
    category: "BUILD_COMPILE",
    re: /^(?:Zeitwerk::NameError|NameError|NoMethodError): |\((?:NameError|NoMethodError)\)$/,
    requires: /assets:precompile|rake aborted!/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "the app's code raised an error while Rails booted to precompile assets",
  },
  {
    // A Python type checker or linter rejecting the project's own file ("app.py:12: error: ...
    // [syntax]"); a package's file under site-packages is the package's (guide case 3).
    id: "python-checker-error",
    category: "BUILD_COMPILE",
    re: /^(?:> )?(?:[\w.-]+\/)*[\w.-]+\.pyi?:\d+(?::\d+)?: error: /,
    unless: /site-packages|dist-packages/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "a type checker rejects the project's code",
  },
  {
    // whitenoise's manifest storage: a stylesheet refers to a static file the project does not have.
    id: "static-asset-missing",
    category: "BUILD_COMPILE",
    re: /whitenoise\.storage\.MissingFileError: The file '[^']+' could not be found\b/,
    weight: 8,
    reason: "the asset pipeline cannot find a file the project's assets refer to",
  },
  {
    // esbuild's diagnostics ("src/index.ts:3:7: ERROR: Expected ';' but found 'x'").
    id: "esbuild-located-error",
    category: "BUILD_COMPILE",
    re: /^\S+\.(?:[cm]?[jt]sx?|vue|svelte|css):\d+:\d+: ERROR: /,
    unlessLog: NODE_BUILTIN_UNAVAILABLE,
    weight: 8,
    reason: "the bundler reported an error in a source file",
  },
  {
    // webpack's parser failing on a project file (a syntax error, or a loader missing for it).
    id: "webpack-module-parse",
    category: "BUILD_COMPILE",
    re: /Module parse failed: /,
    weight: 7,
    reason: "the bundler could not parse a source file",
  },
  {
    // PHP's ParseError as frameworks and CLIs print it ("[ParseError] syntax error, unexpected ')'").
    id: "php-parse-error",
    category: "BUILD_COMPILE",
    re: /^\[?ParseError\]?:? syntax error, unexpected\b/,
    weight: 7,
    reason: "a PHP file does not parse",
  },
  {
    // The compiler or linter turned warnings into errors (mix --warnings-as-errors, gcc -Werror).
    id: "warnings-as-errors",
    category: "BUILD_COMPILE",
    re: /Compilation failed due to warnings while using the --warnings-as-errors option|all warnings being treated as errors/,
    weight: 8,
    reason: "the build treats warnings as errors and the code has warnings",
  },
  {
    // RuboCop's offense lines ("file.rb:23:25: W: Lint/UselessAssignment: ...") in a lint step that failed.
    id: "rubocop-offense",
    category: "BUILD_COMPILE",
    re: /^\S+\.(?:rb|rake|gemspec):\d+:\d+: [CWEF]: [A-Z]\w+\/\w+: /,
    requires: /\d+ offenses? detected/,
    weight: 7,
    reason: "the linter reported offenses and the step failed on them",
  },
  {
    id: "tsc",
    category: "BUILD_COMPILE",
    re: /\berror TS\d{4}:|^TS\d{4}: /,
    // A declaration file inside node_modules is a package's code (tsc-in-package reads it); the
    // tsconfig's own errors are the build setup (tsconfig-invalid reads them).
    unless: new RegExp(`${TS_ERROR_IN_PACKAGE.source}|${TSCONFIG_ERROR.source}`),
    weight: 8,
    reason: "TypeScript reported a type error",
  },
  {
    // sqlx's compile-time query checks with no database and no prepared query cache.
    id: "sqlx-offline-cache",
    category: "BUILD_COMPILE",
    re: /`SQLX_OFFLINE=true` but there is no cached data for this query|SQLX_OFFLINE=true but there is no cached data|^error: failed to find data for query\b/,
    weight: 9,
    reason: "sqlx checks queries at compile time and has neither a database nor a prepared query cache",
  },
  {
    // The C# compiler (through dotnet build / MSBuild): "File.cs(9,50): error CS1514: { expected".
    id: "csc",
    category: "BUILD_COMPILE",
    re: /\.cs\(\d+,\d+\): error CS\d{4}:|\berror CS\d{4}: /,
    weight: 8,
    reason: "the C# compiler reported an error",
  },
  {
    // Sass/SCSS failing to compile stylesheets during an asset build.
    id: "sass-syntax",
    category: "BUILD_COMPILE",
    // Also the rest of Rails' asset pipeline: a missing asset, a minifier that cannot parse the JavaScript.
    re: /\b(?:SassC?::SyntaxError|Sass::CompileError|SassError|Sprockets::FileNotFound|Uglifier::Error|ExecJS::RuntimeError): /,
    weight: 8,
    reason: "an asset (stylesheet, script) failed to compile",
  },
  {
    id: "javac-missing-package",
    category: "BUILD_COMPILE",
    re: /\.(?:java|kt):\[?\d+(?:,\d+\])?\]?:? error: package [\w.]+ does not exist/,
    weight: 9,
    reason: "an imported package is not on the compile classpath (the symbol errors follow from it)",
  },
  {
    id: "esbuild-error",
    category: "BUILD_COMPILE",
    re: /^✘ \[ERROR\] /,
    // Wrangler prints the Cloudflare API's refusals with the same mark; an import of a build output
    // that is not there is the build's order (bundler-build-output-missing).
    // esbuild's "Build failed with N errors:" is the summary of the marked lines under it; wrangler's
    // missing entry point and missing API token are the setup's (wrangler-entry-point-missing, env-var-named-absent),
    // and so is a Worker over its size limit (deploy-size-limit).
    unless: new RegExp(
      `A request to the Cloudflare API \\(|Build failed with \\d+ errors?:$|The entry-point file at .* was not found|In a non-interactive environment, it.s necessary to set|failed validation because it exceeded size limits|Cannot start service: Host version "|${BUILD_OUTPUT_IMPORT.source}`,
    ),
    weight: 7,
    phaseWeight: { runtime: 0 },
    reason: "esbuild could not bundle the code",
  },
  {
    id: "next-type-error",
    category: "BUILD_COMPILE",
    re: /^Type error: /,
    weight: 8,
    reason: "the framework's type check failed",
  },
  {
    id: "failed-to-compile",
    category: "BUILD_COMPILE",
    re: /^Failed to compile\.?$|Unable to compile TypeScript|Compilation failed; see the compiler error output|COMPILATION ERROR|error: could not compile `|\bcould not compile `[\w-]+` due to (?:\d+ )?previous errors?|Build failed because of webpack errors|^== Compilation error in file/,
    weight: 3,
    key: false,
    reason: "the compiler failed",
  },
  {
    // Parsers' own words, SWC's (Next.js, Turbopack) "  x Expected ',', got '}'" among them.
    id: "unexpected-token",
    category: "BUILD_COMPILE",
    re: /^(?:x |× |Error:\s+(?:[x×] )?)?Unexpected (?:token|eof|character)\b|^(?:Error:\s+)?[x×] (?:Expected |Unterminated (?:string|regexp|template)|Expression expected|Return statement is not allowed here|the name `\w+` is defined multiple times)/,
    weight: 7,
    phaseWeight: { runtime: 0 },
    reason: "the compiler could not parse the code",
  },
  {
    id: "rustc",
    category: "BUILD_COMPILE",
    re: RUSTC_ERROR,
    // A feature the toolchain does not have yet (rust-feature-gate).
    unless: /^error\[E0658\]:/,
    weight: 8,
    reason: "rustc reported a compile error",
  },
  {
    id: "go-compile",
    category: "BUILD_COMPILE",
    re: GO_COMPILE_ERROR,
    // A module's source in the module cache or vendor/ is a dependency's code (go-compile-dependency reads it).
    unless: new RegExp(GO_DEPENDENCY_SOURCE),
    weight: 8,
    reason: "the Go compiler reported an error",
  },
  {
    id: "go-compile-dependency",
    category: "BUILD_DEPENDENCY",
    re: new RegExp(`${GO_DEPENDENCY_SOURCE}.*(?:${GO_COMPILE_ERROR.source})`),
    weight: 7,
    reason: "a Go module the project depends on does not compile",
  },
  {
    // Any other diagnostic the Go toolchain prints against a file of the project ("file.go:37:2:
    // misuse of ...", go vet's findings): Go's messages start in lower case after the position.
    id: "go-diagnostic",
    category: "BUILD_COMPILE",
    re: /^(?:\.\/)?[\w.-]+(?:\/[\w.-]+)*\.go:\d+:\d+: [a-z]/,
    unless: new RegExp(GO_DEPENDENCY_SOURCE),
    weight: 5,
    phaseWeight: { runtime: 0 },
    reason: "the Go toolchain reported an error in the project's code",
  },
  {
    id: "java-compile",
    category: "BUILD_COMPILE",
    re: /\.(?:java|kt|scala):\[?\d+(?:,\d+\]|\]|:\d+)?:? (?:error: )?(?:illegal start|cannot find symbol|';' expected|class, interface, enum, or record expected|incompatible types|unreported exception|error:|unresolved reference|not found: )|^e: .*\.kt:/,
    weight: 8,
    reason: "the JVM compiler reported an error",
  },
  {
    id: "syntax-error",
    category: "BUILD_COMPILE",
    re: /^(?:SyntaxError|IndentationError|TabError): |^\S+:\d+: syntax error|PHP Parse error:|^Parse error: syntax error|\(SyntaxError\)$|^\*\* \((?:CompileError|SyntaxError|TokenMissingError)\)/,
    // ES module linking errors are SyntaxErrors too, but they come from how packages meet at run time, not the code's syntax.
    // A JSON.parse failure is a SyntaxError over data read at run time, not over code.
    unless:
      /Named export '[^']+' not found|does not provide an export named|\bin JSON at position \d|Unexpected end of JSON input|is not valid JSON|after JSON at position|^SyntaxError: Unexpected end of input$/,
    weight: 7,
    reason: "the code has a syntax or compile error",
  },
  {
    // A file that ends early is code that does not parse, unless JSON.parse threw it (data read at run time).
    id: "syntax-error-end-of-input",
    category: "BUILD_COMPILE",
    re: /^SyntaxError: Unexpected end of input$/,
    unlessLog: /\b(?:JSON|Object)\.parse\b/,
    weight: 7,
    reason: "the code has a syntax or compile error",
  },
  {
    id: "bundler-resolve-import",
    category: "BUILD_COMPILE",
    // webpack's own words also appear without "Module not found:" ("Can't resolve 'x' in '/dir'").
    re: BUNDLER_UNRESOLVED,
    unless: new RegExp(
      `${IMPORTER_IN_PACKAGE.source}|${BUILD_OUTPUT_IMPORT.source}|${PACKAGE_IMPORT_UNRESOLVED.source}`,
    ),
    unlessLog: NODE_BUILTIN_UNAVAILABLE,
    weight: 7,
    reason: "the bundler could not resolve an import",
  },
];

const BUILD_CONFIG_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- BUILD_CONFIG
  {
    // A PHP extension the image's PHP version does not ship (docker-php-ext-install, Magento's ece-tools).
    id: "php-extension-unavailable-for-version",
    category: "BUILD_CONFIG",
    re: /^error: \/usr\/src\/php\/ext\/\w+ does not exist$|\bPHP extension \w+ is not available for PHP version [\d.]+/,
    weight: 8,
    reason: "the image's PHP version does not offer an extension the build installs",
  },
  {
    // A tool asking for a file it starts from in the project's root (Ghost's knex-migrator).
    id: "project-root-file-missing",
    category: "BUILD_CONFIG",
    re: /\bPlease provide a file named [\w.-]+ in your project root\b/,
    weight: 8,
    keyWeight: 10,
    reason: "a file the tool starts from is not in the project",
  },
  {
    // A database image started on data another version or engine wrote (guide case 11): MariaDB's redo
    // log of another version, MongoDB's files of another storage engine.
    id: "database-data-other-version",
    category: "BUILD_CONFIG",
    re: /\bUpgrade after a crash is not supported\. The redo log was created with\b|\bDetected data files in \S+ created by storage engine \x27\w+\x27\. The configured storage engine is\b/,
    weight: 9,
    reason: "the database image does not fit the data directory it is given",
  },
  {
    // Redis taking a command-line flag for its config file: the start command's arguments are out of order.
    id: "redis-flag-as-config-file",
    category: "BUILD_CONFIG",
    re: /\bFatal error, can\x27t open config file \x27-/,
    weight: 8,
    reason: "the start command passes an option where the config file is expected",
  },
  {
    // CMake that cannot build the project: a command it does not know, a policy floor it no longer supports.
    id: "cmake-version-unfit",
    category: "BUILD_CONFIG",
    re: /^Unknown CMake command "[\w]+"\.?$|\bCompatibility with CMake < [\d.]+ has been removed from CMake\b/,
    weight: 9,
    // A package's build failing on it names the toolchain, not the package (guide case 3).
    explains: ["BUILD_DEPENDENCY"],
    reason: "the build's CMake does not fit the project's CMakeLists",
  },
  {
    // .NET Native AOT without the platform's linker in the build image.
    id: "dotnet-platform-linker-missing",
    category: "BUILD_CONFIG",
    re: /\berror : Platform linker not found\b/,
    weight: 8,
    reason: "the build image lacks the linker native compilation needs",
  },
  {
    // A Gemfile refusing the Ruby the image runs ("RUBY_VERSION must be at least 2.1.0"): the runtime
    // version, not a variable to set.
    id: "gemfile-ruby-too-old",
    category: "BUILD_CONFIG",
    re: /\bRUBY_VERSION must be at least [\d.]+, detected RUBY_VERSION [\d.]+/,
    weight: 10,
    explains: ["MISSING_ENV_CONFIG"],
    reason: "the image's Ruby is older than the project requires",
  },
  {
    // A build or start script the platform generated, or the project wrote, that the shell cannot parse.
    id: "shell-script-unexpected-eof",
    category: "BUILD_CONFIG",
    re: /: line \d+: unexpected EOF while looking for matching [`\x27"]/,
    weight: 8,
    reason: "a build or start script does not parse (unbalanced quotes)",
  },
  {
    // A CI setup action that cannot supply the runtime version asked for (setup-python, Azure's UsePythonVersion).
    id: "ci-runtime-version-unavailable",
    category: "BUILD_CONFIG",
    re: /\bCould not find Python matching spec [\w.-]+|\bThe version '[^']+' with architecture '\w+' was not found for this operating system\b/,
    weight: 9,
    reason: "the CI runner cannot supply the runtime version the build asks for",
  },
  {
    // A lock file the build asks for that the repository does not have (guide case 9): setup-node's cache,
    // pnpm's frozen install.
    id: "lock-file-absent",
    category: "BUILD_CONFIG",
    re: /\bDependencies lock file is not found\b|\bERR_PNPM_NO_LOCKFILE\b/,
    weight: 9,
    reason: "the build expects a lock file the repository does not have",
  },
  {
    // nvm unable to resolve the version an .nvmrc names ("lts/* -> N/A").
    id: "nvm-version-not-available",
    category: "BUILD_CONFIG",
    re: /\bN\/A: version "[^"]+" is not yet installed\b/,
    weight: 8,
    reason: "the Node version the build asks nvm for cannot be resolved",
  },
  {
    // A platform's size limit on what is deployed (a serverless function, a Worker).
    id: "deploy-size-limit",
    category: "BUILD_CONFIG",
    re: /\bhas exceeded the unzipped maximum size of \d+ ?[KMG]i?B\b|\bexceeded the size limit of \d+(?:\.\d+)? ?[KMG]i?B\b/,
    weight: 9,
    keyWeight: 10,
    reason: "the deployed bundle is over the platform's size limit",
  },
  {
    // RubyGems refusing to overwrite the image's own bundle executable.
    id: "bundler-executable-conflict",
    category: "BUILD_CONFIG",
    re: /^"bundle" from bundler conflicts with \S+/,
    weight: 8,
    reason: "the build image's Ruby already ships a conflicting bundler",
  },
  {
    // docker build or compose given a build context path that does not exist.
    id: "docker-context-path-missing",
    category: "BUILD_CONFIG",
    re: /\bunable to prepare context: path "[^"]+" not found\b/,
    weight: 9,
    reason: "the build context path does not exist",
  },
  {
    // A package.json the build cannot parse: jq's error in Heroku's buildpack, the CNB buildpacks' account.
    id: "package-json-unparseable",
    category: "BUILD_CONFIG",
    re: /^parse error: .+ at line \d+, column \d+$|\bUnable to parse package\.json\b|\bCould(?: not|n't) parse package\.json\b/,
    requires: /package\.json/,
    weight: 8,
    reason: "the project's package.json is not valid JSON",
  },
  {
    // pnpm running a script whose program is not installed ("Command failed with ENOENT: turbo run dev"):
    // the script names a program that is not there, as exit 127 does (guide case 10).
    id: "pnpm-script-program-missing",
    category: "BUILD_CONFIG",
    re: /\bERR_PNPM_RECURSIVE_(?:EXEC|RUN)_FIRST_FAIL\b.*\bCommand failed with ENOENT\b/,
    weight: 9,
    reason: "a package script runs a program that is not installed",
  },
  {
    // Corepack too old to verify the signature of the package manager it downloads.
    id: "corepack-signature-keyid",
    category: "BUILD_CONFIG",
    re: /\bCannot find matching keyid: /,
    weight: 8,
    reason: "the image's Corepack cannot verify the package manager it downloads (update Corepack)",
  },
  {
    // Turborepo finding no lockfile or packageManager field to tell which package manager the repo uses.
    id: "turbo-package-manager-undetected",
    category: "BUILD_CONFIG",
    re: /\bWe did not detect an in-use package manager for your project\b/,
    weight: 8,
    reason: "the build context has no lockfile or packageManager field for Turborepo to read",
  },
  {
    // A workspace a package manager is told to install is not in the build context (not copied into the image).
    id: "bun-workspace-not-found",
    category: "BUILD_CONFIG",
    re: /^error: Workspace not found "[^"]+"$/,
    weight: 8,
    reason: "a workspace the install names is not in the build context",
  },
  {
    // Heroku's PHP buildpack finding no PHP requirement and no lock to read.
    id: "heroku-php-no-runtime-requirement",
    category: "BUILD_CONFIG",
    re: /\bERROR: neither your composer\.json 'require' section nor any\b/,
    weight: 10,
    reason: "the buildpack cannot tell which PHP the project needs",
  },
  {
    // Go older than the go.mod asks for (guide case 3: a toolchain version).
    id: "go-mod-newer-than-toolchain",
    category: "BUILD_CONFIG",
    re: /\bgo\.mod file indicates go [\d.]+, but maximum supported version is [\d.]+/,
    weight: 8,
    reason: "the go.mod asks for a newer Go than the build has",
  },
  {
    // The container told to run a directory (the image's entrypoint or command).
    id: "container-exec-is-a-directory",
    category: "BUILD_CONFIG",
    re: /\bexec: \x22[^\x22]+\x22: is a directory\b/,
    weight: 8,
    explains: ["PERMISSION_AUTH"],
    reason: "the start command names a directory, not a program",
  },
  {
    // mise unable to verify the runtime it downloads (the build's toolchain setup).
    id: "mise-gpg-no-public-key",
    category: "BUILD_CONFIG",
    re: /\bgpg: Can't check signature: No public key\b/,
    requires: /\bmise ERROR\b/,
    weight: 7,
    keyWeight: 8,
    reason: "the build could not verify the runtime version it installs",
  },
  {
    // A Lambda custom runtime without its bootstrap.
    id: "lambda-bootstrap-missing",
    category: "BUILD_CONFIG",
    re: /\bfork\/exec \/var\/(?:runtime|task)\/[\w.-]+: no such file or directory\b/,
    weight: 8,
    reason: "the function's bootstrap executable is not in the package",
  },
  {
    // webpack's entry file is not there (guide case 2).
    id: "webpack-entry-module-not-found",
    category: "BUILD_CONFIG",
    re: /\bEntry module not found: Error: Can't resolve '/,
    weight: 8,
    reason: "the bundler cannot find the build's entry file",
  },
  {
    // A Go module that says it cannot be built with this Go (guide case 3: a toolchain version).
    id: "go-module-not-on-this-go",
    category: "BUILD_CONFIG",
    re: /\bcan't be built on Go \d+\.\d+\b/,
    weight: 9,
    explains: ["BUILD_DEPENDENCY"],
    reason: "a module cannot be built with the Go version the build uses",
  },
  {
    // uWebSockets.js without a binary for this Node.
    id: "uws-not-compatible-with-node",
    category: "BUILD_CONFIG",
    re: /\bThis version of \S+ is not compatible with your Node\.js build\b/,
    weight: 9,
    explains: ["MISSING_MODULE_RUNTIME"],
    reason: "the package has no build for this Node version",
  },
  {
    // Grafana started away from its home directory.
    id: "grafana-homepath",
    category: "BUILD_CONFIG",
    re: /\bCould not find config defaults, make sure homepath command line parameter is set\b/,
    weight: 8,
    reason: "the start command does not give the server its home directory",
  },
  {
    // The project's tsconfig itself rejected (an option that needs another setting).
    id: "tsconfig-option-error",
    category: "BUILD_CONFIG",
    re: /^\S*tsconfig[\w.-]*\.json\(\d+,\d+\): error TS\d+: /,
    weight: 9,
    explains: ["BUILD_COMPILE"],
    reason: "the TypeScript configuration is invalid",
  },
  {
    // MongoDB started on data another version wrote (guide case 11).
    id: "mongo-feature-compatibility-version",
    category: "BUILD_CONFIG",
    re: /\bUPGRADE PROBLEM: Found an invalid featureCompatibilityVersion\b/,
    weight: 8,
    reason: "the database image is another version than its data",
  },
  {
    // MySQL started with another lower_case_table_names than its data dictionary (guide case 11).
    id: "mysql-lower-case-table-names-mismatch",
    category: "BUILD_CONFIG",
    re: /\bDifferent lower_case_table_names settings for server\b/,
    weight: 8,
    reason: "the server's settings do not fit its data directory",
  },
  {
    // A start command importing a build output a package's command line cannot find.
    id: "build-output-imported-from-cli",
    category: "BUILD_CONFIG",
    re: /Cannot find module '[^\x27]+' imported from \S*\/node_modules\/[\w@./-]+\/bin\/[\w.-]+/,
    weight: 9,
    explains: ["MISSING_MODULE_RUNTIME"],
    reason: "the start command runs a build output that is not there",
  },
  {
    // A buildpack without the runtime version the project asks for (guide case 1).
    id: "cnb-no-valid-dependencies",
    category: "BUILD_CONFIG",
    re: /\bno valid dependencies for [\w.-]+, [\d.]+, and \S+ in \[/,
    weight: 8,
    reason: "the buildpack cannot supply the runtime version asked for",
  },
  {
    // qemu's own crash while emulating another architecture (guide case 10).
    id: "qemu-internal-signal",
    category: "BUILD_CONFIG",
    re: /\bQEMU internal SIG(?:SEGV|ILL|BUS)\b/,
    weight: 8,
    keyWeight: 9,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "the emulation of another architecture crashed",
  },
  {
    // Stack unable to read stack.yaml.
    id: "stack-yaml-unparsable",
    category: "BUILD_CONFIG",
    re: /\bStack could not load and parse \S+ as a YAML configuraton\b|\bStack could not load and parse \S+ as a YAML configuration\b/,
    weight: 8,
    reason: "the build's stack.yaml does not parse",
  },
  {
    // cabal unable to read the project's .cabal file.
    id: "cabal-file-unparsable",
    category: "BUILD_CONFIG",
    re: /^cabal: [\w./-]+\.cabal:\d+: /,
    weight: 7,
    reason: "the project's .cabal file does not parse",
  },
  {
    // Symfony's Encore asked for the asset build's manifest that the image does not hold.
    id: "encore-entrypoints-missing",
    category: "BUILD_CONFIG",
    re: /\bCould not find the entrypoints file from Webpack\b/,
    weight: 8,
    reason: "the asset build's output is not in the image",
  },
  {
    // rackup without the config.ru it starts from.
    id: "rackup-config-ru-missing",
    category: "BUILD_CONFIG",
    re: /\bconfiguration \S*config\.ru not found\b/,
    weight: 8,
    reason: "the start command's config.ru is not there",
  },
  {
    // A tool refusing a package manager older than it needs (Webpacker and Yarn).
    id: "tool-requires-newer-package-manager",
    category: "BUILD_CONFIG",
    re: /\brequires (?:Yarn|npm|Node(?:\.js)?|Bundler) >= ?[\d.]+ and you are using [\d.]+/,
    weight: 8,
    reason: "a build tool needs a newer package manager or runtime than the build has",
  },
  {
    // Angular's builder refusing an angular.json option it does not know (another builder version).
    id: "angular-schema-additional-property",
    category: "BUILD_CONFIG",
    re: /^Data path \x22[^\x22]*\x22 should NOT have additional properties\(\w+\)\.?$/,
    requires: /Schema validation failed with the following errors:/,
    weight: 7,
    reason: "the build configuration has an option the builder does not accept",
  },
  {
    // Bun's binary on a CPU without AVX: the image or host, not the code (like qemu's, guide case 10).
    id: "bun-cpu-lacks-avx",
    category: "BUILD_CONFIG",
    re: /\bCPU lacks AVX support\b/,
    weight: 8,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "the runtime's binary needs a CPU feature this host lacks",
  },
  {
    // A crash of a process that BuildKit runs under qemu's emulation (guide case 10).
    id: "buildkit-qemu-crash",
    category: "BUILD_CONFIG",
    re: /\bSegmentation fault\b|\bSIGSEGV\b|\bIllegal instruction\b|\bSIGILL\b/,
    requires: /\/\.buildkit_qemu_emulator\b/,
    weight: 8,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "a process crashed under the emulation of another architecture",
  },
  {
    // wrangler unable to find the Worker's entry file.
    id: "wrangler-entry-point-missing",
    category: "BUILD_CONFIG",
    re: /\[ERROR\] The entry-point file at \x22[^\x22]+\x22 was not found\b/,
    weight: 8,
    reason: "the build's entry file is not there",
  },
  {
    // A Java launcher told to run a "class" that is a lower-case word: the start command's arguments.
    id: "jvm-class-not-a-class-name",
    category: "BUILD_CONFIG",
    re: /java\.lang\.ClassNotFoundException: [a-z][\w-]*$/,
    weight: 8,
    reason: "the start command names a class that is not a class name",
  },
  {
    // A plugin asking for a newer Gradle than the build runs.
    id: "gradle-too-old-for-plugin",
    category: "BUILD_CONFIG",
    re: /\brequires Gradle (?:version )?[\d.]+ or (?:later|newer|higher)\b/,
    weight: 8,
    reason: "a plugin needs a newer Gradle than the build has",
  },
  {
    // CocoaPods older than a pod requires: the build machine's tool.
    id: "cocoapods-too-old",
    category: "BUILD_CONFIG",
    re: /\brequires CocoaPods version .+, which is not satisfied by your current version\b/,
    weight: 8,
    reason: "a pod needs a newer CocoaPods than the build machine has",
  },
  {
    // gunicorn finding the module but not the application object the start command names.
    id: "gunicorn-app-object-missing",
    category: "BUILD_CONFIG",
    re: /\bFailed to find application object '[^\x27]+' in '[^\x27]+'/,
    weight: 8,
    reason: "the start command names an application object the module does not have",
  },
  {
    // go-sqlite3 in a binary built without cgo: the build's flags.
    id: "go-sqlite3-without-cgo",
    category: "BUILD_CONFIG",
    re: /\bBinary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work\b/,
    weight: 8,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "the binary was built without cgo, which its SQLite driver needs",
  },
  {
    // A database server that cannot load its data files (another format or version than it writes): the volume or image must change (guide case 11).
    id: "datastore-files-unreadable",
    category: "BUILD_CONFIG",
    re: /Wrong signature trying to load DB from file|Can't handle RDB format version \d+|InconsistentClusterIdException: The Cluster ID \S+ doesn't match stored clusterId/,
    weight: 9,
    reason: "the server cannot use the data files in its volume",
  },
  {
    // COPY's from flag naming a stage the Dockerfile does not define (Docker then tries to pull an image of that name).
    id: "copy-from-undefined-stage",
    category: "BUILD_CONFIG",
    re: /invalid from flag value [\w./:-]+: /,
    weight: 10,
    reason: "the COPY from flag names a stage or image that does not exist",
  },
  {
    // Docker build options the builder does not support, platforms and framework builds that need another setup.
    id: "builder-lacks-feature",
    category: "BUILD_CONFIG",
    re: /the -{2}mount option requires BuildKit|"build web" is not currently supported|The Angular CLI requires a minimum Node\.js version of\b/,
    weight: 9,
    reason: "the build's tooling does not support what the project asks",
  },
  {
    // Packaging steps that do not find what they package (icons, the packaged app, a generated Gradle script).
    id: "packaging-input-missing",
    category: "BUILD_CONFIG",
    re: /\bicon directory .+ doesn't contain icons|Couldn't find packaged app at: |Could not read script '[^\x27]+' as it does not exist/,
    weight: 8,
    reason: "a file the packaging step needs is missing",
  },
  {
    // The Android SDK refusing to install packages whose licences the CI image has not accepted.
    id: "android-licences-not-accepted",
    category: "BUILD_CONFIG",
    re: /LicenceNotAcceptedException|some licences have not been accepted/,
    weight: 8,
    reason: "the build image has not accepted the Android SDK licences",
  },
  {
    // A function bundle over the platform's size limit.
    id: "function-bundle-too-large",
    category: "BUILD_CONFIG",
    re: /Unzipped size must be smaller than \d+ bytes|\bscript_too_large\b/,
    weight: 8,
    reason: "the function bundle is larger than the platform allows",
  },
  {
    // wrangler with no entry point in its command or configuration.
    id: "wrangler-missing-entry-point",
    category: "BUILD_CONFIG",
    re: /\[ERROR\] Missing entry-point: /,
    weight: 9,
    explains: ["BUILD_COMPILE"],
    reason: "the deploy names no entry point",
  },
  {
    // A GPU the image's CUDA build has no kernels for.
    id: "cuda-no-kernel-image",
    category: "BUILD_CONFIG",
    re: /no kernel image is available for execution on the device/,
    weight: 8,
    reason: "the image's CUDA build does not support this GPU",
  },
  {
    // A Dockerfile step moving or copying a file the build context did not bring.
    id: "build-step-file-missing",
    category: "BUILD_CONFIG",
    re: /\b(?:mv|cp): (?:can't rename|cannot stat|can't stat) '[^\x27]+': No such file or directory/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "a build step moves or copies a file that is not there",
  },
  {
    // An entrypoint script exec-ing a command that is not there.
    id: "entrypoint-exec-not-found",
    category: "BUILD_CONFIG",
    re: /: line \d+: exec: .+: not found$/,
    weight: 8,
    reason: "the entrypoint runs a command that is not in the image",
  },

  {
    // Puma started without an application (no config.ru where it runs).
    id: "puma-no-application",
    category: "BUILD_CONFIG",
    re: /ERROR: No application configured, nothing to run\b/,
    weight: 8,
    // Below the line naming why (a config file it could not read), which keys when present.
    keyWeight: 7,
    reason: "the server found no application to run",
  },

  {
    // Lambda's Python runtime unable to import the handler module itself: the module named missing is
    // the handler's own (2 labels), not a package its code imports.
    id: "lambda-python-handler-missing",
    category: "BUILD_CONFIG",
    re: /Unable to import module '(\w+)(?:\.\w+)*': No module named '\1(?:\.\w+)*'/,
    weight: 10,
    reason: "the function's handler module is not in the package",
  },
  {
    // A buildpack unable to find the runtime version the project asks for.
    id: "buildpack-node-version-unresolved",
    category: "BUILD_CONFIG",
    re: /Couldn't resolve Node(?:\.js)? version: \S+/,
    weight: 8,
    reason: "the build cannot supply the runtime version the project asks for",
  },

  {
    // etcd unable to create its member directory (the data directory is not where it expects).
    id: "etcd-member-dir",
    category: "BUILD_CONFIG",
    re: /etcd: cannot write to member directory: /,
    weight: 8,
    reason: "the server cannot create its data directory",
  },
  {
    // A go.mod at $GOPATH's root (a Dockerfile that copies the module into GOPATH itself).
    id: "gopath-go-mod",
    category: "BUILD_CONFIG",
    re: /\$GOPATH\/go\.mod exists but should not\b/,
    weight: 8,
    reason: "the module sits at the root of GOPATH",
  },
  {
    // The JVM refusing an option the start command passes (removed in its version).
    id: "jvm-unrecognized-option",
    category: "BUILD_CONFIG",
    re: /^Unrecognized VM option '[^\x27]+'/,
    weight: 8,
    reason: "the start command passes a JVM option this Java does not have",
  },

  {
    // Laravel's Vite helper finding no build manifest: the front-end assets were not built into the image.
    id: "vite-manifest-missing",
    category: "BUILD_CONFIG",
    re: /Vite manifest not found at: \S+/,
    weight: 8,
    reason: "the front-end assets were not built",
  },
  {
    // The start command running a package's bin that is not installed (nodemon, a dev dependency).
    id: "start-bin-package-missing",
    category: "BUILD_CONFIG",
    re: new RegExp(`^(?:Uncaught )?${PACKAGE_BIN_NOT_FOUND.source}`),
    phaseWeight: { build: 0 },
    weight: 9,
    reason: "the start command runs a package that is not installed",
  },
  {
    // The Airflow image refusing pip as root in a Dockerfile step.
    id: "pip-as-root-refused",
    category: "BUILD_CONFIG",
    re: /You are running pip as root\. Please use '\w+' user to run pip/,
    weight: 8,
    reason: "the image refuses pip run as root: the Dockerfile must switch user",
  },
  {
    // pip told to install into the user site inside a virtualenv (PIP_USER, or pip's user flag, set by the image).
    id: "pip-user-in-venv",
    category: "BUILD_CONFIG",
    re: /Can not perform a '-{2}user' install\. User site-packages are not visible in this virtualenv/,
    weight: 8,
    reason: "the build asks pip for a user install inside a virtualenv",
  },
  {
    // Bundler's path gem that the Docker build did not copy in.
    id: "bundler-path-gem-missing",
    category: "BUILD_CONFIG",
    re: /^The path `[^`]+` does not exist\.$/,
    weight: 8,
    reason: "a gem the Gemfile takes from a path is not in the build",
  },
  {
    // Docker asked for GPUs on a host without the NVIDIA runtime.
    id: "gpu-driver-missing",
    category: "BUILD_CONFIG",
    re: /could not select device driver "[\w-]*" with capabilities/,
    weight: 8,
    reason: "the container asks for a GPU driver the host does not have",
  },
  {
    // uv's workspace: a source declared as a workspace member the build context does not hold.
    id: "uv-workspace-member-missing",
    category: "BUILD_CONFIG",
    re: /references a workspace in `tool\.uv\.sources` .*but is not a workspace member|references a workspace in `tool\.uv\.sources`/,
    weight: 8,
    reason: "a workspace member the project declares is not in the build",
  },
  {
    // Node refusing to require an ES module that is the app's own entry or a platform plugin (2 labels);
    // a package under node_modules loaded this way is the code's choice (RUNTIME_EXCEPTION, below).
    id: "require-esm-entry",
    category: "BUILD_CONFIG",
    re: /ERR_REQUIRE_ESM\]?:? Must use import to load ES Module: (?!\S*\/node_modules\/)\S+/,
    weight: 7,
    reason: "the start command requires an ES module as CommonJS",
  },
  {
    // A native module built for another Node.js than the one that runs it (built on the host, or
    // before the image's Node changed): the owner rebuilds it in the image (5142).
    id: "native-module-node-version",
    category: "BUILD_CONFIG",
    re: /Error: The module '[^']+\.node'$/,
    requires: /was compiled against a different Node\.js version\b/,
    weight: 8,
    reason: "a native module was built for another Node.js version",
  },
  {
    // The server file a start command runs, missing from the build's output directory (guide case 2).
    id: "built-entry-missing",
    category: "BUILD_CONFIG",
    re: /ENOENT: no such file or directory, (?:stat|open) '[^']*\/(?:build|dist|out|\.output)\/(?:[\w-]+\/)*(?:index|server|main)\.[cm]?js'/,
    phaseWeight: { build: 0 },
    weight: 7,
    reason: "the server file the start command runs was not built",
  },

  {
    // A Sphinx extension importing a standard-library module the build's Python no longer has
    // (imghdr, removed in 3.13): the runtime version, not the docs' dependencies (guide case 3).
    id: "sphinx-extension-needs-removed-stdlib",
    category: "BUILD_CONFIG",
    re: /Could not import extension [\w.]+ \(exception: No module named \W?(?:imghdr|pipes|cgi|asynchat|asyncore|telnetlib|crypt|nntplib|smtpd)\b/,
    weight: 8,
    reason: "the build's Python is newer than the docs toolchain supports",
  },
  {
    // Read the Docs refusing a build setting of .readthedocs.yaml (the build's configuration, not the app's).
    id: "readthedocs-config-invalid",
    category: "BUILD_CONFIG",
    re: /\bConfig validation error in build\.[\w.]+|Problem in your project.s configuration\. Invalid \x22build\./,
    explains: ["MISSING_ENV_CONFIG"],
    weight: 9,
    reason: "the Read the Docs build configuration is invalid",
  },
  {
    // Compose refusing a volume mode (delegated, cached) the engine does not support.
    id: "compose-invalid-mount-mode",
    category: "BUILD_CONFIG",
    re: /invalid bind mount spec "[^"]+": invalid mode: \w+/,
    weight: 8,
    reason: "the compose file mounts a volume with a mode Docker does not accept",
  },
  {
    // Compose refusing the project's compose file.
    id: "compose-project-invalid",
    category: "BUILD_CONFIG",
    re: /: invalid compose project$/,
    weight: 8,
    reason: "the compose file is invalid",
  },
  {
    // OSRM started without the prepared data files it needs.
    id: "required-data-files-missing",
    category: "BUILD_CONFIG",
    re: /^(?:\[error\] )?Required files are missing, cannot continue$/,
    weight: 8,
    reason: "the server's data files are not where it starts from",
  },
  {
    // Cargo naming its own version under a feature the project needs; its first line ("feature `x` is
    // required") is the key line, as the guide keeps the first of two lines that state one cause.
    id: "cargo-feature-not-stabilized",
    category: "BUILD_CONFIG",
    re: /but that feature is not stabilized in this version of Cargo \(|\bfeature `[\w-]+` is required$/,
    requires: /but that feature is not stabilized in this version of Cargo \(/,
    keyWeight: 10,
    weight: 9,
    reason: "the build image's Cargo is older than the project requires",
  },
  {
    // A Cobra CLI refusing the subcommand the start command gave it.
    id: "cli-unknown-command",
    category: "BUILD_CONFIG",
    re: /\bunknown command "[\w-]+" for "[\w -]+"/,
    weight: 8,
    reason: "the start command passes a subcommand the program does not have",
  },
  {
    // A Substrate build without the wasm32 target it compiles the runtime for.
    id: "substrate-wasm-toolchain-missing",
    category: "BUILD_CONFIG",
    re: /\bRust WASM toolchain not installed\b/,
    explains: ["BUILD_COMPILE"],
    weight: 9,
    reason: "the WebAssembly target the build needs is not installed",
  },
  {
    // A framework refusing a tool older than it needs (Reflex and bun).
    id: "tool-version-below-required",
    category: "BUILD_CONFIG",
    re: /requires [\w.-]+ version [\d.]+ or higher to run, but the detected version is [\d.]+/,
    weight: 8,
    reason: "a tool the build uses is older than the project requires",
  },
  {
    // Fabric's loader refusing to start on a Java older than the game or a mod requires.
    id: "minecraft-mod-needs-java",
    category: "BUILD_CONFIG",
    re: /requires (?:version [\d.]+ or later|any version) of mod \x27[^\x27]+\x27 \(java\)/,
    weight: 8,
    reason: "the server runs on a Java older than the game needs",
  },
  {
    // go build refusing a flag newer than the toolchain in the image (-trimpath on an old Go).
    id: "go-build-flag-unknown",
    category: "BUILD_CONFIG",
    re: /^flag provided but not defined: -\w+/,
    requires: /^usage: go (?:build|test|run|install|vet)\b/,
    weight: 7,
    reason: "the build passes a flag this Go toolchain does not have",
  },
  {
    // Apache's message under its "AH00526: Syntax error on line N of file:": an unknown directive, a DocumentRoot that is not there.
    id: "apache-config-error-message",
    category: "BUILD_CONFIG",
    re: /^(?!.*AH00526).*\S/,
    follows: /AH00526: Syntax error on line \d+ of \S+:$/,
    weight: 7,
    reason: "the web server's configuration has a line it does not accept",
  },
  {
    // SwiftPM refusing a package whose tools version is newer than the toolchain in the image (guide case 3).
    id: "swift-tools-version-too-old",
    category: "BUILD_CONFIG",
    re: /Package requires minimum Swift tools version [\d.]+\. Current Swift tools version is [\d.]+|is using Swift tools version [\d.]+ but the installed version is [\d.]+/,
    weight: 8,
    reason: "the image's Swift toolchain is older than the package needs",
  },
  {
    // Crystal's shards finding no shard.yml where the build runs it.
    id: "shard-yml-missing",
    category: "BUILD_CONFIG",
    re: /\bMissing shard\.yml\b/,
    weight: 8,
    reason: "the build runs shards where there is no shard.yml",
  },
  {
    // Haskell Stack given targets that match no package of the project.
    id: "stack-targets-match-nothing",
    category: "BUILD_CONFIG",
    re: /The specified targets matched no packages\b/,
    weight: 7,
    reason: "the build names targets that match no package",
  },
  {
    // Gleam's build unable to run a program it calls (git, erl): the image lacks it (guide case 4).
    id: "program-not-installed",
    category: "BUILD_CONFIG",
    re: /^The program `[\w.-]+` was not found\. Is it installed\?$/,
    weight: 8,
    reason: "a program the build calls is not in the image",
  },
  {
    // Compose waiting for a dependency to be healthy when the dependency defines no health check: the compose file is wrong (466).
    id: "compose-dependency-without-healthcheck",
    category: "BUILD_CONFIG",
    re: /dependency failed to start: container \S+ has no healthcheck configured/,
    explains: ["HEALTHCHECK_TIMEOUT"],
    weight: 8,
    reason: "the compose file waits on a health check the service does not define",
  },
  {
    // A Nix derivation that names no source to build.
    id: "nix-derivation-without-source",
    category: "BUILD_CONFIG",
    re: /variable \$src or \$srcs should point to the source/,
    weight: 8,
    reason: "the Nix derivation does not say where its source is",
  },
  {
    // Cargo vendoring a git source with no Cargo.lock (guide case 9: a lock file that is not there at all).
    id: "vendored-git-source-needs-lockfile",
    category: "BUILD_CONFIG",
    re: /requires a lock file to be present first before it can be\b/,
    weight: 8,
    reason: "a vendored build needs a lock file the project does not have",
  },
  {
    // App Engine rejecting a field of app.yaml (a handler, a runtime setting).
    id: "appengine-app-yaml-invalid",
    category: "BUILD_CONFIG",
    re: /\(gcloud\.app\.deploy\) INVALID_ARGUMENT: /,
    weight: 7,
    reason: "App Engine refused the app's deployment settings",
  },
  {
    // Carton asked to install from a cpanfile that is not in the project.
    id: "cpanfile-missing",
    category: "BUILD_CONFIG",
    re: /Can\x27t locate cpanfile\b/,
    weight: 8,
    reason: "the build installs from a cpanfile the project does not have",
  },
  {
    // nginx refusing a directive its build does not have (a module not loaded, a typo in the site config).
    id: "nginx-unknown-directive",
    category: "BUILD_CONFIG",
    re: /unknown directive "[\w-]+" in \S+:\d+/,
    weight: 8,
    reason: "the nginx configuration uses a directive this nginx does not have",
  },
  {
    // Discourse started without its precompiled assets: the build step did not run.
    id: "assets-not-precompiled",
    category: "BUILD_CONFIG",
    re: /\bAssets have not been precompiled\b/,
    weight: 9,
    reason: "the app starts without the assets its build should have compiled",
  },
  {
    // Node asked to run a TypeScript file directly (no loader, or one that does not register).
    id: "node-unknown-ts-extension",
    category: "BUILD_CONFIG",
    re: /ERR_UNKNOWN_FILE_EXTENSION\]?:? Unknown file extension "\.(?:ts|tsx|mts|cts)"/,
    weight: 8,
    reason: "the start or build command runs a TypeScript file without compiling it",
  },
  {
    // Celery's -A naming a module with no Celery app in it (guide case 12: the start command).
    id: "celery-app-not-loaded",
    category: "BUILD_CONFIG",
    re: /Module '[\w.]+' has no attribute 'celery'/,
    weight: 8,
    keyWeight: 9,
    reason: "the worker's start command names no Celery app it can load",
  },
  {
    // ... and Celery's heading over it, which keys only where nothing says more.
    id: "celery-app-not-loaded-heading",
    category: "BUILD_CONFIG",
    re: /^Unable to load celery application\.?$/,
    weight: 8,
    keyWeight: 4,
    reason: "the worker's start command names no Celery app it can load",
  },
  {
    // next-on-pages refusing routes that are not set to run on the Edge runtime.
    id: "next-on-pages-edge-runtime",
    category: "BUILD_CONFIG",
    re: /The following routes were not configured to run with the Edge Runtime:/,
    weight: 8,
    reason: "the app's routes are not set up for the edge runtime the host needs",
  },
  {
    // InnoDB unable to start on its data files (a size that does not match the configuration, a
    // broken volume): the app's refused connections to it follow from it (guide case 11).
    id: "innodb-data-file-mismatch",
    category: "BUILD_CONFIG",
    re: /InnoDB: The Auto-extending innodb_system data file '[^']+' is of a different size \d+ pages than specified in the \.cnf file\b/,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 9,
    reason: "the database cannot start on the data files in its volume",
  },
  {
    // Go's toolchain building outside the layout it expects: a GOPATH build of a directory that is
    // not under GOPATH/src ("go get: no install location ... outside GOPATH"), a buildpack's Go too old for modules.
    id: "go-build-layout",
    category: "BUILD_CONFIG",
    re: /^unexpected directory layout:$|, which does not support the Go modules experiment\b|\bgo get: no install location for directory \S+ outside GOPATH\b/,
    weight: 7,
    reason: "the Go build runs outside the layout or version the project needs",
  },
  {
    // NuGet reading a package source that is a path which is not there: the restore command or
    // nuget.config names the source wrongly, no registry failed.
    id: "nuget-local-source-missing",
    category: "BUILD_CONFIG",
    re: /\berror NU1301: The local source '[^']+' doesn't exist\b/,
    weight: 9,
    reason: "the restore names a package source path that is not there",
  },
  {
    // GraalVM's native-image tool missing from the build image, or unable to run there.
    id: "native-image-tool-missing",
    category: "BUILD_CONFIG",
    re: /Cannot find the `native-image` in the\b|Requirements for building native images are not fulfilled\b/,
    weight: 8,
    reason: "the build image lacks the native-image tool the build calls",
  },
  {
    // A framework or tool refusing the Node.js the host runs ("Meteor requires Node v12.0.0 or later").
    id: "tool-requires-newer-node",
    category: "BUILD_CONFIG",
    re: /\b\w+ requires Node(?:\.js)? (?:v|version )?\d+(?:\.\d+)*(?:\.x)? or (?:later|newer|higher|above)\b/,
    weight: 8,
    reason: "the host runs an older Node.js than the app's framework needs",
  },
  {
    // A start command's file argument that is not there (click's "Invalid value: File does not exist: app.py",
    // as in `streamlit run`), and a PHP buildpack's document root that is not there.
    id: "start-target-file-missing",
    category: "BUILD_CONFIG",
    re: /\bInvalid value(?: for '[^']+')?: (?:File|Path) (?:'[^']+' )?does not exist\b|\bDOCUMENT_ROOT '[^']*' does not exist\b/,
    weight: 8,
    reason: "the start command names a file that is not there",
  },
  {
    // A bundle importing a build output that is not there (functions bundled before the app build).
    id: "bundler-build-output-missing",
    category: "BUILD_CONFIG",
    re: BUILD_OUTPUT_IMPORT,
    weight: 7,
    reason: "the build imports an output an earlier build step did not produce",
  },
  {
    // The Prisma client imported during the build before `prisma generate` ran in it.
    id: "prisma-generate-step-missing",
    category: "BUILD_CONFIG",
    re: PRISMA_CLIENT_NOT_GENERATED,
    weight: 8,
    phaseWeight: { runtime: 0 },
    reason: "the build command does not run prisma generate before the code that imports the client",
  },
  {
    // The bundle imports one of Node's built-in modules, which the target provides only when its
    // Node compatibility setting is on (Wrangler's node_compat).
    id: "node-builtin-unavailable",
    category: "BUILD_CONFIG",
    re: NODE_BUILTIN_UNAVAILABLE,
    weight: 9,
    keyWeight: 10,
    reason: "the build targets a runtime without Node's built-in modules",
  },
  {
    // RubyGems finding no bundler at all (the image has none), as opposed to another version.
    id: "bundler-not-installed",
    category: "BUILD_CONFIG",
    re: BUNDLER_NOT_INSTALLED,
    weight: 9,
    reason: "the image has no bundler",
  },
  {
    // bundle exec without the executable a build step runs (the gem that provides it is not in the Gemfile).
    id: "bundle-exec-command-missing",
    category: "BUILD_CONFIG",
    re: /bundler: command not found: [\w-]+/,
    weight: 8,
    reason: "a build step runs an executable the bundle does not provide",
  },
  {
    // sbt asked by the builder for a task the project does not define (Heroku's `sbt stage`
    // without the packaging plugin).
    id: "sbt-task-undefined",
    category: "BUILD_CONFIG",
    // (sbt's "[error] " prefix is peeled off before rules read the line.)
    re: /^Not a valid command: \w+ \(similar: /,
    weight: 7,
    reason: "the build runs a task the project's build does not define",
  },
  {
    // Heroku's platform packages needing a newer installer than the pinned buildpack has.
    id: "heroku-installer-plugin",
    category: "BUILD_CONFIG",
    re: /requires heroku\/installer-plugin \S+ -> found heroku\/installer-plugin/,
    weight: 9,
    keyWeight: 10,
    reason: "the buildpack is too old for the runtime version the project asks for",
  },
  {
    // A Python package's own source that does not parse: the SyntaxError's location ('File "...",
    // line N' without a function, as Python prints where it stopped parsing) is under site-packages
    // (guide case 3: a package's source failing is BUILD_DEPENDENCY).
    id: "python-syntax-in-package",
    category: "BUILD_DEPENDENCY",
    re: /^(?:SyntaxError|IndentationError|TabError): /,
    requires: /^File "[^"]*[/\\](?:site|dist)-packages[/\\][^"]*", line \d+$/,
    weight: 9,
    reason: "a package's own source does not parse with this Python",
  },
  {
    // Go's module fetch finding no module at an import path (a vanity host gone, a 404).
    id: "go-import-path-unrecognised",
    category: "BUILD_DEPENDENCY",
    re: /\bunrecognized import path "[^"]+"/,
    weight: 8,
    reason: "a Go module's import path no longer resolves",
  },
  {
    // rustc refusing a language feature it does not have yet (E0658, "is experimental"): the
    // toolchain is older than the code, the project's own or a package's (guide case 3).
    id: "rust-feature-gate",
    category: "BUILD_CONFIG",
    re: /^error\[E0658\]: |^error: .*(?:\bis experimental \(see issue #\d+\)|\b(?:is|are) unstable\b)/,
    weight: 9,
    reason: "the Rust toolchain is older than the code it compiles",
  },
  {
    // A Java image's run script finding no jar to run (fabric8's run-java.sh).
    id: "java-run-no-jar",
    category: "BUILD_CONFIG",
    re: /Neither \$\w+ nor \$\w+ is set and 0 found in \S+|Neither \$JAVA_MAIN_CLASS nor \$JAVA_APP_JAR is set and \d+ JARs found\b/,
    weight: 8,
    reason: "the image holds no application jar for its start script to run",
  },
  {
    // nginx unable to open a file its configuration includes (mime.types, a conf.d file).
    id: "nginx-included-file-missing",
    category: "BUILD_CONFIG",
    re: /\[emerg\] (?:\d+#\d+: )?open\(\) "[^"]+" failed \(2: No such file or directory\)/,
    weight: 8,
    reason: "a file the server's configuration includes is not in the image",
  },
  {
    // A binary built against another version of the library the image has.
    id: "binary-symbol-lookup",
    category: "BUILD_CONFIG",
    re: /symbol lookup error: \S+: undefined symbol: \w+/,
    weight: 8,
    reason: "a binary in the image does not match the libraries it runs with",
  },
  {
    // A start or build script using a file the image does not have ("/start.sh: line 10: /venv/bin/activate: No such file or directory").
    id: "script-file-missing",
    category: "BUILD_CONFIG",
    re: /^\S+\.sh: line \d+: \/\S+: No such file or directory$/,
    weight: 7,
    // Below a line that says why the file is not there.
    keyWeight: 6.9,
    reason: "a start or build script uses a file that is not there",
  },
  {
    // Windows' command-not-found, from a build or deploy script.
    id: "windows-command-not-recognized",
    category: "BUILD_CONFIG",
    re: /is not recognized as an internal or external command/,
    weight: 7,
    reason: "a script runs a command that is not installed",
  },
  {
    // make without a rule for a file the build needs (a generated file that was not produced).
    id: "make-no-rule",
    category: "BUILD_CONFIG",
    re: /\*\*\* No rule to make target '[^']+', needed by '[^']+'\.\s+Stop\./,
    weight: 7,
    reason: "the build needs a file nothing produces",
  },
  {
    // A buildpack's own compile script failing in the shell (bad settings it reads).
    id: "buildpack-compile-script-error",
    category: "BUILD_CONFIG",
    re: /\/bin\/compile: line \d+: \S.*(?:unbound variable|too many arguments|No such file or directory|command not found)$/,
    weight: 7,
    reason: "the buildpack's script fails on the build's settings",
  },
  {
    // Docker refusing a Dockerfile instruction it cannot parse.
    id: "dockerfile-syntax",
    category: "BUILD_CONFIG",
    re: /Syntax error - can't find = in "\w+"\. Must be of the form: name=value/,
    weight: 8,
    reason: "the Dockerfile does not parse",
  },
  {
    // IIS's appcmd (ServiceMonitor) unable to apply the image's configuration.
    id: "iis-appcmd-collection",
    category: "BUILD_CONFIG",
    re: /ERROR \( message:Cannot find requested collection element\. \)/,
    weight: 7,
    reason: "the image's IIS configuration does not apply",
  },
  {
    // The Node buildpack pointing at a dangerous engines range.
    id: "engines-semver-range",
    category: "BUILD_CONFIG",
    re: /Dangerous semver range \([<>=^~*]+\) in engines\.node/,
    weight: 7,
    reason: "the project's engines range lets the build pick a Node it does not work with",
  },
  {
    // A CLI refusing a flag the build command passes (AdonisJS' Ace).
    id: "cli-unknown-flag",
    category: "BUILD_CONFIG",
    re: /E_INVALID_FLAG: Unknown flag "[\w-]+"/,
    weight: 8,
    reason: "the build command passes a flag the tool does not know",
  },
  {
    // A deploy tool's own components too old or missing (Kamal's proxy, buildx).
    id: "deploy-tool-component",
    category: "BUILD_CONFIG",
    re: /\bversion v?[\d.]+ is too old, run `|Docker buildx plugin is not installed\b/,
    weight: 8,
    reason: "the deploy tooling is missing a component or has one too old",
  },
  {
    // The Postgres image's initdb on a volume that already holds files (PGDATA at the mount point).
    id: "initdb-dir-not-empty",
    category: "BUILD_CONFIG",
    re: /initdb: directory "[^"]+" exists but is not empty/,
    weight: 8,
    reason: "the database's data directory is a volume that is not empty",
  },
  {
    // The Android Gradle plugin on an older JDK than it needs.
    id: "agp-needs-newer-java",
    category: "BUILD_CONFIG",
    re: /Android Gradle plugin requires Java \d+ to run\. You are currently using Java [\d.]+/,
    weight: 9,
    reason: "the build's JDK is older than the Android Gradle plugin needs",
  },
  {
    // CocoaPods refusing the Podfile.
    id: "podfile-invalid",
    category: "BUILD_CONFIG",
    re: /\[!\] Invalid `Podfile` file: /,
    weight: 8,
    reason: "the Podfile is invalid",
  },
  {
    // Bun without the locked memory its io_uring needs (a host limit).
    id: "bun-memlock-limit",
    category: "BUILD_CONFIG",
    re: /^error: memlock limit exceeded$/,
    weight: 8,
    reason: "the host's memlock limit is too low for the runtime",
  },
  {
    // Heroku unable to detect the buildpack set on the app.
    id: "heroku-buildpack-detect-failed",
    category: "BUILD_CONFIG",
    re: /failed to detect set buildpack\b/,
    weight: 8,
    reason: "the buildpack set on the app does not detect it",
  },
  {
    // The image's git older than the app needs.
    id: "git-version-too-old",
    category: "BUILD_CONFIG",
    re: /Git version not supported\. Requires version/,
    weight: 8,
    reason: "the image's git is older than the app needs",
  },
  {
    // The NVIDIA runtime without the host's driver library: the host cannot supply the GPU.
    id: "nvidia-runtime-driver-missing",
    category: "BUILD_CONFIG",
    re: /nvidia-container-cli: initialization error: load library failed: libnvidia-ml\.so/,
    weight: 10,
    reason: "the host has no NVIDIA driver for the container runtime",
  },
  {
    // webpack without its default entry (./src) in the project.
    id: "webpack-default-entry-missing",
    category: "BUILD_CONFIG",
    re: /Module not found: Error: Can't resolve '\.\/src' in '/,
    weight: 9,
    reason: "the bundler's entry is not there",
  },
  {
    // Heroku refusing the add-ons a buildpack asks for.
    id: "heroku-addon-specification",
    category: "BUILD_CONFIG",
    re: /Invalid add-on specification\b/,
    weight: 8,
    reason: "the build setup asks for add-ons in a form the platform refuses",
  },
  {
    // A WSGI server told to load an application path that points at nothing (Beanstalk's WSGIPath,
    // Sanic's app name).
    id: "wsgi-application-not-found",
    category: "BUILD_CONFIG",
    re: /Failed to find application, did you mean '[^']+'\?|Sanic app name '[\w.]+' not found\b/,
    weight: 9,
    reason: "the start command's application path points at nothing",
  },
  {
    // The build's Python without pip (a builder's virtualenv, an old runtime).
    id: "python-without-pip",
    category: "BUILD_CONFIG",
    re: /\/python[\d.]*: No module named pip$/,
    weight: 9,
    reason: "the build's Python has no pip",
  },
  {
    // A start or build script changing into a directory the image does not have.
    id: "script-cd-missing-dir",
    category: "BUILD_CONFIG",
    re: /\bline \d+: cd: \S+: No such file or directory$/,
    weight: 7,
    reason: "a start or build script changes into a directory that is not there",
  },
  {
    // Strapi without the public folder it serves.
    id: "strapi-public-folder-missing",
    category: "BUILD_CONFIG",
    re: /The public folder \(\S+\) doesn't exist or is not accessible/,
    weight: 7,
    reason: "a folder the app serves from is not there",
  },
  {
    // apt in an image whose release does not package the language runtime asked for (python3.8 on a
    // newer Debian): the base image cannot supply the version (guide case 1).
    id: "apt-runtime-version-missing",
    category: "BUILD_CONFIG",
    re: /E: (?:Unable to locate package|Package '?[\w.+-]+'? has no installation candidate)\b.*\b(?:python3?\.\d+|openjdk-\d+-\w+|php\d\.\d)\b/,
    weight: 9,
    reason: "the base image does not package the runtime version the build asks for",
  },
  {
    // Play's pid file left by an earlier run in the image or volume.
    id: "play-running-pid",
    category: "BUILD_CONFIG",
    re: /This application is already running \(Or delete \S*RUNNING_PID file\)/,
    weight: 9,
    reason: "a stale pid file stops the app from starting",
  },
  {
    // Heroku: the buildpack set on the app does not detect this app.
    id: "heroku-buildpack-not-compatible",
    category: "BUILD_CONFIG",
    re: /App not compatible with buildpack: \S+|\bERROR: Application not supported by this buildpack!/,
    // Below a buildpack's own account of what it missed ("Could not find a pom.xml file!").
    weight: 6,
    reason: "the buildpack set on the app does not fit the app",
  },
  {
    // Yarn Berry refusing to create a lockfile (guide case 9: a lockfile the build needs is not there).
    id: "yarn-lockfile-would-be-created",
    category: "BUILD_CONFIG",
    re: /YN0028: The lockfile would have been created by this install\b/,
    weight: 9,
    reason: "the repository has no lockfile and the install may not create one",
  },
  {
    // A submodule the checkout needs has no URL in .gitmodules.
    id: "submodule-no-url",
    category: "BUILD_CONFIG",
    re: /No url found for submodule path '[^']+' in \.gitmodules/,
    weight: 8,
    reason: "a submodule the checkout needs has no URL in .gitmodules",
  },
  {
    // A program the build runs (a headless browser, a CLI) cannot start for a missing system library
    // (guide case 4: the build step calls it, the image lacks what it needs).
    id: "shared-lib-during-build",
    category: "BUILD_CONFIG",
    re: /error while loading shared libraries: .*: cannot open shared object file/,
    weight: 10,
    phaseWeight: { runtime: 0 },
    unless: /^prebuild-install (?:WARN|warn)\b/,
    reason: "a program the build runs cannot load a system library",
  },
  {
    // uv without an interpreter that fits the project's requires-python (downloads off or none matching).
    id: "uv-no-interpreter",
    category: "BUILD_CONFIG",
    re: /No interpreter found for Python [^\s]+ in (?:managed installations|virtual environments|search path)/,
    weight: 8,
    reason: "the build has no Python that fits the project's requires-python",
  },
  {
    // Poetry installing the project before its package directory was copied in.
    id: "poetry-package-dir-empty",
    category: "BUILD_CONFIG",
    re: /(?<!\S)\S+ does not contain any element\b/,
    weight: 7,
    reason: "the project's package directory is empty where the build installs it",
  },
  {
    // pipenv's system-install flag used in a way it refuses.
    id: "pipenv-system-flag",
    category: "BUILD_CONFIG",
    re: /-{2}system is intended to be used for (?:pre-existing )?Pipfile installation, not installation of specific packages\b/,
    weight: 8,
    reason: "the build runs pipenv with flags it refuses",
  },
  {
    // A CLI the build step runs is not installed ("× Command "wrangler" not found").
    id: "build-cli-command-not-found",
    category: "BUILD_CONFIG",
    re: /^(?:×|✘) Command "[\w:.-]+" not found\.?$/,
    weight: 7,
    reason: "the build runs a command that is not installed",
  },
  {
    // netlify-lambda without the netlify.toml that configures its functions.
    id: "netlify-toml-missing",
    category: "BUILD_CONFIG",
    re: /No netlify\.toml found\. This is needed to configure the function settings\b/,
    weight: 8,
    reason: "the build needs a netlify.toml that is not there",
  },
  {
    // The .NET host unable to start its runtime in the package (a custom runtime, a trimmed or mismatched publish).
    id: "coreclr-init-failed",
    category: "BUILD_CONFIG",
    re: /Failed to initialize CoreCLR, HRESULT: 0x[0-9A-Fa-f]+/,
    weight: 9,
    keyWeight: 10,
    reason: "the .NET runtime in the package could not start",
  },
  {
    // .NET started on an entry assembly that is not there (guide case 2: the start command's file).
    id: "dotnet-entry-assembly-missing",
    category: "BUILD_CONFIG",
    re: /Could not load file or assembly '\/[^']+\.dll'/,
    weight: 9,
    reason: "the start command runs an assembly that was not built or copied",
  },
  {
    // sbt run without a main class to start.
    id: "sbt-no-main-class",
    category: "BUILD_CONFIG",
    re: /RuntimeException: No main class detected\.?$/,
    weight: 8,
    reason: "the start command finds no main class to run",
  },
  {
    // php-fpm's pool configured to run as a user the image does not have.
    id: "php-fpm-pool-user-missing",
    category: "BUILD_CONFIG",
    re: /cannot get uid for user '[^']+'/,
    weight: 9,
    reason: "php-fpm's pool runs as a user the image does not have",
  },
  {
    // Heroku's detection failing for a buildpack the app set explicitly.
    id: "heroku-set-buildpack-detect-failed",
    category: "BUILD_CONFIG",
    re: /Failed to detect set buildpack\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the buildpack set for the app does not recognise it",
  },
  {
    // A build task that needs a tool the image lacks, in the task's own words (Grunt's sass, compass).
    id: "task-needs-tool-in-path",
    category: "BUILD_CONFIG",
    re: /You need to have \w+(?: and \w+)? installed and in your PATH for this task to work/,
    weight: 8,
    reason: "a build task needs a tool that is not installed",
  },
  {
    // Vite's entry page (index.html) importing a script that is not in the build context (guide case 2).
    id: "vite-entry-script-missing",
    category: "BUILD_CONFIG",
    re: /Rollup failed to resolve import "[^"]+" from "[^"]*index\.html"/,
    weight: 9,
    reason: "the build's entry page points at a script that is not in the build context",
  },
  {
    // A Cloud Native Buildpack's detection naming the entry files it looked for and did not find.
    id: "cnb-no-app-entrypoint",
    category: "BUILD_CONFIG",
    re: /could not find app in \S+: expected one of\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the buildpack found no entry file it knows how to start",
  },
  {
    // A buildpack's own script sourcing a file of the buildpack that is not there (a broken buildpack version).
    id: "buildpack-own-file-missing",
    category: "BUILD_CONFIG",
    re: /\/buildpacks?\/\S+\/bin\/(?:compile|detect|release|supply|finalize): line \d+: \S+: No such file or directory/,
    weight: 7,
    reason: "the buildpack's own script misses one of its files",
  },
  {
    // mysqld asked to initialise a data directory that already holds files (a volume reused).
    id: "mysql-initialize-datadir-not-empty",
    category: "BUILD_CONFIG",
    re: /-{2}initialize specified but the data directory has files in it\b/,
    weight: 8,
    reason: "the database's data directory is not empty where it initialises one",
  },
  {
    // The JVM refusing conflicting garbage-collector flags in the start setup.
    id: "jvm-conflicting-gc-flags",
    category: "BUILD_CONFIG",
    re: /Multiple garbage collectors selected\b|Conflicting collector combinations in option list\b/,
    weight: 9,
    keyWeight: 10,
    reason: "the JVM options select conflicting garbage collectors",
  },

  {
    // Rails' webpacker without compiled packs: the asset build did not run or did not ship.
    id: "webpacker-manifest-missing",
    category: "BUILD_CONFIG",
    re: /Can't find \S+ in \S*manifest\.json\. Is webpack still compiling\?|Webpacker can't find \S+ in \S*manifest\.json/,
    weight: 8,
    reason: "the app runs without its compiled asset packs",
  },
  {
    // Puma started with a config file that is not in the image.
    id: "puma-config-missing",
    category: "BUILD_CONFIG",
    re: /puma\/dsl\.rb:\d+:in `read': No such file or directory @ rb_sysopen - \S+/,
    weight: 8,
    reason: "the server's config file is not in the image",
  },
  {
    // Python's subprocess unable to run a program that is not installed ("No such file or directory: 'x': 'x'").
    id: "python-subprocess-program-missing",
    category: "BUILD_CONFIG",
    re: /FileNotFoundError: \[Errno 2\] No such file or directory: '([\w.-]+)': '\1'/,
    weight: 8,
    reason: "the app runs a program that is not installed in the image",
  },

  {
    // A project's configure script refusing the toolchain version it found ("6.2 found, 6.4 ... required").
    id: "configure-version-required",
    category: "BUILD_CONFIG",
    re: /^configure: error: [\d.]+ found, [\d.]+ .*\brequired\b/,
    weight: 7,
    reason: "the build's toolchain is older than the project's configure script requires",
  },
  {
    // An Erlang release whose boot entry function does not exist (undef at boot).
    id: "beam-boot-undef",
    category: "BUILD_CONFIG",
    re: /Runtime terminating during boot \(\{undef,/,
    weight: 8,
    keyWeight: 9,
    reason: "the release boots a function that is not in its modules",
  },
  {
    // GraalVM native-image initialising at build time classes that must start at run time.
    id: "native-image-class-init",
    category: "BUILD_CONFIG",
    re: /Classes that should be initialized at run time got initialized during image building\b/,
    weight: 8,
    reason: "native-image's class initialization settings do not fit the code",
  },
  {
    // .NET deployed without its build output's dependency manifest (the publish step did not run or was not copied).
    id: "dotnet-deps-json-missing",
    category: "BUILD_CONFIG",
    re: /No \.deps\.json file found for the app\b/,
    weight: 8,
    reason: "the deployed .NET app lacks its publish output",
  },
  {
    // dotnet publish told not to restore, over an assets file restored for another runtime.
    id: "dotnet-assets-no-target",
    category: "BUILD_CONFIG",
    re: /error NETSDK1047: Assets file '[^']+' doesn't have a target for\b/,
    weight: 8,
    reason: "the publish step's runtime does not match what restore produced",
  },
  {
    // rustc without the linker the build is configured for (a cross linker, or no C toolchain in the image).
    id: "rust-linker-not-found",
    category: "BUILD_CONFIG",
    re: /^error: linker `[^`]+` not found/,
    weight: 8,
    keyWeight: 10,
    phaseWeight: { runtime: 0 },
    reason: "the build image lacks the linker the Rust build uses",
  },
  {
    // Vite/Rollup without the entry file the build starts from.
    id: "bundler-entry-missing",
    category: "BUILD_CONFIG",
    re: /Could not resolve entry module \(?[^)]*\)?/,
    weight: 8,
    reason: "the bundler cannot find the build's entry file",
  },
  {
    // Lerna run outside the repository root it manages.
    id: "lerna-no-package-json",
    category: "BUILD_CONFIG",
    re: /lerna ERR! ENOPKG `package\.json` does not exist\b/,
    weight: 8,
    reason: "lerna runs in a directory without the monorepo's package.json",
  },
  {
    // A deploy template refused by the cloud's validation ("'MemorySize' value failed to satisfy
    // constraint"): the function's or stack's configuration is not allowed.
    id: "deploy-value-constraint",
    category: "BUILD_CONFIG",
    re: /'\w+' value failed to satisfy constraint\b/,
    weight: 8,
    reason: "the deploy configuration holds a value the cloud does not allow",
  },
  {
    // SvelteKit's adapter-auto finding no platform it knows: the build produced no deployable output.
    id: "sveltekit-no-adapter",
    category: "BUILD_CONFIG",
    re: /Could not detect a supported production environment\. See https:\/\/kit\.svelte\.dev/,
    weight: 8,
    keyWeight: 9,
    reason: "SvelteKit has no adapter for the platform, so the build produced no output it can serve",
  },
  {
    // Installing bundler on a RubyGems older than it needs: the build image's Ruby tooling is too old.
    id: "rubygems-too-old",
    category: "BUILD_CONFIG",
    re: /\brequires RubyGems version >= [\d.]+/,
    weight: 8,
    keyWeight: 9,
    reason: "the build's RubyGems is older than the tool it installs needs",
  },
  {
    // A program crashing under qemu's emulation of another architecture (buildx for arm64, an amd64
    // image on an arm host): the owner changes the platform, not the code (guide case 10).
    id: "qemu-emulation-crash",
    category: "BUILD_CONFIG",
    re: /\bqemu: uncaught target signal (?:4|5|6|7|11) \(/,
    weight: 8,
    keyWeight: 9,
    // A signal beside a cause of its own (V8's "Fatal process OOM" with signal 5) keeps that cause.
    unlessLog: /# Fatal process OOM\b/,
    reason: "the build runs under emulation for another architecture, which crashed",
  },
  {
    // A function host unable to load the handler its configuration names (Lambda's Node and Java runtimes).
    id: "function-handler-missing",
    category: "BUILD_CONFIG",
    re: /^Unable to import module '[\w./-]+': Error$|^Class not found: [\w.$]+: java\.lang\.ClassNotFoundException\b|\bRuntime\.HandlerNotFound: \S+ is undefined or not exported\b/,
    // When the stack shows the function's own file requiring something, the handler loaded and what it
    // requires is missing (guide case 2; below).
    unlessLog: LAMBDA_APP_REQUIRE_FRAME,
    weight: 9,
    keyWeight: 10,
    reason: "the function's configured handler is not in the deployed package",
  },
  {
    // The handler loaded, and a module its code requires is not in the package (3 labels).
    id: "function-require-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /^Unable to import module '[\w./-]+': Error$/,
    requires: LAMBDA_APP_REQUIRE_FRAME,
    weight: 9,
    reason: "the function's code requires a module the package does not contain",
  },
  {
    // Celery's account of the -A module it could not load: the line naming it, under Click's heading.
    id: "celery-app-option-module",
    category: "BUILD_CONFIG",
    re: CELERY_APP_MODULE_NOT_FOUND,
    requires: /Invalid value for '-A' \/ '-{2}app'/,
    weight: 0.5,
    keyWeight: 9,
    reason: "the module the start command's -A option names does not exist",
  },
  {
    // A shell script saved with Windows line endings: bash reads the carriage return as part of names.
    id: "script-crlf",
    category: "BUILD_CONFIG",
    re: /\$'[^']*\\r'|[\w.-]\\r': (?:No such file or directory|command not found)/,
    weight: 8,
    keyWeight: 9,
    reason: "a script has Windows line endings (CRLF)",
  },
  {
    // Of those lines, the ones naming a command, then a path (not a bare carriage return on an empty line), say what broke.
    id: "script-crlf-command",
    category: "BUILD_CONFIG",
    re: /\$'[^'\\]+\\r': command not found/,
    weight: 0.5,
    keyWeight: 10,
    reason: "a script with Windows line endings runs a command whose name carries a carriage return",
  },
  {
    id: "script-crlf-path",
    category: "BUILD_CONFIG",
    re: /[^'$\s\\]\\r': No such file or directory/,
    weight: 0.5,
    keyWeight: 9.5,
    reason: "a script with Windows line endings names a path that carries a carriage return",
  },
  {
    // Rails refusing to boot over a server.pid left in the image or volume by an earlier run.
    id: "rails-stale-pid",
    category: "BUILD_CONFIG",
    re: /A server is already running(?: \(pid: \d+, file: \S+server\.pid\))?\.? ?(?:Check \S+server\.pid|$)|A server is already running \(pid: \d+, file: /,
    weight: 8,
    reason: "a stale server.pid from an earlier run stops the server from starting",
  },
  {
    // The old .NET execution environment (dnx) asked for a command the project does not define.
    id: "dnx-command-missing",
    category: "BUILD_CONFIG",
    re: /Unable to load application or execute command '[^']+'\. Available commands:/,
    weight: 8,
    reason: "the start command names a command the project does not define",
  },
  {
    // A framework task shelling out to a database client tool the image does not have (Rails' pg_dump for structure.sql).
    id: "task-tool-missing",
    category: "BUILD_CONFIG",
    re: /^failed to execute:$/,
    requires: /make sure that `[\w.-]+` is installed in your PATH/,
    weight: 7,
    keyWeight: 9,
    reason: "a task runs a tool that is not installed in the image",
  },
  {
    // CI and compose setups that point at nothing or do not parse: a GitHub Actions step naming an
    // action or version that does not exist, a workflow file the runner rejects, a setup action
    // without the runtime version asked for, a compose project without its file, an undefined
    // volume or a bind source that is not there, a compose schema error, and a pod whose security
    // context forbids the image's user.
    id: "ci-or-compose-setup-invalid",
    category: "BUILD_CONFIG",
    re: /Unable to resolve action `[^`]+`|The (?:workflow|template) is not valid\.|The version '[\d.]+' with architecture '\w+' was not found\b|Could not find a version that satisfied version spec: |no configuration file provided: not found|refers to undefined (?:volume|network|secret|config) \S+: invalid compose project|bind source path does not exist: \S+|^services\.[\w.-]+(?:\.\[\d+\])?:? (?:unexpected type|must be a|Additional property)|container has runAsNonRoot and image will run as root/,
    weight: 9,
    reason: "the CI workflow, compose file or pod spec points at something that does not exist or does not parse",
  },
  {
    // Mix warning that a dependency needs a newer Elixir than the build runs (the compile errors
    // after it follow from the old toolchain), and Gradle's task property left without a value.
    id: "toolchain-too-old-or-task-unset",
    category: "BUILD_CONFIG",
    re: /the dependency :\w+ requires Elixir "[^"]+" but you are running on v[\d.]+|Cannot query the value of task '[^']+' property '\w+' because it has no value available/,
    weight: 9,
    reason: "the build's toolchain is too old, or its build script leaves a task setting empty",
  },
  {
    // A runtime too old or too new for the project's tools: `node:` imports on an old Node,
    // OpenSSL 3 refusing webpack 4's hash (Node 17+), pnpm newer than the image's Node.
    id: "node-runtime-version-mismatch",
    category: "BUILD_CONFIG",
    re: /Cannot find module 'node:\w+'|error:0308010C:digital envelope routines::unsupported|This version of pnpm requires at least Node\.js v[\d.]+/,
    weight: 10,
    reason: "the Node.js version does not fit the project's tools",
  },
  {
    // Build and start setups that point at nothing or at what the host no longer offers: npm ci
    // without a lock file (guide case 9), an ESM entry resolved from the working directory, a CLI
    // without the command the start runs, a sunset builder image, Jib without a main class,
    // Python 2 code on Python 3.
    id: "build-setup-points-at-nothing",
    category: "BUILD_CONFIG",
    re: /The `npm ci` command can only install with an existing package-lock\.json\b|\bcipm can only install packages with an existing package-lock\.json\b|Cannot find module '\/[^']*' imported from \S*\/$|^Error: command [\w:-]+ not found$|builder image \([^)]+\) has been sunset\b|MainClassInferenceException: Main class was not found\b|SyntaxError: Missing parentheses in call to 'print'/,
    weight: 10,
    reason: "the build or start setup points at something that is not there",
  },
  {
    // A server started before its build: Nuxt or Next.js without its build output, Poetry's installer without
    // python3-venv in the image.
    id: "build-output-or-venv-missing",
    category: "BUILD_CONFIG",
    re: /\bNo build files found in \S+|Could not find a production build in the '[^']+' directory\b|virtual environment was not created successfully because ensurepip is not\b/,
    weight: 9,
    reason: "the image lacks the build output or the tool the start or build step needs",
  },
  {
    // A platform's framework detection finding no Next.js in package.json.
    id: "framework-not-detected",
    category: "BUILD_CONFIG",
    re: /No Next\.js version could be detected in your project\b/,
    weight: 9,
    reason: "the build is set up for a framework the project does not declare",
  },
  {
    // AWS Lambda's Node runtime unable to load the handler module itself: only the runtime's own
    // loader asked for it (guide case 2). A module the handler's code requires stays a missing module.
    id: "lambda-handler-module-missing",
    category: "BUILD_CONFIG",
    re: /^"?Runtime\.ImportModuleError: Error: Cannot find module '[^'/]+'/,
    requires: /at _loadUserApp \(\/var\/runtime\/UserFunction\.js/,
    unlessLog: /Require stack:(?:\\n|\n)- \/var\/task\//,
    weight: 9,
    reason: "the function's handler module is not in the deployment",
  },
  {
    // The same, printed as one JSON line (LocalStack, the Lambda console): the require stack is
    // only the runtime's files.
    id: "lambda-handler-module-missing-one-line",
    category: "BUILD_CONFIG",
    re: /Runtime\.ImportModuleError.*Cannot find module '[^\x27]+'\\nRequire stack:\\n- \/var\/runtime\/[\w.]+\\n- \/var\/runtime\/[\w.]+"/,
    weight: 9,
    explains: ["MISSING_MODULE_RUNTIME"],
    reason: "the function's handler module is not in the deployment",
  },
  {
    // Yarn absent from a build image, or too new for the Node.js there (jsbundling's build step).
    id: "yarn-unavailable",
    category: "BUILD_CONFIG",
    re: /Yarn executable was not detected in the system\b|Yarn requires Node\.js [\d.]+ or higher to be installed\b/,
    weight: 9,
    reason: "the build image has no usable Yarn",
  },
  {
    // A firmware or packaging tool rejecting an option in its own config file (fwup.conf).
    id: "tool-config-unknown-option",
    category: "BUILD_CONFIG",
    re: /\.conf:\d+: no such option '[\w-]+'/,
    weight: 8,
    keyWeight: 10,
    reason: "the build tool's config file uses an option the tool does not know",
  },
  {
    // Build and deploy tools without the entry or binaries they run: Wrangler's entry-point,
    // Playwright's browsers not installed, a Lambda handler module that is not in the bundle, the
    // app's own Gradle build without compileSdkVersion.
    id: "runner-entry-or-binary-missing",
    category: "BUILD_CONFIG",
    re: /Missing entry-point to Worker script\b|browserType\.launch: Executable doesn't exist at\b|Unable to import module '(\w+)': No module named '\1'|Unable to import module '(\w+)\/[^']*': No module named '\2[.']|compileSdkVersion is not specified\b/,
    unlessLog: /node_modules\/[@\w.-]+(?:\/[\w.-]+)?\/android\/build\.gradle/,
    weight: 9,
    reason: "the build or runtime cannot find the entry point or binary it runs",
  },
  {
    // Django without the management command a build step runs (Heroku's collectstatic on an app
    // that does not use staticfiles), and a Mix project built where Hex is not installed.
    id: "build-step-command-unavailable",
    category: "BUILD_CONFIG",
    re: /^Unknown command: '\w+'|Could not find Hex, which is needed to build dependency\b/,
    weight: 9,
    reason: "the build runs a command the project or image does not provide",
  },
  {
    // Build tools asking for a package.json field the project lacks (electron-builder's "repository"),
    // and a file a deployment builder wrote and then could not find.
    id: "build-metadata-missing",
    category: "BUILD_CONFIG",
    re: /Please specify "[\w.]+" in (?:the |your )?package\.json\b|^Error: File \S+ does not exist\.?$/,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "the build setup lacks a field or file the build tool needs",
  },
  {
    // `which`-style "not found: x" before an exit 127: the build calls a tool that is not installed.
    id: "tool-not-found-line",
    category: "BUILD_CONFIG",
    re: /^not found: [\w@./-]+$/,
    weight: 7,
    reason: "the build calls a tool that is not installed",
  },
  {
    // Erlang refusing modules compiled by a newer OTP than the image runs: build and run images differ.
    id: "beam-compiled-for-later-otp",
    category: "BUILD_CONFIG",
    re: /This BEAM file was compiled for a later version of the run-?time system\b/,
    weight: 9,
    keyWeight: 10,
    reason: "the release was built with a newer Erlang/OTP than the one that runs it",
  },
  {
    // mypy finding the same module twice (a build/ copy beside the source): the checker's setup.
    id: "python-checker-duplicate-module",
    category: "BUILD_CONFIG",
    re: /: error: Duplicate module named "[\w.]+"/,
    weight: 7,
    reason: "the type checker's search path holds the same module twice",
  },
  {
    // Files or toolchains the build names that are not there: Prisma's schema, pip's requirements
    // file, Go's GOROOT.
    id: "build-input-missing",
    category: "BUILD_CONFIG",
    re: /Could not find Prisma Schema that is required for this command\b|No such file or directory: '[^']*requirements[\w.-]*\.txt(?:\\r)?'|go: cannot find GOROOT directory\b/,
    weight: 9,
    reason: "the build names a file or toolchain that is not in the image",
  },
  {
    // A buildpack that does not have the runtime version the app asks for ("Requested runtime
    // (python-3.5.1) was not found."), and a runtime binary that cannot run on the host's stack.
    id: "buildpack-runtime-unavailable",
    category: "BUILD_CONFIG",
    re: /Requested runtime \([\w.-]+\) (?:was not found|is not available)\b|(?:beam\.smp|erlexec|\/bin\/(?:node|python3?|ruby|java|php)): error while loading shared libraries\b/,
    weight: 9,
    reason: "the host cannot supply or run the runtime version the app asks for",
  },
  {
    // Kotlin errors in the Gradle build script itself: the build setup, not the code.
    id: "gradle-kts-script-error",
    category: "BUILD_CONFIG",
    re: /^e: \S*(?:build|settings)\.gradle\.kts:\d+:\d+: /,
    weight: 9,
    reason: "the Gradle build script does not compile",
  },
  {
    // The .NET host asked to run a tool or app that is not there, and platform config files that do
    // not parse (railway.toml, nixpacks.toml).
    id: "host-command-or-platform-config",
    category: "BUILD_CONFIG",
    re: /Could not execute because the specified command or file was not found\b|Failed to parse (?:railway|nixpacks|fly|render)\.(?:toml|json|ya?ml)\b|Failed to parse Nixpacks config file\b/,
    weight: 8,
    // dotnet's own explanation under it ("Did you mean to run dotnet SDK commands?") is the better key line.
    keyWeight: 6,
    reason: "the build or start setup names a command or config that is not there or does not parse",
  },
  {
    // The shell asked to run a PHP archive as a script ("cannot open ?php"): the entrypoint is wrong.
    id: "phar-run-as-shell",
    category: "BUILD_CONFIG",
    re: /: \d+: \S+: cannot open \?php: No such file\b/,
    weight: 8,
    reason: "the entrypoint runs a PHP archive with the shell",
  },
  {
    // Maven and Gradle run where the build is not what they expect: no plugin for the goal's
    // prefix, no Gradle build in the directory.
    id: "jvm-build-setup",
    category: "BUILD_CONFIG",
    re: /No plugin found for prefix '[\w.-]+' in the current project\b|Directory '[^']+' does not contain a Gradle build\b/,
    weight: 8,
    reason: "the JVM build tool runs with a setup that does not fit the project",
  },
  {
    // Gradle refusing a plugin or library built for a newer JVM than the build's: the "Could not
    // resolve" above it is that refusal, not a missing artifact (guide case 1: the toolchain).
    id: "jvm-build-needs-newer-jvm",
    category: "BUILD_CONFIG",
    re: /requires at least JVM runtime version \d+\. This build uses a Java \d+ JVM\b/,
    explains: ["BUILD_DEPENDENCY"],
    weight: 8,
    reason: "a plugin or library needs a newer JVM than the build runs",
  },
  {
    id: "tsconfig-invalid",
    category: "BUILD_CONFIG",
    re: TSCONFIG_ERROR,
    weight: 8,
    reason: "TypeScript rejected its configuration (tsconfig.json), not the code",
  },
  {
    // An image or build stage that does not exist under the name the service gives it.
    id: "image-or-stage-not-found",
    category: "BUILD_CONFIG",
    re: /Failed to pull image "[^"]+":.*(?:: not found\b|manifest unknown|code = NotFound)|target stage "[^"]+" could not be found/,
    weight: 8,
    reason: "the image or build stage named in the setup does not exist",
  },
  {
    // The package manager the project pins (package.json's "packageManager") is not the one that ran.
    id: "package-manager-mismatch",
    category: "BUILD_CONFIG",
    re: /ERR_PNPM_BAD_PM_VERSION|defines "packageManager": "[^"]+"\. However the current global version\b|This project is configured to use \w+ because .* has a "packageManager" field/,
    weight: 8,
    reason: "the build runs another package manager than the one the project pins",
  },
  {
    // A tool refusing the runtime the image has ("This script does not work on Python 3.8. The
    // minimum supported Python version is 3.9."): the image's version, not a package, is wrong.
    id: "minimum-runtime-version",
    category: "BUILD_CONFIG",
    re: /\bThe minimum supported (?:Python|Node(?:\.js)?|Ruby|PHP|Java|Go|Elixir|Erlang\/OTP) version is\b/,
    weight: 8,
    reason: "the image's runtime is older than a tool of the build supports",
  },
  {
    // Go naming the toolchain version a module needs ("note: module requires Go 1.20"): the compile
    // errors around it come from an old toolchain (guide cases 1 and 3), so it outweighs them.
    id: "go-module-requires-version",
    category: "BUILD_CONFIG",
    re: /\bmodule requires Go \d+\.\d+/,
    weight: 14,
    keyWeight: 10,
    reason: "the Go toolchain is older than the module requires",
  },
  {
    // A host with no start command for the app (Koyeb), and an Erlang release without its boot file.
    id: "no-run-command",
    category: "BUILD_CONFIG",
    re: /\bno command to run your application\b|'cannot get bootfile'/,
    weight: 8,
    reason: "the platform has no command, or no boot file, to start the app",
  },
  {
    // A buildpack that cannot install the runtime version the app asks for (guide case 1).
    id: "buildpack-runtime-install-failed",
    category: "BUILD_CONFIG",
    re: /An error occurred while installing (?:ruby|python|node(?:js)?|php|jdk|openjdk|go|erlang|elixir)-?v?\d[\w.-]*/i,
    weight: 9,
    keyWeight: 10,
    reason: "the host cannot install the runtime version the app asks for",
  },
  {
    // mix release unable to find its own runtime files (ERTS) in the build directory.
    id: "release-build-file-missing",
    category: "BUILD_CONFIG",
    re: /\(File\.Error\) could not [\w ]+ "[^"]*\/_build\/\w+\/rel\/[^"]*": no such file or directory/,
    weight: 8,
    reason: "the release build is missing files it assembles",
  },
  {
    // gunicorn importing the app module the start command names, and no such module: the start
    // command points at nothing (guide case 2). An import from the app's own code raises from the
    // app's file instead, and stays a missing package.
    id: "wsgi-app-module-missing",
    category: "BUILD_CONFIG",
    re: /^ModuleNotFoundError: No module named '[\w.]+'/,
    // gunicorn's and uvicorn's importers, and Celery's for the app its -A option names.
    follows:
      /^(?:__import__\(module\)|mod = importlib\.import_module\(module\)|return imp\(module, package=package\))$/,
    weight: 9,
    reason: "the start command names an app module that does not exist",
  },
  {
    // A buildpack step running a runtime tool that is not where it installs it (Heroku's pip after
    // a Python that did not install): the build setup, not a package.
    id: "buildpack-tool-missing",
    category: "BUILD_CONFIG",
    re: /\/bin\/(?:pip3?|python3?|node|npm|yarn|bundle|ruby|php|composer|java|mvn|gradle): No such file or directory$/,
    weight: 7,
    reason: "the build calls a runtime tool that is not installed where it expects",
  },
  {
    // Heroku's Go buildpack on a project without the metadata it reads.
    id: "go-buildpack-metadata",
    category: "BUILD_CONFIG",
    re: /\bA \.godir is required\b/,
    weight: 8,
    reason: "the Go buildpack cannot tell what the app is",
  },
  {
    // A host's builder told to use a Dockerfile that is not at the path it was given.
    id: "dockerfile-path-missing",
    category: "BUILD_CONFIG",
    re: /^(?:Error: )?Failed to read Dockerfile at\b|^Dockerfile `[^`]+` does not exist\b/,
    weight: 8,
    reason: "the service points its build at a Dockerfile that is not there",
  },
  {
    // A serverless host refusing the build's output or settings (Vercel's size limit, runtimes
    // without a version, a framework it cannot find, an output it does not see).
    id: "serverless-build-settings",
    category: "BUILD_CONFIG",
    re: /exceeds the maximum size limit of \d+\s?[mM][bB]\b|Function Runtimes must have a valid version\b|^(?:Error: )?No Next\.js version detected\b|This is often caused by a misconfiguration in your project\b/,
    weight: 8,
    reason: "the host cannot build or package the app with the project's settings",
  },
  {
    // A version manager asked for a runtime version the image does not have (rbenv, pyenv, from a
    // version file).
    id: "runtime-version-not-installed",
    category: "BUILD_CONFIG",
    re: /\b(?:rbenv|pyenv|nodenv|goenv): version `[^`']+' is not installed\b/,
    weight: 8,
    reason: "the build asks for a runtime or toolchain version the image does not provide",
  },
  {
    // Railway's Railpack/Nixpacks start step naming a program the image does not have.
    id: "start-executable-missing",
    category: "BUILD_CONFIG",
    re: /^The executable `[\w.-]+` could not be found\.?$/,
    weight: 8,
    reason: "the start command runs a program that is not installed in the image",
  },
  {
    // The build runs a script or project file that is not there or not valid (yarn's
    // 'error Command "build" not found.', uv's "No `project` table found", Poetry rejecting its section).
    id: "project-script-or-table-missing",
    category: "BUILD_CONFIG",
    re: /^error Command "[\w:.-]+" not found\.|\bNo `project` table found in\b|^The Poetry configuration is invalid:/,
    weight: 8,
    reason: "the build or start command asks the project for a script or section it does not define",
  },
  {
    // Flask's CLI finding no app where the start command points.
    id: "flask-app-not-found",
    category: "BUILD_CONFIG",
    re: /Failed to find Flask application or factory in module|Could not locate a Flask application/,
    weight: 9,
    reason: "the start command does not point at the Flask application",
  },
  {
    // Project files a tool expects where it runs: Create React App's public/index.html, Bundler's Gemfile.
    id: "tool-manifest-missing",
    category: "BUILD_CONFIG",
    re: /^Could not find a required file\.$|Could not locate Gemfile(?: or \.bundle\/ directory)?\b/,
    weight: 8,
    reason: "a file the build tool needs is not where it runs: the root or working directory is wrong",
  },
  {
    id: "composer-no-manifest",
    category: "BUILD_CONFIG",
    re: /Composer could not find a composer\.json file in/,
    weight: 8,
    keyWeight: 9,
    reason: "Composer ran where there is no composer.json: the working directory is wrong",
  },
  {
    id: "heroku-node-package-managers",
    category: "BUILD_CONFIG",
    re: /Multiple package managers declared in package\.json|Two different lockfiles found/,
    weight: 8,
    reason: "the project declares two package managers: the builder cannot pick one",
  },
  {
    // Vercel's function runtime finding no handler to call in the entry module.
    id: "serverless-invalid-export",
    category: "BUILD_CONFIG",
    re: /Invalid export found in module "[^"]+"/,
    weight: 7,
    reason: "the entry module does not export the handler the platform calls",
  },
  {
    // A container whose entrypoint or command file is missing (or has CRLF line endings).
    id: "exec-entrypoint-missing",
    category: "BUILD_CONFIG",
    re: /^exec \S+: no such file or directory$/,
    weight: 8,
    reason: "the container's entrypoint or command is not in the image (or has Windows line endings)",
  },
  {
    // PostgreSQL started on a data directory from another major version.
    id: "postgres-data-version",
    category: "BUILD_CONFIG",
    re: /database files are incompatible with server/,
    // The database never starts, so the app's refused connections to it follow from this (guide case 11).
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 8,
    reason: "the database image is a different major version than the data directory it mounts",
  },
  {
    // A Composer requirement on a PHP version the host cannot install (guide case 1).
    id: "composer-php-unavailable",
    category: "BUILD_CONFIG",
    re: COMPOSER_ROOT_PHP_UNAVAILABLE,
    weight: 7,
    reason: "the PHP version the project requires is not one the build can supply",
  },
  {
    // Ktor's configured module, or another configured entry class, that does not exist.
    id: "configured-entry-missing",
    category: "BUILD_CONFIG",
    re: /Module function cannot be found for the fully qualified name/,
    weight: 9,
    reason: "the configuration names an entry point that does not exist",
  },
  {
    // Gradle 7 removed the old dependency configurations (compile, runtime, testCompile).
    id: "gradle-removed-configuration",
    category: "BUILD_CONFIG",
    re: /Could not find method (?:compile|testCompile|runtime|testRuntime|provided)\(\) for arguments/,
    weight: 8,
    reason: "the build script uses a dependency configuration this Gradle version removed",
  },
  {
    // pip refusing the system Python of a distribution image (PEP 668): the Dockerfile should use a venv.
    id: "pip-externally-managed",
    category: "BUILD_CONFIG",
    re: /^error: externally-managed-environment\b|This environment is externally managed/,
    weight: 8,
    reason: "pip was run against the image's system Python, which is externally managed (use a virtualenv)",
  },
  {
    // Heroku's router with no web dyno to send to: no `web` process in the Procfile, or none scaled.
    id: "heroku-no-web-process",
    category: "BUILD_CONFIG",
    re: /code=H14 desc="No web processes running"/,
    weight: 6,
    reason: "no web process is running: the Procfile defines none, or it is scaled to zero",
  },
  {
    id: "poetry-no-pyproject",
    category: "BUILD_CONFIG",
    re: /Poetry could not find a pyproject\.toml file in \S+ or its parents/,
    weight: 8,
    reason: "Poetry ran where there is no pyproject.toml: the working directory is wrong",
  },
  {
    // Python 2 code run by Python 3: the syntax error is the interpreter version, not the code's.
    id: "python2-code-on-python3",
    category: "BUILD_CONFIG",
    re: /^SyntaxError: (?:invalid syntax|Missing parentheses in call to 'print')/,
    requires: /^(?:except [\w.]+, \w+:|print ["'])/,
    weight: 9,
    reason: "Python 2 code is being run by Python 3: the runtime version is wrong",
  },
  {
    // Rails' cssbundling/jsbundling calling a JavaScript tool the image does not have.
    id: "bundling-tool-missing",
    category: "BUILD_CONFIG",
    re: /Command \S+ failed, ensure (?:yarn|npm|bun|pnpm) is installed/,
    // The same words follow any failure of the command: a compile error printed above it wins.
    weight: 4,
    reason: "the asset build needs a JavaScript package manager the image does not have",
  },
  {
    // Heroku could not tell which buildpack fits the pushed code (no requirements.txt, package.json...).
    id: "heroku-no-app-detected",
    category: "BUILD_CONFIG",
    re: /Push rejected, no Cedar-supported app detected|This occurs when Heroku cannot detect the buildpack/,
    weight: 8,
    reason: "the platform found no language it could build in the pushed code",
  },
  {
    // Poetry installing the project itself, whose package folder is not where pyproject.toml says.
    id: "poetry-project-not-installable",
    category: "BUILD_CONFIG",
    re: /The current project could not be installed: No file\/folder found for package/,
    weight: 7,
    reason: "pyproject.toml names a package folder that does not exist (set packages or package-mode)",
  },
  {
    // MSBuild run in a folder holding several projects or none: the build command must name one.
    id: "msbuild-which-project",
    category: "BUILD_CONFIG",
    re: /error MSB(?:10(?:11|03|09)|4057):/,
    weight: 8,
    reason: "the build command does not say which project or solution to build",
  },
  {
    // Gradle asked for a task the build does not define (Heroku's `stage`, Spring's `findMainClass`).
    id: "gradle-task-not-found",
    category: "BUILD_CONFIG",
    re: /Task (?:with path )?'[^']+' not found in (?:root )?project/,
    weight: 8,
    reason: "the build runs a Gradle task the project does not define",
  },
  {
    // A start command needing the JDK on a runtime image that has none (`gradlew bootRun` as the start command).
    id: "no-java-at-start",
    category: "BUILD_CONFIG",
    re: /JAVA_HOME is not set and no 'java' command could be found in your PATH/,
    weight: 10,
    reason: "the start command needs Java and the image has no JDK",
  },
  {
    // The shell's own account of what it could not run, under an exit 127.
    id: "exit-127-reason",
    category: "BUILD_CONFIG",
    re: /: (?:line \d+: )?\S+: (?:No such file or directory|not found|command not found)$|(?:^|\s)command not found: [\w.@/-]+$/,
    requires: EXIT_127,
    weight: 1,
    keyWeight: 7,
    reason: "the shell names the program it could not find",
  },
  {
    // The start command itself, when the shell found no program for it and said nothing else.
    id: "start-command-127",
    category: "BUILD_CONFIG",
    re: /Starting process with command `[^`]+`/,
    requires: EXIT_127,
    unlessLog: /not found|No such file or directory|cannot execute/,
    weight: 1,
    keyWeight: 6,
    reason: "this is the command whose program is missing",
  },
  {
    id: "nixpacks-plan",
    category: "BUILD_CONFIG",
    re: /Nixpacks was unable to generate a build plan|Railpack could not determine how to build|Error creating build plan with Railpack\b|could not determine how to build the app|No start command (?:was |could be )?found|Unable to select a buildpack|does not have a Dockerfile or buildpacks configured|No default language could be detected for this app/i,
    weight: 9,
    reason: "the builder could not work out how to build or start the app",
  },
  {
    // Structural: the builder finished but the directory it was configured to publish is not there.
    id: "output-dir-missing",
    category: "BUILD_CONFIG",
    re: /\b(?:No|Missing) (?:\w+ )?(?:[Oo]utput|[Pp]ublish|[Dd]eploy|[Dd]ist(?:ribution)?) [Dd]irectory\b|\b(?:[Oo]utput|[Pp]ublish|[Dd]eploy) [Dd]irectory\b.{0,80}?\b(?:not found|does not exist|doesn't exist|is empty|is missing)\b|\b[Dd]irectory\b.{0,40}?\bto (?:deploy|publish)\b.{0,120}?\b(?:does not|doesn't) exist\b/,
    weight: 8,
    reason: "the output directory the platform is configured to publish does not exist after the build",
  },
  {
    // Structural: the shell itself rejects the start script (a CRLF shebang, a bash-only option or syntax under sh).
    id: "shell-rejects-script",
    category: "BUILD_CONFIG",
    re: /^(?:[\w.-]*\/)*(?:(?:ba|da|z)?sh|[\w.-]+\.sh): (?:\d+: |line \d+: )?(?:[^:]+: )?(?:Illegal option|[Ss]yntax error\b|bad interpreter|\$'\\r': command not found)/,
    weight: 7,
    reason: "the shell could not run the start script as written",
  },
  {
    // Structural: a shebang written with Windows line ends asks env for an interpreter named "ruby\r".
    id: "crlf-shebang",
    category: "BUILD_CONFIG",
    re: /\benv: ['‘"]?[\w./-]+\\r['’"]?: No such file or directory/,
    weight: 9,
    reason: "the script's shebang has a Windows line end (CRLF)",
  },
  {
    id: "crlf-script",
    category: "BUILD_CONFIG",
    re: /\$'[\w./-]+\\r': command not found|^: not found.*: line \d+:|^: (?:No such file or directory|command not found)\b.*: line \d+:|^': (?:No such file or directory|not found|Permission denied)\S/,
    weight: 9,
    reason: "a shell script has Windows line ends (CRLF): the carriage return garbles the shell's own error",
  },
  {
    id: "glibc-mismatch",
    category: "BUILD_CONFIG",
    re: /\blib\w+\.so\.\d+: version `GLIBC_[\d.]+' not found/,
    weight: 9,
    reason: "the binary was built against a newer glibc than the runtime image has (build and run images differ)",
  },
  {
    id: "toolchain-too-old",
    category: "BUILD_CONFIG",
    re: /^note: module requires Go [\d.]+|go\.mod requires go >= [\d.]+ \(running go|requires go >= [\d.]+ \(running go|package [\w/]+ is not in (?:GOROOT|std) \(|rustc [\d.]+ is not supported by the following packages?|\b[\w-]+@\d[\w.+-]* requires rustc \d+\.\d+|Node\.js Version "[^"]+" is discontinued and must be upgraded|package `[^`]+` cannot be built because it requires rustc [\d.]+|Your Composer dependencies require a PHP version|You are using (?:Node\.js|Python|Ruby|PHP) [\d.]+\b.*\b(?:is required|requires)\b|feature `edition20\d\d` is required|requires the Cargo feature called `[^`]+`, but that feature is not stabilized in this version of Cargo|this version of Cargo is older than the `20\d\d` edition|go\.mod:\d+: invalid go version '[^']+': must match format|go\.mod:\d+: usage: go [\d.]+$|error NETSDK1045: The current \.NET SDK does not support targeting|cannot (?:load|find module providing package) (?:crypto|net|io|os|embed|slices|maps|cmp|log\/slog|iter|unique)\/?[\w/]*: cannot find module providing package|cannot find module providing package (?:crypto|embed|slices|maps|cmp|log\/slog|iter|unique)(?:\/[\w/]+)?$/,
    weight: 9,
    reason: "the build image's toolchain is older than the project requires",
  },
  {
    // `go build` stamps the binary with VCS data and fails when the build context has no .git.
    id: "go-buildvcs",
    category: "BUILD_CONFIG",
    re: /error obtaining VCS status: /,
    weight: 7,
    reason: "the build context has no usable .git directory for Go's VCS stamping (-buildvcs=false)",
  },
  {
    // The JDK that builds (or runs) the code is older than the Java release the project targets.
    id: "java-release-mismatch",
    category: "BUILD_CONFIG",
    re: /Could not target platform: 'Java SE [\d.]+' using tool chain|invalid (?:target|source) release: [\d.]+|error: release version [\d.]+ not supported|Unsupported class file major version \d+|has been compiled by a more recent version of the Java Runtime/,
    weight: 8,
    reason: "the JDK in the image is older than the Java release the project targets",
  },
  {
    // npm asked to run in a workspace the project does not declare (the build's -w names nothing).
    id: "npm-workspace-not-found",
    category: "BUILD_CONFIG",
    re: /npm (?:ERR!|error) No workspaces found\b/,
    weight: 8,
    reason: "the build names an npm workspace the project does not have",
  },
  {
    // pnpm refusing the project's own engines field (its path, not a package, is named): the build's
    // pnpm or Node is not what the project asks for (guide case 1), not a package that cannot install.
    id: "pnpm-engine-project",
    category: "BUILD_CONFIG",
    re: /\bERR_PNPM_UNSUPPORTED_ENGINE\b/,
    requires: /Your (?:pnpm|Node(?:\.js)?) version is incompatible with "\//,
    unlessLog: PNPM_ENGINE_PACKAGE,
    weight: 9,
    reason: "the build's pnpm or Node version does not satisfy the project's engines field",
  },
  {
    // A command-line parser rejecting the start command's own arguments or command (Click, argparse, clap,
    // yarn 2+'s parser refusing a yarn 1 flag).
    id: "cli-usage-error",
    category: "BUILD_CONFIG",
    re: /^Error: (?:Invalid value for '(?!-{1,2}port': '(?:None|)')-{1,2}[\w-]+'|No such option: -{1,2}[\w-]+|Got unexpected extra arguments?\b|Missing option '-{1,2}[\w-]+'|No such command '[\w:.-]+'|Missing argument '[\w-]+')|: error: (?:unrecognized arguments: |the following arguments are required: )|^error: unexpected argument '-{1,2}[\w-]+' found|^Unknown Syntax Error: (?:Invalid|Unsupported) option name\b/,
    weight: 8,
    reason: "the program rejected the arguments its start command passes",
  },
  {
    id: "buildpack-start",
    category: "BUILD_CONFIG",
    re: /failed to launch: determine start command|when there is no default process a command is required/,
    weight: 9,
    reason: "no start command is configured",
  },
  {
    id: "dockerfile",
    category: "BUILD_CONFIG",
    re: /failed to (?:calculate checksum|compute cache key).*not found|(?:COPY|ADD) failed: |failed to read dockerfile|Dockerfile: no such file or directory|dockerfile parse error|unknown instruction: |failed to solve: .*: not found$/i,
    weight: 8,
    reason: "the Dockerfile refers to something that is not there",
  },
  {
    // The build expects a lockfile the repository does not hold (Heroku's PHP buildpack, npm ci, bundler --deployment).
    id: "lockfile-missing",
    category: "BUILD_CONFIG",
    re: /no '?composer\.lock'? (?:was )?found|composer\.lock (?:not found|is missing)|requires a package-lock\.json or npm-shrinkwrap\.json|The --deployment flag requires a Gemfile\.lock|package-lock\.json does not exist\. Please commit|does not contain a package manager lockfile/i,
    weight: 8,
    reason: "the build needs a lockfile that is not committed",
  },
  {
    // uWSGI finding no WSGI callable of the name it was told to load: the entry point names nothing.
    id: "uwsgi-callable-missing",
    category: "BUILD_CONFIG",
    re: /\bunable to find "\w+" callable in file\b/,
    weight: 8,
    keyWeight: 9,
    reason: "uWSGI's module has no callable of the name it was told to load",
  },
  {
    // Go's compiler from another release than the go command (a toolchain mixed across versions).
    id: "go-toolchain-mismatch",
    category: "BUILD_CONFIG",
    re: /\bcompile: version "go[\d.]+" does not match go tool version "go[\d.]+"/,
    weight: 8,
    reason: "the Go compiler and the go command come from different releases",
  },
  {
    // A database image built for CPUs with instructions this host lacks (MongoDB 5+ needs AVX, or ARMv8.2-A).
    id: "image-needs-cpu-feature",
    category: "BUILD_CONFIG",
    re: /\brequires a CPU with (?:AVX|AVX2|SSE4\.2) support\b|\bMongoDB [\d.]+\+? requires ARMv8\.2-A or higher\b/,
    weight: 8,
    reason: "the image needs a CPU feature this host does not have",
  },
  {
    // A build tool the project's build runs, missing from the image (Leiningen's tools.deps without
    // the clojure CLI; Platform.sh's PHP build without Drush).
    id: "build-tool-executable-missing",
    category: "BUILD_CONFIG",
    re: /\bCould not find clojure executable\b|^Drush must be installed\.$/,
    weight: 8,
    reason: "the build calls a tool the image does not have",
  },
  {
    // .NET's host finding no SDK that satisfies the project's global.json (the image's SDK differs).
    id: "dotnet-globaljson-sdk-missing",
    category: "BUILD_CONFIG",
    re: /\bA compatible (?:installed )?(?:\.NET )?SDK (?:version )?for global\.json version:? \[[\d.\w-]+\]/,
    weight: 8,
    keyWeight: 9,
    reason: "the image has no .NET SDK of the version global.json asks for",
  },
  {
    id: "exec-not-found",
    category: "BUILD_CONFIG",
    re: /executable file not found in \$PATH|exec: "[^"]+": executable file not found in$|[Ee]xec format error|unable to exec [\w./-]+: No such file or directory|Script not found: \S+|^(?:\/bin\/)?(?:ba|da|z)?sh: (?:\d+: |line \d+: )?\S.*: not found$|exec user process caused:? "?(?:no such file or directory|exec format error)|unable to start container process: exec: "[^"]+": stat [^:]+: no such file or directory|can't find command '[^']+'|failed to run command [`'"][^`'"]+['"]: No such file or directory|^(?:ba|z|da)?sh: (?:line \d+: )?[\w./-]+: No such file or directory$|\.sh: line \d+: [\w./-]+: No such file or directory$|exec: "?[\w./-]+"?: not found|: (?:line \d+: )?(?:exec: )?[\w./-]+: (?:command )?not found$|^sh: \d+: [\w./-]+: not found/,
    // Inside docker's health record the missing program is the health check's own (curl, wget).
    unlessLog: DOCKER_HEALTH_RECORD,
    // A native addon built for another platform is a module's fault (native-addon-wrong-platform).
    // (virtualenv's "deactivate" is missing only because its activate script was: a consequence.)
    // docker exec failing is a health check's (healthcheck-command-missing), not the start command's;
    // a package's install helper is the package's (package-install-helper-missing). pushd and popd
    // are bash's own: under sh they are "not found", and the script goes on without them.
    unless:
      /Error loading shared library \S+\.(?:node|so)\b|\bdeactivate: command not found|OCI runtime exec failed|\b(?:node-pre-gyp|prebuild-install|node-gyp-build|pkg-config|mysql_config|pg_config): (?:command )?not found\b|: (?:pushd|popd): not found$/,
    weight: 7,
    reason: "the start command runs a program that is not installed",
  },
  {
    // "$PORT" reached the program as text: the start command was not run by a shell, so nothing expanded it.
    id: "port-not-expanded",
    category: "BUILD_CONFIG",
    re: /invalid (?:argument|option|value|port)[^$]{0,40}\$\{?PORT\}?\b|\$\{?PORT\}?["']? is not a valid port|invalid port (?:number|value)?:? "?\$\{?PORT/i,
    weight: 9,
    reason: "the start command passes $PORT unexpanded (it is not run by a shell)",
  },
  {
    // Exit 127 is the shell's "command not found": the start command names a program the image lacks.
    id: "exit-127",
    category: "BUILD_CONFIG",
    re: EXIT_127,
    weight: 5,
    // Below the shell's own not-found line and the start command (exit-127-reason, start-command-127).
    keyWeight: 3,
    reason: "the process exited 127: its command was not found",
  },
  {
    id: "build-step-fs",
    category: "BUILD_CONFIG",
    re: /^(?:mkdir|cp|mv|ln|rm|chmod|chown|touch|cd): (?:cannot|can't|missing|invalid|target)|^stat [^:]+: (?:directory not found|no such file or directory)$/,
    unless: /[Pp]ermission denied/,
    weight: 6,
    phaseWeight: { runtime: 0 },
    reason: "a file-system step of the build failed: the build refers to a path that is not what it expects",
  },
  {
    id: "missing-script",
    category: "BUILD_CONFIG",
    re: /[Mm]issing script:? "?[\w:-]+"?|Error: missing script:/,
    weight: 8,
    reason: "the start or build script does not exist in package.json",
  },
  {
    id: "node-entry-missing",
    category: "BUILD_CONFIG",
    // Node names the entry file by its absolute path; a relative path is a require() in the code (below).
    re: /^(?:Error: )?Cannot find module '(?:\/|~\/|[A-Za-z]:\\)[^']*'/,
    // A path into node_modules is a package's file (a native binding), not the entry point.
    unless: /imported from|error TS|Cannot find module '[^']*[\\/]node_modules[\\/]/,
    weight: 8,
    reason: "the start command points at a file that was not built or copied",
  },
  {
    id: "node-entry-stack",
    category: "BUILD_CONFIG",
    re: /requireStack: \[\]/,
    weight: 2,
    key: false,
    requires: /Cannot find module '(?:\/|~\/|\.{1,2}\/|[A-Za-z]:\\)/,
    reason: "nothing required the missing file: it was the entry point",
  },
  {
    id: "python-entry-missing",
    category: "BUILD_CONFIG",
    re: /can't open file '.+': \[Errno 2\] No such file or directory|Could not import module "[\w.]+"|Error loading ASGI app|^Error: Could not import '[\w.]+'\.$|Failed to find (?:attribute|application object) '[\w.]+' in '[\w.]+'|Failed to find application: '[\w.]+'|No module named '?(?!django\.)[\w.]*wsgi'?$/,
    weight: 7,
    reason: "the start command names a file or app object that does not exist",
  },
  {
    id: "build-tool-usage",
    category: "BUILD_CONFIG",
    re: /Unknown lifecycle phase "|Task '[\w:-]+' not found in (?:root )?project/,
    weight: 7,
    reason: "the build command asks the build tool for a phase or task that does not exist",
  },
  {
    // Nix (Nixpacks, Coolify) without the runtime package the build names: a version the host no
    // longer or not yet provides ("undefined variable 'nodejs_24'", "php80 has been dropped").
    id: "nix-runtime-package-unavailable",
    category: "BUILD_CONFIG",
    re: /error: (?:undefined variable '(?:nodejs|python|php|ruby|go|jdk|openjdk|elixir|erlang|deno|bun|rustc?|dotnet)[\w-]*'|(?:nodejs|python|php|ruby|go|jdk|openjdk|elixir|erlang|deno|bun|rustc?|dotnet)[\w-]* has been (?:dropped|removed)\b)/,
    weight: 8,
    reason: "the builder has no package for the runtime version the project asks for",
  },
  {
    // A start script that is not in the image: the shell cannot open the file it was told to run.
    id: "start-script-missing",
    category: "BUILD_CONFIG",
    re: /^(?:[\w.-]*\/)*(?:ba|da|z)?sh: (?:\d+: )?Can't open \S+$/,
    weight: 9,
    reason: "the start command runs a script that is not there",
  },
  {
    id: "buildpack-runtime-version",
    category: "BUILD_CONFIG",
    re: /is unknown to the buildpack|the requested version or version range is not supported\b|npm (?:doesn't|does not) work with node v?[\d.]+|Unable to find any supported \w+ versions?|Requested runtime \(?[\w.-]+\)? is not available|is not available for this stack|The \w+ version you are trying to install does not exist on this stack|Version [\w.-]+ with arch [\w-]+ not found|Unable to find Node version '[^']+' for platform|Sorry, (?:Erlang|Elixir) '?[\w.-]+'? isn't supported|The go\.mod file for this project does not specify a Go version|Error setting \w+ version from the \w+ environment variable|Unable to download \w+ [\w.-]+; does it exist\?|Failed to download a \w+ executable for bootstrapping/,
    weight: 7,
    reason: "the builder cannot provide the runtime version the project asks for",
  },
  {
    // A toolchain setting the build's tools cannot use: a toolchain name rustup does not know.
    id: "toolchain-setting",
    category: "BUILD_CONFIG",
    re: /error: invalid toolchain name: /,
    weight: 7,
    phaseWeight: { runtime: 0 },
    reason: "the build's toolchain setting names a version its tools cannot use",
  },
  {
    // A buildpack's required project setting left out (Heroku's Go buildpack and dep's root package).
    id: "buildpack-project-setting",
    category: "BUILD_CONFIG",
    re: /field is not specified in '[\w.-]+\.toml'/,
    weight: 7,
    reason: "the project file lacks a setting the buildpack needs",
  },
  {
    // `dotnet app.dll` where the dll is not there: the host answers as if an SDK command was meant.
    id: "dotnet-start-dll-missing",
    category: "BUILD_CONFIG",
    re: /^Did you mean to run dotnet SDK commands\?/,
    weight: 7,
    reason: "the start command names a .NET program that is not in the image",
  },
  {
    // An image that does not exist under that name or tag: the deployment's image reference is wrong.
    id: "image-manifest-unknown",
    category: "BUILD_CONFIG",
    re: /[Ff]ailed to pull image .*manifest unknown|manifest for \S+ not found: manifest unknown/,
    weight: 8,
    reason: "the image named by the deployment does not exist",
  },
  {
    // Fly's init could not exec the image's command: the start script or binary is not in the image.
    id: "init-exec-not-found",
    category: "BUILD_CONFIG",
    re: /UnhandledIoError\(Os \{ code: 2, kind: NotFound/,
    weight: 7,
    reason: "the start command does not exist in the image",
  },
  {
    // An Erlang port command (System.cmd) whose executable is missing from the build image.
    id: "erlang-enoent-build",
    category: "BUILD_CONFIG",
    re: /\(ErlangError\) Erlang error: :enoent\b/,
    weight: 6,
    phaseWeight: { runtime: 0 },
    reason: "the build runs a program that is not installed in the image",
  },
  {
    // A build that reads a file the pushed source does not have (a git-ignored config or secret file).
    id: "build-file-missing",
    category: "BUILD_CONFIG",
    re: /\(File\.Error\) could not read file .*: no such file or directory|Could not find a (?:pom\.xml|build\.gradle|package\.json|composer\.json|Gemfile|requirements\.txt|go\.mod|Cargo\.toml|mix\.exs) file/,
    weight: 7,
    phaseWeight: { runtime: 0 },
    reason: "the build reads a file that is not in the source it was given",
  },
  {
    id: "dotnet-project-missing",
    category: "BUILD_CONFIG",
    re: /error MSB(?:1009|3202|1003|4025)\b|The project file "?[^"]+"? was not found/,
    weight: 8,
    reason: "the build points at a project or solution file that is not there",
  },
  {
    id: "no-start-command",
    category: "BUILD_CONFIG",
    re: /No start command specified|Required \w+ version `[^`]+` does not match the running version/,
    weight: 8,
    reason: "the builder has no start command, or the build tool's version is not the one the project requires",
  },
  {
    id: "mix-task",
    category: "BUILD_CONFIG",
    re: /^\*\* \(Mix\) (?!Could not compile dependency|Unknown dependency|Dependencies have diverged|Hex dependency resolution failed|Could not start application|Could not compile with|Can't continue due to errors on dependencies|The database for \S+ couldn't be|httpc request failed with: \{:failed_connect|`[^`]+` exited with \d+$)|could not load release config|\(Mix\.Releases\.Config\.LoadError\)/,
    weight: 7,
    reason: "the build tool could not run the task as configured",
  },
  {
    id: "config-parse",
    category: "BUILD_CONFIG",
    re: /[Ff]ailed to (?:parse|load|read) [\w. -]*config(?:uration)? file|[Ii]nvalid (?:config|configuration) file/,
    // gunicorn "reading" a Python config file runs it: the traceback under the line is the cause.
    unless: /Failed to read config file: \S+\.py\b/,
    weight: 7,
    reason: "the build or deploy configuration file cannot be read",
  },
  {
    id: "manifest-missing",
    category: "BUILD_CONFIG",
    re: /could not find `Cargo\.toml`|failed to load manifest for workspace member|go\.mod file not found|cannot find main module|no Go files in|no buildable Go source files in|Could not open input file: |The task "[\w.]+" could not be found|no main manifest attribute|Unable to access jarfile|Could not find or load main class/,
    weight: 8,
    reason: "the build runs in a directory without the project's manifest or entry point",
  },
  {
    id: "engine-mismatch",
    category: "BUILD_CONFIG",
    re: /The engine "\w+" is incompatible with this module|Unsupported engine|requires a different Ruby version|Your Ruby version is [\d.]+, but your Gemfile specified/,
    weight: 6,
    reason: "the runtime version does not match what the project requires",
  },
];

const MISSING_MODULE_RUNTIME_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- MISSING_MODULE_RUNTIME
  {
    // Strapi's CLI started where the project's node_modules lack Strapi itself.
    id: "strapi-not-installed",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bStrapi might not be installed in your "node_modules"/,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "the framework the start command runs is not installed",
  },
  {
    // Caddy built without a module its config uses (a DNS provider): the binary lacks it.
    id: "caddy-module-not-registered",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bgetting module named \x27[\w.]+\x27: module not registered: [\w.]+/,
    weight: 9,
    reason: "the server binary lacks a module its configuration uses",
  },
  {
    // gunicorn unable to import the worker class it was told to use (uvicorn not installed).
    id: "gunicorn-worker-class-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /^Error: class uri '[\w.]+' invalid or not found:?$/,
    weight: 8,
    // The traceback under it names the module that failed; this line keys only when nothing does.
    keyWeight: 2,
    reason: "the server's worker class is not installed",
  },
  {
    // Ecto without the driver package of its adapter (postgrex, myxql).
    id: "ecto-adapter-driver-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bcould not find Ecto\.Adapters\.\w+\.Connection\b/,
    weight: 8,
    keyWeight: 9,
    reason: "the database driver the adapter needs is not a dependency",
  },
  {
    // Node's ESM loader refusing a directory import of the app's own code at start.
    id: "esm-dir-import-own-code",
    category: "MISSING_MODULE_RUNTIME",
    re: /ERR_UNSUPPORTED_DIR_IMPORT\]?:? Directory import '(?![^\x27]*\/node_modules\/)[^\x27]+' is not supported\b/,
    phaseWeight: { build: 0 },
    weight: 7,
    reason: "the app imports a directory, which ES modules cannot load",
  },
  {
    // Deno unable to load a module by its URL at run time.
    id: "deno-module-not-found",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bModule not found \x22(?:https?|file|npm|jsr):[^\x22]+\x22/,
    phaseWeight: { build: 0 },
    weight: 7,
    reason: "the app imports a module that cannot be found",
  },
  {
    // Spring Boot's report of a call into a library of another version than the code was built against.
    id: "spring-method-does-not-exist",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bAn attempt was made to call a method that does not exist\b/,
    weight: 7,
    reason: "the classpath holds an incompatible version of a library",
  },
  {
    // Starlette's StaticFiles mounted on a directory the image does not hold.
    id: "static-directory-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /^RuntimeError: Directory '[^\x27]+' does not exist$/,
    weight: 7,
    reason: "a directory the app serves is not in the image",
  },
  {
    // CakePHP's database driver not enabled: the PDO extension is not in the image.
    id: "db-driver-not-enabled",
    category: "MISSING_MODULE_RUNTIME",
    re: /'message' => 'Selected driver is not enabled'|Selected driver is not enabled\b/,
    weight: 8,
    reason: "the database driver extension is not installed",
  },
  {
    // Go without time zone data in the image (scratch, distroless, alpine without tzdata).
    id: "go-tzdata-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bunknown time zone [\w/+-]+/,
    weight: 8,
    reason: "the image has no time zone data",
  },
  {
    // An OTP application whose .app file is not in the release.
    id: "otp-app-file-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /\{'no such file or directory', '\w+\.app'\}|could not find application file: \w+\.app\b/,
    weight: 8,
    reason: "an application the release needs is not in it",
  },
  {
    // Sinatra's own message when its server gems are not installed.
    id: "sinatra-gems-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Sinatra could not start, the required gems weren't found!/,
    weight: 8,
    reason: "the server gems the app needs are not installed",
  },

  {
    // A release's script file that is not in the release (Elixir's Code.LoadError with enoent).
    id: "elixir-code-load-enoent",
    category: "MISSING_MODULE_RUNTIME",
    re: /\(Code\.LoadError\) could not load \S+\. Reason: enoent\b/,
    weight: 8,
    reason: "a file the release loads at start is not in it",
  },
  {
    // Node refusing a subpath a package does not export: the import names a file the package hides.
    id: "package-path-not-exported",
    category: "MISSING_MODULE_RUNTIME",
    re: /ERR_PACKAGE_PATH_NOT_EXPORTED\]?:? Package subpath '[^']+' is not defined by "exports"/,
    phaseWeight: { build: 0 },
    weight: 7,
    reason: "the app imports a path its package does not provide",
  },
  {
    // The same during a build, between installed packages (one package importing another's hidden path).
    id: "package-path-not-exported-at-build",
    category: "BUILD_DEPENDENCY",
    re: /ERR_PACKAGE_PATH_NOT_EXPORTED\]?:? Package subpath '[^\x27]+' is not defined by \x22exports\x22 in \S*node_modules\//,
    phaseWeight: { runtime: 0 },
    weight: 7,
    reason: "an installed package imports a path another package does not provide",
  },
  {
    // Clojure unable to find a namespace the code requires (a library not on the class path).
    id: "clojure-namespace-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Could not locate [\w/.$-]+__init\.class(?:, [\w/.$-]+\.clj)?(?: or [\w/.$-]+\.cljc?)? on classpath/,
    weight: 9,
    keyWeight: 11,
    phaseWeight: { build: 0 },
    reason: "a Clojure namespace the code requires is not on the class path",
  },
  {
    // Meltano running a plugin the project never added.
    id: "meltano-plugin-unknown",
    category: "MISSING_MODULE_RUNTIME",
    re: /^Plugin '[\w-]+' is not known to Meltano/,
    weight: 7,
    reason: "the plugin the command runs is not installed in the project",
  },
  {
    // OpenMRS refusing to start a module whose required module is not installed.
    id: "module-requires-module",
    category: "MISSING_MODULE_RUNTIME",
    re: /cannot be started because it requires the following module\(s\): /,
    weight: 8,
    reason: "a module needs another module that is not installed",
  },
  {
    // Flink finding no connector factory for a table's connector: its jar is not installed.
    id: "flink-connector-factory-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Could not find any factory for identifier '[\w-]+' that implements\b/,
    weight: 8,
    reason: "the connector the job uses is not on the classpath",
  },
  {
    // An app that runs ffmpeg finding none installed.
    id: "external-binary-not-found",
    category: "MISSING_MODULE_RUNTIME",
    re: /Unable to determine path to ffmpeg\b/,
    weight: 8,
    reason: "the app needs a program that is not in the image",
  },
  {
    // npm finding a plugin directory in node_modules without its package.json.
    id: "npm-plugin-package-json-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /npm ERR! error in \S*\/node_modules\/[\w@.-]+: ENOENT: no such file or directory, open '\S+\/package\.json'/,
    weight: 8,
    // (Not npm run where there is no package.json: the directory is the plugin's.)
    explains: ["BUILD_CONFIG"],
    reason: "a plugin package is installed without its files",
  },
  {
    // Verdaccio configured with a plugin its image does not have.
    id: "verdaccio-plugin-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /plugin not found\. try npm install [\w@/.-]+/,
    weight: 8,
    reason: "the server loads a plugin that is not installed",
  },
  {
    // Forge or Paper refusing a mod or plugin whose dependency is not installed.
    id: "forge-missing-mods",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bMissingModsException\b|Unknown\/missing dependency plugins: \[/,
    weight: 8,
    reason: "the server loads a mod or plugin whose dependency is not installed",
  },
  {
    // PHP unable to open a file the code requires (the message wraps onto the next line with the path).
    id: "php-required-file-missing",
    category: "MISSING_MODULE_RUNTIME",
    // Its warning ("require(x): Failed to open stream") and its fatal error state one cause: the first keys.
    re: /\bUncaught Error: Failed opening required\b|\brequire(?:_once)?\([^)]+\): [Ff]ailed to open stream: No such file or directory/,
    phaseWeight: { build: 0 },
    weight: 6,
    reason: "the app requires a file that is not there",
  },
  {
    // PHP unable to load an extension whose required extension is not installed.
    id: "php-extension-dependency-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Cannot load module '[\w-]+' because required module '[\w-]+' is not loaded/,
    weight: 8,
    reason: "a PHP extension needs another extension that is not loaded",
  },
  {
    // A program unable to load a shared library by its path when it starts.
    id: "shared-object-missing-at-start",
    category: "MISSING_MODULE_RUNTIME",
    re: /^\S*\/[\w.-]+\.so(?:\.\d+)*: cannot open shared object file: No such file or directory$/,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "the app loads a shared library that is not in the image",
  },
  {
    // Perl unable to load a module the started app uses.
    id: "perl-module-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: PERL_MODULE_MISSING,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "the app needs a Perl module that is not installed",
  },
  {
    // R's library() finding no such package when the started app loads it.
    id: "r-package-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: R_PACKAGE_MISSING,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "the app loads an R package that is not installed",
  },
  {
    // Postgres asked to create an extension (pgvector, PostGIS) its image does not have.
    id: "postgres-extension-not-installed",
    category: "MISSING_MODULE_RUNTIME",
    re: /could not open extension control file "[^"]+\.control": No such file or directory/,
    weight: 8,
    reason: "the database image lacks an extension the app creates",
  },
  {
    // Node loading a native add-on compiled for another Node version (old Node's wording of NODE_MODULE_VERSION).
    id: "node-addon-version-mismatch",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bModule version mismatch\. Expected \d+, got \d+\b/,
    weight: 8,
    reason: "a native package was built for another Node version",
  },
  {
    // sharp's own account of a native build it cannot load (another Node, another platform).
    id: "sharp-load-failed",
    category: "MISSING_MODULE_RUNTIME",
    re: SHARP_INSTALL_FAILED,
    phaseWeight: { build: 0 },
    weight: 8,
    // (The missing binary or library it names below, where the paste has it, keys.)
    keyWeight: 4,
    reason: "the image-processing package's native build cannot be loaded",
  },
  {
    // The same npm bug seen by the started app: a bundler's native package it loads is not there.
    id: "npm-optional-native-missing-runtime",
    category: "MISSING_MODULE_RUNTIME",
    re: NPM_OPTIONAL_DEPENDENCY_BUG,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "a platform-specific package the app loads is not installed",
  },
  {
    // Prisma's engine for the platform the app runs on is not in the image.
    id: "prisma-engine-platform-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Query engine (?:library|binary) for current platform "[^"]+" could not be found\b/,
    phaseWeight: { build: 0 },
    weight: 9,
    reason: "the database engine library for this platform is not in the image",
  },
  {
    // Django's manage.py unable to import Django itself; a gunicorn worker class's library missing;
    // Channels' layer backend that cannot be imported.
    id: "python-framework-not-importable",
    category: "MISSING_MODULE_RUNTIME",
    re: /ImportError: Couldn't import Django\. Are you sure it's installed\b|You need (?:eventlet|gevent|tornado) installed to use this worker\b|Cannot import BACKEND '[\w.]+'/,
    weight: 9,
    // (Python's own "No module named 'django'" above it names the package: that line keys.)
    keyWeight: 7,
    reason: "a package the app runs on is not installed",
  },
  {
    // TypeORM started without the database driver package its configuration names.
    id: "typeorm-driver-package-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /DriverPackageNotInstalledError: .* package has not been found installed\b/,
    weight: 8,
    reason: "the database driver package the app's ORM needs is not installed",
  },
  {
    // musl's loader naming a system library the binary needs and the image lacks.
    id: "loader-library-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /^Error loading shared library [\w.+-]+\.so[\d.]*: No such file or directory \(needed by /,
    weight: 8,
    keyWeight: 10,
    phaseWeight: { build: 0 },
    reason: "the image lacks a system library the binary needs",
  },
  {
    // pino unable to load a transport package (pino-pretty, a dev dependency) in the started app.
    id: "pino-transport-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /unable to determine transport target for "[^"]+"/,
    weight: 8,
    reason: "a logging transport package the app loads is not installed",
  },
  {
    // .NET finding no ICU library in the image it runs in (a system library the runtime loads).
    id: "dotnet-icu-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Couldn't find a valid ICU package installed on the system/,
    weight: 8,
    reason: "the runtime cannot load the ICU library, which the image does not have",
  },
  {
    // .NET unable to load an assembly the app references.
    // (Its message on a line of its own, without the exception's class before it.)
    id: "dotnet-assembly-missing-bare",
    category: "MISSING_MODULE_RUNTIME",
    re: /^Could not load file or assembly '[\w.]+, (?:Version|Culture)=/,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "an assembly the app loads is not deployed with it",
  },
  {
    // Kafka Connect (and plugin hosts like it) without the plugin class a configuration names.
    id: "plugin-class-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Failed to find any class that implements \w+ and which name matches [\w.$]+/,
    weight: 8,
    reason: "the plugin a configuration names is not installed",
  },
  {
    // An Erlang release booting without the modules it needs (erts or kernel not in the release).
    id: "erlang-boot-load-failed",
    category: "MISSING_MODULE_RUNTIME",
    re: /"init terminating in do_boot",\{load_failed,/,
    weight: 8,
    reason: "the release cannot load the modules it boots with",
  },
  {
    // A PHP extension the app server needs is not in the image (Octane's Swoole).
    id: "php-server-extension-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /The (?:Swoole|OpenSwoole|[A-Z]\w+) extension is missing\b/,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "a PHP extension the app needs is not installed",
  },
  {
    // Go's html/template finding no template files where the app looks (files missing at run time).
    id: "go-templates-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /html\/template: pattern matches no files: /,
    weight: 8,
    reason: "the template files the app loads are not there",
  },
  {
    // An ORM asking for the database driver package it loads at run time (Sequelize's "Please install 'pg' module manually").
    id: "orm-driver-package-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Please install '?[\w@/.-]+'? (?:module|package) manually/,
    weight: 8,
    reason: "the database driver package is not installed",
  },
  {
    // Fabric's loader: a mod needs another mod that is not installed.
    id: "fabric-mod-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /^- Mod '[^']+' \([\w-]+\) requires (?:any version|version [^,]+) of (?:mod )?[\w-]+, which is missing!?$/,
    weight: 8,
    reason: "a mod the server loads needs one that is not installed",
  },
  {
    // The running app starts a program that is not in the image ("Error: spawn ffmpeg ENOENT").
    id: "spawn-program-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bspawn [\w.-]+ ENOENT\b/,
    weight: 7,
    phaseWeight: { build: 0 },
    // pnpm running a script whose program is missing is the start setup (pnpm-script-program-missing).
    unlessLog: /\bCommand failed with ENOENT\b/,
    reason: "the app runs a program that is not in the image",
  },
  {
    // Puppeteer without the browser it was installed for.
    id: "puppeteer-chrome-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Could not find (?:Chrome|Chromium|Firefox) \(ver\. [\d.]+\)/,
    weight: 8,
    reason: "the browser the app drives is not in the image",
  },
  {
    // Chromium without any font in the image.
    id: "chromium-no-fonts",
    category: "MISSING_MODULE_RUNTIME",
    re: /Could not find any font: /,
    weight: 8,
    reason: "the image has no fonts the browser can use",
  },
  {
    // Lua (OpenResty, Kong) unable to load a module the configuration names.
    id: "lua-module-load",
    category: "MISSING_MODULE_RUNTIME",
    re: /error loading module '[\w.-]+'|module '[\w.-]+' not found:/,
    weight: 7,
    reason: "a Lua module the server loads is not there",
  },
  {
    // JDBC without a driver for a well-formed URL: the driver jar is not in the image.
    id: "jdbc-no-suitable-driver",
    category: "MISSING_MODULE_RUNTIME",
    re: /No suitable driver found for jdbc:(?:postgresql|mysql|mariadb|sqlserver|oracle|h2|sqlite|db2):/,
    weight: 8,
    reason: "the JDBC driver for the database is not in the image",
  },
  {
    // Fluent Bit configured with a plugin its build does not include.
    id: "fluent-bit-plugin-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /tried to instance a plugin name that don't exists?\b/,
    weight: 8,
    reason: "the configuration names a plugin the image does not include",
  },
  {
    // Bun's loader unable to find a module a package imports ("Cannot find module 'x' from '/app/node_modules/...'").
    id: "bun-module-not-found",
    category: "MISSING_MODULE_RUNTIME",
    re: /^error: Cannot find module '[^']+' from '[^']*node_modules\/[^']+'/,
    weight: 8,
    reason: "a package the app loads is missing a module",
  },
  {
    // Deno fetching a remote import at start that the registry does not have.
    id: "deno-remote-import-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Import '[^']+' failed: 404\b/,
    weight: 8,
    reason: "a remote module the app imports is not there",
  },
  {
    // AWS Lambda's own exception line for a module it could not load: the key line over the JSON
    // "errorMessage" field that repeats it.
    id: "lambda-import-module-error",
    category: "MISSING_MODULE_RUNTIME",
    re: /^"?Runtime\.ImportModuleError: Error: Cannot find module '/,
    weight: 8,
    keyWeight: 9.5,
    reason: "the function could not load a module",
  },
  {
    // Node's MODULE_NOT_FOUND code when the paste lost the "Cannot find module" line above it.
    id: "module-not-found-code",
    category: "MISSING_MODULE_RUNTIME",
    re: /^code: 'MODULE_NOT_FOUND',?$/,
    unlessLog: /Cannot find module\b/,
    weight: 6,
    reason: "Node could not find a module the code requires",
  },
  {
    // A native addon built for another platform (an image built on one architecture, run on another).
    id: "native-addon-wrong-platform",
    category: "MISSING_MODULE_RUNTIME",
    re: /Error loading shared library \S+\.(?:node|so): Exec format error/,
    weight: 9,
    reason: "a native module was built for another platform",
  },
  {
    // A spaCy model the code loads that is not installed.
    id: "ml-model-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Can't find model '[\w.-]+'\. It doesn't seem to be a Python package\b/,
    weight: 8,
    reason: "a model package the code loads is not installed",
  },
  {
    id: "dotnet-native-library-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /DllNotFoundException: Unable to load (?:shared library|DLL) '[^']+'/,
    weight: 8,
    reason: "a native library the app loads is not in the image",
  },
  {
    // A package or native library the started app cannot load: Meteor's npm modules, a JNI or NIF
    // library whose shared object is not in the image.
    id: "runtime-library-load-failed",
    category: "MISSING_MODULE_RUNTIME",
    re: /Can't find npm module '[^']+'|UnsatisfiedLinkError: .*(?:Error loading shared library|cannot open shared object file)|UnsatisfiedLinkError: no [\w.-]+ in java\.library\.path|Failed to load NIF library: .*(?:Error loading shared library|cannot open shared object file)/,
    weight: 8,
    keyWeight: 10,
    reason: "a package or native library the app loads is not in the image",
  },
  {
    // Bun and Deno at start: a package or imported file that is not there; Sequelize without its driver.
    id: "bun-deno-module-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /^error: Cannot find (?:package|module) "[^"]+" from "[^"]+"|^error: Module not found "file:\/\/[^"]+"|Please install [\w@/.-]+ package manually\b/,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "a package or file the app imports is not there at run time",
  },
  {
    // A binary built against glibc started on musl (Alpine): the loader cannot resolve its symbols.
    id: "loader-symbol-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /^Error relocating \S+: \S+: symbol not found$/,
    weight: 8,
    reason: "the image lacks the system library the binary was built against",
  },
  {
    // PHP calling a function of an extension the image does not have (mbstring, gd, intl, bcmath...).
    id: "php-extension-function-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Call to undefined function (?:mb_\w+|mysql_\w+|apcu_\w+|image(?:create|png|jpeg)\w*|curl_\w+|bc(?:add|sub|mul|div|mod|pow|comp)|iconv\w*|simplexml_\w+|mysqli_\w+|pg_\w+|sodium_\w+|intl\w*|zip_\w+|gmp_\w+|exif_\w+|(?:grapheme|numfmt|collator)_\w+|xml_parser_create|ldap_\w+)\(\)/,
    weight: 8,
    reason: "the code calls a PHP extension that is not installed in the image",
  },
  {
    // A package's compiled add-on or driver is not in the image (the bindings loader's "Could not
    // locate the bindings file", Django's "Error loading psycopg2 or psycopg module").
    id: "native-binding-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bCould not locate the bindings file\b|ImproperlyConfigured: Error loading \w+(?: or \w+)? module\b/,
    weight: 8,
    reason: "a package's native part the app loads is not installed in the image",
  },
  {
    // A native package without the binary for this platform (sharp, bcrypt, prisma engines).
    id: "native-module-platform",
    category: "MISSING_MODULE_RUNTIME",
    re: /Could not load the "[\w@/.-]+" module using the [\w-]+ runtime|Prisma Client could not locate the Query Engine for runtime\b/,
    weight: 8,
    reason: "a native package has no binary for this platform in the image",
  },
  {
    // Prisma's client imported before `prisma generate` ran in the build: the generated module is not there.
    id: "prisma-client-not-generated",
    category: "MISSING_MODULE_RUNTIME",
    re: PRISMA_CLIENT_NOT_GENERATED,
    weight: 8,
    // During the build it is the build command that lacks `prisma generate` (prisma-generate-step-missing).
    phaseWeight: { build: 0 },
    reason: "the generated Prisma client is missing from the image (prisma generate did not run)",
  },
  {
    // PHP's PDO without the database driver extension in the image (pdo_pgsql, pdo_mysql).
    id: "pdo-driver-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bcould not find driver\b/,
    requires: /PDO|SQLSTATE|QueryException|\(SQL: |Connection: |An exception occurred in (?:the )?driver/,
    weight: 8,
    reason: "PHP has no PDO driver for this database: the extension is not installed in the image",
  },
  {
    // Doctrine's account of the same driver error comes first and says where it arose: it is the key line.
    id: "doctrine-driver-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /An exception occurred in (?:the )?driver: could not find driver/,
    weight: 0.5,
    keyWeight: 9,
    reason: "Doctrine reports that PHP has no PDO driver for the database",
  },

  {
    // `python -m package` for a package the interpreter cannot find.
    id: "python-m-no-module",
    category: "MISSING_MODULE_RUNTIME",
    re: /python[\d.]*: No module named [\w.]+/,
    weight: 8,
    reason: "the start command runs a Python module that is not installed or not on the path",
  },
  {
    id: "py-module",
    category: "MISSING_MODULE_RUNTIME",
    // Any ModuleNotFoundError, even one whose message a host redacted (Streamlit Cloud).
    re: /\b(?:ModuleNotFoundError|ImportError): No module named|^ModuleNotFoundError: (?!Module not found: )/,
    weight: 8,
    reason: "a Python module is not installed",
  },
  {
    // Celery's worker, when the app module it was told to load is not importable.
    id: "celery-module",
    // The app module the worker's start command names (-A): guide case 2, like the file a start command runs.
    category: "BUILD_CONFIG",
    re: CELERY_APP_MODULE_NOT_FOUND,
    weight: 7,
    reason: "the worker's task module cannot be found",
  },
  {
    // require('./models/User') from the app's own code: the file is not in the deployment (often a
    // file name whose case differs, on a case-sensitive file system).
    id: "node-relative-module",
    category: "MISSING_MODULE_RUNTIME",
    re: /^(?:Error: )?Cannot find module '\.{1,2}\/[^']*'/,
    unless: /imported from|error TS/,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "the code requires one of its own files that is not in the deployment",
  },
  {
    // Python naming a circular import (often a project file shadowing the package it imports, a
    // celery.py importing celery): the code's own structure, fixed in the code.
    id: "python-circular-import",
    category: "RUNTIME_EXCEPTION",
    re: /\bImportError: cannot import name '\w+' from partially initialized module '[\w.]+' \(most likely due to a circular import\)/,
    weight: 6,
    reason: "the code imports itself in a circle (a file may shadow the package it imports)",
  },
  {
    id: "py-import-name",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bImportError: cannot import name|[Uu]nable to import [\w ]*: cannot import name '\w+' from '[\w.]+'/,
    // A circular import is the code's own structure (python-circular-import), not a missing module.
    unless: /from partially initialized module/,
    weight: 5,
    reason: "an import failed at start",
  },
  {
    id: "node-package-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /Cannot find module '[^./\\'][^']*'|Cannot find module '[^']*[\\/]node_modules[\\/][^']+'|Cannot find package '[^']+'|\bERR_MODULE_NOT_FOUND\b.*Cannot find|Cannot find module '[^']+' imported from/,
    unless:
      /error TS\d|or its corresponding type declarations|Module not found:|^(?:Error: )?Cannot find module '(?![^']*[\\/]node_modules[\\/])(?:\/|\.{1,2}\/|[A-Za-z]:\\)[^']*'\s*$/,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "a module required at start is not installed or not built",
  },
  {
    id: "node-package-missing-build",
    category: "BUILD_DEPENDENCY",
    re: /Cannot find module '[^./\\'][^']*'|Cannot find package '[^']+'|\bERR_MODULE_NOT_FOUND\b.*Cannot find|Cannot find module '[^']+' imported from/,
    unless:
      /error TS\d|or its corresponding type declarations|Module not found:|^(?:Error: )?Cannot find module '(?:\/|\.{1,2}\/|[A-Za-z]:\\)[^']*'\s*$/,
    weight: 8,
    phaseWeight: { runtime: 0 },
    reason: "a package the build needs is not installed",
  },
  {
    id: "node-module-code",
    category: "MISSING_MODULE_RUNTIME",
    re: /code: '(?:MODULE_NOT_FOUND|ERR_MODULE_NOT_FOUND)'/,
    weight: 1,
    key: false,
    reason: "Node reported MODULE_NOT_FOUND",
  },
  {
    id: "ruby-load",
    category: "MISSING_MODULE_RUNTIME",
    re: /cannot load such file -- |Could not load the '[\w-]+' gem\b|Bundler::GemNotFound|\(LoadError\)$|is not part of the bundle\. Add it to your Gemfile/,
    weight: 8,
    reason: "a Ruby library could not be loaded",
  },
  {
    id: "jvm-class",
    category: "MISSING_MODULE_RUNTIME",
    re: /java\.lang\.(?:ClassNotFoundException|NoClassDefFoundError)/,
    // "Could not initialize class X": the class is there and its static initialiser threw earlier.
    unless: /NoClassDefFoundError: Could not initialize class\b/,
    weight: 6,
    reason: "a class is missing from the classpath",
  },
  {
    id: "php-autoload",
    category: "MISSING_MODULE_RUNTIME",
    re: PHP_MISSING_CLASS,
    weight: 6,
    phaseWeight: { build: 0 },
    reason: "a PHP class or the autoloader is missing",
  },
  {
    id: "php-autoload-build",
    category: "BUILD_DEPENDENCY",
    re: PHP_MISSING_CLASS,
    weight: 6,
    phaseWeight: { runtime: 0 },
    reason: "a build script needs a PHP class from a package that is not installed yet",
  },
  {
    // AWS Lambda's Python runtime: the handler's module imports a package the bundle lacks.
    id: "lambda-import-module",
    category: "MISSING_MODULE_RUNTIME",
    re: /Unable to import module '[^']+': No module named/,
    // The handler's own module (or the first directory of its path) is what is missing: the
    // handler setting points at nothing (runner-entry-or-binary-missing reads it).
    unless: /Unable to import module '(\w+)(?:\/[^']*)?': No module named '\1[.']/,
    weight: 9,
    reason: "the function's code imports a package the deployment bundle does not contain",
  },
  {
    // A message broker refusing the login (RabbitMQ's ACCESS_REFUSED through AMQP clients).
    id: "broker-login-refused",
    category: "PERMISSION_AUTH",
    re: /ACCESS_REFUSED - Login was refused/,
    weight: 8,
    reason: "the message broker refused the credentials",
  },
  {
    id: "elixir-module",
    category: "MISSING_MODULE_RUNTIME",
    re: /\(module (?!:(?:ok|error|econnrefused|econnreset|ehostunreach|enetunreach|etimedout|enoent|eacces|eperm|eaddrinuse|nxdomain|timeout|closed)\b|nil\b|true\b|false\b):?[\w.]+ is not available\)/,
    weight: 6,
    reason: "an Elixir module is not available",
  },
  {
    id: "shared-lib",
    category: "MISSING_MODULE_RUNTIME",
    re: /error while loading shared libraries: .*: cannot open shared object file|cannot load library '[^']+': .*cannot open shared object file|\blib[\w+-]+\.so(?:\.\d+)*: cannot open shared object file/,
    // prebuild-install's warning that it will build from source instead: not the failure.
    unless: /^prebuild-install (?:WARN|warn)\b/,
    // Above the exception a runtime wraps it in (Prisma's engine, Python's ImportError): the library is what is missing.
    weight: 9,
    reason: "a native shared library is missing from the image",
  },
];

const MISSING_ENV_CONFIG_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- MISSING_ENV_CONFIG
  {
    // Rails started with a database.yml that names no adapter (no DATABASE_URL, or an empty section).
    id: "rails-database-adapter-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bdatabase configuration does not specify adapter\b/,
    weight: 8,
    reason: "the database configuration names no adapter",
  },
  {
    // MySQL refusing an option its version does not know (a my.cnf or command line from another version).
    id: "mysql-unknown-variable",
    category: "MISSING_ENV_CONFIG",
    re: /\[ERROR\].*\bunknown variable \x27([\w-]+)=/,
    variableGroup: 1,
    weight: 9,
    reason: "the database's configuration sets an option it does not know",
  },
  {
    // A server's configuration file that does not parse, named by the server (Postgres, HAProxy, Kong, nginx's
    // rejected line), or a parameter in it the server does not know (named instead). A directive nginx does
    // not know is its build's (nginx-unknown-directive).
    id: "server-config-file-parse-error",
    category: "MISSING_ENV_CONFIG",
    re: /\bsyntax error in file "(?:[^"]*\/)?([\w.-]+\.conf)" line \d+|\[ALERT\].*: parsing \[([^:\]]+):\d+\] : |\berror parsing declarative config file (\S+?):?$|\bunrecognized configuration parameter "([\w.]+)" in file "|\[emerg\] (?:\d+#\d+: )?(?:invalid variable name|invalid number of arguments in "[^"]+" directive|"[^"]+" directive is not allowed here) in (\/\S+?\.conf):\d+/,
    variableGroup: 1,
    weight: 8,
    reason: "the server's configuration file does not parse",
  },
  {
    // Traefik routing to a service no provider defines.
    id: "traefik-service-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bmsg="the service \\?"[^"\\]+\\?" does not exist"/,
    weight: 7,
    reason: "the proxy's routing names a service its configuration does not define",
  },
  {
    // Spring's condition report: a bean the code needs was not created because a property is not set
    // to what its @ConditionalOnProperty asks; the property is the setting to change.
    id: "spring-conditional-property",
    category: "MISSING_ENV_CONFIG",
    re: /\bnot loaded because @ConditionalOnProperty \(([\w.-]+)(?:=[^)]*)?\) (?:found different value in|did not find) property\b/,
    variableGroup: 1,
    weight: 8,
    keyWeight: 11,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "a bean was not created because a property is not set as its condition asks",
  },
  {
    // A start-time check naming the variable it expected ("env expected: DEBUG"), and an Elixir release's
    // config provider naming an undefined variable ("Variable base_url_port in app x is undefined").
    id: "named-variable-expected",
    category: "MISSING_ENV_CONFIG",
    re: /\benv expected: ([A-Z][A-Z0-9_]*)$|\bVariable (\w+) in app \w+ is undefined\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the app names a variable it needs that is not set",
  },
  {
    // PM2 started without HOME: it names the variable, and the path errors after it follow from it.
    id: "pm2-home-not-set",
    category: "MISSING_ENV_CONFIG",
    re: /\bEnvironment variable (HOME) \(Linux\) or HOMEPATH \(Windows\) are not set!/,
    variableGroup: 1,
    weight: 9,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "PM2 needs HOME and it is not set",
  },
  {
    // An Erlang application's config lookup failing on a key it requires ({missing_config, Key}).
    id: "erlang-missing-config",
    category: "MISSING_ENV_CONFIG",
    re: /\{missing_config,\s*'?(\w+)'?\}/,
    variableGroup: 1,
    weight: 8,
    reason: "the application's config lacks a key it requires",
  },
  {
    // A Go program panicking on the configuration file it opens at start.
    id: "go-panic-config-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /^panic: open (?:\S*\/)?([\w.-]+\.(?:ya?ml|json|toml|ini|conf)): no such file or directory$/,
    variableGroup: 1,
    weight: 8,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "the configuration file the program opens at start is not there",
  },
  {
    // Azure Functions' storage connection string without usable account information.
    id: "azure-storage-account-info-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /\bNo valid combination of account information found\b/,
    weight: 8,
    reason: "the storage connection string is missing or malformed",
  },
  {
    // The Serverless Framework unable to resolve a variable of the service file.
    id: "serverless-variable-unresolved",
    category: "MISSING_ENV_CONFIG",
    re: /\bCannot resolve variable at \x22(?:[\w-]+\.)*([\w-]+)\x22: /,
    variableGroup: 1,
    weight: 8,
    reason: "a variable the service file reads is not set",
  },
  {
    // supercronic refusing a crontab line.
    id: "supercronic-bad-crontab-line",
    category: "MISSING_ENV_CONFIG",
    re: /\bbad crontab line: /,
    weight: 7,
    keyWeight: 8,
    reason: "a line of the crontab does not parse",
  },
  {
    // Go's URL parser refusing a connection string's user information (an unescaped character).
    id: "go-url-invalid-userinfo",
    category: "MISSING_ENV_CONFIG",
    re: /\bnet\/url: invalid userinfo\b/,
    weight: 8,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "the connection string is malformed",
  },
  {
    // Symfony's container asked for a parameter no configuration defines.
    id: "symfony-parameter-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bYou have requested a non-existent parameter \x22([\w.-]+)\x22/,
    variableGroup: 1,
    weight: 8,
    reason: "a parameter the configuration reads is not defined",
  },
  {
    // .NET's configuration binder unable to convert a value to the type of its setting.
    id: "dotnet-config-value-not-convertible",
    category: "MISSING_ENV_CONFIG",
    re: /\bFailed to convert configuration value at '([\w:.-]+)' to type\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a setting's value does not fit its type",
  },
  {
    // passport-jwt without its secret (NestJS prints it twice, under its logger and as the error).
    id: "jwt-strategy-secret-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bJwtStrategy requires a secret or key\b/,
    weight: 7,
    reason: "the JWT secret is not configured",
  },
  {
    // A Kubernetes pod referring to a Secret that does not exist.
    id: "k8s-secret-not-found",
    category: "MISSING_ENV_CONFIG",
    re: /\bError: secrets? \x22[^\x22]+\x22 not found\b/,
    weight: 7,
    reason: "the pod refers to a Secret that does not exist",
  },
  {
    // A number setting given a Kubernetes service link ("tcp://10.0.0.1:8080"): the cluster injects
    // <SERVICE>_PORT variables that a framework reads as its own port setting.
    id: "service-link-as-number",
    category: "MISSING_ENV_CONFIG",
    re: /NumberFormatException: For input string: \x22tcp:\/\/[\w.-]+:\d+\x22/,
    weight: 8,
    reason: "a number setting holds a Kubernetes service address",
  },
  {
    // Micronaut resolving a placeholder that no property source defines.
    id: "micronaut-property-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bError resolving property value \[\$\{([\w.-]+)(?::[^}]*)?\}\]\. Property doesn't exist\b/,
    variableGroup: 1,
    weight: 9,
    reason: "a property the code reads is not defined",
  },
  {
    // n8n unable to decrypt stored credentials: the encryption key is not the one they were saved with.
    id: "n8n-encryption-key-mismatch",
    category: "MISSING_ENV_CONFIG",
    re: /\bCredentials could not be decrypted\. The likely reason is that a different \x22encryptionKey\x22 was used\b/,
    weight: 7,
    reason: "the configured encryption key is not the one the data was encrypted with",
  },
  {
    // A script naming the variable it found unset or empty ("`DATABASE_URL` either not exported or empty").
    id: "variable-not-exported-or-empty",
    category: "MISSING_ENV_CONFIG",
    re: /[\x60'"]?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[\x60'"]? (?:is )?either not (?:exported|set|defined) or empty\b/,
    variableGroup: 1,
    weight: 9,
    reason: "a required environment variable is not set",
  },
  {
    // An Azure Pipelines variable left unexpanded in a path: the variable is not defined.
    id: "pipeline-variable-unexpanded",
    category: "MISSING_ENV_CONFIG",
    re: /\$\(([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\)\S* doesn't exist/,
    variableGroup: 1,
    weight: 8,
    reason: "a pipeline variable was never defined",
  },

  {
    // An image's start script refusing to run without listener settings (wurstmeister's Kafka).
    id: "env-listener-config-missing",
    category: "MISSING_ENV_CONFIG",
    re: /No listener or advertised hostname configuration provided in environment/,
    weight: 8,
    reason: "the listener settings the image needs are not set",
  },

  {
    // Kafka's configuration refusing a value, naming the setting.
    id: "kafka-config-invalid-value",
    category: "MISSING_ENV_CONFIG",
    re: /ConfigException: Invalid value .* for configuration ([\w.]+)/,
    variableGroup: 1,
    weight: 8,
    reason: "a setting has a value the server refuses",
  },

  {
    // A JSON settings file the app loads that does not parse (Node's require of a .json).
    id: "json-settings-file-malformed",
    category: "MISSING_ENV_CONFIG",
    re: /SyntaxError: \S*\/([\w.-]+\.json): Unexpected (?:token|end)\b/,
    variableGroup: 1,
    weight: 8,
    explains: ["BUILD_COMPILE"],
    reason: "a JSON configuration file the app loads does not parse",
  },

  {
    // A PDO connection string with an empty host: the variable that fills it is unset.
    id: "dsn-empty-host",
    category: "MISSING_ENV_CONFIG",
    re: /\bmysql:host=;|\bpgsql:host=;/,
    weight: 9,
    reason: "the database host setting is empty",
  },
  {
    // A connection string passed as null to the ORM (old .NET's two-line ArgumentNullException).
    id: "dotnet-connection-string-null",
    category: "MISSING_ENV_CONFIG",
    re: /ArgumentNullException: Value cannot be null\.?$/,
    requires: /^Parameter name: connectionString$|\(Parameter 'connectionString'\)/,
    weight: 8,
    reason: "the connection string the app reads is not set",
  },
  {
    // Traefik's configuration naming a key it does not know.
    id: "config-field-not-found",
    category: "MISSING_ENV_CONFIG",
    re: /\bfield not found, node: (\w+)/,
    variableGroup: 1,
    weight: 8,
    reason: "the configuration holds a key the program does not know",
  },
  {
    // A variable named in backquotes with what is wrong with its value.
    id: "quoted-variable-invalid",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`\`${VAR}\` (?:does not match any known\\b|is not (?:a )?valid\\b|is invalid\\b)`),
    variableGroup: 1,
    weight: 8,
    reason: "a variable's value is not one the app accepts",
  },
  {
    // sqlx's query macros with neither a database nor a prepared cache: the build needs DATABASE_URL.
    id: "sqlx-database-url-unset",
    category: "MISSING_ENV_CONFIG",
    re: /error: set `(DATABASE_URL)` to use query macros online/,
    variableGroup: 1,
    weight: 10,
    reason: "the build needs DATABASE_URL for sqlx's query macros",
  },
  {
    // A JVM heap option that is not a valid size (a typo in JAVA_OPTS or the start command).
    id: "jvm-heap-size-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /^Invalid (?:initial|maximum) heap size: -Xm[sx]\S*/,
    weight: 8,
    reason: "a JVM memory option is malformed",
  },
  {
    // .NET's options validation naming the member a settings class lacks.
    id: "dotnet-options-validation",
    category: "MISSING_ENV_CONFIG",
    re: /OptionsValidationException: .*? members: '(\w+)' with the error\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the settings lack a value their validation requires",
  },

  {
    // A Rust app's settings missing a field serde requires (Rocket's config, Lemmy's settings file).
    id: "settings-missing-field",
    category: "MISSING_ENV_CONFIG",
    re: /(?=.*\b(?:[Cc]onfig|[Ss]ettings))missing field `(\w+)`/,
    variableGroup: 1,
    weight: 8,
    reason: "the settings lack a field the app requires",
  },
  {
    // An Elasticsearch or OpenSearch node refusing a setting it does not know, or a key it needs.
    id: "search-node-setting",
    category: "MISSING_ENV_CONFIG",
    re: /\bunknown setting \[([\w.]+)\]|\bProperty: ([a-z][\w-]*(?:\.[\w-]+)+)\]$|\b([a-z][\w-]*(?:\.[\w-]+){2,})(?: or [\w.-]+)*(?: and [\w.-]+)* must be set\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the server names a setting it refuses or needs",
  },
  {
    // A Postgres extension that must be listed in shared_preload_libraries (TimescaleDB's hint names it).
    id: "extension-not-preloaded",
    category: "MISSING_ENV_CONFIG",
    re: /extension "\w+" must be preloaded/,
    weight: 8,
    reason: "a database extension must be preloaded by the server's settings",
  },
  {
    // A hint under the error naming the setting to change (TimescaleDB's preload hint, a start
    // script's "Please define X"): it supplies the variable, the error line keys.
    id: "hint-names-variable",
    category: "MISSING_ENV_CONFIG",
    re: /\bpreload the \w+ library via (shared_preload_libraries)\b|^Please define ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/,
    key: false,
    variableGroup: 1,
    weight: 1,
    reason: "a hint names the setting to change",
  },
  {
    // A database type that is still the name of its variable: the placeholder was never substituted.
    id: "db-type-placeholder",
    category: "MISSING_ENV_CONFIG",
    re: /No adapter available for DB type: ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$/,
    variableGroup: 1,
    weight: 9,
    reason: "a setting still holds its variable's name: the value was never substituted",
  },
  {
    // syslog-ng refusing a configuration file without its @version line (the parse error under it names the file).
    id: "syslog-ng-config-version",
    category: "MISSING_ENV_CONFIG",
    re: /configuration files without a version number has become unsupported in syslog-ng\b/,
    weight: 8,
    keyWeight: 9,
    reason: "the configuration file lacks the version line the server requires",
  },
  {
    // A server naming the section of its configuration that is absent (Synapse: "No database config provided").
    id: "config-section-missing",
    category: "MISSING_ENV_CONFIG",
    re: /(?:^|:\s+)No (\w+) config(?:uration)? provided\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a section the configuration must have is absent",
  },

  {
    // An app naming the configuration file it could not read or parse, each tool in its own words.
    // The name is the variable (the one group of whichever alternative matched).
    id: "config-file-named-in-error",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      [
        /Error in configuration file \S*?([\w.-]+\.conf) line \d+/, // Dovecot
        /msg="error loading config" filename=\S*?([\w.-]+\.(?:ya?ml|json|toml))\b/, // Loki's logger
        /failed to load configuration from file path\(\S*?([\w.-]+\.(?:ya?ml|json|toml))\)/, // Authelia
        /\((?:\S*\/)?([\w.-]+\.ya?ml)\): (?:did not find expected|could not find expected|mapping values are not allowed)/, // Ruby's YAML parser (Jekyll's _config.yml)
        /Error: \S*?\/([\w.-]+\.(?:alloy|river)):\d+:\d+: /, // Grafana Alloy
        /adapting config using caddyfile: ([\w.-]+):\d+: /, // Caddy
        /Config lint error .* lint=\x22([\w.-]+\.(?:ya?ml|json|toml))\(\d+,\d+\)/, // Bento's linter
        /No such file or directory @ rb_sysopen - (?:\S*\/config\/)?([\w.-]+\.ya?ml)$/, // a Ruby app's config/*.yml (or a bare *.yml) that is not there
        /\b(?:open|read) \S*?([\w.-]+\.(?:txt|json|ya?ml|toml|conf|ini|hex|pem|key)): is a directory/, // a file that is a directory: a bind mount of a path the host did not have (3506)
        /Invalid (?:custom )?config(?:uration)? file at \S*?([\w.-]+\.(?:ya?ml|json|toml))\b/, // LibreChat
        /Error parsing config, .* in \S*?\/([\w.-]+\.conf) at line \d+/, // syslog-ng
        /FileNotFoundError: \[Errno 2\] No such file or directory: '[^']*\/([\w.-]+\.(?:config|conf|ya?ml|toml|ini))'$/, // Python opening its config file (Synapse's log.config)
      ]
        .map((r) => r.source)
        .join("|"),
    ),
    variableGroup: 1,
    weight: 8,
    reason: "the app names the configuration file it could not read or parse",
  },
  {
    // A config validated with Joi (Docusaurus) naming the key it requires.
    id: "joi-required-config-key",
    category: "MISSING_ENV_CONFIG",
    re: /ValidationError: "([\w.]+)" is required\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a required configuration key is not set",
  },
  {
    // PHP reading an environment variable ($_SERVER, $_ENV) that is not set.
    id: "php-undefined-env-index",
    category: "MISSING_ENV_CONFIG",
    re: /Undefined (?:index|array key):? [\x22\x27]?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[\x22\x27]?/,
    variableGroup: 1,
    weight: 8,
    reason: "a required environment variable is not set",
  },
  {
    // A start script refusing to run without a variable (CKAN's image).
    id: "no-variable-specified",
    category: "MISSING_ENV_CONFIG",
    re: /\bno ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) specified\b/,
    variableGroup: 1,
    weight: 9,
    reason: "a required environment variable is not set",
  },
  {
    // An app asking for a key in its config file.
    id: "set-up-config-key",
    category: "MISSING_ENV_CONFIG",
    re: /\bSet up ([a-z]\w*(?:\.\w+)+) in the \w+ config file\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a required configuration key is not set",
  },
  {
    // Compose refusing a ${X:?message} interpolation: the variable is not set.
    id: "compose-mandatory-variable",
    category: "MISSING_ENV_CONFIG",
    re: /Missing mandatory value for "[\w-]+" option interpolating .*\$\{([A-Z][A-Z0-9_]*):\?/,
    variableGroup: 1,
    weight: 9,
    reason: "a variable the compose file requires is not set",
  },
  {
    // An app listing the settings its configuration lacks on one line (the first is named).
    id: "config-errors-required-list",
    category: "MISSING_ENV_CONFIG",
    re: /\berrors? (?:with|in) (?:your|the) configuration:? - ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+): Required\b/,
    variableGroup: 1,
    weight: 9,
    reason: "required settings are not set",
  },
  {
    // An app unable to parse the value an environment variable holds (a comment left in it).
    id: "variable-value-unparseable",
    category: "MISSING_ENV_CONFIG",
    re: /\benvironment variable ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=.* could not be parsed\b/,
    variableGroup: 1,
    weight: 9,
    reason: "an environment variable's value cannot be parsed",
  },
  {
    // A Django settings module refusing to run migrations without a database password.
    id: "django-no-database-password",
    category: "MISSING_ENV_CONFIG",
    re: /ImproperlyConfigured: No database password was provided\b/,
    weight: 9,
    reason: "the database password setting is empty",
  },
  {
    // WildFly's deployment naming a JNDI resource (a datasource) that is not configured.
    id: "wildfly-jndi-resource-missing",
    category: "MISSING_ENV_CONFIG",
    re: /is missing \[jboss\.naming\.context\.[\w./-]+\]/,
    weight: 8,
    reason: "the app server has no resource (a datasource) the deployment needs",
  },
  {
    // Backstage's config reader naming a required key that has no value.
    id: "backstage-missing-config-value",
    category: "MISSING_ENV_CONFIG",
    re: /Missing required config value at '([\w.-]+)'/,
    variableGroup: 1,
    weight: 9,
    reason: "a required configuration value is not set",
  },
  {
    // Apache's configuration using an environment variable that is not set.
    id: "apache-config-variable-undefined",
    category: "MISSING_ENV_CONFIG",
    re: /Config variable \$\{([A-Z][A-Z0-9_]*)\} is not defined/,
    variableGroup: 1,
    weight: 8,
    reason: "the web server's configuration uses a variable that is not set",
  },
  {
    // A Go app's configuration with a value of the wrong type for its field (the field path names the setting).
    id: "config-field-wrong-type",
    category: "MISSING_ENV_CONFIG",
    re: /cannot unmarshal \w+ into Go struct field \w+\.([\w.]+) of type/,
    requires: /\bconfig/i,
    variableGroup: 1,
    weight: 8,
    reason: "a configuration value has the wrong type",
  },
  {
    // supervisord unable to expand %(ENV_X)s: the environment variable X is not set (it prefixes environment
    // variables with ENV_; the variable is the rest), also inside a longer format string.
    id: "supervisor-env-not-expanded",
    category: "MISSING_ENV_CONFIG",
    re: /Format string \x27%\(ENV_([A-Z][A-Z0-9_]*)\)s\x27 for \x27[^\x27]+\x27 contains names|\bcontains names \(\x27ENV_([A-Z][A-Z0-9_]*)\x27\) which cannot be expanded\b/,
    variableGroup: 1,
    weight: 9,
    reason: "the process manager's configuration uses a variable that is not set",
  },
  {
    // An app asking for the environment variable it needs.
    id: "please-give-variable",
    category: "MISSING_ENV_CONFIG",
    re: /Please (?:give|set|provide) '([A-Z][A-Z0-9_]*)' environment variable/,
    variableGroup: 1,
    weight: 9,
    reason: "a required environment variable is not set",
  },
  {
    // The Minecraft server image waiting for EULA=TRUE.
    id: "minecraft-eula",
    category: "MISSING_ENV_CONFIG",
    re: /Please accept the Minecraft EULA\b/,
    weight: 8,
    reason: "the server will not start until the EULA setting accepts it",
  },
  {
    // The image's hint under it, which names the variable.
    id: "minecraft-eula-variable",
    category: "MISSING_ENV_CONFIG",
    re: /^\[init\]\s+-e (EULA)=TRUE$/,
    key: false,
    variableGroup: 1,
    weight: 2,
    reason: "the variable that accepts the EULA",
  },
  {
    // A configuration file written in Ruby (GitLab's gitlab.rb) that does not parse: a setting's file, not the app's code.
    id: "etc-ruby-config-syntax-error",
    category: "MISSING_ENV_CONFIG",
    re: /^\/etc\/\S*?\/([\w.-]+\.rb):\d+: syntax error/,
    explains: ["BUILD_COMPILE"],
    variableGroup: 1,
    weight: 8,
    reason: "the configuration file (Ruby) has a syntax error",
  },
  {
    // Sails naming a configuration key whose value it rejects.
    id: "sails-config-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /`(sails\.config\.[\w.]+)` must be\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a configuration value is malformed",
  },
  {
    // An app's list of configuration errors under its refusal to start ("- serial.adapter should be equal to one of the allowed values").
    id: "config-validation-list",
    category: "MISSING_ENV_CONFIG",
    re: /^- ([a-z]\w*(?:\.\w+)+) (?:should|must) \w/,
    requires: /[Cc]onfiguration is not valid|[Ii]nvalid configuration|[Cc]onfiguration (?:is )?invalid/,
    variableGroup: 1,
    weight: 8,
    reason: "the configuration file has a setting the app rejects",
  },
  {
    // An app unable to load its passwords or secrets file (Serverpod's passwords.yaml).
    id: "secrets-file-not-loaded",
    category: "MISSING_ENV_CONFIG",
    re: /\bFailed to load (?:passwords|secrets)\b/,
    weight: 7,
    reason: "the app could not load the secrets it needs to start",
  },
  {
    // pgx unable to use the connection string it was given (a malformed value, a certificate path that is not there).
    id: "connection-string-unparseable",
    category: "MISSING_ENV_CONFIG",
    re: /\bcannot parse \x60[^\x60]*\x60: /,
    weight: 8,
    reason: "the database connection settings cannot be used",
  },
  {
    // Redis (or KeyDB) refusing a line of its configuration file.
    id: "redis-config-bad-directive",
    category: "MISSING_ENV_CONFIG",
    re: /^Bad directive or wrong number of arguments$/,
    requires: /FATAL CONFIG FILE ERROR/,
    weight: 8,
    reason: "the server's configuration file has a line it does not accept",
  },
  {
    // Redis's heading over the configuration line it refused (the line under it is the key line).
    id: "redis-config-file-error",
    category: "MISSING_ENV_CONFIG",
    re: /\*\*\* FATAL CONFIG FILE ERROR\b/,
    key: false,
    weight: 6,
    reason: "the server's configuration file has an error",
  },
  {
    // Bokeh refusing a browser's origin, and naming the variable that allows it.
    id: "websocket-origin-setting",
    category: "MISSING_ENV_CONFIG",
    re: /Refusing websocket connection from Origin .* or set ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=/,
    variableGroup: 1,
    weight: 8,
    reason: "the server refuses the page's origin until a setting allows it",
  },
  {
    // A check that names the variable it expected to find set (Dart's "Bad state: Expected environment variable X to be set!").
    id: "expected-variable-to-be-set",
    category: "MISSING_ENV_CONFIG",
    re: /\bExpected (?:the )?environment variable ([A-Z][A-Z0-9_]*) to be set\b/,
    weight: 9,
    variableGroup: 1,
    reason: "a required environment variable is not set",
  },
  {
    // Crystal's ENV[] on a variable that is not set.
    id: "crystal-missing-env-key",
    category: "MISSING_ENV_CONFIG",
    re: /Missing ENV key: "([A-Z][A-Z0-9_]*)"/,
    variableGroup: 1,
    weight: 9,
    reason: "a required environment variable is not set",
  },
  {
    // Either of two settings required ("DATABASE_URL or DB_HOST + DB_USER must be set"): the first names it.
    id: "either-variable-must-be-set",
    category: "MISSING_ENV_CONFIG",
    re: /(?<![\w.$-])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) or [A-Z][A-Z0-9_]*(?: ?\+ ?[A-Z][A-Z0-9_]*)* must be (?:set|provided|given|defined)\b/,
    variableGroup: 1,
    weight: 9,
    reason: "neither of the settings the app needs is set",
  },
  {
    // A URL setting that is null or empty by the time the app reads it ('url="null" is not a valid URL').
    id: "url-setting-null",
    category: "MISSING_ENV_CONFIG",
    re: /\b(\w+)="(?:null|undefined|)" is not a valid URL\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a URL setting has no value",
  },
  {
    // Django used outside manage.py without its settings module.
    id: "django-settings-module-unset",
    category: "MISSING_ENV_CONFIG",
    re: /settings are not configured\. You must either define the environment variable (DJANGO_SETTINGS_MODULE) or call settings\.configure\(\)/,
    variableGroup: 1,
    weight: 9,
    reason: "the settings module variable is not set",
  },
  {
    // dbt run without the profile its project names; Debezium against a MySQL server without GTIDs.
    id: "data-tool-profile-or-server-setting",
    category: "MISSING_ENV_CONFIG",
    re: /\bprofile null doesn't exist\b|Could not find profile named '[^']+'|requires GTID_MODE to be ON\b/,
    weight: 8,
    reason: "a setting the tool needs is missing",
  },
  {
    // RoadRunner's configuration plugin given an empty value (Octane's generated config).
    id: "roadrunner-config-empty",
    category: "MISSING_ENV_CONFIG",
    re: /\bconfig_plugin_init: value should not be empty\b/,
    weight: 8,
    reason: "a configuration value the server needs is empty",
  },
  {
    // A connection string with nothing between its scheme and port ("postgres://:@:5432/").
    id: "connection-string-empty-parts",
    category: "MISSING_ENV_CONFIG",
    re: /^(?:TypeError(?: \[ERR_INVALID_URL\])?: )?Invalid URL$/,
    requires: /^input: '[a-z]+:\/\/:?@?:\d*\/?',?$/,
    weight: 8,
    reason: "the connection string was built from empty settings",
  },
  {
    // An app naming the variable whose value is not a URL ("Invalid DATABASE_URL: Invalid URL").
    id: "variable-value-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /\bInvalid ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+): (?:Invalid URL|invalid|must be|expected)\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a variable's value is not in the shape the app needs",
  },
  {
    // An image refusing a variable it no longer reads ("RABBITMQ_DEFAULT_PASS is set but deprecated").
    id: "variable-deprecated-refused",
    category: "MISSING_ENV_CONFIG",
    re: /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) is set but deprecated\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the service refuses a variable it no longer reads",
  },
  {
    // An agent asking whether its key was given ("A valid account license key cannot be found. Has a
    // license key been specified ... via the NEW_RELIC_LICENSE_KEY environment variable?").
    id: "agent-key-not-found",
    category: "MISSING_ENV_CONFIG",
    re: /\bcannot be found\. Has (?:a|an|the) [\w ]+ been (?:specified|set|provided)\b.* via the ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) environment variable\?/,
    variableGroup: 1,
    weight: 9,
    reason: "the agent was given no key, in its configuration file or its variable",
  },
  {
    // Sentry's SDK refusing the DSN it was given (empty or malformed).
    id: "sentry-bad-dsn",
    category: "MISSING_ENV_CONFIG",
    re: /\bBadDsn: \S|\bInvalid Sentry Dsn: /,
    weight: 8,
    reason: "the error tracker's DSN setting is empty or malformed",
  },
  {
    // A configuration file the app loads at start that does not parse as YAML.
    id: "config-file-yaml-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /\bConfig file corrupted\b|\b[Cc]onfig(?:uration)? file\b.*\byaml: line \d+: (?:did not find expected key|mapping values are not allowed|could not find expected ':')/,
    weight: 7,
    reason: "a configuration file the app reads does not parse",
  },
  {
    // TypeORM given no driver type: the setting that names the database type is empty.
    id: "typeorm-driver-undefined",
    category: "MISSING_ENV_CONFIG",
    re: /MissingDriverError: Wrong driver: "(?:undefined|)" given\b/,
    weight: 8,
    reason: "the database type setting is empty",
  },
  {
    // .NET Aspire's components without their connection string, naming where it is read from.
    id: "aspire-connection-string-missing",
    category: "MISSING_ENV_CONFIG",
    re: /ConnectionString is missing\. It should be provided in '([^']+)'/,
    variableGroup: 1,
    weight: 9,
    reason: "a connection string the app reads is not configured",
  },
  {
    // pydantic-settings unable to parse a variable's value (a list or JSON field given plain text).
    id: "pydantic-settings-env-parse",
    category: "MISSING_ENV_CONFIG",
    re: /SettingsError: error parsing value for field "([A-Z][A-Z0-9_]*|[a-z][\w]*)" from source "(?:EnvSettingsSource|DotEnvSettingsSource)"/,
    variableGroup: 1,
    weight: 9,
    reason: "an environment variable's value is not in the shape the settings expect",
  },
  {
    // Dropwizard's configuration file naming a field it does not know or cannot read.
    id: "dropwizard-config-field",
    category: "MISSING_ENV_CONFIG",
    re: /^\* (?:Unrecognized field|Incorrect type of value|Failed to parse configuration) at: ([\w.[\]-]+)/,
    requires: /\S+\.ya?ml has an error:$/,
    variableGroup: 1,
    weight: 9,
    reason: "the configuration file has a field the app does not accept",
  },
  {
    // Symfony's configuration tree rejecting the keys a bundle's config file sets.
    id: "symfony-unrecognized-config-options",
    category: "MISSING_ENV_CONFIG",
    re: /Unrecognized options? "[^"]+" under "[^"]+"/,
    weight: 8,
    reason: "a bundle's configuration sets keys the bundle does not accept",
  },
  {
    // Kafka's (and Kafka Connect's) configuration without a required key.
    id: "kafka-config-required",
    category: "MISSING_ENV_CONFIG",
    re: /ConfigException: Missing required configuration "([\w.]+)" which has no default value/,
    variableGroup: 1,
    weight: 9,
    reason: "a required configuration key is not set",
  },
  {
    // A HOCON configuration file that does not parse (EMQX), named by its file.
    id: "hocon-config-unparsable",
    category: "MISSING_ENV_CONFIG",
    re: /\{scan_error,.*\bin_file \S*\/([\w.-]+\.conf)\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the configuration file does not parse",
  },
  {
    // A YAML configuration file whose values do not fit the app's config type.
    id: "yaml-config-unmarshal",
    category: "MISSING_ENV_CONFIG",
    re: /cannot unmarshal !!\w+ `[^`]*` into [\w.]*[Cc]onfig\b/,
    weight: 8,
    reason: "the configuration file holds a value of the wrong type",
  },
  {
    // Elixir's config reading a config file that is not there (config/prod.secret.exs, kept out
    // of the repository): a configuration file the app reads, named as printed (1359, 4352).
    id: "elixir-config-file-unreadable",
    category: "MISSING_ENV_CONFIG",
    re: /\(File\.Error\) could not read file "\S*?\/(config\/[\w.-]+\.exs)": no such file/,
    variableGroup: 1,
    weight: 9,
    keyWeight: 10,
    reason: "a configuration file the app reads is not there",
  },
  {
    // An app that cannot find the configuration file it was told to read, named as the variable
    // (JupyterHub's "Failed to find specified config file", Matomo's "The configuration file {x}
    // has not been found").
    id: "config-file-named-missing",
    category: "MISSING_ENV_CONFIG",
    re: /Failed to find specified config file: \S*?([\w.-]+\.(?:py|ya?ml|json|toml|ini|conf|cfg|php|xml|properties))$|The configuration file \{?\S*?\/([\w.-]+)\}? has not been found\b/,
    // (Each alternative captures the file's name; the one that matched names it.)
    variableGroup: 1,
    weight: 8,
    reason: "a configuration file the app reads is not there",
  },
  {
    // A short variable name quoted before "Environment Variable is missing" (Directus' "KEY").
    id: "quoted-env-var-missing",
    category: "MISSING_ENV_CONFIG",
    re: /"([A-Z][A-Z0-9_]*)" [Ee]nvironment [Vv]ariable is (?:missing|not set|required)\b/,
    variableGroup: 1,
    weight: 9,
    reason: "a required environment variable is not set",
  },
  {
    // Mix unable to load a config file the project's config imports (config/prod.secret.exs).
    id: "mix-config-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\(Mix\.Config\.LoadError\) could not load config (\S+)/,
    variableGroup: 1,
    weight: 9,
    reason: "a configuration file the app reads is not there",
  },
  {
    // A connection URL of the wrong scheme ("MySQL connection URLs must start with mysql://").
    id: "connection-url-scheme",
    category: "MISSING_ENV_CONFIG",
    re: /connection URLs? (?:must|should) (?:start|begin) with \w+:\/\//i,
    weight: 9,
    reason: "the connection URL setting is malformed",
  },
  {
    // A command-line parser rejecting the value an option was given ("gunicorn: error: argument
    // -w: invalid int value: '"4"'"), for the workers option): the setting that fills it is malformed.
    id: "cli-option-invalid-value",
    category: "MISSING_ENV_CONFIG",
    re: /: error: argument [-\w/]+: invalid \w+ value: /,
    weight: 7,
    reason: "an option of the start command was given a malformed value",
  },
  {
    // A client naming the variables it needs as alternatives ("either X and Y env variables or url and key are required!").
    id: "either-env-variables-required",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`either ${VAR}(?: and [A-Z][A-Z0-9_]*)? env(?:ironment)? variables? or .+ (?:is|are) required`),
    variableGroup: 1,
    weight: 8,
    reason: "the variables a client needs are not set",
  },
  {
    // A service account built from variables without a field it needs; Auth.js without a trusted host.
    id: "service-account-or-host-setting",
    category: "MISSING_ENV_CONFIG",
    re: /Service account object must contain a string "\w+" property|UntrustedHost: Host must be trusted\b/,
    weight: 8,
    reason: "a setting the app needs is missing",
  },
  {
    // A path built from a variable that was never expanded ("File not found: ${CLICKHOUSE_CONFIG}").
    id: "unexpanded-variable-path",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`File not found: \\$\\{${VAR}\\}`),
    variableGroup: 1,
    weight: 8,
    reason: "a path is built from a variable that is not set",
  },
  {
    // OpenSearch's image without the admin password it now requires.
    id: "opensearch-admin-password",
    category: "MISSING_ENV_CONFIG",
    re: /No custom admin password found\. Please provide a password/,
    weight: 8,
    reason: "the admin password setting is not set",
  },
  {
    // A kernel limit the server needs is set too low (Seastar's aio-max-nr).
    id: "kernel-limit-too-low",
    category: "MISSING_ENV_CONFIG",
    re: /Could not setup Async I\/O: .*\/proc\/sys\/fs\/aio-max-nr/,
    weight: 8,
    reason: "a kernel setting the server needs is too low",
  },
  {
    // Firebase's Gradle plugin without the project's configuration file.
    id: "google-services-json-missing",
    category: "MISSING_ENV_CONFIG",
    re: /File ([\w.-]+\.json) is missing\. The Google Services Plugin cannot function without it/,
    variableGroup: 1,
    weight: 8,
    reason: "the Firebase configuration file is not in the build",
  },
  {
    // Destructuring a variable that is not set ("Cannot destructure property 'VITE_API_URL' of ... as it is undefined").
    id: "destructure-env-undefined",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`Cannot destructure property '${VAR}' of .* as it is undefined`),
    variableGroup: 1,
    weight: 8,
    reason: "the app reads a variable that is not set",
  },
  {
    // Ghost (nconf) without a configuration for its environment.
    id: "config-for-node-env-missing",
    category: "MISSING_ENV_CONFIG",
    re: /Cannot find the configuration for the current (NODE_ENV)\b/,
    variableGroup: 1,
    weight: 8,
    reason: "there is no configuration for the environment the app runs in",
  },
  {
    // A YAML configuration that does not parse (js-yaml's message).
    id: "yaml-bad-indentation",
    category: "MISSING_ENV_CONFIG",
    re: /bad indentation of a mapping entry \(\d+:\d+\)/,
    weight: 9,
    phaseWeight: { build: 0 },
    reason: "a configuration file does not parse",
  },
  {
    // Synapse refusing a database created with the wrong collation.
    id: "database-collation",
    category: "MISSING_ENV_CONFIG",
    re: /'(?:COLLATE|CTYPE)' is set to '[^']*'\. Should be '[^']*'/,
    weight: 8,
    reason: "the database was created with settings the app refuses",
  },
  {
    // pydantic (v2) refusing a configuration key the schema does not have ("cameras.x.rtmp: Extra inputs are not permitted").
    id: "config-extra-key",
    category: "MISSING_ENV_CONFIG",
    re: /(?:^|\s)([a-z_][\w-]*(?:\.[\w-]+)+): Extra inputs are not permitted$/,
    variableGroup: 1,
    weight: 8,
    reason: "the configuration has a key the app does not accept",
  },
  {
    // A client created without a key or URL setting ("supabase_key is required").
    id: "client-setting-required",
    category: "MISSING_ENV_CONFIG",
    re: /\b[a-z]+_(?:key|url|token|secret) is required\b/,
    weight: 8,
    reason: "a client is created without a setting it needs",
  },
  {
    // The JVM given an empty heap size (an unset variable in the start script's -Xms$X).
    id: "jvm-empty-heap-size",
    category: "MISSING_ENV_CONFIG",
    re: /Invalid (?:initial|maximum) heap size: -Xm[sx]$/,
    weight: 8,
    reason: "the JVM's heap size option is empty",
  },
  {
    // A variable that names a file to read its value from, and the file is not there (Directus' _FILE variables).
    id: "env-file-value-unreadable",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`Failed to read value from file "[^"]+", defined in environment variable "${VAR}"`),
    variableGroup: 1,
    weight: 8,
    reason: "a variable names a file that cannot be read",
  },
  {
    // Strapi's session middleware without its keys, named by their configuration key.
    id: "strapi-app-keys",
    category: "MISSING_ENV_CONFIG",
    re: /App keys are required\. Please set ([\w.]+) in /,
    variableGroup: 1,
    weight: 9,
    reason: "the app's session keys are not set",
  },
  {
    // dbt without a usable profile.
    id: "dbt-profiles-empty",
    category: "MISSING_ENV_CONFIG",
    re: /The (profiles\.yml) file at \S+ is empty/,
    variableGroup: 1,
    weight: 8,
    reason: "the profiles file the tool reads is empty",
  },
  {
    // A JNDI resource the app looks up is not defined in the server's context.
    id: "jndi-not-bound",
    category: "MISSING_ENV_CONFIG",
    re: /NameNotFoundException: Name \[[\w/.:-]+\] is not bound in this Context/,
    weight: 8,
    reason: "a resource the app looks up is not configured in the server",
  },
  {
    // A TLS key or certificate file the configuration points at is not there.
    id: "tls-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /NoSuchFileException: \S+\.(?:key|pem|crt|cert|p12|pfx|jks)\b|ENOENT: no such file or directory, open '[^']+\.(?:key|pem|crt|cert|p12|pfx)'|FileNotFoundError: \[Errno 2\] No such file or directory: '[^']+\.(?:key|pem|crt|cert|p12|pfx)'/,
    weight: 8,
    reason: "a key or certificate file the configuration names is not there",
  },
  {
    // Celery given a broker URL it cannot use (often an empty variable).
    id: "celery-broker-url",
    category: "MISSING_ENV_CONFIG",
    re: /Unsupported broker URL:/,
    weight: 9,
    reason: "the broker URL setting is empty or malformed",
  },
  {
    // BullMQ refusing the Redis connection options it was given.
    id: "bullmq-redis-options",
    category: "MISSING_ENV_CONFIG",
    re: /BullMQ: Your redis options (\w+) must be/,
    variableGroup: 1,
    weight: 8,
    reason: "the Redis connection options do not fit the queue library",
  },
  {
    // Ory's services (Kratos, Hydra, Keto) refusing a configuration that does not validate, key by key.
    id: "ory-config-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /The configuration is invalid and could not be loaded\.".*\bconfig_key(?:\[\d+\])?=([\w.-]+)/,
    variableGroup: 1,
    weight: 8,
    reason: "the configuration does not validate",
  },
  {
    // An exception that names the variable it could not read ("KeyError: '... Env name: BOT_TOKEN'").
    id: "exception-names-env",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`(?:Error|Exception)\\b.*\\b[Ee]nv(?:ironment)?(?: [Vv]ar(?:iable)?)? name: ["'\`]?${VAR}\\b`),
    variableGroup: 1,
    weight: 8,
    reason: "an exception names the environment variable it could not read",
  },
  {
    // A configuration option the app requires, named by its key ("storage: 'encryption_key'
    // configuration option must be provided").
    id: "config-option-required",
    category: "MISSING_ENV_CONFIG",
    re: /(?:\b(\w+(?:\.\w+)*: '\w+') )?configuration option (?:must be provided|is required)\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a required configuration option is not set",
  },
  {
    // An app that cannot read the configuration file it names ("Cannot read file /app/config.ini",
    // "workspace.yaml not found", a Spring context file missing from the class path); build and
    // deploy descriptors are the build's, not the app's.
    id: "config-file-not-read",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:Cannot|Could not|Unable to|Failed to) (?:read|open|load) (?:the )?(?:config(?:uration)? )?file:? ['"]?(?:\S*\/)?([\w-]+\.(?:ini|ya?ml|toml|conf|cfg|properties))(?![\w.])|\b([\w-]+\.(?:ini|ya?ml|toml|conf|cfg|properties)) (?:was )?not found\b|\bfile not found: (?:\S*\/)?([\w-]+\.(?:ini|ya?ml|toml|conf|cfg|properties))$|\bcan't read (?:\S*\/)?([\w-]+\.(?:ini|ya?ml|toml|conf|cfg)): No such file or directory|class path resource \[([\w.-]+\.(?:xml|properties|ya?ml))\] cannot be opened because it does not exist/,
    // A file the app may not read is PERMISSION_AUTH's.
    unless:
      /Permission denied|EACCES|docker-compose|compose\.ya?ml|railway\.|fly\.toml|nixpacks\.toml|netlify\.toml|render\.ya?ml|pnpm-(?:workspace|lock)\.yaml|Cargo\.toml|pyproject\.toml|Chart\.yaml|values\.yaml|\.gitlab-ci|action\.ya?ml|app\.yaml|cloudbuild|buildspec|azure-pipelines|pubspec\.yaml|mkdocs\.yml|_config\.yml|\.github\//,
    variableGroup: 1,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "the app cannot read the configuration file it names",
  },
  {
    // PHP's require of a configuration script that is not there (a config.php the install writes).
    id: "php-config-script-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\brequire(?:_once)?\((?:\S*\/)?((?:config|settings|configuration|parameters|local)[\w.-]*\.php)\): [Ff]ailed to open stream: No such file or directory/,
    variableGroup: 1,
    weight: 8,
    reason: "the app requires a configuration script that is not there",
  },
  {
    // A setting named by its variable, and what its value must be ("DOMAIN variable needs to contain
    // the protocol", "TOTP_VAULT_KEY must exactly 32 bytes long"): set but malformed.
    id: "named-variable-must",
    category: "MISSING_ENV_CONFIG",
    re: /(?<![\w.$-])\$?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+) (?:variable )?(?:must|needs to) (?:be|exactly|contain|have|include|start|point|match)\b|(?<![\w.])([A-Z]{3,}[A-Z0-9]*) variable (?:must|needs to|should)\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a variable's value is not what the app requires",
  },
  {
    // A configuration file the app reads at start that is missing, a directory, or does not parse.
    id: "config-file-unreadable",
    category: "MISSING_ENV_CONFIG",
    re: /Error loading configuration from (\/\S+?): |could not open config file \(file ([^)\s]+)\)|Unable to find config(?:uration)? file:? ([^\s"']+)|failed to load configuration from \w+ file\(([^)\s]+)\)|error initializing configuration '([^']+)'|\bread ([^\s:]+\.(?:json|ya?ml|toml|conf|ini|env)): is a directory|adapting config using \w+: /,
    // A listener the config names that cannot bind, or a module the config names that is not built in, is the
    // port's or the build's (envoy-bind-refused, caddy-module-not-registered).
    unless: /cannot bind \x27|module not registered: /,
    variableGroup: 1,
    weight: 8,
    phaseWeight: { build: 0 },
    reason: "a configuration file the app reads at start is missing or does not parse",
  },
  {
    // A database driver named by the configuration is empty ("Unsupported driver name: ").
    id: "db-driver-name-empty",
    category: "MISSING_ENV_CONFIG",
    re: /Unsupported driver name: ?$/,
    weight: 8,
    reason: "the configured database driver is empty",
  },
  {
    // Contentful's client created without its credentials (the site's build reads them from variables).
    id: "contentful-parameter-missing",
    category: "MISSING_ENV_CONFIG",
    re: /Expected parameter (?:accessToken|space)\b/,
    weight: 8,
    reason: "a client is created without a setting it needs",
  },
  {
    // A Go service's config decoder naming a key it does not know (OpenTelemetry Collector, Loki).
    id: "config-unknown-key",
    category: "MISSING_ENV_CONFIG",
    // (Or inside a logfmt line that quotes the decoder's message with its newlines escaped.)
    re: /has invalid keys: ([\w.]+)|^(?:\S+\s+\|\s+)?line \d+: field (\w+) not found in type [\w.]+|\\n\s*line \d+: field (\w+) not found in type [\w.]+/,
    weight: 8,
    keyWeight: 10,
    variableGroup: 1,
    reason: "the configuration file has a key the service does not know",
  },
  {
    // Prometheus (and Go services like it) naming the configuration file it could not open or parse.
    id: "config-file-load-failed-named",
    category: "MISSING_ENV_CONFIG",
    re: /\bparsing YAML file \S*?([\w.-]+\.ya?ml): |\bcouldn't load configuration \([^)]*\): open \S*?([\w.-]+\.(?:ya?ml|json|toml)): no such file or directory|\bError loading config \(\S*config\.file=\S*?([\w.-]+\.(?:ya?ml|json|toml))\)/,
    // (A file the process may not read is a permission, not a missing setting.)
    unless: /: permission denied\b/i,
    variableGroup: 1,
    weight: 8,
    reason: "the configuration file the server loads is missing or does not parse",
  },
  {
    // Play in production without its application secret.
    id: "play-secret-not-set",
    category: "MISSING_ENV_CONFIG",
    re: /\b[Tt]?he application secret has not been set, and we are in prod mode\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the framework's secret is not configured",
  },
  {
    // Symfony's Dotenv unable to read the environment file the app loads.
    id: "dotenv-file-unreadable",
    category: "MISSING_ENV_CONFIG",
    re: /Dotenv\\Exception\\PathException: Unable to read the "[^"]*/,
    weight: 9,
    reason: "the app's environment file is missing or unreadable",
  },
  {
    // Kubernetes-style tools refusing an environment variable's value, naming it.
    id: "env-var-invalid-value",
    category: "MISSING_ENV_CONFIG",
    re: /Invalid value for (?:env(?:ironment)? var(?:iable)?) named ([A-Z][A-Z0-9_]*)\b/,
    variableGroup: 1,
    weight: 8,
    reason: "an environment variable has a value the app refuses",
  },
  {
    // Grafana's provisioning refusing one of its configuration files, named.
    id: "grafana-provisioning-config-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /(?:Datasource|Dashboard|Alerting|Plugin) provisioning error: ([\w.-]+\.ya?ml) config is invalid\b/,
    variableGroup: 1,
    weight: 8,
    reason: "a provisioning configuration file is invalid",
  },
  {
    // Streamlit without its secrets file.
    id: "streamlit-secrets-missing",
    category: "MISSING_ENV_CONFIG",
    re: /No secrets files? found\. Valid paths for a (secrets\.toml) file are\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the app's secrets file is missing",
  },
  {
    // Keycloak started in production without the TLS key it needs.
    id: "keycloak-https-key-material",
    category: "MISSING_ENV_CONFIG",
    re: /Key material not provided to setup HTTPS\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the server needs a TLS certificate and key that are not configured",
  },
  {
    // A framework's database connection without its DSN (Yii, Craft).
    id: "dsn-empty",
    category: "MISSING_ENV_CONFIG",
    re: /\bdsn cannot be empty\b/i,
    weight: 8,
    reason: "the database DSN setting is empty",
  },
  {
    // Rocket without a configuration table the app reads (databases, limits).
    id: "rocket-config-table-missing",
    category: "MISSING_ENV_CONFIG",
    re: /A table named `([\w.-]+)` was not found for this configuration\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the app's configuration lacks a table it reads",
  },
  {
    // SmallRye Config (Quarkus) without a required property.
    id: "smallrye-property-required",
    category: "MISSING_ENV_CONFIG",
    re: /The config property ((?:[\w.-]|"[^"\s]+")+) is required but it could not be found in any config source\b/,
    variableGroup: 1,
    weight: 9,
    reason: "a required configuration property has no value",
  },
  {
    // SvelteKit's $env modules without a variable the code imports.
    id: "sveltekit-env-not-exported",
    category: "MISSING_ENV_CONFIG",
    re: /"([A-Z][A-Z0-9_]*)" is not exported by "(?:virtual:)?\$?env\/(?:static|dynamic)\/(?:private|public)"/,
    variableGroup: 1,
    weight: 9,
    reason: "the code imports an environment variable that is not set at build time",
  },
  {
    // A client library refusing a connection URL it cannot parse (redis-rs).
    id: "url-did-not-parse",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:Redis|[Dd]atabase|Postgres|MySQL|Mongo(?:DB)?|AMQP|[Bb]roker|[Cc]onnection) URL did not parse\b/,
    weight: 8,
    reason: "a connection URL setting is malformed",
  },
  {
    // A framework refusing to start without a token or secret option (Slack's Bolt: appToken, signingSecret).
    id: "framework-token-option-missing",
    category: "MISSING_ENV_CONFIG",
    re: /You must provide (?:an? )?(?:appToken|token|signingSecret|clientSecret|clientId|apiKey|botToken)\b/,
    weight: 8,
    reason: "the framework needs a token or secret that is not configured",
  },
  {
    // A connection setting whose port is not a number: usually a whole URL in a PORT-like variable (Docker links' tcp://host:port).
    id: "connection-port-malformed",
    category: "MISSING_ENV_CONFIG",
    re: /invalid port number: "[^"]*"/,
    weight: 8,
    reason: "a connection setting has a malformed port",
  },
  {
    // An app's own check that an API key or secret is configured.
    id: "api-key-not-set",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:API[ _-]?key|access[ _-]?token|secret[ _-]?key|client[ _-]?secret)s? (?:is |are )?not (?:set|provided|configured)\b/i,
    weight: 7,
    reason: "the app says an API key or secret is not configured",
  },
  {
    // SmallRye Config (Quarkus) unable to expand a property's value: the setting it names is malformed.
    id: "smallrye-expand-failed",
    category: "MISSING_ENV_CONFIG",
    re: /Could not expand value [^\s]+ in property ([\w.-]+)/,
    variableGroup: 1,
    weight: 9,
    reason: "a configuration property's value refers to something that is not set",
  },
  {
    // Compose refusing to start a service whose env_file is not there.
    id: "compose-env-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /[Cc]ouldn't find env file: \S+|env file \S+ not found: stat /,
    weight: 8,
    reason: "the compose file names an env file that does not exist",
  },
  {
    // The official database images refusing to initialise without a password variable.
    id: "database-image-password-unset",
    category: "MISSING_ENV_CONFIG",
    re: /Database is uninitialized and (?:superuser password|password option) is not specified\b/,
    weight: 9,
    reason: "the database image needs a password variable that is not set",
  },
  {
    // ... and the variable it names on the lines under that (the key line stays the sentence above).
    id: "database-image-password-variable",
    category: "MISSING_ENV_CONFIG",
    re: /You must specify (POSTGRES_PASSWORD) to a non-empty value\b/,
    key: false,
    variableGroup: 1,
    weight: 9,
    reason: "the database image names the password variable it needs",
  },
  {
    // .NET's configuration without a section the app binds, and a CLI (clap) without a required
    // argument its environment variable should have supplied.
    id: "config-section-or-argument-missing",
    category: "MISSING_ENV_CONFIG",
    re: /Section '([\w:.-]+)' not found in configuration\b|^error: The following required arguments were not provided:$/,
    variableGroup: 1,
    weight: 8,
    reason: "a configuration section or required argument is missing",
  },
  {
    // Elixir reading an application environment key that no config sets.
    id: "elixir-app-env-missing",
    category: "MISSING_ENV_CONFIG",
    re: /could not fetch application environment :\w+ for application :\w+ because the application was not loaded nor configured/,
    weight: 9,
    reason: "the app reads a configuration key that no config sets",
  },
  {
    // Settings absent in a server's own words: fluent-bit's unset ${VAR}, WildFly's services that a
    // datasource definition should provide, Ktor without a port or a config file.
    id: "server-settings-absent",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `variable \\$\\{${VAR}\\} is used but not set|WFLYCTL0412: Required services that are not installed|Neither port nor sslPort specified\\..*\\b(application\\.conf)\\b`,
    ),
    variableGroup: 1,
    weight: 9,
    reason: "a setting the server needs is not set",
  },
  {
    // t3-env and similar listing the invalid variables in one line, and .NET's "Configuration
    // missing value for: X".
    id: "invalid-env-listed",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`Invalid environment variables: \\{ ?${VAR}:|Configuration missing value for: ([\\w:.-]+)`),
    variableGroup: 1,
    weight: 9,
    keyWeight: 10,
    reason: "the app lists a setting that is missing",
  },
  {
    // An app's own wrapper saying which setting could not be loaded from the environment.
    id: "setting-could-not-be-loaded",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`(?:setting|variable) ${VAR} could not be (?:loaded|found|read)\\b`),
    variableGroup: 1,
    weight: 9,
    keyWeight: 10,
    reason: "the app says which setting it could not load",
  },
  {
    // Typesafe Config (Ktor, Akka, Play) without a key the app reads.
    id: "typesafe-config-key-missing",
    category: "MISSING_ENV_CONFIG",
    re: /ConfigException\$Missing: (?:[\w.: -]+: )?No configuration setting found for key '([\w.-]+)'/,
    variableGroup: 1,
    weight: 9,
    reason: "the configuration has no value for a key the app reads",
  },
  {
    // A setting named as missing in a library's or app's own words (envalid's "Missing value for X",
    // "Missing required setting: X", Spring's "Required property 'x' not set", Rails unable to read
    // an adapter from DATABASE_URL).
    id: "setting-named-missing-more",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `Missing value for ${VAR}|[Yy]ou must set the ${VAR} env(?:ironment)? variable|must be (?:specified|set|provided) \\(variable ${VAR}\\)|Missing required (?:setting|config(?:uration)?(?: value)?|option)s?:? ["'\`]?${VAR}|Required property '([\\w.-]+)' not set|couldn't infer the database adapter from (DATABASE_URL)`,
    ),
    variableGroup: 1,
    weight: 9,
    reason: "a setting the app needs is named as missing",
  },
  {
    // A variable left unset, printed where its value should be: a user or an address "undefined". (A
    // host name "undefined" that does not resolve names no setting: DEPENDENCY_UNREACHABLE, 2 labels.)
    id: "unset-value-printed",
    category: "MISSING_ENV_CONFIG",
    re: /for user "undefined"|\b(?:listen|connect) E[A-Z]+:? (?:[\w ]+ )?undefined(?::\d+)?$/,
    weight: 10,
    reason: 'an unset setting reached the app as the text "undefined"',
  },
  {
    // A setting the app refuses to start with (a default secret), a kernel setting a server checks at
    // boot, and a config file the app names and cannot open.
    id: "setting-refused-at-boot",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `Refusing to start due to (?:an )?insecure ${VAR}|max virtual memory areas (vm\\.max_map_count) \\[\\d+\\] is too low|max file descriptors \\[\\d+\\] for elasticsearch process is too low|the default discovery settings are unsuitable for production use\\b|[Ee]rror opening config file=([\\w.-]+\\.(?:json|ya?ml|toml))|unable to load config file \\S*?([\\w.-]+\\.(?:json|ya?ml|toml)):|\\bno config file found\\b|memory locking requested for \\w+ process but memory is not locked`,
    ),
    variableGroup: 1,
    weight: 8,
    reason: "a setting the app needs at start is missing or refused",
  },
  {
    // Mix unable to load a config file at start (a build that lacks it is BUILD_CONFIG's, below).
    id: "mix-config-load-error",
    category: "MISSING_ENV_CONFIG",
    re: /Mix\.Config\.LoadError\) could not load config\b/,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "the app's config file cannot be loaded",
  },
  {
    // Settings absent in a framework's words: Prisma without a datasource URL, Flask without a
    // secret key, Elixir's PORT, a config file Mix cannot load, envconfig's conversion errors.
    id: "framework-settings-absent-more",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `Cannot create a Prisma Client without a datasource url\\b|no secret key was set\\b|expected the ${VAR} environment variable to be set\\b|envconfig\\.Process: assigning ${VAR} to\\b`,
    ),
    variableGroup: 1,
    weight: 8,
    reason: "a setting the app needs is missing or malformed",
  },
  {
    // @t3-oss/env's report lists each variable under "Invalid environment variables:" with what is
    // wrong ("DATABASE_URL: Required"): the variable's own line names the cause.
    id: "env-schema-variable-line",
    category: "MISSING_ENV_CONFIG",
    re: /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*): (?:Required|Invalid (?:url|input|enum value|email)|Expected \w+, received \w+|String must contain)/,
    requires: /Invalid environment variables/,
    variableGroup: 1,
    weight: 7,
    keyWeight: 9,
    reason: "the environment schema names the variable that is missing or invalid",
  },
  {
    // kubelet unable to build a container's environment from a Secret or ConfigMap that lacks the
    // key the spec names (CreateContainerConfigError): the key is the setting.
    id: "k8s-secret-key-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bcouldn't find key ([\w.-]+) in (?:Secret|ConfigMap) \S+/,
    variableGroup: 1,
    weight: 8,
    reason: "the Secret or ConfigMap lacks the key the container's environment names",
  },
  {
    // A variable named as missing in capitals ("Error: MISSING APP_WEBHOOK_SECRET!").
    id: "missing-named-variable",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:MISSING|Missing):? \$?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b(?! (?:file|module|package|directory|table|column))/,
    variableGroup: 1,
    weight: 8,
    reason: "the app names a variable that is missing",
  },
  {
    // A plugin's options validated at build ("spaceId: undefined - "spaceId" is required"): the option
    // is named, its variable is not.
    id: "plugin-option-required",
    category: "MISSING_ENV_CONFIG",
    re: /^(\w+): undefined - "\1" is required\b/,
    weight: 8,
    reason: "a plugin's required option is not set",
  },
  {
    // Python Lambda's JSON error for a KeyError on an environment variable ("errorMessage": "'X'").
    id: "lambda-keyerror-variable",
    category: "MISSING_ENV_CONFIG",
    re: /"errorMessage": "'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'"/,
    requires: /"errorType": "KeyError"/,
    variableGroup: 1,
    weight: 8,
    keyWeight: 9,
    reason: "the function read an environment variable that is not set",
  },
  {
    // A collector's configuration decoder naming the section it could not decode ("error decoding
    // 'exporters': ..."), under its summary "failed to get config".
    id: "config-section-decode-error",
    category: "MISSING_ENV_CONFIG",
    re: /\berror decoding '([\w.]+)': /,
    variableGroup: 1,
    weight: 8,
    keyWeight: 9,
    phaseWeight: { build: 0 },
    reason: "the configuration has a section the app cannot decode",
  },
  {
    // A host name that is still a template placeholder ("{{.runtime.db.host}}", "${DB_HOST}"): the
    // setting was never filled in, so the lookup of it fails.
    id: "host-is-unfilled-placeholder",
    category: "MISSING_ENV_CONFIG",
    re: /\bgetaddrinfo (?:for )?(?:\{\{|\$\{)|could not translate host name "(?:\{\{|\$\{)|\blookup (?:\{\{|\$\{)/,
    weight: 9,
    reason: "the host name is a template placeholder that was never filled in",
  },
  {
    // Ktor's configuration without a property the app reads ("Property jwt.secret not found.").
    id: "ktor-property-missing",
    category: "MISSING_ENV_CONFIG",
    re: /ApplicationConfigurationException: Property ([\w.-]+) not found\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the app's configuration lacks a property it reads",
  },
  {
    // "No environment variable found for PG_APP_DBNAME": the variable named is not set.
    id: "no-environment-variable-found",
    category: "MISSING_ENV_CONFIG",
    re: /\bNo (?:environment|env) variable (?:found|set|defined) for \$?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the app names a variable that is not set",
  },
  {
    // An app telling which configuration key to set ("Provide a JWT secret using `jwt_secret` key").
    id: "provide-setting-using-key",
    category: "MISSING_ENV_CONFIG",
    re: /\bProvide (?:a|an|the) [\w -]+ using\s+`([\w.]+)`\s+key\b/,
    variableGroup: 1,
    weight: 8,
    reason: "the app names the configuration key that is missing",
  },
  {
    // ejabberd's configuration using a macro it never defines.
    id: "config-macro-undefined",
    category: "MISSING_ENV_CONFIG",
    re: /\{undefined_macro,/,
    weight: 8,
    reason: "the configuration uses a macro it does not define",
  },
  {
    // A database URL in the wrong shape for its driver ("MySQL connection URLs must be in the form
    // `mysql://...`"): the setting is malformed.
    id: "database-url-shape",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:MySQL|Postgres(?:QL)?|database) connection URLs? must be in the form\b/i,
    weight: 9,
    reason: "the database URL is not in the form its driver needs",
  },
  {
    // An app refusing to run without the data volume its configuration must mount.
    id: "persistent-volume-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bNo persistent volume!/,
    weight: 8,
    reason: "the app runs without the persistent volume its setup must mount",
  },
  {
    // A tool that failed to find a variable it names ("Failed to find 'DATABASE_URL'", over Rust's
    // "environment variable not found" as its cause).
    id: "failed-to-find-variable",
    category: "MISSING_ENV_CONFIG",
    re: /\bFailed to find '([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/,
    variableGroup: 1,
    weight: 9,
    keyWeight: 10,
    reason: "the program names a variable it could not find",
  },
  {
    // A configuration loader (serde, figment) missing a field it requires ("Rocket config must
    // succeed: missing field `keys_internal_dir`"): the field is the setting.
    id: "config-missing-field",
    category: "MISSING_ENV_CONFIG",
    re: /\b[Cc]onfig(?:uration)?\b[^`']*: missing field `([\w.]+)`/,
    variableGroup: 1,
    weight: 9,
    reason: "the configuration lacks a field the app requires",
  },
  {
    // A configuration error printed as a Rust Debug value naming the file ("CreatedNewConfigHalt {
    // ..., path: "./config.toml" }"): the file the app reads was missing or unusable.
    id: "config-error-names-file",
    category: "MISSING_ENV_CONFIG",
    re: /\b\w*Config\w*\s*\{(?:[^{}]|\{[^{}]*\})*?\bpath: "(?:[^"]*\/)?([\w-]+\.(?:toml|ya?ml|json|ini))"/,
    variableGroup: 1,
    weight: 9,
    reason: "the app's configuration file is missing or unusable",
  },
  {
    // A settings file or database setting the app cannot find or parse at start (Go's config.yaml,
    // viper's parse errors, Laravel's unknown connection, Ecto's URL without a host or no URL).
    id: "settings-source-broken",
    category: "MISSING_ENV_CONFIG",
    re: /\bopen (?:\S*\/)?([\w.-]*(?:config|settings|conf)[\w.-]*\.(?:ya?ml|json|toml|ini)): no such file or directory|\bopen (?:\S*\/)?(?:config|configs|conf|settings)\/([\w.-]+\.(?:ya?ml|json|toml|ini)): no such file or directory|While parsing config: |Malformed configuration (?:JSON |YAML )?file found at\b|\bunknown config(?:uration)? (?:name|key|option|parameter):? \w|\b[Cc]onfig(?:uration)? file not found\b(?!,? (?:using|continuing|falling))|FileNotFoundError: \[Errno 2\] No such file or directory: '[^']*(?:config|settings|conf)[\w.-]*\.(?:ya?ml|json|toml|ini)'|Database connection \[\w+\] not configured\b|Ecto\.InvalidURLError\)? invalid url\b|missing :url option on Ecto adapter/,
    variableGroup: 1,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "the settings the app reads at start are missing or do not parse",
  },
  {
    // A connection string without its host, and Spring Boot's config location that is not there.
    id: "connection-or-config-location-empty",
    category: "MISSING_ENV_CONFIG",
    re: /\bHost can't be null\b|\b[Aa] connection string was not found\b|Port could not be cast to integer value\b|\b[Ii]nvalid (?:database|db|redis|mongo(?:db)?|connection) (?:url|uri|URL|URI|string)\b|Config data location '[^']+' does not exist|The "(?:url|uri|connectionString|host|dsn)" argument must be of type string\. Received undefined|invalid value for parameter "sslmode"|\bInvalid DSN\b|URL must specify one of the following ?schemes\b|IDX10703: .*key length is zero/,
    weight: 8,
    reason: "the connection string or config location the app was given is empty or wrong",
  },
  {
    // A key or config file the app reads at start that does not parse: Laravel's APP_KEY of the
    // wrong length, a YAML config file with a syntax error.
    id: "config-value-unparsable",
    category: "MISSING_ENV_CONFIG",
    re: /Unsupported cipher or incorrect key length\b|The only supported ciphers are .* with the correct key lengths\b|No supported encrypter found\. The cipher and \/ or key length are invalid\b|\.ya?ml:\d+: .*\(Psych::SyntaxError\)/,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "a key or configuration file the app reads does not parse",
  },
  {
    // A credential setting that does not parse (a private key pasted without its newlines, a
    // service-account JSON that is empty), and Django's production hosts left unset.
    id: "credential-setting-malformed",
    category: "MISSING_ENV_CONFIG",
    re: /Failed to parse (?:private key|service account(?: json)?(?: file)?)\b|You must set settings\.ALLOWED_HOSTS if DEBUG is False/,
    weight: 8,
    reason: "a setting the app needs is malformed or unset",
  },
  {
    // A named setting whose value the app refuses ("PASSWORD_ITERATIONS should be at least 100000").
    id: "var-value-out-of-range",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `(?:^|:\\s|["'])${VAR} (?:should|must) be (?:at least|at most|between|one of|greater than|less than|a valid)\\b|\\bproperty ${VAR} has failed the following constraints\\b`,
    ),
    variableGroup: 1,
    weight: 8,
    reason: "a setting has a value the app does not accept",
  },
  {
    // A framework with no settings for the environment it runs in: Rails' database.yml without a
    // production entry, Elixir's application environment without a key, .NET without a named
    // connection string.
    id: "environment-settings-absent",
    category: "MISSING_ENV_CONFIG",
    re: /AdapterNotSpecified: '\w+' database is not configured\b|could not fetch application environment :\w+ for application :\w+ because configuration at :\w+ was not set|No connection string named '[^']+' could be found\b/,
    weight: 9,
    reason: "the app has no setting for something it needs in this environment",
  },
  {
    // .NET starting without its configuration file ("The configuration file 'appsettings.json' was
    // not found and is not optional", a FileNotFoundException for it).
    id: "dotnet-config-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /Could not find file '(?:[^']*\/)?(appsettings[\w.]*\.json)'|The configuration file '([^']+)' was not found and is not optional/,
    variableGroup: 1,
    weight: 9,
    reason: "the app's configuration file is not in the image",
  },
  {
    // HikariCP given a database URL without its "jdbc:" scheme (a platform's postgres:// URL used as-is).
    id: "jdbc-url-rejected",
    category: "MISSING_ENV_CONFIG",
    re: /claims to not accept jdbcUrl\b/,
    weight: 9,
    reason: "the database URL is not in the JDBC form the driver accepts",
  },
  {
    // An SDK refusing to start without its key, in its own camelCase words (Clerk's "Missing
    // publishableKey", "Neither apiKey nor config.authenticator provided").
    id: "sdk-key-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bMissing (?:publishable|secret|api|access|signing)[ _]?[Kk]ey\b|\bNeither \w*(?:[Kk]ey|[Tt]oken)\b nor [\w.]+ (?:was )?provided\b/,
    weight: 8,
    reason: "a client library was started without the key its settings should give it",
  },
  {
    // A settings reader naming two variables of which one must be given (Flask-SQLAlchemy's
    // "Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' must be set.").
    id: "either-setting-must-be-set",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`\\bEither ["'\`]?${VAR}["'\`]? or ["'\`]?[A-Z][A-Z0-9_]+["'\`]? must be (?:set|provided|given)`),
    variableGroup: 1,
    weight: 8,
    reason: "none of the settings the app needs was given",
  },
  {
    // A connection string without a scheme: the variable holding it is empty or malformed
    // (the MongoDB driver's "Invalid scheme, expected connection string to start with").
    id: "connection-string-scheme",
    category: "MISSING_ENV_CONFIG",
    re: /Invalid scheme, expected connection string to start with\b|Invalid connection string(?: format)?\b|\bInvalid mongo ?URI\b/i,
    weight: 8,
    reason: "the connection string the app was given is empty or malformed",
  },
  {
    // A client library's constructor given no URL or key ("supabaseUrl is required.").
    id: "client-option-required",
    category: "MISSING_ENV_CONFIG",
    re: /\b[a-z]+(?:Url|URL|Uri|Key|Token|Secret)\b is required\b/,
    weight: 7,
    reason: "a client was created without the URL or key its settings should give it",
  },
  {
    id: "env-var-invalid-option",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`invalid (?:option|value) for the environment variable ["'\`]?${VAR}`),
    variableGroup: 1,
    weight: 8,
    reason: "an environment variable has a value the app does not accept",
  },
  {
    // The app's own configuration file failing to parse or validate at start.
    id: "app-config-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /^failed parsing config: (?:\S*\/)?([\w.-]+\.(?:ya?ml|json|toml)) does not exist\b|^failed parsing config: \S+: |\bConfiguration error: (?:Source|Sink|Transform) "[^"]*": ([a-z_]\w*) "[^"]*" does not exist\b|\bConfiguration error: .*\bno variants for key `([\w.]+)`|\bConfiguration error: (?:([\w.]+) not configured\b)?|(?:^|:\s)\/?[\w./-]+\.conf:\d+:\d+: /,
    // The file it names as missing, or a key it names as not configured, is the setting to set.
    variableGroup: 1,
    phaseWeight: { build: 0 },
    weight: 8,
    reason: "the app's configuration is invalid",
  },
  {
    // bash under `set -u` (or ${X:?}) reading a variable that is not set; dash says "parameter not set".
    id: "shell-unbound-variable",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`: ${VAR}: (?:unbound variable|parameter (?:null or )?not set)`),
    variableGroup: 1,
    weight: 8,
    reason: "the entrypoint script reads a variable that is not set",
  },
  {
    // Settings the app refuses to start without, in the words of the framework that reads them.
    id: "framework-setting-missing",
    category: "MISSING_ENV_CONFIG",
    re: /no \w+ setting (?:was )?provided|You must configure (?:a|an|the) :\w+ for :\w+|failed to load configuration: .*invalid config|^Error: Configuration file does not exist\b|configuration file "[^"]+" not found/,
    weight: 9,
    reason: "the app is missing a setting or configuration file it needs",
  },
  {
    // A .env file the app loads at start is not in the image (godotenv's "Error loading .env file").
    id: "dotenv-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /open \S*\.env: no such file or directory|Error loading \.env file/,
    // The app saying it carries on without the file ("relying on process environment", "Support for .env file is disabled").
    unless: /\b(?:relying on|continuing|falling back|using (?:the )?(?:system|process|default|OS)|is disabled)\b/i,
    weight: 8,
    reason: "the app loads its settings from a .env file that is not there",
  },
  {
    // Spring Boot binding a configuration property whose value is missing or of the wrong form.
    id: "spring-property-bind",
    category: "MISSING_ENV_CONFIG",
    re: /Failed to bind properties under '[\w.[\]-]+'/,
    weight: 8,
    reason: "a configuration property (often from an environment variable) is missing or malformed",
  },
  {
    // A framework naming a configuration key it needs ("Missing auth.secret. Please set auth.secret
    // in config/admin.js"; Micronaut's "Error resolving field value [x.y]"; next-auth's NO_SECRET;
    // Django's "without having set the STATIC_ROOT setting").
    id: "config-key-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\bMissing [a-z]\w*(?:\.\w+)+\. Please (?:set|define|provide)\b|Error resolving field value \[[\w.-]+\]\. Property doesn't exist|\[MissingSecretError\]|Please define a `secret` in production|without having set the \w+ setting|You're using the staticfiles app without having\b/,
    weight: 8,
    reason: "the app names a configuration key it needs that is not set",
  },
  {
    // SQLAlchemy handed an empty database URL, or Heroku's legacy "postgres://" scheme it no longer accepts.
    id: "sqlalchemy-url-setting",
    category: "MISSING_ENV_CONFIG",
    re: /Could not parse SQLAlchemy URL from string|Can't load plugin: sqlalchemy\.dialects:postgres\b/,
    weight: 8,
    reason:
      "the database URL setting is empty or uses a scheme SQLAlchemy does not accept (postgres:// for postgresql://)",
  },
  {
    // An entrypoint's check of a variable's value ("ENCRYPTION_SECRET is not 32 characters long").
    id: "var-invalid",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `^${VAR}(?: environment variable)? (?:is not (?:\\d+ characters long|valid|a valid)|is invalid|has an invalid value|must be \\d+ characters)`,
    ),
    variableGroup: 1,
    weight: 7,
    reason: "an environment variable has a value the app rejects",
  },
  {
    // t3-env / zod printing each invalid variable on its own line under "Invalid environment variables".
    id: "env-validation-field",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`^${VAR}: \\[ ?['"](?:Required|Invalid[^'"]*|Expected [^'"]*)['"]`),
    requires: /Invalid environment variables/,
    variableGroup: 1,
    weight: 7,
    reason: "the environment validation names a variable that is missing or invalid",
  },
  {
    // A zod schema parsed over the environment, thrown raw: its issue list says an upper-case field
    // received undefined (the variable's name is the path element printed on the lines after it).
    id: "zod-env-undefined",
    category: "MISSING_ENV_CONFIG",
    re: /^(?:\S+\s+)?ZodError: \[$/,
    requires: [
      /^"received": "undefined",?$|^"message": "Invalid input: expected \w+, received undefined",?$/,
      /^"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+",?$/,
    ],
    weight: 8,
    reason: "an environment schema reports a variable that is not set",
  },
  {
    // The orchestrator cannot start the container: a secret or config map it injects as variables is missing.
    id: "orchestrator-secret-missing",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:secret|configmap) "[^"]+" not found/,
    weight: 8,
    reason: "a secret or config map the service's variables come from does not exist",
  },
  {
    id: "config-value-required",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:keys?|secrets?|tokens?|credentials?) (?:is|are) required\. Please set\b|ConfigurationError: .*\b(?:must be set|is required|is not set)\b/i,
    weight: 7,
    reason: "the app refuses to start without a configured secret",
  },
  {
    // An error naming a setting (a secret, key, token, certificate, connection string) that has no
    // value, in the app's own words: "`system.secret-key` MUST be set", "No server certificate was
    // specified", "The api key setting must not be empty".
    id: "setting-has-no-value",
    category: "MISSING_ENV_CONFIG",
    re: /(?:[Ee]rror|Exception|ERROR|FATAL)\b.*\b(?:setting|secret(?:[ _-]?key)?|api[ _-]?key|token|password|certificate|connection ?string|credentials?)[`'"]?\s+(?:MUST|must|should|needs to) (?:be (?:set|provided|specified|configured)|have a value|not be (?:empty|blank|null))\b|\b[Nn]o (?:server )?certificate was specified\b|\b(?:setting|secret|api[ _-]?key|connection ?string) (?:is|was) (?:not (?:set|configured|specified|provided)|missing|empty)\b/,
    weight: 7,
    reason: "the app names a setting it needs that has no value",
  },
  {
    id: "env-not-set",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `(?:[Ee]nvironment [Vv]ariable|[Ee]nv [Vv]ar(?:iable)?|\\benv)(?: (?:with )?(?:name|named|key))?[:\\s]+["'\`]?${VAR}["'\`]?\\s+(?:is\\s+)?(?:not set|missing|undefined|required|not defined|must be set|not found|is empty|empty)`,
    ),
    unless: DEFAULT_TAKEN,
    variableGroup: 1,
    weight: 9,
    reason: "a required environment variable is not set",
  },
  {
    id: "var-not-set",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `["'\`]?${VAR}["'\`]?(?: and [A-Z][A-Z0-9_]+)?(?: environment variables?| env vars?| variables?)? (?:is|was|are|were) (?:not set|missing|(?:an? )?required(?: variable\b)?|undefined|not defined|not provided|empty|missing or empty)`,
    ),
    // Compose's warning for an unset variable it interpolates: it goes on with "" (not a failure by itself).
    // Nor is an optional feature the app turns off for want of it ("SENTRY_DSN is not set. Disabling reporting.").
    unless: new RegExp(
      `Defaulting to a blank string|(?:not set|missing|empty)[.,;] (?:disabling|skipping)\\b|${DEFAULT_OR_JAVA_NOTICE.source}`,
      "i",
    ),
    variableGroup: 1,
    weight: 8,
    reason: "a required environment variable is not set",
  },
  {
    // The same without a verb, when the variable starts the message ("Error: ENCRYPTION_KEY not set",
    // "ValueError: SECRET_KEY must be set in production").
    id: "var-not-set-bare",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `(?:^|:\\s|\\) )["'\`]?\\$?${VAR}["'\`]? (?:(?:key|variable|configuration option|config option|setting) )?(?:is )?(?:not set|missing|required|must be (?:set|provided)|not found\\. Declare it as envvar)\\b`,
    ),
    unless: DEFAULT_OR_JAVA_NOTICE,
    variableGroup: 1,
    weight: 8,
    reason: "a required environment variable is not set",
  },
  {
    id: "missing-env-list",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `(?:[Mm]issing|[Rr]equired|[Uu]ndefined|[Uu]nset)(?: required)? (?:[Ee]nvironment|[Ee]nv) [Vv]ariables?:?\\s*["'\`]?${VAR}`,
    ),
    unless: DEFAULT_TAKEN,
    variableGroup: 1,
    weight: 9,
    reason: "a required environment variable is not set",
  },
  {
    id: "env-not-found",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`Environment variable not found:?\\s*["'\`]?${VAR}`),
    variableGroup: 1,
    weight: 9,
    reason: "the configuration references an environment variable that is not set",
  },
  {
    id: "missing-named-var",
    category: "MISSING_ENV_CONFIG",
    re: /\b[Mm]issing:? ["'`]?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/,
    variableGroup: 1,
    weight: 7,
    reason: "a required environment variable is not set",
  },
  {
    id: "py-keyerror-env",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(`\\bKeyError: ['"](?!PEP517_BUILD_BACKEND['"])${VAR}['"]`),
    variableGroup: 1,
    weight: 7,
    reason: "the code read an environment variable that is not set",
  },
  {
    // Ruby's ENV.fetch for a variable that is not set.
    id: "rb-env-fetch",
    category: "MISSING_ENV_CONFIG",
    // Ruby prints it as "KeyError: key not found" or, uncaught, as "`fetch': key not found: "X" (KeyError)".
    re: new RegExp(`\\bKeyError: key not found: "${VAR}"|\\bkey not found: "${VAR}" \\(KeyError\\)`),
    variableGroup: 1,
    weight: 8,
    reason: "the code fetched an environment variable that is not set",
  },
  {
    // Rails reading its encrypted credentials with a master key that is absent or does not fit.
    id: "rails-master-key",
    category: "MISSING_ENV_CONFIG",
    re: /ActiveSupport::MessageEncryptor::InvalidMessage|ActiveSupport::EncryptedFile::MissingKeyError|EncryptedConfiguration::InvalidKeyLengthError|Missing encryption key to decrypt file|key must be 16 bytes|Rails\.application\.credentials.*\bnil\b/,
    weight: 9,
    reason: "the app's master key (RAILS_MASTER_KEY) is missing or does not decrypt its credentials",
  },
  {
    // A settings file the app loads at start (Rust's config crate, node-config, Viper) is not there.
    id: "settings-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /configuration file "[^"]+" not found|Config File "[^"]+" Not Found in|WARNING: No configurations found in configuration directory/,
    weight: 8,
    phaseWeight: { build: 4 },
    reason: "a configuration file the app reads at start is missing",
  },
  {
    // Structural: a KeyError whose stack runs through the environment mapping (os.environ), whatever the key looks like.
    id: "py-keyerror-environ-frame",
    category: "MISSING_ENV_CONFIG",
    re: /\bKeyError: ['"]([^'"]+)['"]/,
    // (A WSGI server's environ dict, "environ['socketio']", holds request keys, not variables.)
    requires: /os\.py", line \d+, in __getitem__|\bos\.environ\[|(?<![\w.])environ\[(?!['"][a-z])/,
    variableGroup: 1,
    weight: 7,
    reason: "the stack shows an environment lookup for a key that is not set",
  },
  {
    // A required value of the configuration (input, attribute, setting, secret) reported absent, named or not.
    id: "required-value-absent",
    category: "MISSING_ENV_CONFIG",
    re: /\b(?:[Ii]nput|[Aa]ttribute|[Pp]arameter|[Ss]etting|[Oo]ption|[Ss]ecret|[Cc]redential)s?\b.{0,24}?\b(?:required and not (?:supplied|provided|set)|(?:is|was|are) not (?:specified|supplied|provided|set)\b)/,
    unless: /\bin type\b|error TS\d|Property '/,
    weight: 7,
    reason: "a value the configuration requires was not supplied",
  },
  {
    // Structural, whatever the word order: one line that names an UPPER_SNAKE variable, says it is an
    // environment variable, and says something is absent ("must be set ... by setting the X environment
    // variable", "Did not find X, please add an environment variable", "key is missing ... or the X
    // environment variable").
    id: "env-var-named-absent",
    category: "MISSING_ENV_CONFIG",
    re: /^(?=.*\b(?:[Ee]nvironment [Vv]ariable|[Ee]nv [Vv]ar(?:iable)?)s?\b)(?=.*\b(?:[Mm]issing|not set|must be set|[Dd]id not find|not found|not provided|not specified|[Pp]lease (?:specify|set|provide|define)|is required|necessary to set|empty|undefined)\b).*?\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/,
    unless: DEFAULT_OR_JAVA_NOTICE,
    variableGroup: 1,
    weight: 8,
    reason: "an error names an environment variable that is not set",
  },
  {
    id: "env-vars-missing-unnamed",
    category: "MISSING_ENV_CONFIG",
    re: /^(?:[Mm]issing|[Uu]ndefined|[Uu]nset) (?:required )?[Ee]nv(?:ironment)? [Vv]ariables?:$|\b(?:[Ee]nv(?:ironment)?|[Cc]onfig(?:uration)?) (?:variables?|vars?|values?|settings?)(?: \w+)? (?:are |is |were )?(?:missing|not set|not defined|undefined)\b/,
    unless: DEFAULT_OR_JAVA_NOTICE,
    weight: 7,
    reason: "the app reports environment variables missing",
  },
  {
    // Structural: an exception raised while the configuration was being loaded, saying a value is absent.
    // The exception header is then the key line, and the cause is the environment, not the code.
    id: "config-load-exception",
    category: "MISSING_ENV_CONFIG",
    re: /^\*\* \([\w.]+\)|(?:^|\s)(?:[\w$]+[.:]{1,2})*[A-Z]\w*(?:Error|Exception)(?: \[\w+\])?: \S/,
    requires: [
      /Settings\(\)|pydantic_settings|env_settings|BaseSettings|Config\.Reader|Config provider|runtime\.exs|System\.(?:get_env|fetch_env)|\bgetenv\b|os\.environ|\bsettings\.py\b/,
      /Field required \[type=missing|type=value_error\.missing|\bfield required\b|\(nil\)|\bgot nil\b|\bis missing\b|\bnot set\b(?!.*\bdefault\b)/,
    ],
    unless: /^(?:ModuleNotFoundError|ImportError)\b/,
    weight: 8,
    reason: "an exception was raised while loading the configuration, for a value that is absent",
  },
  {
    id: "config-file-missing",
    category: "MISSING_ENV_CONFIG",
    re: /ENOENT: no such file or directory, open '[^']*\/((?:[\w.-]*(?:config|settings)[\w.-]*\.(?:json|ini|conf))|[\w.-]+\.(?:ya?ml|toml))'|ENOENT: no such file or directory, open '[^']*(?:\.env\b|secret|credential|config|settings|\.pem'|\.key')[^']*'/i,
    // A configuration file is named by its file name (guide: `appsettings.json`); a .env file or a key is not a variable.
    // (Yarn's own files under ~/.config/yarn are the package manager's, not the app's.)
    unless: /\/\.config\/yarn\//,
    variableGroup: 1,
    weight: 6,
    reason: "a configuration or secret file the app reads at start does not exist",
  },
  {
    id: "environ-lookup",
    category: "MISSING_ENV_CONFIG",
    re: /os\.environ\[|self\.ENVIRON\[|environ\.py|process\.env\./,
    weight: 1,
    key: false,
    reason: "the failure happened while reading the environment",
  },
  {
    id: "improperly-configured",
    category: "MISSING_ENV_CONFIG",
    re: new RegExp(
      `(?:ImproperlyConfigured: )?(?:Set the ${VAR} environment variable|The ${VAR} setting must not be empty)`,
    ),
    // The traceback's quoted source of the raise comes before the exception line itself.
    unless: /^raise /,
    variableGroup: 1,
    weight: 9,
    reason: "a required setting is empty",
  },
  {
    id: "env-schema",
    category: "MISSING_ENV_CONFIG",
    re: /Invalid environment variables|Missing required (?:environment )?(?:variables|configuration)|config validation error|required key [A-Z_]+ missing value/i,
    weight: 7,
    reason: "environment validation failed",
  },
  {
    id: "framework-secret",
    category: "MISSING_ENV_CONFIG",
    re: /Missing `secret_key_base`|Missing `secret_token` and `secret_key_base`|No application encryption key has been specified|secret_key_base.*(?:missing|empty)|`secret_key_base` for \w+ environment must be\b|expects conn\.secret_key_base to be set\b/,
    weight: 9,
    reason: "the framework's secret key is not configured",
  },
  {
    // Prisma reading a datasource URL from the environment that is not a database URL (empty, quoted, wrong scheme).
    id: "datasource-url-invalid",
    category: "MISSING_ENV_CONFIG",
    re: /Error validating datasource `\w+`: the URL must start with the protocol/,
    weight: 8,
    reason: "the database URL in the environment is missing or malformed",
  },
  {
    id: "spring-placeholder",
    category: "MISSING_ENV_CONFIG",
    re: /Could not resolve placeholder '([\w.-]+)'|Could not resolve placeholder \$\{([\w.-]+)\}/,
    variableGroup: 1,
    // Above the generic exception signals that fire on the same line: Spring says which value is absent.
    weight: 9,
    reason: "a configuration placeholder has no value",
  },
  {
    // pydantic's BaseSettings (and similar) reading the environment: a required setting is missing or empty.
    id: "settings-validation",
    category: "MISSING_ENV_CONFIG",
    re: /\d+ validation errors? for \w*(?:Settings|Config|Credentials)\b|(?:load|read|parse|validating) config(?:uration)?: .*Error:Field validation for '\w+' failed on the '\w+' tag/,
    weight: 7,
    reason: "the app's settings, read from the environment, failed validation",
  },
  {
    id: "undefined-config",
    category: "MISSING_ENV_CONFIG",
    re: /must be a string, got "?undefined"?|Invalid value "undefined" for header|client password must be a string|Invalid URL.*(?:undefined|input: '')|input: 'undefined'|^input: '\$\{[A-Z][A-Z0-9_]*\}'|connection string.*(?:undefined|empty)|secretOrPrivateKey must have a value|secret or public key must be provided/i,
    weight: 6,
    reason: "a configuration value read from the environment is undefined",
  },
];

const PORT_BINDING_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- PORT_BINDING
  {
    // Envoy refused a privileged port for a listener in its configuration (its critical line, which the
    // bare "cannot bind" it prints on exit repeats).
    id: "envoy-bind-refused",
    category: "PORT_BINDING",
    re: /\berror initializing configuration \x27[^\x27]+\x27: cannot bind \x27[^\x27]+\x27: Permission denied\b/,
    weight: 9,
    reason: "the server may not bind the port it is configured for",
  },
  {
    // unicorn given a listen address it cannot parse (a relative socket path).
    id: "unicorn-bind-unparsed",
    category: "PORT_BINDING",
    re: /\bDon\x27t know how to bind: \S+/,
    weight: 8,
    reason: "the server was given a listen address it cannot use",
  },
  {
    // gunicorn reading a bind address it cannot split into host and port (an IPv6 address without brackets).
    id: "bind-not-valid-port",
    category: "PORT_BINDING",
    re: /^Error: '[^']+' is not a valid port number\.$/,
    weight: 8,
    reason: "the bind address the server was given has no valid port",
  },
  {
    // A server unable to bind its socket (Murmur).
    id: "failed-to-bind-socket",
    category: "PORT_BINDING",
    re: /\bFailed to bind (?:UDP|TCP) [Ss]ocket to \S+:\d+/,
    weight: 7,
    reason: "the server could not bind its port",
  },
  {
    // ClickHouse told to listen on IPv6 on a host without it.
    id: "listen-host-address-family",
    category: "PORT_BINDING",
    re: /\bCannot resolve listen_host \([^)]*\), error -?\d+: Address family for hostname not supported\b/,
    weight: 8,
    reason: "the listen address is of a family the host does not support",
  },
  {
    // php-fpm's listen address it cannot parse.
    id: "php-fpm-invalid-listen-port",
    category: "PORT_BINDING",
    re: /\bERROR: invalid port value '/,
    weight: 7,
    reason: "the listen address is malformed",
  },
  {
    // Kestrel given a URL with a path to listen on (ASPNETCORE_URLS with a path base).
    id: "kestrel-url-with-path-base",
    category: "PORT_BINDING",
    re: /\bA path base can only be configured using IApplicationBuilder\.UsePathBase\(\)/,
    weight: 7,
    reason: "the listen URL carries a path, which Kestrel cannot bind",
  },
  {
    // ClickHouse unable to listen on an address (IPv6 on a host without it, a port in use).
    id: "clickhouse-listen-failed",
    category: "PORT_BINDING",
    re: /\bListen \[[^\]]*\]:\d+ failed\b/,
    weight: 8,
    reason: "the server could not listen on its address",
  },
  {
    // Jetty's connector failing to bind, in any language's wording of the BindException (the connector's line keys).
    id: "jetty-connector-bind-failed",
    category: "PORT_BINDING",
    re: /FAILED \w*Connector@[\w{}./:-]+: java\.net\.BindException: /,
    keyWeight: 10,
    weight: 9,
    reason: "the server could not bind its port",
  },
  {
    // HAProxy unable to bind a frontend's address (taken, or not an address the host has).
    id: "haproxy-cannot-bind",
    category: "PORT_BINDING",
    re: /Starting (?:frontend|proxy|backend) [\w.-]+: cannot (?:bind socket|create listening socket) \[[^\]]+\]/,
    weight: 9,
    reason: "the proxy could not listen on the address it was given",
  },
  {
    // Twisted unable to listen on the address it was given (taken, or not an address the host has).
    id: "twisted-cannot-listen",
    category: "PORT_BINDING",
    re: /\bCannotListenError: Couldn\x27t listen on \S+: /,
    weight: 9,
    reason: "the server could not listen on the address it was given",
  },
  {
    // nginx told to listen on an address the container does not have (IPv6 loopback where there is no IPv6).
    id: "nginx-bind-address-unavailable",
    category: "PORT_BINDING",
    re: /bind\(\) to \S+ failed \(99: Cannot assign requested address\)/,
    weight: 9,
    reason: "the server listens on an address the container does not have",
  },
  {
    // Azure Container Apps' ingress port set to another port than the app listens on.
    id: "container-apps-target-port",
    category: "PORT_BINDING",
    re: /The TargetPort \d+ does not match the listening port \d+/,
    weight: 9,
    reason: "the platform's target port is not the port the app listens on",
  },
  {
    // Twisted's (daphne's) listener failing on the address it was given.
    id: "twisted-listen-failure",
    category: "PORT_BINDING",
    re: /\bListen failure: Couldn't listen on\b/,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 9,
    reason: "the server could not listen on the address it was given",
  },
  {
    // A clustered service unable to pick the address it advertises to its peers (no private IP, or
    // several): the bind or advertise address must be set.
    id: "advertise-address-undetermined",
    category: "PORT_BINDING",
    re: /\bno private IP found, explicit advertise addr not provided\b|\bFailed to get advertise address\b/,
    weight: 8,
    reason: "the service cannot tell which address to advertise to its peers",
  },
  {
    // Fly.io's check after a deploy: the app listens, but not where fly-proxy can reach it.
    id: "fly-listening-wrong-address",
    category: "PORT_BINDING",
    re: /\bThe app is listening on the incorrect address and will not be reachable by fly-proxy\b/,
    weight: 8,
    reason: "the app listens on an address the platform's proxy cannot reach",
  },
  {
    // gunicorn told to bind a host name it cannot bind here (a compose service name, not 0.0.0.0).
    id: "gunicorn-invalid-bind-address",
    category: "PORT_BINDING",
    re: /\[ERROR\] Invalid address: \('[^']*', \d+\)/,
    weight: 8,
    reason: "the server was told to bind an address it cannot listen on",
  },
  {
    // Bun refusing the port it was given (PORT set to something that is not a port).
    id: "bun-invalid-port",
    category: "PORT_BINDING",
    re: /^error: InvalidPort$/,
    weight: 7,
    reason: "the port the server was given is not valid",
  },
  {
    // Jetty's connector naming the address it could not bind, above the bare BindException.
    id: "jetty-connector-bind",
    category: "PORT_BINDING",
    re: /FAILED \w*Connector@[\d.]+:\d+: java\.net\.BindException: Address already in use/,
    weight: 8,
    keyWeight: 10,
    reason: "the port is already taken",
  },
  {
    // Kestrel refused the port it was told to listen on (a port below 1024 without privileges).
    id: "kestrel-bind-eacces",
    category: "PORT_BINDING",
    re: /UvException: Error -13 EACCES permission denied|SocketException \(13\): Permission denied/,
    requires: /Unable to start Kestrel/,
    weight: 8,
    reason: "the server may not listen on the port it was given",
  },
  {
    // MySQL or MariaDB unable to bind its socket or port.
    id: "mysqld-bind",
    category: "PORT_BINDING",
    re: /Can't start server ?: Bind on (?:unix socket|TCP\/IP port)\b/,
    weight: 8,
    reason: "the database server cannot bind its socket or port",
  },
  {
    // A server refused a privileged port by the OS (non-root user on :80): the listen port is the fix.
    id: "bind-permission-denied",
    category: "PORT_BINDING",
    re: /cannot bind socket \(Permission denied\)|Error -13 EACCES permission denied\) ---> Microsoft\.AspNetCore\.Server\.Kestrel\b/,
    weight: 9,
    reason: "the server may not bind that port as its user",
  },
  {
    // Netty (Akka remoting, Play) unable to bind its address and port.
    id: "netty-failed-to-bind",
    category: "PORT_BINDING",
    re: /ChannelException: Failed to bind to: \S+:\d+/,
    weight: 8,
    reason: "the server could not bind its address and port",
  },
  {
    // A listen address built from an injected service variable (Kubernetes' X_PORT=tcp://host:port).
    id: "listen-address-invalid",
    category: "PORT_BINDING",
    re: /invalid address - \S+, we expect a port\b/,
    weight: 8,
    reason: "the listen address is malformed",
  },
  {
    // ClickHouse starting no server: no listen host or port it can use.
    id: "clickhouse-no-servers-started",
    category: "PORT_BINDING",
    re: /No servers started \(add valid listen_host and '\w+_port'/,
    weight: 8,
    reason: "the server found no address and port to listen on",
  },
  {
    // Keycloak unable to open its management port on the host it was given.
    id: "keycloak-management-bind",
    category: "PORT_BINDING",
    re: /Unable to start the management interface on [\w.-]+:\d+/,
    weight: 8,
    reason: "the server could not listen on its management address",
  },
  {
    // Rust's "os error 99" from a server that binds: the address is not one this host has.
    id: "rust-bind-addr-not-available",
    category: "PORT_BINDING",
    re: /Cannot assign requested address \(os error 99\)|kind: AddrNotAvailable\b/,
    unless: /\bconnect|\bdial\b/i,
    weight: 7,
    reason: "the server binds an address this host does not have",
  },
  {
    // Telegram refusing a webhook on a port it does not serve (80, 88, 443, 8443).
    id: "telegram-webhook-port",
    category: "PORT_BINDING",
    re: /Bad webhook: webhook can be set up only on ports\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the webhook is set on a port Telegram does not allow",
  },
  {
    // Gradio's scan of a port range that is all taken (the failed bind above it, when shown, says more).
    id: "port-range-exhausted",
    category: "PORT_BINDING",
    re: /Cannot find empty port in range\b/,
    weight: 9,
    keyWeight: 8.5,
    reason: "every port of the range the server tries is taken",
  },
  {
    // Erlang's bare :eaddrinuse in a crash report; a server's own sentence about the port, when the
    // log has one ("Running X with Cowboy on port 4000 (http) failed, port already in use"), says more.
    id: "erlang-eaddrinuse",
    category: "PORT_BINDING",
    re: /:eaddrinuse\b|Failed to start socket listener: Eaddrinuse\b|\{listen_error,[^,{}]+,eaddrinuse\}|\{error,eaddrinuse\}/,
    weight: 8,
    reason: "the port is already taken",
  },
  {
    // A server refused a port it may not use (below 1024 without privileges).
    id: "port-bind-refused",
    category: "PORT_BINDING",
    re: /Unable to bind to port \d+: Permission denied/,
    weight: 8,
    reason: "the app may not bind the port it asked for",
  },
  {
    // OpenShift's account of a start that never bound its port.
    id: "port-not-available",
    category: "PORT_BINDING",
    re: /failed to start \(port \d+ not available\)/,
    weight: 8,
    reason: "the app never listened on the port the platform expects",
  },
  {
    // Docker publishing a container port the host cannot give it (taken, or not allowed).
    id: "docker-publish-failed",
    category: "PORT_BINDING",
    re: /driver failed programming external connectivity|Error starting userland proxy/,
    weight: 8,
    // Docker's own account, above the wrapped tail ("...: bind: permission denied") a bind rule reads.
    keyWeight: 10,
    reason: "Docker could not publish the port on the host (in use, or not permitted)",
  },
  {
    // The port setting is empty or not a number (unset: NaN, None, a host with no port after the colon);
    // a literal "$PORT" is port-not-expanded's (the start command is not run by a shell).
    id: "port-not-a-number",
    category: "PORT_BINDING",
    re: /'(?:[^'$]*:|None)?' is not a valid port number|Invalid value for '-{2}port': '(?:None|)' is not a valid integer|ERR_SOCKET_BAD_PORT|options\.port should be >= 0 and < 65536\. Received (?:NaN|type string)/,
    weight: 8,
    reason: "the port the server was given is empty or not a number",
  },
  {
    // The listen address is malformed (Go: a bare port without ":" from PORT=8080).
    id: "listen-address-malformed",
    category: "PORT_BINDING",
    re: /listen tcp\d?: address \S+: (?:missing port in address|too many colons in address)/,
    weight: 9,
    reason: 'the listen address is malformed (a port needs a leading colon: ":$PORT")',
  },
  {
    // gunicorn giving up on its bind address after retries.
    id: "gunicorn-cannot-bind",
    category: "PORT_BINDING",
    re: /Can't connect to \(['"][^'"]*['"], \d+\)/,
    weight: 8,
    reason: "the server could not bind its address (in use or not available)",
  },
  {
    id: "eaddrinuse",
    category: "PORT_BINDING",
    re: /\bEADDRINUSE\b|listen EADDRNOTAVAIL|[Aa]ddress already in use|bind: cannot assign requested address|\b[Pp]ort \d+ (?:(?:is|was) )?already in use|\b[Pp]ort '\d+' is in use\b|failed, port already in use\b|PortInUseException|[Tt]he port may already be in use|[Tt]he port is already in use|[Oo]nly one usage of each socket address|error while attempting to bind on address|\bAddress [\w.:\[\]]+:\d+ is already in use\b|\bConnection in use: \(|\b[Pp]ort \d+ is in use\b|\bdistribution port \d+ in use by another node\b/,
    weight: 9,
    reason: "the port is already taken",
  },
  {
    id: "listen-eacces",
    category: "PORT_BINDING",
    re: /listen EACCES|bind(?:\(\))?: permission denied|Permission denied.*\b(?:bind|port (?:80|443))\b|SocketException \(13\): Permission denied/i,
    weight: 9,
    reason: "the app tries to listen on a privileged port instead of $PORT",
  },
  {
    id: "heroku-r10",
    category: "PORT_BINDING",
    re: /failed to bind to \$PORT|Error R10|No open (?:HTTP )?ports? detected|failed to bind to (?:address|port)|instance refused connection|not listening on the expected address/i,
    weight: 9,
    reason: "the process never listened on $PORT",
  },
  {
    id: "loopback-listen",
    category: "PORT_BINDING",
    re: /(?:listening|running|started|serving|bound|Listening at|Uvicorn running|server started)\b.*\b(?:on|at)\b:?\s*(?:(?:https?|tcp):\/\/)?(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+|\b)|\bhas launched from https?:\/\/(?:127\.0\.0\.1|localhost)\b|^=> address: (?:127\.0\.0\.1|localhost)$/i,
    weight: 5,
    phaseWeight: { build: 0 },
    // A CI job that starts the app and waits on localhost for it (wait-on) means to listen there.
    unlessLog: /\bwait-on\b/,
    reason: "the server listens on loopback only, unreachable from outside the container",
  },
  {
    id: "app-failed-respond",
    category: "PORT_BINDING",
    re: /Application failed to respond/,
    weight: 2,
    reason: "the edge could not reach the app (often the wrong port)",
  },
];

const OUT_OF_MEMORY_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- OUT_OF_MEMORY
  {
    // Postgres' shared memory (/dev/shm) too small for a query.
    id: "postgres-shm-too-small",
    category: "OUT_OF_MEMORY",
    re: /\bcould not resize shared memory segment \S+ to \d+ bytes: No space left on device\b/,
    weight: 8,
    reason: "the shared memory the database needs is too small",
  },
  {
    // Postgres' postmaster outliving a backend the kernel killed (like a pool worker, guide case 10).
    id: "postgres-backend-killed-9",
    category: "OUT_OF_MEMORY",
    re: /\bserver process \(PID \d+\) was terminated by signal 9: Killed\b/,
    weight: 8,
    keyWeight: 9,
    reason: "the kernel killed a database process, almost always for memory",
  },
  {
    // PM2 restarting a process over its memory limit.
    id: "pm2-max-memory-restart",
    category: "OUT_OF_MEMORY",
    re: /\brestarted because it exceeds \S*max-memory-restart value\b/,
    weight: 9,
    keyWeight: 10,
    reason: "the process manager restarted the app over its memory limit",
  },
  {
    // npm reporting the process it started killed by SIGKILL while npm itself lived (guide case 10).
    id: "npm-child-sigkill-runtime",
    category: "OUT_OF_MEMORY",
    re: /^npm (?:ERR!|error) signal SIGKILL$/,
    phaseWeight: { build: 0 },
    weight: 7,
    reason: "the app was killed by SIGKILL while npm lived on: the OOM killer",
  },
  {
    // A pool's worker killed by SIGKILL while the master lives on (php-fpm's child, nginx's worker; guide case 10).
    id: "pool-worker-sigkill",
    category: "OUT_OF_MEMORY",
    re: /\bchild \d+ exited on signal 9 \(SIGKILL\)|\bworker process \d+ exited on signal 9\b/,
    weight: 8,
    reason: "a pool worker was killed by SIGKILL while its master lived on: the OOM killer",
  },

  {
    // A supervisor's child killed by SIGKILL while the supervisor lives on (Druid's `supervise`, guide case 10).
    id: "supervised-child-sigkill",
    category: "OUT_OF_MEMORY",
    re: /\bCommand\[[\w-]+\] exited \(pid = \d+, signal = 9\)/,
    weight: 8,
    reason: "a supervised process was killed by SIGKILL while its supervisor lived on: the OOM killer",
  },
  {
    // docker events reporting the container's OOM.
    id: "docker-event-container-oom",
    category: "OUT_OF_MEMORY",
    re: /\bcontainer oom Container ID: /,
    weight: 8,
    reason: "the container ran out of memory",
  },
  {
    // The JVM unable to reserve the heap size it was given.
    id: "jvm-heap-reserve-failed",
    category: "OUT_OF_MEMORY",
    re: /Could not reserve enough space for (?:\d+[KMG]B )?object heap/,
    weight: 7,
    reason: "the JVM could not get the heap it was told to take",
  },
  {
    // A server that sizes its memory by thread count refusing to start with less (Dragonfly).
    id: "memory-per-thread-required",
    category: "OUT_OF_MEMORY",
    re: /There are \d+ threads, so [\d.]+ ?[KMGT]i?B are required\b|Max memory is less than \d+ ?[KMGT]i?B per thread\b/,
    weight: 8,
    reason: "the server needs more memory than it was given for its threads",
  },
  {
    // Ollama refusing a model larger than the memory it has.
    id: "model-larger-than-memory",
    category: "OUT_OF_MEMORY",
    re: /\bmodel request too large for system\b|\bmodel requires more system memory \([^)]*\) than is available\b/,
    weight: 8,
    reason: "the model needs more memory than the machine has",
  },
  {
    // A bare "Killed" at run time right after the app began loading a model or its weights: the
    // kernel's OOM killer (a platform stopping the app does not print it).
    id: "killed-loading-model",
    category: "OUT_OF_MEMORY",
    re: /^Killed$/,
    follows: /\b[Ll]oad(?:ing)? (?:the )?(?:model|checkpoint|weights)\b|Loading checkpoint shards\b/,
    weight: 7,
    reason: "the kernel killed the app while it loaded a model into memory",
  },
  {
    // App Engine's instance memory limit.
    id: "appengine-memory-limit",
    category: "OUT_OF_MEMORY",
    re: /Exceeded (?:soft|hard) (?:private )?memory limit (?:of|with) [\d.]+ ?MB/,
    weight: 9,
    reason: "the instance exceeded its memory limit",
  },
  {
    // A database refusing a query over its memory limit (ClickHouse).
    id: "query-memory-limit",
    category: "OUT_OF_MEMORY",
    re: /Memory limit \((?:for query|total|for user)\) exceeded\b/,
    weight: 9,
    reason: "a query exceeded the memory limit",
  },
  {
    // A model that does not fit the memory there is (vLLM's KV cache, Ollama's system memory).
    id: "model-does-not-fit-memory",
    category: "OUT_OF_MEMORY",
    re: /is larger than the maximum number of tokens that can be stored in KV cache|model requires more (?:system )?memory \([^)]+\) than is available/,
    weight: 9,
    reason: "the model does not fit in the memory available",
  },
  {
    // A model runner child killed by SIGKILL while its server lives on (case 10's pool worker).
    id: "runner-child-killed",
    category: "OUT_OF_MEMORY",
    re: /runner process has terminated: signal: killed\b/,
    weight: 8,
    reason: "the model runner was killed",
  },
  {
    // A build step's child killed by SIGKILL (Node's error object): the kernel's OOM killer.
    id: "build-child-sigkill",
    category: "OUT_OF_MEMORY",
    re: /^signal: 'SIGKILL',?$/,
    weight: 7,
    phaseWeight: { runtime: 0 },
    reason: "a build step was killed by SIGKILL",
  },
  {
    // Ray killing a task when its node runs low on memory.
    id: "ray-oom",
    category: "OUT_OF_MEMORY",
    re: /ray\.exceptions\.OutOfMemoryError\b|Task was killed due to the node running low on memory\b/,
    weight: 9,
    reason: "the worker was killed for memory",
  },
  {
    // The BEAM's crash dump slogan when an allocator could not get memory (sys_alloc, eheap_alloc, ...).
    id: "beam-alloc-failed",
    category: "OUT_OF_MEMORY",
    re: /\b\w+_alloc: Cannot allocate \d+ bytes of memory \(of type "\w+"\)/,
    weight: 9,
    reason: "the Erlang VM could not allocate memory",
  },
  {
    // Serverless hosts reporting an instance over its memory limit (Cloud Run, App Engine).
    id: "platform-memory-limit-exceeded",
    category: "OUT_OF_MEMORY",
    re: /Memory limit of [\d.]+ ?[KMG]i?B exceeded with [\d.]+ ?[KMG]i?B used\b|Exceeded (?:soft|hard) memory limit of [\d.]+ ?[KMG]i?B with [\d.]+ ?[KMG]i?B\b/,
    weight: 9,
    reason: "the platform reports the instance went over its memory limit",
  },
  {
    // Kubernetes evicting a pod because its node ran out of memory.
    id: "node-memory-pressure-eviction",
    category: "OUT_OF_MEMORY",
    re: /The node was low on resource: memory\b/,
    weight: 8,
    reason: "the pod was evicted because its node ran out of memory",
  },
  {
    // Gradle's daemon giving up because its JVM spends its time collecting garbage.
    id: "gradle-gc-thrashing",
    category: "OUT_OF_MEMORY",
    re: /since the JVM garbage collector is thrashing\b/,
    weight: 9,
    reason: "the build's JVM ran out of heap",
  },
  {
    // gunicorn's master reporting a worker killed by signal 9 that it did not kill itself (no
    // WORKER TIMEOUT before it): the kernel's OOM killer (guide case 10).
    id: "gunicorn-worker-signal9",
    category: "OUT_OF_MEMORY",
    re: /Worker with pid \d+ was terminated due to signal 9\b/,
    unlessLog: /WORKER TIMEOUT/,
    weight: 9,
    reason: "a worker was killed by the kernel while the master lived on: the OOM killer",
  },
  {
    // billiard's exception for the same pool worker killed by SIGKILL (the pool's own line, when
    // shown, is the first statement of it).
    id: "pool-worker-lost-sigkill",
    category: "OUT_OF_MEMORY",
    re: /Worker exited prematurely: signal 9 \(SIGKILL\)/,
    weight: 9,
    keyWeight: 5.5,
    reason: "a worker process was killed by the kernel (SIGKILL) while its pool lived on: the OOM killer",
  },
  {
    // A task's child process killed by SIGKILL while the worker lived on (guide case 10: the
    // kernel's OOM killer picks the largest child).
    id: "child-process-sigkilled",
    category: "OUT_OF_MEMORY",
    re: /died with <Signals\.SIGKILL: 9>/,
    weight: 8,
    reason: "a child process was killed by SIGKILL while its parent lived on: the OOM killer",
  },
  {
    // V8's record of its last collections, printed only when the heap is exhausted; the FATAL ERROR
    // line under it (another signal) is the key line when the paste holds it.
    id: "v8-gc-trace-header",
    category: "OUT_OF_MEMORY",
    re: /^<--- Last few GCs --->$/,
    key: false,
    weight: 8,
    reason: "V8 printed its last garbage collections: the heap ran out",
  },
  {
    // The JVM's heap exhausted, also when a wrapper exception carries it ("IOException: Java heap space").
    id: "jvm-heap-space",
    category: "OUT_OF_MEMORY",
    re: /\bJava heap space\b|\bGC overhead limit exceeded\b/,
    weight: 8,
    reason: "the JVM ran out of heap",
  },
  {
    // A serverless runtime killed by the platform: on Lambda and Vercel that is the memory limit.
    id: "serverless-runtime-killed",
    category: "OUT_OF_MEMORY",
    re: /Runtime exited with error: signal: killed\b/,
    weight: 7,
    reason: "the function's runtime was killed, as the platform does at its memory limit",
  },
  {
    // Gradle's daemon unable to start for want of memory. (Its "daemon disappeared unexpectedly"
    // states no cause: killed or crashed, it says.)
    id: "gradle-daemon-out-of-resources",
    category: "OUT_OF_MEMORY",
    re: /^The system is out of resources\.?$/,
    weight: 6,
    phaseWeight: { runtime: 3 },
    reason: "the build tool's daemon could not get the memory it needs",
  },
  {
    // A worker pool's child killed by SIGKILL while the pool lived on (Celery, uWSGI): the kernel's
    // OOM killer picks the biggest child; the platform would have stopped the whole container.
    id: "pool-child-sigkill",
    category: "OUT_OF_MEMORY",
    re: /exited with 'signal 9 \(SIGKILL\)'|died, killed by signal 9\b/,
    weight: 9,
    // Below a line that says "memory" itself (gunicorn's "Perhaps out of memory?").
    keyWeight: 6,
    reason: "a worker process was killed by the kernel (SIGKILL) while its pool lived on: the OOM killer",
  },
  {
    id: "js-heap",
    category: "OUT_OF_MEMORY",
    re: /JavaScript heap out of memory|Array buffer allocation failed|Allocation failed - process out of memory|Reached heap limit Allocation failed|\bNoMemoryError: failed to allocate memory\b/,
    weight: 10,
    reason: "Node ran out of heap",
  },
  {
    id: "jvm-oom",
    category: "OUT_OF_MEMORY",
    re: /java\.lang\.OutOfMemoryError|There is insufficient memory for the Java Runtime Environment to continue/,
    weight: 10,
    reason: "the JVM ran out of memory",
  },
  {
    id: "py-memoryerror",
    category: "OUT_OF_MEMORY",
    re: /^MemoryError\b|\bMemoryError$/,
    weight: 9,
    reason: "Python ran out of memory",
  },
  {
    // Heroku's R15 is the one that kills the dyno; the R14 warnings before it only say memory was high.
    id: "heroku-r15",
    category: "OUT_OF_MEMORY",
    re: /Error R15 \(Memory quota vastly exceeded\)/,
    weight: 10,
    reason: "the dyno used so much memory that the platform killed it",
  },
  {
    id: "oom-killed",
    category: "OUT_OF_MEMORY",
    re: /OOMKilled|exceeded \d+% memory budget|available memory is \d+ bytes|[Nn]ot enough memory|[Ii]nsufficient memory|OOM[- ]?kill|Out of memory: Kill(?:ed)? process|oom-kill|Memory (?:quota|limit) exceeded|Exceeded (?:the )?memory limit|Error R1[45] \(Memory quota|out of memory|Cannot allocate memory|\bspawn ENOMEM\b|memory allocation of \d+ bytes failed|the allocator is unable to allocate\b|fatal error: runtime: out of memory|\beheap_alloc: Cannot allocate \d+ bytes|_ArrayMemoryError\b|Unable to allocate [\d.]+ [KMGTP]i?B for an array\b|Allowed memory size of \d+ bytes exhausted|failed to allocate memory \(NoMemoryError\)|System\.OutOfMemoryException|std::bad_alloc/i,
    // (A tool only guessing at memory, "It might have run out of memory?", states no cause; nor does
    // `docker inspect`'s "OOMKilled":false.)
    unless:
      /OnOutOfMemoryError|HeapDumpOnOutOfMemory|might have run out of memory\?|^Hint: |"OOMKilled": ?false|Out of memory: false\b/,
    weight: 9,
    reason: "the process was killed for using too much memory",
  },
  {
    id: "shell-reports-killed",
    category: "OUT_OF_MEMORY",
    re: /: line \d+:\s+\d+ Killed\s/,
    weight: 6,
    reason: "the shell outlived a child the kernel killed: the OOM killer, not the platform stopping the container",
  },
  {
    id: "killed-build",
    category: "OUT_OF_MEMORY",
    re: /^Killed\.?(?:\s|$)|internal compiler error: Killed \(program \w+\)|Compiler killed by signal 9\b|unable to execute command: Killed$|: line \d+:\s+\d+ Killed\s|signal: killed|\(signal: 9, SIGKILL|Killed signal terminated program|terminated with signal 9 \[Killed\]|^npm (?:ERR!|error) signal SIGKILL\b|\bCommand "[^"]+" exited with SIGKILL\b|\bCommand was killed with SIGKILL\b|\d%Killed$|\]: Killed$|\S\.\.\.Killed$|[a-z]Killed$/,
    weight: 6,
    phaseWeight: { runtime: 2 },
    reason: "the build was killed by the kernel, almost always for memory",
  },
  {
    id: "exit-137-build",
    category: "OUT_OF_MEMORY",
    re: /(?:code|status|exit(?:ed)?(?: with)?(?: code)?)[:=]?\s*137\b|non-zero (?:code|exit value):? 137\b/i,
    // (An Erlang crash dump's memory table, "code: 137 Mb", is a size, not an exit code.)
    unless: SIZE_137,
    weight: 5,
    phaseWeight: { runtime: 0 },
    reason: "a build step was killed (exit 137) while installing or compiling",
  },
  {
    id: "exit-137-memory",
    category: "OUT_OF_MEMORY",
    re: /(?:code|status|exit(?:ed)?(?: with)?(?: code)?)[:=]?\s*137\b|SIGKILL/i,
    // (kubectl describe's "memory:  512Mi" under Limits is a setting, not memory pressure.)
    // A CI tool's hints about what 137 usually means, and cgroup paths, are not memory evidence.
    requires: /^(?!Hint: ).*(?<![/.])\b(?:memory|heap|oom|rss)\b(?![/.])(?!:\s+\d+(?:[KMGT]i?)?\s*$)/i,
    // (An Erlang crash dump's memory table, "code: 137 Mb", is a size, not an exit code.)
    unless: new RegExp(`OOMKilled"?:\\s*false|${SIZE_137.source}`, "i"),
    weight: 5,
    phaseWeight: { build: 0 },
    reason: "the process was killed (137) and the log shows memory pressure",
  },
];

const DEPENDENCY_UNREACHABLE_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- DEPENDENCY_UNREACHABLE
  {
    // next/font fetching a Google font during the build, which the network did not let through.
    id: "next-font-fetch-failed",
    category: "DEPENDENCY_UNREACHABLE",
    re: /^FetchError: request to https:\/\/fonts\.(?:googleapis|gstatic)\.com\/\S+ failed\b|\bFailed to fetch `[^`]+` from Google Fonts\b/,
    weight: 9,
    reason: "the build could not reach Google Fonts",
  },
  {
    // An app saying plainly that it cannot reach the service it needs.
    id: "cannot-reach-named-service",
    category: "DEPENDENCY_UNREACHABLE",
    re: /^cannot reach (?:redis|postgres(?:ql)?|mysql|mongo(?:db)?|rabbitmq|kafka|the database|database)\b/i,
    weight: 8,
    reason: "the app cannot reach a service it needs",
  },
  {
    // pg_isready's verdict on a database that does not answer (an init container waiting on it).
    id: "pg-isready-no-response",
    category: "DEPENDENCY_UNREACHABLE",
    re: /^[\w.-]+:\d+ - (?:no response|rejecting connections)$/,
    weight: 7,
    reason: "the database does not answer its readiness check",
  },
  {
    // KafkaJS unable to find or reach the broker that coordinates its group.
    id: "kafkajs-coordinator-not-found",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bKafkaJSGroupCoordinatorNotFound\b/,
    weight: 7,
    reason: "the Kafka brokers could not be reached",
  },
  {
    // SQS answering that the queue the app polls does not exist.
    id: "sqs-queue-does-not-exist",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bThe specified queue does not exist\b/,
    weight: 7,
    reason: "the queue the app reads does not exist",
  },
  {
    // An installer waiting for a service it started (Sentry's ClickHouse) that never came up.
    id: "service-failed-to-come-up",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bserver failed to come up in \d+ tries\b/,
    weight: 7,
    reason: "a service the app needs never came up",
  },
  {
    // busybox nslookup (an init container waiting for a service) unable to resolve the name.
    id: "nslookup-cannot-resolve",
    category: "DEPENDENCY_UNREACHABLE",
    re: /^nslookup: can't resolve '[^\x27]+'/,
    weight: 6,
    reason: "the service's name does not resolve",
  },
  {
    // Spring Cloud Config's client failing fast: the configuration server could not be reached.
    id: "spring-cloud-config-fail-fast",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bCould not locate PropertySource and the fail fast property is set\b/,
    weight: 8,
    reason: "the configuration server could not be reached",
  },
  {
    // n8n (and others) reporting their Redis gone.
    id: "redis-unavailable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bRedis unavailable\b/,
    weight: 6,
    reason: "Redis could not be reached",
  },
  {
    // libpq's wording inside a driver's error (Diesel, r2d2): the database could not be reached.
    id: "libpq-error-connecting",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\berror connecting to server\b/,
    weight: 6,
    reason: "the database could not be reached",
  },
  {
    // pika losing or never completing its AMQP connection.
    id: "pika-connection-lost",
    category: "DEPENDENCY_UNREACHABLE",
    re: /pika\.exceptions\.(?:AMQPConnectionError|ConnectionWrongStateError|StreamLostError|IncompatibleProtocolError)\b/,
    weight: 8,
    reason: "the message broker connection failed",
  },

  {
    // A service checking, or giving up on, its database connection; a cluster node finding no peers
    // or no coordinator.
    id: "service-peer-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Failed to verify database connection\b|\bno usable database connection found\b|Unable to gossip with any peers\b|No server instance found for \[/,
    weight: 8,
    // A database that was never created is DB_MIGRATION's, however the service reports the connection.
    unlessLog: /\bdatabase "[^"]+" does not exist\b/,
    reason: "the service could not reach its database or its peers",
  },
  {
    // A server asking whether the service it failed to connect to is running (JupyterHub's single-user server).
    id: "failed-to-connect-is-it-running",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bFailed to connect to .+\. Is it running\?/,
    weight: 8,
    reason: "the service it connects to did not answer",
  },

  {
    // An OTP application whose database adapter child died on a closed socket at start.
    id: "otp-child-socket-closed",
    category: "DEPENDENCY_UNREACHABLE",
    re: /failed to start child: [\w.]*(?:Postgres|Postgrex|Repo|Redis|Redix|Mongo|Rabbit|AMQP|Kafka)[\w.]*$/,
    requires: /\((?:EXIT|stop)\) :(?:sock_closed|econnrefused|closed|timeout)\b/,
    weight: 7,
    reason: "the app's database adapter could not keep a connection at start",
  },
  {
    // An image's start script waiting for its database server (the first of its retries keys).
    id: "database-server-not-accessible",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bServer '[\w.-]+' is not accessible, retrying\b/,
    weight: 7,
    reason: "the database server is not reachable",
  },
  {
    // An app's own words for a service it could not reach at start.
    id: "unable-to-connect-to-service",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bUnable to connect to (?:solr|elasticsearch|rabbitmq)\b/i,
    weight: 8,
    reason: "the app could not reach a service it needs",
  },
  {
    // An HTTP client's error for a 502 or 503 from a service the app calls.
    id: "http-request-service-unavailable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Request failed with status code 50[23]\b/,
    weight: 7,
    reason: "a service the app calls answered that it is unavailable",
  },
  {
    // Node's fetch (undici) failing at the network level: "TypeError: fetch failed" is its word for a
    // connection that could not be made (guide case 6), whatever the cause printed under it.
    id: "node-fetch-failed",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bTypeError: fetch failed$/,
    weight: 8,
    // The cause printed under it ("connect ECONNREFUSED ...") says more, and keys when it is there.
    keyWeight: 3,
    explains: ["RUNTIME_EXCEPTION"],
    reason: "a request to a service the app calls could not be made",
  },
  {
    // An app retrying its connection to a dependency (the first attempt is the key line).
    id: "retrying-connection",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bRetrying (?:redis|database|postgres(?:ql)?|mongo(?:db)?|rabbitmq|kafka|mysql) connection\b/i,
    weight: 6,
    reason: "the app keeps retrying a connection to a service it needs",
  },
  {
    // A controller unable to read the API server's resources at start.
    id: "kubernetes-api-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Failed to get API Group-Resources\b/,
    weight: 7,
    reason: "the controller cannot reach the Kubernetes API",
  },
  {
    // A Zigbee coordinator that does not answer, or a serial device that is not there (4578).
    id: "zigbee-adapter-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Error: SRSP - \w+ - \w+ after \d+ms|Error while opening serialport\b|Failed to connect to the adapter\b/,
    weight: 8,
    reason: "the app cannot reach the radio adapter it drives",
  },
  {
    // An SDK unable to reach the authentication service it queries.
    id: "supertokens-core-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /No SuperTokens core available to query\b/,
    weight: 8,
    reason: "the app cannot reach its authentication core",
  },
  {
    // A gRPC call answered Unavailable: the service behind it is down or not at that address.
    id: "grpc-unavailable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bcode = (?:Unavailable|DeadlineExceeded) desc = |status: Unavailable, details: Some\("Connect Failed"\)/,
    weight: 7,
    reason: "a service the app calls over gRPC is not reachable",
  },
  {
    // App Engine's Cloud SQL socket not there for the app to open.
    id: "cloud-sql-socket",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Cloud SQL socket open failed\b/,
    weight: 8,
    reason: "the app cannot open the Cloud SQL socket",
  },
  {
    // R's database driver unable to connect.
    id: "r-dbi-connect-failed",
    category: "DEPENDENCY_UNREACHABLE",
    re: /RS-DBI driver: \(could not connect\b/,
    weight: 8,
    reason: "the app could not connect to its database",
  },
  {
    // A Kafka client whose bootstrap servers do not resolve.
    id: "kafka-bootstrap-unresolvable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /No resolvable bootstrap urls given in bootstrap\.servers\b/,
    weight: 8,
    reason: "the message broker's address does not resolve",
  },
  {
    // A source plugin's HTTP request failing on a name or connection ("The request failed with error code "ENOTFOUND"").
    id: "request-failed-network-code",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\brequest failed with error code "(?:ENOTFOUND|ECONNREFUSED|ETIMEDOUT|ECONNRESET|EAI_AGAIN)"/i,
    weight: 8,
    reason: "a service the build or app calls could not be reached",
  },
  {
    // An Elasticsearch client finding no node of its cluster to talk to at start.
    id: "search-cluster-client-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /failed to create (?:primary |archive )?Elasticsearch client\b|\bno Elasticsearch node available\b/,
    weight: 8,
    reason: "the Elasticsearch client could not reach any node of its cluster",
  },
  {
    // A database and its client disagreeing on TLS (the server demands it, or the client cannot
    // offer it): no connection is made.
    id: "database-tls-mismatch",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\(Postgrex\.Error\) ssl not available|server does not allow insecure connections, client must use SSL\/TLS/,
    weight: 8,
    keyWeight: 9,
    reason: "the database and the client disagree on TLS, so no connection is made",
  },
  {
    // Web Deploy unable to reach the server it deploys to.
    id: "msdeploy-remote-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Could not connect to the remote computer \(/,
    weight: 8,
    reason: "the deploy target could not be reached",
  },
  {
    // An app's own start check that could not reach its database and says no more.
    id: "database-unreachable-bare",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Unable to connect to the database\.?$/,
    weight: 7,
    reason: "the database could not be reached",
  },
  {
    // An upstream API answering a build or the app with a broken response.
    id: "upstream-invalid-response",
    category: "DEPENDENCY_UNREACHABLE",
    re: /^An invalid response was received from the upstream server$/,
    weight: 7,
    reason: "an upstream server answered with an invalid response",
  },
  {
    // An app's own report that it could not reach its database or cache.
    id: "failed-to-establish-connection",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Failed to establish a connection to (?:PostgreSQL|Postgres|MySQL|MariaDB|MongoDB|Redis|the database)\b/i,
    weight: 8,
    reason: "the app could not reach its database or cache",
  },
  {
    // Hugging Face's hub unreachable while a model or file is loaded.
    id: "huggingface-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /We couldn't connect to 'https?:\/\/huggingface\.co' to load this file/,
    weight: 8,
    reason: "the model hub could not be reached",
  },
  {
    // Elasticsearch clients that reached no node.
    id: "elasticsearch-no-alive-nodes",
    category: "DEPENDENCY_UNREACHABLE",
    re: /No alive nodes found in your cluster/,
    weight: 8,
    reason: "no Elasticsearch node could be reached",
  },
  {
    // Celery's consumer losing its broker.
    id: "celery-broker-lost",
    category: "DEPENDENCY_UNREACHABLE",
    re: /consumer: Connection to broker lost\b/,
    weight: 7,
    reason: "the worker lost its broker",
  },
  {
    // Kafka clients that reached no broker.
    id: "kafka-no-brokers",
    category: "DEPENDENCY_UNREACHABLE",
    re: /client has run out of available brokers to talk to|Connection to node -?\d+ \([^)]*\) could not be established\. Broker may not be available/,
    weight: 9,
    reason: "no Kafka broker could be reached",
  },
  {
    // Sidekiq refusing a Redis server older than it supports.
    id: "redis-version-too-old",
    category: "DEPENDENCY_UNREACHABLE",
    re: /You are connecting to Redis [\d.]+, Sidekiq requires Redis [\d.]+ or greater/,
    weight: 8,
    reason: "the Redis server is older than the app supports",
  },
  {
    // Npgsql losing the server mid-conversation (a dropped connection, a TLS or proxy mismatch).
    id: "npgsql-stream-error",
    category: "DEPENDENCY_UNREACHABLE",
    re: /NpgsqlException \(0x[0-9A-Fa-f]+\): Exception while (?:reading from|writing to) stream\b/,
    weight: 9,
    keyWeight: 10,
    reason: "the database dropped the connection",
  },
  {
    // An app's own words for a database it could not reach, and mysqladmin's first line of the same.
    id: "cannot-connect-to-database",
    category: "DEPENDENCY_UNREACHABLE",
    re: /^Cannot connect to (?:PostgreSQL|Postgres|MySQL|MariaDB|MongoDB|Redis|RabbitMQ|the database)\.?$|^mysqladmin: connect to server at '[^']+' failed$/i,
    weight: 7,
    keyWeight: 9,
    reason: "the app could not connect to its database",
  },
  {
    // A database server too old for the client driver: it answers, but the driver cannot use it.
    id: "mongo-wire-version",
    category: "DEPENDENCY_UNREACHABLE",
    re: /reports maximum wire version \d+, but this version of .* requires at least \d+/,
    weight: 8,
    reason: "the database server is too old for the client driver",
  },
  {
    // A MongoDB replica set without a primary yet: the database is not ready.
    id: "mongo-not-primary",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bnot master and slaveOk=false\b|\bNotPrimaryNoSecondaryOk\b|\bnot primary and secondaryOk=false\b/,
    weight: 7,
    reason: "the database replica set has no primary",
  },
  {
    // An Elixir client whose host name does not resolve (Mint's "non-existing domain", :nxdomain).
    id: "elixir-nxdomain",
    category: "DEPENDENCY_UNREACHABLE",
    re: /failed to connect: \*\* \([\w.]+\) non-existing domain\b/,
    weight: 8,
    reason: "the service's host name does not resolve",
  },
  {
    // Doctrine's account of a refused connection comes first, above PDO's bare SQLSTATE line: it is the key line.
    id: "doctrine-connection-refused",
    category: "DEPENDENCY_UNREACHABLE",
    re: /An exception occurred in (?:the )?driver: SQLSTATE\[HY000\] \[20(?:02|06)\]/,
    weight: 0.5,
    keyWeight: 10,
    reason: "Doctrine reports the database refused or dropped the connection",
  },
  {
    // A start script's wait for its database giving up (pg_isready without an answer, a wait loop out of attempts).
    id: "database-wait-gave-up",
    category: "DEPENDENCY_UNREACHABLE",
    re: /^pg_isready: .*\bno response$|\b(?:database|postgres(?:ql)?|mysql|mariadb|redis|mongo(?:db)?|db)\b[^.]* (?:is )?(?:not available|unavailable|not reachable|never became (?:available|ready))\b.*\bgiving up\b/i,
    weight: 7,
    reason: "the start script waited for its database and gave up",
  },
  {
    // wait-for-it giving up on the host and port the container waits for.
    id: "wait-for-it-timeout",
    category: "DEPENDENCY_UNREACHABLE",
    re: /wait-for-it(?:\.sh)?: timeout occurred after waiting \d+ seconds for [\w.-]+:\d+/,
    weight: 8,
    reason: "the service the container waits for never answered",
  },
  {
    // Ruby's Net::HTTP giving up on opening or reading a connection to a service the app calls.
    id: "ruby-net-timeout",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bNet::(?:Open|Read)Timeout\b/,
    weight: 7,
    reason: "a service the app calls did not answer in time",
  },
  {
    // An HTTP client that never got a connection or an answer, and a socket to a dependency that
    // broke ("Unable to write data to the transport connection: Broken pipe").
    id: "client-connection-never-answered",
    category: "DEPENDENCY_UNREACHABLE",
    re: /request canceled while waiting for connection\b|Unable to (?:write|read) data (?:to|from) the transport connection\b/,
    unless: /probe failed|health ?check/i,
    weight: 8,
    reason: "a service the app calls did not answer or dropped the connection",
  },
  {
    // The Docker daemon a deploy or build tool drives is not running (Kamal, CI runners, CDK on Windows).
    id: "docker-daemon-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Cannot connect to the Docker daemon at \S+\. Is the docker daemon running\?|This error may indicate that the docker daemon is not running/,
    weight: 8,
    reason: "the Docker daemon the deploy drives is not running",
  },
  {
    // A client naming the kind of database it could not connect to ("failed to connect to Postgres URL ...").
    id: "failed-connect-to-database-kind",
    category: "DEPENDENCY_UNREACHABLE",
    re: /[Ff]ailed to connect to (?:Postgres(?:QL)?|MySQL|MariaDB|MongoDB|Redis|the database|database)\b/,
    // A debug-level line repeats an error reported at error level (which keys).
    unless: /\bDEBUG\b/,
    // A missing table reported beside it means the connection was made: the schema is what failed.
    unlessLog: /relation "[^"]+" does not exist|\b42P01\b/,
    weight: 8,
    reason: "the app could not connect to its database",
  },
  {
    // pgJDBC's summary of a connection it could not open; the nested cause, when shown, says why.
    id: "pgjdbc-connection-attempt-failed",
    category: "DEPENDENCY_UNREACHABLE",
    re: /PSQLException: The connection attempt failed\b|Failed to initialize pool: The connection attempt failed\b/,
    weight: 6,
    reason: "the JDBC driver could not open a connection to the database",
  },
  {
    // sqlx (its compile-time query checks and its runtime pool) unable to talk to the database.
    id: "database-communication-failed",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\berror communicating with (?:the )?(?:database|server)\b/,
    weight: 8,
    reason: "the database did not answer",
  },
  {
    // MongoDB's driver with no server to talk to, and Prisma's timed-out operations.
    id: "mongo-or-prisma-timeouts",
    category: "DEPENDENCY_UNREACHABLE",
    re: /MongoTopologyClosedError\b|buffering timed out after \d+ms\b|\bP1008: Operations timed out\b/,
    weight: 7,
    reason: "the database did not answer in time",
  },
  {
    // Celery unable to resolve its broker, and Elixir raising the :econnrefused atom as a module
    // (the refusal reaches the log only as "function :econnrefused.exception/1 is undefined").
    id: "broker-or-atom-refused",
    category: "DEPENDENCY_UNREACHABLE",
    re: /failed to resolve broker hostname\b|function :econnrefused\.exception\/1 is undefined/,
    weight: 7,
    reason: "the app could not reach a service it needs",
  },
  {
    // SQL Server's client and sqlx's pool unable to get a connection.
    id: "db-client-cannot-connect",
    category: "DEPENDENCY_UNREACHABLE",
    re: /A network-related or instance-specific error occurred while establishing a connection to SQL Server|\bpool timed out while waiting for an open connection\b/,
    weight: 8,
    reason: "the database did not answer the app's connection",
  },
  {
    // Clients giving up on a connection they could not open or secure (node-postgres, pools, TLS),
    // and nginx unable to resolve the upstream it proxies to.
    id: "connect-timeout-more",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\btimeout exceeded when trying to connect\b|\bConnectionTimeoutError: Timeout waiting for connection\b|Client network socket disconnected before secure TLS connection was established|host not found in upstream "[^"]+"/,
    weight: 8,
    reason: "the app could not open a connection to a service it needs",
  },
  {
    // The MySQL client unable to resolve the server's host name.
    id: "mysql-unknown-host",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Unknown MySQL server host '[^']+'/,
    weight: 8,
    reason: "the database host name does not resolve",
  },
  {
    // A service dropping or refusing connections from its side: a gRPC peer that is not there, a
    // database closing the connection or out of connection slots.
    id: "service-closed-connection",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\b14 UNAVAILABLE: |StatusRuntimeException: UNAVAILABLE\b|Lost connection to MySQL server\b|MySQL server has gone away\b|\bGeneral error: 2006 MySQL server has\b|\bserver socket closed\. Please check\b|PQsocket\(\) can't get socket descriptor|\bStatusCode\.UNAVAILABLE\b|failed to connect to all addresses\b|\bConnection terminated unexpectedly\b|Timed out while waiting for handshake\b|Timed out waiting for a node assignment\b|\bSSL connection has been closed unexpectedly\b|server closed the connection unexpectedly\b|\bP1017: Server has closed the connection\b|sorry, too many clients already\b/,
    weight: 7,
    reason: "a service the app needs dropped or refused its connection",
  },
  {
    // node-postgres giving up on a connection it could not open in time, and asyncio's account of
    // every address of a host refusing ("Multiple exceptions: [Errno 111] Connect call failed").
    id: "connect-timeout-or-refused-call",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bConnection terminated due to connection timeout\b|Connect call failed \('[\w.:-]+', \d+\)/,
    weight: 8,
    reason: "the app could not open a connection to a service it needs",
  },
  {
    id: "database-not-reachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /[Dd]atabase (?:is )?not reachable|[Cc]ould not connect to (?:the )?database\b/,
    weight: 8,
    reason: "the app could not reach its database",
  },
  {
    // Connection pools and clients giving up on a database or broker (Agroal, Kafka, psycopg).
    id: "connection-lost-or-never-made",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Failed to obtain JDBC connection|Timeout connecting to server|MongoNetworkError|failed to connect to server \[[^\]]+\] on first connect|Acquisition timeout while waiting for new connection|Connection to node -?\d+ \([^)]*\) could not be established\. Broker may not be available|SSL SYSCALL error: EOF detected|server closed the connection unexpectedly/,
    weight: 8,
    reason: "the database or broker could not be reached, or dropped the connection",
  },
  {
    // A connection pool that never got a connection (sqlx, r2d2, deadpool): the database is not answering.
    id: "pool-timed-out",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bPoolTimedOut\b|timed out waiting for connection from (?:the )?pool/i,
    weight: 6,
    reason: "the connection pool never obtained a connection: the database is not answering",
  },
  {
    // A client saying in its own words that it could not connect to an address it names.
    id: "cannot-connect-to-address",
    category: "DEPENDENCY_UNREACHABLE",
    re: /(?:[Cc]an't|[Cc]annot|[Cc]ould not|[Uu]nable to|[Ff]ailed to) connect to (?:[a-z][a-z0-9+]*:\/\/\S+|[\w.-]+:\d{2,5}\b)|no servers available for connection/,
    unless: /(?:Readiness|Liveness|Startup) probe failed|health ?check/i,
    unlessLog: HEALTH_CHECKER_REPORT,
    weight: 7,
    // The line naming the service outranks a bare errno line printed under it.
    keyWeight: 9,
    reason: "a client could not connect to the service it names",
  },
  {
    // A client connecting to an address that does not exist on this host (localhost inside a container).
    id: "connect-address-not-available",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\[Errno 99\] Cannot assign requested address|connect: cannot assign requested address|\bCannot assign requested address - connect\(2\) for\b/,
    requires: /\bconnect/i,
    unlessLog: /bind on address|bind: /,
    weight: 7,
    reason: "the client connects to an address that is not reachable from here (localhost in a container?)",
  },
  {
    // A client library's exception whose very name says the connection failed (redis-py, py-amqp,
    // Lettuce, java.net): reported by the client, so the dependency is what is missing.
    id: "connection-exception-class",
    // (Kafka Connect names its own errors ConnectException, whatever they are.)
    category: "DEPENDENCY_UNREACHABLE",
    re: /(?:^|[\s.:([])(?:[\w$]+[.:]{1,2})*(?:\w*Connection(?:Refused|Failed|Closed)?|Connect|\w+ConnectionFailure)(?:Error|Exception)\b(?!: (?:FATAL|.*\b(?:password|authentication|Access denied)))/,
    unless: /probe failed|health ?check|connect\.errors\.ConnectException/i,
    weight: 6,
    reason: "a client library could not connect to the service it talks to",
  },
  {
    id: "econnrefused",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bECONNREFUSED\b|:econnrefused\b|[Cc]onnection refused|Connection to \S+ refused|Error 111 connecting|\btcp connect(?: \([^)]*\))?: econnrefused\b/,
    // Elixir raising the :econnrefused atom itself ("function :econnrefused.exception/1 is undefined") restates it;
    // Postgrex failing to cancel a query on a connection it lost follows the refusal that matters.
    // The output docker's health record keeps is the health check's own refusal.
    // curl failing against the container's own address is a probe's output too.
    unless:
      /:econnrefused\.exception|could not cancel backend:|(?:Readiness|Liveness|Startup) probe failed|health[ -]?check|request: "(?:GET|HEAD) \/[^"]*health|^"Output": "|curl: \(7\) Failed to connect to (?:localhost|127\.0\.0\.1)\b|\bapp=router\b/i,
    // A platform's checker printing its own probes' refusals (Dokku's CHECKS): the app never listened.
    unlessLog: HEALTH_CHECKER_REPORT,
    weight: 8,
    reason: "a database, cache or API refused the connection",
  },
  {
    id: "db-unreachable",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Can't reach database server|could not connect to server|connection to server (?:at|on socket) .* failed: (?!FATAL)|ActiveRecord::ConnectionNotEstablished(?!:?\s*$)(?!: No connection pool with)|Communications link failure|DBConnection\.ConnectionError|SQLSTATE\[HY000\] \[2002\]|\(HY000\/2002\)|Connection Error: \(2002\)|Can't connect to (?:local )?(?:MySQL|MariaDB) server|Redis connection to .* failed|MongooseServerSelectionError|the database system is starting up|\bLOADING Redis is loading the dataset in memory\b|cannot_connect_now|MongoServerSelectionError|Server selection timed out|MongoTimeoutException|Timed out after \d+ ms while waiting for a server|\bP1001\b/,
    weight: 8,
    reason: "the database or cache could not be reached",
  },
  {
    // libpq's hint under a failed connection: evidence, but the failure itself is the line above it.
    id: "libpq-hint",
    category: "DEPENDENCY_UNREACHABLE",
    re: /Is the server running on that host and accepting|Is the server running locally and accepting/,
    weight: 8,
    keyWeight: 6,
    reason: "the database server did not accept the connection",
  },
  {
    // A client library's own words for a failed connection, with the dependency named beside them
    // ("Error connecting to Redis on ...", "Redis connection: FailedConnection", "MySQL: unable to connect").
    id: "named-dependency-connection",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\b(?:Error|error|failed|Failed|unable|Unable) (?:while )?connecting to (?:the )?(?:Redis|redis|Postgres(?:QL)?|postgres(?:ql)?|MySQL|mysql|MariaDB|Mongo(?:DB)?|mongo(?:db)?|RabbitMQ|rabbitmq|AMQP|Kafka|kafka|Elasticsearch|database|Memcached)\b|\b(?:Redis|Postgres|MySQL|Mongo(?:DB)?|Database|database|AMQP|RabbitMQ) connection(?: error)?: (?:FailedConnection|Connection refused|timed out|failed)/,
    weight: 7,
    reason: "the app could not connect to a named dependency",
  },
  {
    id: "dns",
    category: "DEPENDENCY_UNREACHABLE",
    // Java clients print an unresolved address as "host/<unresolved>:port".
    re: /getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|\bConnection Error: ENOTFOUND\b|query(?:Srv|A{1,4}|Txt) (?:ENOTFOUND|ECONNREFUSED|ETIMEOUT|ESERVFAIL)|^Error: ENOTFOUND [\w-]+(?:\.[\w-]+)+$|Name or service not known|\[Errno -2\] Name does not resolve|Temporary failure in name resolution|could not translate host name|nodename nor servname|no such host|: server misbehaving\b|\bnc: bad address '[\w.-]+'|UnknownHostException|\/<unresolved>:\d+/,
    weight: 8,
    reason: "a dependency's host name does not resolve",
  },
  {
    // A client's "Failed to connect to host:port" (Npgsql, curl, gRPC): the address it could not reach.
    id: "failed-connect-address",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bFailed to connect to \[?[\w.:-]+\]?:\d+/,
    unless: /(?:Readiness|Liveness|Startup) probe failed|health ?check/i,
    weight: 7,
    // During a build it is a download (the artifact rules read it).
    phaseWeight: { build: 2 },
    reason: "the app could not connect to a dependency's address",
  },
  {
    id: "timeout",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bETIMEDOUT\b|connect(?:ion)? timed out|i\/o timeout|EHOSTUNREACH|ENETUNREACH|No route to host|Host is unreachable|Network is unreachable|Timed out fetching a new connection|timeout expired|Connection timed out/i,
    unless: /(?:Readiness|Liveness|Startup) probe failed|health ?check/i,
    weight: 6,
    reason: "a connection to a dependency timed out",
  },
  {
    id: "conn-reset",
    category: "DEPENDENCY_UNREACHABLE",
    re: /\bECONNRESET\b|Connection reset by peer|socket hang up/,
    weight: 3,
    reason: "a dependency dropped the connection",
  },
];

const DB_MIGRATION_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- DB_MIGRATION
  {
    // Flyway's account of a failed migration ends with the database's own message, which names the cause.
    id: "flyway-database-message",
    category: "DB_MIGRATION",
    re: /^Message\s+: ERROR: /,
    requires: /\bFlyway(?:SqlScript|Migrate)Exception\b|\bMigration of schema .* failed!/,
    weight: 8,
    keyWeight: 10,
    reason: "a migration's SQL failed in the database",
  },
  {
    // Two Ecto migrations defining one module: the second cannot be compiled.
    id: "ecto-migration-module-twice",
    category: "DB_MIGRATION",
    re: /\bbecause the module [\w.]+\.Migrations\.\w+ is already compiled\b/,
    weight: 8,
    reason: "two migrations define the same module",
  },
  {
    // A Go migrator's account of the statement the database refused, under its panic.
    id: "cannot-execute-migration",
    category: "DB_MIGRATION",
    re: /\bcannot execute migration: ERROR: /,
    weight: 8,
    keyWeight: 10,
    reason: "the database refused a migration's statement",
  },
  {
    // Nextcloud started on data an older version wrote: it must be upgraded before anything else runs.
    id: "nextcloud-requires-upgrade",
    category: "DB_MIGRATION",
    re: /Nextcloud or one of the apps require upgrade\b/,
    // During occ upgrade itself the error that follows is the failure.
    unlessLog: /^(?:Error|TypeError|[\w\\]*Exception): /,
    weight: 8,
    reason: "the data must be upgraded to this version first",
  },

  {
    // A Drizzle migration script whose query failed.
    id: "drizzle-migration-query",
    category: "DB_MIGRATION",
    re: /^DrizzleError: Failed to run the query\b/,
    requires: /\bmigrat/i,
    weight: 8,
    reason: "a migration's query failed",
  },
  {
    // A schema statement MySQL refuses (a default value its mode forbids) while a schema tool applies it.
    id: "mysql-schema-statement-refused",
    category: "DB_MIGRATION",
    re: /\bError 1067: Invalid default value for\b|error executing statement: ?Error \d{4}:/,
    weight: 8,
    reason: "the database refused a statement of the schema",
  },
  {
    // Alembic's check finding model changes no migration covers.
    id: "alembic-diffs-detected",
    category: "DB_MIGRATION",
    re: /AutogenerateDiffsDetected: New upgrade operations detected\b/,
    weight: 8,
    reason: "the models have changes no migration covers",
  },

  {
    // A Go app's migration runner naming the migration that failed and the database's error.
    id: "migration-failed-numbered",
    category: "DB_MIGRATION",
    re: /\bMigration failed: migration \d+ failed: /,
    weight: 9,
    reason: "a schema migration failed",
  },
  {
    // MySQL naming a database that does not exist, beside the app's own "could not connect" (guide: 8 earlier labels).
    id: "unknown-database-named",
    category: "DB_MIGRATION",
    re: /Unknown database '[^']+'/,
    keyWeight: 10,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 9,
    reason: "the database the app expects was never created",
  },
  {
    // SQLite's unique violation while a migration copies rows.
    id: "migration-unique-constraint",
    category: "DB_MIGRATION",
    re: /UNIQUE constraint failed: \w+/,
    requires: /[Mm]igrat/,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 9,
    reason: "a migration's data violates a unique constraint",
  },
  {
    // Odoo finding a database that has no schema yet.
    id: "odoo-database-not-initialized",
    category: "DB_MIGRATION",
    re: /Database \S+ not initialized, you can force it with\b/,
    weight: 8,
    reason: "the database was never initialised with the app's schema",
  },
  {
    // Kong starting against a database its migrations never bootstrapped.
    id: "kong-needs-bootstrap",
    category: "DB_MIGRATION",
    re: /database needs bootstrap(?:ping)?; run '[\w-]+ migrations bootstrap'/,
    weight: 8,
    reason: "the database has not been set up by the app's migrations",
  },
  {
    // A server panicking because its migrations did not run (Lemmy's "Couldn't run DB Migrations").
    id: "migrations-did-not-run-panic",
    category: "DB_MIGRATION",
    re: /panicked at '(?:Couldn't|Could not|Failed to) run (?:DB |database )?[Mm]igrations/,
    weight: 8,
    reason: "the database migrations failed at start",
  },
  {
    // Postgres reporting a missing column or table in another language (French, German, Spanish).
    id: "postgres-undefined-object-localized",
    category: "DB_MIGRATION",
    re: /\b(?:ERREUR|FEHLER|ERROR):\s+(?:la (?:colonne|relation) .+ n'existe pas|(?:Spalte|Relation) .+ existiert nicht|la (?:columna|relación) .+ no existe)/,
    weight: 8,
    // (Where the driver's own class names it, PG::UndefinedTable, that line keys.)
    keyWeight: 6,
    reason: "the database schema lacks a table or column the code uses",
  },
  {
    // MySQL refusing an index longer than its row format allows, while a migration creates it.
    id: "mysql-index-key-too-long",
    category: "DB_MIGRATION",
    re: /\bError 1071(?: \(42000\))?: Specified key was too long; max key length is \d+ bytes/,
    weight: 8,
    reason: "a migration creates an index longer than the database allows",
  },
  {
    // Cassandra without the keyspace the app's schema lives in (its schema setup never ran).
    id: "cassandra-keyspace-missing",
    category: "DB_MIGRATION",
    re: /\bKeyspace '?[\w-]+'? does not exist\b/,
    weight: 8,
    reason: "the database has no keyspace for the app's schema: its setup never ran",
  },
  {
    // Play refusing to start until its evolutions (schema migrations) are applied.
    id: "play-evolutions-pending",
    category: "DB_MIGRATION",
    re: /\bDatabase '\w+' needs evolution!/,
    weight: 8,
    reason: "the database needs schema evolutions that were not applied",
  },
  {
    // Sequelize's migrator finding a migration recorded in the database that the app does not ship.
    id: "migration-file-missing",
    category: "DB_MIGRATION",
    re: /\bUnable to find migration: \S+/,
    weight: 8,
    reason: "a migration the database records is not among the app's migrations",
  },
  {
    // An app refusing to start because its schema was never created or migrated (Airflow's "You need
    // to initialize the database", Hoppscotch's "Database migration not found"): its own sentence
    // outranks the missing table the database reports.
    id: "schema-not-initialised",
    category: "DB_MIGRATION",
    re: /\bDatabase migrations? not found\b|\bYou need to (?:initiali[sz]e|upgrade|migrate) (?:the|your) database\b/,
    weight: 8,
    keyWeight: 9,
    reason: "the app says its database schema was never created or migrated",
  },
  {
    // A migration class Rails refuses (no release version), under "all later migrations canceled".
    id: "rails-migration-version-missing",
    category: "DB_MIGRATION",
    re: /Directly inheriting from ActiveRecord::Migration is not supported/,
    weight: 8,
    keyWeight: 10,
    reason: "a migration is written for another Rails version",
  },
  {
    // rake aborting the migration task: the migration failed, whatever the log says of why. Weak:
    // a stated cause of another kind (a refused connection, a missing setting) outweighs it.
    id: "rake-migrate-aborted",
    category: "DB_MIGRATION",
    re: /^Tasks: TOP => db:migrate\b/,
    weight: 4,
    keyWeight: 2,
    reason: "the database migration task aborted",
  },
  {
    // Prisma's migration error: the database's own message, on the line after "Database error:".
    id: "prisma-migration-database-error",
    category: "DB_MIGRATION",
    re: /\S/,
    follows: /^Database error:$/,
    weight: 6,
    keyWeight: 10,
    reason: "the database refused a statement of the migration",
  },
  {
    // A migration that fails to apply, or needs a database extension the server does not have.
    id: "migration-apply-or-extension",
    category: "DB_MIGRATION",
    re: /Failed to apply migration: \S+|extension "[\w-]+" is not available\b/,
    weight: 8,
    reason: "a migration failed",
  },
  {
    // An init script of the Postgres image failing.
    id: "postgres-initdb-script-error",
    category: "DB_MIGRATION",
    re: /psql:\/docker-entrypoint-initdb\.d\/\S+:\d+: ERROR: /,
    weight: 8,
    reason: "a database init script failed",
  },
  {
    // A migration runner failing to apply a migration or to record it.
    id: "migration-apply-failed",
    category: "DB_MIGRATION",
    re: /failed when applying migration\b|unable to insert executed migrations\b/,
    weight: 8,
    reason: "a migration failed",
  },
  {
    // Laravel's migration list marking one migration as failed.
    id: "laravel-migration-fail",
    category: "DB_MIGRATION",
    re: /^\d{4}_\d\d_\d\d_\d{6}_\w+ \.{3,} [\d.]+ ?ms FAIL$/,
    weight: 8,
    // Below the database's own error, when the log shows it.
    keyWeight: 4,
    reason: "a migration failed",
  },
  {
    // A server whose database schema is behind its version until its migrations run (Kong, Logto).
    id: "schema-behind-version",
    category: "DB_MIGRATION",
    re: /database schema does not match this version\b|Please run `[\w -]*migrations? (?:up|bootstrap|finish)`|Found undeployed database alterations\b/,
    weight: 8,
    reason: "the database schema is behind the app's version",
  },
  {
    // MySQL refusing an index an app's schema sync creates.
    id: "mysql-index-ddl",
    category: "DB_MIGRATION",
    re: /Error 1280: Incorrect index name\b/,
    weight: 8,
    reason: "the schema sync creates an index MySQL refuses",
  },
  {
    // PostgreSQL's undefined-table error by its class name (whatever the server's locale).
    id: "pg-undefined-table-class",
    category: "DB_MIGRATION",
    re: /^PG::UndefinedTable: /,
    weight: 8,
    reason: "the schema lacks a table the code uses",
  },
  {
    // sqlx's migrator: an applied migration that no longer matches its file, or one that is gone.
    id: "sqlx-migrate-mismatch",
    category: "DB_MIGRATION",
    re: /\bVersion(?:Mismatch|Missing)\(\d+\)|\bmigration \d+ was previously applied but (?:has been modified|is missing)\b/,
    weight: 8,
    reason: "an applied migration does not match the migration files",
  },
  {
    // Migration sets that clash (two migrations of one name) and objects a migration creates twice.
    id: "migration-set-clash",
    category: "DB_MIGRATION",
    re: /\bDuplicateMigration(?:Name|Version)Error\b|\(duplicate_object\)/,
    weight: 9,
    reason: "the migrations clash with each other or with the database",
  },
  {
    // Liquibase naming the changeset that failed.
    id: "liquibase-changeset-failed",
    category: "DB_MIGRATION",
    re: /ChangeSet \S+ encountered an exception\b/,
    weight: 9,
    keyWeight: 10,
    reason: "a database migration (Liquibase changeset) failed",
  },
  {
    // Flyway naming the migration the database has and the code does not.
    id: "flyway-applied-not-resolved",
    category: "DB_MIGRATION",
    re: /Detected applied migration not resolved locally\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the database holds a migration the code does not have",
  },
  {
    // A library refusing to start before its own migrations ran (Oban, and "migrations are pending").
    id: "library-migrations-not-run",
    category: "DB_MIGRATION",
    re: /\b[Mm]igrations have not been run\b|\bMigrations are pending\b/,
    weight: 9,
    reason: "the database's migrations have not been run",
  },
  {
    // sqlx's migrator refusing the database's migration history (a version applied but changed or missing).
    id: "sqlx-migrate-error",
    category: "DB_MIGRATION",
    re: /\bMigration\((?:VersionMismatch|VersionMissing|Dissimilar|VersionNotPresent)\(/,
    weight: 9,
    reason: "the migrations applied to the database do not match the app's",
  },
  {
    // A migration lock another run holds (Ghost/knex-migrator, Liquibase): the migrations are stuck.
    id: "migration-lock-held",
    category: "DB_MIGRATION",
    re: /MigrationsAreLockedError|Migrations are running at the moment\b|Waiting for changelog lock\b|Could not acquire change ?log lock\b/,
    weight: 9,
    reason: "a migration lock is held: an earlier migration run did not finish",
  },
  {
    // Migration files the runner cannot use: Sequelize's that do not return their promise, sqlx's
    // applied migrations since edited or deleted.
    id: "migration-file-broken",
    category: "DB_MIGRATION",
    re: /\bMigration \S+ \(or wrapper\) didn't return a promise\b|\bmigration \d+ was previously applied but (?:has been modified|is missing in the resolved migrations)\b/,
    weight: 7,
    reason: "a migration file does not run as the migration tool expects",
  },
  {
    id: "concurrent-migration",
    category: "DB_MIGRATION",
    re: /ConcurrentMigrationError\b/,
    weight: 8,
    reason: "two migration processes ran at once",
  },
  {
    id: "sqlalchemy-no-such-table",
    category: "DB_MIGRATION",
    re: /\bNoSuchTableError: [\w.]+/,
    weight: 8,
    reason: "a table the code reflects does not exist",
  },
  {
    id: "duplicate-column-name",
    category: "DB_MIGRATION",
    re: /\bduplicate column name: \w+/i,
    weight: 8,
    reason: "a migration adds a column that already exists",
  },
  {
    // SQL Server naming a table or view the schema does not have.
    id: "sqlserver-invalid-object",
    category: "DB_MIGRATION",
    re: /\bInvalid (?:object|column) name '[\w.[\]]+'/,
    weight: 8,
    reason: "a table the code queries does not exist in the database",
  },
  {
    // Schema state that only migrations produce: Postgres' catalogue racing two concurrent
    // CREATEs, Knex missing migration files it recorded, SQLite without a column the code inserts.
    id: "migration-state-broken",
    category: "DB_MIGRATION",
    re: /unique constraint "pg_(?:type_typname_nsp|class_relname_nsp|namespace_nspname)_index"|The migration directory is corrupt\b|\btable \w+ has no column named \w+/,
    weight: 8,
    reason: "the database schema is not what the migrations should have made it",
  },
  {
    id: "schema-version-mismatch",
    category: "DB_MIGRATION",
    re: /The database schema version does not align with the server version\b|DB revision\(s\) do not match migration scripts|database version \(?[\d.]+\)? is incompatible with (?:your )?(?:current )?(?:engine|server) version/,
    weight: 8,
    reason: "the stored data is at another schema version than the code expects",
  },
  {
    // Liquibase refusing to run: a change set applied earlier has changed since (checksum), or a
    // stale lock from an interrupted run.
    id: "liquibase-validation",
    category: "DB_MIGRATION",
    re: /Validation Failed:\s*$/,
    requires: /change ?sets? check ?sum/i,
    weight: 8,
    reason: "a change set already applied was edited since (its checksum changed)",
  },
  {
    // A start-up gate that waited for migrations that never ran (Airflow's wait-for-migrations).
    id: "migrations-never-applied",
    category: "DB_MIGRATION",
    re: /There are still unapplied migrations after \d+/,
    weight: 8,
    reason: "the app waited for database migrations that were never applied",
  },
  {
    // The database refusing DDL for an object that already exists: a schema step ran twice or out of order.
    id: "ddl-object-exists",
    category: "DB_MIGRATION",
    re: /relation "[^"]+" already exists|There is already an object named '[^']+' in the database|DuplicateTable(?:Error)?\b|\btable [`'"]?\w+[`'"]? already exists/i,
    // (Django's createcachetable reporting a cache table it finds in place is a note, not a failure.)
    unless: /already exists, skipping|^Cache table '[^']+' already exists\.$/,
    weight: 7,
    reason: "a schema change tried to create a table or index that already exists",
  },
  {
    id: "prisma-failed-migrations",
    category: "DB_MIGRATION",
    re: /migrate found failed migrations|A migration failed to apply|The database schema is not empty|failed to apply cleanly to the shadow database/,
    weight: 9,
    // Prisma's summary: the database's own error printed under it names the cause.
    keyWeight: 7,
    reason: "a schema migration failed",
  },
  {
    id: "prisma-migrate-code",
    category: "DB_MIGRATION",
    re: /^Error: P30\d\d\b/,
    weight: 6,
    reason: "Prisma Migrate failed",
  },
  {
    id: "rails-migration",
    category: "DB_MIGRATION",
    re: /(?:this and )?all later migrations canceled|ActiveRecord::PendingMigrationError|Migrations are pending|You have \d+ pending migrations?:/,
    weight: 9,
    reason: "a Rails migration failed or is pending",
  },
  {
    // Rails prints the class on one line and its message on the next: the message says what is wrong.
    id: "rails-pending-message",
    category: "DB_MIGRATION",
    re: /Migrations are pending\. To resolve this issue/,
    weight: 1,
    keyWeight: 10,
    reason: "Rails refuses to start with migrations pending",
  },
  {
    // The database error Rails prints under "An error has occurred, all later migrations canceled":
    // the specific cause of the failed migration, so it is the key line.
    id: "rails-migration-cause",
    category: "DB_MIGRATION",
    re: /^(?:PG::\w+|Mysql2::Error|SQLite3::\w+|ActiveRecord::(?:StatementInvalid|RecordNotUnique|NotNullViolation|InvalidForeignKey)): |^undefined (?:local variable or )?method [`'][^']+' for |^unknown attribute '\w+' for [\w:]+\.?$/,
    requires: /all later migrations canceled/,
    weight: 2,
    keyWeight: 9.75,
    reason: "the database refused the migration's statement",
  },
  {
    id: "django-migration",
    category: "DB_MIGRATION",
    re: /django\.db\.migrations\.exceptions\.\w+|Conflicting migrations detected|InconsistentMigrationHistory/,
    weight: 9,
    reason: "Django's migration history is broken",
  },
  {
    id: "django-unapplied",
    category: "DB_MIGRATION",
    re: /You have \d+ unapplied migration/,
    weight: 4,
    reason: "migrations have not been applied",
  },
  {
    id: "alembic",
    category: "DB_MIGRATION",
    re: /Multiple head revisions are present|Can't locate revision identified by|No such revision or branch '[^']+'|Target database is not up to date|alembic\.util\.exc\.CommandError/,
    weight: 9,
    reason: "Alembic could not run the migrations",
  },
  {
    id: "migration-tools",
    category: "DB_MIGRATION",
    re: /Dirty database version \d+|FlywayException|FlywayValidateException|Migrations have failed validation|liquibase\.exception|Ecto\.MigrationError|migration file ".+" failed|Migration .* failed|failed to run SQL migration/,
    weight: 8,
    reason: "a migration tool reported a failed migration",
  },
  {
    // TypeORM's migration:run failing: a migration error unless the database it ran against did not answer (guide case 6).
    id: "typeorm-migration-run",
    category: "DB_MIGRATION",
    re: /Error during migration run/,
    unlessLog:
      /\bECONNREFUSED\b|\bETIMEDOUT\b|\bENOTFOUND\b|\bEAI_AGAIN\b|[Cc]onnection refused|[Cc]onnection terminated/,
    weight: 8,
    reason: "a migration tool reported a failed migration",
  },
  {
    // Flyway's own account of which migration is wrong: more specific than its "Validate failed" wrapper.
    id: "flyway-migration-detail",
    category: "DB_MIGRATION",
    re: /Migration checksum mismatch for migration|Detected failed migration to version/,
    weight: 9,
    reason: "a migration failed earlier or was changed after it ran",
  },
  {
    id: "database-missing",
    category: "DB_MIGRATION",
    re: /\bNoDatabaseError\b|database \\?"[^"\\]+\\?" does not exist/,
    weight: 7,
    reason: "the database the app expects was never created (create and migrate it)",
  },
  {
    id: "schema-drift",
    category: "DB_MIGRATION",
    re: /relation ".+" does not exist|The (?:table|column) `[^`]+` does not exist in the current database|column .+ does not exist|\(undefined_(?:column|table)\)|Table '.+' doesn't exist|no such (?:table|column): |Unknown column '.+'|Base table or view not found: 1146\b|Schema-validation: missing (?:column|table|sequence)|Table '[\w.]+' could not be found/,
    weight: 5,
    reason: "the code expects a table or column the database does not have (migrations not applied)",
  },
  {
    id: "duplicate-in-migration",
    category: "DB_MIGRATION",
    re: /already exists|there is already another table or index with this name|DuplicateTable|duplicate key value violates unique constraint\b/,
    // Postgres's notice for CREATE ... IF NOT EXISTS: the statement went on. Its DETAIL line under
    // a unique violation ("Key (id)=(18) already exists.") only names the row of the error above it.
    unless: /already exists, skipping|^DETAIL: /,
    // A migration tool's name, or the DDL statement Laravel quotes after a failed schema change.
    requires: /migrat|\(SQL: (?:create|alter) table\b/i,
    // Above the migration tools' own "migration failed" summaries: the database's message says why.
    weight: 9,
    reason: "a migration tried to create something that already exists",
  },
  {
    // The SQLSTATE of a duplicate table (42P07 Postgres, 42S01 MySQL): evidence, while the message beside it is the key line.
    id: "duplicate-sqlstate",
    category: "DB_MIGRATION",
    re: /\b(?:42P07|42S01)\b/,
    // Postgres' NOTICE for CREATE TABLE IF NOT EXISTS ("already exists, skipping") is not an error.
    unless: /\bNOTICE\b|already exists, skipping/,
    weight: 3,
    key: false,
    reason: "the database reported a duplicate table",
  },
];

const RUNTIME_EXCEPTION_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- RUNTIME_EXCEPTION
  {
    // A server that cannot boot on its own state: RabbitMQ's startup error tuple, ZooKeeper's unreadable
    // database, Rails' connection pool that was never set up.
    id: "server-boot-state-error",
    category: "RUNTIME_EXCEPTION",
    re: /\bError during startup: \{error,\w+\}|\bERROR Unable to load database on disk\b|\bNo connection pool with (?:id|class) \S+ found\b/,
    weight: 5,
    settled: true,
    reason: "the server failed on its own state while starting",
  },
  {
    // Spring finding two beans where the code asks for one: wiring in the code.
    id: "spring-bean-not-unique",
    category: "RUNTIME_EXCEPTION",
    re: /\brequired a single bean, but \d+ were found:?$/,
    weight: 5,
    keyWeight: 10,
    settled: true,
    reason: "the code asks for one bean where several are defined",
  },
  {
    // Spring's failure analysis of a bean the code injects that no configuration provides (below its
    // "APPLICATION FAILED TO START" banner, which names nothing): wiring in the code, which the second
    // opinion does not revisit (3 of 4 labels).
    id: "spring-bean-not-found",
    category: "RUNTIME_EXCEPTION",
    re: /\brequired a bean of type \x27[\w.$]+\x27 that could not be found\.$/,
    weight: 5,
    keyWeight: 10,
    settled: true,
    reason: "the code injects a bean nothing provides",
  },
  {
    // A bus error, like a segfault, states a crash (guide case 10).
    id: "bus-error",
    category: "RUNTIME_EXCEPTION",
    re: /^Bus error(?: \(core dumped\))?$|: line \d+: +\d+ Bus error\b|\bSIGBUS\b/,
    weight: 6,
    phaseWeight: { build: 4 },
    reason: "the process crashed with a bus error",
    settled: true,
  },
  {
    // Bun's crash header names the fault before the shell reports the signal.
    id: "bun-panic-crash",
    category: "RUNTIME_EXCEPTION",
    re: /^panic\(main thread\): (?:Segmentation fault|Illegal instruction|Bus error) at address 0x[0-9a-f]+$/i,
    weight: 6,
    keyWeight: 7,
    reason: "the runtime crashed",
    settled: true,
  },
  {
    // Redis Cluster refusing a multi-key command whose keys live on different slots (the code's command).
    id: "redis-cross-slot",
    category: "RUNTIME_EXCEPTION",
    re: /\bCROSSSLOT Keys in request don't hash to the same slot\b|\bmulti key command with different key slots are not allowed\b/,
    weight: 7,
    settled: true,
    reason: "the code sends Redis Cluster a command across slots",
  },
  {
    // Redis refusing a command the code built wrong.
    id: "redis-command-syntax",
    category: "RUNTIME_EXCEPTION",
    re: /\bReplyError\]?: ERR (?:syntax error|wrong number of arguments for|unknown command)\b/,
    weight: 6,
    settled: true,
    reason: "the code sent Redis a malformed command",
  },
  {
    // glibc's heap checks aborting the process.
    id: "glibc-heap-corruption",
    category: "RUNTIME_EXCEPTION",
    re: /\*\*\* Error in `[^`]+': (?:double free or corruption|free\(\): invalid pointer|malloc\(\): memory corruption)\b/,
    weight: 7,
    settled: true,
    reason: "the process corrupted its memory and was aborted",
  },
  {
    // A native worker's failed assertion (mediasoup prints it to the parent's log).
    id: "native-failed-assertion",
    category: "RUNTIME_EXCEPTION",
    re: /\bfailed assertion `[^`]+'/,
    weight: 7,
    keyWeight: 8,
    settled: true,
    reason: "a native component failed an assertion and aborted",
  },
  {
    // A socket accept out of file descriptors.
    id: "accept-emfile",
    category: "RUNTIME_EXCEPTION",
    re: /\baccept EMFILE\b/,
    weight: 6,
    settled: true,
    reason: "the server ran out of file descriptors",
  },
  {
    // Prometheus unable to open its time-series storage (a corrupted block).
    id: "prometheus-storage-open-failed",
    category: "RUNTIME_EXCEPTION",
    re: /\bopening storage failed: /,
    weight: 6,
    settled: true,
    reason: "the server could not open its stored data",
  },
  {
    // The Dart VM's report of a crash on a signal.
    id: "dart-vm-signal",
    category: "RUNTIME_EXCEPTION",
    re: /^si_signo=(?:Bus error|Segmentation fault|Illegal instruction)\(\d+\)/,
    weight: 6,
    settled: true,
    reason: "the process crashed",
  },
  {
    // Node's ESM loader on a CommonJS package's named export (the code's import).
    id: "esm-named-export-from-cjs",
    category: "RUNTIME_EXCEPTION",
    re: /\bSyntaxError: Named export '[^\x27]+' not found\. The requested module '[^\x27]+' is a CommonJS module\b/,
    weight: 7,
    settled: true,
    reason: "the code imports a named export a CommonJS package does not provide",
  },
  {
    // SvelteKit refusing to prerender a route the code marks prerenderable.
    id: "sveltekit-not-prerenderable",
    category: "RUNTIME_EXCEPTION",
    re: /\bError: \S+ is not prerenderable\b/,
    weight: 6,
    settled: true,
    reason: "a route the code marks for prerendering cannot be prerendered",
  },
  {
    // PHP's allocator finding its heap corrupted (a crash of the engine or an extension).
    id: "php-zend-heap-corrupted",
    category: "RUNTIME_EXCEPTION",
    re: /\bzend_mm_heap corrupted\b/,
    weight: 7,
    settled: true,
    reason: "PHP's memory heap was corrupted",
  },
  {
    // The Erlang VM stopping while it boots, with the reason in the term it prints.
    id: "erlang-runtime-terminating-during-boot",
    category: "RUNTIME_EXCEPTION",
    re: /^Runtime terminating during boot \(/,
    weight: 4,
    reason: "the Erlang VM stopped while starting the application",
  },
  {
    // A runtime that says its own failure is its bug (Bun's CommonJS loader).
    id: "runtime-says-own-bug",
    category: "RUNTIME_EXCEPTION",
    re: /\bthis is a bug in Bun\b/,
    weight: 6,
    settled: true,
    reason: "the runtime failed on a bug of its own",
  },
  {
    // TypeORM asked for a connection the code never created.
    id: "typeorm-connection-not-found",
    category: "RUNTIME_EXCEPTION",
    re: /\bConnection \x22\w+\x22 was not found\b/,
    weight: 6,
    settled: true,
    reason: "the code uses a database connection it never created",
  },
  {
    // A JavaScript destructuring of undefined (a value the code expected is missing).
    id: "js-destructure-undefined",
    category: "RUNTIME_EXCEPTION",
    re: /Cannot destructure property `?\w+`? of '(?:undefined|null)'(?: or '(?:undefined|null)')?/,
    weight: 6,
    reason: "the code destructured a value that is undefined",
  },
  {
    // A server's own message for an error it did not expect (MinIO asks for a report).
    id: "unexpected-error-report-it",
    category: "RUNTIME_EXCEPTION",
    re: /\bUnexpected error, please report this issue\b/,
    weight: 5,
    reason: "the server failed on an error it did not expect",
  },
  {
    // An image's setup script failing on a symlink that is already there (a volume from an earlier start).
    id: "setup-symlink-exists",
    category: "RUNTIME_EXCEPTION",
    re: /EEXIST: file already exists, symlink '/,
    phaseWeight: { build: 0 },
    weight: 6,
    settled: true,
    reason: "the image's setup script failed on a file left from an earlier start",
  },
  {
    // ASP.NET Core's container unable to build a service the code asks for: the wiring is the code's.
    id: "dotnet-di-unresolved-service",
    category: "RUNTIME_EXCEPTION",
    re: /InvalidOperationException: Unable to resolve service for type '[^\x27]+' while attempting to activate\b/,
    weight: 6,
    settled: true,
    reason: "the code asks the container for a service nobody registered",
  },

  {
    // JSON.parse reaching the end of its input: a SyntaxError of the data, not of the code.
    id: "json-parse-end-of-input",
    category: "RUNTIME_EXCEPTION",
    re: /^SyntaxError: Unexpected end of (?:JSON )?input$/,
    requires: /\b(?:JSON|Object)\.parse\b/,
    weight: 8,
    settled: true,
    phaseWeight: { build: 0 },
    reason: "the app parsed data that ends early",
  },
  {
    // Sidekiq's actor framework reporting a processor that crashed.
    id: "sidekiq-processor-died",
    category: "RUNTIME_EXCEPTION",
    re: /\bWARN: task was terminated$|Manager#processor_died died/,
    weight: 6,
    settled: true,
    reason: "a Sidekiq processor crashed",
  },
  {
    // A shell reporting a child it lost to an abort (an assertion failed in a native program).
    id: "shell-reports-abort",
    category: "RUNTIME_EXCEPTION",
    re: /: line \d+: +\d+ Aborted +\(core dumped\)/,
    weight: 7,
    // The program's own line above it (an assertion, C++'s terminate) says more.
    keyWeight: 5,
    settled: true,
    reason: "the process aborted",
  },
  {
    // A class whose static initialisation failed earlier: the code's fault, not a missing module.
    id: "class-init-failed",
    category: "RUNTIME_EXCEPTION",
    re: /NoClassDefFoundError: Could not initialize class\b/,
    weight: 5,
    settled: true,
    reason: "a class failed to initialise",
  },
  {
    // Go decoding JSON that ends early (an empty file or response) at run time.
    id: "go-json-unexpected-end",
    category: "RUNTIME_EXCEPTION",
    re: /: unexpected end of JSON input$/,
    phaseWeight: { build: 0 },
    weight: 5,
    reason: "the app read JSON that ends early",
  },
  {
    // .NET's runtime failing fatally (an ExecutionEngineException, a corrupt state): a crash.
    id: "dotnet-runtime-internal-error",
    category: "RUNTIME_EXCEPTION",
    re: /The process was terminated due to an internal error in the \.NET Runtime\b/,
    weight: 6,
    reason: "the .NET runtime crashed",
    settled: true,
  },
  {
    // Spring's failure analysis naming a bean defined twice (below its banner, which names nothing).
    id: "spring-bean-overriding",
    category: "RUNTIME_EXCEPTION",
    re: /^The bean '[\w.-]+'(?:, defined in .*,)? could not be registered\. A bean with that name has already been defined\b/,
    weight: 5,
    settled: true,
    reason: "two beans of the same name are defined",
  },
  {
    // Node refusing to require an ES-module-only package from the app's own code.
    id: "app-requires-esm-package",
    category: "RUNTIME_EXCEPTION",
    re: /ERR_REQUIRE_ESM\]?:? (?:Must use import to load ES Module: \S*\/node_modules\/|require\(\) of ES Module \S*\/node_modules\/\S+ from (?!\S*\/node_modules\/)\S+)/,
    weight: 6,
    settled: true,
    reason: "the app's code requires an ES-module-only package",
  },
  {
    // Go's runtime reporting a signal (a segfault in cgo code) before the signal line itself.
    id: "go-fatal-unexpected-signal",
    category: "RUNTIME_EXCEPTION",
    re: /\bfatal error: unexpected signal during runtime execution\b/,
    weight: 7,
    reason: "the Go program crashed on a signal",
    settled: true,
  },
  {
    // A native server's own crash report (SQL Server on Linux); the permission errors of its dump collection follow it.
    id: "native-program-fatal-error",
    category: "RUNTIME_EXCEPTION",
    re: /This program has encountered a fatal error and cannot continue running\b/,
    explains: ["PERMISSION_AUTH"],
    weight: 8,
    reason: "the program crashed",
    settled: true,
  },
  {
    // SQLite opening a file that is not a database (corrupt, or another file mounted in its place).
    id: "sqlite-not-a-database",
    category: "RUNTIME_EXCEPTION",
    re: /\bSQLITE_NOTADB\b/,
    weight: 6,
    reason: "the app's SQLite file is not a database",
  },
  {
    // An Unreal Engine dedicated server's fatal error (the crash that follows it is its consequence).
    id: "unreal-fatal-error",
    category: "RUNTIME_EXCEPTION",
    re: /^LowLevelFatalError \[File:/,
    weight: 6,
    reason: "the server hit a fatal error",
  },
  {
    // Crystal's report of an exception that ended the process.
    id: "crystal-unhandled-exception",
    category: "RUNTIME_EXCEPTION",
    re: /^Unhandled exception: .+ \((?:[A-Z]\w*::)*[A-Z]\w*\)$/,
    weight: 6,
    reason: "the app raised an exception nobody caught",
  },
  {
    // Perl calling a method a package does not have.
    id: "perl-method-missing",
    category: "RUNTIME_EXCEPTION",
    re: /Can\x27t locate object method "\w+" via package "[\w:]+"/,
    weight: 6,
    settled: true,
    reason: "the code called a method the object does not have",
  },
  {
    // Julia's report of a signal that crashed the process (guide case 10).
    id: "julia-signal-crash",
    category: "RUNTIME_EXCEPTION",
    re: /^(?:\[\d+\] )?signal \(\d+(?:\.\d+)?\): (?:Illegal instruction|Segmentation fault|Bus error|Aborted)\b/,
    weight: 6,
    reason: "the process crashed",
    settled: true,
  },
  {
    // V8's fatal error over "# unreachable code", which names no check: the heading is the crash line.
    id: "v8-unreachable-code",
    category: "RUNTIME_EXCEPTION",
    re: /^#\s*Fatal error in .*, line \d+$/,
    requires: /^#\s*unreachable code$/,
    weight: 6,
    reason: "the JavaScript engine crashed",
    settled: true,
  },
  {
    // V8's own fatal check ("# Fatal error in , line 0" / "# Check failed: ..."): the engine crashed
    // (guide case 10: a line that says the process crashed).
    id: "v8-check-failed",
    category: "RUNTIME_EXCEPTION",
    re: /^#\s*Check failed: \S/,
    requires: /#\s*Fatal error in .*, line \d+/,
    weight: 6,
    reason: "the JavaScript engine crashed on an internal check",
    settled: true,
  },
  {
    // V8 aborting the process on an API misuse inside a native addon ("FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal").
    id: "v8-fatal-api-error",
    category: "RUNTIME_EXCEPTION",
    re: /FATAL ERROR: v8::\w+/,
    weight: 6,
    reason: "the JavaScript engine aborted the process",
  },
  {
    // Ruby's uncaught exception of a namespaced class that names no other cause ("... (Psych::BadAlias)",
    // Puma's "! Unable to load application: Psych::BadAlias: ..."). A tool's wrapper of a command that
    // failed (SSHKit's ExecuteError, Pups' ExecError) reports a step, not an exception of the app.
    id: "ruby-namespaced-exception",
    category: "RUNTIME_EXCEPTION",
    re: /\.rb:\d+:in [`'][^']*': .+ \([A-Z]\w*(?:::[A-Z]\w*)+\)$/,
    unless: RUBY_STEP_WRAPPER,
    weight: 6,
    reason: "a Ruby exception crashed the process",
  },
  {
    // Puma's own statement of it, printed first: the key line over the frame that raised.
    id: "puma-app-load-exception",
    category: "RUNTIME_EXCEPTION",
    re: /(?:^|! )Unable to load application: [A-Z]\w*(?:::[A-Z]\w*)*: \S/,
    unless: RUBY_STEP_WRAPPER,
    weight: 6,
    keyWeight: 7,
    reason: "a Ruby exception stopped the app from loading",
  },
  {
    // ... and the same exception as rake prints it under "rake aborted!".
    id: "rake-aborted-exception",
    category: "RUNTIME_EXCEPTION",
    re: /^[A-Z]\w*(?:::[A-Z]\w*)+: \S/,
    follows: /^rake aborted!$/,
    unless: RUBY_STEP_WRAPPER,
    weight: 6,
    keyWeight: 7,
    reason: "a Ruby exception ended the rake task",
  },
  {
    // An Elixir exception struct printed as an Erlang term (a crash in on_load or boot).
    id: "elixir-exception-term",
    category: "RUNTIME_EXCEPTION",
    re: /'__exception__' ?=> ?true, ?'__struct__' ?=> ?'Elixir\.[\w.]+', ?message ?=> ?<<"/,
    weight: 5,
    reason: "an Elixir exception ended the process",
  },
  {
    // A C or C++ assertion failing, or an uncaught C++ exception.
    id: "native-assertion-failed",
    category: "RUNTIME_EXCEPTION",
    re: /: Assertion ['`].+['`] failed\b|^terminate called after throwing an instance of '[\w:]+'$/,
    weight: 6,
    settled: true,
    reason: "the program crashed on an assertion or an uncaught exception",
  },
  {
    // Postgres unable to find a checkpoint it can recover from (a damaged data directory).
    id: "postgres-checkpoint-missing",
    category: "RUNTIME_EXCEPTION",
    re: /PANIC: +could not locate a valid checkpoint record/,
    weight: 7,
    reason: "the database cannot recover its data directory",
  },
  {
    // A model runner crashing on an assertion or an exception code of its own (llama.cpp's GGML_ASSERT).
    id: "model-runner-crashed",
    category: "RUNTIME_EXCEPTION",
    re: /llama runner process has terminated: exit status 0x[0-9a-f]+|GGML_ASSERT\(.+\) failed/,
    weight: 7,
    reason: "the model runner crashed",
  },
  {
    // NCCL's watchdog aborting a collective operation that hung.
    id: "nccl-watchdog-timeout",
    category: "RUNTIME_EXCEPTION",
    re: /Watchdog caught collective operation timeout\b/,
    weight: 7,
    reason: "a GPU collective operation hung",
  },
  {
    // Micronaut missing a bean the app injects.
    id: "micronaut-no-bean",
    category: "RUNTIME_EXCEPTION",
    re: /^Message: No bean of type \[[\w.$]+\] exists\b/,
    weight: 6,
    reason: "the app injects a bean that does not exist",
  },
  {
    // Node before 12 printing an error object: "{ Error: Protocol error (...): ...".
    id: "node-error-object",
    category: "RUNTIME_EXCEPTION",
    re: /(?:^|\s)\{ (?:[A-Z]\w*)?Error: \S/,
    weight: 6,
    phaseWeight: { build: 0 },
    reason: "the app logged an error object",
  },
  {
    // Chromium's own fatal check ("[...:FATAL:credentials.cc(340)] Check failed: ...").
    id: "chromium-fatal-check",
    category: "RUNTIME_EXCEPTION",
    re: /:FATAL:[\w.]+\(\d+\)\] Check failed: /,
    weight: 6,
    reason: "the browser crashed on a failed check",
  },
  {
    // A JSON exception record (wrangler tail, structured loggers): the message under a JS error name.
    id: "json-exception-record",
    category: "RUNTIME_EXCEPTION",
    re: /^"message": "(?:Cannot read propert(?:y|ies) of (?:undefined|null)|\w+ is not (?:defined|a function))\b/,
    requires: /^"name": "(?:TypeError|ReferenceError|RangeError)",?$/,
    weight: 6,
    reason: "the code threw an exception",
  },
  {
    // Groovy's MissingPropertyException, as Grails logs it.
    id: "groovy-missing-property",
    category: "RUNTIME_EXCEPTION",
    re: /No such property: \w+ for class: [\w.$]+/,
    weight: 6,
    reason: "the code reads a property its class does not have",
  },
  {
    // A row the code writes breaking a check constraint: the code's data, not the schema's migration.
    id: "check-constraint-violation",
    category: "RUNTIME_EXCEPTION",
    re: /\(check_violation\)|violates check constraint "[^"]+"/,
    weight: 6,
    reason: "the code wrote a row the database's check constraint refuses",
  },
  {
    // Windows' event log of a .NET crash ("Exception Info: System.ArgumentException"); an AggregateException only wraps the one after it.
    id: "dotnet-event-log-exception",
    category: "RUNTIME_EXCEPTION",
    re: /^Exception Info: System\.[\w.]+Exception\b/,
    unless: /AggregateException/,
    weight: 6,
    reason: "the .NET process crashed with an unhandled exception",
  },
  {
    // JSON.parse over data the app read (a response, a file, a variable): a SyntaxError of the data, thrown at run time.
    id: "json-parse-error",
    category: "RUNTIME_EXCEPTION",
    re: /^(?:Uncaught )?SyntaxError: (?:Unexpected end of JSON input|Unexpected token .* in JSON at position \d+|.* is not valid JSON|Unexpected non-whitespace character after JSON\b)/,
    weight: 6,
    phaseWeight: { build: 0 },
    reason: "the app parsed data that is not valid JSON",
  },
  {
    // The CPU refusing an instruction the binary uses (a build for a newer CPU), like a segfault.
    id: "illegal-instruction",
    category: "RUNTIME_EXCEPTION",
    // Alone on its line, or as a shell reports a child it lost ("line 39:  7 Illegal instruction  (core dumped) ...").
    re: /^Illegal instruction(?: \(core dumped\))?$|: line \d+: +\d+ Illegal instruction\b|^SIGILL: illegal instruction$|\bcrashed by signal: 4\b/,
    weight: 6,
    reason: "the process crashed on an instruction the CPU does not have",
    settled: true,
  },
  {
    // Node's report of an uncaught plain Error: the throw statement, its caret, then "Error: ...".
    id: "node-uncaught-plain-error",
    category: "RUNTIME_EXCEPTION",
    re: /^Error: \S/,
    follows: /^throw\b/,
    weight: 5,
    reason: "the app threw an error nobody caught",
  },
  {
    // NestJS unable to build its dependency graph: a provider the code wires is not available.
    id: "nest-dependency-resolution",
    category: "RUNTIME_EXCEPTION",
    re: /Nest can't resolve dependencies of the \w+/,
    weight: 6,
    reason: "the app's modules do not provide what its code injects",
  },
  {
    // Exceptions printed in forms the generic rules miss: Node's old bracketed errors
    // ("[TypeError: ...]"), Python exceptions whose class does not end in Error (Django's
    // AppRegistryNotReady) under a traceback, Zeitwerk's constant mismatch.
    id: "exception-other-forms",
    category: "RUNTIME_EXCEPTION",
    re: /^\[(?:Type|Reference|Range|Syntax)Error: .+\]$|^(?:[a-z_]\w*\.)+[A-Z]\w*(?:NotReady|Invalid|Denied|Failed|NotFound|DoesNotExist): \S|expected file \S+ to define constant \S+/,
    weight: 4,
    reason: "an uncaught exception ended the process",
  },
  {
    id: "spring-bean-cycle",
    category: "RUNTIME_EXCEPTION",
    re: /beans in the application context form a cycle\b/,
    weight: 6,
    keyWeight: 10,
    reason: "the app's components depend on each other in a cycle",
  },
  {
    // Python's NoneType errors printed without a traceback header.
    id: "none-attribute-error",
    category: "RUNTIME_EXCEPTION",
    re: /'NoneType' object (?:has no attribute '\w+'|is not (?:subscriptable|iterable|callable))/,
    weight: 5,
    keyWeight: 10,
    reason: "the code used a value that was not there",
  },
  {
    // A Rust service's own panic report with the message on the line ("Panic occurred in file ... at line N: msg").
    id: "panic-report",
    category: "RUNTIME_EXCEPTION",
    re: /Panic occurred in file \S+ at line \d+: /,
    weight: 6,
    keyWeight: 9,
    reason: "the program panicked",
  },
  {
    // Ruby's NameError message on its own: a constant the code refers to is not defined.
    id: "ruby-uninitialized-constant",
    category: "RUNTIME_EXCEPTION",
    re: /(?:^|: )uninitialized constant [A-Z][\w:]*/,
    weight: 5,
    reason: "the code refers to a Ruby constant that is not defined",
  },
  {
    // Nest logs an uncaught error at boot (dependency injection, module wiring) through its ExceptionHandler.
    id: "nest-exception-handler",
    category: "RUNTIME_EXCEPTION",
    re: /\[ExceptionHandler\] \S/,
    weight: 6,
    phaseWeight: { build: 0 },
    reason: "the framework reports an uncaught error while the application starts",
  },
  {
    id: "mix-app-start",
    category: "RUNTIME_EXCEPTION",
    re: /^\*\* \(Mix\) Could not start application \S+/,
    weight: 5,
    reason: "the Elixir application crashed while starting",
  },
  {
    // An ES module importing a name its dependency does not export (a CommonJS package, a changed API):
    // the process dies while modules link, before any of its code runs.
    id: "esm-link-error",
    category: "RUNTIME_EXCEPTION",
    re: /^SyntaxError: (?:Named export '[^']+' not found|The requested module '[^']+' does not provide an export named)/,
    weight: 6,
    reason: "an ES module imports a name its dependency does not export",
  },
  {
    id: "go-panic",
    category: "RUNTIME_EXCEPTION",
    re: /^panic: |^fatal error: (?!runtime: out of memory)/,
    weight: 7,
    reason: "the Go program panicked",
  },
  {
    // Structural: a panic message anywhere on the line ("http: panic serving ...", "[Macaron] PANIC: ...")
    // backed by a Go stack (goroutine header or .go frames).
    id: "go-panic-embedded",
    category: "RUNTIME_EXCEPTION",
    re: /\b(?:panic|PANIC)(?: serving [^\s:]+(?::\d+)?)?: \S/,
    unless: /^panic: /,
    requires: /^goroutine \d+ \[|runtime\/panic\.go|\.go:\d+\b/,
    weight: 7,
    reason: "the Go program panicked",
  },
  {
    id: "rust-panic",
    category: "RUNTIME_EXCEPTION",
    re: /thread '.+' panicked at/,
    weight: 7,
    reason: "the Rust program panicked",
  },
  {
    id: "segfault",
    category: "RUNTIME_EXCEPTION",
    // An exit code of 139 alone states no cause (labelling guide, case 10): the words must say it.
    re: /Segmentation fault|\bSIGSEGV\b|\bcrashed by signal: 11\b|\bget (?:unexpected )?signal 11\b|\bsegfault at [0-9a-f]+ ip [0-9a-f]+ sp [0-9a-f]+ error \d+\b|\b\S+\[\d+\] general protection fault ip:/i,
    weight: 6,
    phaseWeight: { build: 4 },
    reason: "the process crashed with a segmentation fault",
    settled: true,
  },
  {
    id: "js-error",
    category: "RUNTIME_EXCEPTION",
    re: /^(?:Uncaught )?(?:TypeError|ReferenceError|RangeError|AggregateError)(?: \[\w+\])?: /,
    weight: 6,
    reason: "an uncaught JavaScript error crashed the process",
  },
  {
    // Node failing to open a file the code reads at run time (a data file, an upload, a generated
    // asset); a configuration file's absence is read by config-file-missing instead.
    id: "node-enoent-runtime",
    category: "RUNTIME_EXCEPTION",
    re: /^(?:Uncaught )?(?:\[?Error: )?ENOENT: no such file or directory, (?:open|scandir|stat|lstat) '/,
    weight: 5,
    phaseWeight: { build: 0 },
    settled: true,
    reason: "the code opened a file that is not there",
  },
  {
    id: "unhandled-rejection",
    category: "RUNTIME_EXCEPTION",
    re: /UnhandledPromiseRejection|Unhandled promise rejection|unhandledRejection/,
    // A rejection that only carries a child's exit code states no cause (guide case 10), and Node's
    // deprecation notice about rejections is no rejection.
    unless: /\bError: [Ee]xited with code \d+$|DeprecationWarning: Unhandled promise rejections are deprecated\b/,
    weight: 3,
    key: false,
    reason: "a promise rejection was not handled",
  },
  {
    id: "ruby-error",
    category: "RUNTIME_EXCEPTION",
    re: /\((?:NoMethodError|NameError|ArgumentError|TypeError|ZeroDivisionError|RuntimeError|KeyError|FrozenError|Errno::E[A-Z]+)\)$|^(?:NoMethodError|NameError|ArgumentError|FrozenError): |undefined method [`'].+' for nil/,
    weight: 6,
    reason: "a Ruby exception crashed the process",
  },
  {
    id: "py-exception",
    category: "RUNTIME_EXCEPTION",
    re: /^(?:[a-z_][\w]*\.)*(?:[A-Z]\w*(?:Error|Exception)|KeyError|StopIteration): /,
    // A CalledProcessError reports a child command that failed: the cause is in that command's output.
    // Maven's own wrappers restate a goal that failed; the cause is in the goal's output.
    unless:
      /^(?:ModuleNotFoundError|ImportError|MemoryError|SyntaxError)|^(?:subprocess\.)?CalledProcessError: |\b(?:LifecycleExecutionException|MojoExecutionException|MojoFailureException): /,
    weight: 4,
    reason: "an uncaught exception ended the process",
  },
  {
    id: "jvm-exception",
    category: "RUNTIME_EXCEPTION",
    re: /Exception in thread "[^"]+"|^Caused by: [\w.$]+(?:Exception|Error)\b|APPLICATION FAILED TO START/,
    weight: 4,
    reason: "an uncaught JVM exception ended the process",
  },
  {
    id: "elixir-exception",
    category: "RUNTIME_EXCEPTION",
    re: /^(?:(?:INFO|ERROR|\[error\]|\[info\])\s+)?\*\* \((?:[\w.]+Error|ArgumentError|MatchError|KeyError|FunctionClauseError|RuntimeError)\)|^\*\* \(EXIT\) no process: /,
    weight: 5,
    reason: "an Elixir exception crashed the process",
  },
  {
    id: "php-fatal",
    category: "RUNTIME_EXCEPTION",
    re: /PHP Fatal error:\s+Uncaught|^Fatal error: Uncaught|^Uncaught (?:[\w\\]+\\)?\w*(?:Error|Exception)\b: |^Error: Call to (?:a member function \w+\(\) on (?:null|array|bool|string|int)|undefined (?:function|method) )/,
    weight: 6,
    reason: "an uncaught PHP exception",
  },
  {
    id: "dotnet-unhandled",
    category: "RUNTIME_EXCEPTION",
    re: /^Unhandled exception\. /,
    weight: 6,
    reason: "an unhandled .NET exception",
  },
  {
    // .NET: the process may not read or write a path (the file system's permission, not the code's logic).
    id: "dotnet-unauthorized-access",
    category: "PERMISSION_AUTH",
    // (NuGet's MSBuild targets print the message without the exception's name)
    re: /\bSystem\.UnauthorizedAccessException: Access to the path .* is denied|\berror : Access to the path (?:'[^\x27]*' )?is denied\b/,
    weight: 9,
    reason: "the process lacks permission on a path",
  },
  {
    // .NET: an assembly the program references is not next to it at start.
    id: "dotnet-assembly-missing",
    category: "MISSING_MODULE_RUNTIME",
    re: /\bFileNotFoundException: Could not load file or assembly '[^']+'|\bFileLoadException: Could not load file or assembly '[^']+'.*manifest definition does not match|An assembly specified in the application dependencies manifest \([^)]+\) was not found/,
    weight: 9,
    phaseWeight: { build: 4 },
    reason: "an assembly the program loads is missing",
  },
  {
    // .NET: a connection string (or key) read from configuration came back null.
    id: "dotnet-null-setting",
    category: "MISSING_ENV_CONFIG",
    re: /ArgumentNullException: Value cannot be null\.? \(?Parameter '(\w*(?:[Cc]onnection[Ss]tring|[Cc]onnectionString|[Aa]pi[Kk]ey|[Ss]ecret|[Pp]assword|[Tt]oken|[Uu]rl|[Uu]ri))'\)?/,
    weight: 9,
    reason: "a setting the app reads at start (connection string, key) is not configured",
  },
  {
    // Rust's std::env::var(...).unwrap() on a variable that is not set: VarError::NotPresent.
    id: "rust-env-not-present",
    category: "MISSING_ENV_CONFIG",
    re: /called `(?:Result|Option)::(?:unwrap|expect)\(\)` on an `Err` value: NotPresent|\benvironment variable not found\b|panicked at '[^']*: NotPresent'/,
    weight: 9,
    reason: "the program unwrapped an environment variable that is not set",
  },
  {
    // ADO.NET opening a connection whose connection string was never configured.
    id: "dotnet-connection-string-unset",
    category: "MISSING_ENV_CONFIG",
    re: /The ConnectionString property has not been initialized/,
    weight: 9,
    reason: "the connection string the app reads from configuration is not set",
  },
  {
    // A connection string with a keyword the driver rejects: the setting is malformed.
    id: "connection-string-keyword",
    category: "MISSING_ENV_CONFIG",
    re: /connect raised KeyError exception: key :\w+ not found|The keyword '[^']+' is not supported on this platform|Keyword not supported: '[^']+'|Format of the initialization string does not conform to specification/,
    weight: 8,
    reason: "the connection string holds a keyword the driver does not accept",
  },
  {
    id: "exception-header",
    category: "RUNTIME_EXCEPTION",
    // Also after markdown or quoting ("***`AttributeError: ...`***" as pasted into chats and issues).
    re: /(?:^|:\s+|\s|[`*"'(=])(?:[\w$]+[.:]{1,2})*[A-Z][\w$]*(?:Error|Exception)(?: \[\w+\])?: \S/,
    unless:
      /^(?:ModuleNotFoundError|ImportError|MemoryError|SyntaxError|KeyError|PermissionError)\b|Error: (?:connect|listen|getaddrinfo|EACCES|ENOENT|Cannot find)|\b(?:LifecycleExecutionException|MojoExecutionException|MojoFailureException): /,
    weight: 4,
    phaseWeight: { build: 0 },
    reason: "an exception header: the process raised an error",
  },
  {
    // Structural: a severity marker and a fully qualified exception class on one line, as JVM and
    // .NET loggers print them ("ERROR o.s.b.SpringApplication - ... org.x.BeanCreationException").
    id: "logged-exception",
    category: "RUNTIME_EXCEPTION",
    re: /\b(?:ERROR|FATAL|SEVERE|CRITICAL)\b.*\b(?:[a-z]\w*\.){2,}[A-Z]\w*(?:Exception|Error)\b/,
    // A "Class: message" header on the line is already counted by exception-header.
    unless: /\w(?:Exception|Error)(?: \[\w+\])?: \S/,
    weight: 4,
    phaseWeight: { build: 0 },
    reason: "the app logged an exception at error level",
  },
  {
    id: "generic-error",
    category: "RUNTIME_EXCEPTION",
    re: /^(?:Error|ERROR|FATAL|Fatal|panic)\b[:!]?\s+\S/,
    phaseWeight: { build: 0 },
    weight: 2,
    reason: "an error was logged",
  },
];

const HEALTHCHECK_TIMEOUT_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- HEALTHCHECK_TIMEOUT
  {
    // A deploy tool's last health-check attempt (attempt N of N) with the container still not healthy.
    id: "deploy-healthcheck-last-attempt",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\bAttempt (\d+) of \1 \| Healthcheck status: "(?:starting|unhealthy)"/,
    weight: 8,
    reason: "the health check never passed",
  },
  {
    // Hugging Face Spaces giving up on a Space that never became healthy.
    id: "space-not-healthy",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\bLaunch timed out, space was not healthy after \d+ min\b/,
    weight: 7,
    reason: "the app never became healthy",
  },
  {
    // wait-on (CI waiting for the app to answer) giving up.
    id: "wait-on-timeout",
    category: "HEALTHCHECK_TIMEOUT",
    re: /^Error: Timeout$/,
    requires: /\bwait-on\b/,
    weight: 7,
    explains: ["PORT_BINDING"],
    reason: "the app never answered the check that waited for it",
  },
  {
    // Cloud Run's startup probe failing before the instance started.
    id: "cloud-run-startup-probe",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Default STARTUP TCP probe failed \d+ times? consecutively for container/,
    weight: 8,
    reason: "the platform's startup probe never reached the app",
  },
  {
    // Helm (through abctl) waiting for a deployment whose pods never became ready; an image's entrypoint
    // waiting for its own port.
    id: "pods-never-ready",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Deployment is not ready: \S+\. \d+ out of \d+ expected pods are ready|timeout reached before the port went into state "inuse"/,
    weight: 7,
    reason: "the service never became ready",
  },
  {
    // A start script giving up waiting for the server to come up (5103).
    id: "start-wait-timed-out",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\bdid not start in \d+ seconds\b/,
    weight: 7,
    reason: "the service was not ready within the time its start script waits",
  },
  {
    // App Engine flex timing out while it waits for the version's health checks.
    id: "appengine-flex-await-healthy",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\/app-engine-flex\/flex_await_healthy\//,
    weight: 8,
    reason: "App Engine waited for the new version to become healthy and gave up",
  },
  {
    // A probe whose command is not in the image (guide case 7): the health check, not the start
    // command, runs a program that is not there.
    id: "probe-command-missing",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\b(?:Readiness|Liveness|Startup) probe failed: .*(?:command not found|: not found|executable file not found)/,
    explains: ["BUILD_CONFIG"],
    weight: 8,
    reason: "the health check runs a program the image does not have",
  },
  {
    // A start script's probe that never got an answer from the app.
    id: "start-probe-no-response",
    category: "HEALTHCHECK_TIMEOUT",
    re: /^No response from the (?:app|application|server|service) (?:in|after|within) \d+ s(?:ec(?:ond)?s?)?\b/,
    weight: 7,
    reason: "the app never answered the start script's probe",
  },
  {
    // The platform's proxy refused while it forwarded the platform's own health-check request
    // (Elastic Beanstalk's nginx and "/aws-health-check-..."): the app never listened (guide case 7).
    id: "proxy-health-request-refused",
    category: "HEALTHCHECK_TIMEOUT",
    re: /connect\(\) failed \(111: Connection refused\) while connecting to upstream.*request: "(?:GET|HEAD) \/[^"]*health/i,
    weight: 8,
    reason: "the proxy could not reach the app for the platform's health check",
  },
  {
    // docker exec of the health check command failing because the image lacks it (guide case 7).
    id: "healthcheck-command-missing",
    category: "HEALTHCHECK_TIMEOUT",
    re: /OCI runtime exec failed: .*executable file not found/,
    weight: 8,
    reason: "the health check command is not in the image",
  },
  {
    // kubelet restarting a container after failed probes; the probe's own failure, when the log
    // has it, is the more specific line.
    id: "kubelet-probe-restart",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Container \S+ failed (?:startup|liveness) probe, will be restarted/,
    weight: 7,
    keyWeight: 6.5,
    reason: "the platform restarted the container after its health probes failed",
  },
  {
    // A Worker whose start-up took longer than the platform allows.
    id: "worker-startup-cpu-limit",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Script startup exceeded CPU time limit/,
    weight: 8,
    reason: "the app takes longer to start than the platform allows",
  },
  {
    // IIS's module or the Functions host giving up on an app that did not start in time.
    id: "host-startup-timeout",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Managed server didn't initialize after \d+ ms|WorkerErrorEvent for runtime:[\w-]+.*TimeoutException/,
    weight: 8,
    reason: "the host gave up waiting for the app to start",
  },
  {
    // Dokku's checks failing on a container that keeps restarting.
    id: "dokku-container-restarted",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Failure in name='[\w-]+': container has restarted \d+ times/,
    weight: 8,
    reason: "the platform's checks failed on a restarting container",
  },
  {
    // A CLI waiting for the server it started to listen, in vain.
    id: "server-did-not-start-on-port",
    category: "HEALTHCHECK_TIMEOUT",
    re: /did not start on port \d+ within \d+ seconds/,
    weight: 7,
    reason: "the server never answered on its port in time",
  },
  {
    // Docker's events stream recording a container's health check as failing.
    id: "docker-event-unhealthy",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\bcontainer health_status: unhealthy\b/,
    weight: 7,
    reason: "the container's health check failed",
  },
  {
    // Azure App Service's warm-up request to a new deployment failing.
    id: "azure-warmup-failed",
    category: "HEALTHCHECK_TIMEOUT",
    re: /A call to warmup your site failed with response code\b/,
    weight: 8,
    reason: "the platform's warm-up request to the app failed",
  },
  {
    // A deploy tool that waited for its machines' health checks until its deadline ran out (flyctl).
    id: "health-wait-deadline",
    category: "HEALTHCHECK_TIMEOUT",
    re: /^Error: context deadline exceeded$/,
    requires: /to become healthy\b|health checks? (?:passing|passed)|\(started, 0\/\d+\)/,
    weight: 7,
    reason: "the deploy gave up waiting for health checks to pass",
  },
  {
    // A deploy tool's own health checker refused by the app it probes (Meteor Up).
    id: "deploy-tool-health-probe",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\[HealthCheck\].*Request to app failed\b/,
    weight: 9,
    reason: "the deploy tool's health check could not reach the app",
  },

  {
    // Helm giving up waiting for a release's resources to become ready (its wait option).
    id: "helm-wait-timeout",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\b(?:UPGRADE|INSTALLATION) FAILED: (?:context deadline exceeded|timed out waiting for the condition)\b/,
    weight: 7,
    reason: "the release's pods never became ready before Helm's timeout",
  },
  {
    // A platform's health checker reporting its own failed checks (Kamal, Dokku, Cloud Foundry),
    // and Azure's container that never answered its HTTP pings.
    id: "health-checker-report",
    category: "HEALTHCHECK_TIMEOUT",
    re: new RegExp(`${HEALTH_CHECKER_REPORT.source}|didn't respond to HTTP pings on port`, "i"),
    weight: 7,
    reason: "the platform's health checks of the new container failed",
  },
  {
    // Kubernetes giving up on a rollout whose new replicas never became available.
    id: "rollout-never-available",
    category: "HEALTHCHECK_TIMEOUT",
    re: /has timed out progressing\b/,
    weight: 7,
    reason: "the new replicas never became ready before the rollout's deadline",
  },
  {
    // Cloud Foundry's DEA: the instance never accepted connections within the health check's time.
    id: "cf-instance-not-accepting",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Instance \(index \d+\) failed to start accepting connections\b/,
    weight: 7,
    keyWeight: 10,
    reason: "the instance never accepted connections within the health check's time",
  },
  {
    // AWS's load balancer reporting a target that never passed its checks (ECS, Copilot).
    id: "target-group-unhealthy",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\(reason Health checks failed\)|is unhealthy in \(?target-group\b/,
    weight: 7,
    reason: "the load balancer's health checks of the new tasks failed",
  },
  {
    // Orchestrators' words for a release whose new instances never passed their health checks
    // (Nomad's unhealthy allocations, Fly's machines, DigitalOcean's components).
    id: "orchestrator-health-failed",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Failed due to unhealthy allocations\b|\bHealth checks failed for machine\b|\bcomponent [\w-]+ failed health checks?\b/i,
    weight: 7,
    // The platform's summary: a line naming the failed check itself is the better key line.
    keyWeight: 4,
    reason: "the platform's health checks of the new instances never passed",
  },
  {
    // flyctl's verdict on a machine whose checks never passed.
    id: "fly-health-check-failed",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Health check on port \d+ has failed|Your app is not responding properly/,
    weight: 6,
    reason: "the platform's health check on the app's port never passed",
  },
  {
    // The platform's health-check progress still at zero healthy instances (Fly: "to become healthy: 0/2").
    id: "zero-healthy",
    category: "HEALTHCHECK_TIMEOUT",
    re: /to become healthy: 0\/\d+|\b0 healthy(?: instances?|,)/,
    weight: 5,
    reason: "no instance passed its health check",
  },
  {
    // An orchestrator's or load balancer's health probe answered with a 5xx by the app.
    id: "probe-5xx",
    category: "HEALTHCHECK_TIMEOUT",
    re: /(?:kube-probe|ELB-HealthChecker|GoogleHC|Consul Health Check).*(?:status[:=]\s*|" )5\d\d\b|(?:status[:=]\s*|" )5\d\d\b.*(?:kube-probe|ELB-HealthChecker|GoogleHC)/,
    weight: 5,
    reason: "the health probe got a server error from the app",
  },
  {
    id: "railway-healthcheck",
    category: "HEALTHCHECK_TIMEOUT",
    re: /replicas? never became healthy|health check never passed|timeout reached waiting for health ?checks|^Healthcheck failed!?|health ?check (?:failed|timed out|timeout|exceeded timeout)/i,
    // A database client's own check of its cluster is the client failing to connect
    // (search-cluster-client-unreachable), not the platform checking the app.
    unless: /Elasticsearch client: health check timeout/,
    weight: 8,
    reason: "the health check never passed",
  },
  {
    // Dokku's zero-downtime checks: every attempt to reach the new container failed.
    id: "dokku-checks",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Could not start due to \d+ failed checks?/,
    weight: 10,
    reason: "the platform's health checks of the new container all failed",
  },
  {
    // Django rejects the platform's health-check host (ALLOWED_HOSTS), so every probe gets a 400.
    id: "healthcheck-host-rejected",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Invalid HTTP_HOST header: '[^']*health ?check[^']*'/i,
    weight: 8,
    reason: "the app rejects the health check's Host header, so the check never passes",
  },
  {
    // Structural: the orchestrator reports the health state itself (compose, ECS, swarm).
    id: "unhealthy-state",
    category: "HEALTHCHECK_TIMEOUT",
    re: /\b(?:is|found to be|became|marked(?: as)?) (?:unhealthy|not healthy)\b|\((?:unhealthy|health: starting)\)|\bunhealthy (?:container|service|task|target|instance)\b/i,
    weight: 7,
    reason: "a container or service never became healthy",
  },
  {
    // `docker inspect`'s health record: what the failing check printed, in a record of failed checks.
    id: "docker-health-record",
    category: "HEALTHCHECK_TIMEOUT",
    re: /^"Output" ?: "(?!")/,
    requires: DOCKER_HEALTH_RECORD,
    weight: 9,
    reason: "the container's health check kept failing (docker's health record)",
  },
  {
    id: "healthcheck-attempt",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Attempt #\d+ failed with (?:service unavailable|status \d+)|(?:Readiness|Liveness|Startup) probe failed|Check attempt \d+\/\d+ failed/,
    weight: 7,
    reason: "health check attempts failed",
  },
  {
    // What the checker's own probe got back (Dokku's CHECKS run curl): the specific line under "attempt failed".
    id: "healthcheck-probe-answer",
    category: "HEALTHCHECK_TIMEOUT",
    re: /curl: \(\d+\) The requested URL returned error: \d{3}/,
    requires: /Check attempt \d+\/\d+ failed|CHECKS expected result/,
    weight: 2,
    keyWeight: 9,
    reason: "the health check's probe got an error status",
  },
  {
    id: "sigkill-runtime",
    category: "HEALTHCHECK_TIMEOUT",
    re: /(?:Exit(?:ed)?(?: with)? (?:status|code)|exit code|status)[:=]?\s*137\b|\bSIGKILL\b|signal 9\b/i,
    unless: /\b[Ww]orker\b/,
    // An exit code alone states no cause (guide: UNKNOWN); the log must at least show a health check.
    requires: /\bhealth ?check|\bhealthy\b|\b(?:liveness|readiness|startup) probe\b/i,
    weight: 3,
    phaseWeight: { build: 0 },
    reason:
      "the platform killed the process (SIGKILL/137) without any memory evidence, as it does after a failed health check",
  },
  {
    // An orchestrator giving up on a rollout or task whose health checks never passed
    // (kubectl rollout status, ECS), or Cloud Run's container that never listened in time.
    id: "rollout-never-healthy",
    category: "HEALTHCHECK_TIMEOUT",
    re: /deployment "[^"]+" exceeded its progress deadline|Task failed (?:ELB|container) health checks|[Ff]ailed to start and (?:then )?listen on the port defined(?: (?:provided )?by the PORT|$)/,
    weight: 5,
    reason: "the platform gave up waiting for the new instances to become healthy",
  },
  {
    id: "boot-timeout",
    category: "HEALTHCHECK_TIMEOUT",
    re: /Boot timeout|timed out waiting for (?:the )?(?:app|server|port|health)|did not start within expected time limit|[Ww]arm ?up (?:request )?timed out/i,
    weight: 5,
    reason: "the app did not become ready in time",
  },
];

const PERMISSION_AUTH_SIGNALS: readonly Signal[] = [
  // ---------------------------------------------------------------- PERMISSION_AUTH
  {
    // MySQL 8's default authentication that an old client cannot speak: the credentials' plugin, not the
    // server's reachability (the app's "could not connect" after it follows from it).
    id: "mysql-auth-mode-unsupported",
    category: "PERMISSION_AUTH",
    re: /\bER_NOT_SUPPORTED_AUTH_MODE\b|\bClient does not support authentication protocol requested by server\b/,
    weight: 9,
    explains: ["DEPENDENCY_UNREACHABLE"],
    reason: "the database user's authentication method is one the client cannot use",
  },
  {
    // Postgres refusing a data directory owned by another user (a volume mounted with other ownership).
    id: "postgres-data-dir-ownership",
    category: "PERMISSION_AUTH",
    re: /\bFATAL: +data directory "[^"]+" has wrong ownership\b/,
    weight: 8,
    reason: "the database's data directory belongs to another user",
  },
  {
    // A bot library refusing the token it was given (JDA, a Telegram client).
    id: "bot-token-refused",
    category: "PERMISSION_AUTH",
    re: /\bLoginException: The provided token is invalid\b|\bmaybe your token is bad\b/,
    weight: 8,
    reason: "the service refused the bot's token",
  },
  {
    // A deploy CLI run without credentials (railway, vercel; wrangler's is cloudflare-api-auth).
    id: "deploy-cli-not-logged-in",
    category: "PERMISSION_AUTH",
    re: /\bUnauthorized\. Please login with `\w+ login`|\bNo existing credentials found\. Please run `\w+ login`/,
    weight: 8,
    reason: "the deploy CLI has no valid credentials",
  },
  {
    // Docker unable to read a file of the build context.
    id: "docker-context-unreadable",
    category: "PERMISSION_AUTH",
    re: /\berror checking context: .?no permission to read from\b/,
    weight: 8,
    reason: "the build cannot read a file of its context",
  },
  {
    // An image's entrypoint refusing a configuration file it cannot read (Grafana's GF_PATHS_CONFIG).
    id: "config-path-not-readable",
    category: "PERMISSION_AUTH",
    re: /\b[A-Z][A-Z0-9_]+='[^\x27]+' is not readable\.?$/,
    weight: 7,
    reason: "the configuration file is not readable by the process",
  },
  {
    // Magento's repository refusing the account's access keys.
    id: "magento-auth-keys-invalid",
    category: "PERMISSION_AUTH",
    re: /\bYour Magento authentication keys are invalid\b/,
    weight: 8,
    keyWeight: 10,
    reason: "the package repository refused the access keys",
  },
  {
    // runc not allowed to apply capabilities (a container inside LXC or another restricted host).
    id: "runc-apply-caps-not-permitted",
    category: "PERMISSION_AUTH",
    re: /\bunable to apply caps: operation not permitted\b/,
    weight: 7,
    reason: "the host does not allow the container's capabilities",
  },
  {
    // Redis given a password while it has none configured.
    id: "redis-auth-without-password",
    category: "PERMISSION_AUTH",
    re: /\bAUTH <password> called without any password configured\b/,
    weight: 8,
    explains: ["DEPENDENCY_UNREACHABLE"],
    reason: "the client sends a password Redis does not have",
  },
  {
    // npm publishing or fetching without a login.
    id: "npm-need-auth",
    category: "PERMISSION_AUTH",
    re: /^npm (?:ERR!|error) need auth\b/,
    weight: 7,
    reason: "npm has no credentials for the registry",
  },
  {
    // libgit2's reason under Cargo's "failed to authenticate": no SSH agent to ask.
    id: "libgit2-ssh-auth",
    category: "PERMISSION_AUTH",
    re: /\berror authenticating: .*; class=Ssh\b/,
    weight: 6,
    keyWeight: 11,
    reason: "git could not authenticate over SSH",
  },
  {
    // Xcode signing without the certificate the profile needs.
    id: "xcode-signing-certificate-missing",
    category: "PERMISSION_AUTH",
    re: /\berror: No signing certificate \x22[^\x22]+\x22 found\b/,
    weight: 7,
    reason: "the signing certificate is not installed",
  },
  {
    // A database or cache whose TLS certificate the client will not trust (self-signed).
    id: "tls-self-signed",
    category: "PERMISSION_AUTH",
    re: /\bself[- ]signed certificate(?: in certificate chain)?\b/,
    weight: 8,
    reason: "the client does not trust the server's self-signed certificate",
  },
  {
    // An Erlang server refused a file it must read (RabbitMQ's config: "File operation error: eperm").
    id: "erlang-file-eperm",
    category: "PERMISSION_AUTH",
    re: /File operation error: e(?:perm|acces)\. Target: /,
    weight: 9,
    // The config file it then reports it could not open is the same refusal.
    explains: ["MISSING_ENV_CONFIG"],
    keyWeight: 10,
    reason: "the server may not read a file it needs",
  },

  {
    // Directories the build or app may not create or write (Composer's vendor, a model cache).
    id: "directory-not-creatable",
    category: "PERMISSION_AUTH",
    re: /\S+ does not exist and could not be created\.?$|problem when trying to write in your cache folder\b|\[ERROR\] Cannot read directory "[^\x22]*": operation not permitted/,
    weight: 9,
    explains: ["BUILD_COMPILE"],
    reason: "the process may not create or read a directory it needs",
  },
  {
    // A gated model repository the token has no access to.
    id: "gated-repo",
    category: "PERMISSION_AUTH",
    re: /You are trying to access a gated repo\b/,
    weight: 9,
    reason: "the model repository is gated and the credentials lack access",
  },
  {
    // MySQL refusing to write a table (a read-only data directory or temporary directory).
    id: "mysql-table-read-only",
    category: "PERMISSION_AUTH",
    re: /General error: 1036 Table '[^\x27]+' is read only/,
    weight: 8,
    reason: "the database may not write its tables",
  },

  {
    // nginx unable to load the certificate it is configured with (guide: a missing credential, 2 labels).
    id: "nginx-certificate-unloadable",
    category: "PERMISSION_AUTH",
    re: /\bcannot load certificate "[^\x22]+": /,
    weight: 8,
    reason: "the server cannot load its TLS certificate",
  },
  {
    // Composer cloning a private repository without credentials (guide case 8).
    id: "composer-git-credentials",
    category: "PERMISSION_AUTH",
    re: /try running in interactive mode so that you can enter your GitHub credentials/,
    // A repository that is not there at all is the dependency's, however Composer asks.
    unlessLog: /Repository not found|repository '[^\x27]+' not found/,
    weight: 9,
    reason: "a private repository needs credentials the build does not have",
  },
  {
    // A directory the app must write to, not writable by the server's user.
    id: "parent-directory-not-writable",
    category: "PERMISSION_AUTH",
    re: /Is its parent directory writable by the server\?|\bcouldn\x27t make "[^\x22]+" executable: chmod \S+: operation not permitted/,
    weight: 8,
    reason: "the process may not write where it must",
  },
  {
    // initdb unable to set the permissions of its data directory (a volume it does not own).
    id: "initdb-data-dir-permissions",
    category: "PERMISSION_AUTH",
    re: /initdb: error: could not change permissions of directory "[^\x22]+": Operation not permitted/,
    weight: 8,
    reason: "the database may not take ownership of its data directory",
  },

  {
    // sbt's resolvers: a repository refusing the credentials, or none configured for its realm.
    id: "sbt-repository-credentials",
    category: "PERMISSION_AUTH",
    // (the "[error]" prefix is stripped before rules read the line)
    re: /^(?:\[error\]\s+)?unauthorized: https?:\/\/|^(?:\[error\] )?Unable to find credentials for \[/,
    weight: 9,
    reason: "the package repository refused or lacked the credentials",
  },
  {
    // An API server (an LLM gateway) answering a request that carried no key.
    id: "no-api-key-passed",
    category: "PERMISSION_AUTH",
    re: /(?:^|Exception: )No api key (?:passed in|provided)\b/i,
    weight: 7,
    reason: "a request carried no API key",
  },
  {
    // A Rust client's error for a 401 or 403 from a service it fetches from.
    id: "remote-status-forbidden",
    category: "PERMISSION_AUTH",
    re: /\bStatusCode\(40[13]\)/,
    weight: 7,
    reason: "a remote service refused the request",
  },
  {
    // Postgres refusing an action that needs a superuser.
    id: "postgres-must-be-superuser",
    category: "PERMISSION_AUTH",
    re: /ERROR: must be superuser to\b/,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 8,
    reason: "the database user lacks the privilege the app needs",
  },
  {
    // A Unix socket the app cannot create: the directory's permissions, not a port.
    id: "unix-socket-eacces",
    category: "PERMISSION_AUTH",
    re: /listen EACCES: permission denied \S+\.sock\b/,
    explains: ["PORT_BINDING"],
    weight: 10,
    reason: "the app may not create its socket file in that directory",
  },
  {
    // Yii's check that its assets directory is writable.
    id: "web-directory-not-writable",
    category: "PERMISSION_AUTH",
    re: /The directory is not writable by the Web process: /,
    weight: 8,
    reason: "the web server's user cannot write to a directory the app needs",
  },
  {
    // Rails' own account of a database that refused the credentials (the adapter's message under it is the key line).
    id: "rails-database-credentials",
    category: "PERMISSION_AUTH",
    re: /There is a problem connecting to your database using your username\/password\b/,
    keyWeight: 5,
    explains: ["DEPENDENCY_UNREACHABLE"],
    weight: 8,
    reason: "the database refused the app's username or password",
  },
  {
    // tsc unable to write its output where it runs (a volume owned by another user).
    id: "tsc-write-eacces",
    category: "PERMISSION_AUTH",
    re: /\berror TS5033: Could not write file '[^']+': (?:EACCES|EPERM)\b/,
    weight: 9,
    reason: "the compiler may not write its output directory",
  },
  {
    // Bundler unable to write or read its own files (.bundle/config, the gem directory) as the user it runs as.
    id: "bundler-filesystem-access",
    category: "PERMISSION_AUTH",
    re: /There was an error while trying to (?:write to|read from|access|create) `[^`]+`\. It is likely that you need to grant (?:write|read|executable) permissions\b/,
    weight: 9,
    reason: "the installer may not write or read a file it needs",
  },
  {
    // A release or upload tool's API call refused its token (sentry-cli: "Invalid token (http status: 401)").
    id: "api-call-refused-http-status",
    category: "PERMISSION_AUTH",
    re: /\breported an error: .*\(http status: 40[13]\)$/,
    weight: 8,
    reason: "the service refused the tool's credentials",
  },
  {
    // Postgres asking for a password the client was not given (JDBC, Agroal, Hikari).
    id: "postgres-password-not-provided",
    category: "PERMISSION_AUTH",
    re: /The server requested (?:password-based|SCRAM-based|SCRAM) authentication, but no password was provided\b/,
    weight: 8,
    reason: "the database asked for a password the app was not given",
  },
  {
    // Nextcloud-style start checks: a directory the app must write is not writable by its user.
    id: "app-directory-not-writable",
    category: "PERMISSION_AUTH",
    re: /\bCannot write into "[^"]+" directory\b/,
    weight: 8,
    reason: "the app cannot write a directory it needs",
  },
  {
    // Composer (or another client) refused by a code host it must authenticate with.
    id: "code-host-auth-failed",
    category: "PERMISSION_AUTH",
    re: /\bCould not authenticate against [\w.-]+\.\w+/,
    weight: 8,
    reason: "the code host refused the credentials the build used",
  },
  {
    // A cloud's IAM refusing an action to the deploying identity ("is not authorized to perform:
    // cloudformation:DescribeStackResources").
    id: "cloud-iam-denied",
    category: "PERMISSION_AUTH",
    re: /\bis not authorized to perform: [\w-]+:\w+/,
    weight: 8,
    reason: "the cloud refused the deploying identity an action it needs",
  },
  {
    // A CI job's token without a permission the step needs (GitHub's id-token for Pages and OIDC).
    id: "ci-token-permission",
    category: "PERMISSION_AUTH",
    re: /Ensure GITHUB_TOKEN has permission "[\w-]+: ?write"|Resource not accessible by integration/,
    weight: 8,
    reason: "the CI job's token lacks a permission the step needs",
  },
  {
    // Discord refusing privileged gateway intents the bot was not granted in its portal.
    id: "discord-disallowed-intents",
    category: "PERMISSION_AUTH",
    re: /\[DISALLOWED_INTENTS\]|Privileged intent provided is not enabled or whitelisted/,
    weight: 8,
    reason: "the bot asks for privileged intents its application was not granted",
  },
  {
    // RabbitMQ refusing an Erlang cookie file others may read.
    id: "erlang-cookie-permissions",
    category: "PERMISSION_AUTH",
    re: /Cookie file \S+ must be accessible by owner only/,
    weight: 8,
    reason: "a secret file has permissions the server refuses",
  },
  {
    // The Cloudflare API refusing the token Wrangler sent (or that it has none), also as quoted in its notes.
    id: "cloudflare-api-auth",
    category: "PERMISSION_AUTH",
    re: /\bAuthentication error \[code: 10000\]/,
    weight: 8,
    reason: "the API refused the credentials",
  },
  {
    // RubyGems and Bundler refused the gem directory by the file system.
    id: "gem-dir-not-writable",
    category: "PERMISSION_AUTH",
    re: /You don't have write permissions for the \S+ directory/,
    weight: 8,
    reason: "the process may not write where gems are installed",
  },
  {
    // docker login run with an empty password option (a registry secret that was not set).
    id: "docker-login-empty-password",
    category: "PERMISSION_AUTH",
    re: /flag needs an argument: 'p' in -p\b/,
    requires: /docker login/,
    weight: 7,
    reason: "the registry login was run without a password",
  },
  {
    // GitHub refusing a password where a token is needed.
    id: "github-password-auth-removed",
    category: "PERMISSION_AUTH",
    re: /Support for password authentication was removed on August 13, 2021/,
    weight: 9,
    reason: "git authenticated with a password GitHub no longer accepts",
  },
  {
    // AWS refusing a request for its credentials or permissions (boto's message).
    id: "aws-operation-forbidden",
    category: "PERMISSION_AUTH",
    re: /An error occurred \((?:403|AccessDenied|InvalidAccessKeyId|SignatureDoesNotMatch|UnrecognizedClientException)\) when calling the \w+ operation/,
    weight: 8,
    reason: "AWS refused the request's credentials",
  },
  {
    // Kudu unable to replace a file the running app holds open.
    id: "kudu-file-in-use",
    category: "PERMISSION_AUTH",
    re: /Failed to change file that is currently being used\b/,
    weight: 7,
    reason: "the deploy cannot replace a file in use",
  },
  {
    // A database server asking for a password the client did not send.
    id: "db-no-password-supplied",
    category: "PERMISSION_AUTH",
    re: /fe_sendauth: no password supplied/,
    weight: 9,
    reason: "the database asked for a password the app did not send",
  },
  {
    // An API refusing or missing its key (Meilisearch, Stripe).
    id: "api-key-refused-or-missing",
    category: "PERMISSION_AUTH",
    re: /The provided API key is invalid\b|You did not provide an API key\b/,
    weight: 8,
    reason: "the API key is invalid or missing",
  },
  {
    // The AWS SDK finding no credentials.
    id: "aws-no-credentials",
    category: "PERMISSION_AUTH",
    re: /Could not load credentials from any providers|Unable to get IAM security credentials from EC2 Instance Metadata Service/,
    weight: 8,
    reason: "the app has no cloud credentials",
  },
  {
    // Erlang (RabbitMQ) refused access to a file it reads at start.
    id: "erlang-file-eacces",
    category: "PERMISSION_AUTH",
    re: /Error when reading \S+: eacces\b/,
    weight: 8,
    reason: "the server cannot read a file it needs",
  },
  {
    // H2 refusing writes to a database file it opened read-only (volume permissions).
    id: "h2-read-only",
    category: "PERMISSION_AUTH",
    re: /The database is read only\b/,
    weight: 9,
    reason: "the database file cannot be written",
  },
  {
    // A secret file with permissions too open for the program to accept (ACME stores, SSH keys).
    id: "file-permissions-too-open",
    category: "PERMISSION_AUTH",
    re: /[Pp]ermissions \d{3,4} for '?\S+?'? are too open/,
    weight: 9,
    reason: "a secret file's permissions are too open",
  },
  {
    // Discord refusing privileged intents the bot did not enable in the developer portal.
    id: "discord-privileged-intents",
    category: "PERMISSION_AUTH",
    re: /PrivilegedIntentsRequired|requesting privileged intents that have not been explicitly enabled|Used disallowed intents/,
    weight: 8,
    reason: "the bot asks for intents its application is not allowed",
  },
  {
    // Slack's Web API refusing the token.
    id: "slack-invalid-auth",
    category: "PERMISSION_AUTH",
    re: /An API error occurred: (?:invalid_auth|not_authed|token_revoked|account_inactive)\b/,
    weight: 8,
    reason: "Slack refused the token",
  },
  {
    // A data directory the app cannot write to.
    id: "directory-not-writable",
    category: "PERMISSION_AUTH",
    re: /directory (?:doesn't|does not) seem (?:to be )?writable/,
    weight: 7,
    reason: "the app cannot write to its data directory",
  },
  {
    // ImageMagick's security policy refusing a format (policy.xml).
    id: "imagemagick-policy",
    category: "PERMISSION_AUTH",
    re: /\bnot authorized `[^']*' @ error\/constitute\.c\//,
    weight: 8,
    reason: "ImageMagick's policy refuses the file",
  },
  {
    // The system refusing to map a native library (noexec mounts, seccomp).
    id: "shared-lib-not-permitted",
    category: "PERMISSION_AUTH",
    re: /Error loading shared library \S+: Operation not permitted/,
    weight: 10,
    reason: "the system refuses to load a native library",
  },
  {
    // The Serverless Framework deploying without AWS credentials.
    id: "serverless-aws-credentials-missing",
    category: "PERMISSION_AUTH",
    re: /AWS provider credentials not found\b/,
    weight: 8,
    reason: "the deploy has no AWS credentials",
  },
  {
    // Symfony unable to write its logs or cache directory.
    id: "symfony-dir-unwritable",
    category: "PERMISSION_AUTH",
    re: /Unable to (?:write in|create) the "?(?:logs?|cache)"? directory\b/,
    weight: 8,
    reason: "the app cannot write its logs or cache directory",
  },
  {
    // A client told the server needs credentials it did not send (Redis' "Authentication required.").
    id: "server-authentication-required",
    category: "PERMISSION_AUTH",
    re: /\bconnection error: Authentication required\.?$|\bAuthenticationError: Authentication required\.?$/,
    weight: 8,
    reason: "the server requires credentials the client did not send",
  },
  {
    // A model hub or API refusing the request for its credentials (401/403 on a download).
    id: "http-client-401-403",
    category: "PERMISSION_AUTH",
    re: /HTTPError: 40[13] Client Error: (?:Unauthorized|Forbidden) for url:/,
    weight: 8,
    reason: "the server refused the request for its credentials",
  },
  {
    // Rails 7.1's account of a database that refused the username or password.
    id: "rails-db-credentials",
    category: "PERMISSION_AUTH",
    re: /There is an issue connecting to your database with your username\/password\b/,
    weight: 9,
    reason: "the database refused the username or password",
  },
  {
    // Docker Desktop refusing to mount a host path it does not share.
    id: "docker-mounts-denied",
    category: "PERMISSION_AUTH",
    re: /Mounts denied: /,
    weight: 8,
    reason: "Docker refused to mount a host path",
  },
  {
    // Cargo fetching a git dependency over SSH or HTTPS without credentials that work (guide case 8).
    id: "cargo-git-auth",
    category: "PERMISSION_AUTH",
    re: /failed to authenticate when downloading repository\b/,
    weight: 9,
    keyWeight: 10,
    reason: "cargo could not authenticate to fetch a git dependency",
  },
  {
    // A deploy or API token the service refused as invalid.
    id: "token-validation-error",
    category: "PERMISSION_AUTH",
    re: /\btoken validation (?:error|failed)\b/i,
    weight: 8,
    keyWeight: 10,
    reason: "a service refused the token as invalid",
  },
  {
    // SQLite unable to open its database file: the directory or volume is not writable, or not there.
    id: "sqlite-cantopen",
    category: "PERMISSION_AUTH",
    re: /\bSQLITE_CANTOPEN\b|unable to open database file/,
    weight: 8,
    // The file system's own refusal, when shown, says more.
    keyWeight: 6,
    reason: "SQLite cannot open its database file (permissions or a missing directory)",
  },
  {
    // A git push refused by the host for the identity that pushed (a CI token without write access).
    id: "git-push-permission-denied",
    category: "PERMISSION_AUTH",
    re: /^(?:remote: )?Permission to [\w.-]+\/[\w.-]+(?:\.git)? denied to [^\s.]+/,
    weight: 8,
    reason: "the git host refused the push for the credentials used",
  },
  {
    // A database user or HTTP client refused for lack of rights (MongoDB roles, urllib's 401/403).
    id: "not-authorized-more",
    category: "PERMISSION_AUTH",
    re: /\bnot authorized on \w+ to execute command\b|\bHTTP Error 40[13]: (?:Unauthorized|Forbidden)\b/,
    weight: 9,
    reason: "the service refused the caller's rights or credentials",
  },
  {
    // A remote builder or registry asking for a login the deploy did not have.
    id: "builder-login-required",
    category: "PERMISSION_AUTH",
    re: /\bYou must be authenticated\b/,
    weight: 8,
    reason: "the builder or registry requires a login",
  },
  {
    // CI credentials refused or absent: the workflow token's permissions, cloud credentials an
    // action could not load, a registry login without a password, git's remote refusing a login.
    id: "ci-credentials-refused",
    category: "PERMISSION_AUTH",
    re: /Resource not accessible by integration\b|Credentials could not be loaded, please check your action inputs\b|Cannot perform an interactive login from a non TTY device\b|remote: Invalid username or (?:password|token)\b/,
    weight: 9,
    reason: "the CI job's credentials were refused or not given",
  },
  {
    // NuGet and HTTP clients refused by a feed ("Response status code does not indicate success:
    // 401 (Unauthorized)").
    id: "feed-refused-credentials",
    category: "PERMISSION_AUTH",
    re: /Response status code does not indicate success: 40[13]\b/,
    weight: 8,
    keyWeight: 10,
    reason: "a package feed refused the credentials",
  },
  {
    // Laravel refusing to start without a writable cache or storage directory.
    id: "directory-must-be-writable",
    category: "PERMISSION_AUTH",
    re: /directory must be present and writable\b/,
    weight: 8,
    reason: "a directory the app writes to is not writable",
  },
  {
    // gRPC services (Firestore, Google APIs) refusing the caller.
    id: "grpc-permission-denied",
    category: "PERMISSION_AUTH",
    re: /\b7 PERMISSION_DENIED: |\b16 UNAUTHENTICATED: /,
    weight: 8,
    reason: "the service refused the caller's credentials",
  },
  {
    // Credentials refused, in the words of MongoDB's old driver, SQL Server and bot APIs.
    id: "credentials-refused-more",
    category: "PERMISSION_AUTH",
    re: /\bMongoError: auth fail(?:s|ed)\b|\bLogin failed for user '[^']*'|\b(?:[\w.]+\.)?InvalidToken\b|\bTokenInvalid\b|LoginFailure: Improper token has been passed|An invalid token was provided\b|Request failed with status code 40[13]\b|\b\w*Error: 401: Unauthorized\b|'error': '(?:invalid_auth|not_authed|token_revoked)'|pg_hba\.conf rejects connection\b/,
    weight: 8,
    reason: "the service refused the credentials",
  },
  {
    // A registry or build plugin refusing to go on without credentials ("DOCKER> Authentication is
    // required."), and Composer asking for a GitHub token it was not given (guide case 8).
    id: "credentials-required",
    category: "PERMISSION_AUTH",
    re: /\bAuthentication is required\b|enter your GitHub credentials to access private repos\b/,
    weight: 8,
    reason: "credentials were required and not given",
  },
  {
    // Writing to a read-only file system (a serverless bundle, a read-only mount).
    id: "read-only-filesystem",
    category: "PERMISSION_AUTH",
    re: /\bEROFS: read-only file system\b|\bRead-only file system\b|attempt to write a readonly database\b/,
    // (sysctl failing to set a kernel key from inside a container is a warning the app lives with.)
    unless: /\/proc\/sys\/|setting key "[\w.]+"/,
    weight: 7,
    reason: "the app writes where the file system is read-only",
  },
  {
    // Cloud SDKs finding no credentials at all (no key in the environment, no role attached).
    id: "cloud-credentials-missing",
    category: "PERMISSION_AUTH",
    re: /NoCredentialsError|Unable to locate credentials|DefaultCredentialsError|Could not load the default credentials/,
    weight: 8,
    reason: "the cloud SDK found no credentials to authenticate with",
  },
  {
    id: "path-not-writable",
    category: "PERMISSION_AUTH",
    re: /\bpath is not writable\b|\bis not writable: \/|\bnot writable by the current user\b/,
    weight: 8,
    reason: "the process cannot write where it needs to",
  },
  {
    id: "eacces",
    category: "PERMISSION_AUTH",
    re: /\bEACCES\b|PermissionError: \[Errno 13\]|\bEPERM\b|[Pp]ermission denied|Operation not permitted/,
    // npm's bare "code EACCES" field is not the line that says what was refused, and a container
    // refused a higher ulimit only warns, and so does Go's module cache in a home it cannot write.
    unless:
      /listen EACCES|bind|publickey|gyp WARN EACCES|^(?:npm (?:ERR!|error) )?code:? EACCES$|\[EACCES\] Warning: |\bulimit: .*cannot modify limit|failed to create modcache index dir\b/,
    weight: 7,
    reason: "the process lacks file-system permission",
  },
  {
    // git asked for credentials it was not given (a private repository fetched during a build).
    id: "git-no-credentials",
    category: "PERMISSION_AUTH",
    re: /could not read (?:Username|Password) for 'https?:\/\/[^']*'/,
    weight: 9,
    reason: "git has no credentials for a private repository",
  },
  {
    id: "db-auth",
    category: "PERMISSION_AUTH",
    re: /password authentication failed for user|failed password authentication for user\b|Authentication failed against database server|Access denied for user|\bError: 28P01\b|Connection Error: 28P01\b|Host '[^']+' is not allowed to connect to this (?:MySQL|MariaDB) server|NOAUTH Authentication required|WRONGPASS|\bERR invalid password\b|AUTHENTICATION_FAILED \(516\)|no pg_hba\.conf entry|role ".+" does not exist|bad auth|Authentication failed\.|SASL authentication failed/i,
    weight: 9,
    reason: "the database or cache rejected the credentials",
  },
  {
    // A client library's own authentication exception (redis-py, Kafka, AMQP, SMTP, cloud SDKs):
    // the dependency answered, and refused the credentials.
    id: "auth-exception-class",
    category: "PERMISSION_AUTH",
    re: /(?:^|[\s.:([])(?:[\w$]+[.:]{1,2})*(?:\w*Authentication(?:Failed)?|Auth(?:entication)?Failure|SaslAuthentication|Unauthorized|NotAuthorized|AccessDenied|InvalidCredentials?)(?:Error|Exception)\b/,
    weight: 8,
    reason: "a client library raised an authentication error: the credentials were refused",
  },
  {
    id: "registry-auth",
    category: "PERMISSION_AUTH",
    re: new RegExp(
      `(?:${ARTIFACT_FETCH.source}).*(?:${REPOSITORY_REFUSED_CREDENTIALS.source})|${REGISTRY_AUTH_MESSAGES.source}`,
    ),
    weight: 8,
    reason: "a registry or git host rejected the credentials",
  },
  {
    id: "npm-auth-code",
    category: "PERMISSION_AUTH",
    re: /npm (?:ERR!|error) code E40[13]\b/,
    weight: 8,
    key: false,
    reason: "npm's registry refused the credentials (E401/E403)",
  },
  {
    id: "api-auth",
    category: "PERMISSION_AUTH",
    re: /\b401 Unauthorized\b|\b403 Forbidden\b|returned an invalid status code '(?:Forbidden|Unauthorized)'|Incorrect API key provided|invalid[ _-]?api[ _-]?key|InvalidClientTokenId|SignatureDoesNotMatch|AccessDenied(?:Exception)?\b(?!\.\w)/i,
    weight: 6,
    reason: "an API rejected the credentials",
  },
];

// The signals, one array per category (one literal of them all is too large for the type checker).
export const SIGNALS: readonly Signal[] = [
  ...BUILD_DEPENDENCY_SIGNALS,
  ...BUILD_COMPILE_SIGNALS,
  ...BUILD_CONFIG_SIGNALS,
  ...MISSING_MODULE_RUNTIME_SIGNALS,
  ...MISSING_ENV_CONFIG_SIGNALS,
  ...PORT_BINDING_SIGNALS,
  ...OUT_OF_MEMORY_SIGNALS,
  ...DEPENDENCY_UNREACHABLE_SIGNALS,
  ...DB_MIGRATION_SIGNALS,
  ...RUNTIME_EXCEPTION_SIGNALS,
  ...HEALTHCHECK_TIMEOUT_SIGNALS,
  ...PERMISSION_AUTH_SIGNALS,
];

/**
 * Causal precedence: when the cause is clearly present, the effect is what it leads to, so the
 * effect's score is capped below the cause's. A missing DATABASE_URL explains a refused
 * connection; a failed migration explains the SQL errors after it; a real crash explains the
 * health check that never passed.
 */
export interface Precedence {
  cause: KnownCategory;
  effects: readonly KnownCategory[];
  /** The cause must score at least this much for the rule to apply. */
  min: number;
  why: string;
}

export const PRECEDENCE: readonly Precedence[] = [
  {
    cause: "MISSING_ENV_CONFIG",
    effects: [
      "DEPENDENCY_UNREACHABLE",
      "RUNTIME_EXCEPTION",
      "HEALTHCHECK_TIMEOUT",
      "PERMISSION_AUTH",
      "DB_MIGRATION",
      "BUILD_CONFIG",
    ],
    min: 6,
    why: "a missing or invalid variable explains the failures that follow it",
  },
  {
    cause: "PORT_BINDING",
    effects: ["HEALTHCHECK_TIMEOUT", "RUNTIME_EXCEPTION", "PERMISSION_AUTH"],
    min: 6,
    why: "a server that cannot listen on $PORT fails its health check",
  },
  {
    cause: "OUT_OF_MEMORY",
    effects: ["RUNTIME_EXCEPTION", "HEALTHCHECK_TIMEOUT", "BUILD_COMPILE", "BUILD_DEPENDENCY"],
    min: 6,
    why: "running out of memory makes the step that was running fail",
  },
  {
    cause: "PERMISSION_AUTH",
    // A fetch refused for want of credentials is why the package could not be resolved (guide case 8).
    effects: ["DEPENDENCY_UNREACHABLE", "RUNTIME_EXCEPTION", "HEALTHCHECK_TIMEOUT", "DB_MIGRATION", "BUILD_DEPENDENCY"],
    min: 7,
    why: "rejected credentials explain the failed connection",
  },
  {
    cause: "DB_MIGRATION",
    effects: ["RUNTIME_EXCEPTION", "HEALTHCHECK_TIMEOUT"],
    min: 5,
    why: "a failed migration explains the database errors after it",
  },
  {
    cause: "MISSING_MODULE_RUNTIME",
    effects: ["RUNTIME_EXCEPTION", "HEALTHCHECK_TIMEOUT"],
    min: 6,
    why: "a missing module crashes the process at start",
  },
  {
    cause: "BUILD_CONFIG",
    effects: ["RUNTIME_EXCEPTION", "HEALTHCHECK_TIMEOUT", "MISSING_MODULE_RUNTIME"],
    min: 7,
    why: "a wrong start command or build setup crashes the process at start",
  },
  {
    cause: "DEPENDENCY_UNREACHABLE",
    effects: ["RUNTIME_EXCEPTION", "HEALTHCHECK_TIMEOUT"],
    min: 6,
    why: "an unreachable dependency makes the app crash or never become ready",
  },
  {
    cause: "BUILD_COMPILE",
    effects: ["RUNTIME_EXCEPTION", "HEALTHCHECK_TIMEOUT", "MISSING_MODULE_RUNTIME"],
    min: 7,
    why: "code that does not compile never starts",
  },
  {
    cause: "BUILD_DEPENDENCY",
    effects: ["BUILD_COMPILE", "RUNTIME_EXCEPTION"],
    min: 8,
    why: "dependencies that failed to install make later steps fail",
  },
  {
    cause: "RUNTIME_EXCEPTION",
    effects: ["HEALTHCHECK_TIMEOUT"],
    min: 5,
    why: "a crash explains the health check that never passed",
  },
];

/** Below this score the evidence is too weak to name a cause: the answer is UNKNOWN. */
export const UNKNOWN_THRESHOLD = 3;

/** What to do about each category; code-caused failures roll back when they reach runtime. */
export function actionFor(category: KnownCategory | "UNKNOWN", phase: DiagnosisPhase): DiagnosisAction {
  switch (category) {
    case "BUILD_DEPENDENCY":
      return "fix_code";
    case "BUILD_CONFIG":
    case "PORT_BINDING":
    case "PERMISSION_AUTH":
      return "fix_config";
    case "MISSING_ENV_CONFIG":
      return "set_variable";
    case "OUT_OF_MEMORY":
      return "scale_memory";
    case "DEPENDENCY_UNREACHABLE":
      return "check_dependency";
    case "HEALTHCHECK_TIMEOUT":
      return "rollback";
    case "BUILD_COMPILE":
    case "MISSING_MODULE_RUNTIME":
    case "RUNTIME_EXCEPTION":
    case "DB_MIGRATION":
      return phase === "runtime" ? "rollback" : "fix_code";
    case "UNKNOWN":
      return "none";
  }
}

export const CATEGORY_TITLES: Record<KnownCategory | "UNKNOWN", string> = {
  BUILD_DEPENDENCY: "Dependency installation failed",
  BUILD_COMPILE: "The code does not compile",
  BUILD_CONFIG: "The build or start configuration is wrong",
  MISSING_MODULE_RUNTIME: "A module is missing at start",
  MISSING_ENV_CONFIG: "A required variable or setting is missing",
  PORT_BINDING: "The server cannot listen on $PORT",
  OUT_OF_MEMORY: "Out of memory",
  DEPENDENCY_UNREACHABLE: "A dependency is unreachable",
  DB_MIGRATION: "A database migration failed",
  RUNTIME_EXCEPTION: "The app crashed with an exception",
  HEALTHCHECK_TIMEOUT: "The health check never passed",
  PERMISSION_AUTH: "Permission or credentials were rejected",
  UNKNOWN: "No clear root cause in the log",
};
