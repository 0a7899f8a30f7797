import { describe, expect, it } from "vitest";
import { classifierTokens, diagnoseWith } from "../../src/patterns/diagnose.js";
import { trainNaiveBayes } from "../../src/patterns/diagnose-nb.js";
import { type DiagnosisCategory, type DiagnosisPhase, diagnose, namedByRules } from "../../src/patterns/index.js";
import { SIGNALS } from "../../src/patterns/diagnose-rules.js";

interface Case {
  name: string;
  phase: DiagnosisPhase;
  log: string[];
  category: DiagnosisCategory;
  keyLine: string;
  action?: string;
  variable?: string;
}

const ESC = "\u001b";
// A Spring property placeholder as Spring prints it ("$" apart so it does not read as a template slot).
const SPRING_PLACEHOLDER_LINE = `java.lang.IllegalArgumentException: Could not resolve placeholder 'billing.api-key' in value "${"$"}{billing.api-key}"`;

const cases: Case[] = [
  {
    name: "MySQL 8's authentication an old client cannot speak, over the app's \"could not connect\"",
    phase: "runtime",
    log: [
      "[ER_NOT_SUPPORTED_AUTH_MODE: Client does not support authentication protocol requested by server; consider upgrading MySQL client]",
      "Error: Could not connect to the database. Please check the connection settings.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "[ER_NOT_SUPPORTED_AUTH_MODE: Client does not support authentication protocol requested by server; consider upgrading MySQL client]",
  },
  {
    name: "a PHP extension the image's PHP no longer ships",
    phase: "build",
    log: [
      "Step 4/9 : RUN docker-php-ext-install mysql pdo_mysql",
      "error: /usr/src/php/ext/mysql does not exist",
      "usage: /usr/local/bin/docker-php-ext-install [-jN] ext-name [ext-name ...]",
    ],
    category: "BUILD_CONFIG",
    keyLine: "error: /usr/src/php/ext/mysql does not exist",
  },
  {
    name: "Strapi's CLI without Strapi installed",
    phase: "runtime",
    log: [
      "> strapi start",
      'Error loading the local start command. Strapi might not be installed in your "node_modules". You may need to run "npm install"',
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      'Error loading the local start command. Strapi might not be installed in your "node_modules". You may need to run "npm install"',
  },
  {
    name: "nginx naming the line of its configuration it does not accept",
    phase: "runtime",
    log: [
      "web_1  | /docker-entrypoint.sh: Configuration complete; ready for start up",
      'web_1  | 2023/05/02 09:00:00 [emerg] 1#1: invalid number of arguments in "proxy_pass" directive in /etc/nginx/conf.d/app.conf:12',
      'web_1  | nginx: [emerg] invalid number of arguments in "proxy_pass" directive in /etc/nginx/conf.d/app.conf:12',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'web_1  | 2023/05/02 09:00:00 [emerg] 1#1: invalid number of arguments in "proxy_pass" directive in /etc/nginx/conf.d/app.conf:12',
    variable: "/etc/nginx/conf.d/app.conf",
  },
  {
    name: "a type error inside @types is a package's, not the code's",
    phase: "build",
    log: [
      "> tsc -p tsconfig.build.json",
      "../@types/babel__traverse/index.d.ts(68,50): error TS2307: Cannot find module '@babel/types'.",
      "npm ERR! code ELIFECYCLE",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "../@types/babel__traverse/index.d.ts(68,50): error TS2307: Cannot find module '@babel/types'.",
  },
  {
    name: "Elasticsearch's bootstrap check on discovery settings",
    phase: "runtime",
    log: [
      "ERROR: [1] bootstrap checks failed",
      "[1]: the default discovery settings are unsuitable for production use; at least one of [discovery.seed_hosts, discovery.seed_providers, cluster.initial_master_nodes] must be configured",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "[1]: the default discovery settings are unsuitable for production use; at least one of [discovery.seed_hosts, discovery.seed_providers, cluster.initial_master_nodes] must be configured",
  },
  {
    name: "nginx's worker killed by SIGKILL while the master lives on",
    phase: "runtime",
    log: [
      "2024/03/01 10:00:00 [alert] 1#1: worker process 31 exited on signal 9",
      "2024/03/01 10:00:05 [alert] 1#1: worker process 36 exited on signal 9",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "2024/03/01 10:00:00 [alert] 1#1: worker process 31 exited on signal 9",
  },
  {
    name: "a source file named AccessDenied is no refused credential",
    phase: "build",
    log: [
      "Failed to compile.",
      "",
      "./src/pages/AccessDenied.tsx",
      "Cannot find module: 'app/hooks/useSession'. Make sure this package is installed.",
    ],
    category: "BUILD_COMPILE",
    keyLine: "Cannot find module: 'app/hooks/useSession'. Make sure this package is installed.",
  },
  {
    name: "esbuild's API and binary at two versions",
    phase: "build",
    log: [
      '#12 2.101 ✘ [ERROR] Cannot start service: Host version "0.21.5" does not match binary version "0.23.0"',
      "#12 2.102 error during build:",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: '#12 2.101 ✘ [ERROR] Cannot start service: Host version "0.21.5" does not match binary version "0.23.0"',
  },
  {
    name: "a MariaDB image on a redo log of another version",
    phase: "runtime",
    log: [
      "2023-01-01 10:00:00 0 [ERROR] InnoDB: Upgrade after a crash is not supported. The redo log was created with MariaDB 10.5.8.",
      "2023-01-01 10:00:00 0 [ERROR] Could not open mysql.plugin table: \"Table 'mysql.plugin' doesn't exist\". Some plugins may be not loaded",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "2023-01-01 10:00:00 0 [ERROR] InnoDB: Upgrade after a crash is not supported. The redo log was created with MariaDB 10.5.8.",
  },
  {
    name: "MySQL refusing an option its version dropped",
    phase: "runtime",
    log: [
      "2024-06-01T10:00:00.000000Z 0 [ERROR] [MY-000067] [Server] unknown variable 'query_cache_size=0'.",
      "2024-06-01T10:00:00.000001Z 0 [ERROR] [MY-010119] [Server] Aborting",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2024-06-01T10:00:00.000000Z 0 [ERROR] [MY-000067] [Server] unknown variable 'query_cache_size=0'.",
    variable: "query_cache_size",
  },
  {
    name: "Postgres naming the configuration file it cannot parse",
    phase: "runtime",
    log: [
      '2020-01-01 10:00:00.000 UTC [1] LOG:  syntax error in file "/etc/postgresql/postgresql.conf" line 12, near token "="',
      '2020-01-01 10:00:00.000 UTC [1] FATAL:  configuration file "/etc/postgresql/postgresql.conf" contains errors',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      '2020-01-01 10:00:00.000 UTC [1] LOG:  syntax error in file "/etc/postgresql/postgresql.conf" line 12, near token "="',
    variable: "postgresql.conf",
  },
  {
    name: "Caddy without a module its config names",
    phase: "runtime",
    log: [
      "Error: adapting config using caddyfile: parsing caddyfile tokens for 'tls': getting module named 'dns.providers.cloudflare': module not registered: dns.providers.cloudflare, at /etc/caddy/Caddyfile:3",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Error: adapting config using caddyfile: parsing caddyfile tokens for 'tls': getting module named 'dns.providers.cloudflare': module not registered: dns.providers.cloudflare, at /etc/caddy/Caddyfile:3",
  },
  {
    name: "next/font unable to reach Google Fonts during a build",
    phase: "build",
    log: [
      "#14 8.1 Failed to fetch `Inter` from Google Fonts.",
      "#14 8.2 FetchError: request to https://fonts.googleapis.com/css2?family=Inter&display=swap failed, reason: connect ETIMEDOUT 142.250.1.95:443",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "#14 8.1 Failed to fetch `Inter` from Google Fonts.",
  },
  {
    name: "Postgres refusing a data directory of another owner",
    phase: "runtime",
    log: [
      '2021-05-01 10:00:00 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership',
      "2021-05-01 10:00:00 UTC [1] HINT:  The server must be started by the user that owns the data directory.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: '2021-05-01 10:00:00 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership',
  },
  {
    name: "a deploy tool's last health-check attempt",
    phase: "runtime",
    log: [
      'Attempt 1 of 5 | Healthcheck status: "starting"',
      'Attempt 2 of 5 | Healthcheck status: "starting"',
      'Attempt 5 of 5 | Healthcheck status: "starting"',
      "New container is not healthy, rolling back to the old container.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: 'Attempt 5 of 5 | Healthcheck status: "starting"',
  },
  {
    name: "a CMake too new for a package's CMakeLists is the toolchain",
    phase: "build",
    log: [
      "  × Getting requirements to build wheel did not run successfully.",
      "  CMake Error at CMakeLists.txt:1 (cmake_minimum_required):",
      "    Compatibility with CMake < 3.5 has been removed from CMake.",
      "  error: subprocess-exited-with-error",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Compatibility with CMake < 3.5 has been removed from CMake.",
  },
  {
    name: "pnpm's frozen install without a lock file",
    phase: "build",
    log: [
      '#9 0.812  ERR_PNPM_NO_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is absent',
      '#9 ERROR: process "/bin/sh -c pnpm install --frozen-lockfile" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_CONFIG",
    keyLine: '#9 0.812  ERR_PNPM_NO_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is absent',
  },
  {
    name: "a Gemfile's Ruby floor is the runtime version, not a variable",
    phase: "build",
    log: [
      "remote:  !     /tmp/build/Gemfile:3:in `eval_gemfile': RUBY_VERSION must be at least 2.7.0, detected RUBY_VERSION 2.5.1 (RuntimeError)",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "remote:  !     /tmp/build/Gemfile:3:in `eval_gemfile': RUBY_VERSION must be at least 2.7.0, detected RUBY_VERSION 2.5.1 (RuntimeError)",
  },
  {
    name: "pydantic's header wrapped by a console inside the settings model's name still names the field under it",
    phase: "runtime",
    log: [
      '  File "C:\\\\app\\\\config.py", line 20, in <module>',
      "    settings = Settings()",
      "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settin",
      "gs",
      "BOT_TOKEN",
      "  Field required [type=missing, input_value={}, input_type=dict]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settin",
    variable: "BOT_TOKEN",
  },
  {
    name: "setup-python unable to supply the asked version",
    phase: "build",
    log: [
      "##[group]Installing Python",
      "##[error]Could not find Python matching spec 3.5 (x64) in the python-versions registry. Beware that the registry lists only supported versions.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "##[error]Could not find Python matching spec 3.5 (x64) in the python-versions registry. Beware that the registry lists only supported versions.",
  },
  {
    name: "setup-node's cache asking for a lock file the repository lacks",
    phase: "build",
    log: [
      "Run actions/setup-node@v4",
      "Found in cache @ /opt/hostedtoolcache/node/20.11.0/x64",
      "Error: Dependencies lock file is not found in /home/runner/work/site/site. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Error: Dependencies lock file is not found in /home/runner/work/site/site. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock",
  },
  {
    name: "a Worker over the platform's size limit is the build's, not a bundling error",
    phase: "build",
    log: [
      "✘ [ERROR] Your Worker failed validation because it exceeded size limits.",
      "",
      "  - Your Worker exceeded the size limit of 1 MiB. Please upgrade to a paid plan to deploy Workers up to 10 MiB.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "- Your Worker exceeded the size limit of 1 MiB. Please upgrade to a paid plan to deploy Workers up to 10 MiB.",
  },
  {
    name: "nvm unable to resolve the version an .nvmrc names",
    phase: "build",
    log: [
      "## Running nvm use",
      'N/A: version "lts/* -> N/A" is not yet installed.',
      'You need to run "nvm install lts/*" to install it before using it.',
    ],
    category: "BUILD_CONFIG",
    keyLine: 'N/A: version "lts/* -> N/A" is not yet installed.',
  },
  {
    name: "docker compose given a context path that does not exist",
    phase: "build",
    log: [
      "Building api",
      'unable to prepare context: path "/srv/stack/api" not found',
      "ERROR: Service 'api' failed to build",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'unable to prepare context: path "/srv/stack/api" not found',
  },
  {
    name: "gunicorn's worker class missing keys on the import error under it",
    phase: "runtime",
    log: [
      "Error: class uri 'gevent' invalid or not found:",
      "",
      "[Traceback (most recent call last):",
      '  File "/usr/lib/python3/site-packages/gunicorn/util.py", line 99, in load_class',
      "ModuleNotFoundError: No module named 'gevent'",
      "]",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "ModuleNotFoundError: No module named 'gevent'",
  },
  {
    name: "gunicorn's one-line syntax error of the app module",
    phase: "runtime",
    log: [
      "[2024-02-01 10:00:00 +0000] [7] [INFO] Listening at: http://127.0.0.1:8000 (7)",
      "[2024-02-01 10:00:03 +0000] [9] [ERROR] invalid syntax (main.py, line 12)",
    ],
    category: "BUILD_COMPILE",
    keyLine: "[2024-02-01 10:00:03 +0000] [9] [ERROR] invalid syntax (main.py, line 12)",
  },
  {
    name: "PM2 without HOME names the variable over the path error after it",
    phase: "runtime",
    log: [
      "[PM2][Initialization] Environment variable HOME (Linux) or HOMEPATH (Windows) are not set!",
      "[PM2][Initialization] Defaulting to /etc/.pm2",
      'TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined',
      "    at Object.join (node:path:1172:7)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[PM2][Initialization] Environment variable HOME (Linux) or HOMEPATH (Windows) are not set!",
    variable: "HOME",
  },
  {
    name: "an Erlang application's missing config key",
    phase: "runtime",
    log: [
      "{\"init terminating in do_boot\",{{app_start_failed,relay,{bad_return,{{relay_app,start,[normal,[]]},{'EXIT',{{missing_config,api_token},[]}}}}}}}",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "{\"init terminating in do_boot\",{{app_start_failed,relay,{bad_return,{{relay_app,start,[normal,[]]},{'EXIT',{{missing_config,api_token},[]}}}}}}}",
    variable: "api_token",
  },
  {
    name: "pg_isready in an init container finding no database",
    phase: "runtime",
    log: [
      "waiting for database",
      "db.internal:5432 - no response",
      "waiting for database",
      "db.internal:5432 - no response",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "db.internal:5432 - no response",
  },
  {
    name: "a deploy CLI run without a login",
    phase: "build",
    log: [
      "Run railway up --service api",
      "Unauthorized. Please login with `railway login`",
      "Error: Process completed with exit code 1.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "Unauthorized. Please login with `railway login`",
  },
  {
    name: "Spring's condition report names the property a missing bean waits for",
    phase: "runtime",
    log: [
      "Field storage in com.acme.files.FileService required a bean of type 'com.acme.files.Storage' that could not be found.",
      "",
      "The following candidates were found but could not be injected:",
      "\t- Bean method 'storage' in 'StorageConfig' not loaded because @ConditionalOnProperty (acme.storage.enabled=true) did not find property 'acme.storage.enabled'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "- Bean method 'storage' in 'StorageConfig' not loaded because @ConditionalOnProperty (acme.storage.enabled=true) did not find property 'acme.storage.enabled'",
    variable: "acme.storage.enabled",
  },
  {
    name: "Flyway's database message keys over its summary",
    phase: "runtime",
    log: [
      "Caused by: org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException: Migration V2__orders.sql failed",
      "-------------------------------",
      "SQL State  : 42601",
      "Error Code : 0",
      'Message    : ERROR: syntax error at or near "UNSIGNED"',
    ],
    category: "DB_MIGRATION",
    keyLine: 'Message    : ERROR: syntax error at or near "UNSIGNED"',
  },
  {
    name: "pnpm refusing a package's engines field is the dependency set, not the project's",
    phase: "build",
    log: [
      "ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)",
      "",
      'Your Node version is incompatible with "/left-pad-esm/4.1.0(tslib@2.6.2)".',
      "",
      "Expected version: >=20",
      "Got: v18.19.0",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Your Node version is incompatible with "/left-pad-esm/4.1.0(tslib@2.6.2)".',
  },
  {
    name: "a package's setup.py importing a build helper that is not installed",
    phase: "build",
    log: [
      "Traceback (most recent call last):",
      '  File "setup.py", line 9, in <module>',
      "    from setuptools_rust import RustExtension",
      "ModuleNotFoundError: No module named 'setuptools_rust'",
      "error: subprocess-exited-with-error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "ModuleNotFoundError: No module named 'setuptools_rust'",
  },
  {
    name: "a PHP parse error in vendor/ is a package's source",
    phase: "runtime",
    log: [
      "PHP Warning:  Module 'redis' already loaded in Unknown on line 0",
      "Parse error: syntax error, unexpected '?', expecting variable (T_VARIABLE) in /srv/app/vendor/acme/util/src/Box.php on line 12",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Parse error: syntax error, unexpected '?', expecting variable (T_VARIABLE) in /srv/app/vendor/acme/util/src/Box.php on line 12",
  },
  {
    name: "Yarn Berry's checksum error keys over the fetch notices before it",
    phase: "build",
    log: [
      "➤ YN0000: ┌ Fetch step",
      "➤ YN0013: │ left-pad@npm:1.3.0 can't be found in the cache and will be fetched from the remote registry",
      "➤ YN0018: │ left-pad@npm:1.3.0: The remote archive doesn't match the expected checksum",
      "➤ YN0000: └ Completed in 2s",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "➤ YN0018: │ left-pad@npm:1.3.0: The remote archive doesn't match the expected checksum",
  },
  {
    name: "Heroku's jq failing on package.json",
    phase: "build",
    log: [
      "remote: -----> Node.js app detected",
      "remote: parse error: Expected separator between values at line 4, column 9",
      "remote:  !     Unable to parse package.json",
      "remote: -----> Build failed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote: parse error: Expected separator between values at line 4, column 9",
  },
  {
    name: "pnpm running a script whose program is not installed",
    phase: "runtime",
    log: [
      "> web@1.0.0 start /app",
      "> turbo run start",
      "",
      " ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command failed with ENOENT: turbo run start",
      "",
      "spawn turbo ENOENT",
    ],
    category: "BUILD_CONFIG",
    keyLine: "ERR_PNPM_RECURSIVE_EXEC_FIRST_FAIL  Command failed with ENOENT: turbo run start",
  },
  {
    name: "Corepack too old to verify the package manager's signature",
    phase: "build",
    log: [
      "#9 0.912 /usr/local/lib/node_modules/corepack/dist/lib/corepack.cjs:21535",
      '#9 0.912 Internal Error: Cannot find matching keyid: {"signatures":[{"keyid":"SHA256:abc"}],"keys":[]}',
      '#9 ERROR: process "/bin/sh -c pnpm install" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_CONFIG",
    keyLine: '#9 0.912 Internal Error: Cannot find matching keyid: {"signatures":[{"keyid":"SHA256:abc"}],"keys":[]}',
  },
  {
    name: "a bus error states a crash",
    phase: "build",
    log: ["> @php bin/console cache:clear", "Bus error", "Script @auto-scripts was called via post-install-cmd"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Bus error",
  },
  {
    name: "a .env file support notice is no missing setting",
    phase: "runtime",
    log: [
      "[SYS] 2025/01/02 - 10:00:00 | Support for .env file is disabled: open .env: no such file or directory",
      "[SYS] 2025/01/02 - 10:00:01 | database migration started",
      '/build/model/main.go:88 ERROR: relation "users" already exists (SQLSTATE 42P07)',
    ],
    category: "DB_MIGRATION",
    keyLine: '/build/model/main.go:88 ERROR: relation "users" already exists (SQLSTATE 42P07)',
  },
  {
    name: "supervisord naming an environment variable that is not set",
    phase: "runtime",
    log: [
      "Error: Format string 'PORT=%(ENV_WEB_PORT)s' for 'environment' contains names ('ENV_WEB_PORT') which cannot be expanded. Available names: ENV_HOME, ENV_PATH",
      "For help, use /usr/bin/supervisord -h",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Error: Format string 'PORT=%(ENV_WEB_PORT)s' for 'environment' contains names ('ENV_WEB_PORT') which cannot be expanded. Available names: ENV_HOME, ENV_PATH",
    variable: "WEB_PORT",
  },
  {
    name: "gunicorn given a bind address without a valid port",
    phase: "runtime",
    log: [
      "[2024-05-01 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0",
      "Error: 'fd00:1::5:8000' is not a valid port number.",
    ],
    category: "PORT_BINDING",
    keyLine: "Error: 'fd00:1::5:8000' is not a valid port number.",
  },
  {
    name: "Rocket launched on localhost inside a container",
    phase: "runtime",
    log: [
      "Configured for release.",
      "   >> address: 0",
      "=> address: localhost",
      "=> port: 8000",
      "Rocket has launched from http://localhost:8000",
    ],
    category: "PORT_BINDING",
    keyLine: "=> address: localhost",
  },
  {
    name: "the linker killed while a build links",
    phase: "build",
    log: [
      "#5 812.2 [40/41] LINK ./server",
      "#5 901.7 collect2: fatal error: ld terminated with signal 9 [Killed]",
      "#5 901.7 compilation terminated.",
      "#5 901.8 ninja: build stopped: subcommand failed.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "#5 901.7 collect2: fatal error: ld terminated with signal 9 [Killed]",
  },
  {
    name: "qemu's signal 5 under emulation is the platform",
    phase: "build",
    log: [
      "#8 41.2 > node scripts/postinstall.js",
      "#8 44.0 qemu: uncaught target signal 5 (Trace/breakpoint trap) - core dumped",
      "#8 44.1 Trace/breakpoint trap (core dumped)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#8 44.0 qemu: uncaught target signal 5 (Trace/breakpoint trap) - core dumped",
  },
  {
    name: "Ruby connecting to ::1 where nothing can be reached",
    phase: "runtime",
    log: [
      "WARN: Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (Errno::EADDRNOTAVAIL)",
      "Cannot assign requested address - connect(2) for [::1]:6379",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Cannot assign requested address - connect(2) for [::1]:6379",
  },
  {
    name: "make calling a C++ compiler the image lacks",
    phase: "build",
    log: [
      "make: Entering directory '/app/node_modules/bcrypt/build'",
      "  CXX(target) Release/obj.target/bcrypt_lib/src/blowfish.o",
      "make: g++: Command not found",
      "make: *** [Release/obj.target/bcrypt_lib/src/blowfish.o] Error 127",
      "gyp ERR! build error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "make: g++: Command not found",
  },
  {
    name: "a Go program panicking on its missing configuration file",
    phase: "runtime",
    log: ["starting", "panic: open settings.yaml: no such file or directory", "", "goroutine 1 [running]:"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "panic: open settings.yaml: no such file or directory",
    variable: "settings.yaml",
  },
  {
    name: "pkg-config's hint about PKG_CONFIG_PATH is no missing variable",
    phase: "build",
    log: [
      'run pkg_config fail: "`\\"pkg-config\\" \\"--libs\\" \\"openssl\\"` did not exit successfully: exit code: 1\\n--- stderr\\nPackage openssl was not found in the pkg-config search path.\\nPerhaps you should add the directory containing `openssl.pc\'\\nto the PKG_CONFIG_PATH environment variable"',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'run pkg_config fail: "`\\"pkg-config\\" \\"--libs\\" \\"openssl\\"` did not exit successfully: exit code: 1\\n--- stderr\\nPackage openssl was not found in the pkg-config search path.\\nPerhaps you should add the directory containing `openssl.pc\'\\nto the PKG_CONFIG_PATH environment variable"',
  },
  {
    name: "go.mod newer than the build's Go",
    phase: "build",
    log: [
      "go mod tidy",
      "go mod tidy: go.mod file indicates go 1.21, but maximum supported version is 1.19",
      "make: *** [Makefile:60: deps] Error 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "go mod tidy: go.mod file indicates go 1.21, but maximum supported version is 1.19",
  },
  {
    name: "a container told to run a directory",
    phase: "runtime",
    log: [
      'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/data": is a directory: unknown: permission denied.',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/data": is a directory: unknown: permission denied.',
  },
  {
    name: "a variable not set with its default taken is no cause",
    phase: "runtime",
    log: [
      "api-1  | PUBLIC_URL environment variable was not set, defaulting to http://localhost:8080/",
      "api-1  | Error: connect ECONNREFUSED 172.21.0.2:5432",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "api-1  | Error: connect ECONNREFUSED 172.21.0.2:5432",
  },
  {
    name: "sharp's message inside Lambda's JSON",
    phase: "runtime",
    log: [
      "{",
      '  "errorType": "Error",',
      '  "errorMessage": "\\nSomething went wrong installing the \\"sharp\\" module\\n\\n/var/task/node_modules/sharp/build/Release/sharp.node: invalid ELF header"',
      "}",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      '"errorMessage": "\\nSomething went wrong installing the \\"sharp\\" module\\n\\n/var/task/node_modules/sharp/build/Release/sharp.node: invalid ELF header"',
  },
  {
    name: "mysql_config missing under pip is the package's build",
    phase: "build",
    log: [
      "Collecting mysqlclient",
      "/bin/sh: mysql_config: not found",
      "    OSError: mysql_config not found",
      'Command "python setup.py egg_info" failed with error code 1 in /tmp/pip-build-x/mysqlclient/',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Command "python setup.py egg_info" failed with error code 1 in /tmp/pip-build-x/mysqlclient/',
  },
  {
    name: "a C error in pip's temporary build directory",
    phase: "build",
    log: [
      '/tmp/pip-install-abc/confluent-kafka_1/src/confluent_kafka.h:66:2: error: #error "confluent-kafka-python requires librdkafka v1.6.0 or later."',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      '/tmp/pip-install-abc/confluent-kafka_1/src/confluent_kafka.h:66:2: error: #error "confluent-kafka-python requires librdkafka v1.6.0 or later."',
  },
  {
    name: "a package's hidden subpath imported by another package during a build",
    phase: "build",
    log: [
      "#23 2.0 Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/tokenize' is not defined by \"exports\" in /app/node_modules/postcss/package.json",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#23 2.0 Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/tokenize' is not defined by \"exports\" in /app/node_modules/postcss/package.json",
  },
  {
    name: "a package's configure script without a C compiler",
    phase: "build",
    log: ["checking for gcc... no", "configure: error: C compiler cannot create executables"],
    category: "BUILD_DEPENDENCY",
    keyLine: "configure: error: C compiler cannot create executables",
  },
  {
    name: "SAM's pip builder on source-only packages",
    phase: "build",
    log: [
      "Building codeuri: src runtime: python3.12",
      "Error: PythonPipBuilder:ResolveDependencies - {regex==2019.11.1(sdist)}",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Error: PythonPipBuilder:ResolveDependencies - {regex==2019.11.1(sdist)}",
  },
  {
    name: "a napi-rs package without its native binding during a build",
    phase: "build",
    log: [
      "Error: Failed to load native binding",
      "    at Object.<anonymous> (/app/node_modules/@swc/core/binding.js:1:1)",
      "  [cause]: Error: Cannot find module './swc.linux-x64-musl.node'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "[cause]: Error: Cannot find module './swc.linux-x64-musl.node'",
  },
  {
    name: "two Babel majors",
    phase: "build",
    log: ['Module build failed: Error: Requires Babel "^7.0.0-0", but was loaded with "6.26.0".'],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Module build failed: Error: Requires Babel "^7.0.0-0", but was loaded with "6.26.0".',
  },
  {
    name: "a package's directory import refused during a build",
    phase: "build",
    log: [
      "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '/app/node_modules/pkg/dist/client' is not supported resolving ES modules imported from /app/.next/server/page.js",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '/app/node_modules/pkg/dist/client' is not supported resolving ES modules imported from /app/.next/server/page.js",
  },
  {
    name: "the app's own directory import refused at start",
    phase: "runtime",
    log: [
      "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '/app/lib/utils' is not supported resolving ES modules imported from /app/index.js",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Error [ERR_UNSUPPORTED_DIR_IMPORT]: Directory import '/app/lib/utils' is not supported resolving ES modules imported from /app/index.js",
  },
  {
    name: "cabal's trace naming a package no index has",
    phase: "build",
    log: [
      "cabal: Could not resolve dependencies:",
      "[__0] trying: app-0.1 (user goal)",
      "[__1] unknown package: missing-pkg (dependency of app)",
      "[__1] fail (backjumping, conflict set: app, missing-pkg)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "[__1] unknown package: missing-pkg (dependency of app)",
  },
  {
    name: "Lambda's runtime without the handler module, printed as one JSON line",
    phase: "runtime",
    log: [
      'lambda | {"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module \'handler\'\\nRequire stack:\\n- /var/runtime/UserFunction.js\\n- /var/runtime/index.js"}',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'lambda | {"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module \'handler\'\\nRequire stack:\\n- /var/runtime/UserFunction.js\\n- /var/runtime/index.js"}',
  },
  {
    name: "a custom runtime without its bootstrap",
    phase: "runtime",
    log: ['level=error msg="Init failed" error="fork/exec /var/runtime/bootstrap: no such file or directory"'],
    category: "BUILD_CONFIG",
    keyLine: 'level=error msg="Init failed" error="fork/exec /var/runtime/bootstrap: no such file or directory"',
  },
  {
    name: "webpack's entry file is not there",
    phase: "build",
    log: ["ERROR in Entry module not found: Error: Can't resolve './src/main.js' in '/app'"],
    category: "BUILD_CONFIG",
    keyLine: "ERROR in Entry module not found: Error: Can't resolve './src/main.js' in '/app'",
  },
  {
    name: "a Go module that cannot be built with this Go",
    phase: "build",
    log: [
      "/go/pkg/mod/example.com/quic@v0.1.0/go121.go:5:13: cannot use \"The version of quic you're using can't be built on Go 1.21 yet.\" (untyped string constant) as int value",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/go/pkg/mod/example.com/quic@v0.1.0/go121.go:5:13: cannot use \"The version of quic you're using can't be built on Go 1.21 yet.\" (untyped string constant) as int value",
  },
  {
    name: "the project's tsconfig rejected",
    phase: "build",
    log: [
      "tsconfig.json(4,25): error TS5095: Option 'bundler' can only be used when 'module' is set to 'preserve' or to 'es2015' or later.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "tsconfig.json(4,25): error TS5095: Option 'bundler' can only be used when 'module' is set to 'preserve' or to 'es2015' or later.",
  },
  {
    name: "MongoDB on data another version wrote",
    phase: "runtime",
    log: [
      '{"s":"F","c":"CONTROL","msg":"Wrong mongod version","attr":{"error":"UPGRADE PROBLEM: Found an invalid featureCompatibilityVersion document"}}',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      '{"s":"F","c":"CONTROL","msg":"Wrong mongod version","attr":{"error":"UPGRADE PROBLEM: Found an invalid featureCompatibilityVersion document"}}',
  },
  {
    name: "a start command running a build output a CLI cannot find",
    phase: "runtime",
    log: ["ERROR Cannot find module '/app/.output/server/index.mjs' imported from /app/node_modules/vinxi/bin/cli.mjs"],
    category: "BUILD_CONFIG",
    keyLine:
      "ERROR Cannot find module '/app/.output/server/index.mjs' imported from /app/node_modules/vinxi/bin/cli.mjs",
  },
  {
    name: "qemu's own crash",
    phase: "build",
    log: [
      "#51 796.8 aarch64-binfmt-P: QEMU internal SIGSEGV {code=MAPERR, addr=0x20}",
      "#51 797.2 Segmentation fault (core dumped)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#51 796.8 aarch64-binfmt-P: QEMU internal SIGSEGV {code=MAPERR, addr=0x20}",
  },
  {
    name: "Azure storage without account information",
    phase: "runtime",
    log: ["Microsoft.WindowsAzure.Storage: No valid combination of account information found."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Microsoft.WindowsAzure.Storage: No valid combination of account information found.",
  },
  {
    name: "the Serverless Framework without a variable",
    phase: "build",
    log: [
      "Error:",
      "Cannot resolve serverless.yml: Variables resolution errored with:",
      '  - Cannot resolve variable at "provider.environment.API_KEY": Value not found at "env" source',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: '- Cannot resolve variable at "provider.environment.API_KEY": Value not found at "env" source',
    variable: "API_KEY",
  },
  {
    name: "a connection string with an unescaped password",
    phase: "runtime",
    log: [
      'PANI Failed to set up database  error="parse \\"postgres://u:p@ss@db/app\\": net/url: invalid userinfo"',
      "panic: (*logrus.Entry) 0xc0001d0bd0",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'PANI Failed to set up database  error="parse \\"postgres://u:p@ss@db/app\\": net/url: invalid userinfo"',
  },
  {
    name: "Loki's unknown field quoted in a logfmt line",
    phase: "runtime",
    log: [
      'level=error msg="error loading config" filename=/etc/loki/config.yaml err="yaml: unmarshal errors:\\n  line 10: field store not found in type ring.Config"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'level=error msg="error loading config" filename=/etc/loki/config.yaml err="yaml: unmarshal errors:\\n  line 10: field store not found in type ring.Config"',
    variable: "store",
  },
  {
    name: "Prometheus naming the configuration file it could not open",
    phase: "runtime",
    log: [
      'level=error msg="Error loading config: couldn\'t load configuration (-config.file=/etc/prometheus/prometheus.yml): open /etc/prometheus/prometheus.yml: no such file or directory"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'level=error msg="Error loading config: couldn\'t load configuration (-config.file=/etc/prometheus/prometheus.yml): open /etc/prometheus/prometheus.yml: no such file or directory"',
    variable: "prometheus.yml",
  },
  {
    name: "a configuration file the process may not read",
    phase: "runtime",
    log: [
      'level=error msg="Error loading config (-config.file=/etc/prometheus/p.yaml)" err="open /etc/prometheus/p.yaml: permission denied"',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'level=error msg="Error loading config (-config.file=/etc/prometheus/p.yaml)" err="open /etc/prometheus/p.yaml: permission denied"',
  },
  {
    name: "Murmur unable to bind its UDP port",
    phase: "runtime",
    log: ["<W>2014-11-24 23:03:50.141 1 => Failed to bind UDP Socket to 0.0.0.0:64738"],
    category: "PORT_BINDING",
    keyLine: "<W>2014-11-24 23:03:50.141 1 => Failed to bind UDP Socket to 0.0.0.0:64738",
  },
  {
    name: "Postgres' shared memory too small",
    phase: "runtime",
    log: [
      'PG::DiskFull: ERROR: could not resize shared memory segment "/PostgreSQL.1" to 16777216 bytes: No space left on device',
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      'PG::DiskFull: ERROR: could not resize shared memory segment "/PostgreSQL.1" to 16777216 bytes: No space left on device',
  },
  {
    name: "a Postgres backend killed by signal 9",
    phase: "runtime",
    log: [
      "2025-05-08 15:54:16.866 UTC [1] LOG:  server process (PID 9687) was terminated by signal 9: Killed",
      "2025-05-08 15:54:16.967 UTC [9688] FATAL:  the database system is in recovery mode",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "2025-05-08 15:54:16.866 UTC [1] LOG:  server process (PID 9687) was terminated by signal 9: Killed",
  },
  {
    name: "KafkaJS without a group coordinator",
    phase: "runtime",
    log: ["[Consumer] Crash: KafkaJSGroupCoordinatorNotFound: Failed to find group coordinator"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "[Consumer] Crash: KafkaJSGroupCoordinatorNotFound: Failed to find group coordinator",
  },
  {
    name: "Redis Cluster refusing a command across slots",
    phase: "runtime",
    log: ["ReplyError: CROSSSLOT Keys in request don't hash to the same slot"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "ReplyError: CROSSSLOT Keys in request don't hash to the same slot",
  },
  {
    name: "glibc aborting on a double free",
    phase: "runtime",
    log: [
      "*** Error in `worker': double free or corruption (fasttop): 0x00007f597888c280 ***",
      "Aborted (core dumped)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "*** Error in `worker': double free or corruption (fasttop): 0x00007f597888c280 ***",
  },
  {
    name: "a native worker's failed assertion",
    phase: "runtime",
    log: [
      "worker's stderr: ABORT RTC::Consumer::GetStats() | failed assertion `it != end()': profile does not map",
      "Worker child process exited [code:null, signal:SIGABRT]",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "worker's stderr: ABORT RTC::Consumer::GetStats() | failed assertion `it != end()': profile does not map",
  },
  {
    name: "an ESM import of a CommonJS package's named export",
    phase: "runtime",
    log: [
      "SyntaxError: Named export 'format' not found. The requested module 'peer' is a CommonJS module, which may not support all module.exports as named exports.",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "SyntaxError: Named export 'format' not found. The requested module 'peer' is a CommonJS module, which may not support all module.exports as named exports.",
  },
  {
    name: "Grafana's configuration file not readable",
    phase: "runtime",
    log: ["grafana  | GF_PATHS_CONFIG='/etc/grafana/grafana.ini' is not readable."],
    category: "PERMISSION_AUTH",
    keyLine: "grafana  | GF_PATHS_CONFIG='/etc/grafana/grafana.ini' is not readable.",
  },
  {
    name: "Ecto without its adapter's driver",
    phase: "runtime",
    log: [
      "** (Mix) Could not start application app: App.start(:normal, []) returned an error: shutdown: failed to start child: App.Repo",
      "    ** (EXIT) an exception was raised:",
      "        ** (RuntimeError) could not find Ecto.Adapters.Postgres.Connection.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "** (RuntimeError) could not find Ecto.Adapters.Postgres.Connection.",
  },
  {
    name: "a Space-like installer waiting on a service that never came up",
    phase: "build",
    log: ["Bootstrapping and migrating Snuba ...", "Clickhouse server failed to come up in 5 tries."],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Clickhouse server failed to come up in 5 tries.",
  },
  {
    name: "git unable to run ssh while fetching a dependency",
    phase: "build",
    log: [
      "* Updating dep (git@github.com:org/dep.git)",
      "error: cannot run ssh: No such file or directory",
      "fatal: cannot run ssh: No such file or directory",
      '** (Mix) Command "git --git-dir=.git fetch --force --quiet --progress" failed',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "fatal: cannot run ssh: No such file or directory",
  },
  {
    name: "Mix needing rebar3 for an Erlang dependency",
    phase: "build",
    log: [
      "==> app",
      'Could not find "rebar3", which is needed to build dependency :jsx',
      "I can install a local copy which is just used by Mix",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Could not find "rebar3", which is needed to build dependency :jsx',
  },
  {
    name: "Mix's dependencies diverged from the lock",
    phase: "build",
    log: [
      "Dependencies have diverged:",
      "* plug (Hex package)",
      "  the dependency plug in mix.exs is overriding a child dependency",
      "** (Mix) Can't continue due to errors on dependencies",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Dependencies have diverged:",
  },
  {
    name: "Gleam's compiler on an unknown import",
    phase: "build",
    log: ["  Compiling app", "error: Unknown import", "  ┌─ /build/src/app.gleam:3:1"],
    category: "BUILD_COMPILE",
    keyLine: "error: Unknown import",
  },
  {
    name: "Tailwind asked for a class it does not know",
    phase: "build",
    log: ["Rebuilding...", "Error: Cannot apply unknown utility class: bg-brand-600"],
    category: "BUILD_COMPILE",
    keyLine: "Error: Cannot apply unknown utility class: bg-brand-600",
  },
  {
    name: "Gleam's mist on a port in use",
    phase: "runtime",
    log: [
      'Runtime terminating during boot ({{bad_generator,{failed_to_start_child,0,{init_failed,<<"Failed to start socket listener: Eaddrinuse">>}}},[]})',
    ],
    category: "PORT_BINDING",
    keyLine:
      'Runtime terminating during boot ({{bad_generator,{failed_to_start_child,0,{init_failed,<<"Failed to start socket listener: Eaddrinuse">>}}},[]})',
  },
  {
    name: "Symfony's cache warm-up loading a dev bundle left out of the install",
    phase: "build",
    log: [
      "Script cache:clear returned with error code 255",
      '!!  PHP Fatal error:  Uncaught Symfony\\Component\\ErrorHandler\\Error\\ClassNotFoundError: Attempted to load class "DebugBundle" from namespace "Symfony\\Bundle\\DebugBundle".',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      '!!  PHP Fatal error:  Uncaught Symfony\\Component\\ErrorHandler\\Error\\ClassNotFoundError: Attempted to load class "DebugBundle" from namespace "Symfony\\Bundle\\DebugBundle".',
  },
  {
    name: "php-fpm's malformed listen address",
    phase: "runtime",
    log: [
      "[01-Jan-2024 10:00:00] ERROR: invalid port value ':]:9000'",
      "[01-Jan-2024 10:00:00] ERROR: FPM initialization failed",
    ],
    category: "PORT_BINDING",
    keyLine: "[01-Jan-2024 10:00:00] ERROR: invalid port value ':]:9000'",
  },
  {
    name: "a removed PHP extension's function",
    phase: "runtime",
    log: ["PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/db.php:12"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/db.php:12",
  },
  {
    name: "Encore's entrypoints missing from the image",
    phase: "runtime",
    log: [
      'request.CRITICAL: Uncaught PHP Exception Twig\\Error\\RuntimeError: "An exception has been thrown during the rendering of a template ("Could not find the entrypoints file from Webpack: the file "/app/public/build/entrypoints.json" does not exist.")."',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'request.CRITICAL: Uncaught PHP Exception Twig\\Error\\RuntimeError: "An exception has been thrown during the rendering of a template ("Could not find the entrypoints file from Webpack: the file "/app/public/build/entrypoints.json" does not exist.")."',
  },
  {
    name: "webpack on the project's own relative import",
    phase: "build",
    log: [
      " ERROR  Failed to compile with 1 error",
      "This relative module was not found:",
      "* ./components/Nav.vue in ./src/app.js",
    ],
    category: "BUILD_COMPILE",
    keyLine: "This relative module was not found:",
  },
  {
    name: "PHP's heap corrupted",
    phase: "runtime",
    log: [
      'WARNING: [pool www] child 43 said into stderr: "zend_mm_heap corrupted"',
      "WARNING: [pool www] child 43 exited with code 1 after 49.5 seconds from start",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: 'WARNING: [pool www] child 43 said into stderr: "zend_mm_heap corrupted"',
  },
  {
    name: "Symfony's container without a parameter",
    phase: "build",
    log: [
      "  [Symfony\\Component\\DependencyInjection\\Exception\\ParameterNotFoundException]",
      '  You have requested a non-existent parameter "mailer.dsn".',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'You have requested a non-existent parameter "mailer.dsn".',
    variable: "mailer.dsn",
  },
  {
    name: "rackup without config.ru",
    phase: "runtime",
    log: ["app[web.1]: configuration /app/config.ru not found", "heroku[web.1]: Process exited with status 1"],
    category: "BUILD_CONFIG",
    keyLine: "app[web.1]: configuration /app/config.ru not found",
  },
  {
    name: "Webpacker asking for a newer Yarn",
    phase: "build",
    log: [
      "Compiling...",
      "Webpacker requires Yarn >= 1.0.0 and you are using 0.27.5",
      "Please upgrade Yarn https://yarnpkg.com/lang/en/docs/install/",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Webpacker requires Yarn >= 1.0.0 and you are using 0.27.5",
  },
  {
    name: ".NET's binder unable to convert a setting",
    phase: "runtime",
    log: [
      "Unhandled exception. System.InvalidOperationException: Failed to convert configuration value at 'Broker:Port' to type 'System.Int32'.",
      " ---> System.FormatException: abc is not a valid value for Int32.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Unhandled exception. System.InvalidOperationException: Failed to convert configuration value at 'Broker:Port' to type 'System.Int32'.",
    variable: "Broker:Port",
  },
  {
    name: "Kestrel given a URL with a path",
    phase: "runtime",
    log: [
      "Unhandled exception. System.InvalidOperationException: A path base can only be configured using IApplicationBuilder.UsePathBase().",
    ],
    category: "PORT_BINDING",
    keyLine:
      "Unhandled exception. System.InvalidOperationException: A path base can only be configured using IApplicationBuilder.UsePathBase().",
  },
  {
    name: "PM2 restarting over its memory limit",
    phase: "runtime",
    log: [
      "PM2 log: [PM2][WORKER] Process 0 restarted because it exceeds --max-memory-restart value (current_memory=600000000 max_memory_limit=524288000 [octets])",
      "PM2 log: App [api:0] starting in -fork mode-",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "PM2 log: [PM2][WORKER] Process 0 restarted because it exceeds --max-memory-restart value (current_memory=600000000 max_memory_limit=524288000 [octets])",
  },
  {
    name: "SvelteKit refusing to prerender a route",
    phase: "build",
    log: [
      "> Using @sveltejs/adapter-vercel",
      "Error: /api/logout is not prerenderable",
      "    at file:///vercel/path0/node_modules/@sveltejs/kit/src/core/prerender/prerender.js:1:1",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Error: /api/logout is not prerenderable",
  },
  {
    name: "sharp's install failing during a build",
    phase: "build",
    log: ['Something went wrong installing the "sharp" module', "Cannot find module '../build/Release/sharp.node'"],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Something went wrong installing the "sharp" module',
  },
  {
    name: "Angular's builder refusing an option",
    phase: "build",
    log: [
      "Schema validation failed with the following errors:",
      '  Data path "" should NOT have additional properties(budgets).',
    ],
    category: "BUILD_CONFIG",
    keyLine: 'Data path "" should NOT have additional properties(budgets).',
  },
  {
    name: "Netlify's build killed with SIGKILL",
    phase: "build",
    log: [
      "  Command was killed with SIGKILL (Forced termination): npm run build",
      "  Error location",
      "  In Build command from Netlify app",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "Command was killed with SIGKILL (Forced termination): npm run build",
  },
  {
    name: "an init container unable to resolve a service",
    phase: "runtime",
    log: ["waiting for db", "nslookup: can't resolve 'db.default.svc.cluster.local'"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "nslookup: can't resolve 'db.default.svc.cluster.local'",
  },
  {
    name: "runc not allowed to apply capabilities",
    phase: "runtime",
    log: [
      "docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: unable to apply caps: operation not permitted: unknown.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: unable to apply caps: operation not permitted: unknown.",
  },
  {
    name: "a pod referring to a Secret that is not there",
    phase: "runtime",
    log: ['  Warning  Failed     2m (x6 over 3m)  kubelet  Error: secret "app-secrets" not found'],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'Warning  Failed     2m (x6 over 3m)  kubelet  Error: secret "app-secrets" not found',
  },
  {
    name: "conda unable to download a package",
    phase: "build",
    log: [
      "CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://repo.anaconda.com/pkgs/main/linux-64/numpy-1.26.0.tar.bz2>",
      "Elapsed: -",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://repo.anaconda.com/pkgs/main/linux-64/numpy-1.26.0.tar.bz2>",
  },
  {
    name: "pip's hash check refusing a download",
    phase: "build",
    log: [
      "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes.",
      "    torch==2.1.0 from https://files.example/torch.whl:",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes.",
  },
  {
    name: "a package's setup.py importing a module not installed yet",
    phase: "build",
    log: [
      "× python setup.py egg_info did not run successfully.",
      '  File "/tmp/pip-install-x/flash_attn/setup.py", line 9, in <module>',
      "    import torch",
      "ModuleNotFoundError: No module named 'torch'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "ModuleNotFoundError: No module named 'torch'",
  },
  {
    name: "a Space that never became healthy",
    phase: "runtime",
    log: ["Application Startup at 2024-01-01 10:00:00", "Launch timed out, space was not healthy after 30 min"],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Launch timed out, space was not healthy after 30 min",
  },
  {
    name: "a package's code failing the edge runtime, with Windows paths",
    phase: "build",
    log: [
      "Failed to compile.",
      "",
      "./node_modules\\pkg\\dist\\index.js",
      "Dynamic Code Evaluation (e. g. 'eval', 'new Function') not allowed in Edge Runtime",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Dynamic Code Evaluation (e. g. 'eval', 'new Function') not allowed in Edge Runtime",
  },
  {
    name: "Bun naming a package's install script that is not there",
    phase: "build",
    log: [
      "bun install v1.1.0",
      'error: script not found "scripts/setup.js"',
      "",
      'error: postinstall script from "some-pkg" exited with code 1',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'error: script not found "scripts/setup.js"',
  },
  {
    name: "Bun on a CPU without AVX",
    phase: "runtime",
    log: [
      "api  | CPU lacks AVX support. Please consider upgrading to a newer CPU.",
      "api  | panic(main thread): Illegal instruction at address 0x1",
      "api  | Illegal instruction (core dumped)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "api  | CPU lacks AVX support. Please consider upgrading to a newer CPU.",
  },
  {
    name: "two variables named as required together",
    phase: "runtime",
    log: [
      "error: Uncaught (in promise) Error: STORE_URL and STORE_KEY are required.",
      "    at file:///app/client.ts:4:9",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "error: Uncaught (in promise) Error: STORE_URL and STORE_KEY are required.",
    variable: "STORE_URL",
  },
  {
    name: "an optional feature turned off for want of its variable is not the cause",
    phase: "runtime",
    log: [
      '{"level":"warn","msg":"Error tracking is enabled, but TRACKER_DSN is not set. Disabling reporting."}',
      '{"level":"error","msg":"Failed to ping DB","error":"pq: password authentication failed for user \\"app\\""}',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      '{"level":"error","msg":"Failed to ping DB","error":"pq: password authentication failed for user \\"app\\""}',
  },
  {
    name: "esbuild's summary defers to the error under it",
    phase: "build",
    log: ["✘ [ERROR] Build failed with 1 error:", "", '✘ [ERROR] Expected ";" but found "x"', "", "worker.js:1:4:"],
    category: "BUILD_COMPILE",
    keyLine: '✘ [ERROR] Expected ";" but found "x"',
  },
  {
    name: "wrangler without the Worker's entry file",
    phase: "build",
    log: ["⛅️ wrangler 3.0.0", '✘ [ERROR] The entry-point file at "src/worker.ts" was not found.'],
    category: "BUILD_CONFIG",
    keyLine: '✘ [ERROR] The entry-point file at "src/worker.ts" was not found.',
  },
  {
    name: "wrangler asking for its API token in CI",
    phase: "build",
    log: [
      "✘ [ERROR] In a non-interactive environment, it's necessary to set a CLOUDFLARE_API_TOKEN environment variable for wrangler to work.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "✘ [ERROR] In a non-interactive environment, it's necessary to set a CLOUDFLARE_API_TOKEN environment variable for wrangler to work.",
    variable: "CLOUDFLARE_API_TOKEN",
  },
  {
    name: "a Kubernetes service link read as a port number",
    phase: "runtime",
    log: [
      "APPLICATION FAILED TO START",
      'Caused by: java.lang.NumberFormatException: For input string: "tcp://10.0.0.12:8080"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'Caused by: java.lang.NumberFormatException: For input string: "tcp://10.0.0.12:8080"',
  },
  {
    name: "a Java launcher given a word as its main class",
    phase: "runtime",
    log: [
      'Exception in thread "main" java.lang.RuntimeException: cannot start',
      "java.lang.ClassNotFoundException: start",
    ],
    category: "BUILD_CONFIG",
    keyLine: "java.lang.ClassNotFoundException: start",
  },
  {
    name: "Spring Cloud Config failing fast",
    phase: "runtime",
    log: [
      "Caused by: java.lang.IllegalStateException: Could not locate PropertySource and the fail fast property is set, failing",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "Caused by: java.lang.IllegalStateException: Could not locate PropertySource and the fail fast property is set, failing",
  },
  {
    name: "Micronaut without a property the code reads",
    phase: "runtime",
    log: [
      "io.micronaut.context.exceptions.DependencyInjectionException: Failed to inject value for parameter [name] of class: app.Hello",
      "",
      "Message: Error resolving property value [\u0024{hello.name}]. Property doesn't exist",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Message: Error resolving property value [\u0024{hello.name}]. Property doesn't exist",
    variable: "hello.name",
  },
  {
    name: "a plugin asking for a newer Gradle",
    phase: "build",
    log: [
      "* What went wrong:",
      "Failed to apply plugin [id 'x.y']",
      "> Plugin x.y requires Gradle 7.5 or later. The current version is Gradle 6.1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "> Plugin x.y requires Gradle 7.5 or later. The current version is Gradle 6.1",
  },
  {
    name: "gunicorn missing the app object",
    phase: "runtime",
    log: [
      "[INFO] Booting worker with pid: 8",
      "Failed to find application object 'app' in 'main'",
      "[INFO] Worker exiting (pid: 8)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Failed to find application object 'app' in 'main'",
  },
  {
    name: "Redis given a password it does not have",
    phase: "runtime",
    log: [
      "consumer: Cannot connect to redis://:**@redis:6379/0: AUTH <password> called without any password configured for the default user.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "consumer: Cannot connect to redis://:**@redis:6379/0: AUTH <password> called without any password configured for the default user.",
  },
  {
    name: "rustc killed with a full stop",
    phase: "build",
    log: ["   Compiling big-crate v0.1.0", "Killed."],
    category: "OUT_OF_MEMORY",
    keyLine: "Killed.",
  },
  {
    name: "a Go module fetched from another proxy timing out",
    phase: "build",
    log: [
      'go: example.com/lib@v1.2.0: Get "https://goproxy.example/example.com/lib/@v/v1.2.0.mod": dial tcp: lookup goproxy.example: i/o timeout',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'go: example.com/lib@v1.2.0: Get "https://goproxy.example/example.com/lib/@v/v1.2.0.mod": dial tcp: lookup goproxy.example: i/o timeout',
  },
  {
    name: "protoc missing for the project's own crate",
    phase: "build",
    log: [
      "error: failed to run custom build command for `app-proto v0.1.0 (/src/proto)`",
      "  --- stderr",
      "  thread 'main' panicked at 'Could not find `protoc` installation and this build crate cannot proceed without",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "thread 'main' panicked at 'Could not find `protoc` installation and this build crate cannot proceed without",
  },
  {
    name: "go-sqlite3 in a binary built without cgo",
    phase: "runtime",
    log: [
      "panic recovered:",
      "Binary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work. This is a stub",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Binary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work. This is a stub",
  },
  {
    name: "a Postgres NOTICE is not a migration failure",
    phase: "runtime",
    log: [
      "applying migrations...{ severity_local: 'NOTICE', code: '42P07', message: 'relation \"migrations\" already exists, skipping' }",
      "Error: connect ECONNREFUSED 10.0.0.5:5432",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: connect ECONNREFUSED 10.0.0.5:5432",
  },
  {
    name: "a Go migrator's statement under its panic",
    phase: "runtime",
    log: [
      "panic: cannot migrate database schema: cannot apply migration &{1 CREATE TABLE t (",
      "\t);",
      '\t}: cannot execute migration: ERROR: syntax error at or near ")" (SQLSTATE 42601)',
    ],
    category: "DB_MIGRATION",
    keyLine: '}: cannot execute migration: ERROR: syntax error at or near ")" (SQLSTATE 42601)',
  },
  {
    name: "a script naming the variable it found empty",
    phase: "runtime",
    log: ["`REDIS_URL` either not exported or empty", "Traceback (most recent call last):"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "`REDIS_URL` either not exported or empty",
    variable: "REDIS_URL",
  },
  {
    name: "wait-on giving up on a CI server on localhost",
    phase: "runtime",
    log: [
      'waiting on "http://localhost:3000" with timeout of 60 seconds',
      "/usr/bin/npx wait-on http://localhost:3000",
      "Server running at http://localhost:3000",
      "Error: Timeout",
      "    at Timeout._onTimeout (wait-on.js:113:10)",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Error: Timeout",
  },
  {
    name: "npm naming the tarball it could not fetch",
    phase: "build",
    log: [
      "npm ERR! fetch failed https://registry.npmjs.org/pkg/-/pkg-1.0.0.tgz",
      "npm WARN retry will retry, error on last attempt: Error: fetch failed with status code 404",
      "npm ERR! fetch failed with status code 404",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! fetch failed https://registry.npmjs.org/pkg/-/pkg-1.0.0.tgz",
  },
  {
    name: "musl's loader missing a library a package's binary needs during the build",
    phase: "build",
    log: [
      "#9 2.8 Error loading shared library libssl.so.3: No such file or directory (needed by /app/node_modules/@x/engine)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#9 2.8 Error loading shared library libssl.so.3: No such file or directory (needed by /app/node_modules/@x/engine)",
  },
  {
    name: "a pydantic field of one word under pydantic 2's message",
    phase: "runtime",
    log: [
      "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
      "secret",
      "  Field required [type=missing, input_value={}, input_type=dict]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
    variable: "SECRET",
  },
  {
    name: "the Java run script finding no jar",
    phase: "runtime",
    log: [
      'INFO exec -a "java" java -jar',
      "ERROR Neither $JAVA_MAIN_CLASS nor $JAVA_APP_JAR is set and 0 JARs found in /deployments (1 expected)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "ERROR Neither $JAVA_MAIN_CLASS nor $JAVA_APP_JAR is set and 0 JARs found in /deployments (1 expected)",
  },
  {
    name: "Puma with no application to run",
    phase: "runtime",
    log: ["Puma starting in single mode...", "[11] ERROR: No application configured, nothing to run"],
    category: "BUILD_CONFIG",
    keyLine: "[11] ERROR: No application configured, nothing to run",
  },
  {
    name: "Mix unable to find an application file",
    phase: "runtime",
    log: ["** (Mix) Could not start application cowboy: could not find application file: cowboy.app"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "** (Mix) Could not start application cowboy: could not find application file: cowboy.app",
  },
  {
    name: "Sinatra without its server gems",
    phase: "runtime",
    log: ["Sinatra could not start, the required gems weren't found!"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Sinatra could not start, the required gems weren't found!",
  },
  {
    name: "php-fpm's pool child killed by SIGKILL",
    phase: "runtime",
    log: [
      "[01-Jan-2024 10:00:00] WARNING: [pool www] child 12 exited on signal 9 (SIGKILL) after 80.5 seconds from start",
      "[01-Jan-2024 10:00:00] NOTICE: [pool www] child 40 started",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "[01-Jan-2024 10:00:00] WARNING: [pool www] child 12 exited on signal 9 (SIGKILL) after 80.5 seconds from start",
  },
  {
    name: "a bare YAML file a Ruby app opens",
    phase: "runtime",
    log: ["Errno::ENOENT: No such file or directory @ rb_sysopen - settings.yml"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Errno::ENOENT: No such file or directory @ rb_sysopen - settings.yml",
    variable: "settings.yml",
  },
  {
    name: "SvelteKit's static env without the variable",
    phase: "build",
    log: [
      'src/lib/api.ts (3:9): "PUBLIC_API_URL" is not exported by "virtual:env/static/public", imported by "src/lib/api.ts".',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'src/lib/api.ts (3:9): "PUBLIC_API_URL" is not exported by "virtual:env/static/public", imported by "src/lib/api.ts".',
    variable: "PUBLIC_API_URL",
  },
  {
    name: "a glibc binary of a package on musl",
    phase: "build",
    log: [
      "Error: Error relocating /app/node_modules/@next/swc-linux-x64-gnu/next-swc.linux-x64-gnu.node: __memcpy_chk: symbol not found",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error: Error relocating /app/node_modules/@next/swc-linux-x64-gnu/next-swc.linux-x64-gnu.node: __memcpy_chk: symbol not found",
  },
  {
    name: "a buildpack unable to resolve the Node version asked for",
    phase: "build",
    log: [
      "[builder] Couldn't resolve Node.js version: 99.1.0",
      "ERROR: failed to build: executing lifecycle: failed with status code: 51",
    ],
    category: "BUILD_CONFIG",
    keyLine: "[builder] Couldn't resolve Node.js version: 99.1.0",
  },
  {
    name: "a start script naming the variable it needs",
    phase: "runtime",
    log: [
      "ERROR: No listener or advertised hostname configuration provided in environment.",
      "       Please define KAFKA_LISTENERS",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERROR: No listener or advertised hostname configuration provided in environment.",
    variable: "KAFKA_LISTENERS",
  },
  {
    name: ".NET refused a path",
    phase: "build",
    log: ["C:\\sdk\\NuGet.targets(97,5): error : Access to the path is denied. [C:\\src\\App.sln]"],
    category: "PERMISSION_AUTH",
    keyLine: "C:\\sdk\\NuGet.targets(97,5): error : Access to the path is denied. [C:\\src\\App.sln]",
  },
  {
    name: "micromamba naming a package no channel has",
    phase: "build",
    log: [
      "error    libmamba Could not solve for environment specs",
      "    └─ libfoo 1.2.3 h1234_0 does not exist (perhaps a typo or a missing channel).",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "└─ libfoo 1.2.3 h1234_0 does not exist (perhaps a typo or a missing channel).",
  },
  {
    name: "a PHP extension's configure lacking a tool",
    phase: "build",
    log: ["#7 4.4 checking for FreeType 2... no", "#7 4.4 configure: error: freetype-config not found."],
    category: "BUILD_DEPENDENCY",
    keyLine: "#7 4.4 configure: error: freetype-config not found.",
  },
  {
    name: "Celery's transport refusing the installed redis-py",
    phase: "runtime",
    log: [
      "[2024-01-01 10:00:00,000: CRITICAL/MainProcess] Unrecoverable error: VersionMismatch('Redis transport requires redis-py versions 3.2.0 or later. You have 2.10.6',)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "[2024-01-01 10:00:00,000: CRITICAL/MainProcess] Unrecoverable error: VersionMismatch('Redis transport requires redis-py versions 3.2.0 or later. You have 2.10.6',)",
  },
  {
    name: "gulp without the compiler of its TypeScript gulpfile",
    phase: "build",
    log: ["[10:00:00] Failed to load external module ts-node/register", "SyntaxError: Unexpected token import"],
    category: "BUILD_DEPENDENCY",
    keyLine: "[10:00:00] Failed to load external module ts-node/register",
  },
  {
    name: "a Dart package from the pub cache that does not compile",
    phase: "build",
    log: [
      "../../.pub-cache/hosted/pub.dev/widgets_plus-1.0.0/lib/src/view.dart:10:5:",
      "Error: The getter 'size' isn't defined for the class 'View'.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Error: The getter 'size' isn't defined for the class 'View'.",
  },
  {
    name: "esbuild unable to find a package by name",
    phase: "build",
    log: ['✘ [ERROR] Could not resolve "@acme/sdk-core"'],
    category: "BUILD_DEPENDENCY",
    keyLine: '✘ [ERROR] Could not resolve "@acme/sdk-core"',
  },
  {
    name: "esbuild unable to find a relative import stays the code's",
    phase: "build",
    log: ['✘ [ERROR] Could not resolve "./lib/helpers"'],
    category: "BUILD_COMPILE",
    keyLine: '✘ [ERROR] Could not resolve "./lib/helpers"',
  },
  {
    name: "Redis unable to read its data file",
    phase: "runtime",
    log: [
      "1:M 01 Jan 2024 10:00:00.000 # Failed to write PID file: Permission denied",
      "1:M 01 Jan 2024 10:00:00.001 # Can't handle RDB format version 12",
    ],
    category: "BUILD_CONFIG",
    keyLine: "1:M 01 Jan 2024 10:00:00.001 # Can't handle RDB format version 12",
  },
  {
    name: "COPY --from naming a stage that is not defined",
    phase: "build",
    log: [
      "invalid from flag value build: pull access denied for build, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "invalid from flag value build: pull access denied for build, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  },
  {
    name: "a RUN --mount without BuildKit",
    phase: "build",
    log: [
      "the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled",
  },
  {
    name: "the Angular CLI on too old a Node",
    phase: "build",
    log: ["#9 0.3 The Angular CLI requires a minimum Node.js version of v20.11."],
    category: "BUILD_CONFIG",
    keyLine: "#9 0.3 The Angular CLI requires a minimum Node.js version of v20.11.",
  },
  {
    name: "Android SDK licences not accepted in CI",
    phase: "build",
    log: [
      "> com.android.builder.sdk.LicenceNotAcceptedException: Failed to install the following Android SDK packages as some licences have not been accepted.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "> com.android.builder.sdk.LicenceNotAcceptedException: Failed to install the following Android SDK packages as some licences have not been accepted.",
  },
  {
    name: "a function bundle over the size limit",
    phase: "build",
    log: ["An error occurred: ApiLambdaFunction - Unzipped size must be smaller than 262144000 bytes."],
    category: "BUILD_CONFIG",
    keyLine: "An error occurred: ApiLambdaFunction - Unzipped size must be smaller than 262144000 bytes.",
  },
  {
    name: "an entrypoint exec-ing a command that is not there",
    phase: "runtime",
    log: ["/app/entrypoint.sh: line 12: exec: worker start: not found"],
    category: "BUILD_CONFIG",
    keyLine: "/app/entrypoint.sh: line 12: exec: worker start: not found",
  },
  {
    name: "a Lambda handler module that is not in the package",
    phase: "runtime",
    log: ["\"errorMessage\": \"Unable to import module 'app.handler': No module named 'app'\","],
    category: "BUILD_CONFIG",
    keyLine: "\"errorMessage\": \"Unable to import module 'app.handler': No module named 'app'\",",
  },
  {
    name: "a Lambda handler whose own require fails",
    phase: "runtime",
    log: [
      "Unable to import module 'index': Error",
      "    at Function.Module._load (module.js:276:25)",
      "    at Object.<anonymous> (/var/task/index.js:3:14)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Unable to import module 'index': Error",
  },
  {
    name: "a Dockerfile step moving a file the context lacks",
    phase: "build",
    log: [
      "mv: can't rename 'config.yml': No such file or directory",
      "The command '/bin/sh -c mv config.yml /etc/app/' returned a non-zero code: 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "mv: can't rename 'config.yml': No such file or directory",
  },
  {
    name: "an unexpanded pipeline variable",
    phase: "build",
    log: ["⨯ /home/vsts/work/1/s/$(SIGNING_CERT) doesn't exist"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "⨯ /home/vsts/work/1/s/$(SIGNING_CERT) doesn't exist",
    variable: "SIGNING_CERT",
  },
  {
    name: "a JSON settings file that does not parse",
    phase: "runtime",
    log: ["SyntaxError: /app/config.json: Unexpected token } in JSON at position 120"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "SyntaxError: /app/config.json: Unexpected token } in JSON at position 120",
    variable: "config.json",
  },
  {
    name: "an empty host in a PDO connection string",
    phase: "runtime",
    log: [
      "PDOException: SQLSTATE[HY000] [2002] No such file or directory in /var/www/db.php on line 9 #0 /var/www/db.php(9): PDO->__construct('mysql:host=;dbname=app', '', '')",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "PDOException: SQLSTATE[HY000] [2002] No such file or directory in /var/www/db.php on line 9 #0 /var/www/db.php(9): PDO->__construct('mysql:host=;dbname=app', '', '')",
  },
  {
    name: "a shell refusing an unset parameter",
    phase: "runtime",
    log: ["/entrypoint.sh: line 8: DATABASE_HOST: parameter not set"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "/entrypoint.sh: line 8: DATABASE_HOST: parameter not set",
    variable: "DATABASE_HOST",
  },
  {
    name: "Kafka refusing a setting's value",
    phase: "runtime",
    log: [
      "org.apache.kafka.common.config.ConfigException: Invalid value abc for configuration num.partitions: Not a number of type INT",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "org.apache.kafka.common.config.ConfigException: Invalid value abc for configuration num.partitions: Not a number of type INT",
    variable: "num.partitions",
  },
  {
    name: "the Docker daemon not running under a deploy tool",
    phase: "build",
    log: [
      'docker: error during connect: This error may indicate that the docker daemon is not running.: Post "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/containers/create"',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      'docker: error during connect: This error may indicate that the docker daemon is not running.: Post "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/containers/create"',
  },
  {
    name: "JSON.parse on a response that ends early",
    phase: "runtime",
    log: [
      "SyntaxError: Unexpected end of input",
      "    at JSON.parse (<anonymous>)",
      "    at IncomingMessage.<anonymous> (/app/index.js:11:30)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "SyntaxError: Unexpected end of input",
  },
  {
    name: "a source file that ends early stays a syntax error",
    phase: "runtime",
    log: ["/app/server.js:40", "SyntaxError: Unexpected end of input"],
    category: "BUILD_COMPILE",
    keyLine: "SyntaxError: Unexpected end of input",
  },
  {
    name: "Cloud Run's startup probe failing",
    phase: "runtime",
    log: [
      'Default STARTUP TCP probe failed 1 time consecutively for container "api" on port 8080. The instance was not started.',
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      'Default STARTUP TCP probe failed 1 time consecutively for container "api" on port 8080. The instance was not started.',
  },
  {
    name: "a self-signed certificate the client refuses",
    phase: "runtime",
    log: ["(node:22) UnhandledPromiseRejectionWarning: SequelizeConnectionError: self signed certificate"],
    category: "PERMISSION_AUTH",
    keyLine: "(node:22) UnhandledPromiseRejectionWarning: SequelizeConnectionError: self signed certificate",
  },
  {
    name: "RabbitMQ refused its config file",
    phase: "runtime",
    log: [
      "[error] <0.132.0> File operation error: eperm. Target: /etc/rabbitmq/rabbitmq.conf. Function: get_file.",
      "[error] <0.132.0>   - Could not open file (/etc/rabbitmq/rabbitmq.conf) for Reason undefined",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "[error] <0.132.0> File operation error: eperm. Target: /etc/rabbitmq/rabbitmq.conf. Function: get_file.",
  },
  {
    name: "apt unable to reach its mirrors keys over the missing package",
    phase: "build",
    log: [
      "W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'deb.debian.org'",
      "E: Unable to locate package curl",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'deb.debian.org'",
  },
  {
    name: "Dart importing a file that is not there",
    phase: "build",
    log: [
      "Error: Error when reading 'lib/src/config.dart': Error reading 'lib/src/config.dart'  (No such file or directory)",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "Error: Error when reading 'lib/src/config.dart': Error reading 'lib/src/config.dart'  (No such file or directory)",
  },
  {
    name: "a setting-up script failing on a leftover symlink",
    phase: "runtime",
    log: ["Error executing 'postInstallation': EEXIST: file already exists, symlink '/data/lib' -> '/opt/app/lib'"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Error executing 'postInstallation': EEXIST: file already exists, symlink '/data/lib' -> '/opt/app/lib'",
  },
  {
    name: ".NET's options validation names the member",
    phase: "runtime",
    log: [
      "Microsoft.Extensions.Options.OptionsValidationException: DataAnnotation validation failed for 'MailSettings' members: 'SmtpHost' with the error: 'The SmtpHost field is required.'.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Microsoft.Extensions.Options.OptionsValidationException: DataAnnotation validation failed for 'MailSettings' members: 'SmtpHost' with the error: 'The SmtpHost field is required.'.",
    variable: "SmtpHost",
  },
  {
    name: "a qemu abort under emulation is the platform's",
    phase: "build",
    log: ["#0 4.370 qemu: uncaught target signal 6 (Aborted) - core dumped", "#0 4.415 Aborted"],
    category: "BUILD_CONFIG",
    keyLine: "#0 4.370 qemu: uncaught target signal 6 (Aborted) - core dumped",
  },
  {
    name: "a Go buildpack fetching a version it has no build of",
    phase: "build",
    log: [
      "-----> Installing go1.9.2",
      "-----> Fetching go1.9.2.linux-amd64.tar.gz...",
      "gzip: stdin: not in gzip format",
      "tar: Child returned status 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "gzip: stdin: not in gzip format",
  },
  {
    name: "Go's checksum database timing out is a registry fetch",
    phase: "build",
    log: [
      'go: golang.org/x/text@v0.3.7: verifying module: Get "https://sum.golang.org/lookup/golang.org/x/text@v0.3.7": dial tcp 142.250.1.1:443: i/o timeout',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'go: golang.org/x/text@v0.3.7: verifying module: Get "https://sum.golang.org/lookup/golang.org/x/text@v0.3.7": dial tcp 142.250.1.1:443: i/o timeout',
  },
  {
    name: "a .NET restore that failed",
    phase: "build",
    log: [
      "remote:   Restore failed in 4.1 sec for /tmp/build_1/Api.csproj.",
      "remote:  !     Push rejected, failed to compile app.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "remote:   Restore failed in 4.1 sec for /tmp/build_1/Api.csproj.",
  },
  {
    name: "yarn's broken cache",
    phase: "build",
    log: [
      "error An unexpected error occurred: \"ENOENT: no such file or directory, scandir '/usr/local/share/.cache/yarn/v6/npm-lodash-4.17.21'\".",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "error An unexpected error occurred: \"ENOENT: no such file or directory, scandir '/usr/local/share/.cache/yarn/v6/npm-lodash-4.17.21'\".",
  },
  {
    name: "a build tool's bin missing from node_modules while building",
    phase: "build",
    log: [
      "#12 3.2 web:build: Error: Cannot find module '/app/node_modules/.pnpm/vite@5.0.0/node_modules/vite/bin/vite.js'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#12 3.2 web:build: Error: Cannot find module '/app/node_modules/.pnpm/vite@5.0.0/node_modules/vite/bin/vite.js'",
  },
  {
    name: "the start command running a dev tool that is not installed",
    phase: "runtime",
    log: ["> nodemon src/index.js", "Error: Cannot find module '/app/node_modules/nodemon/bin/nodemon.js'"],
    category: "BUILD_CONFIG",
    keyLine: "Error: Cannot find module '/app/node_modules/nodemon/bin/nodemon.js'",
  },
  {
    name: "go.mod at GOPATH's root",
    phase: "build",
    log: [
      "$GOPATH/go.mod exists but should not",
      "The command '/bin/sh -c go mod download' returned a non-zero code: 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "$GOPATH/go.mod exists but should not",
  },
  {
    name: "Laravel without its built assets",
    phase: "runtime",
    log: [
      "Exception: Vite manifest not found at: /var/www/public/build/manifest.json in /var/www/vendor/laravel/framework/src/Illuminate/Foundation/Vite.php:934",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Exception: Vite manifest not found at: /var/www/public/build/manifest.json in /var/www/vendor/laravel/framework/src/Illuminate/Foundation/Vite.php:934",
  },
  {
    name: "a JVM option this Java removed",
    phase: "runtime",
    log: ["Unrecognized VM option 'UseConcMarkSweepGC'", "Error: Could not create the Java Virtual Machine."],
    category: "BUILD_CONFIG",
    keyLine: "Unrecognized VM option 'UseConcMarkSweepGC'",
  },
  {
    name: "Go without time zone data",
    phase: "runtime",
    log: [
      "WARN cannot load time location 'Europe/Paris': unknown time zone Europe/Paris",
      "panic: time: missing Location in call to Time.In",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "WARN cannot load time location 'Europe/Paris': unknown time zone Europe/Paris",
  },
  {
    name: "an OTP application missing from the release",
    phase: "runtime",
    log: [
      "** (MatchError) no match of right hand side value: {:error, {:ssl, {'no such file or directory', 'ssl.app'}}}",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "** (MatchError) no match of right hand side value: {:error, {:ssl, {'no such file or directory', 'ssl.app'}}}",
  },
  {
    name: "old .NET's null connection string",
    phase: "runtime",
    log: [
      "Application startup exception: System.ArgumentNullException: Value cannot be null.",
      "Parameter name: connectionString",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Application startup exception: System.ArgumentNullException: Value cannot be null.",
  },
  {
    name: "a key the configuration holds that the program does not know",
    phase: "runtime",
    log: ["2024/01/01 10:00:00 command proxy error: field not found, node: listenAddr"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2024/01/01 10:00:00 command proxy error: field not found, node: listenAddr",
    variable: "listenAddr",
  },
  {
    name: "a variable in backquotes whose value the app rejects",
    phase: "runtime",
    log: ["`REDIS_URL` does not match any known scheme (redis://, rediss://)"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "`REDIS_URL` does not match any known scheme (redis://, rediss://)",
    variable: "REDIS_URL",
  },
  {
    name: "sqlx's macros needing DATABASE_URL at build",
    phase: "build",
    log: [
      "error: set `DATABASE_URL` to use query macros online, or run `cargo sqlx prepare` to update the query cache",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "error: set `DATABASE_URL` to use query macros online, or run `cargo sqlx prepare` to update the query cache",
    variable: "DATABASE_URL",
  },
  {
    name: "a malformed JVM heap size",
    phase: "runtime",
    log: ["Invalid maximum heap size: -Xmx2gg", "Error: Could not create the Java Virtual Machine."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Invalid maximum heap size: -Xmx2gg",
  },
  {
    name: "npm's child killed by SIGKILL at run time",
    phase: "runtime",
    log: ["> next start", "npm ERR! path /app", "npm ERR! command failed", "npm ERR! signal SIGKILL"],
    category: "OUT_OF_MEMORY",
    keyLine: "npm ERR! signal SIGKILL",
  },
  {
    name: "a gRPC server that does not answer",
    phase: "runtime",
    log: [
      'level=error msg="grpc error: next(): code: DeadlineExceeded" error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      'level=error msg="grpc error: next(): code: DeadlineExceeded" error="rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
  },
  {
    name: "a data file's schema from another server version",
    phase: "runtime",
    log: [
      "FTL main.go:346 > The database schema version does not align with the server version. Please consider reverting",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "FTL main.go:346 > The database schema version does not align with the server version. Please consider reverting",
  },
  {
    name: "an abort the shell reports keys below the program's own line",
    phase: "runtime",
    log: [
      "terminate called after throwing an instance of 'std::runtime_error'",
      "  what():  eglInitialize failed",
      "/app/run.sh: line 8:    11 Aborted                 (core dumped) node /app",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "terminate called after throwing an instance of 'std::runtime_error'",
  },
  {
    name: "nginx unable to load its certificate",
    phase: "runtime",
    log: [
      'nginx: [emerg] cannot load certificate "/etc/ssl/site.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory)',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'nginx: [emerg] cannot load certificate "/etc/ssl/site.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory)',
  },
  {
    name: "Composer cloning a private repository without credentials",
    phase: "build",
    log: [
      "Failed to clone the git@github.com:acme/private-lib.git repository, try running in interactive mode so that you can enter your GitHub credentials",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "Failed to clone the git@github.com:acme/private-lib.git repository, try running in interactive mode so that you can enter your GitHub credentials",
  },
  {
    name: "initdb unable to own its data directory",
    phase: "runtime",
    log: [
      "chmod: changing permissions of '/var/lib/postgresql/data': Operation not permitted",
      'initdb: error: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'initdb: error: could not change permissions of directory "/var/lib/postgresql/data": Operation not permitted',
  },
  {
    name: "configure naming the system library a native build lacks",
    phase: "build",
    log: ["configure: error: Package requirements (libzip) were not met:", "No package 'libzip' found"],
    category: "BUILD_DEPENDENCY",
    keyLine: "configure: error: Package requirements (libzip) were not met:",
  },
  {
    name: "Composer's missing package version keys over its summary",
    phase: "build",
    log: [
      "Your requirements could not be resolved to an installable set of packages.",
      "  Problem 1",
      "    - The requested package acme/widgets == 1.2.3.0 could not be found.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "- The requested package acme/widgets == 1.2.3.0 could not be found.",
  },
  {
    name: "a Go module declaring another path",
    phase: "build",
    log: [
      "go: github.com/acme/tool@v1.0.0: parsing go.mod:",
      "        module declares its path as: tool",
      "                but was required as: github.com/acme/tool",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "module declares its path as: tool",
  },
  {
    name: "npm ci's lock file out of step",
    phase: "build",
    log: [
      "npm ERR! cipm can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "npm ERR! cipm can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.",
  },
  {
    name: "a configuration section the server names as absent",
    phase: "runtime",
    log: ["Error in configuration:", "  No cache config provided"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "No cache config provided",
    variable: "cache",
  },
  {
    name: "old pip unable to reach its index",
    phase: "build",
    log: [
      "Downloading/unpacking flask (from -r requirements.txt (line 1))",
      "  Cannot fetch index base URL https://pypi.python.org/simple/",
      "  Could not find any downloads that satisfy the requirement flask",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Cannot fetch index base URL https://pypi.python.org/simple/",
  },
  {
    name: "apt's unmet dependency names the package",
    phase: "build",
    log: [
      "The following packages have unmet dependencies:",
      " api-tools : Depends: libssl1.1 but it is not installable",
      "E: Unable to correct problems, you have held broken packages.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "api-tools : Depends: libssl1.1 but it is not installable",
  },
  {
    name: "the Clojure CLI's class path error keys over the exception under it",
    phase: "build",
    log: [
      "Error building classpath. Could not find artifact acme:widgets:jar:0.3.1 in central (https://repo1.maven.org/maven2/)",
      "org.eclipse.aether.resolution.ArtifactResolutionException: Could not find artifact acme:widgets:jar:0.3.1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error building classpath. Could not find artifact acme:widgets:jar:0.3.1 in central (https://repo1.maven.org/maven2/)",
  },
  {
    name: "Yarn Plug'n'Play refusing an undeclared import",
    phase: "build",
    log: [
      '✘ [ERROR] Could not resolve "left-pad"',
      "    The Yarn Plug'n'Play manifest forbids importing \"left-pad\" here because it's not listed as a dependency of this package:",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "The Yarn Plug'n'Play manifest forbids importing \"left-pad\" here because it's not listed as a dependency of this package:",
  },
  {
    name: "a native build's missing cmake is the dependency's",
    phase: "build",
    log: [
      "==> bcrypt_native",
      "/bin/sh: cmake: not found",
      "make: *** [Makefile:12: build] Error 127",
      'could not compile dependency :bcrypt_native, "mix compile" failed.',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "/bin/sh: cmake: not found",
  },
  {
    name: "Alembic finding model changes without a migration",
    phase: "runtime",
    log: [
      "alembic.util.exc.AutogenerateDiffsDetected: New upgrade operations detected: [('add_column', 'users', Column('plan'))]",
      "RuntimeError: Something went wrong running migrations.",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "alembic.util.exc.AutogenerateDiffsDetected: New upgrade operations detected: [('add_column', 'users', Column('plan'))]",
  },
  {
    name: "a server asking whether its hub is running",
    phase: "runtime",
    log: [
      "[E 2024-01-01 10:00:00 Worker:88] Failed to connect to my Hub at http://hub:8081/api (attempt 1/5). Is it running?",
      "tornado.simple_httpclient.HTTPTimeoutError: Timeout while connecting",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "[E 2024-01-01 10:00:00 Worker:88] Failed to connect to my Hub at http://hub:8081/api (attempt 1/5). Is it running?",
  },
  {
    name: "the built server file the start command runs is missing",
    phase: "runtime",
    log: [
      "> remix-serve ./build/server/index.js",
      "Error: ENOENT: no such file or directory, stat '/app/build/server/index.js'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: ENOENT: no such file or directory, stat '/app/build/server/index.js'",
  },
  {
    name: "a data file the code opens at run time stays the code's",
    phase: "runtime",
    log: [
      "Error: ENOENT: no such file or directory, open '/srv/uploads/avatar-123.png'",
      "    at Object.openSync (node:fs:596:3)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Error: ENOENT: no such file or directory, open '/srv/uploads/avatar-123.png'",
  },
  {
    name: "a database type still holding its variable's name",
    phase: "runtime",
    log: ["Fatal error: Uncaught", "FrameworkAbstract.php(227) : No adapter available for DB type: DB_DRIVER"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "FrameworkAbstract.php(227) : No adapter available for DB type: DB_DRIVER",
    variable: "DB_DRIVER",
  },
  {
    name: "syslog-ng's missing version line, the file named under it",
    phase: "runtime",
    log: [
      "[2024-01-01T10:00:00.000000] ERROR: configuration files without a version number has become unsupported in syslog-ng 3.13, please specify a version number using @version",
      "Error parsing config, syntax error, unexpected LL_ERROR, expecting $end in /etc/syslog-ng/syslog-ng.conf at line 1, column 1:",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "[2024-01-01T10:00:00.000000] ERROR: configuration files without a version number has become unsupported in syslog-ng 3.13, please specify a version number using @version",
    variable: "syslog-ng.conf",
  },
  {
    name: "an emulated program's segfault under qemu is the platform's",
    phase: "build",
    log: [
      "#9 41.2 Setting up libc-bin (2.36-9) ...",
      "#9 41.9 qemu: uncaught target signal 11 (Segmentation fault) - core dumped",
      "#9 42.0 Segmentation fault (core dumped)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#9 41.9 qemu: uncaught target signal 11 (Segmentation fault) - core dumped",
  },
  {
    name: "npm's corrupt cache entry",
    phase: "build",
    log: [
      "npm ERR! code ENOTDIR",
      "npm ERR! syscall open",
      "npm ERR! ENOTDIR: not a directory, open '/home/node/.npm/_cacache/index-v5/0a/1b/abc123'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! ENOTDIR: not a directory, open '/home/node/.npm/_cacache/index-v5/0a/1b/abc123'",
  },
  {
    name: "a Zig manifest's hash mismatch is a dependency's",
    phase: "build",
    log: ["/src/build.zig.zon:9:17: error: hash mismatch: manifest declares 1220aa but the fetched package has 1220bb"],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "/src/build.zig.zon:9:17: error: hash mismatch: manifest declares 1220aa but the fetched package has 1220bb",
  },
  {
    name: "a Zig compile error in the project's file",
    phase: "build",
    log: [
      "install",
      "+- compile exe api Debug native 1 errors",
      "src/main.zig:14:9: error: use of undeclared identifier 'alloc'",
    ],
    category: "BUILD_COMPILE",
    keyLine: "src/main.zig:14:9: error: use of undeclared identifier 'alloc'",
  },
  {
    name: "a file Zig embeds that the build lacks",
    phase: "build",
    log: ["src/main.zig:7:30: error: unable to open 'assets/schema.sql': FileNotFound"],
    category: "BUILD_CONFIG",
    keyLine: "src/main.zig:7:30: error: unable to open 'assets/schema.sql': FileNotFound",
  },
  {
    name: "opam failing to build a package",
    phase: "build",
    log: [
      "#=== ERROR while compiling conf-gmp.4 ===#",
      '[ERROR] The compilation of conf-gmp.4 failed at "sh -exc cc -c test.c".',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: '[ERROR] The compilation of conf-gmp.4 failed at "sh -exc cc -c test.c".',
  },
  {
    name: "a wheel built on the host is the wrong platform",
    phase: "build",
    log: ["#12 2.1 ERROR: numpy-2.1.0-cp312-cp312-macosx_14_0_arm64.whl is not a supported wheel on this platform."],
    category: "BUILD_DEPENDENCY",
    keyLine: "#12 2.1 ERROR: numpy-2.1.0-cp312-cp312-macosx_14_0_arm64.whl is not a supported wheel on this platform.",
  },
  {
    name: "pip's build-requirements step keys over subprocess-exited",
    phase: "build",
    log: [
      "  error: subprocess-exited-with-error",
      "  × Getting requirements to build wheel did not run successfully.",
      "  │ exit code: 1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "× Getting requirements to build wheel did not run successfully.",
  },
  {
    name: "an unresolved Ivy module under sbt",
    phase: "build",
    log: [
      "[warn] \t::::::::::::::::::::::::::::::::::::::::::::::",
      "[warn] \t::          UNRESOLVED DEPENDENCIES         ::",
      "[warn] \t:: org.example#sbt-native;1.2.0: not found",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "[warn] \t:: org.example#sbt-native;1.2.0: not found",
  },
  {
    name: "a private repository refusing sbt",
    phase: "build",
    log: [
      "[error] sbt.librarymanagement.ResolveException: Error downloading com.acme:core:2.0",
      "[error]   unauthorized: https://maven.acme.dev/releases/com/acme/core/2.0/core-2.0.pom",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "[error]   unauthorized: https://maven.acme.dev/releases/com/acme/core/2.0/core-2.0.pom",
  },
  {
    name: "a Fastify plugin for another major",
    phase: "runtime",
    log: ["FastifyError [Error]: fastify-plugin: @acme/auth - expected '4.x' fastify version, '5.1.0' is installed"],
    category: "BUILD_DEPENDENCY",
    keyLine: "FastifyError [Error]: fastify-plugin: @acme/auth - expected '4.x' fastify version, '5.1.0' is installed",
  },
  {
    name: "a Rust-backed package without Rust",
    phase: "build",
    log: ["  running build_rust", "  error: can't find Rust compiler"],
    category: "BUILD_DEPENDENCY",
    keyLine: "error: can't find Rust compiler",
  },
  {
    name: "require of an ESM package between packages",
    phase: "runtime",
    log: [
      "Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/chalk/source/index.js from /app/node_modules/listr/lib/render.js not supported.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/chalk/source/index.js from /app/node_modules/listr/lib/render.js not supported.",
  },
  {
    name: "require of an ESM package from the app's code",
    phase: "runtime",
    log: [
      "Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/nanoid/index.js from /app/src/ids.js not supported.",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/nanoid/index.js from /app/src/ids.js not supported.",
  },
  {
    name: "a native module built for another Node",
    phase: "runtime",
    log: [
      "Error: The module '/app/node_modules/argon2/build/Release/argon2.node'",
      "was compiled against a different Node.js version using",
      "NODE_MODULE_VERSION 115. This version of Node.js requires",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: The module '/app/node_modules/argon2/build/Release/argon2.node'",
  },
  {
    name: "a package subpath that is not exported",
    phase: "runtime",
    log: [
      "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/utils' is not defined by \"exports\" in /srv/node_modules/tiny-kit/package.json",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: Package subpath './lib/utils' is not defined by \"exports\" in /srv/node_modules/tiny-kit/package.json",
  },
  {
    name: "a Clojure namespace not on the class path",
    phase: "runtime",
    log: [
      'Exception in thread "main" java.lang.ExceptionInInitializerError',
      "Caused by: java.io.FileNotFoundException: Could not locate acme/db__init.class or acme/db.clj on classpath: , compiling:(app/core.clj:1:1)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Caused by: java.io.FileNotFoundException: Could not locate acme/db__init.class or acme/db.clj on classpath: , compiling:(app/core.clj:1:1)",
  },
  {
    name: "pip as root refused by the image",
    phase: "build",
    log: ["#6 0.2 You are running pip as root. Please use 'app' user to run pip!"],
    category: "BUILD_CONFIG",
    keyLine: "#6 0.2 You are running pip as root. Please use 'app' user to run pip!",
  },
  {
    name: "a Bundler path gem missing from the build",
    phase: "build",
    log: ["#11 1.3 The path `/srv/app/engines/billing` does not exist."],
    category: "BUILD_CONFIG",
    keyLine: "#11 1.3 The path `/srv/app/engines/billing` does not exist.",
  },
  {
    name: "a GPU requested on a host without its driver",
    phase: "runtime",
    log: ['Error response from daemon: could not select device driver "nvidia" with capabilities: [[gpu]]'],
    category: "BUILD_CONFIG",
    keyLine: 'Error response from daemon: could not select device driver "nvidia" with capabilities: [[gpu]]',
  },
  {
    name: "a serde settings field missing in a Rust panic",
    phase: "runtime",
    log: ["thread 'main' panicked at 'Failed to load config: missing field `bind_address`', src/config.rs:40:10"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "thread 'main' panicked at 'Failed to load config: missing field `bind_address`', src/config.rs:40:10",
    variable: "bind_address",
  },
  {
    name: "a search node's unknown setting",
    phase: "runtime",
    log: [
      "java.lang.IllegalArgumentException: unknown setting [xpack.monitoring.enabled] please check that any required plugins are installed",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "java.lang.IllegalArgumentException: unknown setting [xpack.monitoring.enabled] please check that any required plugins are installed",
    variable: "xpack.monitoring.enabled",
  },
  {
    name: "a Postgres extension that must be preloaded names its setting in the hint",
    phase: "runtime",
    log: [
      'ERROR: extension "pg_cron" must be preloaded',
      "  Hint: Please preload the pg_cron library via shared_preload_libraries.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'ERROR: extension "pg_cron" must be preloaded',
    variable: "shared_preload_libraries",
  },
  {
    name: "ClickHouse unable to listen on IPv6",
    phase: "runtime",
    log: [
      "<Error> Application: DB::Exception: Listen [::]:9000 failed: Poco::Exception. Code: 1000, e.code() = 0, DNS error: EAI: Address family for hostname not supported",
    ],
    category: "PORT_BINDING",
    keyLine:
      "<Error> Application: DB::Exception: Listen [::]:9000 failed: Poco::Exception. Code: 1000, e.code() = 0, DNS error: EAI: Address family for hostname not supported",
  },
  {
    name: "a supervised child killed by signal 9",
    phase: "runtime",
    log: [
      "[Mon Jan 1 10:00:00 2024] Command[broker] exited (pid = 31, signal = 9)",
      "[Mon Jan 1 10:00:00 2024] Command[broker] failed, see logfile for more details",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "[Mon Jan 1 10:00:00 2024] Command[broker] exited (pid = 31, signal = 9)",
  },
  {
    name: "a cluster node with no peers",
    phase: "runtime",
    log: [
      "ERROR [main] CassandraDaemon.java:803 - Exception encountered during startup",
      "java.lang.RuntimeException: Unable to gossip with any peers",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "java.lang.RuntimeException: Unable to gossip with any peers",
  },
  {
    name: "a database never created is not an unreachable one",
    phase: "runtime",
    log: [
      "ERROR i.a.d.c.DatabaseAvailabilityCheck - Failed to verify database connection.",
      'Caused by: org.postgresql.util.PSQLException: FATAL: database "jobs" does not exist',
    ],
    category: "DB_MIGRATION",
    keyLine: 'Caused by: org.postgresql.util.PSQLException: FATAL: database "jobs" does not exist',
  },
  {
    name: "MySQL refusing a schema default",
    phase: "runtime",
    log: ["2024/02/01 10:00:00 error executing statement:Error 1067: Invalid default value for 'created_at'"],
    category: "DB_MIGRATION",
    keyLine: "2024/02/01 10:00:00 error executing statement:Error 1067: Invalid default value for 'created_at'",
  },
  {
    name: "Django's cache table note is not a duplicate object",
    phase: "runtime",
    log: [
      "Cache table 'cache' already exists.",
      'psycopg2.errors.UndefinedTable: relation "shop_order" does not exist',
    ],
    category: "DB_MIGRATION",
    keyLine: 'psycopg2.errors.UndefinedTable: relation "shop_order" does not exist',
  },
  {
    name: "Go's SIGILL is a crash, not an exception to second-guess",
    phase: "runtime",
    log: ["SIGILL: illegal instruction", "PC=0x9c3f21 m=0 sigcode=2"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "SIGILL: illegal instruction",
  },
  {
    name: "the .NET runtime's internal error",
    phase: "runtime",
    log: [
      "Application: api.exe",
      "Description: The process was terminated due to an internal error in the .NET Runtime at IP 00007FF8 (00007FF8) with exit code 80131506.",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "Description: The process was terminated due to an internal error in the .NET Runtime at IP 00007FF8 (00007FF8) with exit code 80131506.",
  },
  {
    name: "pods that never become ready",
    phase: "runtime",
    log: [
      "DEBUG   helm: Deployment is not ready: shop/shop-api. 0 out of 1 expected pods are ready",
      "ERROR   Failed to install shop Helm Chart",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "DEBUG   helm: Deployment is not ready: shop/shop-api. 0 out of 1 expected pods are ready",
  },
  {
    name: "a request without an API key",
    phase: "runtime",
    log: [
      "ERROR: auth.py:88 - Exception occured - No api key passed in.",
      "Exception: No api key passed in.",
      'INFO:     10.0.0.4:5512 - "GET /health HTTP/1.1" 401 Unauthorized',
    ],
    category: "PERMISSION_AUTH",
    keyLine: "Exception: No api key passed in.",
  },
  {
    name: "the app's Postgres line keys over the server's prefixed one",
    phase: "runtime",
    log: [
      '10.0.0.5 2024-05-01 10:00:00.000 UTC [42] app@main FATAL:  password authentication failed for user "app"',
      'api | 10:00:00.010 [error] Postgrex.Protocol failed to connect: ** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "app"',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'api | 10:00:00.010 [error] Postgrex.Protocol failed to connect: ** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "app"',
  },
  {
    name: "a Sphinx extension importing a module the build's Python dropped is the runtime's",
    phase: "build",
    log: [
      "Running Sphinx v5.3.0",
      "Extension error:",
      "Could not import extension sphinx.builders.epub3 (exception: No module named 'imghdr')",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Could not import extension sphinx.builders.epub3 (exception: No module named 'imghdr')",
  },
  {
    name: "the kernel's segfault line is a crash",
    phase: "runtime",
    log: [
      "[512.123456] api-worker[2211]: segfault at 0 ip 00007f1d72b0b404 sp 00007f1d6f858388 error 4 in api[7f1d7108a000+23d9000]",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "[512.123456] api-worker[2211]: segfault at 0 ip 00007f1d72b0b404 sp 00007f1d6f858388 error 4 in api[7f1d7108a000+23d9000]",
  },
  {
    name: "a remote's 403 in a Rust client's status",
    phase: "runtime",
    log: ["CRIT Failed to start node    reason: Error fetching state from remote: StatusCode(403)"],
    category: "PERMISSION_AUTH",
    keyLine: "CRIT Failed to start node    reason: Error fetching state from remote: StatusCode(403)",
  },
  {
    name: "a debug line repeating a connection error does not key",
    phase: "runtime",
    log: [
      "2024-01-01 10:00:00 ERR Db::connect Connect error: Host is unreachable",
      "2024-01-01 10:00:00 DEBUG setup: Failed to connect to database 'shop'.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "2024-01-01 10:00:00 ERR Db::connect Connect error: Host is unreachable",
  },
  {
    name: "Jetty's connector failing to bind keys in any language",
    phase: "runtime",
    log: [
      "2024-01-01 10:00:00.000+0000 WARN  FAILED ServerConnector@1a2b3c{HTTP/1.1}{localhost:7474}: java.net.BindException: Adresse déjà utilisée",
      "java.net.BindException: Adresse déjà utilisée",
    ],
    category: "PORT_BINDING",
    keyLine:
      "2024-01-01 10:00:00.000+0000 WARN  FAILED ServerConnector@1a2b3c{HTTP/1.1}{localhost:7474}: java.net.BindException: Adresse déjà utilisée",
  },
  {
    name: "the first symbol the project's objects cannot link keys",
    phase: "build",
    log: [
      "codec.c:(.text+0x1a4): undefined reference to `frame_create'",
      "codec.c:(.text+0x2b0): undefined reference to `frame_destroy'",
      "collect2: error: ld returned 1 exit status",
    ],
    category: "BUILD_COMPILE",
    keyLine: "codec.c:(.text+0x1a4): undefined reference to `frame_create'",
  },
  {
    name: "a start script waiting for its database server keys on its first retry",
    phase: "runtime",
    log: [
      "[WARN] ** [app] MySQL/MariaDB Server 'db' is not accessible, retrying.. (5 seconds so far)",
      "[WARN] ** [app] MySQL/MariaDB Server 'db' is not accessible, retrying.. (10 seconds so far)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "[WARN] ** [app] MySQL/MariaDB Server 'db' is not accessible, retrying.. (5 seconds so far)",
  },
  {
    name: "compose's per-service error lines are one statement: the first keys",
    phase: "build",
    log: [
      "Pulling api ... error",
      "ERROR: for api  unauthorized: access to the requested resource is not authorized",
      "ERROR: unauthorized: access to the requested resource is not authorized",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "ERROR: for api  unauthorized: access to the requested resource is not authorized",
  },
  {
    name: "Sphinx unable to import a docs extension",
    phase: "build",
    log: [
      "Running Sphinx v7.2.6",
      "sphinx.errors.ExtensionError: Could not import extension sphinx_copybutton (exception: No module named 'sphinx_copybutton')",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "sphinx.errors.ExtensionError: Could not import extension sphinx_copybutton (exception: No module named 'sphinx_copybutton')",
  },
  {
    name: "Read the Docs refusing a build setting",
    phase: "build",
    log: [
      "Config validation error in build.os. Expected one of (ubuntu-22.04, ubuntu-24.04), got type str (ubuntu-18.04).",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Config validation error in build.os. Expected one of (ubuntu-22.04, ubuntu-24.04), got type str (ubuntu-18.04).",
  },
  {
    name: "Joi's required key is the variable",
    phase: "build",
    log: ['[ERROR] ValidationError: "search.apiKey" is required', "[ERROR] Unable to build website for locale en."],
    category: "MISSING_ENV_CONFIG",
    keyLine: '[ERROR] ValidationError: "search.apiKey" is required',
    variable: "search.apiKey",
  },
  {
    name: "PHP reading an environment variable that is not set",
    phase: "build",
    log: ["In EnvLoader.php line 42:", "  Notice: Undefined index: SHOP_URL"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Notice: Undefined index: SHOP_URL",
    variable: "SHOP_URL",
  },
  {
    name: "a start script refusing to run without a variable",
    phase: "runtime",
    log: ["ERROR: no SHOP_DATABASE_URL specified in docker-compose.yml"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERROR: no SHOP_DATABASE_URL specified in docker-compose.yml",
    variable: "SHOP_DATABASE_URL",
  },
  {
    name: "a YAML config file that does not parse names the file",
    phase: "build",
    log: [
      "/srv/site/vendor/bundle/ruby/3.2.0/gems/safe_yaml-1.0.5/lib/safe_yaml/load.rb:143:in `parse': (/srv/site/_site.yml): did not find expected key while parsing a block mapping at line 3 column 1 (Psych::SyntaxError)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "/srv/site/vendor/bundle/ruby/3.2.0/gems/safe_yaml-1.0.5/lib/safe_yaml/load.rb:143:in `parse': (/srv/site/_site.yml): did not find expected key while parsing a block mapping at line 3 column 1 (Psych::SyntaxError)",
    variable: "_site.yml",
  },
  {
    name: "MySQL's unknown database is the schema, not the connection",
    phase: "runtime",
    log: [
      "ERROR: (database) Shop MySQL connection: Unknown database 'shop'",
      "ERROR: (database) Shop MySQL Temp Tables: Could not connect to database",
    ],
    category: "DB_MIGRATION",
    keyLine: "ERROR: (database) Shop MySQL connection: Unknown database 'shop'",
  },
  {
    name: "a numbered migration failing beside Go's module-cache warning",
    phase: "runtime",
    log: [
      'level=ERROR msg="Migration failed: migration 20240101 failed: Error 1064 (42000): You have an error in your SQL syntax"',
      "2024/01/01 00:00:01 failed to create modcache index dir: mkdir /.cache: permission denied",
    ],
    category: "DB_MIGRATION",
    keyLine:
      'level=ERROR msg="Migration failed: migration 20240101 failed: Error 1064 (42000): You have an error in your SQL syntax"',
  },
  {
    name: "pkg-config missing in a package's build script is the package's",
    phase: "build",
    log: [
      "> canvas@1.6.0 install /srv/app/node_modules/canvas",
      "./util/has_lib.sh: line 31: pkg-config: command not found",
      "gyp ERR! configure error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "./util/has_lib.sh: line 31: pkg-config: command not found",
  },
  {
    name: "cpanm unable to find a module",
    phase: "build",
    log: [
      "! Finding Net::LDAP::Server on cpanmetadb failed.",
      "! Couldn't find module or a distribution Net::LDAP::Server",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "! Finding Net::LDAP::Server on cpanmetadb failed.",
  },
  {
    name: "a header named by the native build keys over mkmf's summary",
    phase: "build",
    log: [
      "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "checking for yaml.h... no",
      "yaml.h not found",
      "*** extconf.rb failed ***",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "yaml.h not found",
  },
  {
    name: "Compose refusing an unset ${X:?} variable names it",
    phase: "runtime",
    log: [
      'ERROR: Missing mandatory value for "image" option interpolating shop/api:${API_TAG:?set API_TAG} in service "api": set API_TAG',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'ERROR: Missing mandatory value for "image" option interpolating shop/api:${API_TAG:?set API_TAG} in service "api": set API_TAG',
    variable: "API_TAG",
  },
  {
    name: "a Rails app missing a YAML file under config/",
    phase: "runtime",
    log: [
      "Errno::ENOENT: No such file or directory @ rb_sysopen - /srv/app/config/storage.yml",
      "/srv/app/config/application.rb:20:in `read'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Errno::ENOENT: No such file or directory @ rb_sysopen - /srv/app/config/storage.yml",
    variable: "storage.yml",
  },
  {
    name: "a list of required settings on one line names the first",
    phase: "runtime",
    log: [
      "[App.ExceptionHandler()] There were some errors with your configuration: - APP_DB_HOST: Required - APP_DB_PORT: Required",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "[App.ExceptionHandler()] There were some errors with your configuration: - APP_DB_HOST: Required - APP_DB_PORT: Required",
    variable: "APP_DB_HOST",
  },
  {
    name: "a variable whose value cannot be parsed",
    phase: "runtime",
    log: ["Error: environment variable WEB_PORT=8080 # default could not be parsed"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: environment variable WEB_PORT=8080 # default could not be parsed",
    variable: "WEB_PORT",
  },
  {
    name: "docker events reporting a container's OOM",
    phase: "runtime",
    log: [
      "[2024-01-01 10:00:00] container oom Container ID: 0123abcd Container Name: api",
      "[2024-01-01 10:00:01] container die Container ID: 0123abcd Container Name: api",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "[2024-01-01 10:00:00] container oom Container ID: 0123abcd Container Name: api",
  },
  {
    name: "a Cobra CLI given a subcommand it lacks",
    phase: "runtime",
    log: ['panic: unknown command "run" for "mytool serve"'],
    category: "BUILD_CONFIG",
    keyLine: 'panic: unknown command "run" for "mytool serve"',
  },
  {
    name: "a Flink job's connector jar not installed",
    phase: "runtime",
    log: [
      "org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'jdbc' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'jdbc' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.",
  },
  {
    name: "a Rails migration's message under its 'all later migrations canceled'",
    phase: "runtime",
    log: [
      "StandardError: An error has occurred, this and all later migrations canceled:",
      "",
      "unknown attribute 'priority' for Delayed::Backend::ActiveRecord::Job.",
    ],
    category: "DB_MIGRATION",
    keyLine: "unknown attribute 'priority' for Delayed::Backend::ActiveRecord::Job.",
  },
  {
    name: "Cargo's first line of a feature its version lacks keys (the guide keeps the first of two)",
    phase: "build",
    log: [
      "error: failed to parse manifest at `/build/Cargo.toml`",
      "Caused by:",
      "  feature `edition2024` is required",
      "  The package requires the Cargo feature called `edition2024`, but that feature is not stabilized in this version of Cargo (1.80.0 (376290515 2024-07-16)).",
    ],
    category: "BUILD_CONFIG",
    keyLine: "feature `edition2024` is required",
  },
  {
    name: "apt's GPG error is the first statement of an unsigned repository",
    phase: "build",
    log: [
      "W: GPG error: http://deb.debian.org/debian bookworm InRelease: At least one invalid signature was encountered.",
      "E: The repository 'http://deb.debian.org/debian bookworm InRelease' is not signed.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "W: GPG error: http://deb.debian.org/debian bookworm InRelease: At least one invalid signature was encountered.",
  },
  {
    name: "Go's runtime reports the signal before the signal line",
    phase: "runtime",
    log: [
      "fatal error: unexpected signal during runtime execution",
      "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x7f00]",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "fatal error: unexpected signal during runtime execution",
  },
  {
    name: "an app retrying its Redis connection keys on the first attempt",
    phase: "runtime",
    log: [
      '{"level":"warn","message":"Retrying redis connection: attempt 1"}',
      '{"level":"warn","message":"Retrying redis connection: attempt 2"}',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: '{"level":"warn","message":"Retrying redis connection: attempt 1"}',
  },
  {
    name: "a script sourcing a file that is not there",
    phase: "runtime",
    log: [
      "./bin/start.sh: line 12: ./env.sh: No such file or directory",
      "./bin/start.sh: line 20: build_classpath: command not found",
    ],
    category: "BUILD_CONFIG",
    keyLine: "./bin/start.sh: line 12: ./env.sh: No such file or directory",
  },
  {
    name: "Node's 'fetch failed' is a connection that could not be made",
    phase: "runtime",
    log: ["ERROR [Indexer] TypeError: fetch failed", "    at node:internal/deps/undici/undici:13510:13"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "ERROR [Indexer] TypeError: fetch failed",
  },
  {
    name: "a migration copying rows into a unique constraint",
    phase: "runtime",
    log: ["Running migration 2024-01-01-120000_devices", 'Error: "UNIQUE constraint failed: devices_new.uuid"'],
    category: "DB_MIGRATION",
    keyLine: 'Error: "UNIQUE constraint failed: devices_new.uuid"',
  },
  {
    name: "Postgres refusing an action that needs a superuser",
    phase: "runtime",
    log: ["io.debezium.jdbc.JdbcConnectionException: ERROR: must be superuser to create FOR ALL TABLES publication"],
    category: "PERMISSION_AUTH",
    keyLine: "io.debezium.jdbc.JdbcConnectionException: ERROR: must be superuser to create FOR ALL TABLES publication",
  },
  {
    name: "a native server's crash report over its dump collector's permission errors",
    phase: "runtime",
    log: [
      "This program has encountered a fatal error and cannot continue running at Mon Jan 1 00:00:00 2024",
      "/bin/cat: /proc/41/maps: Permission denied",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "This program has encountered a fatal error and cannot continue running at Mon Jan 1 00:00:00 2024",
  },
  {
    name: "Yarn Plug'n'Play refusing an undeclared require",
    phase: "build",
    log: [
      "Error: @acme/cli tried to access @babel/parser, but it isn't declared in its dependencies; this makes the require call ambiguous and unsound.",
      "Required package: @babel/parser",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error: @acme/cli tried to access @babel/parser, but it isn't declared in its dependencies; this makes the require call ambiguous and unsound.",
  },
  {
    name: "a package download through a proxy that would not tunnel",
    phase: "build",
    log: [
      "verbose 12.5 Error: https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz: tunneling socket could not be established, cause=socket hang up",
      'error An unexpected error occurred: "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz: tunneling socket could not be established, cause=socket hang up".',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "verbose 12.5 Error: https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz: tunneling socket could not be established, cause=socket hang up",
  },
  {
    name: "a package's install script failing with 127 is the package's",
    phase: "build",
    log: [
      "[5/5] Building fresh packages...",
      "error /srv/app/node_modules/bcrypt: Command failed.",
      "Exit code: 127",
      "Command: node-pre-gyp install --fallback-to-build",
      "/bin/sh: 1: node-pre-gyp: not found",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "error /srv/app/node_modules/bcrypt: Command failed.",
  },
  {
    name: "a Substrate build without the wasm target",
    phase: "build",
    log: ["Rust WASM toolchain not installed, please install it!", "error[E0463]: can't find crate for `std`"],
    category: "BUILD_CONFIG",
    keyLine: "Rust WASM toolchain not installed, please install it!",
  },
  {
    name: "a framework refusing an older bun",
    phase: "build",
    log: ["Reflex requires bun version 1.1.0 or higher to run, but the detected version is 1.0.3."],
    category: "BUILD_CONFIG",
    keyLine: "Reflex requires bun version 1.1.0 or higher to run, but the detected version is 1.0.3.",
  },
  {
    name: "a Minecraft server on a Java older than it needs",
    phase: "runtime",
    log: [
      "net.fabricmc.loader.impl.FormattedException: Some of your mods are incompatible with the game or each other!",
      "- Mod 'Minecraft' (minecraft) requires version 17 or later of mod 'OpenJDK 64-Bit Server VM' (java), but a non-matching version is present: 11!",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "- Mod 'Minecraft' (minecraft) requires version 17 or later of mod 'OpenJDK 64-Bit Server VM' (java), but a non-matching version is present: 11!",
  },
  {
    name: "go build given a flag this toolchain lacks",
    phase: "build",
    log: [
      "flag provided but not defined: -buildvcs",
      "usage: go build [-o output] [build flags] [packages]",
      "make: *** [build] Error 2",
    ],
    category: "BUILD_CONFIG",
    keyLine: "flag provided but not defined: -buildvcs",
  },
  {
    name: "Apache's message under its syntax-error heading keys",
    phase: "runtime",
    log: [
      "AH00526: Syntax error on line 12 of /etc/apache2/sites-enabled/app.conf:",
      "Invalid command 'RewriteEngine', perhaps misspelled or defined by a module not included in the server configuration",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Invalid command 'RewriteEngine', perhaps misspelled or defined by a module not included in the server configuration",
  },
  {
    name: "a server plugin that is not installed",
    phase: "runtime",
    log: ['Error: "gitlab" plugin not found', " error--- plugin not found. try npm install verdaccio-gitlab"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "error--- plugin not found. try npm install verdaccio-gitlab",
  },
  {
    name: "a Paper plugin whose dependency is missing",
    phase: "runtime",
    log: [
      "[12:00:00 ERROR]: Could not load 'plugins/Shops.jar' in folder 'plugins': Unknown/missing dependency plugins: [Vault]",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "[12:00:00 ERROR]: Could not load 'plugins/Shops.jar' in folder 'plugins': Unknown/missing dependency plugins: [Vault]",
  },
  {
    name: "PHP's warning and fatal error for one missing file key on the first",
    phase: "runtime",
    log: [
      "PHP Warning:  require(/srv/app/bootstrap/kernel.php): Failed to open stream: No such file or directory in /srv/app/index.php on line 4",
      "PHP Fatal error:  Uncaught Error: Failed opening required '/srv/app/bootstrap/kernel.php' (include_path='.:/usr/share/php') in /srv/app/index.php:4",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "PHP Warning:  require(/srv/app/bootstrap/kernel.php): Failed to open stream: No such file or directory in /srv/app/index.php on line 4",
  },
  {
    name: "a PHP extension needing another that is not loaded",
    phase: "runtime",
    log: [
      "PHP Warning:  Cannot load module 'swoole' because required module 'sockets' is not loaded in Unknown on line 0",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "PHP Warning:  Cannot load module 'swoole' because required module 'sockets' is not loaded in Unknown on line 0",
  },
  {
    name: "a shared library missing by its path at start",
    phase: "runtime",
    log: [
      "/opt/game/linux64/steamclient.so: cannot open shared object file: No such file or directory",
      "/opt/game/run.sh: 12: pushd: not found",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "/opt/game/linux64/steamclient.so: cannot open shared object file: No such file or directory",
  },
  {
    name: "Backstage's missing config key is the variable",
    phase: "runtime",
    log: ["Backend failed to start up, Error: Missing required config value at 'auth.session.secret'"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Backend failed to start up, Error: Missing required config value at 'auth.session.secret'",
    variable: "auth.session.secret",
  },
  {
    name: "Apache using an environment variable that is not set",
    phase: "runtime",
    log: [
      "[core:warn] [pid 1] AH00111: Config variable ${APACHE_LOG_DIR} is not defined",
      "AH00526: Syntax error on line 8 of /etc/apache2/apache2.conf:",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[core:warn] [pid 1] AH00111: Config variable ${APACHE_LOG_DIR} is not defined",
    variable: "APACHE_LOG_DIR",
  },
  {
    name: "supervisord's ENV_ prefix is not part of the variable",
    phase: "runtime",
    log: [
      "Error: Format string '%(ENV_QUEUE_WORKERS)s' for 'program:worker.numprocs' contains names ('ENV_QUEUE_WORKERS') which cannot be expanded. Available names: ENV_HOME",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Error: Format string '%(ENV_QUEUE_WORKERS)s' for 'program:worker.numprocs' contains names ('ENV_QUEUE_WORKERS') which cannot be expanded. Available names: ENV_HOME",
    variable: "QUEUE_WORKERS",
  },
  {
    name: "a generated default is a notice, the variable asked for is the cause",
    phase: "runtime",
    log: [
      "SESSION_KEY was not provided. It will be automatically generated.",
      "Please give 'API_ENDPOINT' environment variable",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Please give 'API_ENDPOINT' environment variable",
    variable: "API_ENDPOINT",
  },
  {
    name: "a secret file that is a directory names the file",
    phase: "runtime",
    log: ["Fatal: Failed to start: open /secrets/token.hex: is a directory"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Fatal: Failed to start: open /secrets/token.hex: is a directory",
    variable: "token.hex",
  },
  {
    name: "the Minecraft EULA waiting for its variable",
    phase: "runtime",
    log: [
      "[init] Please accept the Minecraft EULA at",
      "[init]   https://account.mojang.com/documents/minecraft_eula",
      "[init] by adding the following immediately after 'docker run':",
      "[init]   -e EULA=TRUE",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[init] Please accept the Minecraft EULA at",
    variable: "EULA",
  },
  {
    name: "a Go config field of the wrong type names its path",
    phase: "runtime",
    log: [
      "Error: failed to load configuration: json: cannot unmarshal number into Go struct field ServiceSettings.ServiceSettings.SiteURL of type string",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Error: failed to load configuration: json: cannot unmarshal number into Go struct field ServiceSettings.ServiceSettings.SiteURL of type string",
    variable: "ServiceSettings.SiteURL",
  },
  {
    name: "a Ruby config file under /etc that does not parse",
    phase: "runtime",
    log: ["/etc/gitlab/gitlab.rb:42: syntax error, unexpected tIDENTIFIER, expecting end-of-input"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "/etc/gitlab/gitlab.rb:42: syntax error, unexpected tIDENTIFIER, expecting end-of-input",
    variable: "gitlab.rb",
  },
  {
    name: "HAProxy unable to bind a frontend",
    phase: "runtime",
    log: ["[ALERT] 101/120000 (1) : Starting frontend http-in: cannot bind socket [0.0.0.0:80]"],
    category: "PORT_BINDING",
    keyLine: "[ALERT] 101/120000 (1) : Starting frontend http-in: cannot bind socket [0.0.0.0:80]",
  },
  {
    name: "a Unix socket the app may not create is a permission problem",
    phase: "runtime",
    log: ["Error: listen EACCES: permission denied /srv/app/run/worker.sock"],
    category: "PERMISSION_AUTH",
    keyLine: "Error: listen EACCES: permission denied /srv/app/run/worker.sock",
  },
  {
    name: "a container runtime's 'Out of memory: false' is not memory evidence",
    phase: "runtime",
    log: ["[Daemon]: Exit code: 1", "[Daemon]: Out of memory: false", "Error: Unable to access jarfile server.jar"],
    category: "BUILD_CONFIG",
    keyLine: "Error: Unable to access jarfile server.jar",
  },
  {
    name: "a start script that gave up waiting for the server",
    phase: "runtime",
    log: ["** ERROR: Tomcat server did not start in 90 seconds"],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "** ERROR: Tomcat server did not start in 90 seconds",
  },
  {
    name: "SQLite opening a file that is not a database",
    phase: "runtime",
    log: ["Error: SQLITE_NOTADB: file is not a database", "    at Database.open (/app/db.js:10:5)"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Error: SQLITE_NOTADB: file is not a database",
  },
  {
    name: "Twisted unable to listen on an address the host lacks",
    phase: "runtime",
    log: [
      "2024-02-02 10:00:00,000 - twisted - 242 - ERROR -  - twisted.internet.error.CannotListenError: Couldn't listen on 10.9.8.7:8448: [Errno 99] Address not available.",
      "OSError: [Errno 99] Address not available",
    ],
    category: "PORT_BINDING",
    keyLine:
      "2024-02-02 10:00:00,000 - twisted - 242 - ERROR -  - twisted.internet.error.CannotListenError: Couldn't listen on 10.9.8.7:8448: [Errno 99] Address not available.",
  },
  {
    name: "Postgres' DETAIL line under a unique violation in a migration only names the row",
    phase: "runtime",
    log: [
      "Running schema migration 31",
      'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "schema_version_pkey"',
      "DETAIL:  Key (version)=(31) already exists.",
    ],
    category: "DB_MIGRATION",
    keyLine: 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "schema_version_pkey"',
  },
  {
    name: "a linker killed while linking is memory",
    phase: "build",
    log: [
      "[512/513] Linking App",
      "clang-15: error: unable to execute command: Killed",
      "clang-15: error: linker command failed due to signal (use -v to see invocation)",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "clang-15: error: unable to execute command: Killed",
  },
  {
    name: "a Swift package newer than the image's toolchain",
    phase: "build",
    log: [
      "Fetching https://example.org/acme/server.git",
      "error: Package requires minimum Swift tools version 5.9.0. Current Swift tools version is 5.7.1",
      "Error: Build failed.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "error: Package requires minimum Swift tools version 5.9.0. Current Swift tools version is 5.7.1",
  },
  {
    name: "a Crystal compile error inside a shard",
    phase: "build",
    log: [
      "Showing last frame. Use --error-trace for full trace.",
      "",
      "In lib/webkit/src/router.cr:12:7",
      "",
      "Error: undefined method 'mount' for Webkit::Router",
      "The command '/bin/sh -c shards build --release' returned a non-zero code: 1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Error: undefined method 'mount' for Webkit::Router",
  },
  {
    name: "a Crystal compile error in the project's code",
    phase: "build",
    log: ["In src/jobs/mailer.cr:30:5", "", "Error: expecting token ')', not 'end'"],
    category: "BUILD_COMPILE",
    keyLine: "Error: expecting token ')', not 'end'",
  },
  {
    name: "Crystal's uncaught exception is the crash line, not its frames",
    phase: "runtime",
    log: [
      "Unhandled exception: Port must be a number (ArgumentError)",
      "  from /usr/share/crystal/src/int.cr:104:5 in 'new'",
      "  from src/env/__libc_start_main.c:94:2 in 'libc_start_main_stage2'",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Unhandled exception: Port must be a number (ArgumentError)",
  },
  {
    name: "Crystal's missing environment key names the variable",
    phase: "runtime",
    log: ['Missing ENV key: "MAIL_API_KEY" (KeyError)', "  from /usr/share/crystal/src/env.cr:40:5 in 'fetch'"],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'Missing ENV key: "MAIL_API_KEY" (KeyError)',
    variable: "MAIL_API_KEY",
  },
  {
    name: "shards run where there is no shard.yml",
    phase: "build",
    log: ["Step 6/9 : RUN shards install --production", "Missing shard.yml. Please run 'shards init'"],
    category: "BUILD_CONFIG",
    keyLine: "Missing shard.yml. Please run 'shards init'",
  },
  {
    name: "a C++ error in the project's own source",
    phase: "build",
    log: [
      "INFO: From Compiling src/codec/frame.cc:",
      "src/codec/frame.cc:88:14: error: use of undeclared identifier 'kMaxFrame'",
      "Target //src:codec failed to build",
    ],
    category: "BUILD_COMPILE",
    keyLine: "src/codec/frame.cc:88:14: error: use of undeclared identifier 'kMaxFrame'",
  },
  {
    name: "a C++ error in a Bazel external repository is the dependency's",
    phase: "build",
    log: [
      "external/zlib~1.3/inflate.c:201:3: error: call to undeclared function 'lseek64'",
      "Target //app:server failed to build",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "external/zlib~1.3/inflate.c:201:3: error: call to undeclared function 'lseek64'",
  },
  {
    name: "a C compile error while pip builds a wheel stays the package's",
    phase: "build",
    log: [
      "Building wheel for fastjson (pyproject.toml): started",
      "fastjson/_speedups.c:410:22: error: 'PyLongObject' has no member named 'ob_digit'",
      "error: command '/usr/bin/gcc' failed with exit code 1",
      "ERROR: Failed building wheel for fastjson",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "fastjson/_speedups.c:410:22: error: 'PyLongObject' has no member named 'ob_digit'",
  },
  {
    name: "a Perl module missing at start",
    phase: "runtime",
    log: [
      "Can't locate Mojo/Redis.pm in @INC (you may need to install the Mojo::Redis module) (@INC contains: /app/lib /usr/local/lib/perl5) at /app/lib/Shop.pm line 7.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Can't locate Mojo/Redis.pm in @INC (you may need to install the Mojo::Redis module) (@INC contains: /app/lib /usr/local/lib/perl5) at /app/lib/Shop.pm line 7.",
  },
  {
    name: "an R package missing while a deploy builds the app",
    phase: "build",
    log: [
      "Building Shiny application...",
      "Error in library(leaflet) : there is no package called ‘leaflet’",
      "Execution halted",
      "Build error: exit status 1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Error in library(leaflet) : there is no package called ‘leaflet’",
  },
  {
    name: "an R package missing when the app starts",
    phase: "runtime",
    log: ["Error in library(plumber) : there is no package called 'plumber'", "Execution halted"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error in library(plumber) : there is no package called 'plumber'",
  },
  {
    name: "an R package that will not compile",
    phase: "build",
    log: [
      "ERROR: compilation failed for package ‘sf’",
      "* removing ‘/usr/local/lib/R/site-library/sf’",
      "Warning message:",
      "installation of package ‘sf’ had non-zero exit status",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "ERROR: compilation failed for package ‘sf’",
  },
  {
    name: "nginx refusing a directive its build lacks",
    phase: "runtime",
    log: ['nginx: [emerg] unknown directive "more_set_headers" in /etc/nginx/conf.d/app.conf:14'],
    category: "BUILD_CONFIG",
    keyLine: 'nginx: [emerg] unknown directive "more_set_headers" in /etc/nginx/conf.d/app.conf:14',
  },
  {
    name: "nginx told to listen on an IPv6 address the container lacks",
    phase: "runtime",
    log: ["nginx: [emerg] bind() to [::1]:8080 failed (99: Cannot assign requested address)"],
    category: "PORT_BINDING",
    keyLine: "nginx: [emerg] bind() to [::1]:8080 failed (99: Cannot assign requested address)",
  },
  {
    name: "a configuration key listed under a refusal to start",
    phase: "runtime",
    log: [
      "Refusing to start because configuration is not valid, found the following errors:",
      "- mqtt.server must be a string",
      "npm ERR! code ELIFECYCLE",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "- mqtt.server must be a string",
    variable: "mqtt.server",
  },
  {
    name: "Redis refusing a line of its configuration file",
    phase: "runtime",
    log: [
      "*** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***",
      "Reading the configuration file, at line 12",
      ">>> 'maxmemory-policy lru'",
      "Bad directive or wrong number of arguments",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Bad directive or wrong number of arguments",
  },
  {
    name: "a Postgres extension the database image does not have",
    phase: "runtime",
    log: [
      'sqlalchemy.exc.OperationalError: (psycopg.errors.UndefinedFile) could not open extension control file "/usr/share/postgresql/16/extension/postgis.control": No such file or directory',
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      'sqlalchemy.exc.OperationalError: (psycopg.errors.UndefinedFile) could not open extension control file "/usr/share/postgresql/16/extension/postgis.control": No such file or directory',
  },
  {
    name: "a missing table beside 'failed to connect' is the schema's fault",
    phase: "runtime",
    log: ["ERROR Failed to connect to database.", 'ERROR: 42P01: relation "job_queue" does not exist'],
    category: "DB_MIGRATION",
    keyLine: 'ERROR: 42P01: relation "job_queue" does not exist',
  },
  {
    name: "a gRPC call answered Unavailable",
    phase: "runtime",
    log: [
      '2024/05/02 10:11:12 rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.7:9090: connect: connection refused"',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      '2024/05/02 10:11:12 rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.7:9090: connect: connection refused"',
  },
  {
    name: "Rails' credentials error keys on the adapter's refusal under it",
    phase: "runtime",
    log: [
      "ActiveRecord::DatabaseConnectionError: There is a problem connecting to your database using your username/password, username: app. (ActiveRecord::DatabaseConnectionError)",
      "Caused by:",
      'PG::ConnectionBad: connection to server at "10.1.2.3", port 5432 failed: FATAL:  password authentication failed for user "app" (PG::ConnectionBad)',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'PG::ConnectionBad: connection to server at "10.1.2.3", port 5432 failed: FATAL:  password authentication failed for user "app" (PG::ConnectionBad)',
  },
  {
    name: "a compose dependency with no health check to wait on",
    phase: "runtime",
    log: ["dependency failed to start: container shop-db-1 has no healthcheck configured"],
    category: "BUILD_CONFIG",
    keyLine: "dependency failed to start: container shop-db-1 has no healthcheck configured",
  },
  {
    name: "a server that needs memory per thread refuses to start",
    phase: "runtime",
    log: ["E20240301 09:00:00.000000     1 main.cc:120] There are 16 threads, so 4.00GiB are required. Exiting..."],
    category: "OUT_OF_MEMORY",
    keyLine: "E20240301 09:00:00.000000     1 main.cc:120] There are 16 threads, so 4.00GiB are required. Exiting...",
  },
  {
    name: "App Engine giving up waiting for a healthy version",
    phase: "build",
    log: [
      "ERROR: (gcloud.app.deploy) Error Response: [4] Flex operation projects/p/regions/r/operations/1 error [DEADLINE_EXCEEDED]: An internal error occurred while processing task /app-engine-flex/flex_await_healthy/flex_await_healthy>2024-01-01T00:00:00.000Z",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "ERROR: (gcloud.app.deploy) Error Response: [4] Flex operation projects/p/regions/r/operations/1 error [DEADLINE_EXCEEDED]: An internal error occurred while processing task /app-engine-flex/flex_await_healthy/flex_await_healthy>2024-01-01T00:00:00.000Z",
  },
  {
    name: "an ingress port that is not the app's",
    phase: "runtime",
    log: ["Activation failed: The TargetPort 3000 does not match the listening port 8080."],
    category: "PORT_BINDING",
    keyLine: "Activation failed: The TargetPort 3000 does not match the listening port 8080.",
  },
  {
    name: "Odoo's database with no schema yet",
    phase: "runtime",
    log: [
      "2024-03-03 10:00:00,000 1 ERROR shop odoo.modules.loading: Database shop not initialized, you can force it with `-i base`",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "2024-03-03 10:00:00,000 1 ERROR shop odoo.modules.loading: Database shop not initialized, you can force it with `-i base`",
  },
  {
    name: "V8's fatal internal check is a crash",
    phase: "runtime",
    log: ["#", "# Fatal error in , line 0", "# Check failed: Start().", "#", "Aborted (core dumped)"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "# Check failed: Start().",
  },
  {
    name: "sharp's own account of a native build it cannot load",
    phase: "runtime",
    log: [
      'Error: Something went wrong installing the "sharp" module',
      "",
      "Module did not self-register.",
      "- Search for this error at https://github.com/lovell/sharp/issues",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'Error: Something went wrong installing the "sharp" module',
  },
  {
    name: "an app started without its precompiled assets",
    phase: "runtime",
    log: [
      "/srv/app/config/initializers/verify.rb:29:in `<top (required)>': Assets have not been precompiled (RuntimeError)",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/srv/app/config/initializers/verify.rb:29:in `<top (required)>': Assets have not been precompiled (RuntimeError)",
  },
  {
    name: "Deno's loader unable to fetch a registry module during a build",
    phase: "build",
    log: ['✘ [ERROR] Module not found "https://jsr.io/@acme/util/1.0.0/crypto". [plugin deno-loader]'],
    category: "BUILD_DEPENDENCY",
    keyLine: '✘ [ERROR] Module not found "https://jsr.io/@acme/util/1.0.0/crypto". [plugin deno-loader]',
  },
  {
    name: "a server panicking because its migrations did not run",
    phase: "runtime",
    log: [
      "INFO db: Running Database migrations...",
      "thread 'main' panicked at 'Couldn't run DB Migrations', src/db.rs:165:25",
    ],
    category: "DB_MIGRATION",
    keyLine: "thread 'main' panicked at 'Couldn't run DB Migrations', src/db.rs:165:25",
  },
  {
    name: "a URL setting that is null names the setting",
    phase: "runtime",
    log: [
      "Error during migration run:",
      'Error: Unable to open file: "/srv/app/ormconfig.js". url="null" is not a valid URL.',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'Error: Unable to open file: "/srv/app/ormconfig.js". url="null" is not a valid URL.',
    variable: "url",
  },
  {
    name: "Bun's source excerpt under an error is code, not the error",
    phase: "runtime",
    log: [
      '3535 |   throw new Error("SESSION_SECRET or SESSION_KEY_FILE must be set");',
      "                ^",
      "error: SESSION_SECRET or SESSION_KEY_FILE must be set",
      "      at loadConfig (/app/dist/index.js:3535:9)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "error: SESSION_SECRET or SESSION_KEY_FILE must be set",
    variable: "SESSION_SECRET",
  },
  {
    name: "V8 aborting on an API misuse in a native addon",
    phase: "runtime",
    log: [
      "FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal",
      " 1: 0xb7a940 node::Abort() [node]",
      "Aborted (core dumped)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal",
  },
  {
    name: "a model server refusing a model larger than its memory",
    phase: "runtime",
    log: [
      'level=WARN source=server.go:1044 msg="model request too large for system" requested="80.0 GiB" available="31.2 GiB"',
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      'level=WARN source=server.go:1044 msg="model request too large for system" requested="80.0 GiB" available="31.2 GiB"',
  },
  {
    name: "Django used without its settings module names the variable",
    phase: "runtime",
    log: [
      "django.core.exceptions.ImproperlyConfigured: Requested setting DEBUG, but settings are not configured. You must either define the environment variable DJANGO_SETTINGS_MODULE or call settings.configure() before accessing settings.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "django.core.exceptions.ImproperlyConfigured: Requested setting DEBUG, but settings are not configured. You must either define the environment variable DJANGO_SETTINGS_MODULE or call settings.configure() before accessing settings.",
    variable: "DJANGO_SETTINGS_MODULE",
  },
  {
    name: "a list of missing variables under its heading, one a line with dashes, names the first",
    phase: "runtime",
    log: [
      "ERROR: The following required environment variables are missing:",
      "",
      "- SESSION_SECRET",
      "",
      "- SMTP_HOST",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERROR: The following required environment variables are missing:",
    variable: "SESSION_SECRET",
  },
  {
    name: "dbt run without the profile its project names",
    phase: "runtime",
    log: ["Encountered an error:", "Runtime Error", "  Could not find profile named 'warehouse'"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Could not find profile named 'warehouse'",
  },
  {
    name: "a dbt model referring to one that is not in the project",
    phase: "runtime",
    log: [
      "Compilation Error",
      "  Model 'model.shop.orders' (models/orders.sql) depends on a node named 'customers' which was not found",
    ],
    category: "BUILD_COMPILE",
    keyLine: "Model 'model.shop.orders' (models/orders.sql) depends on a node named 'customers' which was not found",
  },
  {
    name: "a package's install script unable to download its binary",
    phase: "build",
    log: [
      "#9 3.2 npm error path /app/node_modules/@acme/cli",
      "#9 3.2 npm error Error: Failed fetching the binary: Not Found",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#9 3.2 npm error Error: Failed fetching the binary: Not Found",
  },
  {
    name: "esbuild installed for another platform explains the bundler config that failed to load",
    phase: "build",
    log: [
      "failed to load config from /src/vite.config.ts",
      "error during build:",
      "Error:",
      "You installed esbuild for another platform than the one you're currently using.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "You installed esbuild for another platform than the one you're currently using.",
  },
  {
    name: "npm's optional-dependency bug seen by the started app is a missing module at run time",
    phase: "runtime",
    log: [
      "Error: Cannot find module @rollup/rollup-linux-arm64-musl. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828).",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Error: Cannot find module @rollup/rollup-linux-arm64-musl. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828).",
  },
  {
    name: "Prisma's engine for the running platform missing from the image",
    phase: "runtime",
    log: ['Error: Query engine library for current platform "linux-arm64-openssl-3.0.x" could not be found.'],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'Error: Query engine library for current platform "linux-arm64-openssl-3.0.x" could not be found.',
  },
  {
    name: "gunicorn's worker class without its library",
    phase: "runtime",
    log: ["web_1  | RuntimeError: You need gevent installed to use this worker."],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "web_1  | RuntimeError: You need gevent installed to use this worker.",
  },
  {
    name: "Django not importable, with Python's own line naming the package keying",
    phase: "runtime",
    log: [
      "ModuleNotFoundError: No module named 'django'",
      "",
      "The above exception was the direct cause of the following exception:",
      "ImportError: Couldn't import Django. Are you sure it's installed and available on your PYTHONPATH environment variable? Did you forget to activate a virtual environment?",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "ModuleNotFoundError: No module named 'django'",
  },
  {
    name: "Node asked to run a TypeScript file directly",
    phase: "runtime",
    log: ['TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts" for /app/src/server.ts'],
    category: "BUILD_CONFIG",
    keyLine: 'TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file extension ".ts" for /app/src/server.ts',
  },
  {
    name: "Celery's -A naming a module without a Celery app",
    phase: "runtime",
    log: [
      "Usage: celery [OPTIONS] COMMAND [ARGS]...",
      "Error: Invalid value for '-A' / '--app':",
      "Unable to load celery application.",
      "Module 'worker' has no attribute 'celery'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Module 'worker' has no attribute 'celery'",
  },
  {
    name: "daphne unable to listen on the address it was given",
    phase: "runtime",
    log: ["CRITICAL server Listen failure: Couldn't listen on  0.0.0.0:8000: [Errno -2] Name or service not known."],
    category: "PORT_BINDING",
    keyLine: "CRITICAL server Listen failure: Couldn't listen on  0.0.0.0:8000: [Errno -2] Name or service not known.",
  },
  {
    name: "a Kafka client whose bootstrap servers do not resolve",
    phase: "runtime",
    log: [
      "Caused by: org.apache.kafka.common.config.ConfigException: No resolvable bootstrap urls given in bootstrap.servers",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "Caused by: org.apache.kafka.common.config.ConfigException: No resolvable bootstrap urls given in bootstrap.servers",
  },
  {
    name: "tsc unable to write its output directory",
    phase: "runtime",
    log: [
      "api  | error TS5033: Could not write file '/srv/app/dist/main.js': EACCES: permission denied, open '/srv/app/dist/main.js'.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "api  | error TS5033: Could not write file '/srv/app/dist/main.js': EACCES: permission denied, open '/srv/app/dist/main.js'.",
  },
  {
    name: "a TypeScript option error printed without tsc's error prefix is the config",
    phase: "build",
    log: [
      "ERROR in ./src/index.ts",
      "TS6046: Argument for '--moduleResolution' option must be: 'node', 'classic', 'node16', 'nodenext'.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "TS6046: Argument for '--moduleResolution' option must be: 'node', 'classic', 'node16', 'nodenext'.",
  },
  {
    name: "RoadRunner's config plugin given an empty value",
    phase: "runtime",
    log: ["ERROR  handle_serve_command: Init error:", "ERROR      config_plugin_init: value should not be empty"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERROR      config_plugin_init: value should not be empty",
  },
  {
    name: "a connection string built from empty settings",
    phase: "runtime",
    log: [
      "TypeError: Invalid URL",
      "    at new URL (node:internal/url:806:29) {",
      "  code: 'ERR_INVALID_URL',",
      "  input: 'postgres://:@:5432/',",
      "}",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "TypeError: Invalid URL",
  },
  {
    name: "an app naming the variable whose value is not a URL",
    phase: "runtime",
    log: ["Error: Invalid REDIS_URL: Invalid URL", "    at loadConfig (/srv/app/dist/config.js:12:11)"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: Invalid REDIS_URL: Invalid URL",
    variable: "REDIS_URL",
  },
  {
    name: "a WSGI environ key missing is no environment variable",
    phase: "runtime",
    log: [
      '  File "/srv/app/venv/lib/python3.11/site-packages/acme/ws.py", line 67, in handle',
      "    socket = environ['acme.socket']",
      "KeyError: 'acme.socket'",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "KeyError: 'acme.socket'",
  },
  {
    name: "webpack's ModuleNotFoundError for a package is the dependency set, not a Python module",
    phase: "build",
    log: [
      "ModuleNotFoundError: Module not found: Error: Can't resolve '@acme/queue' in '/srv/app/node_modules/@acme/core'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "ModuleNotFoundError: Module not found: Error: Can't resolve '@acme/queue' in '/srv/app/node_modules/@acme/core'",
  },
  {
    name: "Killed glued to the end of a spinner line while building",
    phase: "build",
    log: ["success Building production JavaScript and CSS bundles - 80.1s", "⠋ Building static HTML for pagesKilled"],
    category: "OUT_OF_MEMORY",
    keyLine: "⠋ Building static HTML for pagesKilled",
  },
  {
    name: "next-on-pages refusing routes not set up for the Edge runtime",
    phase: "build",
    log: [
      "⚡️ ERROR: Failed to produce a Cloudflare Pages build from the project.",
      "⚡️ \tThe following routes were not configured to run with the Edge Runtime:",
      "⚡️ \t  - /api/items",
    ],
    category: "BUILD_CONFIG",
    keyLine: "⚡️ \tThe following routes were not configured to run with the Edge Runtime:",
  },
  {
    name: "InnoDB unable to start on its data file explains the app's refused connections",
    phase: "runtime",
    log: [
      "db_1   | [ERROR] InnoDB: The Auto-extending innodb_system data file './ibdata1' is of a different size 0 pages than specified in the .cnf file: initial 768 pages, max 0 (relevant if non-zero) pages!",
      "app_1  | ERROR 2002 (HY000): Can't connect to MySQL server on 'db' (115)",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "db_1   | [ERROR] InnoDB: The Auto-extending innodb_system data file './ibdata1' is of a different size 0 pages than specified in the .cnf file: initial 768 pages, max 0 (relevant if non-zero) pages!",
  },
  {
    name: "Sass failing on an undefined variable in the project's stylesheet",
    phase: "build",
    log: [
      "rake aborted!",
      'SassC::SyntaxError: Error: Undefined variable: "$brand-primary".',
      "        on line 12 of app/assets/stylesheets/site.scss",
    ],
    category: "BUILD_COMPILE",
    keyLine: 'SassC::SyntaxError: Error: Undefined variable: "$brand-primary".',
  },
  {
    name: "Gradle's Java compilation failed without the compiler output",
    phase: "build",
    log: [
      "Execution failed for task ':compileJava'.",
      "Caused by: org.gradle.api.internal.tasks.compile.CompilationFailedException: Compilation failed; see the compiler error output for details.",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "Caused by: org.gradle.api.internal.tasks.compile.CompilationFailedException: Compilation failed; see the compiler error output for details.",
  },
  {
    name: "an image refusing a variable it no longer reads names it",
    phase: "runtime",
    log: ["broker_1  | error: RABBITMQ_DEFAULT_USER is set but deprecated", "broker_1  | exited with code 1"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "broker_1  | error: RABBITMQ_DEFAULT_USER is set but deprecated",
    variable: "RABBITMQ_DEFAULT_USER",
  },
  {
    name: "a database image's list of variables, one a line, names the first",
    phase: "runtime",
    log: [
      "[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
      "    You need to specify one of the following as an environment variable:",
      "    - MYSQL_ROOT_PASSWORD",
      "    - MYSQL_ALLOW_EMPTY_PASSWORD",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
    variable: "MYSQL_ROOT_PASSWORD",
  },
  {
    name: "Spring naming only the property it could not bind names the property",
    phase: "runtime",
    log: [
      "org.springframework.boot.context.properties.bind.BindException: Failed to bind properties under 'server.http2.enabled' to boolean",
      "    Reason: failed to convert java.lang.String to boolean",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "org.springframework.boot.context.properties.bind.BindException: Failed to bind properties under 'server.http2.enabled' to boolean",
    variable: "server.http2.enabled",
  },
  {
    name: "a probe whose command is not in the image is the health check, not the start command",
    phase: "runtime",
    log: [
      "  Warning  Unhealthy  5s (x3 over 25s)  kubelet  Readiness probe failed: /scripts/ready.sh: line 4: redis-cli: command not found",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "Warning  Unhealthy  5s (x3 over 25s)  kubelet  Readiness probe failed: /scripts/ready.sh: line 4: redis-cli: command not found",
  },
  {
    name: "a source plugin's request failing on a name",
    phase: "build",
    log: ['The request failed with error code "ENOTFOUND"', "TypeError: Cannot read property 'data' of undefined"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: 'The request failed with error code "ENOTFOUND"',
  },
  {
    name: "Postgres' missing column in French",
    phase: "runtime",
    log: ["django.db.utils.ProgrammingError: ERREUR:  la colonne app_item.owner_id n'existe pas"],
    category: "DB_MIGRATION",
    keyLine: "django.db.utils.ProgrammingError: ERREUR:  la colonne app_item.owner_id n'existe pas",
  },
  {
    name: "a class whose static initialiser failed is no class missing from the classpath",
    phase: "runtime",
    log: ['Exception in thread "main" java.lang.NoClassDefFoundError: Could not initialize class com.acme.Config'],
    category: "RUNTIME_EXCEPTION",
    keyLine: 'Exception in thread "main" java.lang.NoClassDefFoundError: Could not initialize class com.acme.Config',
  },
  {
    name: "Redis crashed by signal 11",
    phase: "runtime",
    log: [
      "=== REDIS BUG REPORT START: Cut & paste starting from here ===",
      "1:M 01 Jan 2024 10:00:00.000 # Redis 7.2.0 crashed by signal: 11, si_code: 1",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "1:M 01 Jan 2024 10:00:00.000 # Redis 7.2.0 crashed by signal: 11, si_code: 1",
  },
  {
    name: "Node's error code field is the key line when the paste was cut above the message",
    phase: "runtime",
    log: [
      "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {",
      "  errno: -111,",
      "  code: 'ECONNREFUSED',",
      "  syscall: 'connect',",
      "  port: 5672",
      "}",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "code: 'ECONNREFUSED',",
  },
  {
    name: "... and not when the message above it states the failure",
    phase: "runtime",
    log: [
      "Error: Connection terminated due to connection timeout",
      "    at Connection.<anonymous> (/srv/app/node_modules/pg/lib/client.js:132:73) {",
      "  code: 'ETIMEDOUT',",
      "}",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: Connection terminated due to connection timeout",
  },
  {
    name: "an agent asking whether its key was given names the variable",
    phase: "runtime",
    log: [
      "ERROR - A valid account license key cannot be found. Has a license key been specified in the agent configuration file or via the ACME_AGENT_LICENSE_KEY environment variable?",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "ERROR - A valid account license key cannot be found. Has a license key been specified in the agent configuration file or via the ACME_AGENT_LICENSE_KEY environment variable?",
    variable: "ACME_AGENT_LICENSE_KEY",
  },
  {
    name: "bundler unable to write its own config file as its user",
    phase: "build",
    log: [
      "/usr/lib/ruby/3.2.0/bundler/shared_helpers.rb:105:in `rescue in filesystem_access': There was an error while trying to write to `/srv/app/.bundle/config`. It is likely that you need to grant write permissions for that path. (Bundler::PermissionError)",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "/usr/lib/ruby/3.2.0/bundler/shared_helpers.rb:105:in `rescue in filesystem_access': There was an error while trying to write to `/srv/app/.bundle/config`. It is likely that you need to grant write permissions for that path. (Bundler::PermissionError)",
  },
  {
    name: "an upload tool's API call refused for its token outranks the build's summary",
    phase: "build",
    log: [
      "Failed to compile.",
      "error: API request failed",
      "  caused by: sentry reported an error: Invalid token (http status: 401)",
      "> Build failed because of webpack errors",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "caused by: sentry reported an error: Invalid token (http status: 401)",
  },
  {
    name: "Node refusing the syntax of an installed package's file is the dependency, not the code",
    phase: "runtime",
    log: [
      "file:///srv/app/node_modules/@acme/core/index.js:12",
      "import meta from './package.json' assert { type: \"json\" }",
      "                                  ^^^^^^",
      "",
      "SyntaxError: Unexpected identifier 'assert'",
      "Node.js v22.3.0",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "SyntaxError: Unexpected identifier 'assert'",
  },
  {
    name: "the same syntax error in the project's own file stays the code",
    phase: "runtime",
    log: ["file:///srv/app/src/index.js:12", "const x = ;", "          ^", "", "SyntaxError: Unexpected token ';'"],
    category: "BUILD_COMPILE",
    keyLine: "SyntaxError: Unexpected token ';'",
  },
  {
    name: "Sentry's SDK refusing an empty DSN",
    phase: "runtime",
    log: ["worker_1  | sentry_sdk.utils.BadDsn: Unsupported scheme ''"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "worker_1  | sentry_sdk.utils.BadDsn: Unsupported scheme ''",
  },
  {
    name: "Puma's account of a namespaced Ruby exception keys over the frame that raised it",
    phase: "runtime",
    log: [
      "! Unable to load application: Psych::BadAlias: Unknown alias: base",
      "/usr/lib/ruby/3.1.0/psych/visitors/to_ruby.rb:430:in `visit_Psych_Nodes_Alias': Unknown alias: base (Psych::BadAlias)",
      "\tfrom /usr/lib/ruby/3.1.0/psych/visitors/visitor.rb:30:in `visit'",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "! Unable to load application: Psych::BadAlias: Unknown alias: base",
  },
  {
    name: "a namespaced Ruby exception under rake aborted!",
    phase: "runtime",
    log: ["rake aborted!", "Psych::BadAlias: Unknown alias: default", "/srv/app/Rakefile:4:in `<top (required)>'"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Psych::BadAlias: Unknown alias: default",
  },
  {
    name: "a configuration file that does not parse is named from the line that loaded it",
    phase: "runtime",
    log: [
      "2021/03/02 10:00:00 Loading configFiles=[/etc/app/config/production.yaml]",
      "2021/03/02 10:00:00 Config file corrupted.yaml: line 40: did not find expected key",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2021/03/02 10:00:00 Config file corrupted.yaml: line 40: did not find expected key",
    variable: "production.yaml",
  },
  {
    name: "MySQL refusing an index longer than it allows during a migration",
    phase: "runtime",
    log: [
      "[E] Failed to initialize ORM engine: migrate: sync: Error 1071: Specified key was too long; max key length is 767 bytes",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "[E] Failed to initialize ORM engine: migrate: sync: Error 1071: Specified key was too long; max key length is 767 bytes",
  },
  {
    name: "Go building a directory outside GOPATH's layout",
    phase: "runtime",
    log: ["api_1  | unexpected directory layout:", "api_1  | \timport path: _/src/api", "api_1  | \troot: /go/src"],
    category: "BUILD_CONFIG",
    keyLine: "api_1  | unexpected directory layout:",
  },
  {
    name: "NuGet reading a local package source that is not there is the restore setup",
    phase: "build",
    log: ["#9 2.1 /src/Api.csproj : error NU1301: The local source '/src/packages' doesn't exist. [/src/Api.sln]"],
    category: "BUILD_CONFIG",
    keyLine: "#9 2.1 /src/Api.csproj : error NU1301: The local source '/src/packages' doesn't exist. [/src/Api.sln]",
  },
  {
    name: "TypeORM without the driver package it needs",
    phase: "runtime",
    log: [
      "DriverPackageNotInstalledError: Mysql package has not been found installed. Try to install it: npm install mysql --save",
      "    at MysqlDriver.loadDependencies (/app/node_modules/typeorm/driver/mysql/MysqlDriver.js:201:19)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "DriverPackageNotInstalledError: Mysql package has not been found installed. Try to install it: npm install mysql --save",
  },
  {
    name: "TypeORM given no database type",
    phase: "runtime",
    log: ['MissingDriverError: Wrong driver: "undefined" given. Supported drivers are: "mysql", "postgres".'],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'MissingDriverError: Wrong driver: "undefined" given. Supported drivers are: "mysql", "postgres".',
  },
  {
    name: ".NET Aspire naming the connection string it was not given",
    phase: "runtime",
    log: [
      "System.InvalidOperationException: ConnectionString is missing. It should be provided in 'ConnectionStrings:orders' or under the 'ConnectionString' key in 'Aspire:Npgsql' configuration section.",
      "   at Aspire.ConnectionStringValidation.ValidateConnectionString(String connectionString)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "System.InvalidOperationException: ConnectionString is missing. It should be provided in 'ConnectionStrings:orders' or under the 'ConnectionString' key in 'Aspire:Npgsql' configuration section.",
    variable: "ConnectionStrings:orders",
  },
  {
    name: "pydantic-settings unable to parse a variable's value names it",
    phase: "runtime",
    log: [
      'pydantic_settings.sources.SettingsError: error parsing value for field "ALLOWED_HOSTS" from source "EnvSettingsSource"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'pydantic_settings.sources.SettingsError: error parsing value for field "ALLOWED_HOSTS" from source "EnvSettingsSource"',
    variable: "ALLOWED_HOSTS",
  },
  {
    name: "a JVM linkage error between two libraries is the dependency set, not the code",
    phase: "build",
    log: [
      "> Task :compileJava FAILED",
      "error: java.lang.NoSuchMethodError: 'void io.example.meta.Builder.visit(java.lang.Object)'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "error: java.lang.NoSuchMethodError: 'void io.example.meta.Builder.visit(java.lang.Object)'",
  },
  {
    name: "wasm-bindgen's CLI and crate at different versions",
    phase: "build",
    log: [
      "error: ",
      "  it looks like the Rust project used to create this Wasm file was linked against",
      "  version of wasm-bindgen that uses a different bindgen format than this binary:",
      "    rust Wasm file schema version: 0.2.90",
      "       this binary schema version: 0.2.92",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "it looks like the Rust project used to create this Wasm file was linked against",
  },
  {
    name: "PHP refusing a vendor class declared against another version of an interface",
    phase: "runtime",
    log: [
      "PHP Fatal error:  Declaration of Acme\\Log\\Handler::log($level, $message, array $context = []) must be compatible with Psr\\Log\\LoggerInterface::log($level, string|Stringable $message, array $context = []): void in /srv/app/vendor/acme/log/src/Handler.php on line 12",
      'nginx: [emerg] host not found in upstream "php:9000" in /etc/nginx/conf.d/default.conf:4',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "PHP Fatal error:  Declaration of Acme\\Log\\Handler::log($level, $message, array $context = []) must be compatible with Psr\\Log\\LoggerInterface::log($level, string|Stringable $message, array $context = []): void in /srv/app/vendor/acme/log/src/Handler.php on line 12",
  },
  {
    name: "Gradle refusing a plugin built for a newer JVM is the build's JVM, not a missing artifact",
    phase: "build",
    log: [
      "Could not resolve all artifacts for configuration 'classpath'.",
      "> Could not resolve com.example.gradle:build-plugins:2.1.0.",
      "   > Dependency requires at least JVM runtime version 21. This build uses a Java 17 JVM.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "> Dependency requires at least JVM runtime version 21. This build uses a Java 17 JVM.",
  },
  {
    name: "native-image missing from the build image",
    phase: "build",
    log: [
      "[ERROR] Failed to execute goal io.quarkus:quarkus-maven-plugin:3.2.0:build (default) on project api",
      "[ERROR] Cannot find the `native-image` in the GRAALVM_HOME, JAVA_HOME and System PATH.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "[ERROR] Cannot find the `native-image` in the GRAALVM_HOME, JAVA_HOME and System PATH.",
  },
  {
    name: "a framework refusing the host's Node.js version",
    phase: "runtime",
    log: ["=> Starting app on port 3000", "Meteor requires Node v14.0.0 or later.", "=> Starting app on port 3000"],
    category: "BUILD_CONFIG",
    keyLine: "Meteor requires Node v14.0.0 or later.",
  },
  {
    name: "a start command's file argument that is not there (click)",
    phase: "runtime",
    log: [
      "Usage: streamlit run [OPTIONS] TARGET [ARGS]...",
      "",
      "Error: Invalid value: File does not exist: app/main.py",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: Invalid value: File does not exist: app/main.py",
  },
  {
    name: "a PHP buildpack's document root that is not there",
    phase: "runtime",
    log: [
      "heroku[web.1]: Starting process with command `heroku-php-apache2 public/`",
      "app[web.1]: DOCUMENT_ROOT 'public/' does not exist",
      "heroku[web.1]: Process exited with status 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "app[web.1]: DOCUMENT_ROOT 'public/' does not exist",
  },
  {
    name: "a SmallRye config property with a quoted segment is the variable",
    phase: "runtime",
    log: [
      'java.util.NoSuchElementException: SRCFG00014: The config property quarkus.rest-client."org.acme.Api".url is required but it could not be found in any config source',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'java.util.NoSuchElementException: SRCFG00014: The config property quarkus.rest-client."org.acme.Api".url is required but it could not be found in any config source',
    variable: 'quarkus.rest-client."org.acme.Api".url',
  },
  {
    name: "Dropwizard naming a configuration field it does not know",
    phase: "runtime",
    log: [
      "io.dropwizard.configuration.ConfigurationParsingException: server.yml has an error:",
      "  * Unrecognized field at: database.poolsize",
      "    Did you mean?:",
      "      - database.maxSize",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "* Unrecognized field at: database.poolsize",
    variable: "database.poolsize",
  },
  {
    name: "Symfony rejecting a bundle's configuration keys",
    phase: "build",
    log: [
      "Script cache:clear returned with error code 1",
      '!!    Unrecognized option "table" under "doctrine_migrations". Available options are "connection", "em".',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: '!!    Unrecognized option "table" under "doctrine_migrations". Available options are "connection", "em".',
  },
  {
    name: "Erlang's {error,eaddrinuse} inside a supervisor report",
    phase: "runtime",
    log: [
      "=ERROR REPORT==== 1-Jan-2020::10:00:00 ===",
      "{failed_to_start_child,ranch_acceptors_sup,",
      "   {{badmatch,{error,eaddrinuse}},",
    ],
    category: "PORT_BINDING",
    keyLine: "{{badmatch,{error,eaddrinuse}},",
  },
  {
    name: "Killed right after the app began loading a model",
    phase: "runtime",
    log: ["Serving on http://0.0.0.0:8501", "Loading model weights from ./models/7b ...", "Killed"],
    category: "OUT_OF_MEMORY",
    keyLine: "Killed",
  },
  {
    name: "docker inspect's OOMKilled false is no evidence of memory",
    phase: "runtime",
    log: [
      'restarted: 5 times {"Status":"restarting","Restarting":true,"OOMKilled":false,"Dead":false,"ExitCode":1}',
      "Meteor requires Node v14.0.0 or later.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Meteor requires Node v14.0.0 or later.",
  },
  {
    name: "musl's loader naming a missing system library keys over the relocation errors after it",
    phase: "runtime",
    log: [
      "Error loading shared library libstdc++.so.6: No such file or directory (needed by /app/bin/server)",
      "Error relocating /app/bin/server: _Znwm: symbol not found",
      "Error relocating /app/bin/server: __cxa_throw: symbol not found",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error loading shared library libstdc++.so.6: No such file or directory (needed by /app/bin/server)",
  },
  {
    name: "pino unable to load its transport package",
    phase: "runtime",
    log: [
      'Error: unable to determine transport target for "pino-pretty"',
      "    at fixTarget (node_modules/pino/lib/transport.js:146:13)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'Error: unable to determine transport target for "pino-pretty"',
  },
  {
    name: "an Elixir exception struct printed as an Erlang term",
    phase: "runtime",
    log: [
      "Error in process <0.210.0> with exit value:",
      "{#{'__exception__'=>true,'__struct__'=>'Elixir.ArgumentError',message=><<\"invalid pool size\">>},[{'Elixir.MyApp.Pool',init,1,[]}]}",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "{#{'__exception__'=>true,'__struct__'=>'Elixir.ArgumentError',message=><<\"invalid pool size\">>},[{'Elixir.MyApp.Pool',init,1,[]}]}",
  },
  {
    name: "a start script's probe that never got an answer",
    phase: "runtime",
    log: [
      "$ ./run.sh acme/api",
      "No response from the app in 30 seconds",
      "Error response from daemon: No such container: 4f2a",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "No response from the app in 30 seconds",
  },
  {
    name: "Postgres asking for a password the app was not given",
    phase: "runtime",
    log: [
      "WARN  [io.agroal.pool] Datasource '<default>': The server requested password-based authentication, but no password was provided by plugin null",
      "ERROR [io.quarkus.runtime.Application] Failed to start application: java.lang.RuntimeException: Failed to start quarkus",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "WARN  [io.agroal.pool] Datasource '<default>': The server requested password-based authentication, but no password was provided by plugin null",
  },
  {
    name: "Postgrex failing to cancel a query follows the refusal that keys",
    phase: "runtime",
    log: [
      "[error] Postgrex.Protocol #PID<0.300.0> could not cancel backend: tcp connect: connection refused - :econnrefused",
      "[error] Postgrex.Protocol (#PID<0.301.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db:5432): connection refused - :econnrefused",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "[error] Postgrex.Protocol (#PID<0.301.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db:5432): connection refused - :econnrefused",
  },
  {
    name: "an esbuild import through the project's path alias that does not resolve is the code",
    phase: "build",
    log: [
      "Building app in production mode...",
      ' > app/root.tsx:3:19: error: Could not resolve "~/components/header" (mark it as external to exclude it from the bundle)',
    ],
    category: "BUILD_COMPILE",
    keyLine:
      '> app/root.tsx:3:19: error: Could not resolve "~/components/header" (mark it as external to exclude it from the bundle)',
  },
  {
    name: "a tool naming the variable it failed to find keys on that line",
    phase: "runtime",
    log: ["Error: Failed to find 'REDIS_URL'", "", "Caused by:", "    environment variable not found"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: Failed to find 'REDIS_URL'",
    variable: "REDIS_URL",
  },
  {
    name: "a configuration loader missing a field it requires names the field",
    phase: "runtime",
    log: ["thread 'main' panicked at 'Config must load: missing field `session_dir`', src/main.rs:20:10"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "thread 'main' panicked at 'Config must load: missing field `session_dir`', src/main.rs:20:10",
    variable: "session_dir",
  },
  {
    name: "protoc missing for a package's build is a dependency's build tool, not a variable",
    phase: "build",
    log: [
      "error: failed to run custom build command for `tonic-demo v0.1.0`",
      "thread 'main' panicked at 'Failed to find the protoc binary. The PROTOC environment variable is not set, there is no bundled protoc for this platform, and protoc is not in the PATH', build.rs:2:5",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "thread 'main' panicked at 'Failed to find the protoc binary. The PROTOC environment variable is not set, there is no bundled protoc for this platform, and protoc is not in the PATH', build.rs:2:5",
  },
  {
    name: "a configuration macro that is never defined",
    phase: "runtime",
    log: ["exception exit: {{bad_return,{{chat_app,start,[normal,[]]},{'EXIT',{undefined_macro,'HOST'}}}},[]}"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "exception exit: {{bad_return,{{chat_app,start,[normal,[]]},{'EXIT',{undefined_macro,'HOST'}}}},[]}",
  },
  {
    name: "an entrypoint that cannot read the configuration file names it",
    phase: "runtime",
    log: ["sed: can't read /etc/chat/chat.yml: No such file or directory"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "sed: can't read /etc/chat/chat.yml: No such file or directory",
    variable: "chat.yml",
  },
  {
    name: "a NIF library built for another platform is a module problem, not the start command",
    phase: "runtime",
    log: [
      "{load_failed,\"Failed to load NIF library: 'Error loading shared library /app/lib/crypto-5.0/priv/lib/crypto.so: Exec format error'\"}",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "{load_failed,\"Failed to load NIF library: 'Error loading shared library /app/lib/crypto-5.0/priv/lib/crypto.so: Exec format error'\"}",
  },
  {
    name: "a database that cannot start on its data directory explains the refused connections",
    phase: "runtime",
    log: [
      'app  | psycopg2.OperationalError: connection to server at "db" (172.18.0.2), port 5432 failed: Connection refused',
      "db   | 2025-01-01 10:00:00.000 UTC [1] FATAL:  database files are incompatible with server",
    ],
    category: "BUILD_CONFIG",
    keyLine: "db   | 2025-01-01 10:00:00.000 UTC [1] FATAL:  database files are incompatible with server",
  },
  {
    name: "a database URL in the wrong shape for its driver",
    phase: "runtime",
    log: [
      "thread 'main' panicked at 'Failed to create pool: Error(Some(\"MySQL connection URLs must be in the form `mysql://[[user]:[password]@]host[:port][/database]`\"))', src/db.rs:12:10",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "thread 'main' panicked at 'Failed to create pool: Error(Some(\"MySQL connection URLs must be in the form `mysql://[[user]:[password]@]host[:port][/database]`\"))', src/db.rs:12:10",
  },
  {
    name: "a configuration error printed as a Debug value names its file",
    phase: "runtime",
    log: [
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: ConfigMissing { location: Location { line: 10 }, path: \"/etc/app/app.toml\" }', src/main.rs:5:9",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: ConfigMissing { location: Location { line: 10 }, path: \"/etc/app/app.toml\" }', src/main.rs:5:9",
    variable: "app.toml",
  },
  {
    name: "no environment variable found for a named variable",
    phase: "runtime",
    log: ['{"level":"fatal","error":"config/load: No environment variable found for QUEUE_DSN","message":"exiting"}'],
    category: "MISSING_ENV_CONFIG",
    keyLine: '{"level":"fatal","error":"config/load: No environment variable found for QUEUE_DSN","message":"exiting"}',
    variable: "QUEUE_DSN",
  },
  {
    name: "Cassandra without the app's keyspace is a schema never set up",
    phase: "runtime",
    log: [
      'app | error: failed to connect to "[HostInfo hostname=\\"10.0.0.5\\"]" due to error: Keyspace \'events\' does not exist',
    ],
    category: "DB_MIGRATION",
    keyLine:
      'app | error: failed to connect to "[HostInfo hostname=\\"10.0.0.5\\"]" due to error: Keyspace \'events\' does not exist',
  },
  {
    name: "a circular import is the code's structure, not a missing module",
    phase: "runtime",
    log: [
      "ImportError: cannot import name 'Queue' from partially initialized module 'rq' (most likely due to a circular import) (/app/rq.py)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "ImportError: cannot import name 'Queue' from partially initialized module 'rq' (most likely due to a circular import) (/app/rq.py)",
  },
  {
    name: "Fly.io saying the app listens where its proxy cannot reach",
    phase: "runtime",
    log: [
      "Monitoring deployment",
      "WARNING The app is listening on the incorrect address and will not be reachable by fly-proxy.",
      "Finished deploying",
    ],
    category: "PORT_BINDING",
    keyLine: "WARNING The app is listening on the incorrect address and will not be reachable by fly-proxy.",
  },
  {
    name: "an app naming the configuration key to provide",
    phase: "runtime",
    log: ["ERRO[0000] Provide a session secret using `session.secret` key", "panic: Some errors have been reported"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERRO[0000] Provide a session secret using `session.secret` key",
    variable: "session.secret",
  },
  {
    name: "a vendored Go module using a build directive the build's Go does not allow",
    phase: "build",
    log: [
      "#8 0.41 ../vendor/github.com/acme/kit/log/log.go:3:1: //go:build is not allowed in the standard library",
      "ERROR: Service 'api' failed to build : Build failed",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#8 0.41 ../vendor/github.com/acme/kit/log/log.go:3:1: //go:build is not allowed in the standard library",
  },
  {
    name: "a gem requiring another Ruby than the build's",
    phase: "build",
    log: [
      "#11 3.2 ERROR:  Error installing rails:",
      "racc-1.8.1 requires ruby version >= 2.5, which is incompatible with the current version, ruby 2.3.8p459",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "racc-1.8.1 requires ruby version >= 2.5, which is incompatible with the current version, ruby 2.3.8p459",
  },
  {
    name: ".NET without the SDK that global.json asks for keys on its own sentence",
    phase: "runtime",
    log: [
      "A compatible SDK version for global.json version: [8.0.100] from [/app/global.json] was not found",
      "Did you mean to run dotnet SDK commands? Please install dotnet SDK from:",
    ],
    category: "BUILD_CONFIG",
    keyLine: "A compatible SDK version for global.json version: [8.0.100] from [/app/global.json] was not found",
  },
  {
    name: "an API client reporting a Forbidden status by name",
    phase: "runtime",
    log: ["Microsoft.Rest.HttpOperationException: Operation returned an invalid status code 'Forbidden'"],
    category: "PERMISSION_AUTH",
    keyLine: "Microsoft.Rest.HttpOperationException: Operation returned an invalid status code 'Forbidden'",
  },
  {
    name: "a configuration error naming a source's setting whose directory does not exist",
    phase: "runtime",
    log: [
      'Mar 02 10:00:00.000 ERROR shipper::topology: Configuration error: Source "files": data_dir "/var/lib/shipper/" does not exist',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'Mar 02 10:00:00.000 ERROR shipper::topology: Configuration error: Source "files": data_dir "/var/lib/shipper/" does not exist',
    variable: "data_dir",
  },
  {
    name: "a configuration error naming the key whose value has no such variant",
    phase: "runtime",
    log: ["ERROR Configuration error: unknown variant `socket`, there are no variants for key `sinks.out.type`"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERROR Configuration error: unknown variant `socket`, there are no variants for key `sinks.out.type`",
    variable: "sinks.out.type",
  },
  {
    name: "a server's properties file named as not found",
    phase: "runtime",
    log: ["Message:  --model-config file not found: /srv/models/conf/server.properties"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Message:  --model-config file not found: /srv/models/conf/server.properties",
    variable: "server.properties",
  },
  {
    name: "Ktor without a configuration property the app reads",
    phase: "runtime",
    log: [
      'Exception in thread "main" io.ktor.server.config.ApplicationConfigurationException: Property storage.bucket not found.',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'Exception in thread "main" io.ktor.server.config.ApplicationConfigurationException: Property storage.bucket not found.',
    variable: "storage.bucket",
  },
  {
    name: "an Elasticsearch client finding no node is an unreachable dependency, not a failed health check",
    phase: "runtime",
    log: [
      '{"level":"fatal","msg":"Failed to init storage factory","error":"failed to create primary Elasticsearch client: health check timeout: no Elasticsearch node available"}',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      '{"level":"fatal","msg":"Failed to init storage factory","error":"failed to create primary Elasticsearch client: health check timeout: no Elasticsearch node available"}',
  },
  {
    name: "a host name that is still a template placeholder",
    phase: "runtime",
    log: [
      "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for {{.db.host}} failed: Name or service not known",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for {{.db.host}} failed: Name or service not known",
  },
  {
    name: "a build tool the project's build calls, missing from the image",
    phase: "build",
    log: ["remote: Compiling app...", "remote:        clojure.lang.ExceptionInfo: Could not find clojure executable"],
    category: "BUILD_CONFIG",
    keyLine: "remote:        clojure.lang.ExceptionInfo: Could not find clojure executable",
  },
  {
    name: "PEAR asked for a package from a channel it does not know",
    phase: "build",
    log: ['unknown channel "pear.example.org" in "pear.example.org/tool"', "parsePackageName(): invalid package name"],
    category: "BUILD_DEPENDENCY",
    keyLine: 'unknown channel "pear.example.org" in "pear.example.org/tool"',
  },
  {
    name: "busybox nc unable to resolve the database's service name",
    phase: "runtime",
    log: ["app  | waiting for db...", "app  | nc: bad address 'database'"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "app  | nc: bad address 'database'",
  },
  {
    name: "Play refusing to start until its evolutions are applied",
    phase: "runtime",
    log: ["Oops, cannot start the server.", "@7abc12: Database 'default' needs evolution!"],
    category: "DB_MIGRATION",
    keyLine: "@7abc12: Database 'default' needs evolution!",
  },
  {
    name: "a clustered service with no private address to advertise",
    phase: "runtime",
    log: [
      'level=error msg="unable to join the cluster" err="couldn\'t deduce an advertise address: no private IP found, explicit advertise addr not provided"',
    ],
    category: "PORT_BINDING",
    keyLine:
      'level=error msg="unable to join the cluster" err="couldn\'t deduce an advertise address: no private IP found, explicit advertise addr not provided"',
  },
  {
    name: "an app that cannot write a directory it needs",
    phase: "runtime",
    log: [
      'cloud_1 | Cannot write into "config" directory',
      "cloud_1 | This can usually be fixed by giving the web server write access to the config directory.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: 'cloud_1 | Cannot write into "config" directory',
  },
  {
    name: "Composer refused by the code host",
    phase: "build",
    log: ["Reading composer.json of acme/private-lib (main)", "Error: Could not authenticate against github.com"],
    category: "PERMISSION_AUTH",
    keyLine: "Error: Could not authenticate against github.com",
  },
  {
    name: "a collector configuration section it cannot decode keys on the section",
    phase: "runtime",
    log: [
      "collector  | Error: failed to get config: cannot unmarshal the configuration: decoding failed",
      'collector  | error decoding \'receivers\': unknown type: "legacy" for id: "legacy"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'collector  | error decoding \'receivers\': unknown type: "legacy" for id: "legacy"',
    variable: "receivers",
  },
  {
    name: "an environment schema's issue list printed as objects names the variable by its path",
    phase: "build",
    log: [
      "#9 20.1 build: ❌ Invalid environment variables: [",
      "#9 20.1 build:   {",
      "#9 20.1 build:     code: 'invalid_type',",
      "#9 20.1 build:     path: [ 'SMTP_HOST' ],",
      "#9 20.1 build:     message: 'Required'",
      "#9 20.1 build:   }",
      "#9 20.1 build: ]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "#9 20.1 build: ❌ Invalid environment variables: [",
    variable: "SMTP_HOST",
  },
  {
    name: "a configuration error naming the key that is not configured",
    phase: "runtime",
    log: [
      "bridge  | [2024-02-01 10:00:00,000] [CRITICAL@mau.init] Configuration error: appservice.address not configured",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "bridge  | [2024-02-01 10:00:00,000] [CRITICAL@mau.init] Configuration error: appservice.address not configured",
    variable: "appservice.address",
  },
  {
    name: "a package's install helper missing is the package's, not the start command's",
    phase: "build",
    log: [
      "npm ERR! code 127",
      "npm ERR! path /srv/bot/node_modules/zlib-native",
      "npm ERR! sh: 1: prebuild-install: not found",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! sh: 1: prebuild-install: not found",
  },
  {
    name: "a Lambda handler that the bundle does not export",
    phase: "runtime",
    log: [
      '  "errorType": "Runtime.HandlerNotFound",',
      '    "Runtime.HandlerNotFound: dist/server.handler is undefined or not exported",',
    ],
    category: "BUILD_CONFIG",
    keyLine: '"Runtime.HandlerNotFound: dist/server.handler is undefined or not exported",',
  },
  {
    name: "a deploy template value the cloud refuses",
    phase: "build",
    log: [
      "Resource handler returned message: \"'Timeout' value failed to satisfy constraint: Member must have value less than or equal to 900 (Service: Lambda, Status Code: 400)\"",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Resource handler returned message: \"'Timeout' value failed to satisfy constraint: Member must have value less than or equal to 900 (Service: Lambda, Status Code: 400)\"",
  },
  {
    name: "RubyGems too old for the bundler the build installs",
    phase: "build",
    log: [
      "ERROR:  Error installing bundler:",
      "\tbundler requires RubyGems version >= 3.3.3. Try 'gem update --system' to update RubyGems itself.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "bundler requires RubyGems version >= 3.3.3. Try 'gem update --system' to update RubyGems itself.",
  },
  {
    name: "an emulated build meeting an instruction qemu does not have",
    phase: "build",
    log: [
      "#14 12.3 qemu: uncaught target signal 4 (Illegal instruction) - core dumped",
      "#14 12.3 Illegal instruction (core dumped)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#14 12.3 qemu: uncaught target signal 4 (Illegal instruction) - core dumped",
  },
  {
    name: "Alpine's mirror unreachable keys on the mirror, not the packages it then cannot find",
    phase: "build",
    log: [
      "WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again later)",
      "ERROR: unable to select packages:",
      "  curl (no such package):",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again later)",
  },
  {
    name: "a cloud's IAM refusing the deploying identity",
    phase: "build",
    log: [
      "Error: User: arn:aws:iam::000000000000:user/ci",
      "is not authorized to perform: lambda:UpdateFunctionCode on resource: arn:aws:lambda:eu-west-1:000000000000:function:api",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "is not authorized to perform: lambda:UpdateFunctionCode on resource: arn:aws:lambda:eu-west-1:000000000000:function:api",
  },
  {
    name: "Discord refusing privileged intents",
    phase: "runtime",
    log: [
      "[WS => Shard 0] [CLOSE]",
      "Error [DISALLOWED_INTENTS]: Privileged intent provided is not enabled or whitelisted.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "Error [DISALLOWED_INTENTS]: Privileged intent provided is not enabled or whitelisted.",
  },
  {
    name: "a variable named as missing in capitals",
    phase: "build",
    log: ["Error: MISSING STRIPE_SECRET_KEY!", "> Build error occurred"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: MISSING STRIPE_SECRET_KEY!",
    variable: "STRIPE_SECRET_KEY",
  },
  {
    name: "a Python Lambda's KeyError on a variable, as its JSON error",
    phase: "runtime",
    log: ["{", '  "errorMessage": "\'QUEUE_URL\'",', '  "errorType": "KeyError",', '  "stackTrace": []', "}"],
    category: "MISSING_ENV_CONFIG",
    keyLine: '"errorMessage": "\'QUEUE_URL\'",',
    variable: "QUEUE_URL",
  },
  {
    name: "a database that demands TLS the client does not use",
    phase: "runtime",
    log: [
      "Error: server does not allow insecure connections, client must use SSL/TLS",
      "unknown error: Code: UNAVAILABLE",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: server does not allow insecure connections, client must use SSL/TLS",
  },
  {
    name: "a Ruby exception with a namespaced class is the exception line",
    phase: "runtime",
    log: [
      'could not translate host name "db" to address: Name or service not known',
      'ActiveRecord::NoDatabaseError: could not translate host name "db" to address: Name or service not known',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: 'ActiveRecord::NoDatabaseError: could not translate host name "db" to address: Name or service not known',
  },
  {
    name: "a Secret without the key a container's environment names",
    phase: "runtime",
    log: [
      "Warning  Failed  3s (x4 over 40s)  kubelet  Error: couldn't find key API_TOKEN in Secret shop/api-credentials",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Warning  Failed  3s (x4 over 40s)  kubelet  Error: couldn't find key API_TOKEN in Secret shop/api-credentials",
    variable: "API_TOKEN",
  },
  {
    name: "the platform proxy refused on its own health-check request",
    phase: "runtime",
    log: [
      '2024/05/02 10:01:02 [error] 812#0: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.3.4, server: , request: "GET /health HTTP/1.1", upstream: "http://127.0.0.1:8081/health", host: "10.0.1.9"',
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      '2024/05/02 10:01:02 [error] 812#0: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.3.4, server: , request: "GET /health HTTP/1.1", upstream: "http://127.0.0.1:8081/health", host: "10.0.1.9"',
  },
  {
    name: "a health check command missing from the image is the health check's failure",
    phase: "runtime",
    log: [
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "wget": executable file not found in $PATH: unknown',
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "wget": executable file not found in $PATH: unknown',
  },
  {
    name: "old npm's ENOENT wording for a package.json that is not there",
    phase: "runtime",
    log: ["npm ERR! Error: ENOENT, open '/srv/app/package.json'", "npm ERR! cwd /srv/app"],
    category: "BUILD_CONFIG",
    keyLine: "npm ERR! Error: ENOENT, open '/srv/app/package.json'",
  },
  {
    name: "an unstable-feature error in a registry crate is the toolchain's age",
    phase: "build",
    log: [
      "error[E0658]: `loop` is not allowed in a `const fn`",
      "  --> /usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/bytes-1.0.1/src/lib.rs:40:9",
    ],
    category: "BUILD_CONFIG",
    keyLine: "error[E0658]: `loop` is not allowed in a `const fn`",
  },
  {
    name: "an inner exception class with a dollar sign is an exception header",
    phase: "runtime",
    log: ["broker_1 | com.acme.Queue$FullException: queue 'jobs' is full"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "broker_1 | com.acme.Queue$FullException: queue 'jobs' is full",
  },
  {
    name: "a settings file under the config directory that is not there",
    phase: "runtime",
    log: ["api    | main.go:80: Error loading logger - open config/audit.json: no such file or directory"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "api    | main.go:80: Error loading logger - open config/audit.json: no such file or directory",
    variable: "audit.json",
  },
  {
    name: "uWSGI without the callable it was told to load keys on its first sentence",
    phase: "runtime",
    log: [
      'app   | unable to find "app" callable in file /srv/wsgi.py',
      "app   | unable to load app 0 (mountpoint='') (callable not found or import error)",
      "app   | *** no app loaded. GAME OVER ***",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'app   | unable to find "app" callable in file /srv/wsgi.py',
  },
  {
    name: "a Go compiler from another release than the go command",
    phase: "build",
    log: ["# runtime/internal/sys", 'compile: version "go1.21.3" does not match go tool version "go1.20.7"'],
    category: "BUILD_CONFIG",
    keyLine: 'compile: version "go1.21.3" does not match go tool version "go1.20.7"',
  },
  {
    name: "a database image that needs a CPU feature the host lacks",
    phase: "runtime",
    log: [
      "WARNING: MongoDB 5.0+ requires a CPU with AVX support, and your current system does not appear to have that!",
      "db exited with code 132",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "WARNING: MongoDB 5.0+ requires a CPU with AVX support, and your current system does not appear to have that!",
  },
  {
    name: "a syntax error located in site-packages is the package's source",
    phase: "runtime",
    log: [
      'worker  |   File "/usr/local/lib/python3.9/site-packages/oldlib/compat.py", line 12',
      "worker  |         return value",
      "worker  |     ^",
      "worker  | IndentationError: unexpected indent",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "worker  | IndentationError: unexpected indent",
  },
  {
    name: "a Go import path that no longer resolves",
    phase: "build",
    log: [
      "#7 4.12 go: example.org/tool@v1.2.0 requires",
      '#7 4.12        vanity.example/lib@v0.1.0: unrecognized import path "vanity.example/lib": reading https://vanity.example/lib?go-get=1: 404 Not Found',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      '#7 4.12        vanity.example/lib@v0.1.0: unrecognized import path "vanity.example/lib": reading https://vanity.example/lib?go-get=1: 404 Not Found',
  },
  {
    name: "an environment schema keys on the variable's own line",
    phase: "build",
    log: [
      "#12 1.10 ❌ Invalid environment variables:",
      "#12 1.10  NEXTAUTH_URL: Invalid url",
      "#12 1.12 Error: Invalid environment variables",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "#12 1.10  NEXTAUTH_URL: Invalid url",
    variable: "NEXTAUTH_URL",
  },
  {
    name: "a migration the database records that the app does not ship",
    phase: "runtime",
    log: ["ERR ERROR: Unable to find migration: 007-add-index.js", "ERR npm ERR! code ELIFECYCLE"],
    category: "DB_MIGRATION",
    keyLine: "ERR ERROR: Unable to find migration: 007-add-index.js",
  },
  {
    name: "gunicorn told to bind a service name",
    phase: "runtime",
    log: [
      "[2024-01-01 10:00:00 +0000] [7] [INFO] Starting gunicorn 21.2.0",
      "[2024-01-01 10:00:00 +0000] [7] [ERROR] Invalid address: ('web', 8000)",
    ],
    category: "PORT_BINDING",
    keyLine: "[2024-01-01 10:00:00 +0000] [7] [ERROR] Invalid address: ('web', 8000)",
  },
  {
    name: ".NET without the ICU library in its image",
    phase: "runtime",
    log: [
      "Process terminated. Couldn't find a valid ICU package installed on the system. Set the configuration flag System.Globalization.Invariant to true if you want to run with no globalization support.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Process terminated. Couldn't find a valid ICU package installed on the system. Set the configuration flag System.Globalization.Invariant to true if you want to run with no globalization support.",
  },
  {
    name: "a Spring context file missing from the class path names the file",
    phase: "runtime",
    log: [
      'Exception in thread "main" org.springframework.beans.factory.BeanDefinitionStoreException: IOException parsing XML document from class path resource [jobs-context.xml]; nested exception is java.io.FileNotFoundException: class path resource [jobs-context.xml] cannot be opened because it does not exist',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'Exception in thread "main" org.springframework.beans.factory.BeanDefinitionStoreException: IOException parsing XML document from class path resource [jobs-context.xml]; nested exception is java.io.FileNotFoundException: class path resource [jobs-context.xml] cannot be opened because it does not exist',
    variable: "jobs-context.xml",
  },
  {
    name: "pnpm refused a private package by the registry (403)",
    phase: "build",
    log: [
      "Progress: resolved 412, reused 0, downloaded 3, added 0",
      " ERR_PNPM_FETCH_403  GET https://npm.pkg.github.com/download/@acme/ui/2.1.0/0a1b2c: Forbidden - 403",
      "An authorization header was used: ***",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "ERR_PNPM_FETCH_403  GET https://npm.pkg.github.com/download/@acme/ui/2.1.0/0a1b2c: Forbidden - 403",
  },
  {
    name: "a Maven repository answering a dependency fetch with Forbidden",
    phase: "build",
    log: [
      "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project com.acme:billing:jar:1.4.0: Could not transfer artifact com.acme:ledger:jar:2.0 from/to internal (https://repo.acme.test/releases/): Forbidden , ReasonPhrase:Forbidden. -> [Help 1]",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project com.acme:billing:jar:1.4.0: Could not transfer artifact com.acme:ledger:jar:2.0 from/to internal (https://repo.acme.test/releases/): Forbidden , ReasonPhrase:Forbidden. -> [Help 1]",
  },
  {
    name: "yarn 2+ refusing a yarn 1 flag the build passes",
    phase: "build",
    log: [
      "---> Installing node modules from ./yarn.lock",
      'Unknown Syntax Error: Unsupported option name ("--frozen-lockfile").',
      "$ yarn install [--json] [--immutable]",
      "ERROR: failed to build: exit status 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'Unknown Syntax Error: Unsupported option name ("--frozen-lockfile").',
  },
  {
    name: "npm asked for a workspace the project does not declare",
    phase: "build",
    log: [
      " > [5/6] RUN npm run -w apps/api build:",
      "1.802 npm error No workspaces found:",
      "1.802 npm error   --workspace=apps/api",
    ],
    category: "BUILD_CONFIG",
    keyLine: "1.802 npm error No workspaces found:",
  },
  {
    name: "pnpm refusing the project's own engines field is the build's setup, a package's is a dependency",
    phase: "build",
    log: [
      " ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)",
      'Your Node version is incompatible with "/workspace/shop".',
      "Expected version: >=20",
      "Got: 18.19.0",
    ],
    category: "BUILD_CONFIG",
    keyLine: "ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)",
  },
  {
    name: "an app saying its database was never initialised outranks the missing table",
    phase: "runtime",
    log: [
      "[2024-03-02 10:00:01,100] {cli.py:90} WARNING - Failed to log action (sqlite3.OperationalError) no such table: log",
      "ERROR: You need to initialize the database. Please run `scheduler db init`.",
    ],
    category: "DB_MIGRATION",
    keyLine: "ERROR: You need to initialize the database. Please run `scheduler db init`.",
  },
  {
    name: "pip's conflict naming only requirement lines keys on the first requirement that depends on another",
    phase: "build",
    log: [
      "ERROR: Cannot install -r requirements.txt (line 2) and -r requirements.txt (line 9) because these package versions have conflicting dependencies.",
      "The conflict is caused by:",
      "    webkit 3.1 depends on tinyhttp<2",
      "    feedtool 0.4 depends on tinyhttp>=2.1",
      "ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "webkit 3.1 depends on tinyhttp<2",
  },
  {
    name: "a lower-case Python exception class after a frame is the error, not quoted source",
    phase: "runtime",
    log: [
      'worker_1  |   File "uvloop/loop.pyx", line 1914, in create_connection',
      "worker_1  | socket.gaierror: [Errno -2] Name or service not known",
      "worker_1  | ERROR:    Application startup failed. Exiting.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "worker_1  | socket.gaierror: [Errno -2] Name or service not known",
  },
  {
    name: "an app that cannot read the configuration file it names",
    phase: "runtime",
    log: [
      '  File "/srv/app/settings.py", line 40, in load',
      "    raise Exception('Cannot read file ' + path)",
      "Exception: Cannot read file /srv/app/conf/app.ini",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Exception: Cannot read file /srv/app/conf/app.ini",
    variable: "app.ini",
  },
  {
    name: "a configuration file it may not open is a permission problem, not a missing setting",
    phase: "runtime",
    log: ["httpd: Could not open configuration file /etc/httpd/conf.d/site.conf: Permission denied"],
    category: "PERMISSION_AUTH",
    keyLine: "httpd: Could not open configuration file /etc/httpd/conf.d/site.conf: Permission denied",
  },
  {
    name: "PHP requiring a config.php the install never wrote",
    phase: "runtime",
    log: [
      "app_1  | Warning: require(/var/www/app/config/config.php): failed to open stream: No such file or directory in /var/www/app/index.php on line 3",
      "app_1  | Fatal error: require(): Failed opening required '/var/www/app/config/config.php' (include_path='.:/usr/local/lib/php') in /var/www/app/index.php on line 3",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "app_1  | Warning: require(/var/www/app/config/config.php): failed to open stream: No such file or directory in /var/www/app/index.php on line 3",
    variable: "config.php",
  },
  {
    name: "a variable named with what its value must be",
    phase: "runtime",
    log: ["web  | Error loading config:", "web  |   PUBLIC_URL variable needs to contain the scheme (http, https)"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "web  |   PUBLIC_URL variable needs to contain the scheme (http, https)",
    variable: "PUBLIC_URL",
  },
  {
    name: "a pool that could not open its first database connection",
    phase: "runtime",
    log: [
      "Message: Failed to initialize pool: The connection attempt failed.",
      "io.micronaut.context.exceptions.BeanInstantiationException: Bean definition [javax.sql.DataSource] could not be loaded",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Message: Failed to initialize pool: The connection attempt failed.",
  },
  {
    name: "a Cargo.lock from a newer Cargo keys on Cargo's explanation",
    phase: "build",
    log: [
      "#9 0.612 error: failed to parse lock file at: /src/Cargo.lock",
      "#9 0.612 Caused by:",
      "#9 0.612   lock file version `4` was found, but this version of Cargo does not understand this lock file, perhaps Cargo needs to be updated?",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#9 0.612   lock file version `4` was found, but this version of Cargo does not understand this lock file, perhaps Cargo needs to be updated?",
  },
  {
    name: "a -sys crate's build script panicking on pkg-config keys on the panic",
    phase: "build",
    log: [
      "error: failed to run custom build command for `libz-sys v1.1.8`",
      "--- stderr",
      'thread \'main\' panicked at \'Failed to run `"pkg-config" "--libs" "zlib"`: No such file or directory (os error 2)\', build.rs:40:9',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'thread \'main\' panicked at \'Failed to run `"pkg-config" "--libs" "zlib"`: No such file or directory (os error 2)\', build.rs:40:9',
  },
  {
    name: "the Cloudflare API refusing Wrangler's token",
    phase: "build",
    log: [
      "✘ [ERROR] A request to the Cloudflare API (/zones/abc/workers/routes) failed.",
      "",
      "  Authentication error [code: 10000]",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "Authentication error [code: 10000]",
  },
  {
    name: "the Prisma client imported during a build that never generated it",
    phase: "build",
    log: [
      "app:build: Error: Failed to collect page data for /api/users",
      'app:build:   [cause]: Error: @prisma/client did not initialize yet. Please run "prisma generate" and try to import it again.',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'app:build:   [cause]: Error: @prisma/client did not initialize yet. Please run "prisma generate" and try to import it again.',
  },
  {
    name: "Kafka Connect without the connector plugin a configuration names",
    phase: "runtime",
    log: [
      "org.apache.kafka.connect.errors.ConnectException: Failed to find any class that implements Connector and which name matches io.confluent.connect.jdbc.JdbcSinkConnector",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "org.apache.kafka.connect.errors.ConnectException: Failed to find any class that implements Connector and which name matches io.confluent.connect.jdbc.JdbcSinkConnector",
  },
  {
    name: "webpack unable to resolve a package the project imports",
    phase: "build",
    log: [
      "10:48:06 PM: ./serverless.ts:10:0-54 - Error: Module not found: Error: Can't resolve 'mock-express' in '/opt/build/repo'",
      "10:48:07 PM: Build failed",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "10:48:06 PM: ./serverless.ts:10:0-54 - Error: Module not found: Error: Can't resolve 'mock-express' in '/opt/build/repo'",
  },
  {
    name: "a functions bundle importing an app build that is not there",
    phase: "build",
    log: [
      "10:54:16 AM: Packaging Functions from netlify/functions directory:",
      '10:54:16 AM: ✘ [ERROR] Could not resolve "../../dist/app/serverless/main"',
    ],
    category: "BUILD_CONFIG",
    keyLine: '10:54:16 AM: ✘ [ERROR] Could not resolve "../../dist/app/serverless/main"',
  },
  {
    name: "a package's method typed against an interface of another PHP version",
    phase: "runtime",
    log: [
      "PHP Fatal error:  During inheritance of ArrayAccess: Uncaught ErrorException: Return type of Illuminate\\Support\\Collection::offsetExists($key) should either be compatible with ArrayAccess::offsetExists(mixed $offset): bool, or the #[\\ReturnTypeWillChange] attribute should be used in /var/www/vendor/laravel/framework/src/Illuminate/Support/Collection.php:1277",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "PHP Fatal error:  During inheritance of ArrayAccess: Uncaught ErrorException: Return type of Illuminate\\Support\\Collection::offsetExists($key) should either be compatible with ArrayAccess::offsetExists(mixed $offset): bool, or the #[\\ReturnTypeWillChange] attribute should be used in /var/www/vendor/laravel/framework/src/Illuminate/Support/Collection.php:1277",
  },
  {
    name: ".NET without an assembly the app loads",
    phase: "runtime",
    log: [
      "Unhandled exception. System.IO.FileNotFoundException:",
      "Could not load file or assembly 'Contoso.Hosting.Startup, Culture=neutral, PublicKeyToken=null'. The system cannot find the file specified.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Could not load file or assembly 'Contoso.Hosting.Startup, Culture=neutral, PublicKeyToken=null'. The system cannot find the file specified.",
  },
  {
    name: "Web Deploy unable to reach its target",
    phase: "runtime",
    log: [
      "##[error]Error Code: ERROR_PROXY_GATEWAY",
      'More Information: Could not connect to the remote computer ("web01") using the specified process ("Web Management Service") because the server did not respond.',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      'More Information: Could not connect to the remote computer ("web01") using the specified process ("Web Management Service") because the server did not respond.',
  },
  {
    name: "RabbitMQ refusing an Erlang cookie file others may read",
    phase: "runtime",
    log: [
      "rabbitmq_1 | 09:50:10.483 [error] Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "rabbitmq_1 | 09:50:10.483 [error] Cookie file /var/lib/rabbitmq/.erlang.cookie must be accessible by owner only",
  },
  {
    name: "Bun given a port that is not a port",
    phase: "runtime",
    log: ["$ bun run src/index.ts", "error: InvalidPort"],
    category: "PORT_BINDING",
    keyLine: "error: InvalidPort",
  },
  {
    name: "Kafka Connect without a required configuration key",
    phase: "runtime",
    log: [
      'org.apache.kafka.common.config.ConfigException: Missing required configuration "key.converter" which has no default value.',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'org.apache.kafka.common.config.ConfigException: Missing required configuration "key.converter" which has no default value.',
    variable: "key.converter",
  },
  {
    name: "a HOCON configuration file that does not parse",
    phase: "runtime",
    log: [
      '[error]: {scan_error,<<"illegal characters \\"/c\\" line_number 274 in_file /opt/emqx/etc/emqx.conf">>}',
      "ERROR: call_hocon_failed: -s emqx_conf_schema -c /opt/emqx/etc/emqx.conf",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: '[error]: {scan_error,<<"illegal characters \\"/c\\" line_number 274 in_file /opt/emqx/etc/emqx.conf">>}',
    variable: "emqx.conf",
  },
  {
    name: "pydantic 1 naming the settings field with the place inside it",
    phase: "runtime",
    log: [
      "backend_1       | pydantic.error_wrappers.ValidationError: 2 validation errors for Settings",
      "backend_1       | BACKEND_CORS_ORIGINS -> 0",
      "backend_1       |   invalid or missing URL scheme (type=value_error.url.scheme)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "backend_1       | pydantic.error_wrappers.ValidationError: 2 validation errors for Settings",
    variable: "BACKEND_CORS_ORIGINS",
  },
  {
    name: "Go building from a vendor directory that lacks a package",
    phase: "build",
    log: [
      "-----> Running: go install -v -tags heroku -mod=vendor github.com/acme/web",
      "remote: build github.com/acme/web: cannot load github.com/russross/blackfriday: open /tmp/build_1/vendor/github.com/russross/blackfriday: no such file or directory",
      "remote:  !     Push rejected, failed to compile Go app.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "remote: build github.com/acme/web: cannot load github.com/russross/blackfriday: open /tmp/build_1/vendor/github.com/russross/blackfriday: no such file or directory",
  },
  {
    name: "a package's native build without a C++ compiler",
    phase: "build",
    log: [
      "31.20   running build_ext",
      "31.20   FileNotFoundError: [Errno 2] No such file or directory: 'c++'",
      "31.20   error: subprocess-exited-with-error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "31.20   FileNotFoundError: [Errno 2] No such file or directory: 'c++'",
  },
  {
    name: "a build frontend's key error while building a package",
    phase: "build",
    log: [
      '  File "/usr/local/lib/python3.11/site-packages/pyproject_hooks/_in_process/_in_process.py", line 70, in _build_backend',
      "    ep = os.environ['PEP517_BUILD_BACKEND']",
      "KeyError: 'PEP517_BUILD_BACKEND'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "KeyError: 'PEP517_BUILD_BACKEND'",
  },
  {
    name: "a -sys crate without pkg-config",
    phase: "build",
    log: [
      "246.6   Could not run `PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 pkg-config --libs --cflags openssl`",
      "246.6   The pkg-config command could not be found.",
      "246.6   Most likely, you need to install a pkg-config package for your OS.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "246.6   The pkg-config command could not be found.",
  },
  {
    name: "a Worker bundle importing a Node built-in without Node compatibility",
    phase: "build",
    log: [
      '  ✘ [ERROR] Could not resolve "module"',
      "      dist/index.js:1580:30:",
      '    The package "module" wasn\'t found on the file system but is built into node.',
      '    Add "node_compat = true" to your wrangler.toml file to enable Node.js compatibility.',
      '    dist/index.js:1580:30: ERROR: Could not resolve "module"',
    ],
    category: "BUILD_CONFIG",
    keyLine: 'The package "module" wasn\'t found on the file system but is built into node.',
  },
  {
    name: "esbuild unable to resolve a package the project's code imports by name",
    phase: "build",
    log: [
      "X [ERROR] Build failed with 1 error:",
      '  X [ERROR] Could not resolve "jsoncrush"',
      "      ../utils/dist/crypto.js:12:44:",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'X [ERROR] Could not resolve "jsoncrush"',
  },
  {
    name: "an image without any bundler",
    phase: "build",
    log: [
      "Step 9/12 : RUN bundle install",
      "/usr/local/lib/ruby/site_ruby/2.5.0/rubygems.rb:289:in `find_spec_for_exe': can't find gem bundler (>= 0.a) with executable bundler (Gem::GemNotFoundException)",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/usr/local/lib/ruby/site_ruby/2.5.0/rubygems.rb:289:in `find_spec_for_exe': can't find gem bundler (>= 0.a) with executable bundler (Gem::GemNotFoundException)",
  },
  {
    name: "bundle exec without the executable a build step runs",
    phase: "build",
    log: [
      "remote: -----> Precompiling assets",
      'remote:        "bundler: command not found: hanami\\nInstall missing gem executables with `bundle install`"',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'remote:        "bundler: command not found: hanami\\nInstall missing gem executables with `bundle install`"',
  },
  {
    name: "a YAML configuration value of the wrong type",
    phase: "runtime",
    log: [
      "agent[25147]: STARTUP ERROR: yaml: unmarshal errors:",
      "agent[25147]: line 1: cannot unmarshal !!str `dasasdd...` into config.AgentConfig",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "agent[25147]: line 1: cannot unmarshal !!str `dasasdd...` into config.AgentConfig",
  },
  {
    name: "Jetty's connector naming the port it could not bind",
    phase: "runtime",
    log: [
      "WARNING: FAILED SelectChannelConnector@0.0.0.0:8080: java.net.BindException: Address already in use",
      "java.net.BindException: Address already in use",
      "\tat sun.nio.ch.Net.bind0(Native Method)",
    ],
    category: "PORT_BINDING",
    keyLine: "WARNING: FAILED SelectChannelConnector@0.0.0.0:8080: java.net.BindException: Address already in use",
  },
  {
    name: "a Worker whose start-up exceeds the platform's CPU limit",
    phase: "runtime",
    log: [
      "✘ [ERROR] A request to the Cloudflare API (/accounts/x/workers/scripts/y) failed.",
      "  Error: Script startup exceeded CPU time limit.",
      "   [code: 10021]",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Error: Script startup exceeded CPU time limit.",
  },
  {
    name: "a migration Rails refuses for want of its release version",
    phase: "runtime",
    log: [
      "01 StandardError: An error has occurred, all later migrations canceled:",
      "01 Directly inheriting from ActiveRecord::Migration is not supported. Please specify the Rails release the migration was written for:",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "01 Directly inheriting from ActiveRecord::Migration is not supported. Please specify the Rails release the migration was written for:",
  },
  {
    name: "kubelet restarting a container whose startup probe failed",
    phase: "runtime",
    log: [
      "Normal   Started    2m (x4 over 5m10s)     kubelet            Started container keycloak",
      "Normal   Killing    2m41s (x3 over 4m41s)  kubelet            Container keycloak failed startup probe, will be restarted",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "Normal   Killing    2m41s (x3 over 4m41s)  kubelet            Container keycloak failed startup probe, will be restarted",
  },
  {
    name: "Django itself missing under gunicorn",
    phase: "runtime",
    log: [
      "[2019-01-01 10:00:00 +0000] [7] [INFO] Booting worker with pid: 7",
      "Traceback (most recent call last):",
      '  File "/app/mysite/wsgi.py", line 12, in <module>',
      "    from django.core.wsgi import get_wsgi_application",
      "ImportError: No module named django.core.wsgi",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "ImportError: No module named django.core.wsgi",
  },
  {
    name: "Cloud Run's start failure wrapped after its first line",
    phase: "runtime",
    log: [
      "Deployment failed",
      "ERROR: (gcloud.run.deploy) Revision 'web-00012-ntl' is not ready and cannot serve traffic.",
      "The user-provided container failed to start and listen on the port defined",
      "provided by the PORT=8080 environment variable.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "The user-provided container failed to start and listen on the port defined",
  },
  {
    name: "a binary linked against a newer glibc's libm than the image has",
    phase: "runtime",
    log: [
      "/tmp/oryx/platforms/python/3.11.7/bin/python3.11: /lib/x86_64-linux-gnu/libm.so.6: version `GLIBC_2.29' not found (required by /tmp/oryx/platforms/python/3.11.7/bin/python3.11)",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/tmp/oryx/platforms/python/3.11.7/bin/python3.11: /lib/x86_64-linux-gnu/libm.so.6: version `GLIBC_2.29' not found (required by /tmp/oryx/platforms/python/3.11.7/bin/python3.11)",
  },
  {
    name: "DigitalOcean's failed health checks",
    phase: "runtime",
    log: [
      "[2024-01-10 10:00:00] Starting gunicorn 21.2.0",
      "[2024-01-10 10:00:10] Booting worker with pid: 7",
      "Deploy Error: Health Checks",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Deploy Error: Health Checks",
  },
  {
    name: "webpack 1 unable to resolve a file the project imports",
    phase: "build",
    log: [
      "remote: Failed to compile.",
      "remote: Error in ./src/index.js",
      "remote: Module not found: Error: Cannot resolve 'file' or 'directory' ./Routes in /tmp/build_1/src",
    ],
    category: "BUILD_COMPILE",
    keyLine: "remote: Module not found: Error: Cannot resolve 'file' or 'directory' ./Routes in /tmp/build_1/src",
  },
  {
    name: "Create React App's TypeScript error in a package's declarations",
    phase: "build",
    log: [
      "Failed to compile.",
      "TypeScript error in /codebuild/output/src1/src/node_modules/@types/babel__traverse/index.d.ts(68,50):",
      "'>' expected.  TS1005",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "TypeScript error in /codebuild/output/src1/src/node_modules/@types/babel__traverse/index.d.ts(68,50):",
  },
  {
    name: "a package's build asking for a newer setuptools",
    phase: "build",
    log: ["Building wheel for auto-gptq (setup.py): started", "ValueError: setuptools>=49.4.0 is required"],
    category: "BUILD_DEPENDENCY",
    keyLine: "ValueError: setuptools>=49.4.0 is required",
  },
  {
    name: "a package's install script without node-pre-gyp",
    phase: "build",
    log: [
      "> sqlite3@4.2.0 install /app/node_modules/sqlite3",
      "> node-pre-gyp install --fallback-to-build",
      "sh: node-pre-gyp: command not found",
      "npm ERR! code ELIFECYCLE",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "sh: node-pre-gyp: command not found",
  },
  {
    name: "Mix without the config file the project's config imports",
    phase: "build",
    log: [
      "remote: ** (Mix.Config.LoadError) could not load config config/prod.secret.exs",
      "remote:     ** (Code.LoadError) could not load /tmp/build/config/prod.secret.exs",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "remote: ** (Mix.Config.LoadError) could not load config config/prod.secret.exs",
    variable: "config/prod.secret.exs",
  },
  {
    name: "Elixir unable to read a config file kept out of the repository",
    phase: "build",
    log: [
      '** (File.Error) could not read file "/opt/app/config/prod.secret.exs": no such file or directory',
      "    (elixir) lib/file.ex:353: File.read!/1",
      "** (Mix.Config.LoadError) could not load config config/prod.secret.exs",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: '** (File.Error) could not read file "/opt/app/config/prod.secret.exs": no such file or directory',
    variable: "config/prod.secret.exs",
  },
  {
    name: "a connection URL of the wrong scheme",
    phase: "runtime",
    log: [
      "thread 'actix-rt:worker:1' panicked at 'Failed to create connection pool: Error(Some(\"MySQL connection URLs must start with mysql://\"))', src/main.rs:20:10",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "thread 'actix-rt:worker:1' panicked at 'Failed to create connection pool: Error(Some(\"MySQL connection URLs must start with mysql://\"))', src/main.rs:20:10",
  },
  {
    name: "docker compose without the env file a service names",
    phase: "build",
    log: ["▶ Setting up the stack ...", "Couldn't find env file: /home/self-hosted/.env"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Couldn't find env file: /home/self-hosted/.env",
  },
  {
    name: "App Engine's instance memory limit",
    phase: "runtime",
    log: [
      "Exceeded soft private memory limit with 133.961 MB after servicing 1085 requests total",
      "After handling this request, the process that handled this request was found to be using too much memory and was terminated.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "Exceeded soft private memory limit with 133.961 MB after servicing 1085 requests total",
  },
  {
    name: "gems refused the directory they install to",
    phase: "build",
    log: [
      "#7 1.2 Fetching rake 13.0.6",
      "#7 1.3 You don't have write permissions for the /usr/local/bundle directory.",
      '#7 ERROR: process "/bin/sh -c bundle install" did not complete successfully: exit code: 1',
    ],
    category: "PERMISSION_AUTH",
    keyLine: "#7 1.3 You don't have write permissions for the /usr/local/bundle directory.",
  },
  {
    name: "a configuration file an app was told to read, not there",
    phase: "runtime",
    log: [
      "[I 2024-02-01 10:00:00.000 JupyterHub app:2859] Running JupyterHub version 4.0.2",
      "ERROR: Failed to find specified config file: /etc/jupyterhub/jupyterhub_config.py",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERROR: Failed to find specified config file: /etc/jupyterhub/jupyterhub_config.py",
    variable: "jupyterhub_config.py",
  },
  {
    name: "a PHP app without its configuration file",
    phase: "runtime",
    log: ["The configuration file {/var/www/html/config/config.ini.php} has not been found or could not be read."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "The configuration file {/var/www/html/config/config.ini.php} has not been found or could not be read.",
    variable: "config.ini.php",
  },
  {
    name: "a short variable name quoted as missing",
    phase: "runtime",
    log: ["12:26:58 ✨ Initializing bootstrap...", '12:26:58 🚨 "KEY" Environment Variable is missing.'],
    category: "MISSING_ENV_CONFIG",
    keyLine: '12:26:58 🚨 "KEY" Environment Variable is missing.',
    variable: "KEY",
  },
  {
    name: "Poetry refusing a lock file written by another Poetry version",
    phase: "build",
    log: [
      "#9 1.6   RuntimeError",
      "#9 1.6 ",
      "#9 1.6   The lock file is not compatible with the current version of Poetry.",
      "#9 1.6   Upgrade Poetry to be able to read the lock file or, alternatively, regenerate the lock file with the `poetry lock` command.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#9 1.6   The lock file is not compatible with the current version of Poetry.",
  },
  {
    name: "a package built from source without its build backend",
    phase: "build",
    log: [
      "  ChefBuildError",
      "",
      "  Backend 'setuptools.build_meta:__legacy__' is not available.",
      "",
      "  at /usr/local/lib/python3.12/site-packages/poetry/installation/chef.py:147 in _prepare",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Backend 'setuptools.build_meta:__legacy__' is not available.",
  },
  {
    name: "pkg-config without a system library a package's native build needs",
    phase: "build",
    log: ["Running setup.py install for cffi", "No package 'libffi' found", "Failed building wheel for cffi"],
    category: "BUILD_DEPENDENCY",
    keyLine: "No package 'libffi' found",
  },
  {
    name: "a package's PHP class declared against another version of an extension's class",
    phase: "build",
    log: [
      "Executing script cache:clear [KO]",
      "Script cache:clear returned with error code 255",
      "!! PHP Fatal error: Declaration of Vendor\\Cache\\Traits\\RedisProxyTrait::hSet($key, $values): Redis|int|false must be compatible with Redis::hSet(string $key, mixed ...$values): Redis|int|false in /app/vendor/vendor/cache/Traits/RedisProxyTrait.php on line 12",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "!! PHP Fatal error: Declaration of Vendor\\Cache\\Traits\\RedisProxyTrait::hSet($key, $values): Redis|int|false must be compatible with Redis::hSet(string $key, mixed ...$values): Redis|int|false in /app/vendor/vendor/cache/Traits/RedisProxyTrait.php on line 12",
  },
  {
    name: "node-gyp's conclusion of its Python search",
    phase: "build",
    log: [
      "npm ERR! gyp ERR! find Python ",
      "npm ERR! gyp ERR! find Python Python is not set from command line or npm configuration",
      'npm ERR! gyp ERR! find Python checking if "python3" can be used',
      "npm ERR! gyp ERR! find Python You need to install the latest version of Python.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! gyp ERR! find Python You need to install the latest version of Python.",
  },
  {
    name: "node-gyp's Python search cut off before its conclusion",
    phase: "build",
    log: [
      "npm error gyp ERR! find Python ",
      "npm error gyp ERR! find Python Python is not set from command line or npm configuration",
      "npm error gyp ERR! find Python Python is not set from environment variable PYTHON",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm error gyp ERR! find Python Python is not set from command line or npm configuration",
  },
  {
    name: "an Erlang release booting without the modules it needs",
    phase: "runtime",
    log: [
      '{"init terminating in do_boot",{load_failed,[lists,kernel,code_server,gen_server]}}',
      "init terminating in do_boot ()",
      "Crash dump is being written to: erl_crash.dump...done",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: '{"init terminating in do_boot",{load_failed,[lists,kernel,code_server,gen_server]}}',
  },
  {
    name: "an Erlang listener whose port is taken, inside the crash tuple",
    phase: "runtime",
    log: [
      '{"Kernel pid terminated",application_controller,"{application_start_failure,shop,{{shutdown,{failed_to_start_child,ranch_acceptors_sup,{listen_error,\'Elixir.Shop.Endpoint.HTTP\',eaddrinuse}}}}}"}',
    ],
    category: "PORT_BINDING",
    keyLine:
      '{"Kernel pid terminated",application_controller,"{application_start_failure,shop,{{shutdown,{failed_to_start_child,ranch_acceptors_sup,{listen_error,\'Elixir.Shop.Endpoint.HTTP\',eaddrinuse}}}}}"}',
  },
  {
    name: "a Lambda handler whose own path does not import",
    phase: "runtime",
    log: [
      "[ERROR] Runtime.ImportModuleError: Unable to import module 'platform/handlers/main': No module named 'platform.handlers'; 'platform' is not a package",
      "Traceback (most recent call last):",
      "ModuleNotFoundError: No module named 'platform.handlers'; 'platform' is not a package",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "[ERROR] Runtime.ImportModuleError: Unable to import module 'platform/handlers/main': No module named 'platform.handlers'; 'platform' is not a package",
  },
  {
    name: "a start command's option given a malformed value",
    phase: "runtime",
    log: [
      "web | usage: gunicorn [OPTIONS] [APP_MODULE]",
      "web | gunicorn: error: argument -w/--workers: invalid int value: '\"4\"'",
      "web | exited: backend (exit status 2; not expected)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "web | gunicorn: error: argument -w/--workers: invalid int value: '\"4\"'",
  },
  {
    name: "a variable the app calls required",
    phase: "runtime",
    log: ['time="2024-03-01T10:00:00Z" level=error msg="BILLING_TIER is a required variable."'],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'time="2024-03-01T10:00:00Z" level=error msg="BILLING_TIER is a required variable."',
    variable: "BILLING_TIER",
  },
  {
    name: "sbt asked for a task the build does not define",
    phase: "build",
    log: [
      "[success] Total time: 0 s",
      "[error] Not a valid command: stage (similar: last-grep, set, last)",
      "[error] Not a valid project ID: stage",
      " !     Failed to build app with sbt",
    ],
    category: "BUILD_CONFIG",
    keyLine: "[error] Not a valid command: stage (similar: last-grep, set, last)",
  },
  {
    name: "a buildpack too old for the PHP version asked for",
    phase: "build",
    log: [
      " !     ERROR: Failed to install system packages!",
      " !     >   Problem 1",
      " !     >     - php 8.2.3 requires heroku/installer-plugin ^1.7.0 -> found heroku/installer-plugin[1.6.0] but it does not match the constraint.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "!     >     - php 8.2.3 requires heroku/installer-plugin ^1.7.0 -> found heroku/installer-plugin[1.6.0] but it does not match the constraint.",
  },
  {
    name: "rustc without a feature a package uses",
    phase: "build",
    log: [
      "   Compiling crossbeam-utils v0.5.0",
      "error: the struct `#[repr(align(u16))]` attribute is experimental (see issue #33626)",
      "  --> /usr/local/cargo/registry/src/github.com-1ecc6299db9ec823/crossbeam-utils-0.5.0/src/cache_padded.rs:19:1",
      "error: Could not compile `crossbeam-utils`.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "error: the struct `#[repr(align(u16))]` attribute is experimental (see issue #33626)",
  },
  {
    name: "rustc older than let-else in the project's code",
    phase: "build",
    log: [
      "#9 713.9 error[E0658]: `let...else` statements are unstable",
      "#9 715.7 error: could not compile `server` due to previous error",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#9 713.9 error[E0658]: `let...else` statements are unstable",
  },
  {
    name: "a Java image's start script without a jar to run",
    phase: "runtime",
    log: ["ERROR: Neither $JAVA_MAIN_CLASS nor $JAVA_APP_JAR is set and 0 found in /deployments (1 expected)"],
    category: "BUILD_CONFIG",
    keyLine: "ERROR: Neither $JAVA_MAIN_CLASS nor $JAVA_APP_JAR is set and 0 found in /deployments (1 expected)",
  },
  {
    name: "cargo install on a rustc one package refuses",
    phase: "build",
    log: [
      "error: failed to compile `cross v0.2.5`",
      "Caused by:",
      "  rustc 1.79.0 is not supported by the following package:",
      "    home@0.5.11 requires rustc 1.81",
    ],
    category: "BUILD_CONFIG",
    keyLine: "rustc 1.79.0 is not supported by the following package:",
  },
  {
    name: "Kestrel refused a privileged port",
    phase: "runtime",
    log: [
      "crit: Microsoft.AspNetCore.Server.Kestrel[0]",
      "      Unable to start Kestrel.",
      "Microsoft.AspNetCore.Server.Kestrel.Transport.Libuv.Internal.Networking.UvException: Error -13 EACCES permission denied",
    ],
    category: "PORT_BINDING",
    keyLine:
      "Microsoft.AspNetCore.Server.Kestrel.Transport.Libuv.Internal.Networking.UvException: Error -13 EACCES permission denied",
  },
  {
    name: "a Rails release whose migration aborted without saying why",
    phase: "runtime",
    log: [
      "rake aborted!",
      "Tasks: TOP => db:migrate",
      "(See full trace by running task with --trace)",
      "== 20240101120000 AddStatusColumn: migrating ================================",
    ],
    category: "DB_MIGRATION",
    keyLine: "Tasks: TOP => db:migrate",
  },
  {
    name: "Prisma's migration error names the database's message",
    phase: "runtime",
    log: [
      "Error: P3018",
      "",
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from.",
      "",
      "Migration name: 05_add_visit_id",
      "",
      "Database error:",
      "FUNCTION shop.BIN_TO_UUID does not exist",
    ],
    category: "DB_MIGRATION",
    keyLine: "FUNCTION shop.BIN_TO_UUID does not exist",
  },
  {
    name: "a registry login run without its password",
    phase: "build",
    log: [
      "ERROR (SSHKit::Command::Failed): docker exit status: 32000",
      "docker stdout: Nothing written",
      "docker stderr: flag needs an argument: 'p' in -p",
      "See 'docker login --help'.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "docker stderr: flag needs an argument: 'p' in -p",
  },
  {
    name: "an app's database check that could not connect",
    phase: "runtime",
    log: [
      "$ node scripts/check-db.js",
      "✓ DATABASE_URL is defined.",
      "✗ Unable to connect to the database.",
      "error Command failed with exit code 1.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "✗ Unable to connect to the database.",
  },
  {
    name: "an unresolvable database host reported as an error's empty address",
    phase: "runtime",
    log: [
      "2023-09-01T19:01:44.978Z [MASTER] info: Connecting to database...",
      "2023-09-01T19:01:44.984Z [MASTER] error: Database Connection Error: ENOTFOUND undefined:undefined",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "2023-09-01T19:01:44.984Z [MASTER] error: Database Connection Error: ENOTFOUND undefined:undefined",
  },
  {
    name: "an integration's virtual module importing a package that is not installed",
    phase: "build",
    log: [
      "8:55:47 PM:  building client ",
      '8:55:47 PM: [vite]: Rollup failed to resolve import "cms-app" from "virtual:astro-cms/user-config".',
      "8:55:47 PM: This is most likely unintended because it can break your application at runtime.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: '8:55:47 PM: [vite]: Rollup failed to resolve import "cms-app" from "virtual:astro-cms/user-config".',
  },
  {
    name: "nginx without a file its configuration includes",
    phase: "runtime",
    log: [
      'nginx: [emerg] open() "/etc/nginx/mime.types" failed (2: No such file or directory) in /etc/nginx/nginx.conf:11',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'nginx: [emerg] open() "/etc/nginx/mime.types" failed (2: No such file or directory) in /etc/nginx/nginx.conf:11',
  },
  {
    name: "a binary built against another library version",
    phase: "runtime",
    log: [
      "/usr/local/bin/server: symbol lookup error: /usr/local/bin/server: undefined symbol: php_module_startup",
      "WARN exited: server (exit status 127; not expected)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "/usr/local/bin/server: symbol lookup error: /usr/local/bin/server: undefined symbol: php_module_startup",
  },
  {
    name: "a start script using a file the image lacks",
    phase: "runtime",
    log: [
      "/start.sh: line 4: /opt/venv/bin/activate: No such file or directory",
      "/start.sh: line 9: deactivate: command not found",
    ],
    category: "BUILD_CONFIG",
    keyLine: "/start.sh: line 4: /opt/venv/bin/activate: No such file or directory",
  },
  {
    name: "Windows' command-not-found in a deploy script",
    phase: "build",
    log: [
      "remote: '\"SyncTool.exe\"' is not recognized as an internal or external command,",
      "remote: operable program or batch file.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote: '\"SyncTool.exe\"' is not recognized as an internal or external command,",
  },
  {
    name: "make without a rule for a generated file",
    phase: "build",
    log: ["make[1]: *** No rule to make target 'assets/bundle.go', needed by 'server'.  Stop."],
    category: "BUILD_CONFIG",
    keyLine: "make[1]: *** No rule to make target 'assets/bundle.go', needed by 'server'.  Stop.",
  },
  {
    name: "a Go service's configuration file that is not there, named by its file name",
    phase: "runtime",
    log: ["2024/01/01 10:00:00 Error loading config file.: open ./server.conf.json: no such file or directory"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2024/01/01 10:00:00 Error loading config file.: open ./server.conf.json: no such file or directory",
    variable: "server.conf.json",
  },
  {
    name: "Octane without the Swoole extension",
    phase: "runtime",
    log: ["   ERROR  The Swoole extension is missing."],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "ERROR  The Swoole extension is missing.",
  },
  {
    name: "Go templates missing where the app looks",
    phase: "runtime",
    log: ["panic: html/template: pattern matches no files: `templates/*.html`", "", "goroutine 1 [running]:"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "panic: html/template: pattern matches no files: `templates/*.html`",
  },
  {
    name: "a buildpack's script failing on a setting",
    phase: "build",
    log: [
      "remote: /tmp/buildpack/bin/compile: line 42: stability: unbound variable",
      "remote:  !     Push rejected, failed to compile PHP app.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote: /tmp/buildpack/bin/compile: line 42: stability: unbound variable",
  },
  {
    name: "a Dockerfile instruction Docker cannot parse",
    phase: "build",
    log: ['Error response from daemon: Syntax error - can\'t find = in "ENV". Must be of the form: name=value'],
    category: "BUILD_CONFIG",
    keyLine: 'Error response from daemon: Syntax error - can\'t find = in "ENV". Must be of the form: name=value',
  },
  {
    name: "IIS's appcmd unable to apply the image's configuration",
    phase: "runtime",
    log: [
      "web_1 | ERROR ( message:Cannot find requested collection element. )",
      "web_1 | Failed to update IIS configuration",
    ],
    category: "BUILD_CONFIG",
    keyLine: "web_1 | ERROR ( message:Cannot find requested collection element. )",
  },
  {
    name: "GitHub refusing a password",
    phase: "build",
    log: [
      "remote: Support for password authentication was removed on August 13, 2021. Please use a personal access token instead.",
      "fatal: Authentication failed for 'https://github.com/acme/private-lib.git/'",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "remote: Support for password authentication was removed on August 13, 2021. Please use a personal access token instead.",
  },
  {
    name: "AWS refusing a request's credentials",
    phase: "runtime",
    log: [
      "ERROR - uncaught exception during training: An error occurred (403) when calling the HeadObject operation: Forbidden",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "ERROR - uncaught exception during training: An error occurred (403) when calling the HeadObject operation: Forbidden",
  },
  {
    name: "Kudu unable to replace a file in use",
    phase: "build",
    log: [
      '2024-01-01T10:00:00    Error: Failed to change file that is currently being used "D:\\home\\site\\wwwroot\\App.dll"',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      '2024-01-01T10:00:00    Error: Failed to change file that is currently being used "D:\\home\\site\\wwwroot\\App.dll"',
  },
  {
    name: "IIS giving up on an app that did not start in time",
    phase: "runtime",
    log: [
      "Application '/LM/W3SVC/1/ROOT' with physical root 'D:\\home\\site\\wwwroot\\' failed to load clr and managed application. Managed server didn't initialize after 120000 ms.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "Application '/LM/W3SVC/1/ROOT' with physical root 'D:\\home\\site\\wwwroot\\' failed to load clr and managed application. Managed server didn't initialize after 120000 ms.",
  },
  {
    name: "a client naming the variables it needs as alternatives",
    phase: "build",
    log: ["#12 40.1 Error: either STORE_API_URL and STORE_API_KEY env variables or apiUrl and apiKey are required!"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "#12 40.1 Error: either STORE_API_URL and STORE_API_KEY env variables or apiUrl and apiKey are required!",
    variable: "STORE_API_URL",
  },
  {
    name: "an ORM without its database driver package",
    phase: "runtime",
    log: [
      "app[web.1]: ERROR: Please install 'mysql2' module manually",
      "app[web.1]: Error: Please install mysql2 package manually",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "app[web.1]: ERROR: Please install 'mysql2' module manually",
  },
  {
    name: "a package's engine without a system library in the build image",
    phase: "build",
    log: [
      "#9 5.2 Error: Unable to require(`/app/node_modules/prisma/libquery_engine-linux-musl.so.node`)",
      "#9 5.2 Error loading shared library libssl.so.1.1: No such file or directory (needed by /app/node_modules/prisma/libquery_engine-linux-musl.so.node)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#9 5.2 Error loading shared library libssl.so.1.1: No such file or directory (needed by /app/node_modules/prisma/libquery_engine-linux-musl.so.node)",
  },
  {
    name: "ts-loader failing in an installed package's declarations",
    phase: "build",
    log: ["[tsl] ERROR in /app/node_modules/search-client/lib/index.d.ts(2,13)", "      TS1005: '=' expected."],
    category: "BUILD_DEPENDENCY",
    keyLine: "[tsl] ERROR in /app/node_modules/search-client/lib/index.d.ts(2,13)",
  },
  {
    name: "make without the compiler a native build names",
    phase: "build",
    log: [
      "#8 3.1 make: clang-18: No such file or directory",
      "#8 3.1 make: *** [Makefile:10: src/vector.bc] Error 127",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#8 3.1 make: clang-18: No such file or directory",
  },
  {
    name: "the Node buildpack warning of a dangerous engines range",
    phase: "build",
    log: [
      "-----> Build failed",
      "       Some possible problems:",
      "       - Dangerous semver range (>) in engines.node",
    ],
    category: "BUILD_CONFIG",
    keyLine: "- Dangerous semver range (>) in engines.node",
  },
  {
    name: "a CLI refusing a flag the build passes",
    phase: "build",
    log: ['[ error ]  E_INVALID_FLAG: Unknown flag "production"'],
    category: "BUILD_CONFIG",
    keyLine: '[ error ]  E_INVALID_FLAG: Unknown flag "production"',
  },
  {
    name: "a deploy tool's component too old",
    phase: "runtime",
    log: [
      "ERROR (RuntimeError): Exception while executing on host 10.0.0.5: proxy version v0.3.1 is too old, run `deployer proxy reboot` in order to update to at least v0.4.0",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "ERROR (RuntimeError): Exception while executing on host 10.0.0.5: proxy version v0.3.1 is too old, run `deployer proxy reboot` in order to update to at least v0.4.0",
  },
  {
    name: "Sass unable to find a stylesheet the project imports",
    phase: "build",
    log: ["#17 3.2 Error: Can't find stylesheet to import.", "#17 3.2   ╷", '#17 3.2 1 │ @use "theme/base"'],
    category: "BUILD_COMPILE",
    keyLine: "#17 3.2 Error: Can't find stylesheet to import.",
  },
  {
    name: "Dokku's checks failing on a restarting container",
    phase: "runtime",
    log: [
      "remote:  !     Failure in name='default': container has restarted 5 times",
      "remote:  !     Check attempt 3/3 failed.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "remote:  !     Failure in name='default': container has restarted 5 times",
  },
  {
    name: "a C assertion failing",
    phase: "runtime",
    log: ["store/btree.c:812: Assertion 'IS_BRANCH(mp)' failed in cursor_next()", "Aborted (core dumped)"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "store/btree.c:812: Assertion 'IS_BRANCH(mp)' failed in cursor_next()",
  },
  {
    name: "a migration needing an extension the server lacks",
    phase: "runtime",
    log: ["Running migrations", 'error: PostgresError: extension "vector" is not available'],
    category: "DB_MIGRATION",
    keyLine: 'error: PostgresError: extension "vector" is not available',
  },
  {
    name: "a database asking for a password the app did not send",
    phase: "runtime",
    log: [
      'PG::ConnectionBad: connection to server at "10.0.0.4", port 5432 failed: fe_sendauth: no password supplied (PG::ConnectionBad)',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'PG::ConnectionBad: connection to server at "10.0.0.4", port 5432 failed: fe_sendauth: no password supplied (PG::ConnectionBad)',
  },
  {
    name: "an API refusing its key",
    phase: "runtime",
    log: ["MeiliSearchApiError: The provided API key is invalid.", "    at httpResponseErrorHandler"],
    category: "PERMISSION_AUTH",
    keyLine: "MeiliSearchApiError: The provided API key is invalid.",
  },
  {
    name: "the AWS SDK without credentials",
    phase: "runtime",
    log: ["CredentialsProviderError: Could not load credentials from any providers", "    at providerChain"],
    category: "PERMISSION_AUTH",
    keyLine: "CredentialsProviderError: Could not load credentials from any providers",
  },
  {
    name: "Auth.js without a trusted host",
    phase: "runtime",
    log: ["[auth][error] UntrustedHost: Host must be trusted. URL was: https://shop.example.com/api/auth/session."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[auth][error] UntrustedHost: Host must be trusted. URL was: https://shop.example.com/api/auth/session.",
  },
  {
    name: "an upstream API answering a build with a broken response",
    phase: "build",
    log: ['Error occurred prerendering page "/".', "An invalid response was received from the upstream server"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "An invalid response was received from the upstream server",
  },
  {
    name: "a database image listing the variables that would set its password",
    phase: "runtime",
    log: [
      "db_1   | 2024-01-01 10:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
      "db_1   | \tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "db_1   | 2024-01-01 10:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
    variable: "MARIADB_ROOT_PASSWORD",
  },
  {
    name: "a message naming its variable on the wrapped line",
    phase: "runtime",
    log: [
      "search-1 | No custom admin password found. Please provide a password",
      "           via the environment variable SEARCH_ADMIN_PASSWORD.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "search-1 | No custom admin password found. Please provide a password",
    variable: "SEARCH_ADMIN_PASSWORD",
  },
  {
    name: "Postgres' initdb on a volume that is not empty",
    phase: "runtime",
    log: [
      'initdb: directory "/var/lib/postgresql/data" exists but is not empty',
      "If you want to create a new database system, either remove or empty",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'initdb: directory "/var/lib/postgresql/data" exists but is not empty',
  },
  {
    name: "MariaDB unable to bind its socket",
    phase: "runtime",
    log: [
      "2024-01-01 10:00:00 0 [ERROR] Can't start server : Bind on unix socket: No such file or directory",
      "2024-01-01 10:00:00 0 [ERROR] Aborting",
    ],
    category: "PORT_BINDING",
    keyLine: "2024-01-01 10:00:00 0 [ERROR] Can't start server : Bind on unix socket: No such file or directory",
  },
  {
    name: "RabbitMQ unable to read its cookie",
    phase: "runtime",
    log: ["rabbit_1 | 10:00:00.000 [error] Error when reading /var/lib/rabbitmq/.erlang.cookie: eacces"],
    category: "PERMISSION_AUTH",
    keyLine: "rabbit_1 | 10:00:00.000 [error] Error when reading /var/lib/rabbitmq/.erlang.cookie: eacces",
  },
  {
    name: "a path built from a variable that is not set",
    phase: "runtime",
    log: [
      "chown: cannot access '': No such file or directory",
      `Poco::Exception. Code: 1000, e.code() = 0, e.displayText() = File not found: ${"$"}{SERVER_CONFIG}, e.what() = File not found`,
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: `Poco::Exception. Code: 1000, e.code() = 0, e.displayText() = File not found: ${"$"}{SERVER_CONFIG}, e.what() = File not found`,
    variable: "SERVER_CONFIG",
  },
  {
    name: "OpenSearch without its admin password",
    phase: "runtime",
    log: [
      "search-1 | No custom admin password found. Please provide a password via the environment variable OPENSEARCH_INITIAL_ADMIN_PASSWORD.",
      "search-1 exited with code 1",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "search-1 | No custom admin password found. Please provide a password via the environment variable OPENSEARCH_INITIAL_ADMIN_PASSWORD.",
    variable: "OPENSEARCH_INITIAL_ADMIN_PASSWORD",
  },
  {
    name: "a kernel limit too low for the server",
    phase: "runtime",
    log: [
      "ERROR 2024-01-01 10:00:00,000 [shard 3] seastar - Could not setup Async I/O: Resource temporarily unavailable. The most common cause is not enough request capacity in /proc/sys/fs/aio-max-nr.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "ERROR 2024-01-01 10:00:00,000 [shard 3] seastar - Could not setup Async I/O: Resource temporarily unavailable. The most common cause is not enough request capacity in /proc/sys/fs/aio-max-nr.",
  },
  {
    name: "Firebase's Gradle plugin without its configuration file",
    phase: "build",
    log: [
      "* What went wrong:",
      "Execution failed for task ':app:processReleaseGoogleServices'.",
      "> File google-services.json is missing. The Google Services Plugin cannot function without it.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "> File google-services.json is missing. The Google Services Plugin cannot function without it.",
    variable: "google-services.json",
  },
  {
    name: "a Postgres image's init script failing",
    phase: "runtime",
    log: ['db | psql:/docker-entrypoint-initdb.d/schema.sql:12: ERROR:  relation "users" already exists'],
    category: "DB_MIGRATION",
    keyLine: 'db | psql:/docker-entrypoint-initdb.d/schema.sql:12: ERROR:  relation "users" already exists',
  },
  {
    name: "Postgres without a checkpoint to recover from",
    phase: "runtime",
    log: [
      "2024-01-01 10:00:00.000 UTC [20] LOG:  invalid primary checkpoint record",
      "2024-01-01 10:00:00.000 UTC [20] PANIC:  could not locate a valid checkpoint record",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "2024-01-01 10:00:00.000 UTC [20] PANIC:  could not locate a valid checkpoint record",
  },
  {
    name: "apt asked for a version the repository lacks",
    phase: "build",
    log: ["#7 2.1 E: Version '13.2-1.pgdg100+1' for 'postgresql-client-13' was not found"],
    category: "BUILD_DEPENDENCY",
    keyLine: "#7 2.1 E: Version '13.2-1.pgdg100+1' for 'postgresql-client-13' was not found",
  },
  {
    name: "a pod needing a newer deployment target",
    phase: "build",
    log: [
      '[!] CocoaPods could not find compatible versions for pod "CameraKit":',
      "Specs satisfying the `CameraKit (from `../node_modules/camera-kit`)` dependency were found, but they required a higher minimum deployment target.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Specs satisfying the `CameraKit (from `../node_modules/camera-kit`)` dependency were found, but they required a higher minimum deployment target.",
  },
  {
    name: "Kotlin failing inside a package under node_modules",
    phase: "build",
    log: [
      "[stderr] e: /build/node_modules/expo-camera/android/src/main/java/expo/Camera.kt: (12, 8): Unresolved reference: Size",
      "FAILURE: Build failed with an exception.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "[stderr] e: /build/node_modules/expo-camera/android/src/main/java/expo/Camera.kt: (12, 8): Unresolved reference: Size",
  },
  {
    name: "Gradle finding one class in two dependencies",
    phase: "build",
    log: [
      "Execution failed for task ':app:checkDebugDuplicateClasses'.",
      "Duplicate class com.example.Util found in modules lib-a-1.0 (com.example:lib-a:1.0) and lib-b-2.0 (com.example:lib-b:2.0)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Duplicate class com.example.Util found in modules lib-a-1.0 (com.example:lib-a:1.0) and lib-b-2.0 (com.example:lib-b:2.0)",
  },
  {
    name: "a registry failing while the build pulls a manifest",
    phase: "build",
    log: ["#3 ERROR: unexpected status code [manifests latest]: 502 Bad Gateway"],
    category: "BUILD_DEPENDENCY",
    keyLine: "#3 ERROR: unexpected status code [manifests latest]: 502 Bad Gateway",
  },
  {
    name: "the Android Gradle plugin on an older JDK",
    phase: "build",
    log: [
      "> Failed to apply plugin 'com.android.internal.application'.",
      "   > Android Gradle plugin requires Java 17 to run. You are currently using Java 11.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "> Android Gradle plugin requires Java 17 to run. You are currently using Java 11.",
  },
  {
    name: "CocoaPods refusing the Podfile",
    phase: "build",
    log: ["[!] Invalid `Podfile` file: undefined local variable or method `flipper_config' for #<Pod::Podfile>."],
    category: "BUILD_CONFIG",
    keyLine: "[!] Invalid `Podfile` file: undefined local variable or method `flipper_config' for #<Pod::Podfile>.",
  },
  {
    name: "Bun without enough locked memory",
    phase: "build",
    log: ["bun install v1.1.0", "error: memlock limit exceeded"],
    category: "BUILD_CONFIG",
    keyLine: "error: memlock limit exceeded",
  },
  {
    name: "Metro unable to resolve an import in the project",
    phase: "build",
    log: [
      "[EAGER_BUNDLE] Unable to resolve module dayjs from /build/src/screens/Home.tsx: dayjs could not be found within the project.",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "[EAGER_BUNDLE] Unable to resolve module dayjs from /build/src/screens/Home.tsx: dayjs could not be found within the project.",
  },
  {
    name: "the project importing a name that is not exported",
    phase: "build",
    log: ["error during build:", '"apiUrl" is not exported by "src/lib/config.ts", imported by "src/routes/+page.ts".'],
    category: "BUILD_COMPILE",
    keyLine: '"apiUrl" is not exported by "src/lib/config.ts", imported by "src/routes/+page.ts".',
  },
  {
    name: "a native package's binary missing from a standalone build",
    phase: "build",
    log: [
      "> next build",
      "[Error: ENOENT: no such file or directory, copyfile '/app/node_modules/canvas/build/Release/canvas.node' -> '/app/.next/standalone/node_modules/canvas/build/Release/canvas.node'] {",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "[Error: ENOENT: no such file or directory, copyfile '/app/node_modules/canvas/build/Release/canvas.node' -> '/app/.next/standalone/node_modules/canvas/build/Release/canvas.node'] {",
  },
  {
    name: "a model runner crashing with an exception code",
    phase: "runtime",
    log: [
      'level=INFO msg="waiting for server to become available"',
      'level=ERROR msg="error loading llama server" error="llama runner process has terminated: exit status 0xc0000409"',
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      'level=ERROR msg="error loading llama server" error="llama runner process has terminated: exit status 0xc0000409"',
  },
  {
    name: "a configuration file that does not parse, named by its path",
    phase: "runtime",
    log: [
      "vault: Error loading configuration from /etc/vault/server.hcl: At 3:1: object expected closing RBRACE got: EOF",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "vault: Error loading configuration from /etc/vault/server.hcl: At 3:1: object expected closing RBRACE got: EOF",
    variable: "/etc/vault/server.hcl",
  },
  {
    name: "a YAML configuration file that is not there, named by its file name",
    phase: "runtime",
    log: ["Error: ENOENT: no such file or directory, open '/srv/app/.config/production.yml'"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: ENOENT: no such file or directory, open '/srv/app/.config/production.yml'",
    variable: "production.yml",
  },
  {
    name: "an app that could not reach its database",
    phase: "runtime",
    log: [
      "info:    Connecting to database",
      "Error: Failed to establish a connection to PostgreSQL. Please ensure the following is true and try again:",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "Error: Failed to establish a connection to PostgreSQL. Please ensure the following is true and try again:",
  },
  {
    name: "the model hub unreachable",
    phase: "runtime",
    log: [
      "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files",
  },
  {
    name: "destructuring a variable that is not set",
    phase: "build",
    log: [
      "Error reading \"studio.config.ts\": Cannot destructure property 'VITE_STORE_ID' of 'import.meta.env' as it is undefined.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Error reading \"studio.config.ts\": Cannot destructure property 'VITE_STORE_ID' of 'import.meta.env' as it is undefined.",
    variable: "VITE_STORE_ID",
  },
  {
    name: "no configuration for the environment the app runs in",
    phase: "runtime",
    log: [
      "ERROR: Cannot find the configuration for the current NODE_ENV: undefined",
      "Ensure your environment is properly configured.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ERROR: Cannot find the configuration for the current NODE_ENV: undefined",
    variable: "NODE_ENV",
  },
  {
    name: "a YAML configuration that does not parse",
    phase: "runtime",
    log: [
      'Error: Unable to open file: "/app/config.js". bad indentation of a mapping entry (12:3)',
      "    at Object.load (/app/config.js:4:9)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'Error: Unable to open file: "/app/config.js". bad indentation of a mapping entry (12:3)',
  },
  {
    name: "a database created with the wrong collation",
    phase: "runtime",
    log: ["ERROR - Database is incorrectly configured:", "- 'COLLATE' is set to 'en_US.UTF-8'. Should be 'C'"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "- 'COLLATE' is set to 'en_US.UTF-8'. Should be 'C'",
  },
  {
    name: "a CLI plugin package not installed in the project",
    phase: "build",
    log: [
      "10:00:00 AM: @acme/studio-core not installed in current project",
      '10:00:00 AM: Error: "deploy" is not a studio command.',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "10:00:00 AM: @acme/studio-core not installed in current project",
  },
  {
    name: "yarn unable to replace existing node_modules",
    phase: "build",
    log: [
      "[4/4] Linking dependencies...",
      "error An unexpected error occurred: \"ENOTEMPTY: directory not empty, rmdir '/app/node_modules/.cache'\".",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "error An unexpected error occurred: \"ENOTEMPTY: directory not empty, rmdir '/app/node_modules/.cache'\".",
  },
  {
    name: "Heroku unable to detect the set buildpack",
    phase: "build",
    log: [
      "remote:  !     Push rejected, failed to detect set buildpack https://github.com/example/buildpack.git",
      "remote: More info: https://devcenter.heroku.com/articles/buildpacks#detection-failure",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote:  !     Push rejected, failed to detect set buildpack https://github.com/example/buildpack.git",
  },
  {
    name: "an image's git older than the app needs",
    phase: "runtime",
    log: [
      "2024/01/01 10:00:00 ...git.go:68:newGit() [F] Failed to initialize Git settings: Git version not supported. Requires version > 2.0.0",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "2024/01/01 10:00:00 ...git.go:68:newGit() [F] Failed to initialize Git settings: Git version not supported. Requires version > 2.0.0",
  },
  {
    name: "the NVIDIA container runtime without the host's driver",
    phase: "runtime",
    log: [
      "docker: Error response from daemon: failed to create task for container: OCI runtime create failed: nvidia-container-cli: initialization error: load library failed: libnvidia-ml.so.1: cannot open shared object file: no such file or directory: unknown.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "docker: Error response from daemon: failed to create task for container: OCI runtime create failed: nvidia-container-cli: initialization error: load library failed: libnvidia-ml.so.1: cannot open shared object file: no such file or directory: unknown.",
  },
  {
    name: "an Ember template that does not precompile",
    phase: "build",
    log: ["rake aborted!", 'Barber::PrecompilerError: Pre compilation failed for: <div class="panel">'],
    category: "BUILD_COMPILE",
    keyLine: 'Barber::PrecompilerError: Pre compilation failed for: <div class="panel">',
  },
  {
    name: "a migration runner failing to apply a migration",
    phase: "runtime",
    log: [
      "Error: failed to initialize: driver: mysql, message: failed when applying migration, command: apply_migration, originalError: Error 1064: You have an error in your SQL syntax",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "Error: failed to initialize: driver: mysql, message: failed when applying migration, command: apply_migration, originalError: Error 1064: You have an error in your SQL syntax",
  },
  {
    name: "a query over the database's memory limit",
    phase: "runtime",
    log: [
      "clickhouse_driver.errors.ServerException: Code: 241.",
      "DB::Exception: Memory limit (for query) exceeded: would use 9.32 GiB, maximum: 9.31 GiB.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "DB::Exception: Memory limit (for query) exceeded: would use 9.32 GiB, maximum: 9.31 GiB.",
  },
  {
    name: "a model that does not fit the memory",
    phase: "runtime",
    log: ["Error: model requires more system memory (48.0 GiB) than is available (15.2 GiB)"],
    category: "OUT_OF_MEMORY",
    keyLine: "Error: model requires more system memory (48.0 GiB) than is available (15.2 GiB)",
  },
  {
    name: "a model runner killed while its server lives on",
    phase: "runtime",
    log: [
      'level=INFO msg="waiting for server to become available"',
      'level=ERROR msg="error loading llama server" error="llama runner process has terminated: signal: killed"',
    ],
    category: "OUT_OF_MEMORY",
    keyLine: 'level=ERROR msg="error loading llama server" error="llama runner process has terminated: signal: killed"',
  },
  {
    name: "NCCL's watchdog aborting a hung collective",
    phase: "runtime",
    log: [
      "[E ProcessGroupNCCL.cpp:828] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=1, OpType=ALLREDUCE, Timeout(ms)=60000) ran for 69662 milliseconds before timing out.",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "[E ProcessGroupNCCL.cpp:828] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=1, OpType=ALLREDUCE, Timeout(ms)=60000) ran for 69662 milliseconds before timing out.",
  },
  {
    name: "a configuration key the schema does not accept",
    phase: "runtime",
    log: [
      "***    Config Validation Errors                           ***",
      "cameras.garage.snapshots_old: Extra inputs are not permitted",
      "***    End Config Validation Errors                       ***",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "cameras.garage.snapshots_old: Extra inputs are not permitted",
    variable: "cameras.garage.snapshots_old",
  },
  {
    name: "pydantic naming a one-word setting under its heading",
    phase: "runtime",
    log: [
      "pydantic.error_wrappers.ValidationError: 2 validation errors for Settings",
      "HOST",
      "  field required (type=value_error.missing)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic.error_wrappers.ValidationError: 2 validation errors for Settings",
    variable: "HOST",
  },
  {
    name: "Laravel's migration list with a failed migration",
    phase: "runtime",
    log: [
      "  2021_12_07_120000_create_invoices_table .......................... 4.10ms FAIL",
      "  Illuminate\\Database\\QueryException",
    ],
    category: "DB_MIGRATION",
    keyLine: "2021_12_07_120000_create_invoices_table .......................... 4.10ms FAIL",
  },
  {
    name: "webpack without its default entry",
    phase: "build",
    log: ["ERROR in main", "Module not found: Error: Can't resolve './src' in '/app'"],
    category: "BUILD_CONFIG",
    keyLine: "Module not found: Error: Can't resolve './src' in '/app'",
  },
  {
    name: "Encore referring to a package that is not installed",
    phase: "build",
    log: [
      "Module build failed: Module not found:",
      '"./assets/app.js" contains a reference to the file "@acme/charts".',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: '"./assets/app.js" contains a reference to the file "@acme/charts".',
  },
  {
    name: "a native extension's configure without a header",
    phase: "build",
    log: ["checking for libjpeg... no", "configure: error: jpeglib.h not found."],
    category: "BUILD_DEPENDENCY",
    keyLine: "configure: error: jpeglib.h not found.",
  },
  {
    name: "pip needing git in an image without it",
    phase: "build",
    log: [
      "remote:   Obtaining shop-sdk from git+https://example.com/shop-sdk.git#egg=shop-sdk",
      "remote: Cannot find command 'git'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "remote: Cannot find command 'git'",
  },
  {
    name: "Heroku refusing a buildpack's add-on request",
    phase: "build",
    log: [
      "remote:  !     Push rejected, Invalid add-on specification. Buildpacks must inform addons as a string.",
      "error: failed to push some refs",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote:  !     Push rejected, Invalid add-on specification. Buildpacks must inform addons as a string.",
  },
  {
    name: "a WSGI path that points at a module, not the application",
    phase: "runtime",
    log: [
      "ModuleNotFoundError: No module named 'shop/wsgi'",
      "ImportError: Failed to find application, did you mean 'shop/wsgi:application'?",
    ],
    category: "BUILD_CONFIG",
    keyLine: "ImportError: Failed to find application, did you mean 'shop/wsgi:application'?",
  },
  {
    name: "a builder's Python without pip",
    phase: "build",
    log: [
      'Step #3: Running "python3 -m pip install -r requirements.txt"',
      "Step #3: /env/bin/python3.9: No module named pip",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Step #3: /env/bin/python3.9: No module named pip",
  },
  {
    name: "an Elasticsearch client that reached no node",
    phase: "runtime",
    log: [
      "In SearchConfig.php line 81:",
      "  Could not validate a connection to Elasticsearch. No alive nodes found in your cluster",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Could not validate a connection to Elasticsearch. No alive nodes found in your cluster",
  },
  {
    name: "Celery losing its broker",
    phase: "runtime",
    log: [
      "[2024-01-01 10:00:00,000: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...",
      "Traceback (most recent call last):",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "[2024-01-01 10:00:00,000: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...",
  },
  {
    name: "a local server that never listened in time",
    phase: "runtime",
    log: [
      "✖ Local backend did not start on port 4000 within 10 seconds.",
      "✖ Hit an error while running local deployment.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "✖ Local backend did not start on port 4000 within 10 seconds.",
  },
  {
    name: "a client created without its key setting",
    phase: "runtime",
    log: ["web-1  | shop.clients.StoreException: store_key is required"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "web-1  | shop.clients.StoreException: store_key is required",
  },
  {
    name: "the JVM given an empty heap size",
    phase: "runtime",
    log: ["Invalid maximum heap size: -Xmx", "Error: Could not create the Java Virtual Machine."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Invalid maximum heap size: -Xmx",
  },
  {
    name: "a mod that needs another mod",
    phase: "runtime",
    log: [
      "net.fabricmc.loader.discovery.ModResolutionException: Errors were found!",
      " - Mod 'Better Caves' (bettercaves) requires any version of mod fabric-api, which is missing!",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "- Mod 'Better Caves' (bettercaves) requires any version of mod fabric-api, which is missing!",
  },
  {
    name: "tsc failing on an installed package's declarations, colon format",
    phase: "build",
    log: ["node_modules/shop-sdk/lib/index.d.ts:4:64 - error TS1005: ']' expected.", "Found 1 error."],
    category: "BUILD_DEPENDENCY",
    keyLine: "node_modules/shop-sdk/lib/index.d.ts:4:64 - error TS1005: ']' expected.",
  },
  {
    name: "Strapi's session keys not set",
    phase: "runtime",
    log: [
      "Error: Middleware \"strapi::session\": App keys are required. Please set app.keys in config/server.js (ex: keys: ['a', 'b'])",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Error: Middleware \"strapi::session\": App keys are required. Please set app.keys in config/server.js (ex: keys: ['a', 'b'])",
    variable: "app.keys",
  },
  {
    name: "an empty variable printed by the app's own raise",
    phase: "runtime",
    log: [
      '  File "/srv/worker.py", line 12, in <module>',
      '    raise ValueError(f"Unsupported broker URL: {QUEUE_BROKER_URL}")',
      "ValueError: Unsupported broker URL:",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ValueError: Unsupported broker URL:",
    variable: "QUEUE_BROKER_URL",
  },
  {
    name: "a variable with a nested name defined for a file that is not there",
    phase: "runtime",
    log: ['Error: Failed to read value from file "ca.crt", defined in environment variable "DB_TLS__CA_FILE".'],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'Error: Failed to read value from file "ca.crt", defined in environment variable "DB_TLS__CA_FILE".',
    variable: "DB_TLS__CA_FILE",
  },
  {
    name: "a start script changing into a directory the image lacks",
    phase: "runtime",
    log: [
      "backend stdout | /opt/app/run.sh: line 9: cd: /opt/app/server/data: No such file or directory",
      "backend exited: 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "backend stdout | /opt/app/run.sh: line 9: cd: /opt/app/server/data: No such file or directory",
  },
  {
    name: "Strapi without its public folder",
    phase: "runtime",
    log: ["Error: The public folder (/srv/public) doesn't exist or is not accessible. Please make sure it exists."],
    category: "BUILD_CONFIG",
    keyLine: "Error: The public folder (/srv/public) doesn't exist or is not accessible. Please make sure it exists.",
  },
  {
    name: "apt in a base image that does not package the runtime version",
    phase: "build",
    log: [
      "#6 0.51 Reading package lists...",
      "#6 0.52 E: Unable to locate package python3.7",
      '#6 ERROR: process "/bin/sh -c apt-get install -y python3.7" did not complete successfully: exit code: 100',
    ],
    category: "BUILD_CONFIG",
    keyLine: "#6 0.52 E: Unable to locate package python3.7",
  },
  {
    name: "Play's stale pid file",
    phase: "runtime",
    log: [
      "web_1 | This application is already running (Or delete /opt/app/RUNNING_PID file).",
      "web_1 exited with code 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "web_1 | This application is already running (Or delete /opt/app/RUNNING_PID file).",
  },
  {
    name: "Docker's events showing a failing health check",
    phase: "runtime",
    log: [
      "2024-01-01T10:00:00.000000000Z container exec_die 4f2c (exitCode=1, image=shop)",
      "2024-01-01T10:00:01.000000000Z container health_status: unhealthy 4f2c (image=shop)",
      "2024-01-01T10:00:02.000000000Z container kill 4f2c (signal=15)",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "2024-01-01T10:00:01.000000000Z container health_status: unhealthy 4f2c (image=shop)",
  },
  {
    name: "dbt with an empty profiles file",
    phase: "runtime",
    log: [
      "dbt encountered an error while trying to read your profiles.yml file.",
      "The profiles.yml file at /root/.dbt/profiles.yml is empty",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "The profiles.yml file at /root/.dbt/profiles.yml is empty",
    variable: "profiles.yml",
  },
  {
    name: "a JNDI resource the server does not define",
    phase: "runtime",
    log: [
      "SEVERE: Exception sending context initialized event",
      "javax.naming.NameNotFoundException: Name [jdbc/shop] is not bound in this Context. Unable to find [jdbc].",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "javax.naming.NameNotFoundException: Name [jdbc/shop] is not bound in this Context. Unable to find [jdbc].",
  },
  {
    name: "a TLS key the configuration names is not mounted",
    phase: "runtime",
    log: [
      "io.vertx.core.VertxException: java.nio.file.NoSuchFileException: /run/secrets/server.key",
      "\tat io.vertx.core.net.impl.KeyStoreHelper.create(KeyStoreHelper.java:120)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "io.vertx.core.VertxException: java.nio.file.NoSuchFileException: /run/secrets/server.key",
  },
  {
    name: "Celery with an empty broker URL",
    phase: "runtime",
    log: [
      "worker | Error: Invalid value for '-A' / '--app':",
      "worker | ValueError: Couldn't import 'tasks': Unsupported broker URL:",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "worker | ValueError: Couldn't import 'tasks': Unsupported broker URL:",
  },
  {
    name: "BullMQ refusing the Redis options",
    phase: "runtime",
    log: [
      "error: BullMQ: Your redis options enableOfflineQueue must be true.",
      "      at new Worker (node_modules/bullmq/dist/cjs/classes/worker.js:60:19)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "error: BullMQ: Your redis options enableOfflineQueue must be true.",
    variable: "enableOfflineQueue",
  },
  {
    name: "a Kafka client that reached no broker",
    phase: "runtime",
    log: [
      'time="2024-01-01T10:00:00Z" level=info msg="starting consumer"',
      "panic: kafka: client has run out of available brokers to talk to (Is your cluster reachable?)",
      "goroutine 1 [running]:",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "panic: kafka: client has run out of available brokers to talk to (Is your cluster reachable?)",
  },
  {
    name: "Sidekiq refusing an old Redis",
    phase: "runtime",
    log: [
      "You are connecting to Redis 5.0.7, Sidekiq requires Redis 6.2.0 or greater",
      "/usr/local/bundle/gems/sidekiq-7.1.0/lib/sidekiq/cli.rb:80:in `run'",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "You are connecting to Redis 5.0.7, Sidekiq requires Redis 6.2.0 or greater",
  },
  {
    name: "H2 opening its database read-only",
    phase: "runtime",
    log: [
      "liquibase.exception.DatabaseException: Error executing SQL UPDATE LOCK: The database is read only [90097-214]",
      "Caused by: org.h2.jdbc.JdbcSQLNonTransientException: The database is read only [90097-214]",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "Caused by: org.h2.jdbc.JdbcSQLNonTransientException: The database is read only [90097-214]",
  },
  {
    name: "a process killed by an illegal instruction",
    phase: "runtime",
    log: ["Starting server", '/app/start.sh: line 12:     7 Illegal instruction     (core dumped) "$@"'],
    category: "RUNTIME_EXCEPTION",
    keyLine: '/app/start.sh: line 12:     7 Illegal instruction     (core dumped) "$@"',
  },
  {
    name: "Micronaut without a bean the app injects",
    phase: "runtime",
    log: [
      "Error starting Micronaut container: Bean definition [shop.Reports] could not be loaded: Failed to inject value for parameter [mailer]",
      "Message: No bean of type [shop.Mailer] exists. Make sure the bean is not disabled by bean requirements",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Message: No bean of type [shop.Mailer] exists. Make sure the bean is not disabled by bean requirements",
  },
  {
    name: "pip's conflict explanation without its heading",
    phase: "build",
    log: [
      "The conflict is caused by:",
      "    shop-api 1.0 depends on pydantic>=2",
      "    fastapi-utils 0.2.1 depends on pydantic<2",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "shop-api 1.0 depends on pydantic>=2",
  },
  {
    name: "make failing in a node-gyp target",
    phase: "build",
    log: [
      ">> make: *** [binding.target.mk:120: Release/obj.target/binding/src/main.o] Error 1",
      ">> gyp ERR! build error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: ">> make: *** [binding.target.mk:120: Release/obj.target/binding/src/main.o] Error 1",
  },
  {
    name: "an identity server refusing a configuration key that does not validate",
    phase: "runtime",
    log: [
      'level=info msg="Config file loaded successfully." path=/etc/config/idp.yml',
      'level=fatal msg="The configuration is invalid and could not be loaded." config_key[1]=courier.smtp.connection_uri validation_error[1]="is required"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'level=fatal msg="The configuration is invalid and could not be loaded." config_key[1]=courier.smtp.connection_uri validation_error[1]="is required"',
    variable: "courier.smtp.connection_uri",
  },
  {
    name: "an exception naming the variable it could not read",
    phase: "runtime",
    log: [
      '  File "/srv/app/settings.py", line 12, in load',
      "KeyError: 'Could not read the setting. Env name: MAIL_API_KEY'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "KeyError: 'Could not read the setting. Env name: MAIL_API_KEY'",
    variable: "MAIL_API_KEY",
  },
  {
    name: "a Jekyll site whose plugin gem is not installed",
    phase: "build",
    log: [
      "  Dependency Error: Yikes! It looks like you don't have jekyll-feed or one of its dependencies installed. In order to use Jekyll as currently configured, you'll need to install this gem.",
      "ERROR: Job failed: exit code 1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Dependency Error: Yikes! It looks like you don't have jekyll-feed or one of its dependencies installed. In order to use Jekyll as currently configured, you'll need to install this gem.",
  },
  {
    name: "an MkDocs plugin that is not installed",
    phase: "build",
    log: [
      "INFO    -  Building documentation...",
      "ERROR   -  Config value 'plugins': The \"search-extra\" plugin is not installed",
      "Aborted with 1 Configuration Errors!",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "ERROR   -  Config value 'plugins': The \"search-extra\" plugin is not installed",
  },
  {
    name: "a workspace: dependency on a package the pnpm workspace lacks",
    phase: "build",
    log: [
      ' ERR_PNPM_WORKSPACE_PKG_NOT_FOUND  In apps/web: "@shop/ui@workspace:*" is in the dependencies but no package named "@shop/ui" is present in the workspace',
      "This error happened while installing a direct dependency of /repo/apps/web",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'ERR_PNPM_WORKSPACE_PKG_NOT_FOUND  In apps/web: "@shop/ui@workspace:*" is in the dependencies but no package named "@shop/ui" is present in the workspace',
  },
  {
    name: "apk listing a library no repository provides",
    phase: "build",
    log: [
      "#7 1.20 ERROR: unsatisfiable constraints:",
      "#7 1.20   so:libwebp.so.6 (no such package):",
      "#7 1.20     required by: imgtool-1.2-r0[so:libwebp.so.6]",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#7 1.20   so:libwebp.so.6 (no such package):",
  },
  {
    name: "dpkg unable to configure a package without its dependencies",
    phase: "build",
    log: [
      "dpkg: dependency problems prevent configuration of pdfkit-tools:",
      " pdfkit-tools depends on libxext6; however:",
      "  Package libxext6 is not installed.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "pdfkit-tools depends on libxext6; however:",
  },
  {
    name: "apt failing to download a package the mirror no longer has",
    phase: "build",
    log: [
      "Err:4 http://deb.example.org/debian stretch/main amd64 libfoo2 amd64 2.1-3",
      "  404  Not Found",
      "E: Failed to fetch http://deb.example.org/debian/pool/main/libf/libfoo/libfoo2_2.1-3_amd64.deb  404  Not Found [IP: 10.0.0.9 80]",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "E: Failed to fetch http://deb.example.org/debian/pool/main/libf/libfoo/libfoo2_2.1-3_amd64.deb  404  Not Found [IP: 10.0.0.9 80]",
  },
  {
    name: "Go unable to load the module graph",
    phase: "build",
    log: [
      "2024/01/02 10:00:00 [INFO] exec (timeout=0s): /usr/local/go/bin/go get -d -v",
      "go: error loading module requirements",
      "2024/01/02 10:00:01 [FATAL] exit status 1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "go: error loading module requirements",
  },
  {
    name: "CMake in a wheel's build without make or ninja",
    phase: "build",
    log: [
      '  CMake Error: CMake was unable to find a build program corresponding to "Unix Makefiles".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.',
      "  ERROR: Failed building wheel for fastcodec",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'CMake Error: CMake was unable to find a build program corresponding to "Unix Makefiles".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.',
  },
  {
    name: "a native package the build loads without its platform binary",
    phase: "build",
    log: [
      "> next build",
      'Error: Could not load the "sharp" module using the linux-arm64 runtime',
      "Possible solutions:",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Error: Could not load the "sharp" module using the linux-arm64 runtime',
  },
  {
    name: "a package's native source missing a header",
    phase: "build",
    log: [
      "prebuild-install WARN install libfoo.so.3: cannot open shared object file: No such file or directory",
      "../src/binding.cc:12:10: fatal error: foo/foo3: No such file or directory",
      "gyp ERR! build error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "../src/binding.cc:12:10: fatal error: foo/foo3: No such file or directory",
  },
  {
    name: "a Heroku buildpack that does not detect the app",
    phase: "build",
    log: [
      "-----> App not compatible with buildpack: https://buildpacks.example.com/ruby.tgz",
      "       More info: https://devcenter.heroku.com/articles/buildpacks#detection-failure",
      " !     Push failed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "-----> App not compatible with buildpack: https://buildpacks.example.com/ruby.tgz",
  },
  {
    name: "Yarn Berry refusing to create a lockfile in CI",
    phase: "build",
    log: [
      "➤ YN0000: ┌ Resolution step",
      "➤ YN0028: The lockfile would have been created by this install, which is explicitly forbidden.",
      "➤ YN0000: Failed with errors in 0s 120ms",
    ],
    category: "BUILD_CONFIG",
    keyLine: "➤ YN0028: The lockfile would have been created by this install, which is explicitly forbidden.",
  },
  {
    name: "a submodule without a URL in .gitmodules",
    phase: "build",
    log: [
      "Preparing Git Reference refs/heads/main",
      "Error checking out submodules: fatal: No url found for submodule path 'themes/plain' in .gitmodules",
      "Failing build: Failed to prepare repo",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error checking out submodules: fatal: No url found for submodule path 'themes/plain' in .gitmodules",
  },
  {
    name: "a headless browser the build runs without a system library",
    phase: "build",
    log: [
      "> prerender",
      "/tmp/build/node_modules/puppeteer/.local-chromium/linux-1/chrome-linux/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory",
      "npm ERR! code ELIFECYCLE",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/tmp/build/node_modules/puppeteer/.local-chromium/linux-1/chrome-linux/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory",
  },
  {
    name: "the app spawning a program the image does not have",
    phase: "runtime",
    log: [
      "worker listening",
      "Error: spawn ffprobe ENOENT",
      "    at ChildProcess._handle.onexit (node:internal/child_process:283:19)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error: spawn ffprobe ENOENT",
  },
  {
    name: "Puppeteer without its browser",
    phase: "runtime",
    log: [
      "error: Could not find Chrome (ver. 120.0.6099.109). This can occur if either",
      " 1. you did not perform an installation before running the script (e.g. `npx puppeteer browsers install chrome`) or",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "error: Could not find Chrome (ver. 120.0.6099.109). This can occur if either",
  },
  {
    name: "Chromium in an image without fonts",
    phase: "runtime",
    log: [
      "[0101/101010.101010:FATAL:font_linux.cc(60)] Check failed: typeface. Could not find any font: sans, sans",
      "Received signal 6",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "[0101/101010.101010:FATAL:font_linux.cc(60)] Check failed: typeface. Could not find any font: sans, sans",
  },
  {
    name: "OpenResty unable to load a plugin module",
    phase: "runtime",
    log: [
      "2024/05/01 10:00:00 [error] 1#0: init_by_lua error: /usr/local/share/lua/5.1/gw/loader.lua:40: error loading module 'gw.plugins.audit.handler':",
      "stack traceback:",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "2024/05/01 10:00:00 [error] 1#0: init_by_lua error: /usr/local/share/lua/5.1/gw/loader.lua:40: error loading module 'gw.plugins.audit.handler':",
  },
  {
    name: "a required configuration option named by its key",
    phase: "runtime",
    log: [
      "level=error msg=\"Configuration: session: 'secret' configuration option must be provided\"",
      'level=fatal msg="Can\'t continue due to the errors loading the configuration"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "level=error msg=\"Configuration: session: 'secret' configuration option must be provided\"",
    variable: "session.secret",
  },
  {
    name: "a configuration file that is missing at start",
    phase: "runtime",
    log: ['level=error msg="Unable to find config file: /etc/gate/config.yml"', "exit status 1"],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'level=error msg="Unable to find config file: /etc/gate/config.yml"',
    variable: "/etc/gate/config.yml",
  },
  {
    name: "a mounted configuration file that is a directory",
    phase: "runtime",
    log: ["panic: read seed.json: is a directory", "", "goroutine 1 [running]:"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "panic: read seed.json: is a directory",
  },
  {
    name: "a proxy whose configuration file does not parse",
    phase: "runtime",
    log: [
      "Error: adapting config using caddyfile: parsing caddyfile tokens for 'route': wrong argument count",
      "exit status 1",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: adapting config using caddyfile: parsing caddyfile tokens for 'route': wrong argument count",
  },
  {
    name: "an empty database driver in the configuration",
    phase: "runtime",
    log: ["panic: Unsupported driver name: ", "", "goroutine 1 [running]:"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "panic: Unsupported driver name:",
  },
  {
    name: "a Contentful client created without its token",
    phase: "build",
    log: [
      "error Plugin gatsby-source-contentful returned an error",
      "  TypeError: Expected parameter accessToken",
      "  - contentful.node.js:1 createClient",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "TypeError: Expected parameter accessToken",
  },
  {
    name: "a secret file whose permissions are too open",
    phase: "runtime",
    log: [
      'level=error msg="unable to get ACME account: permissions 644 for /data/acme.json are too open, please use 600"',
      'level=error msg="Cannot start the provider *file.Provider: error reading configuration file: /etc/x.yml - open /etc/x.yml: no such file or directory"',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'level=error msg="unable to get ACME account: permissions 644 for /data/acme.json are too open, please use 600"',
  },
  {
    name: "a Discord bot asking for intents it was not granted",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      "discord.errors.PrivilegedIntentsRequired: Shard ID None is requesting privileged intents that have not been explicitly enabled in the developer portal.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "discord.errors.PrivilegedIntentsRequired: Shard ID None is requesting privileged intents that have not been explicitly enabled in the developer portal.",
  },
  {
    name: "Slack refusing the bot's token",
    phase: "runtime",
    log: [
      "[ERROR]  socket-mode:SocketModeClient:0 Failed to retrieve a new WSS URL",
      "Error: An API error occurred: invalid_auth",
      "    at platformErrorFromResult",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "Error: An API error occurred: invalid_auth",
  },
  {
    name: "a data directory the app cannot write",
    phase: "runtime",
    log: ["Database file doesn't exist and directory doesn't seem writable", "Exiting."],
    category: "PERMISSION_AUTH",
    keyLine: "Database file doesn't exist and directory doesn't seem writable",
  },
  {
    name: "ImageMagick's policy refusing PDFs",
    phase: "runtime",
    log: [
      "convert: not authorized `/tmp/in.pdf' @ error/constitute.c/ReadImage/412.",
      "convert: no images defined `/tmp/out.png' @ error/convert.c/ConvertImageCommand/3258.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "convert: not authorized `/tmp/in.pdf' @ error/constitute.c/ReadImage/412.",
  },
  {
    name: "a native library the system refuses to map",
    phase: "runtime",
    log: [
      'Error: Could not load the "sharp" module using the linux-x64 runtime',
      "ERR_DLOPEN_FAILED: Error loading shared library /app/node_modules/@img/sharp-linux-x64/lib/sharp.node: Operation not permitted",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "ERR_DLOPEN_FAILED: Error loading shared library /app/node_modules/@img/sharp-linux-x64/lib/sharp.node: Operation not permitted",
  },
  {
    name: "a gateway whose database schema is behind its version",
    phase: "runtime",
    log: [
      "Error: /usr/local/share/lua/5.1/gw/cmd/start.lua:28: [postgres error] the current database schema does not match this version of Gateway. Please run `gw migrations up` to update/initialize the database schema.",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "Error: /usr/local/share/lua/5.1/gw/cmd/start.lua:28: [postgres error] the current database schema does not match this version of Gateway. Please run `gw migrations up` to update/initialize the database schema.",
  },
  {
    name: "MySQL refusing an index the schema sync creates",
    phase: "runtime",
    log: ["panic: Error 1280: Incorrect index name 'IDX_rules_v2'", "", "goroutine 1 [running]:"],
    category: "DB_MIGRATION",
    keyLine: "panic: Error 1280: Incorrect index name 'IDX_rules_v2'",
  },
  {
    name: "an old Node printing an error object",
    phase: "runtime",
    log: [
      "2019-03-03T16:25:49.045Z\t{ Error: Protocol error (Runtime.callFunctionOn): Target closed.",
      "    at Promise (/var/task/node_modules/puppeteer/lib/Connection.js:183:56)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "2019-03-03T16:25:49.045Z\t{ Error: Protocol error (Runtime.callFunctionOn): Target closed.",
  },
  {
    name: "Chromium failing a fatal check",
    phase: "runtime",
    log: [
      "Error: Failed to launch chrome!",
      "[0920/171705.892985:FATAL:zygote_host.cc(127)] Check failed: ReceiveFixedMessage(fds[0], kZygoteBootMessage).",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "[0920/171705.892985:FATAL:zygote_host.cc(127)] Check failed: ReceiveFixedMessage(fds[0], kZygoteBootMessage).",
  },
  {
    name: "a docs build refusing broken links",
    phase: "build",
    log: [
      "[ERROR] Error: Unable to build website for locale en.",
      "    [cause]: Error: Docusaurus found broken links!",
    ],
    category: "BUILD_COMPILE",
    keyLine: "[cause]: Error: Docusaurus found broken links!",
  },
  {
    name: "a Hugo template calling a function that does not exist",
    phase: "build",
    log: [
      'ERROR 2024/01/01 10:00:00 Failed to add template "partials/nav.html" in path "partials/nav.html": template: partials/nav.html:4: function "site" not defined',
    ],
    category: "BUILD_COMPILE",
    keyLine:
      'ERROR 2024/01/01 10:00:00 Failed to add template "partials/nav.html" in path "partials/nav.html": template: partials/nav.html:4: function "site" not defined',
  },
  {
    name: "ts-node's older diagnostic format",
    phase: "runtime",
    log: [
      "TSError: ⨯ Unable to compile TypeScript",
      "src/bot.ts (12,5): Property 'say' does not exist on type 'Message'. (2339)",
    ],
    category: "BUILD_COMPILE",
    keyLine: "src/bot.ts (12,5): Property 'say' does not exist on type 'Message'. (2339)",
  },
  {
    name: "a build step's child killed by SIGKILL",
    phase: "build",
    log: [
      "Error: Command failed: /app/node_modules/.bin/turbo run build",
      "    at checkExecSyncError (node:child_process:885:11) {",
      "  status: null,",
      "  signal: 'SIGKILL',",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "signal: 'SIGKILL',",
  },
  {
    name: "Spring's binding report naming the environment variable a bad value came from",
    phase: "runtime",
    log: [
      "Failed to bind properties under 'shop.metrics.port' to java.lang.Integer:",
      "",
      "    Property: shop.metrics.port",
      '    Value: "tcp://10.96.0.12:9190"',
      '    Origin: System Environment Property "SHOP_METRICS_PORT"',
      "    Reason: failed to convert java.lang.String to java.lang.Integer",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Failed to bind properties under 'shop.metrics.port' to java.lang.Integer:",
    variable: "SHOP_METRICS_PORT",
  },
  {
    name: "a wheel's build asking for development packages",
    phase: "build",
    log: [
      "  error: subprocess-exited-with-error",
      "      Error: Please make sure the libxml2 and libxslt development packages are installed.",
      "  ERROR: Failed building wheel for lxml",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Error: Please make sure the libxml2 and libxslt development packages are installed.",
  },
  {
    name: "uv without a Python that fits requires-python",
    phase: "build",
    log: [
      "#9 0.340 error: No interpreter found for Python >=3.14 in managed installations",
      '#9 ERROR: process "/bin/sh -c uv sync --locked" did not complete successfully: exit code: 2',
    ],
    category: "BUILD_CONFIG",
    keyLine: "#9 0.340 error: No interpreter found for Python >=3.14 in managed installations",
  },
  {
    name: "Poetry installing a project whose package directory is not copied yet",
    phase: "build",
    log: ["#12 29.11 Installing the current project: shop (0.1.0)", "#12 29.11 /app/shop does not contain any element"],
    category: "BUILD_CONFIG",
    keyLine: "#12 29.11 /app/shop does not contain any element",
  },
  {
    name: "mamba's solver without a requested package",
    phase: "build",
    log: [
      "error    libmamba Could not solve for environment specs",
      "    The following package could not be installed",
      "    └─ nothing provides requested pandoc-extra",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "└─ nothing provides requested pandoc-extra",
  },
  {
    name: "npm's integrity failure with the checksum line",
    phase: "build",
    log: [
      "npm ERR! code EINTEGRITY",
      "npm ERR! sha512-AAAA== integrity checksum failed when using sha512: wanted sha512-AAAA== but got sha512-BBBB==. (1234 bytes)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "npm ERR! sha512-AAAA== integrity checksum failed when using sha512: wanted sha512-AAAA== but got sha512-BBBB==. (1234 bytes)",
  },
  {
    name: "Yarn Berry's package build failing",
    phase: "build",
    log: [
      "➤ YN0000: ┌ Link step",
      "➤ YN0009: │ sqlite3@npm:5.1.6 couldn't be built successfully (exit code 1, logs can be found here: /tmp/xfs-1/build.log)",
      "➤ YN0000: └ Completed",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "➤ YN0009: │ sqlite3@npm:5.1.6 couldn't be built successfully (exit code 1, logs can be found here: /tmp/xfs-1/build.log)",
  },
  {
    name: "a package tarball the registry does not have",
    phase: "build",
    log: ["bun install v1.1.0", "error: GET https://registry.npmjs.org/left-pad-x/-/left-pad-x-9.9.9.tgz - 404"],
    category: "BUILD_DEPENDENCY",
    keyLine: "error: GET https://registry.npmjs.org/left-pad-x/-/left-pad-x-9.9.9.tgz - 404",
  },
  {
    name: "a build running a CLI that is not installed",
    phase: "build",
    log: ["Executing user deploy command: npx wrangler deploy", '× Command "wrangler" not found'],
    category: "BUILD_CONFIG",
    keyLine: '× Command "wrangler" not found',
  },
  {
    name: "netlify-lambda without its netlify.toml",
    phase: "build",
    log: [
      "No netlify.toml found. This is needed to configure the function settings. For more info: https://github.com/netlify/netlify-lambda#installation",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "No netlify.toml found. This is needed to configure the function settings. For more info: https://github.com/netlify/netlify-lambda#installation",
  },
  {
    name: "the .NET runtime in a function package failing to start",
    phase: "runtime",
    log: [
      "Failed to initialize CoreCLR, HRESULT: 0x80004005",
      '{"errorType":"Runtime.ExitError","errorMessage":"RequestId: 1 Error: Runtime exited with error: exit status 137"}',
    ],
    category: "BUILD_CONFIG",
    keyLine: "Failed to initialize CoreCLR, HRESULT: 0x80004005",
  },
  {
    name: "JDBC without a driver for a well-formed URL",
    phase: "runtime",
    log: [
      "Caused by: java.sql.SQLException: No suitable driver found for jdbc:mysql://db:3306/shop",
      "\tat java.sql.DriverManager.getConnection(DriverManager.java:706)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Caused by: java.sql.SQLException: No suitable driver found for jdbc:mysql://db:3306/shop",
  },
  {
    name: "the Serverless Framework without AWS credentials",
    phase: "build",
    log: [
      "Deploying shop to stage prod (us-east-1)",
      "✖ Stack shop-prod failed to deploy (0s)",
      "AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: <http://slss.io/aws-creds-setup>.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: <http://slss.io/aws-creds-setup>.",
  },
  {
    name: "a JSON exception record from a worker's tail",
    phase: "runtime",
    log: [
      '"exceptions": [',
      "{",
      '"name": "TypeError",',
      '"message": "Cannot read properties of undefined (reading \'id\')",',
      '"timestamp": 1700000000000',
      "}",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: '"message": "Cannot read properties of undefined (reading \'id\')",',
  },
  {
    name: "cgo without a C compiler in the image",
    phase: "build",
    log: ["#14 12.3 # runtime/cgo", '#14 12.3 cgo: exec gcc: exec: "gcc": executable file not found in $PATH'],
    category: "BUILD_DEPENDENCY",
    keyLine: '#14 12.3 cgo: exec gcc: exec: "gcc": executable file not found in $PATH',
  },
  {
    name: "the linker without a library archive a package needs",
    phase: "build",
    log: [
      "# github.com/acme/kafka-go/kafka",
      "/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1",
      "gcc: error: /usr/lib/libfoo-static.a: No such file or directory",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "gcc: error: /usr/lib/libfoo-static.a: No such file or directory",
  },
  {
    name: "a gem's extconf failing in its own code",
    phase: "build",
    log: [
      "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "extconf.rb:12:in `<main>': uninitialized constant Config (NameError)",
      "*** extconf.rb failed ***",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "extconf.rb:12:in `<main>': uninitialized constant Config (NameError)",
  },
  {
    name: "npm refusing a dependency entry that is not a string",
    phase: "build",
    log: ["npm ERR! must provide string spec", "npm ERR! A complete log of this run can be found in:"],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! must provide string spec",
  },
  {
    name: ".NET started on an entry assembly that is not there",
    phase: "runtime",
    log: [
      "Unhandled exception. System.IO.FileNotFoundException: Could not load file or assembly '/app/Shop.Api.dll'. The system cannot find the file specified.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Unhandled exception. System.IO.FileNotFoundException: Could not load file or assembly '/app/Shop.Api.dll'. The system cannot find the file specified.",
  },
  {
    name: "Azure App Service's warm-up request failing",
    phase: "runtime",
    log: ["Publish Succeeded.", "A call to warmup your site failed with response code: 'ServiceUnavailable'."],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "A call to warmup your site failed with response code: 'ServiceUnavailable'.",
  },
  {
    name: "a proxy refused a privileged port as a non-root user",
    phase: "runtime",
    log: [
      "[NOTICE]   (1) : haproxy version is 2.8.3",
      "[ALERT]    (1) : Starting frontend http-in: cannot bind socket (Permission denied) [0.0.0.0:80]",
    ],
    category: "PORT_BINDING",
    keyLine: "[ALERT]    (1) : Starting frontend http-in: cannot bind socket (Permission denied) [0.0.0.0:80]",
  },
  {
    name: "Npgsql losing the server mid-conversation",
    phase: "runtime",
    log: [
      "fail: Shop.Program[0] An error occured during migration",
      "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
      " ---> System.IO.EndOfStreamException: Attempted to read past the end of the stream.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
  },
  {
    name: "PostgreSQL's undefined table in another locale",
    phase: "runtime",
    log: [
      "Sequel::DatabaseError: PG::UndefinedTable: FEHLER:  Relation »orders« existiert nicht",
      "PG::UndefinedTable: FEHLER:  Relation »orders« existiert nicht",
    ],
    category: "DB_MIGRATION",
    keyLine: "PG::UndefinedTable: FEHLER:  Relation »orders« existiert nicht",
  },
  {
    name: "a config decoder naming a key it does not know",
    phase: "runtime",
    log: [
      "Error: failed to get config: cannot unmarshal the configuration: 1 error(s) decoding:",
      "",
      "* '' has invalid keys: logFormat",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "* '' has invalid keys: logFormat",
    variable: "logFormat",
  },
  {
    name: "Fluent Bit configured with a plugin its build lacks",
    phase: "runtime",
    log: [
      "[2024/01/01 10:00:00] [error] [config] section 'systemd' tried to instance a plugin name that don't exists",
      "[2024/01/01 10:00:00] [error] configuration file contains errors, aborting.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "[2024/01/01 10:00:00] [error] [config] section 'systemd' tried to instance a plugin name that don't exists",
  },
  {
    name: "sbt unable to resolve a plugin",
    phase: "build",
    log: [
      "[warn] \t::::::::::::::::::::::::::::::::::::::::::::::",
      "[warn] \t:: com.example#sbt-thing;0.4.0: not found",
      "sbt.ResolveException: unresolved dependency: com.example#sbt-thing;0.4.0: not found",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "sbt.ResolveException: unresolved dependency: com.example#sbt-thing;0.4.0: not found",
  },
  {
    name: "Clojure's AOT compilation failing in the project's namespace",
    phase: "build",
    log: [
      "Compiling shop.core",
      'Exception in thread "main" java.lang.ClassNotFoundException: shop.Hooks, compiling:(shop/boot.clj:12:3)',
      "Caused by: java.lang.ClassNotFoundException: shop.Hooks",
    ],
    category: "BUILD_COMPILE",
    keyLine: 'Exception in thread "main" java.lang.ClassNotFoundException: shop.Hooks, compiling:(shop/boot.clj:12:3)',
  },
  {
    name: "sbt run without a main class",
    phase: "runtime",
    log: [
      "[info] Loading project definition from /app/project",
      "[error] java.lang.RuntimeException: No main class detected.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "[error] java.lang.RuntimeException: No main class detected.",
  },
  {
    name: "php-fpm's pool running as a user the image lacks",
    phase: "runtime",
    log: [
      "[OK] Web server listening on https://127.0.0.1:8000 (PHP FPM 8.1.0)",
      "|ERROR| PHP    cannot get uid for user 'www-data2'",
      "|ERROR| PHP    FPM initialization failed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "|ERROR| PHP    cannot get uid for user 'www-data2'",
  },
  {
    name: "Heroku's detection failing for a buildpack set on the app",
    phase: "build",
    log: [
      "remote: -----> Failed to detect set buildpack https://github.com/acme/heroku-buildpack-custom",
      "remote: More info: https://devcenter.heroku.com/articles/buildpacks#detection-failure",
      "remote:  !     Push failed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote: -----> Failed to detect set buildpack https://github.com/acme/heroku-buildpack-custom",
  },
  {
    name: "a build task needing a tool the image lacks",
    phase: "runtime",
    log: [
      'Running "sass:dev" (sass) task',
      "You need to have Ruby and Sass installed and in your PATH for this task to work.",
      'Warning: Task "sass:dev" failed. Use --force to continue.',
    ],
    category: "BUILD_CONFIG",
    keyLine: "You need to have Ruby and Sass installed and in your PATH for this task to work.",
  },
  {
    name: "Play in production without its secret",
    phase: "runtime",
    log: [
      "Oops, cannot start the server.",
      "Configuration error: Configuration error[",
      "The application secret has not been set, and we are in prod mode. Your application is not secure.",
      "]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "The application secret has not been set, and we are in prod mode. Your application is not secure.",
  },
  {
    name: "Symfony's Dotenv unable to read the environment file",
    phase: "build",
    log: [
      "Script cache:clear returned with error code 255",
      '!!  PHP Fatal error:  Uncaught Symfony\\Component\\Dotenv\\Exception\\PathException: Unable to read the "/srv/app/.env" environment file.',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      '!!  PHP Fatal error:  Uncaught Symfony\\Component\\Dotenv\\Exception\\PathException: Unable to read the "/srv/app/.env" environment file.',
  },
  {
    name: "Netty unable to bind its address",
    phase: "runtime",
    log: [
      'Exception in thread "main" org.jboss.netty.channel.ChannelException: Failed to bind to: node1.internal/10.1.2.3:2552',
      "\tat org.jboss.netty.bootstrap.ServerBootstrap.bind(ServerBootstrap.java:272)",
    ],
    category: "PORT_BINDING",
    keyLine:
      'Exception in thread "main" org.jboss.netty.channel.ChannelException: Failed to bind to: node1.internal/10.1.2.3:2552',
  },
  {
    name: "Groovy's missing property during bootstrap",
    phase: "runtime",
    log: [
      "2022-07-18 18:51:13,292 [main] ERROR context.GrailsContextLoader  - Error executing bootstraps: No such property: appConfig for class: BootStrap",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "2022-07-18 18:51:13,292 [main] ERROR context.GrailsContextLoader  - Error executing bootstraps: No such property: appConfig for class: BootStrap",
  },
  {
    name: "an app that says it cannot connect to its database",
    phase: "build",
    log: [
      "Compiling shop.db",
      "Cannot connect to PostgreSQL.",
      'Exception in thread "main" clojure.lang.ExceptionInfo: Cannot connect to PostgreSQL.',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Cannot connect to PostgreSQL.",
  },
  {
    name: "mysqladmin's two lines for one refused connection",
    phase: "runtime",
    log: [
      "mysqladmin: connect to server at 'localhost' failed",
      "error: 'Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)'",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "mysqladmin: connect to server at 'localhost' failed",
  },
  {
    name: "Symfony unable to write its logs directory",
    phase: "runtime",
    log: [
      "PHP Fatal error:  Uncaught exception 'RuntimeException' with message 'Unable to write in the logs directory (/srv/app/var/logs)'",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "PHP Fatal error:  Uncaught exception 'RuntimeException' with message 'Unable to write in the logs directory (/srv/app/var/logs)'",
  },
  {
    name: "Vite's entry page importing a script that is not in the build context",
    phase: "build",
    log: [
      "#11 1.204 vite v5.2.0 building for production...",
      '#11 1.390 [vite]: Rollup failed to resolve import "/src/main.tsx" from "/srv/index.html".',
    ],
    category: "BUILD_CONFIG",
    keyLine: '#11 1.390 [vite]: Rollup failed to resolve import "/src/main.tsx" from "/srv/index.html".',
  },
  {
    name: "a Cloud Native Buildpack finding no entry file",
    phase: "build",
    log: [
      "[detector] ======== Results ========",
      "[detector] fail: paketo-buildpacks/node-start@1.0.0",
      "could not find app in /workspace: expected one of server.js | app.js | main.js | index.js",
      "ERROR: failed to detect: no buildpacks participating",
    ],
    category: "BUILD_CONFIG",
    keyLine: "could not find app in /workspace: expected one of server.js | app.js | main.js | index.js",
  },
  {
    name: "a buildpack whose own script misses one of its files",
    phase: "build",
    log: [
      "-----> Node.js app detected",
      "/tmp/buildpacks/0f1e/bin/compile: line 24: /tmp/buildpacks/0f1e/lib/vendor/stdlib.sh: No such file or directory",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/tmp/buildpacks/0f1e/bin/compile: line 24: /tmp/buildpacks/0f1e/lib/vendor/stdlib.sh: No such file or directory",
  },
  {
    name: "mysqld initialising a data directory that is not empty",
    phase: "runtime",
    log: [
      "2024-01-01T10:00:00.000000Z 0 [ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting.",
      "2024-01-01T10:00:00.000001Z 0 [ERROR] [MY-013236] [Server] The designated data directory /var/lib/mysql/ is unusable.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "2024-01-01T10:00:00.000000Z 0 [ERROR] [MY-010457] [Server] --initialize specified but the data directory has files in it. Aborting.",
  },
  {
    name: "the JVM refusing conflicting garbage collectors",
    phase: "runtime",
    log: [
      "Multiple garbage collectors selected",
      "Error: Could not create the Java Virtual Machine.",
      'Exception in thread "main" java.lang.RuntimeException: starting java failed with [1]',
    ],
    category: "BUILD_CONFIG",
    keyLine: "Multiple garbage collectors selected",
  },
  {
    name: "a tool refusing an environment variable's value, naming it",
    phase: "runtime",
    log: ["Error: Invalid value for env var named SYNC_INTERVAL", "Usage: agent [flags]"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: Invalid value for env var named SYNC_INTERVAL",
    variable: "SYNC_INTERVAL",
  },
  {
    name: "Grafana refusing a provisioning file",
    phase: "runtime",
    log: [
      'logger=provisioning level=error msg="Failed to provision data sources" error="Datasource provisioning error: sources.yaml config is invalid. Only one datasource per organization can be marked as default"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'logger=provisioning level=error msg="Failed to provision data sources" error="Datasource provisioning error: sources.yaml config is invalid. Only one datasource per organization can be marked as default"',
    variable: "sources.yaml",
  },
  {
    name: "a listen address built from an injected service variable",
    phase: "runtime",
    log: [
      'warn --- invalid address - http://0.0.0.0:tcp://10.0.0.9:4873, we expect a port (e.g. "4873"), host:port (e.g. "localhost:4873") or full url',
    ],
    category: "PORT_BINDING",
    keyLine:
      'warn --- invalid address - http://0.0.0.0:tcp://10.0.0.9:4873, we expect a port (e.g. "4873"), host:port (e.g. "localhost:4873") or full url',
  },
  {
    name: "ClickHouse starting no server",
    phase: "runtime",
    log: [
      "<Error> Application: Code: 139. DB::Exception: No servers started (add valid listen_host and 'tcp_port' or 'http_port' to configuration file.)",
    ],
    category: "PORT_BINDING",
    keyLine:
      "<Error> Application: Code: 139. DB::Exception: No servers started (add valid listen_host and 'tcp_port' or 'http_port' to configuration file.)",
  },
  {
    name: "a queue worker told the server requires credentials",
    phase: "runtime",
    log: [
      "[CRITICAL] Consumer encountered a connection error: Authentication required.",
      "[INFO] Restarting consumer in 3.00 seconds.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "[CRITICAL] Consumer encountered a connection error: Authentication required.",
  },
  {
    name: "the entry file named from the home directory",
    phase: "runtime",
    log: [
      "> node dist/main",
      "node:internal/modules/cjs/loader:1080",
      "Error: Cannot find module '~/shop/dist/main.js'",
      "    at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15) {",
      "  code: 'MODULE_NOT_FOUND',",
      "  requireStack: []",
      "}",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: Cannot find module '~/shop/dist/main.js'",
  },
  {
    name: "an OCI message wrapped before $PATH",
    phase: "runtime",
    log: [
      "        exitCode: 127",
      "        message: 'OCI runtime create failed: container_linux.go:380: starting container",
      '          process caused: exec: "run.sh": executable file not found in',
      "          $PATH: unknown'",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'process caused: exec: "run.sh": executable file not found in',
  },
  {
    name: "a variable named with its shell dollar sign as one that must be set",
    phase: "runtime",
    log: [
      "Error: $REPLICA_URL must be set to the 'local' database of a replica set",
      "    at new OplogHandle (packages/mongo/oplog_tailing.js:218:13)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: $REPLICA_URL must be set to the 'local' database of a replica set",
    variable: "REPLICA_URL",
  },
  {
    name: "a secret loaded from a file as the notice says, beside a failed migration",
    phase: "runtime",
    log: [
      "Loading APP_SECRET from file, not provided as an environment variable.",
      "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
      "ERROR [app.db] Error running migrations: Can't locate revision identified by 'a1b2c3d4e5f6'",
    ],
    category: "DB_MIGRATION",
    keyLine: "ERROR [app.db] Error running migrations: Can't locate revision identified by 'a1b2c3d4e5f6'",
  },
  {
    name: "Drush's wrapped 'MySQL server has gone away'",
    phase: "build",
    log: [
      "PDOException: SQLSTATE[HY000]: General error: 2006 MySQL server has  [error]",
      "gone away in /var/www/core/lib/Drupal/Core/Database/Connection.php:123",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "PDOException: SQLSTATE[HY000]: General error: 2006 MySQL server has  [error]",
  },
  {
    name: "a container's refused ulimit is only a warning beside the real cause",
    phase: "runtime",
    log: [
      "/opt/svc/bin/runsvdir-start: line 34: ulimit: max user processes: cannot modify limit: Operation not permitted",
      "Recipe: svc::config",
      "FATAL: Errno::ECONNREFUSED: Connection refused - connect(2) for 127.0.0.1:5432",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "FATAL: Errno::ECONNREFUSED: Connection refused - connect(2) for 127.0.0.1:5432",
  },
  {
    name: "Bundler's install error wrapped before 'continue'",
    phase: "build",
    log: [
      "DEBUG [0a1b2c3d]    Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "DEBUG [0a1b2c3d]    An error occurred while installing therubyracer (0.12.3), and Bundler cannot",
      "DEBUG [0a1b2c3d]    continue.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "DEBUG [0a1b2c3d]    Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
  },
  {
    name: "Node's SyntaxError located in an installed package",
    phase: "runtime",
    log: [
      "/srv/app/node_modules/some-lib/dist/index.js:88",
      "    static #cache = new Map();",
      "           ^",
      "",
      "SyntaxError: Unexpected token '#'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "SyntaxError: Unexpected token '#'",
  },
  {
    name: "PHP's parse error in a vendor package",
    phase: "build",
    log: [
      "> @php artisan package:discover --ansi",
      "PHP Parse error:  syntax error, unexpected '?' in /srv/app/vendor/acme/helpers/src/functions.php on line 41",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "PHP Parse error:  syntax error, unexpected '?' in /srv/app/vendor/acme/helpers/src/functions.php on line 41",
  },
  {
    name: "Composer cloning a repository the host says does not exist",
    phase: "build",
    log: [
      "  - Installing acme/private-kit (v2.1.0): Cloning 9f8e7d6c5b",
      "    Failed to clone the git@github.com:acme/private-kit.git repository, try running in interactive mode so that you can enter your GitHub credentials",
      "remote: Repository not found.",
      "fatal: repository 'https://github.com/acme/private-kit.git/' not found",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "remote: Repository not found.",
  },
  {
    name: "webpacker without its compiled packs",
    phase: "runtime",
    log: [
      "ActionView::Template::Error (Webpacker can't find application.js in /srv/public/packs/manifest.json. Possible causes:",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "ActionView::Template::Error (Webpacker can't find application.js in /srv/public/packs/manifest.json. Possible causes:",
  },
  {
    name: "Puma started with a config file that is not in the image",
    phase: "runtime",
    log: [
      "/usr/local/bundle/gems/puma-5.6.4/lib/puma/dsl.rb:48:in `read': No such file or directory @ rb_sysopen - config/puma/production.rb (Errno::ENOENT)",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/usr/local/bundle/gems/puma-5.6.4/lib/puma/dsl.rb:48:in `read': No such file or directory @ rb_sysopen - config/puma/production.rb (Errno::ENOENT)",
  },
  {
    name: "a Python app running a program that is not installed",
    phase: "runtime",
    log: [
      '  File "/usr/lib/python3.11/subprocess.py", line 1950, in _execute_child',
      "    raise child_exception_type(errno_num, err_msg, err_filename)",
      "FileNotFoundError: [Errno 2] No such file or directory: 'ffmpeg': 'ffmpeg'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "FileNotFoundError: [Errno 2] No such file or directory: 'ffmpeg': 'ffmpeg'",
  },
  {
    name: "a MongoDB server too old for the driver",
    phase: "runtime",
    log: [
      "MongoServerSelectionError: Server at db:27017 reports maximum wire version 4, but this version of the Node.js Driver requires at least 6 (MongoDB 3.6)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "MongoServerSelectionError: Server at db:27017 reports maximum wire version 4, but this version of the Node.js Driver requires at least 6 (MongoDB 3.6)",
  },
  {
    name: "a MongoDB replica set without a primary",
    phase: "runtime",
    log: [
      "MongoError: not master and slaveOk=false",
      "    at Connection.<anonymous> (/srv/node_modules/mongodb/lib/core/connection/pool.js:451:61)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "MongoError: not master and slaveOk=false",
  },
  {
    name: "an Elixir client whose host does not resolve",
    phase: "runtime",
    log: [
      "12:00:01.000 [error] Ch.Connection (#PID<0.200.0>) failed to connect: ** (Mint.TransportError) non-existing domain",
      "** (MatchError) no match of right hand side value:",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "12:00:01.000 [error] Ch.Connection (#PID<0.200.0>) failed to connect: ** (Mint.TransportError) non-existing domain",
  },
  {
    name: "a model hub refusing a gated download",
    phase: "runtime",
    log: [
      "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/acme/gated-model/resolve/main/config.json",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/acme/gated-model/resolve/main/config.json",
  },
  {
    name: "Rails 7.1's database credential error",
    phase: "runtime",
    log: [
      "ActiveRecord::DatabaseConnectionError: There is an issue connecting to your database with your username/password, username: app. (ActiveRecord::DatabaseConnectionError)",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "ActiveRecord::DatabaseConnectionError: There is an issue connecting to your database with your username/password, username: app. (ActiveRecord::DatabaseConnectionError)",
  },
  {
    name: "Docker Desktop refusing to mount a path it does not share",
    phase: "runtime",
    log: [
      "ERROR: for cache  Cannot start service cache: Mounts denied: The path /srv/cache is not shared from the host and is not known to Docker.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "ERROR: for cache  Cannot start service cache: Mounts denied: The path /srv/cache is not shared from the host and is not known to Docker.",
  },
  {
    name: "Streamlit without its secrets file",
    phase: "runtime",
    log: [
      "FileNotFoundError: No secrets files found. Valid paths for a secrets.toml file are: /root/.streamlit/secrets.toml, /app/.streamlit/secrets.toml",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "FileNotFoundError: No secrets files found. Valid paths for a secrets.toml file are: /root/.streamlit/secrets.toml, /app/.streamlit/secrets.toml",
    variable: "secrets.toml",
  },
  {
    name: "Keycloak in production without TLS key material",
    phase: "runtime",
    log: [
      "ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Failed to start server in (production) mode",
      "ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Key material not provided to setup HTTPS. Please configure it through the command line or the keycloak.conf.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "ERROR [org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler] (main) ERROR: Key material not provided to setup HTTPS. Please configure it through the command line or the keycloak.conf.",
  },
  {
    name: "a framework's empty database DSN",
    phase: "runtime",
    log: ["2023-01-01 10:00:00 [-][-][-][error][yii\\db\\Connection::open] Connection::dsn cannot be empty."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2023-01-01 10:00:00 [-][-][-][error][yii\\db\\Connection::open] Connection::dsn cannot be empty.",
  },
  {
    name: "Keycloak unable to open its management port",
    phase: "runtime",
    log: [
      "ERROR: Unable to start HTTP server",
      "ERROR: java.lang.IllegalStateException: Unable to start the management interface on auth:9000",
    ],
    category: "PORT_BINDING",
    keyLine: "ERROR: java.lang.IllegalStateException: Unable to start the management interface on auth:9000",
  },
  {
    name: "Ray killing a task for memory",
    phase: "runtime",
    log: [
      "ray.exceptions.OutOfMemoryError: Task was killed due to the node running low on memory.",
      "Memory on the node (IP: 10.0.0.4) where the task was running was 30.1GB / 31.0GB (0.97)",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "ray.exceptions.OutOfMemoryError: Task was killed due to the node running low on memory.",
  },
  {
    name: "a system library the pkg-config crate did not find, beside its PKG_CONFIG_PATH hint",
    phase: "build",
    log: [
      "  The system library `webkit2gtk-4.1` required by crate `webkit2gtk-sys` was not found.",
      "  The file `webkit2gtk-4.1.pc` needs to be installed and the PKG_CONFIG_PATH environment variable must contain its parent directory.",
      "  The PKG_CONFIG_PATH environment variable is not set.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "The system library `webkit2gtk-4.1` required by crate `webkit2gtk-sys` was not found.",
  },
  {
    name: "yarn's engine check on the project's own package.json, with yarn's emoji",
    phase: "build",
    log: [
      "yarn install v1.22.19",
      "[1/5] 🔍  Validating package.json...",
      'error site@0.1.0: The engine "node" is incompatible with this module. Expected version ">=18". Got "16.20.0"',
      "error Found incompatible module.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'error site@0.1.0: The engine "node" is incompatible with this module. Expected version ">=18". Got "16.20.0"',
  },
  {
    name: "NuGet unable to resolve its registry's name",
    phase: "build",
    log: [
      "  Unable to load the service index for source https://api.nuget.org/v3/index.json.",
      "  The remote name could not be resolved: 'api.nuget.org'",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "The remote name could not be resolved: 'api.nuget.org'",
  },
  {
    name: "Plug's cookie store without the secret key base",
    phase: "runtime",
    log: [
      "** (ArgumentError) cookie store expects conn.secret_key_base to be set",
      "    (plug 1.14.0) lib/plug/session/cookie.ex:194: Plug.Session.COOKIE.validate_secret_key_base/1",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "** (ArgumentError) cookie store expects conn.secret_key_base to be set",
  },
  {
    name: "Mix finding a dependency at a version its requirement excludes, at start",
    phase: "runtime",
    log: [
      "Unchecked dependencies for environment dev:",
      "* jason (Hex package)",
      '  the dependency does not match the requirement "~> 1.4", got "1.2.2"',
      "** (Mix) Can't continue due to errors on dependencies",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'the dependency does not match the requirement "~> 1.4", got "1.2.2"',
  },
  {
    name: "npm's optional-dependency bug leaving out a bundler's native package",
    phase: "build",
    log: [
      "Error: Cannot find module @rollup/rollup-linux-arm64-musl. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try `npm i` again after removing both package-lock.json and node_modules directory.",
      "    at requireWithFriendlyError (/app/node_modules/rollup/dist/native.js:59:9)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error: Cannot find module @rollup/rollup-linux-arm64-musl. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try `npm i` again after removing both package-lock.json and node_modules directory.",
  },
  {
    name: "cargo without credentials for a git dependency",
    phase: "build",
    log: [
      "    Updating git repository `ssh://git@github.com/acme/ledger-core.git`",
      "error: failed to get `ledger-core` as a dependency of package `api v0.1.0 (/build)`",
      "Caused by:",
      "  failed to authenticate when downloading repository",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "failed to authenticate when downloading repository",
  },
  {
    name: "a deploy token refused as invalid",
    phase: "build",
    log: [
      "** (FunctionClauseError) no function clause matching in Access.get/3",
      "    The following arguments were given to Access.get/3:",
      "        # 1",
      '        {"error", "Authenticate: token validation error"}',
    ],
    category: "PERMISSION_AUTH",
    keyLine: '{"error", "Authenticate: token validation error"}',
  },
  {
    name: "the Erlang VM's crash dump slogan for a failed allocation",
    phase: "runtime",
    log: [
      "=erl_crash_dump:0.5",
      "Tue Mar  1 10:00:00 2022",
      'Slogan: eheap_alloc: Cannot allocate 1134939784 bytes of memory (of type "heap").',
    ],
    category: "OUT_OF_MEMORY",
    keyLine: 'Slogan: eheap_alloc: Cannot allocate 1134939784 bytes of memory (of type "heap").',
  },
  {
    name: "BEAM files compiled by a newer OTP than the runtime",
    phase: "runtime",
    log: [
      "=ERROR REPORT==== 3-Mar-2021::10:00:00 ===",
      "beam/beam_load.c(1876): Error loading module jason:",
      "  This BEAM file was compiled for a later version of the run-time system than 23.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "This BEAM file was compiled for a later version of the run-time system than 23.",
  },
  {
    name: "a configure script refusing the toolchain version it found",
    phase: "build",
    log: [
      "checking for erl... /usr/bin/erl",
      "checking Erlang/OTP version... 7.0",
      "configure: error: 7.0 found, 8.0 (Erlang/OTP 19) required",
    ],
    category: "BUILD_CONFIG",
    keyLine: "configure: error: 7.0 found, 8.0 (Erlang/OTP 19) required",
  },
  {
    name: "an Erlang release booting a function that does not exist",
    phase: "runtime",
    log: [
      "Runtime terminating during boot ({undef,[{'shop@@main',run,[shop],[]},{erl_eval,do_apply,7,[{file,\"erl_eval.erl\"},{line,915}]}]})",
      "Crash dump is being written to: erl_crash.dump...done",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Runtime terminating during boot ({undef,[{'shop@@main',run,[shop],[]},{erl_eval,do_apply,7,[{file,\"erl_eval.erl\"},{line,915}]}]})",
  },
  {
    name: "native-image initialising run-time classes at build time",
    phase: "build",
    log: [
      "#9 81.2 Error: Classes that should be initialized at run time got initialized during image building:",
      "#9 81.2  com.acme.Clock the class was requested to be initialized at run time (from command line).",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#9 81.2 Error: Classes that should be initialized at run time got initialized during image building:",
  },
  {
    name: "Rocket without a configuration table the app reads",
    phase: "runtime",
    log: [
      "🔧 Configured for release.",
      "   => Error: A table named `databases` was not found for this configuration",
      "thread 'main' panicked at 'Database pool failed to initialize'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "=> Error: A table named `databases` was not found for this configuration",
    variable: "databases",
  },
  {
    name: "Quarkus without a required property",
    phase: "runtime",
    log: [
      "java.util.NoSuchElementException: SRCFG00014: The config property mail.host is required but it could not be found in any config source",
      "\tat io.smallrye.config.SmallRyeConfig.getValue(SmallRyeConfig.java:301)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "java.util.NoSuchElementException: SRCFG00014: The config property mail.host is required but it could not be found in any config source",
    variable: "mail.host",
  },
  {
    name: "SvelteKit's private env module without a variable the code imports (the exception line states it with its class)",
    phase: "build",
    log: [
      '"STRIPE_KEY" is not exported by "virtual:$env/static/private", imported by "src/lib/server/pay.ts".',
      "file: /build/src/lib/server/pay.ts:1:9",
      "1: import { STRIPE_KEY } from '$env/static/private';",
      "            ^",
      "2: import Stripe from 'stripe';",
      "error during build:",
      'RollupError: "STRIPE_KEY" is not exported by "virtual:$env/static/private", imported by "src/lib/server/pay.ts".',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'RollupError: "STRIPE_KEY" is not exported by "virtual:$env/static/private", imported by "src/lib/server/pay.ts".',
    variable: "STRIPE_KEY",
  },
  {
    name: "a Redis URL the client cannot parse",
    phase: "runtime",
    log: [
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Redis URL did not parse', src/cache.rs:9:40",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Redis URL did not parse', src/cache.rs:9:40",
  },
  {
    name: "Bun unable to find a module a package loads",
    phase: "runtime",
    log: ["$ next start", "error: Cannot find module '../lib/cli' from '/srv/node_modules/.bin/some-tool'"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "error: Cannot find module '../lib/cli' from '/srv/node_modules/.bin/some-tool'",
  },
  {
    name: "Deno's remote import missing at start",
    phase: "runtime",
    log: [
      "Download https://deno.land/x/oak@v99/mod.ts",
      "error: Uncaught Error: Import 'https://deno.land/x/oak@v99/mod.ts' failed: 404 Not Found",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "error: Uncaught Error: Import 'https://deno.land/x/oak@v99/mod.ts' failed: 404 Not Found",
  },
  {
    name: "sqlx's migrator finding an applied migration changed",
    phase: "runtime",
    log: ["thread 'main' panicked at 'failed to migrate: VersionMismatch(20240105101010)', src/db.rs:31:10"],
    category: "DB_MIGRATION",
    keyLine: "thread 'main' panicked at 'failed to migrate: VersionMismatch(20240105101010)', src/db.rs:31:10",
  },
  {
    name: "a Rust server binding an address the host does not have",
    phase: "runtime",
    log: ["thread 'main' panicked at 'Cannot assign requested address (os error 99)', src/main.rs:40:6"],
    category: "PORT_BINDING",
    keyLine: "thread 'main' panicked at 'Cannot assign requested address (os error 99)', src/main.rs:40:6",
  },
  {
    name: "Vite's load fallback for a file the code imports",
    phase: "build",
    log: [
      "[vite:load-fallback] Could not load /build/src/lib/Chart.svelte (imported by src/routes/+page.svelte): ENOENT: no such file or directory, open '/build/src/lib/Chart.svelte'",
      "error during build:",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "[vite:load-fallback] Could not load /build/src/lib/Chart.svelte (imported by src/routes/+page.svelte): ENOENT: no such file or directory, open '/build/src/lib/Chart.svelte'",
  },
  {
    name: "a row the code writes breaking a check constraint",
    phase: "runtime",
    log: [
      '** (Postgrex.Error) ERROR 23514 (check_violation) new row for relation "orders" violates check constraint "positive_total"',
      "    (ecto_sql 3.10.1) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      '** (Postgrex.Error) ERROR 23514 (check_violation) new row for relation "orders" violates check constraint "positive_total"',
  },
  {
    name: "Cloud Run over its memory limit",
    phase: "runtime",
    log: [
      "Memory limit of 512 MiB exceeded with 538 MiB used. Consider increasing the memory limit, see https://cloud.google.com/run/docs/configuring/memory-limits",
      "The request failed because either the HTTP response was malformed or connection to the instance had an error.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "Memory limit of 512 MiB exceeded with 538 MiB used. Consider increasing the memory limit, see https://cloud.google.com/run/docs/configuring/memory-limits",
  },
  {
    name: "App Engine over its soft memory limit",
    phase: "runtime",
    log: [
      "Exceeded soft memory limit of 128 MB with 171 MB after servicing 12 requests total. Consider setting a larger instance class in app.yaml.",
      "While handling this request, the process that handled this request was found to be using too much memory and was terminated.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "Exceeded soft memory limit of 128 MB with 171 MB after servicing 12 requests total. Consider setting a larger instance class in app.yaml.",
  },
  {
    name: ".NET deployed without its publish output",
    phase: "build",
    log: [
      "Step #0: Checking for .NET Core application.",
      "Step #0: No .deps.json file found for the app",
      "Finished Step #0",
      "ERROR: build step 0 failed: step exited with non-zero status: 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Step #0: No .deps.json file found for the app",
  },
  {
    name: "npm's lock directory vanishing during nested installs",
    phase: "build",
    log: [
      "npm ERR! enoent ENOENT: no such file or directory, scandir '/tmp/.npm/_locks/left-pad-0a1b2c3d.lock'",
      "npm ERR! enoent This is most likely not a problem with npm itself",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! enoent ENOENT: no such file or directory, scandir '/tmp/.npm/_locks/left-pad-0a1b2c3d.lock'",
  },
  {
    name: "a .NET crash in Windows' event log, inside an AggregateException",
    phase: "runtime",
    log: [
      "Application: w3wp.exe",
      "Description: The process was terminated due to an unhandled exception.",
      "Exception Info: System.AggregateException",
      "Exception Info: System.InvalidCastException",
      "   at Shop.Startup.Configure(IApplicationBuilder app)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Exception Info: System.InvalidCastException",
  },
  {
    name: "Create React App failing on lint warnings under CI=true",
    phase: "build",
    log: [
      "Treating warnings as errors because process.env.CI = true.",
      "Most CI servers set it automatically.",
      "",
      "Failed to compile.",
      "",
      "src/Cart.js",
      "  Line 4:10:  'useMemo' is defined but never used  no-unused-vars",
    ],
    category: "BUILD_COMPILE",
    keyLine: "Line 4:10:  'useMemo' is defined but never used  no-unused-vars",
  },
  {
    name: "a deploy that gave up waiting for its machine's health checks",
    phase: "runtime",
    log: ["Waiting for machine 3d8d9 to become healthy (started, 0/3)", "Error: context deadline exceeded"],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Error: context deadline exceeded",
  },
  {
    name: "Meteor Up's health check refused by the app",
    phase: "runtime",
    log: [
      "=> Starting App",
      "[HealthCheck] Mon Mar 04 2019 10:00:01 GMT+0000 (UTC): Request to app failed Error: connect ECONNREFUSED 127.0.0.1:3000",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "[HealthCheck] Mon Mar 04 2019 10:00:01 GMT+0000 (UTC): Request to app failed Error: connect ECONNREFUSED 127.0.0.1:3000",
  },
  {
    name: "an old Elixir driver's refused TCP connect",
    phase: "runtime",
    log: [
      "10:02:11.004 [error] MyXQL.Connection (#PID<0.301.0>) failed to connect: ** (MyXQL.Error) tcp connect: econnrefused",
      "** (DBConnection.Error) connection not available",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "10:02:11.004 [error] MyXQL.Connection (#PID<0.301.0>) failed to connect: ** (MyXQL.Error) tcp connect: econnrefused",
  },
  {
    name: "TypeORM's migration run that never reached the database",
    phase: "runtime",
    log: [
      "> typeorm migration:run -d dist/data-source.js",
      "Error during migration run:",
      "Error: connect ECONNREFUSED 10.0.0.12:5432",
      "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: connect ECONNREFUSED 10.0.0.12:5432",
  },
  {
    name: "a gem's native build without Ruby's headers",
    phase: "build",
    log: [
      "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "mkmf.rb can't find header files for ruby at /usr/lib/ruby/include/ruby.h",
      "An error occurred while installing json (2.6.3), and Bundler cannot continue.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "mkmf.rb can't find header files for ruby at /usr/lib/ruby/include/ruby.h",
  },
  {
    name: "a native package without a system library pkg-config knows",
    phase: "build",
    log: [
      "gyp info spawn args [ 'BUILDTYPE=Release', '-C', 'build' ]",
      "Package cairo was not found in the pkg-config search path.",
      "gyp ERR! configure error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Package cairo was not found in the pkg-config search path.",
  },
  {
    name: "a wheel's build without pkg-config",
    phase: "build",
    log: [
      "  Building wheel for mysqlclient (pyproject.toml): started",
      "      /bin/sh: 1: pkg-config: not found",
      "      Exception: Can not find valid pkg-config name.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "/bin/sh: 1: pkg-config: not found",
  },
  {
    name: "dotnet publish over assets restored for another runtime",
    phase: "build",
    log: [
      "RUN dotnet publish -c Release --no-restore",
      "/usr/share/dotnet/sdk/8.0.100/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(266,5): error NETSDK1047: Assets file '/src/obj/project.assets.json' doesn't have a target for 'net8.0/linux-musl-x64'.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/usr/share/dotnet/sdk/8.0.100/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(266,5): error NETSDK1047: Assets file '/src/obj/project.assets.json' doesn't have a target for 'net8.0/linux-musl-x64'.",
  },
  {
    name: "a Rust cross build without its configured linker",
    phase: "build",
    log: [
      "   Compiling libc v0.2.150",
      "error: linker `arm-linux-gnueabihf-gcc` not found",
      "  |",
      "  = note: No such file or directory (os error 2)",
      "error: could not compile `libc` (build script) due to 1 previous error",
    ],
    category: "BUILD_CONFIG",
    keyLine: "error: linker `arm-linux-gnueabihf-gcc` not found",
  },
  {
    name: "Vite without its entry file",
    phase: "build",
    log: [
      "vite v5.0.0 building for production...",
      "✓ 0 modules transformed.",
      "Error: Could not resolve entry module (index.html).",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: Could not resolve entry module (index.html).",
  },
  {
    name: "Lerna run outside the monorepo root",
    phase: "build",
    log: ["lerna notice cli v6.4.1", "lerna ERR! ENOPKG `package.json` does not exist, have you run `lerna init`?"],
    category: "BUILD_CONFIG",
    keyLine: "lerna ERR! ENOPKG `package.json` does not exist, have you run `lerna init`?",
  },
  {
    name: "a Lambda Node handler module that is not in the bundle",
    phase: "runtime",
    log: [
      "START RequestId: 5c1e Version: $LATEST",
      "Unable to import module 'handler': Error",
      "    at Function.Module._resolveFilename (module.js:469:15)",
      "END RequestId: 5c1e",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Unable to import module 'handler': Error",
  },
  {
    name: "a Lambda Java handler class that is not in the jar",
    phase: "runtime",
    log: [
      "Class not found: com.acme.Handler: java.lang.ClassNotFoundException",
      "java.lang.ClassNotFoundException: com.acme.Handler",
      "\tat java.net.URLClassLoader.findClass(URLClassLoader.java:382)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Class not found: com.acme.Handler: java.lang.ClassNotFoundException",
  },
  {
    name: "Celery's -A naming a module that does not exist",
    phase: "runtime",
    log: [
      "Usage: celery [OPTIONS] COMMAND [ARGS]...",
      "Error: Invalid value for '-A' / '--app': ",
      "Unable to load celery application.",
      "The module tasks_app was not found.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "The module tasks_app was not found.",
  },
  {
    name: "a Netlify function importing a package the site does not install",
    phase: "build",
    log: [
      "Packaging Functions from netlify/functions directory:",
      " - notify.js",
      "  Dependencies installation error",
      '  A Netlify Function is using "ws" but that dependency has not been installed yet.',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'A Netlify Function is using "ws" but that dependency has not been installed yet.',
  },
  {
    name: "Slack's Bolt started in socket mode without an app token",
    phase: "runtime",
    log: [
      "AppInitializationError: You must provide an appToken when socketMode is set to true. To generate an appToken see: https://api.slack.com/apis/connections/socket#token",
      "    at new App (/srv/node_modules/@slack/bolt/dist/App.js:98:19)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "AppInitializationError: You must provide an appToken when socketMode is set to true. To generate an appToken see: https://api.slack.com/apis/connections/socket#token",
  },
  {
    name: "Telegram refusing a webhook port",
    phase: "runtime",
    log: [
      "telegram.error.BadRequest: Bad webhook: webhook can be set up only on ports 80, 88, 443 or 8443",
      "Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch",
    ],
    category: "PORT_BINDING",
    keyLine: "telegram.error.BadRequest: Bad webhook: webhook can be set up only on ports 80, 88, 443 or 8443",
  },
  {
    name: "a nested pydantic settings field whose first part is in capitals, named as printed",
    phase: "runtime",
    log: [
      "pydantic_core._pydantic_core.ValidationError: 1 validation error for WorkerSettings",
      "QUEUE.retry.max_attempts",
      "  Field required [type=missing, input_value={}, input_type=dict]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic_core._pydantic_core.ValidationError: 1 validation error for WorkerSettings",
    variable: "QUEUE.retry.max_attempts",
  },
  {
    name: "Doctrine's account of a refused connection over PDO's bare line",
    phase: "runtime",
    log: [
      "In AbstractMySQLDriver.php line 112:",
      "",
      "  An exception occurred in driver: SQLSTATE[HY000] [2002] Connection refused",
      "",
      "In PDOConnection.php line 31:",
      "",
      "  SQLSTATE[HY000] [2002] Connection refused",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "An exception occurred in driver: SQLSTATE[HY000] [2002] Connection refused",
  },
  {
    name: "SQLite unable to open its database file on a mounted volume",
    phase: "runtime",
    log: [
      "[08:14:02.311] INFO: Initializing bootstrap...",
      "[08:14:02.402] ERROR: SQLITE_CANTOPEN: unable to open database file",
      "[08:14:02.403] ERROR: Can't connect to the database.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "[08:14:02.402] ERROR: SQLITE_CANTOPEN: unable to open database file",
  },
  {
    name: "a host that retired the Node.js version the project asks for",
    phase: "build",
    log: [
      "Running build in Washington, D.C., USA (East) – iad1",
      'Error: Node.js Version "16.x" is discontinued and must be upgraded. Please set Node.js Version to 20.x in your Project Settings to use Node.js 20.',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'Error: Node.js Version "16.x" is discontinued and must be upgraded. Please set Node.js Version to 20.x in your Project Settings to use Node.js 20.',
  },
  {
    name: "an entrypoint saved with Windows line endings: the command named with a carriage return",
    phase: "runtime",
    log: [
      "/srv/start.sh: line 2: $'\\r': command not found",
      "/srv/start.sh: line 3: cd: $'app\\r': No such file or directory",
      "/srv/start.sh: line 5: $'uwsgi\\r': command not found",
    ],
    category: "BUILD_CONFIG",
    keyLine: "/srv/start.sh: line 5: $'uwsgi\\r': command not found",
  },
  {
    name: "an entrypoint saved with Windows line endings: a path named with a carriage return",
    phase: "runtime",
    log: [
      "/srv/start.sh: line 2: $'\\r': command not found",
      "/srv/start.sh: line 3: cd: $'backend\\r': No such file or directory",
      "ModuleNotFoundError: No module named 'wsgi'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "/srv/start.sh: line 3: cd: $'backend\\r': No such file or directory",
  },
  {
    name: "a database port that holds a whole URL",
    phase: "runtime",
    log: [
      'PG::ConnectionBad: invalid port number: "tcp://10.0.3.7:5432"',
      "/usr/local/bundle/gems/pg-1.1.4/lib/pg.rb:56:in `initialize'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'PG::ConnectionBad: invalid port number: "tcp://10.0.3.7:5432"',
  },
  {
    name: "an asset of the project failing while assets precompile",
    phase: "build",
    log: [
      "** Execute assets:precompile:primary",
      "rake aborted!",
      "Unexpected token: punc (})",
      "  (in /srv/shop/app/assets/javascripts/cart.js.erb)",
    ],
    category: "BUILD_COMPILE",
    keyLine: "Unexpected token: punc (})",
  },
  {
    name: "Bundler's gems needing another Ruby than the build's",
    phase: "build",
    log: [
      "Bundler found conflicting requirements for the Ruby version:",
      "  In Gemfile:",
      "    Ruby (= 2.3.8)",
      "",
      "    nokogiri (~> 1.13) was resolved to 1.13.10, which depends on",
      "      Ruby (>= 2.6.0)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Bundler found conflicting requirements for the Ruby version:",
  },
  {
    name: "Rails' older wording for pending migrations",
    phase: "runtime",
    log: [
      "web_1 | You have 3 pending migrations:",
      "web_1 |   20230101010101 CreateInvoices",
      "web_1 | Run `rake db:migrate` to update your database then try again.",
      "web_1 exited with code 1",
    ],
    category: "DB_MIGRATION",
    keyLine: "web_1 | You have 3 pending migrations:",
  },
  {
    name: "a Liquid error inside an installed gem's file",
    phase: "build",
    log: [
      "  Conversion error: Jekyll::Converters::Scss encountered an error while converting 'assets/main.scss':",
      "  Liquid Exception: Liquid syntax error (line 3): Unknown tag 'endfor' in vendor/bundle/ruby/3.1.0/gems/minima-2.5.1/_includes/footer.html",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Liquid Exception: Liquid syntax error (line 3): Unknown tag 'endfor' in vendor/bundle/ruby/3.1.0/gems/minima-2.5.1/_includes/footer.html",
  },
  {
    name: "a Liquid error in the site's own template",
    phase: "build",
    log: [
      "Generating...",
      "  Liquid Exception: Liquid syntax error (line 12): Variable '{{ page.title' was not properly terminated with regexp: /\\}\\}/ in _layouts/post.html",
      "             Error: Liquid syntax error (line 12)",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "Liquid Exception: Liquid syntax error (line 12): Variable '{{ page.title' was not properly terminated with regexp: /\\}\\}/ in _layouts/post.html",
  },
  {
    name: "Rails refusing to boot over a stale server.pid",
    phase: "runtime",
    log: [
      "=> Booting Puma",
      "=> Rails 7.0.4 application starting in production",
      "A server is already running (pid: 1, file: /rails/tmp/pids/server.pid).",
      "Exiting",
    ],
    category: "BUILD_CONFIG",
    keyLine: "A server is already running (pid: 1, file: /rails/tmp/pids/server.pid).",
  },
  {
    name: "an app's own check that its API key is configured",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/srv/agent.py", line 9, in <module>',
      '    raise ValueError("Anthropic API key not set")',
      "ValueError: Anthropic API key not set",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ValueError: Anthropic API key not set",
  },
  {
    name: "SmallRye Config unable to expand a property",
    phase: "runtime",
    log: [
      "2024-03-02 10:11:12,001 ERROR [io.qua.run.Application] (main) Failed to start application: java.util.NoSuchElementException: SRCFG00011: Could not expand value api.host in property quarkus.rest-client.base-url",
      "\tat io.smallrye.config.ExpressionConfigSourceInterceptor.getValue(ExpressionConfigSourceInterceptor.java:37)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "2024-03-02 10:11:12,001 ERROR [io.qua.run.Application] (main) Failed to start application: java.util.NoSuchElementException: SRCFG00011: Could not expand value api.host in property quarkus.rest-client.base-url",
    variable: "quarkus.rest-client.base-url",
  },
  {
    name: "Doctrine without the PDO driver",
    phase: "runtime",
    log: [
      "In ExceptionConverter.php line 101:",
      "",
      "  An exception occurred in the driver: could not find driver",
      "",
      "In Exception.php line 24:",
      "",
      "  could not find driver",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "An exception occurred in the driver: could not find driver",
  },
  {
    name: "Cargo listing packages that need a newer rustc",
    phase: "build",
    log: [
      "#12 4.112 error: rustc 1.79.0 is not supported by the following packages:",
      "#12 4.112   url@2.5.4 requires rustc 1.82",
      "#12 4.112   idna@1.0.3 requires rustc 1.81",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#12 4.112 error: rustc 1.79.0 is not supported by the following packages:",
  },
  {
    name: "Cargo's package list without its heading",
    phase: "build",
    log: [
      "3.201   url@2.5.4 requires rustc 1.82",
      "3.201   idna@1.0.3 requires rustc 1.81",
      "3.201 Either upgrade rustc or select compatible dependency versions with",
    ],
    category: "BUILD_CONFIG",
    keyLine: "3.201   url@2.5.4 requires rustc 1.82",
  },
  {
    name: "MSBuild unable to resolve a referenced assembly, with the compile errors it causes",
    phase: "build",
    log: [
      '/usr/share/dotnet/sdk/6.0.100/Microsoft.Common.CurrentVersion.targets(2302,5): warning MSB3245: Could not resolve this reference. Could not locate the assembly "Stripe.net". [/src/Billing/Billing.csproj]',
      "Services/Charge.cs(3,7): error CS0246: The type or namespace name 'Stripe' could not be found (are you missing a using directive or an assembly reference?) [/src/Billing/Billing.csproj]",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      '/usr/share/dotnet/sdk/6.0.100/Microsoft.Common.CurrentVersion.targets(2302,5): warning MSB3245: Could not resolve this reference. Could not locate the assembly "Stripe.net". [/src/Billing/Billing.csproj]',
  },
  {
    name: "Micronaut's unresolved placeholder",
    phase: "runtime",
    log: [
      `io.micronaut.context.exceptions.ConfigurationException: Could not resolve placeholder ${"$"}{mail.smtp.host}`,
      "\tat io.micronaut.context.env.DefaultPropertyPlaceholderResolver.resolveExpression(DefaultPropertyPlaceholderResolver.java:155)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: `io.micronaut.context.exceptions.ConfigurationException: Could not resolve placeholder ${"$"}{mail.smtp.host}`,
    variable: "mail.smtp.host",
  },
  {
    name: "dnx asked for a command the project does not define",
    phase: "runtime",
    log: [
      "System.InvalidOperationException: Unable to load application or execute command 'run'. Available commands: web.",
      "   at Microsoft.Dnx.ApplicationHost.Program.Main(String[] args)",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "System.InvalidOperationException: Unable to load application or execute command 'run'. Available commands: web.",
  },
  {
    name: "a Rails task without pg_dump in the image",
    phase: "runtime",
    log: [
      "rake aborted!",
      "failed to execute:",
      "pg_dump -s -x -O -f /srv/db/structure.sql shop_production",
      "",
      "Please check the output above for any errors and make sure that `pg_dump` is installed in your PATH and has proper permissions.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "failed to execute:",
  },
  {
    name: "mkmf's failure line over RubyGems' summary",
    phase: "build",
    log: [
      "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "",
      "    current directory: /usr/local/bundle/gems/puma-6.0.0/ext/puma_http11",
      "*** extconf.rb failed ***",
      "Could not create Makefile due to some reason, probably lack of necessary",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "*** extconf.rb failed ***",
  },
  {
    name: "an environment schema thrown raw by zod, naming a variable that received undefined",
    phase: "runtime",
    log: [
      "ZodError: [",
      "  {",
      '    "code": "invalid_type",',
      '    "expected": "string",',
      '    "received": "undefined",',
      '    "path": [',
      '      "SESSION_SECRET"',
      "    ],",
      '    "message": "Required"',
      "  }",
      "]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ZodError: [",
    variable: "SESSION_SECRET",
  },
  {
    name: "the Prisma client imported before prisma generate ran",
    phase: "runtime",
    log: [
      'Error: @prisma/client did not initialize yet. Please run "prisma generate" and try to import it again.',
      "    at new PrismaClient (/srv/node_modules/.prisma/client/index.js:3:11)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'Error: @prisma/client did not initialize yet. Please run "prisma generate" and try to import it again.',
  },
  {
    name: "flask run unable to import the app it was pointed at",
    phase: "runtime",
    log: ["Usage: flask run [OPTIONS]", "Try 'flask run --help' for help.", "", "Error: Could not import 'server'."],
    category: "BUILD_CONFIG",
    keyLine: "Error: Could not import 'server'.",
  },
  {
    name: "a data parse failing with JSON.parse's SyntaxError at run time",
    phase: "runtime",
    log: [
      "undefined:1",
      "",
      "",
      "SyntaxError: Unexpected end of JSON input",
      "    at JSON.parse (<anonymous>)",
      "    at loadCatalog (/srv/lib/catalog.js:14:19)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "SyntaxError: Unexpected end of JSON input",
  },
  {
    name: "a URL built from a placeholder the environment never filled",
    phase: "runtime",
    log: [
      "TypeError: Invalid URL",
      "    at new URL (node:internal/url:816:29) {",
      "  code: 'ERR_INVALID_URL',",
      `  input: '${"$"}{REDIS_URL}'`,
      "}",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: `input: '${"$"}{REDIS_URL}'`,
  },
  {
    name: "a CI push refused for the token's identity",
    phase: "build",
    log: [
      "remote: Permission to octo-org/site.git denied to github-actions[bot].",
      "fatal: unable to access 'https://github.com/octo-org/site/': The requested URL returned error: 403",
      "Error: Process completed with exit code 128.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "remote: Permission to octo-org/site.git denied to github-actions[bot].",
  },
  {
    name: "an entrypoint's wait for the database running out of attempts",
    phase: "runtime",
    log: [
      "Waiting for postgres (attempt 29/30)...",
      "Waiting for postgres (attempt 30/30)...",
      "Postgres is not available after 30 attempts, giving up",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Postgres is not available after 30 attempts, giving up",
  },
  {
    name: "pg_isready getting no answer",
    phase: "runtime",
    log: ["pg_isready: db.internal:5432 - no response", "exit status 2"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "pg_isready: db.internal:5432 - no response",
  },
  {
    name: "compose without the env file a service names",
    phase: "runtime",
    log: ["$ docker compose up -d", "couldn't find env file: /home/deploy/stack/.env.production"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "couldn't find env file: /home/deploy/stack/.env.production",
  },
  {
    name: "rustc's parse error without an error code",
    phase: "build",
    log: [
      "   Compiling ledger v0.3.1 (/build)",
      "error: expected `;`, found `let`",
      "  --> src/main.rs:14:23",
      'error: could not compile `ledger` (bin "ledger") due to 1 previous error',
    ],
    category: "BUILD_COMPILE",
    keyLine: "error: expected `;`, found `let`",
  },
  {
    name: "node-gyp's build error summary for a package's native part",
    phase: "build",
    log: [
      "prebuild-install warn install No prebuilt binaries found (target=22.11.0 runtime=node arch=arm64 libc=musl platform=linux)",
      "gyp info spawn make",
      "gyp ERR! build error",
      "gyp ERR! stack Error: `make` failed with exit code: 2",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "gyp ERR! build error",
  },
  {
    name: "npm losing the registry mid-install",
    phase: "build",
    log: [
      "npm error code ECONNRESET",
      "npm error network aborted",
      "npm error network This is a problem related to network connectivity.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm error code ECONNRESET",
  },
  {
    name: "Next.js started without its build",
    phase: "runtime",
    log: [
      "Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' before starting the production server.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Error: Could not find a production build in the '.next' directory. Try building your app with 'next build' before starting the production server.",
  },
  {
    name: "Railpack unable to plan the build",
    phase: "build",
    log: ["Error creating build plan with Railpack"],
    category: "BUILD_CONFIG",
    keyLine: "Error creating build plan with Railpack",
  },
  {
    name: "a workflow step naming an action version that does not exist",
    phase: "build",
    log: ["##[error]Unable to resolve action `actions/checkout@v9`, unable to find version `v9`"],
    category: "BUILD_CONFIG",
    keyLine: "##[error]Unable to resolve action `actions/checkout@v9`, unable to find version `v9`",
  },
  {
    name: "a setup action without the runtime version asked for",
    phase: "build",
    log: ["Error: The version '3.13' with architecture 'x64' was not found for Ubuntu 20.04."],
    category: "BUILD_CONFIG",
    keyLine: "Error: The version '3.13' with architecture 'x64' was not found for Ubuntu 20.04.",
  },
  {
    name: "a compose bind mount whose source is not there",
    phase: "runtime",
    log: [
      'Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /srv/data',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /srv/data',
  },
  {
    name: "Postgres' image without its password variable",
    phase: "runtime",
    log: [
      "db_1  | Error: Database is uninitialized and superuser password is not specified.",
      "db_1  |        You must specify POSTGRES_PASSWORD to a non-empty value for the",
      "db_1  |        superuser.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "db_1  | Error: Database is uninitialized and superuser password is not specified.",
    variable: "POSTGRES_PASSWORD",
  },
  {
    name: "Helm giving up waiting for a release",
    phase: "runtime",
    log: ["Error: UPGRADE FAILED: context deadline exceeded"],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Error: UPGRADE FAILED: context deadline exceeded",
  },
  {
    name: "wait-for-it giving up on the database",
    phase: "runtime",
    log: [
      "web-1  | wait-for-it.sh: waiting 15 seconds for db:5432",
      "web-1  | wait-for-it.sh: timeout occurred after waiting 15 seconds for db:5432",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "web-1  | wait-for-it.sh: timeout occurred after waiting 15 seconds for db:5432",
  },
  {
    name: "a platform's process tag before a missing entry file",
    phase: "runtime",
    log: [
      "app.0: module.js:340",
      "app.0:     throw err;",
      "app.0: Error: Cannot find module '/app/app/start'",
      "app.0:     at Function.Module._resolveFilename (module.js:338:15)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "app.0: Error: Cannot find module '/app/app/start'",
  },
  {
    name: "MySQL gone away mid-query",
    phase: "runtime",
    log: [
      "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')",
  },
  {
    name: "gRPC Java finding the server unavailable",
    phase: "runtime",
    log: ["io.grpc.StatusRuntimeException: UNAVAILABLE: io exception"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
  },
  {
    name: "Ruby's HTTP client timing out on a service",
    phase: "runtime",
    log: ["Net::OpenTimeout: execution expired"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Net::OpenTimeout: execution expired",
  },
  {
    name: ".NET without a configuration section",
    phase: "runtime",
    log: ["Unhandled exception. System.InvalidOperationException: Section 'Jwt' not found in configuration."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Unhandled exception. System.InvalidOperationException: Section 'Jwt' not found in configuration.",
    variable: "Jwt",
  },
  {
    name: "a CLI without the argument its variable should give",
    phase: "runtime",
    log: ["error: The following required arguments were not provided:", "    --database-url <DATABASE_URL>"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "error: The following required arguments were not provided:",
    variable: "DATABASE_URL",
  },
  {
    name: "a pod evicted for its node's memory",
    phase: "runtime",
    log: [
      "Status:  Failed",
      "Reason:  Evicted",
      "Message: The node was low on resource: memory. Container app was using 1Gi, which exceeds its request of 512Mi.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "Message: The node was low on resource: memory. Container app was using 1Gi, which exceeds its request of 512Mi.",
  },
  {
    name: "yarn refusing the project's own engines field",
    phase: "build",
    log: [
      "yarn install v1.22.10",
      "[1/5] Validating package.json...",
      'error shop@1.0.0: The engine "node" is incompatible with this module. Expected version "12.21.0". Got "16.13.0"',
      "error Found incompatible module.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'error shop@1.0.0: The engine "node" is incompatible with this module. Expected version "12.21.0". Got "16.13.0"',
  },
  {
    name: "yarn refusing a package's engines field",
    phase: "build",
    log: [
      "yarn install v1.22.18",
      "[1/4] Resolving packages...",
      "[2/4] Fetching packages...",
      'error jest@29.3.1: The engine "node" is incompatible with this module. Expected version "^14.15.0 || >=18.0.0". Got "12.22.12"',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'error jest@29.3.1: The engine "node" is incompatible with this module. Expected version "^14.15.0 || >=18.0.0". Got "12.22.12"',
  },
  {
    name: "pydantic naming a nested settings field",
    phase: "runtime",
    log: [
      "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
      "openai.embedding_api_key",
      "  Field required [type=missing, input_value={}, input_type=dict]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
    variable: "openai.embedding_api_key",
  },
  {
    name: "a dependency needing a newer Elixir",
    phase: "build",
    log: [
      'warning: the dependency :honeybadger requires Elixir "~> 1.7" but you are running on v1.6.6',
      "==> cowboy",
      "src/cowboy_http2.erl:1: illegal pattern",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'warning: the dependency :honeybadger requires Elixir "~> 1.7" but you are running on v1.6.6',
  },
  {
    name: "libpq without the socket it was pointed at",
    phase: "runtime",
    log: [
      'PG::ConnectionBad: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory',
      "\tIs the server running locally and accepting connections on that socket?",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      'PG::ConnectionBad: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: No such file or directory',
  },
  {
    name: "a Gradle task property left without a value",
    phase: "build",
    log: [
      "> Could not resolve all dependencies for configuration ':myResources'.",
      "   > Cannot query the value of task ':dockerfileZip' property 'archiveFile' because it has no value available.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "> Cannot query the value of task ':dockerfileZip' property 'archiveFile' because it has no value available.",
  },
  {
    name: "a container whose entrypoint is not in the image",
    phase: "runtime",
    log: [
      'Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/entrypoint.sh": stat /app/entrypoint.sh: no such file or directory: unknown',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/app/entrypoint.sh": stat /app/entrypoint.sh: no such file or directory: unknown',
  },
  {
    name: "a CRLF script naming the command the carriage return broke",
    phase: "runtime",
    log: ["start: line 5: $'\\r': command not found", "start: line 10: $'php-fpm\\r': command not found"],
    category: "BUILD_CONFIG",
    keyLine: "start: line 10: $'php-fpm\\r': command not found",
  },
  {
    name: "a node: import on an old Node",
    phase: "runtime",
    log: ["Error: Cannot find module 'node:fs'", "Require stack:", "- /app/index.js"],
    category: "BUILD_CONFIG",
    keyLine: "Error: Cannot find module 'node:fs'",
  },
  {
    name: "OpenSSL 3 refusing an old webpack's hash",
    phase: "build",
    log: [
      "Error: error:0308010C:digital envelope routines::unsupported",
      "    at new Hash (node:internal/crypto/hash:69:19)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: error:0308010C:digital envelope routines::unsupported",
  },
  {
    name: "pip refusing a package for the build's Python",
    phase: "build",
    log: ["ERROR: Package 'fastapi' requires a different Python: 3.7.3 not in '>=3.8'"],
    category: "BUILD_DEPENDENCY",
    keyLine: "ERROR: Package 'fastapi' requires a different Python: 3.7.3 not in '>=3.8'",
  },
  {
    name: "Elixir reading an application environment nobody set",
    phase: "runtime",
    log: [
      "** (ArgumentError) could not fetch application environment :secret for application :app because the application was not loaded nor configured",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "** (ArgumentError) could not fetch application environment :secret for application :app because the application was not loaded nor configured",
  },
  {
    name: "a JNI library missing from the image",
    phase: "runtime",
    log: ['Exception in thread "main" java.lang.UnsatisfiedLinkError: no opencv_java460 in java.library.path'],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'Exception in thread "main" java.lang.UnsatisfiedLinkError: no opencv_java460 in java.library.path',
  },
  {
    name: "Rails finding two migrations of one name",
    phase: "runtime",
    log: ["ActiveRecord::DuplicateMigrationNameError: Multiple migrations have the name CreateUsers."],
    category: "DB_MIGRATION",
    keyLine: "ActiveRecord::DuplicateMigrationNameError: Multiple migrations have the name CreateUsers.",
  },
  {
    name: "MongoDB refusing a command to a user without the role",
    phase: "runtime",
    log: ["MongoServerError: not authorized on admin to execute command { listDatabases: 1 }"],
    category: "PERMISSION_AUTH",
    keyLine: "MongoServerError: not authorized on admin to execute command { listDatabases: 1 }",
  },
  {
    name: "npm unable to read a version",
    phase: "build",
    log: ["npm ERR! Invalid Version: file:packages/preset"],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! Invalid Version: file:packages/preset",
  },
  {
    name: "npm ci without a lock file",
    phase: "build",
    log: [
      "npm ERR! The `npm ci` command can only install with an existing package-lock.json or",
      "npm ERR! npm-shrinkwrap.json with lockfileVersion >= 1.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "npm ERR! The `npm ci` command can only install with an existing package-lock.json or",
  },
  {
    name: "Parcel unable to resolve the project's import",
    phase: "build",
    log: [
      "6:17:03 PM: 🚨  /opt/build/repo/src/App.js:5:20: Cannot resolve dependency './Details' at '/opt/build/repo/src/Details'",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "6:17:03 PM: 🚨  /opt/build/repo/src/App.js:5:20: Cannot resolve dependency './Details' at '/opt/build/repo/src/Details'",
  },
  {
    name: "an ESM entry resolved from the working directory",
    phase: "runtime",
    log: [
      "node:internal/errors:496",
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/app/dist/server.js' imported from /app/",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/app/dist/server.js' imported from /app/",
  },
  {
    name: "a CLI without the command the start runs",
    phase: "runtime",
    log: [" ›   Error: command n8n not found"],
    category: "BUILD_CONFIG",
    keyLine: "›   Error: command n8n not found",
  },
  {
    name: "a gem missing from the image at run time",
    phase: "runtime",
    log: [
      "Bundler::GemNotFound: Your bundle is locked to mini_portile2 (2.1.0), but that version could not be found in any of the sources listed in your Gemfile.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Bundler::GemNotFound: Your bundle is locked to mini_portile2 (2.1.0), but that version could not be found in any of the sources listed in your Gemfile.",
  },
  {
    name: "a CPU without an instruction the binary uses",
    phase: "runtime",
    log: ["[INFO] Starting gunicorn 21.2.0", "Illegal instruction (core dumped)"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Illegal instruction (core dumped)",
  },
  {
    name: "Python 2 code on Python 3 in a pip build",
    phase: "build",
    log: [
      '  File "/tmp/pip-build-7a0j/sentry/setup.py", line 58',
      "    print 'hello'",
      "SyntaxError: Missing parentheses in call to 'print'",
      'Command "python setup.py egg_info" failed with error code 1 in /tmp/pip-build-7a0j/sentry/',
    ],
    category: "BUILD_CONFIG",
    keyLine: "SyntaxError: Missing parentheses in call to 'print'",
  },
  {
    name: "an HTTP client that never got a connection",
    phase: "runtime",
    log: [
      '{"level":"panic","msg":"Failed to start, err: Post \\"https://10.0.0.1:443/apis\\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"}',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      '{"level":"panic","msg":"Failed to start, err: Post \\"https://10.0.0.1:443/apis\\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"}',
  },
  {
    name: "Liquibase naming the changeset that failed",
    phase: "runtime",
    log: [
      "ERROR [liquibase.changelog.ChangeSet] (main) ChangeSet META-INF/changelog-4.0.0.xml::4.0.0-1::dev encountered an exception.",
      "ERROR [org.acme.Main] (main) Error details:: java.lang.RuntimeException: Failed to update database",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "ERROR [liquibase.changelog.ChangeSet] (main) ChangeSet META-INF/changelog-4.0.0.xml::4.0.0-1::dev encountered an exception.",
  },
  {
    name: "fluent-bit's unset variable",
    phase: "runtime",
    log: ["[2022/07/29 20:17:55] [ warn] [env] variable ${CLUSTER_NAME} is used but not set"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[2022/07/29 20:17:55] [ warn] [env] variable ${CLUSTER_NAME} is used but not set",
    variable: "CLUSTER_NAME",
  },
  {
    name: "a sunset builder image",
    phase: "build",
    log: ["[builder] ERROR: This builder image (heroku/buildpacks:20) has been sunset,"],
    category: "BUILD_CONFIG",
    keyLine: "[builder] ERROR: This builder image (heroku/buildpacks:20) has been sunset,",
  },
  {
    name: "a socket to the database broken",
    phase: "runtime",
    log: [
      "Unhandled Exception: System.AggregateException: One or more errors occurred. (Unable to write data to the transport connection: Broken pipe.)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "Unhandled Exception: System.AggregateException: One or more errors occurred. (Unable to write data to the transport connection: Broken pipe.)",
  },
  {
    name: "Ktor without a port or its config file",
    phase: "runtime",
    log: [
      'Exception in thread "main" java.lang.IllegalArgumentException: Neither port nor sslPort specified. Use command line options -port/-sslPort or configure connectors in application.conf',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'Exception in thread "main" java.lang.IllegalArgumentException: Neither port nor sslPort specified. Use command line options -port/-sslPort or configure connectors in application.conf',
    variable: "application.conf",
  },
  {
    name: "Jib without a main class",
    phase: "build",
    log: [
      "> com.google.cloud.tools.jib.plugins.common.MainClassInferenceException: Main class was not found, perhaps you should add a `mainClass` configuration to jib",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "> com.google.cloud.tools.jib.plugins.common.MainClassInferenceException: Main class was not found, perhaps you should add a `mainClass` configuration to jib",
  },
  {
    name: "Gradle's daemon thrashing in GC",
    phase: "build",
    log: [
      "The Daemon will expire immediately since the JVM garbage collector is thrashing.",
      "FAILURE: Build failed with an exception.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "The Daemon will expire immediately since the JVM garbage collector is thrashing.",
  },
  {
    name: "a package registry that does not resolve during an install",
    phase: "build",
    log: [
      "npm ERR! request to https://registry.npmjs.org/left-pad failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "npm ERR! request to https://registry.npmjs.org/left-pad failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
  },
  {
    name: "a tool's own 'error:' prefix before a connection failure",
    phase: "runtime",
    log: [
      "psql: error: could not connect to server: Connection refused",
      '\tIs the server running on host "localhost" (127.0.0.1) and accepting',
      "could not connect to server: Connection refused",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "psql: error: could not connect to server: Connection refused",
  },
  {
    name: "an app telling the user which variable to set",
    phase: "runtime",
    log: ["2020-12-31T03:52:04+0000 <error> You must set the ADDRESS environment variable."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2020-12-31T03:52:04+0000 <error> You must set the ADDRESS environment variable.",
    variable: "ADDRESS",
  },
  {
    name: "Nuxt started without its build output",
    phase: "runtime",
    log: [
      " FATAL  No build files found in /app/.nuxt/dist/server.",
      "  Use either `nuxt build` or `builder.build()` or start nuxt in development mode.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "FATAL  No build files found in /app/.nuxt/dist/server.",
  },
  {
    name: "node-gyp on a Python without distutils",
    phase: "build",
    log: [
      ".../canvas@2.11.2/node_modules/canvas install: ModuleNotFoundError: No module named 'distutils'",
      ".../canvas@2.11.2/node_modules/canvas install: Failed",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: ".../canvas@2.11.2/node_modules/canvas install: ModuleNotFoundError: No module named 'distutils'",
  },
  {
    name: "a Lerna package killed mid-build",
    phase: "build",
    log: ["@acme/web: Killed", "@acme/web: error Command failed with exit code 137."],
    category: "OUT_OF_MEMORY",
    keyLine: "@acme/web: Killed",
  },
  {
    name: "t3-env listing the invalid variable",
    phase: "build",
    log: [
      "Collecting page data  ...❌ Invalid environment variables: { API_BASE_URL: [ 'Required' ] }",
      "Error: Invalid environment variables",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Collecting page data  ...❌ Invalid environment variables: { API_BASE_URL: [ 'Required' ] }",
    variable: "API_BASE_URL",
  },
  {
    name: "Poetry's installer without python3-venv",
    phase: "build",
    log: [
      "The virtual environment was not created successfully because ensurepip is not",
      "available.  On Debian/Ubuntu systems, you need to install the python3-venv",
    ],
    category: "BUILD_CONFIG",
    keyLine: "The virtual environment was not created successfully because ensurepip is not",
  },
  {
    name: "gunicorn's worker killed by signal 9 without a timeout",
    phase: "runtime",
    log: [
      "[2023-05-11 18:13:57 +0000] [7] [WARNING] Worker with pid 14824 was terminated due to signal 9",
      "[2023-05-11 18:13:57 +0000] [14852] [INFO] Booting worker with pid: 14852",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "[2023-05-11 18:13:57 +0000] [7] [WARNING] Worker with pid 14824 was terminated due to signal 9",
  },
  {
    name: "a requirements file named with a carriage return",
    phase: "build",
    log: [
      "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt\\r'",
      "ModuleNotFoundError: No module named 'django'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt\\r'",
  },
  {
    name: "a C toolchain that cannot link on Alpine",
    phase: "build",
    log: ["RuntimeError: Broken toolchain: cannot link a simple C program", "ERROR: Failed building wheel for numpy"],
    category: "BUILD_DEPENDENCY",
    keyLine: "RuntimeError: Broken toolchain: cannot link a simple C program",
  },
  {
    name: "a remote builder asking for a login",
    phase: "build",
    log: [
      "Error: failed to fetch an image or build from source: error connecting to docker: failed building options: You must be authenticated to view this.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "Error: failed to fetch an image or build from source: error connecting to docker: failed building options: You must be authenticated to view this.",
  },
  {
    name: "Azure's container that never answered its pings",
    phase: "runtime",
    log: [
      "ERROR - Container app for site app did not start within expected time limit. Elapsed time = 230.8 sec",
      "ERROR - Container app didn't respond to HTTP pings on port: 8080, failing site start. See container logs for debugging.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "ERROR - Container app didn't respond to HTTP pings on port: 8080, failing site start. See container logs for debugging.",
  },
  {
    name: "Flyway finding a migration the code lacks",
    phase: "runtime",
    log: [
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer': Validate failed: Migrations have failed validation",
      "Detected applied migration not resolved locally: 0.",
    ],
    category: "DB_MIGRATION",
    keyLine: "Detected applied migration not resolved locally: 0.",
  },
  {
    name: "NuGet naming the download that failed",
    phase: "build",
    log: [
      "log  : Failed to download package from 'https://api.nuget.org/v3-flatcontainer/acme/1.0.0/acme.1.0.0.nupkg'.",
      "log  : Response status code does not indicate success: 404 (Not Found).",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "log  : Failed to download package from 'https://api.nuget.org/v3-flatcontainer/acme/1.0.0/acme.1.0.0.nupkg'.",
  },
  {
    name: ".NET configuration missing a value",
    phase: "runtime",
    log: ["Message=Configuration missing value for: IdentityUrl"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Message=Configuration missing value for: IdentityUrl",
    variable: "IdentityUrl",
  },
  {
    name: "Kamal's target that never became healthy",
    phase: "runtime",
    log: [
      "ERROR (SSHKit::Command::Failed): Exception while executing on host app-1: docker exit status: 1",
      "docker stderr: Error: target failed to become healthy",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "docker stderr: Error: target failed to become healthy",
  },
  {
    name: "the Docker daemon not running for a deploy",
    phase: "runtime",
    log: [
      "docker stderr: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "docker stderr: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
  },
  {
    name: "a code error raised while Rails booted to precompile",
    phase: "build",
    log: [
      "remote:        rake aborted!",
      "remote:        Zeitwerk::NameError: expected file /tmp/build/app/models/image.rb to define constant Image, but didn't",
      "remote:        Tasks: TOP => assets:precompile",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "remote:        Zeitwerk::NameError: expected file /tmp/build/app/models/image.rb to define constant Image, but didn't",
  },
  {
    name: "a bare message logged before the exception that names its class",
    phase: "runtime",
    log: [
      '[Nest] 1  - 10/03/2024, 12:59:37 PM   ERROR [ExceptionsHandler] relation "core.user" does not exist',
      'QueryFailedError: relation "core.user" does not exist',
      "    at PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)",
    ],
    category: "DB_MIGRATION",
    keyLine: 'QueryFailedError: relation "core.user" does not exist',
  },
  {
    name: "javac older than the source release",
    phase: "build",
    log: [
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project app: Fatal error compiling: error: invalid source release: 21 -> [Help 1]",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project app: Fatal error compiling: error: invalid source release: 21 -> [Help 1]",
  },
  {
    name: "the compiler killed mid-build",
    phase: "build",
    log: ["c++: internal compiler error: Killed (program cc1plus)", "make: *** [Makefile:12: build] Error 1"],
    category: "OUT_OF_MEMORY",
    keyLine: "c++: internal compiler error: Killed (program cc1plus)",
  },
  {
    name: "NuGet without a package version",
    phase: "build",
    log: [
      "/src/App.csproj : error NU1102: Unable to find package Microsoft.EntityFrameworkCore with version (>= 99.0.0)",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "/src/App.csproj : error NU1102: Unable to find package Microsoft.EntityFrameworkCore with version (>= 99.0.0)",
  },
  {
    name: "a platform finding no Next.js to build",
    phase: "build",
    log: [
      'Error: No Next.js version could be detected in your project. Make sure `"next"` is installed in "dependencies" or "devDependencies"',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'Error: No Next.js version could be detected in your project. Make sure `"next"` is installed in "dependencies" or "devDependencies"',
  },
  {
    name: "a workflow token without the permission a step needs",
    phase: "build",
    log: ["Error: Resource not accessible by integration"],
    category: "PERMISSION_AUTH",
    keyLine: "Error: Resource not accessible by integration",
  },
  {
    name: "a registry login in CI without a password",
    phase: "build",
    log: ["Error: Cannot perform an interactive login from a non TTY device"],
    category: "PERMISSION_AUTH",
    keyLine: "Error: Cannot perform an interactive login from a non TTY device",
  },
  {
    name: "Playwright's browsers not installed",
    phase: "build",
    log: [
      "browserType.launch: Executable doesn't exist at /home/runner/.cache/ms-playwright/chromium-1015/chrome-linux/chrome",
      "Looks like Playwright Test or Playwright was just installed or updated.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "browserType.launch: Executable doesn't exist at /home/runner/.cache/ms-playwright/chromium-1015/chrome-linux/chrome",
  },
  {
    name: "an Android package's build.gradle without compileSdkVersion",
    phase: "build",
    log: [
      "Build file '/build/node_modules/expo-camera/android/build.gradle' line: 90",
      "A problem occurred evaluating project ':expo-camera'.",
      "> compileSdkVersion is not specified. Please add it to build.gradle",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "> compileSdkVersion is not specified. Please add it to build.gradle",
  },
  {
    name: "Wrangler without an entry point",
    phase: "build",
    log: ["✘ [ERROR] Missing entry-point to Worker script or to assets directory"],
    category: "BUILD_CONFIG",
    keyLine: "✘ [ERROR] Missing entry-point to Worker script or to assets directory",
  },
  {
    name: "a Python Lambda whose handler module is not in the bundle",
    phase: "runtime",
    log: [
      "  \"errorMessage\": \"Unable to import module 'handler': No module named 'handler'\",",
      '  "errorType": "Runtime.ImportModuleError",',
    ],
    category: "BUILD_CONFIG",
    keyLine: "\"errorMessage\": \"Unable to import module 'handler': No module named 'handler'\",",
  },
  {
    name: "a Node Lambda whose handler module is not in the bundle",
    phase: "runtime",
    log: [
      '    "errorMessage": "Error: Cannot find module \'index\'",',
      '    "stack": [',
      "        \"Runtime.ImportModuleError: Error: Cannot find module 'index'\",",
      '        "    at _loadUserApp (/var/runtime/UserFunction.js:100:13)",',
    ],
    category: "BUILD_CONFIG",
    keyLine: "\"Runtime.ImportModuleError: Error: Cannot find module 'index'\",",
  },
  {
    name: "a server socket closed under a data tool",
    phase: "runtime",
    log: [
      "BrokenPipe: server socket closed. Please check that client side networking configurations such as Proxies, firewalls, VPN, etc. are not affecting your network connection.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "BrokenPipe: server socket closed. Please check that client side networking configurations such as Proxies, firewalls, VPN, etc. are not affecting your network connection.",
  },
  {
    name: "setuptools without the wheel package",
    phase: "build",
    log: ["  Failed building wheel for python-editor", "  error: invalid command 'bdist_wheel'"],
    category: "BUILD_DEPENDENCY",
    keyLine: "error: invalid command 'bdist_wheel'",
  },
  {
    name: "a failed bind named before the port range ran out",
    phase: "runtime",
    log: [
      "ERROR: [Errno 99] error while attempting to bind on address ('::1', 7959, 0, 0): cannot assign requested address",
      "OSError: Cannot find empty port in range: 7860-7959.",
    ],
    category: "PORT_BINDING",
    keyLine:
      "ERROR: [Errno 99] error while attempting to bind on address ('::1', 7959, 0, 0): cannot assign requested address",
  },
  {
    name: "a requirements file the platform cannot parse",
    phase: "build",
    log: [
      "Error: could not parse requirements.txt: Failed to parse requirements file. Line 12, col 3: expected end of input",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error: could not parse requirements.txt: Failed to parse requirements file. Line 12, col 3: expected end of input",
  },
  {
    name: "an app saying which setting it could not load",
    phase: "runtime",
    log: [
      "KeyError: 'BOT_TOKEN'",
      "",
      "During handling of the above exception, another exception occurred:",
      "Exception: mandatory setting BOT_TOKEN could not be loaded from os.environ nor from .env",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Exception: mandatory setting BOT_TOKEN could not be loaded from os.environ nor from .env",
    variable: "BOT_TOKEN",
  },
  {
    name: ".NET without a connection string",
    phase: "runtime",
    log: [
      "Exception Info: System.InvalidOperationException: A connection string was not found. Please set your connection string.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Exception Info: System.InvalidOperationException: A connection string was not found. Please set your connection string.",
  },
  {
    name: "a job library whose migrations were not run",
    phase: "runtime",
    log: [
      "** (Mix) Could not start application app: App.Application.start(:normal, []) returned an error: shutdown: failed to start child: Oban",
      "** (RuntimeError) Oban migrations have not been run. The oban_jobs table does not exist.",
    ],
    category: "DB_MIGRATION",
    keyLine: "** (RuntimeError) Oban migrations have not been run. The oban_jobs table does not exist.",
  },
  {
    name: "libpq without a socket",
    phase: "runtime",
    log: ["[GoodJob] Notifier errored: PG::ConnectionBad: PQsocket() can't get socket descriptor"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "[GoodJob] Notifier errored: PG::ConnectionBad: PQsocket() can't get socket descriptor",
  },
  {
    name: "an Elixir call to a process that is not there",
    phase: "runtime",
    log: [
      "** (EXIT) no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "** (EXIT) no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started",
  },
  {
    name: "a progress line cut by the kernel's Killed",
    phase: "build",
    log: [
      "vite v5.0.0 building for production...",
      "rendering chunks (72)...Killed",
      'ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 137',
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "rendering chunks (72)...Killed",
  },
  {
    name: "Yarn missing from a Rails build",
    phase: "build",
    log: [
      "remote:        Yarn executable was not detected in the system.",
      "remote:        jsbundling-rails: Command build failed, ensure yarn is installed and `yarn build` runs without errors",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote:        Yarn executable was not detected in the system.",
  },
  {
    name: "a dependency's build without its own tool",
    phase: "build",
    log: [
      "make: ./rebar: Command not found",
      '** (Mix) Could not compile dependency :setup, "rebar3 bare compile" command failed.',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "make: ./rebar: Command not found",
  },
  {
    name: "a firmware tool rejecting an option in its config",
    phase: "build",
    log: [
      "/root/.nerves/artifacts/system/images/fwup.conf:479: no such option 'delta-source-raw-offset'",
      "** (Mix) Nerves encountered an error.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "/root/.nerves/artifacts/system/images/fwup.conf:479: no such option 'delta-source-raw-offset'",
  },
  {
    name: "Node's uncaught plain Error under its throw",
    phase: "runtime",
    log: [
      "/app/node_modules/thread-stream/index.js:209",
      "      throw new Error('the worker has exited')",
      "      ^",
      "",
      "Error: the worker has exited",
      "    at ThreadStream.write (/app/node_modules/thread-stream/index.js:209:13)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Error: the worker has exited",
  },
  {
    name: "pip's named conflict after a launcher's stderr prefix",
    phase: "build",
    log: [
      "stderr: ERROR: Cannot install -r requirements.txt (line 3) and gradio==3.41.2 because these package versions have conflicting dependencies.",
      "ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/#dealing-with-dependency-conflicts",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "stderr: ERROR: Cannot install -r requirements.txt (line 3) and gradio==3.41.2 because these package versions have conflicting dependencies.",
  },
  {
    name: "a list of settings, each with its variable in brackets",
    phase: "build",
    log: [
      "django.core.exceptions.ImproperlyConfigured: Invalid environment configuration: contact email must be specified (variable CONTACT_EMAIL), service name must be specified (variable SERVICE_NAME)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "django.core.exceptions.ImproperlyConfigured: Invalid environment configuration: contact email must be specified (variable CONTACT_EMAIL), service name must be specified (variable SERVICE_NAME)",
    variable: "CONTACT_EMAIL",
  },
  {
    name: "a config file at a path the app cannot load",
    phase: "runtime",
    log: [
      "main.go:185: unable to load config file /etc/app/config.json: open /etc/app/config.json: no such file or directory",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "main.go:185: unable to load config file /etc/app/config.json: open /etc/app/config.json: no such file or directory",
    variable: "config.json",
  },
  {
    name: "a Heroku log through a syslog drain, the entry file missing",
    phase: "runtime",
    log: [
      "Nov 21 09:13:28 myhost heroku/web.1:  Starting process with command `node dist/main.js`",
      "Nov 21 09:13:29 myhost app/web.1:  Error: Cannot find module '/app/dist/main.js'",
      "Nov 21 09:13:29 myhost app/web.1:      at Function.Module._resolveFilename (module.js:338:15)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Nov 21 09:13:29 myhost app/web.1:  Error: Cannot find module '/app/dist/main.js'",
  },
  {
    name: "a native addon built for another platform",
    phase: "runtime",
    log: ["Error: Error loading shared library /app/node_modules/sharp/build/Release/sharp.node: Exec format error"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error: Error loading shared library /app/node_modules/sharp/build/Release/sharp.node: Exec format error",
  },
  {
    name: "Cowboy's own sentence over Erlang's :eaddrinuse",
    phase: "runtime",
    log: [
      "[error] Running MyApp.Endpoint with Cowboy on port 4000 (http) failed, port already in use",
      "** (MatchError) no match of right hand side value: {:error, :eaddrinuse}",
    ],
    category: "PORT_BINDING",
    keyLine: "[error] Running MyApp.Endpoint with Cowboy on port 4000 (http) failed, port already in use",
  },
  {
    name: "Node's MODULE_NOT_FOUND code where the paste lost the line above",
    phase: "runtime",
    log: [
      "    at Module.require (node:internal/modules/cjs/loader:1231:19)",
      "  code: 'MODULE_NOT_FOUND',",
      "  requireStack: [ '/app/scripts/start.js' ]",
      "}",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "code: 'MODULE_NOT_FOUND',",
  },
  {
    name: "tsc refusing its command line",
    phase: "build",
    log: ["> tsc -p . --build", "error TS6369: Option '--build' must be the first command line argument."],
    category: "BUILD_CONFIG",
    keyLine: "error TS6369: Option '--build' must be the first command line argument.",
  },
  {
    name: "Cloud Run's container that never listened",
    phase: "runtime",
    log: [
      "X Deploying... Cloud Run error: Container failed to start. Failed to start and then listen on the port defined by the PORT environment variable.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "X Deploying... Cloud Run error: Container failed to start. Failed to start and then listen on the port defined by the PORT environment variable.",
  },
  {
    name: "a package's own build raising under pip",
    phase: "build",
    log: [
      '          raise RuntimeError("autoconf error")',
      "      RuntimeError: autoconf error",
      "      [end of output]",
      "  note: This error originates from a subprocess, and is likely not a problem with pip.",
      "error: legacy-install-failure",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "RuntimeError: autoconf error",
  },
  {
    name: "a task's child process SIGKILLed",
    phase: "runtime",
    log: [
      "subprocess.CalledProcessError: Command '['/usr/bin/convert', 'in.tiff', 'out.png']' died with <Signals.SIGKILL: 9>.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "subprocess.CalledProcessError: Command '['/usr/bin/convert', 'in.tiff', 'out.png']' died with <Signals.SIGKILL: 9>.",
  },
  {
    name: "a build step running a Django command the app lacks",
    phase: "build",
    log: [
      "remote: -----> $ python manage.py collectstatic --noinput",
      "remote:        Unknown command: 'collectstatic'",
      "remote:        Type 'manage.py help' for usage.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote:        Unknown command: 'collectstatic'",
  },
  {
    name: "a Rust client naming the database it could not reach",
    phase: "runtime",
    log: [
      "thread 'main' panicked at src/main.rs:20:10:",
      "failed to connect to Postgres URL postgres://app@localhost:5432/app",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "failed to connect to Postgres URL postgres://app@localhost:5432/app",
  },
  {
    name: "Typesafe Config without a key",
    phase: "runtime",
    log: [
      "Exception in thread \"main\" com.typesafe.config.ConfigException$Missing: No configuration setting found for key 'ktor'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Exception in thread \"main\" com.typesafe.config.ConfigException$Missing: No configuration setting found for key 'ktor'",
    variable: "ktor",
  },
  {
    name: "a variable named before 'key is not set'",
    phase: "runtime",
    log: ["panic: CONSUL_HTTP_PORT key is not set", "", "goroutine 1 [running]:"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "panic: CONSUL_HTTP_PORT key is not set",
    variable: "CONSUL_HTTP_PORT",
  },
  {
    name: "a variable named as a required configuration option",
    phase: "runtime",
    log: ["** (RuntimeError) SECRET_KEY_BASE configuration option is required. See the docs."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "** (RuntimeError) SECRET_KEY_BASE configuration option is required. See the docs.",
    variable: "SECRET_KEY_BASE",
  },
  {
    name: "sqlx's migrator finding a changed migration",
    phase: "runtime",
    log: ["WARN app::config: PEER_KEY not set, generated random key.", "Error: Migration(VersionMismatch(73))"],
    category: "DB_MIGRATION",
    keyLine: "Error: Migration(VersionMismatch(73))",
  },
  {
    name: "Mix building where Hex is not installed",
    phase: "build",
    log: [
      "Could not find Hex, which is needed to build dependency :poison",
      'Shall I install Hex? (if running non-interactively, use "mix local.hex --force") [Yn] ** (Mix) Could not find an SCM for dependency :poison from MyApp.Mixfile',
    ],
    category: "BUILD_CONFIG",
    keyLine: "Could not find Hex, which is needed to build dependency :poison",
  },
  {
    name: "Bundler without git for a git-sourced gem",
    phase: "build",
    log: [
      "Fetching https://gitlab.com/acme/gem",
      "Retrying `git clone https://gitlab.com/acme/gem /usr/local/bundle/cache/bundler/git/gem-1 --bare --no-hardlinks --quiet` at /app due to error (2/4): Errno::ENOENT No such file or directory - git",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Retrying `git clone https://gitlab.com/acme/gem /usr/local/bundle/cache/bundler/git/gem-1 --bare --no-hardlinks --quiet` at /app due to error (2/4): Errno::ENOENT No such file or directory - git",
  },
  {
    name: "Composer's requirement found only outside a bracketed version list",
    phase: "build",
    log: [
      "Your requirements could not be resolved to an installable set of packages.",
      "    - acme/kit[v1.0.0, ..., 1.x-dev] require illuminate/console ^9.21 -> found illuminate/console[v9.21.0, ..., 9.x-dev] but these were not loaded, likely because it conflicts with another require.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "- acme/kit[v1.0.0, ..., 1.x-dev] require illuminate/console ^9.21 -> found illuminate/console[v9.21.0, ..., 9.x-dev] but these were not loaded, likely because it conflicts with another require.",
  },
  {
    name: "a buildpack without the Node version asked for",
    phase: "build",
    log: [
      "DEPENDENCY MISSING IN MANIFEST:",
      "Version 0.10.x of dependency node is not supported by this buildpack.",
      "a binary and version number or the requested version or version range is not supported.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "a binary and version number or the requested version or version range is not supported.",
  },
  {
    name: "envalid missing a value",
    phase: "runtime",
    log: ["EnvError: Missing value for SESSION_SECRET"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "EnvError: Missing value for SESSION_SECRET",
    variable: "SESSION_SECRET",
  },
  {
    name: "a missing required setting named",
    phase: "runtime",
    log: ["ValueError: Missing required setting: SLACK_BOT_TOKEN"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ValueError: Missing required setting: SLACK_BOT_TOKEN",
    variable: "SLACK_BOT_TOKEN",
  },
  {
    name: "Rails unable to read an adapter from DATABASE_URL",
    phase: "runtime",
    log: ["Rails couldn't infer the database adapter from DATABASE_URL"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Rails couldn't infer the database adapter from DATABASE_URL",
    variable: "DATABASE_URL",
  },
  {
    name: "an unset host printed as undefined names no setting: the host does not resolve",
    phase: "runtime",
    log: [
      "Error: getaddrinfo ENOTFOUND undefined",
      "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: getaddrinfo ENOTFOUND undefined",
  },
  {
    name: "an unset database user printed as undefined",
    phase: "runtime",
    log: ['error: password authentication failed for user "undefined"'],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'error: password authentication failed for user "undefined"',
  },
  {
    name: "Redis still loading its dataset",
    phase: "runtime",
    log: ["ReplyError: LOADING Redis is loading the dataset in memory"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "ReplyError: LOADING Redis is loading the dataset in memory",
  },
  {
    name: "pgJDBC's connection attempt failing without its cause",
    phase: "runtime",
    log: [
      "2026-01-01 10:00:00 ERROR Pool init failed",
      "Caused by: org.postgresql.util.PSQLException: The connection attempt failed.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Caused by: org.postgresql.util.PSQLException: The connection attempt failed.",
  },
  {
    name: "SQL Server without a column the code reads",
    phase: "runtime",
    log: ["Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid column name 'CreatedAt'."],
    category: "DB_MIGRATION",
    keyLine: "Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid column name 'CreatedAt'.",
  },
  {
    name: "V8's GC trace cut before its FATAL line",
    phase: "runtime",
    log: [
      "<--- Last few GCs --->",
      "",
      "[7:0x5a1]   61234 ms: Mark-Compact 2040.1 (2082.0) -> 2039.5 (2083.0) MB, 1500.2 / 0.0 ms  (average mu = 0.1)",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "<--- Last few GCs --->",
  },
  {
    name: "Ruby failing to allocate memory",
    phase: "runtime",
    log: ["NoMemoryError: failed to allocate memory"],
    category: "OUT_OF_MEMORY",
    keyLine: "NoMemoryError: failed to allocate memory",
  },
  {
    name: "a server refused a privileged port",
    phase: "runtime",
    log: ["Error: Unable to bind to port 80: Permission denied"],
    category: "PORT_BINDING",
    keyLine: "Error: Unable to bind to port 80: Permission denied",
  },
  {
    name: "a migration lock another run still holds",
    phase: "runtime",
    log: [
      "[2026-01-01 10:00:00] ERROR Migrations are running at the moment. Please wait that the lock gets released.",
      "MigrationsAreLockedError: Migrations are running at the moment. Please wait that the lock gets released.",
    ],
    category: "DB_MIGRATION",
    keyLine: "MigrationsAreLockedError: Migrations are running at the moment. Please wait that the lock gets released.",
  },
  {
    name: "a bundler unable to resolve an import inside a package",
    phase: "build",
    log: [
      '[vite]: Rollup failed to resolve import "sharp" from "node_modules/.pnpm/site@1.0.0/node_modules/site/dist/image.js".',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      '[vite]: Rollup failed to resolve import "sharp" from "node_modules/.pnpm/site@1.0.0/node_modules/site/dist/image.js".',
  },
  {
    name: "a Redis URL whose port does not parse",
    phase: "runtime",
    log: [
      '    raise ValueError("Port could not be cast to integer value as %r" % port)',
      "ValueError: Port could not be cast to integer value as 'p@ss'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ValueError: Port could not be cast to integer value as 'p@ss'",
  },
  {
    name: "a wheel's build without a C compiler",
    phase: "build",
    log: [
      "  building '_cffi_backend' extension",
      "  error: command 'gcc' failed: No such file or directory",
      "ERROR: unable to execute 'gcc': No such file or directory",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "error: command 'gcc' failed: No such file or directory",
  },
  {
    name: "every port of a UI server's range taken",
    phase: "runtime",
    log: [
      "OSError: Cannot find empty port in range: 7860-7959. You can specify a different port by setting the GRADIO_SERVER_PORT environment variable or passing the `server_port` parameter to `launch()`.",
    ],
    category: "PORT_BINDING",
    keyLine:
      "OSError: Cannot find empty port in range: 7860-7959. You can specify a different port by setting the GRADIO_SERVER_PORT environment variable or passing the `server_port` parameter to `launch()`.",
  },
  {
    name: "a build tool asking for a package.json field",
    phase: "build",
    log: [
      '  ⨯ Cannot detect repository by .git/config. Please specify "repository" in the package.json (https://docs.npmjs.com/files/package.json#repository).',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      '⨯ Cannot detect repository by .git/config. Please specify "repository" in the package.json (https://docs.npmjs.com/files/package.json#repository).',
  },
  {
    name: "a tool not found before exit 127",
    phase: "build",
    log: [
      "not found: electron-builder",
      "Error: Command failed: npx --no-install electron-builder --linux",
      "  status: 127,",
    ],
    category: "BUILD_CONFIG",
    keyLine: "not found: electron-builder",
  },
  {
    name: "an oclif warning heading over the refused file",
    phase: "runtime",
    log: [
      "(node:2) [EACCES] Warning: Error",
      "code: EACCES",
      "message: EACCES: permission denied, open '/home/node/.app/config'",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "message: EACCES: permission denied, open '/home/node/.app/config'",
  },
  {
    name: "Ghost's config check finding its port in use",
    phase: "runtime",
    log: [
      "A ConfigError occurred.",
      "Error detected in the production configuration.",
      "Message: Port '2368' is in use.",
      "Configuration Key(s): server.port",
    ],
    category: "PORT_BINDING",
    keyLine: "Message: Port '2368' is in use.",
  },
  {
    name: "a rollout whose replicas never became available",
    phase: "runtime",
    log: [
      "Status: Failed",
      "Status Message: ProgressDeadlineExceeded",
      'Status Reason: ReplicaSet "web-7c9f" has timed out progressing.',
      "Healthy Replicas: 0",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: 'Status Reason: ReplicaSet "web-7c9f" has timed out progressing.',
  },
  {
    name: "an app refusing its default secret",
    phase: "runtime",
    log: [
      "A Default SECRET_KEY was detected, please use superset_config.py to override it.",
      "Refusing to start due to insecure SECRET_KEY",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Refusing to start due to insecure SECRET_KEY",
    variable: "SECRET_KEY",
  },
  {
    name: "mypy finding a module twice",
    phase: "build",
    log: [
      'build/lib/pkg/__init__.py: error: Duplicate module named "pkg" (also at "./pkg/__init__.py")',
      "Found 1 error in 1 file (errors prevented further checking)",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'build/lib/pkg/__init__.py: error: Duplicate module named "pkg" (also at "./pkg/__init__.py")',
  },
  {
    name: "a wrapper unable to import a name that is gone",
    phase: "runtime",
    log: [
      "Setup failed for custom integration 'solar': Unable to import component: cannot import name 'Config' from 'app.core' (/usr/src/app/core.py)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Setup failed for custom integration 'solar': Unable to import component: cannot import name 'Config' from 'app.core' (/usr/src/app/core.py)",
  },
  {
    name: "an unknown name in a database setting",
    phase: "runtime",
    log: ["2019/05/11 20:26:04 [E] Failed to initialize ORM engine: invalid value / unknown config name: enable"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2019/05/11 20:26:04 [E] Failed to initialize ORM engine: invalid value / unknown config name: enable",
  },
  {
    name: "a registry crate's build script panicking",
    phase: "build",
    log: [
      "  process didn't exit successfully: `/app/target/release/build/foo-1a2b/build-script-build` (exit status: 101)",
      "  --- stderr",
      "  thread 'main' panicked at",
      "/root/.cargo/registry/src/index.crates.io-6f17d22bba15001f/foo-0.3.1/build.rs:42:31:",
      '  called `Result::unwrap()` on an `Err` value: Error { kind: NotFound, message: "schema.xml" }',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'called `Result::unwrap()` on an `Err` value: Error { kind: NotFound, message: "schema.xml" }',
  },
  {
    name: "a search server's boot check on a kernel setting",
    phase: "runtime",
    log: [
      "ERROR: [1] bootstrap checks failed",
      "[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]",
    variable: "vm.max_map_count",
  },
  {
    name: "a config file the app names and cannot open",
    phase: "runtime",
    log: ['{"level":"error","msg":"LoadConfig: Error opening config file=settings.json, err=no config file found, "}'],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      '{"level":"error","msg":"LoadConfig: Error opening config file=settings.json, err=no config file found, "}',
    variable: "settings.json",
  },
  {
    name: "Erlang refusing modules built by a newer OTP",
    phase: "runtime",
    log: [
      "[error] beam/beam_load.c(190): Error loading module ranch_server:",
      "  This BEAM file was compiled for a later version of the runtime system than the current (Erlang/OTP 25).",
    ],
    category: "BUILD_CONFIG",
    keyLine: "This BEAM file was compiled for a later version of the runtime system than the current (Erlang/OTP 25).",
  },
  {
    name: "a malformed config file beside a read-only /proc tuning notice",
    phase: "runtime",
    log: [
      "/opt/app/bin/runsvdir-start: line 37: /proc/sys/fs/file-max: Read-only file system",
      "Malformed configuration JSON file found at /opt/app/embedded/nodes/web.json.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Malformed configuration JSON file found at /opt/app/embedded/nodes/web.json.",
  },
  {
    name: "an Elixir exception after a log level",
    phase: "runtime",
    log: [
      "2026-04-27T10:34:42.062466Z  INFO ** (MatchError) no match of right hand side value:",
      "2026-04-27T10:34:42.062469Z  INFO     {:error, :enoent}",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "2026-04-27T10:34:42.062466Z  INFO ** (MatchError) no match of right hand side value:",
  },
  {
    name: "a gem the code loads that the bundle lacks",
    phase: "runtime",
    log: ["LoadError: Could not load the 'listen' gem. Add `gem 'listen'` to the development group of your Gemfile"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "LoadError: Could not load the 'listen' gem. Add `gem 'listen'` to the development group of your Gemfile",
  },
  {
    name: "PHP calling a method on null, without 'Uncaught'",
    phase: "runtime",
    log: [
      "The website encountered an unexpected error. Please try again later.",
      "Error: Call to a member function getLabel() on null in node_page_title() (line 42 of /var/www/html/core/modules/node/node.module).",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "Error: Call to a member function getLabel() on null in node_page_title() (line 42 of /var/www/html/core/modules/node/node.module).",
  },
  {
    name: "a gem's extconf naming what it cannot find",
    phase: "build",
    log: [
      "Gem::Installer::ExtensionBuildError: ERROR: Failed to build gem native extension.",
      "Can't install RMagick 2.13.2. Can't find Magick-config in /usr/local/bin:/usr/bin",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Can't install RMagick 2.13.2. Can't find Magick-config in /usr/local/bin:/usr/bin",
  },
  {
    name: "a Composer requirement found but outside its constraint",
    phase: "build",
    log: [
      "Your requirements could not be resolved to an installable set of packages.",
      "  Problem 1",
      "    - acme/plugin 1.0.0 requires composer-plugin-api ^1.0 -> found composer-plugin-api[2.0.0] but it does not match the constraint.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "- acme/plugin 1.0.0 requires composer-plugin-api ^1.0 -> found composer-plugin-api[2.0.0] but it does not match the constraint.",
  },
  {
    name: "a Go compile error in a golang.org/x checkout",
    phase: "build",
    log: ["#7 7.282 /go/src/golang.org/x/tools/godoc/vfs/vfs.go:56:9: undefined: io.ReadAll"],
    category: "BUILD_DEPENDENCY",
    keyLine: "#7 7.282 /go/src/golang.org/x/tools/godoc/vfs/vfs.go:56:9: undefined: io.ReadAll",
  },
  {
    name: "Nix without the Node.js version the build names",
    phase: "build",
    log: [
      "#9 20.34        error: undefined variable 'nodejs_24'",
      '#9 ERROR: process "/bin/bash -ol pipefail -c nix-env -if .nixpacks/nixpkgs.nix" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_CONFIG",
    keyLine: "#9 20.34        error: undefined variable 'nodejs_24'",
  },
  {
    name: "Nix no longer carrying a PHP version",
    phase: "build",
    log: [
      "#8 21.64        error: php74 has been dropped due to the lack of maintenance from upstream for future releases",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "#8 21.64        error: php74 has been dropped due to the lack of maintenance from upstream for future releases",
  },
  {
    name: "a start script the shell cannot open",
    phase: "runtime",
    log: [
      "app[web.1]: sh: 0: Can't open bin/start.sh",
      "heroku[web.1]: Process exited with status 127",
      "heroku[web.1]: State changed from starting to crashed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "app[web.1]: sh: 0: Can't open bin/start.sh",
  },
  {
    name: "a plugin repository answering a fetch with a server error",
    phase: "build",
    log: [
      "> Could not resolve all artifacts for configuration ':classpath'.",
      "   > Could not resolve com.example:plugin:1.0.",
      "      > Could not GET 'https://plugins.example.org/m2/com/example/plugin/1.0/plugin-1.0.pom'. Received status code 502 from server: Bad Gateway",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "> Could not GET 'https://plugins.example.org/m2/com/example/plugin/1.0/plugin-1.0.pom'. Received status code 502 from server: Bad Gateway",
  },
  {
    name: "Poetry unable to install one package",
    phase: "build",
    log: ["  - Installing urllib3 (2.2.1)", "", "Cannot install urllib3.", ""],
    category: "BUILD_DEPENDENCY",
    keyLine: "Cannot install urllib3.",
  },
  {
    name: "mypy rejecting the project's file",
    phase: "build",
    log: [
      "mypy app",
      "app/models.py:31: error: invalid syntax  [syntax]",
      "Found 1 error in 1 file (errors prevented further checking)",
    ],
    category: "BUILD_COMPILE",
    keyLine: "app/models.py:31: error: invalid syntax  [syntax]",
  },
  {
    name: "sqlx's compile-time check unable to reach the database",
    phase: "build",
    log: ["error: error communicating with database: Connection refused (os error 111)", "  --> src/db.rs:14:5"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "error: error communicating with database: Connection refused (os error 111)",
  },
  {
    name: "an invalid database URL behind an unwrap",
    phase: "runtime",
    log: [
      "thread 'main' panicked at src/main.rs:40:10:",
      'called `Result::unwrap()` on an `Err` value: Config("Invalid database url")',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'called `Result::unwrap()` on an `Err` value: Config("Invalid database url")',
  },
  {
    name: "a heading over the environment variables that are missing",
    phase: "runtime",
    log: [
      "================================",
      " Missing environment variables:",
      "    SESSION_SECRET: undefined",
      "    SMTP_HOST: undefined",
      "",
      " Exiting with error code 1",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Missing environment variables:",
    variable: "SESSION_SECRET",
  },
  {
    name: "an agent asking for an env variable to be specified",
    phase: "runtime",
    log: [
      '{"level":"error","msg":"invalid args","error":"service name not specified, please specify AGENT_SERVICE_NAME env variable"}',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      '{"level":"error","msg":"invalid args","error":"service name not specified, please specify AGENT_SERVICE_NAME env variable"}',
    variable: "AGENT_SERVICE_NAME",
  },
  {
    name: "docker's health record, spaced, with the check's program missing",
    phase: "runtime",
    log: [
      '"Health" : {',
      '  "Status" : "unhealthy",',
      '  "FailingStreak" : 4,',
      '  "Log" : [ {',
      '    "ExitCode" : 127,',
      '    "Output" : "/bin/sh: wget: not found\\n"',
      "  } ]",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: '"Output" : "/bin/sh: wget: not found\\n"',
  },
  {
    name: "Mix unable to reach Hex to fetch it",
    phase: "build",
    log: [
      "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], :etimedout}]}",
      "",
      "Could not install Hex because Mix could not download metadata at https://repo.hex.pm/installs/hex-1.ez.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], :etimedout}]}",
  },
  {
    name: "a CRLF entrypoint garbling env's error",
    phase: "runtime",
    log: ["web-1  | ': No such file or directorycute 'node", "web-1 exited with code 127"],
    category: "BUILD_CONFIG",
    keyLine: "web-1  | ': No such file or directorycute 'node",
  },
  {
    name: "a Ruby version Heroku's stack does not have",
    phase: "build",
    log: [
      "remote:  !     The Ruby version you are trying to install does not exist on this stack.",
      "remote:  !     Push rejected, failed to compile Ruby app.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote:  !     The Ruby version you are trying to install does not exist on this stack.",
  },
  {
    name: "a registry denying a push in one word",
    phase: "build",
    log: ["The push refers to repository [ghcr.io/acme/api]", "denied: denied", "##[error]denied: denied"],
    category: "PERMISSION_AUTH",
    keyLine: "denied: denied",
  },
  {
    name: "Celery's -A naming an app module that does not exist",
    phase: "runtime",
    log: [
      '  File "/usr/local/lib/python3.12/site-packages/celery/utils/imports.py", line 109, in import_from_cwd',
      "    return imp(module, package=package)",
      "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
      '  File "/usr/local/lib/python3.12/importlib/__init__.py", line 90, in import_module',
      "    return _bootstrap._gcd_import(name[level:], package, level)",
      '  File "<frozen importlib._bootstrap>", line 1387, in _gcd_import',
      "ModuleNotFoundError: No module named 'tasks_worker'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "ModuleNotFoundError: No module named 'tasks_worker'",
  },
  {
    name: "gunicorn's older words for a missing app object",
    phase: "runtime",
    log: [
      "[2026-01-01 10:00:00 +0000] [8] [INFO] Booting worker with pid: 8",
      "Failed to find application object 'app' in 'main'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Failed to find application object 'app' in 'main'",
  },
  {
    name: "node-postgres losing its connection",
    phase: "runtime",
    log: [
      "Error: Connection terminated unexpectedly",
      "    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: Connection terminated unexpectedly",
  },
  {
    name: "gRPC finding no address that answers",
    phase: "runtime",
    log: [
      "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:",
      "\tstatus = StatusCode.UNAVAILABLE",
      '\tdetails = "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:50051: Failed to connect to remote host: Connection refused"',
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      'details = "failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:50051: Failed to connect to remote host: Connection refused"',
  },
  {
    name: "a Kafka admin client never assigned a broker",
    phase: "runtime",
    log: ["org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics",
  },
  {
    name: "Node's resolver failing on a mail host",
    phase: "runtime",
    log: ["Error: ENOTFOUND smtp.example.com"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: ENOTFOUND smtp.example.com",
  },
  {
    name: "an HTTP client refused with 401",
    phase: "runtime",
    log: [
      "AxiosError: Request failed with status code 401",
      "    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "AxiosError: Request failed with status code 401",
  },
  {
    name: "a chat bot's token refused",
    phase: "runtime",
    log: ["discord.errors.LoginFailure: Improper token has been passed."],
    category: "PERMISSION_AUTH",
    keyLine: "discord.errors.LoginFailure: Improper token has been passed.",
  },
  {
    name: "Slack refusing the token",
    phase: "runtime",
    log: [
      "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/auth.test)",
      "The server responded with: {'ok': False, 'error': 'invalid_auth'}",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "The server responded with: {'ok': False, 'error': 'invalid_auth'}",
  },
  {
    name: "SQLite on a read-only file",
    phase: "runtime",
    log: ["sqlite3.OperationalError: attempt to write a readonly database"],
    category: "PERMISSION_AUTH",
    keyLine: "sqlite3.OperationalError: attempt to write a readonly database",
  },
  {
    name: "a config file the app reads is not there",
    phase: "runtime",
    log: ["FileNotFoundError: [Errno 2] No such file or directory: 'config.yaml'"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "FileNotFoundError: [Errno 2] No such file or directory: 'config.yaml'",
  },
  {
    name: "a URL argument that is undefined",
    phase: "runtime",
    log: ['TypeError [ERR_INVALID_ARG_TYPE]: The "url" argument must be of type string. Received undefined'],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'TypeError [ERR_INVALID_ARG_TYPE]: The "url" argument must be of type string. Received undefined',
  },
  {
    name: "an empty error-tracker DSN",
    phase: "runtime",
    log: ["sentry_sdk.utils.BadDsn: Invalid DSN: ''"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "sentry_sdk.utils.BadDsn: Invalid DSN: ''",
  },
  {
    name: "a Prisma engine missing for this platform",
    phase: "runtime",
    log: ['Error: Prisma Client could not locate the Query Engine for runtime "linux-musl-openssl-3.0.x".'],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'Error: Prisma Client could not locate the Query Engine for runtime "linux-musl-openssl-3.0.x".',
  },
  {
    name: "numpy unable to allocate an array",
    phase: "runtime",
    log: [
      "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 3.73 GiB for an array with shape (500000, 1000) and data type float64",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 3.73 GiB for an array with shape (500000, 1000) and data type float64",
  },
  {
    name: "Erlang's crash dump slogan",
    phase: "runtime",
    log: ['Slogan: eheap_alloc: Cannot allocate 3280272216 bytes of memory (of type "old_heap").'],
    category: "OUT_OF_MEMORY",
    keyLine: 'Slogan: eheap_alloc: Cannot allocate 3280272216 bytes of memory (of type "old_heap").',
  },
  {
    name: "NestJS unable to resolve a provider",
    phase: "runtime",
    log: [
      "Error: Nest can't resolve dependencies of the UsersService (?). Please make sure that the argument UserRepository at index [0] is available in the UsersModule context.",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "Error: Nest can't resolve dependencies of the UsersService (?). Please make sure that the argument UserRepository at index [0] is available in the UsersModule context.",
  },
  {
    name: "sqlx's applied migration since edited",
    phase: "runtime",
    log: ["Error: migration 20240101000000 was previously applied but has been modified"],
    category: "DB_MIGRATION",
    keyLine: "Error: migration 20240101000000 was previously applied but has been modified",
  },
  {
    name: "Mongoose buffering with no server",
    phase: "runtime",
    log: ["MongooseError: Operation `users.findOne()` buffering timed out after 10000ms"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "MongooseError: Operation `users.findOne()` buffering timed out after 10000ms",
  },
  {
    name: "Prisma without a datasource URL",
    phase: "runtime",
    log: ["Error: Cannot create a Prisma Client without a datasource url"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: Cannot create a Prisma Client without a datasource url",
  },
  {
    name: "Phoenix expecting PORT",
    phase: "runtime",
    log: ["** (RuntimeError) expected the PORT environment variable to be set"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "** (RuntimeError) expected the PORT environment variable to be set",
    variable: "PORT",
  },
  {
    name: "Mix unable to load a config file at start",
    phase: "runtime",
    log: ["** (Mix.Config.LoadError) could not load config config/prod.secret.exs"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "** (Mix.Config.LoadError) could not load config config/prod.secret.exs",
  },
  {
    name: "pip without the requirements file",
    phase: "build",
    log: [
      "ERROR: Could not install packages due to an OSError: [Errno 2] No such file or directory: '/app/requirements.txt'",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "ERROR: Could not install packages due to an OSError: [Errno 2] No such file or directory: '/app/requirements.txt'",
  },
  {
    name: "a spaCy model not installed",
    phase: "runtime",
    log: [
      "OSError: [E050] Can't find model 'en_core_web_sm'. It doesn't seem to be a Python package or a valid path to a data directory.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "OSError: [E050] Can't find model 'en_core_web_sm'. It doesn't seem to be a Python package or a valid path to a data directory.",
  },
  {
    name: "PHP's warning and fatal error for one require keep the first",
    phase: "runtime",
    log: [
      "Warning: require(/app/vendor/autoload.php): Failed to open stream: No such file or directory in /app/artisan on line 18",
      "",
      "Fatal error: Uncaught Error: Failed opening required '/app/vendor/autoload.php' (include_path='.:/usr/local/lib/php') in /app/artisan:18",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Warning: require(/app/vendor/autoload.php): Failed to open stream: No such file or directory in /app/artisan on line 18",
  },
  {
    name: "the innermost Caused by of the same cause is the key line",
    phase: "runtime",
    log: [
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'",
      "Caused by: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
      "\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:82)",
      "Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
      "\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
  },
  {
    name: "the app's line over the database server's for the same error",
    phase: "runtime",
    log: [
      'db_1   | 2020-03-10 08:49:27.631 UTC [65] FATAL:  password authentication failed for user "shop"',
      'db_1   | 2020-03-10 08:49:27.631 UTC [65] DETAIL:  Password does not match for user "shop".',
      'web_1  | error: password authentication failed for user "shop"',
    ],
    category: "PERMISSION_AUTH",
    keyLine: 'web_1  | error: password authentication failed for user "shop"',
  },
  {
    name: "a gem's stylesheet error without the Sass class",
    phase: "build",
    log: [
      'Undefined variable: "$baseLineHeight".',
      "  (in /app/vendor/bundle/ruby/2.0.0/gems/bootstrap-sass-rails-2.3.2.0/vendor/assets/stylesheets/bootstrap/_accordion.scss)",
      "/app/vendor/bundle/ruby/2.0.0/gems/bootstrap-sass-rails-2.3.2.0/vendor/assets/stylesheets/bootstrap/_accordion.scss:9",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Undefined variable: "$baseLineHeight".',
  },
  {
    name: "Laravel without a usable encrypter",
    phase: "runtime",
    log: [
      "production.ERROR: RuntimeException: No supported encrypter found. The cipher and / or key length are invalid. in /var/www/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:45",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "production.ERROR: RuntimeException: No supported encrypter found. The cipher and / or key length are invalid. in /var/www/vendor/laravel/framework/src/Illuminate/Encryption/EncryptionServiceProvider.php:45",
  },
  {
    name: "a Go module fetch refused for want of credentials",
    phase: "build",
    log: [
      "go: github.com/acme/private@v0.1.0: reading https://proxy.golang.org/github.com/acme/private/@v/v0.1.0.mod: 404 Not Found",
      "go: github.com/acme/private@v0.1.0: invalid version: git fetch -f origin refs/heads/*:refs/heads/* refs/tags/*:refs/tags/* in /root/go/pkg/mod/cache/vcs/abc: exit status 128:",
      "\tfatal: could not read Username for 'https://github.com': terminal prompts disabled",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
  },
  {
    name: "sqlx without the offline data for a query",
    phase: "build",
    log: ["error: failed to find data for query SELECT * FROM notebooks WHERE id = $1", "  --> src/models.rs:12:5"],
    category: "BUILD_COMPILE",
    keyLine: "error: failed to find data for query SELECT * FROM notebooks WHERE id = $1",
  },
  {
    name: "a buildpack without the Python asked for",
    phase: "build",
    log: ["-----> Installing python-3.5.1", " !     Requested runtime (python-3.5.1) was not found."],
    category: "BUILD_CONFIG",
    keyLine: "!     Requested runtime (python-3.5.1) was not found.",
  },
  {
    name: "Erlang from a buildpack that cannot run on the stack",
    phase: "build",
    log: [
      "/app/.platform_tools/erlang/erts-11.1.1/bin/beam.smp: error while loading shared libraries: libtinfo.so.5: cannot open shared object file: No such file or directory",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/app/.platform_tools/erlang/erts-11.1.1/bin/beam.smp: error while loading shared libraries: libtinfo.so.5: cannot open shared object file: No such file or directory",
  },
  {
    name: "the Gradle Kotlin script does not compile",
    phase: "build",
    log: [
      "e: /app/build.gradle.kts:32:5: Unresolved reference: compile",
      "e: /app/build.gradle.kts:35:5: Unresolved reference: testCompile",
    ],
    category: "BUILD_CONFIG",
    keyLine: "e: /app/build.gradle.kts:32:5: Unresolved reference: compile",
  },
  {
    name: "uv's lock file out of step",
    phase: "build",
    log: [
      "#14 7.381 The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#14 7.381 The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.",
  },
  {
    name: "Poetry naming the package whose Python the project does not meet",
    phase: "build",
    log: [
      "[SolverProblemError]",
      "The current project's Python requirement (2.7.16) is not compatible with some of the required packages Python requirement:",
      "  - black requires Python >=3.6",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "- black requires Python >=3.6",
  },
  {
    name: "a NuGet feed refusing the credentials",
    phase: "build",
    log: [
      "/usr/share/dotnet/sdk/3.1.409/NuGet.targets(128,5): error : Unable to load the service index for source https://pkgs.dev.azure.com/acme/_packaging/feed/nuget/v3/index.json.",
      "/usr/share/dotnet/sdk/3.1.409/NuGet.targets(128,5): error :   Response status code does not indicate success: 401 (Unauthorized).",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "/usr/share/dotnet/sdk/3.1.409/NuGet.targets(128,5): error :   Response status code does not indicate success: 401 (Unauthorized).",
  },
  {
    name: "Celery unable to resolve its broker",
    phase: "runtime",
    log: ["OSError: failed to resolve broker hostname"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "OSError: failed to resolve broker hostname",
  },
  {
    name: "Elixir's refusal raised as a module",
    phase: "runtime",
    log: [
      "** (UndefinedFunctionError) function :econnrefused.exception/1 is undefined (module :econnrefused is not available)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "** (UndefinedFunctionError) function :econnrefused.exception/1 is undefined (module :econnrefused is not available)",
  },
  {
    name: "Node's old bracketed TypeError",
    phase: "runtime",
    log: ["[TypeError: Arguments to path.join must be strings]", "heroku[web.1]: Process exited with status 8"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "[TypeError: Arguments to path.join must be strings]",
  },
  {
    name: "Django's AppRegistryNotReady under a traceback",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/app/script.py", line 3, in <module>',
      "    from shop.models import Order",
      "django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "django.core.exceptions.AppRegistryNotReady: Apps aren't loaded yet.",
  },
  {
    name: "whitenoise missing a file a stylesheet refers to",
    phase: "build",
    log: [
      "whitenoise.storage.MissingFileError: The file 'media/logo.6a30f15f.svg' could not be found with <whitenoise.storage.CompressedManifestStaticFilesStorage object at 0x7f>.",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "whitenoise.storage.MissingFileError: The file 'media/logo.6a30f15f.svg' could not be found with <whitenoise.storage.CompressedManifestStaticFilesStorage object at 0x7f>.",
  },
  {
    name: "a Go app without its config file",
    phase: "runtime",
    log: ["2024/01/01 00:00:00 open config.yaml: no such file or directory"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2024/01/01 00:00:00 open config.yaml: no such file or directory",
  },
  {
    name: "Laravel asked for a connection it does not have",
    phase: "runtime",
    log: ["InvalidArgumentException: Database connection [pgsql2] not configured."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "InvalidArgumentException: Database connection [pgsql2] not configured.",
  },
  {
    name: "Ecto given a URL without a host",
    phase: "runtime",
    log: ["** (Ecto.InvalidURLError) invalid url : host is not present"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "** (Ecto.InvalidURLError) invalid url : host is not present",
  },
  {
    name: "Rails credentials with a key of the wrong length",
    phase: "runtime",
    log: [
      "/usr/local/bundle/gems/activesupport-7.1.0/lib/active_support/encrypted_configuration.rb:24:in `read': ActiveSupport::EncryptedConfiguration::InvalidKeyLengthError",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "/usr/local/bundle/gems/activesupport-7.1.0/lib/active_support/encrypted_configuration.rb:24:in `read': ActiveSupport::EncryptedConfiguration::InvalidKeyLengthError",
  },
  {
    name: "the .NET host without the tool it was asked to run",
    phase: "build",
    log: ["Could not execute because the specified command or file was not found."],
    category: "BUILD_CONFIG",
    keyLine: "Could not execute because the specified command or file was not found.",
  },
  {
    name: "a railway.toml that does not parse",
    phase: "build",
    log: ["Failed to parse railway.toml: expected an equals, found a newline at line 3 column 5"],
    category: "BUILD_CONFIG",
    keyLine: "Failed to parse railway.toml: expected an equals, found a newline at line 3 column 5",
  },
  {
    name: ".NET without a native library",
    phase: "runtime",
    log: ["System.DllNotFoundException: Unable to load shared library 'libgdiplus' or one of its dependencies."],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "System.DllNotFoundException: Unable to load shared library 'libgdiplus' or one of its dependencies.",
  },
  {
    name: "Laravel's cache directory not writable",
    phase: "runtime",
    log: ["The /var/www/html/bootstrap/cache directory must be present and writable."],
    category: "PERMISSION_AUTH",
    keyLine: "The /var/www/html/bootstrap/cache directory must be present and writable.",
  },
  {
    name: "a Mix lockfile naming an unknown package",
    phase: "build",
    log: ["** (Mix) Unknown package foo in lockfile"],
    category: "BUILD_DEPENDENCY",
    keyLine: "** (Mix) Unknown package foo in lockfile",
  },
  {
    name: "two migration processes at once",
    phase: "runtime",
    log: [
      "ActiveRecord::ConcurrentMigrationError: Cannot run migrations because another migration process is currently running.",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "ActiveRecord::ConcurrentMigrationError: Cannot run migrations because another migration process is currently running.",
  },
  {
    name: "Spring's bean cycle",
    phase: "runtime",
    log: [
      "APPLICATION FAILED TO START",
      "Description:",
      "The dependencies of some of the beans in the application context form a cycle:",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "The dependencies of some of the beans in the application context form a cycle:",
  },
  {
    name: "class-validator naming the variable that failed",
    phase: "runtime",
    log: [
      "Error: ",
      "An instance of EnvironmentVariables has failed the validation:",
      " - property SHOP_DATABASE_URL has failed the following constraints: isUrl ",
      "    at validate (/app/dist/config/env.validation.js:40:15)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "- property SHOP_DATABASE_URL has failed the following constraints: isUrl",
    variable: "SHOP_DATABASE_URL",
  },
  {
    name: "a quoted message naming an invalid variable",
    phase: "runtime",
    log: [
      '{"isUrl":"DATABASE_URL must be a valid postgres connection string"}',
      "Please fix the environment variables and try again. Exiting program...",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: '{"isUrl":"DATABASE_URL must be a valid postgres connection string"}',
    variable: "DATABASE_URL",
  },
  {
    name: "a progress bar cut by the kernel",
    phase: "build",
    log: ["build [============== ] 91%Killed", "npm ERR! errno 137", "npm ERR! Exit status 137"],
    category: "OUT_OF_MEMORY",
    keyLine: "build [============== ] 91%Killed",
  },
  {
    name: "OpenShift's port that never came up",
    phase: "runtime",
    log: ["remote: Application 'shop' failed to start (port 8080 not available)"],
    category: "PORT_BINDING",
    keyLine: "remote: Application 'shop' failed to start (port 8080 not available)",
  },
  {
    name: "pip without git for a VCS requirement",
    phase: "build",
    log: [
      "Collecting python-lib@ git+https://github.com/acme/python-lib.git",
      "Error [Errno 2] No such file or directory: 'git': 'git' while executing command git clone -q https://github.com/acme/python-lib.git /tmp/pip-install-x/python-lib",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Error [Errno 2] No such file or directory: 'git': 'git' while executing command git clone -q https://github.com/acme/python-lib.git /tmp/pip-install-x/python-lib",
  },
  {
    name: "a Python NoneType error without a traceback",
    phase: "runtime",
    log: ["Did not auto detect external IP.", "EXCEPTION! 'NoneType' object has no attribute 'strip'"],
    category: "RUNTIME_EXCEPTION",
    keyLine: "EXCEPTION! 'NoneType' object has no attribute 'strip'",
  },
  {
    name: "a connection string without its host",
    phase: "runtime",
    log: [
      "Unhandled exception. System.ArgumentException: Host can't be null",
      "   at Npgsql.NpgsqlConnectionStringBuilder.PostProcessAndValidate()",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Unhandled exception. System.ArgumentException: Host can't be null",
  },
  {
    name: "Maven unable to fetch the parent POM",
    phase: "build",
    log: [
      "[FATAL] Non-resolvable parent POM for com.acme:api:0.1.0: Could not transfer artifact org.springframework.boot:spring-boot-starter-parent:pom:2.2.0.RELEASE from/to central (https://repo.maven.apache.org/maven2): Connection timed out @ line 6, column 11",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "[FATAL] Non-resolvable parent POM for com.acme:api:0.1.0: Could not transfer artifact org.springframework.boot:spring-boot-starter-parent:pom:2.2.0.RELEASE from/to central (https://repo.maven.apache.org/maven2): Connection timed out @ line 6, column 11",
  },
  {
    name: "Spring's missing bean under its banner",
    phase: "runtime",
    log: [
      "***************************",
      "APPLICATION FAILED TO START",
      "***************************",
      "",
      "Description:",
      "",
      "Parameter 0 of constructor in com.acme.RegistryHandler required a bean of type 'java.lang.String' that could not be found.",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "Parameter 0 of constructor in com.acme.RegistryHandler required a bean of type 'java.lang.String' that could not be found.",
  },
  {
    name: "Spring's config location that is not there",
    phase: "runtime",
    log: ["APPLICATION FAILED TO START", "Description:", "Config data location '/etc/app/' does not exist"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Config data location '/etc/app/' does not exist",
  },
  {
    name: "a JNI library whose shared object is missing",
    phase: "runtime",
    log: [
      "java.lang.UnsatisfiedLinkError: /usr/lib/app/native/libsdnotify_jni.so: Error loading shared library libsystemd.so.0: No such file or directory",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "java.lang.UnsatisfiedLinkError: /usr/lib/app/native/libsdnotify_jni.so: Error loading shared library libsystemd.so.0: No such file or directory",
  },
  {
    name: "NuGet unable to read a package's metadata",
    phase: "build",
    log: [
      "/usr/share/dotnet/sdk/2.2.104/NuGet.targets(114,5): error : An error occurred while retrieving package metadata for 'System.Threading.Tasks.Extensions.4.5.1' from source '/usr/share/dotnet/sdk/NuGetFallbackFolder'.",
      "/usr/share/dotnet/sdk/2.2.104/NuGet.targets(114,5): error :   Root element is missing.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "/usr/share/dotnet/sdk/2.2.104/NuGet.targets(114,5): error : An error occurred while retrieving package metadata for 'System.Threading.Tasks.Extensions.4.5.1' from source '/usr/share/dotnet/sdk/NuGetFallbackFolder'.",
  },
  {
    name: "Cloud Foundry's instance that never accepted connections",
    phase: "runtime",
    log: [
      "2015-03-30T15:05:33.99+0800 [DEA]     ERR Instance (index 0) failed to start accepting connections",
      '2015-03-30T15:05:34.00+0800 [API]     OUT App instance exited with guid 0bbc250a payload: {"reason"=>"CRASHED"}',
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "2015-03-30T15:05:33.99+0800 [DEA]     ERR Instance (index 0) failed to start accepting connections",
  },
  {
    name: "Hex unable to fetch a package",
    phase: "build",
    log: ["** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/exq_ui-0.9.0.tar)"],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/exq_ui-0.9.0.tar)",
  },
  {
    name: "a phar run by the shell",
    phase: "runtime",
    log: ["./tool.phar: 1: ./tool.phar: cannot open ?php: No such file"],
    category: "BUILD_CONFIG",
    keyLine: "./tool.phar: 1: ./tool.phar: cannot open ?php: No such file",
  },
  {
    name: "a liveness probe's own curl refusal",
    phase: "runtime",
    log: [
      "Warning Unhealthy   Liveness probe failed:   % Total    % Received",
      "0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0curl: (7) Failed to connect to localhost port 8080: Connection refused",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Warning Unhealthy   Liveness probe failed:   % Total    % Received",
  },
  {
    name: "a port already in use, in a server's own words",
    phase: "runtime",
    log: [
      "10:11:13.427 [error] Running Web.Endpoint with Bandit 1.5.5 at http failed, port 4000 already in use",
      "** (EXIT) :eaddrinuse",
    ],
    category: "PORT_BINDING",
    keyLine: "10:11:13.427 [error] Running Web.Endpoint with Bandit 1.5.5 at http failed, port 4000 already in use",
  },
  {
    name: "Next.js failing on an installed package's files",
    phase: "build",
    log: [
      "Failed to compile.",
      "",
      "./node_modules/@acme/editor/dist/index.js + 10 modules",
      "Unexpected end of JSON input",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Unexpected end of JSON input",
  },
  {
    name: "tsc rejecting its tsconfig is the build setup",
    phase: "build",
    log: [
      "> tsc -p tsconfig.json",
      "error TS18003: No inputs were found in config file '/app/tsconfig.json'. Specified 'include' paths were '[\"src/**/*\"]' and 'exclude' paths were '[]'.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "error TS18003: No inputs were found in config file '/app/tsconfig.json'. Specified 'include' paths were '[\"src/**/*\"]' and 'exclude' paths were '[]'.",
  },
  {
    name: "an image tag that does not exist",
    phase: "runtime",
    log: [
      'Warning  Failed  12s  kubelet  Failed to pull image "acme/api:1.2.3": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/acme/api:1.2.3": docker.io/acme/api:1.2.3: not found',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'Warning  Failed  12s  kubelet  Failed to pull image "acme/api:1.2.3": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/acme/api:1.2.3": docker.io/acme/api:1.2.3: not found',
  },
  {
    name: "a build stage that does not exist",
    phase: "build",
    log: ['ERROR: failed to solve: target stage "production" could not be found'],
    category: "BUILD_CONFIG",
    keyLine: 'ERROR: failed to solve: target stage "production" could not be found',
  },
  {
    name: "another package manager than the project pins",
    phase: "build",
    log: ["ERR_PNPM_BAD_PM_VERSION  This project is configured to use yarn"],
    category: "BUILD_CONFIG",
    keyLine: "ERR_PNPM_BAD_PM_VERSION  This project is configured to use yarn",
  },
  {
    name: "node-postgres timing out on connect, in its own words",
    phase: "runtime",
    log: [
      "Error: timeout exceeded when trying to connect",
      "    at Timeout._onTimeout (/app/node_modules/pg-pool/index.js:188:27)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: timeout exceeded when trying to connect",
  },
  {
    name: "nginx unable to resolve its upstream",
    phase: "runtime",
    log: ['nginx: [emerg] host not found in upstream "api:3000" in /etc/nginx/conf.d/default.conf:12'],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: 'nginx: [emerg] host not found in upstream "api:3000" in /etc/nginx/conf.d/default.conf:12',
  },
  {
    name: "Bun without a package the app imports",
    phase: "runtime",
    log: ["$ bun run src/index.ts", 'error: Cannot find package "hono" from "/app/src/index.ts"'],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'error: Cannot find package "hono" from "/app/src/index.ts"',
  },
  {
    name: "Sequelize without its driver",
    phase: "runtime",
    log: [
      "Error: Please install mysql2 package manually",
      "    at ConnectionManager._loadDialectModule (/app/node_modules/sequelize/lib/dialects/abstract/connection-manager.js:55:15)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error: Please install mysql2 package manually",
  },
  {
    name: "a gRPC service refusing the caller",
    phase: "runtime",
    log: ["Error: 7 PERMISSION_DENIED: Missing or insufficient permissions."],
    category: "PERMISSION_AUTH",
    keyLine: "Error: 7 PERMISSION_DENIED: Missing or insufficient permissions.",
  },
  {
    name: "a private key setting that does not parse",
    phase: "runtime",
    log: ["FirebaseAppError: Failed to parse private key: Error: Invalid PEM formatted message."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "FirebaseAppError: Failed to parse private key: Error: Invalid PEM formatted message.",
  },
  {
    name: "Django in production without its hosts",
    phase: "runtime",
    log: ["CommandError: You must set settings.ALLOWED_HOSTS if DEBUG is False."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "CommandError: You must set settings.ALLOWED_HOSTS if DEBUG is False.",
  },
  {
    name: "SQLAlchemy reflecting a table that is not there",
    phase: "runtime",
    log: ["sqlalchemy.exc.NoSuchTableError: users"],
    category: "DB_MIGRATION",
    keyLine: "sqlalchemy.exc.NoSuchTableError: users",
  },
  {
    name: "Maven without a plugin for the goal's prefix",
    phase: "build",
    log: [
      "[ERROR] No plugin found for prefix 'spring-boot' in the current project and in the plugin groups [org.apache.maven.plugins] available from the repositories",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "[ERROR] No plugin found for prefix 'spring-boot' in the current project and in the plugin groups [org.apache.maven.plugins] available from the repositories",
  },
  {
    name: "Laravel's key of the wrong length",
    phase: "runtime",
    log: [
      "production.ERROR: Unsupported cipher or incorrect key length. Supported ciphers are: aes-128-cbc, aes-256-cbc, aes-128-gcm, aes-256-gcm.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "production.ERROR: Unsupported cipher or incorrect key length. Supported ciphers are: aes-128-cbc, aes-256-cbc, aes-128-gcm, aes-256-gcm.",
  },
  {
    name: "SQL Server not answering",
    phase: "runtime",
    log: [
      "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server.",
  },
  {
    name: "Spring's binding report names the variable behind the property",
    phase: "runtime",
    log: [
      "APPLICATION FAILED TO START",
      "Failed to bind properties under 'server.port' to java.lang.Integer:",
      "",
      "    Property: server.port",
      `    Value: "${"$"}{SHOP_SERVER_PORT}"`,
      "    Origin: class path resource [application.properties] from app.jar - 6:13",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Failed to bind properties under 'server.port' to java.lang.Integer:",
    variable: "SHOP_SERVER_PORT",
  },
  {
    name: "a variable the app falls back to a default for is not the failure",
    phase: "runtime",
    log: [
      "MAX_WORKERS is not set, use 4 as default value",
      "Traceback (most recent call last):",
      '  File "/app/config.py", line 12, in <module>',
      '    PORT = int(os.environ["SMTP_PORT"])',
      "ValueError: invalid literal for int() with base 10: 'tcp://10.0.0.7:25'",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "ValueError: invalid literal for int() with base 10: 'tcp://10.0.0.7:25'",
  },
  {
    name: "docker's health record of a refused probe",
    phase: "runtime",
    log: [
      '"FailingStreak": 12,',
      '"Log": [',
      "{",
      '"Start": "2026-04-26T19:00:20.743501826-07:00",',
      '"End": "2026-04-26T19:00:20.786912715-07:00",',
      '"ExitCode": 1,',
      '"Output": "wget: can\'t connect to remote host: Connection refused\\n"',
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: '"Output": "wget: can\'t connect to remote host: Connection refused\\n"',
  },
  {
    name: "a JVM heap exhausted inside a wrapper exception",
    phase: "runtime",
    log: ["[ERROR] job failed: java.util.concurrent.CompletionException: java.io.IOException: Java heap space"],
    category: "OUT_OF_MEMORY",
    keyLine: "[ERROR] job failed: java.util.concurrent.CompletionException: java.io.IOException: Java heap space",
  },
  {
    name: "SQL Server refusing a login",
    phase: "runtime",
    log: ["Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'."],
    category: "PERMISSION_AUTH",
    keyLine: "Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.",
  },
  {
    name: "a bot API refusing its token",
    phase: "runtime",
    log: ["telegram.error.InvalidToken: Not Found"],
    category: "PERMISSION_AUTH",
    keyLine: "telegram.error.InvalidToken: Not Found",
  },
  {
    name: "SQLite's duplicate column",
    phase: "runtime",
    log: [
      "INFO  [alembic.runtime.migration] Running upgrade a1 -> b2, add updated_at",
      "sqlite3.OperationalError: duplicate column name: updated_at",
    ],
    category: "DB_MIGRATION",
    keyLine: "sqlite3.OperationalError: duplicate column name: updated_at",
  },
  {
    name: "the MySQL client unable to resolve its host",
    phase: "runtime",
    log: ["MySQLdb.OperationalError: (2005, \"Unknown MySQL server host 'db' (-2)\")"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "MySQLdb.OperationalError: (2005, \"Unknown MySQL server host 'db' (-2)\")",
  },
  {
    name: "Go's note that a module needs a newer toolchain outweighs the errors around it",
    phase: "build",
    log: ["# example.com/app/geo", "geo/shape.go:18:14: undefined: gdal.Envelope", "note: module requires Go 1.20"],
    category: "BUILD_CONFIG",
    keyLine: "note: module requires Go 1.20",
  },
  {
    name: "a host without a run command",
    phase: "runtime",
    log: [
      "ERROR: no command to run your application: add a run command in your Service configuration or create a Procfile in your git repository.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "ERROR: no command to run your application: add a run command in your Service configuration or create a Procfile in your git repository.",
  },
  {
    name: "a buildpack unable to install the Ruby asked for",
    phase: "build",
    log: [
      "remote: -----> Installing ruby-2.1.5",
      "remote:  !     An error occurred while installing ruby-2.1.5",
      "remote:        Command: 'curl -L --fail https://example.invalid/ruby-2.1.5.tgz' failed unexpectedly",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote:  !     An error occurred while installing ruby-2.1.5",
  },
  {
    name: "a mix release without its ERTS files",
    phase: "build",
    log: [
      '** (File.Error) could not change mode for "/app/_build/prod/rel/shop/erts-15.1.2/bin/erl": no such file or directory',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      '** (File.Error) could not change mode for "/app/_build/prod/rel/shop/erts-15.1.2/bin/erl": no such file or directory',
  },
  {
    name: "a glibc binary on musl",
    phase: "runtime",
    log: ["Error relocating /usr/local/bin/server: __vfprintf_chk: symbol not found"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error relocating /usr/local/bin/server: __vfprintf_chk: symbol not found",
  },
  {
    name: "a gem's own stylesheet that does not compile",
    phase: "build",
    log: [
      "rake aborted!",
      'Sass::SyntaxError: Undefined variable: "$btn-primary-bg".',
      "/app/vendor/bundle/ruby/2.2.0/gems/rails_admin-0.8.1/vendor/assets/stylesheets/rails_admin/_datetimepicker.scss:8",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'Sass::SyntaxError: Undefined variable: "$btn-primary-bg".',
  },
  {
    name: "uv failing to download a package",
    phase: "build",
    log: [
      "× Failed to download `watchfiles==0.23.0`",
      "├─▶ Failed to fetch: `https://files.pythonhosted.org/packages/watchfiles-0.23.0.tar.gz`",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "× Failed to download `watchfiles==0.23.0`",
  },
  {
    name: "webpack's can't-resolve without its heading",
    phase: "build",
    log: ["3:31:24 PM: Can't resolve 'components/SubTitle' in '/opt/build/repo/src/components'"],
    category: "BUILD_COMPILE",
    keyLine: "3:31:24 PM: Can't resolve 'components/SubTitle' in '/opt/build/repo/src/components'",
  },
  {
    name: "an error pasted after a prompt sign is output, not a command",
    phase: "runtime",
    log: ["$ fatal error: runtime: out of memory", "", "runtime stack:"],
    category: "OUT_OF_MEMORY",
    keyLine: "$ fatal error: runtime: out of memory",
  },
  {
    name: "npm's EACCES keys on what was refused",
    phase: "build",
    log: [
      "npm ERR! code EACCES",
      "npm ERR! syscall mkdir",
      "npm ERR! Error: EACCES: permission denied, mkdir '/usr/src/app/node_modules'",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "npm ERR! Error: EACCES: permission denied, mkdir '/usr/src/app/node_modules'",
  },
  {
    name: "a setting out of the range the app accepts",
    phase: "runtime",
    log: ["Error loading config:", "PASSWORD_ITERATIONS should be at least 100000 or higher. The default is 600000!"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "PASSWORD_ITERATIONS should be at least 100000 or higher. The default is 600000!",
    variable: "PASSWORD_ITERATIONS",
  },
  {
    name: "a tool refusing the image's Python",
    phase: "build",
    log: ["#7 18.78 ERROR: This script does not work on Python 3.8. The minimum supported Python version is 3.9."],
    category: "BUILD_CONFIG",
    keyLine: "#7 18.78 ERROR: This script does not work on Python 3.8. The minimum supported Python version is 3.9.",
  },
  {
    name: "mkmf naming the library a gem needs",
    phase: "build",
    log: [
      "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "checking for sybfront.h... no",
      "freetds is missing. Please install it and try again.",
      "*** extconf.rb failed ***",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "freetds is missing. Please install it and try again.",
  },
  {
    name: "Celery's broker line names the service it could not reach",
    phase: "runtime",
    log: [
      "[2023-01-06 09:35:13,102: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//:",
      "[Errno 111] Connection refused.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "[2023-01-06 09:35:13,102: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//:",
  },
  {
    name: "Rails without a production database entry",
    phase: "runtime",
    log: [
      'ActiveRecord::AdapterNotSpecified: \'production\' database is not configured. Available: ["development", "test"]',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'ActiveRecord::AdapterNotSpecified: \'production\' database is not configured. Available: ["development", "test"]',
  },
  {
    name: "Elixir's application environment without a key",
    phase: "runtime",
    log: [
      "** (ArgumentError) could not fetch application environment :secret_key_base for application :shop because configuration at :secret_key_base was not set",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "** (ArgumentError) could not fetch application environment :secret_key_base for application :shop because configuration at :secret_key_base was not set",
  },
  {
    name: ".NET without a named connection string",
    phase: "runtime",
    log: [
      "System.InvalidOperationException: No connection string named 'Default' could be found in the application config file.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "System.InvalidOperationException: No connection string named 'Default' could be found in the application config file.",
  },
  {
    name: "PHP calling an extension the image lacks",
    phase: "runtime",
    log: [
      "PHP Fatal error:  Uncaught Error: Call to undefined function mb_strlen() in /app/vendor/symfony/string/AbstractUnicodeString.php:54",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "PHP Fatal error:  Uncaught Error: Call to undefined function mb_strlen() in /app/vendor/symfony/string/AbstractUnicodeString.php:54",
  },
  {
    name: "SQL Server without the table",
    phase: "runtime",
    log: ["Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid object name 'Users'."],
    category: "DB_MIGRATION",
    keyLine: "Microsoft.Data.SqlClient.SqlException (0x80131904): Invalid object name 'Users'.",
  },
  {
    name: "Docker's resolver failing on a service name",
    phase: "runtime",
    log: [
      "panic: failed to connect to database: hostname resolving error (lookup postgres on 127.0.0.11:53: server misbehaving)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "panic: failed to connect to database: hostname resolving error (lookup postgres on 127.0.0.11:53: server misbehaving)",
  },
  {
    name: "Gradle's daemon out of resources",
    phase: "build",
    log: ["Error: Daemon startup failed", "The system is out of resources."],
    category: "OUT_OF_MEMORY",
    keyLine: "The system is out of resources.",
  },
  {
    name: "tsc failing inside an installed package's declarations",
    phase: "build",
    log: [
      "> tsc -p tsconfig.build.json",
      "node_modules/@types/express-serve-static-core/index.d.ts(584,18): error TS1005: ';' expected.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "node_modules/@types/express-serve-static-core/index.d.ts(584,18): error TS1005: ';' expected.",
  },
  {
    name: "a package's source that does not parse under this Python",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/usr/local/bin/celery", line 5, in <module>',
      "    from celery.__main__ import main",
      '  File "/usr/local/lib/python3.6/site-packages/kombu/utils/compat.py", line 41',
      "    async def wait(self):",
      "        ^",
      "SyntaxError: invalid syntax",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "SyntaxError: invalid syntax",
  },
  {
    name: "a syntax error in the app's own file stays a compile error",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/app/main.py", line 12',
      "    def handler(event:",
      "    ^",
      "SyntaxError: invalid syntax",
    ],
    category: "BUILD_COMPILE",
    keyLine: "SyntaxError: invalid syntax",
  },
  {
    name: "node-gyp without Python",
    phase: "build",
    log: [
      "> sqlite3@5.0.2 install /app/node_modules/sqlite3",
      "gyp ERR! configure error",
      'gyp ERR! stack Error: Can\'t find Python executable "python", you can set the PYTHON env variable.',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'gyp ERR! stack Error: Can\'t find Python executable "python", you can set the PYTHON env variable.',
  },
  {
    name: "the linker missing a system library",
    phase: "build",
    log: [
      "gcc -shared -o build/native.so src/native.o -lsodium",
      "/usr/bin/ld: cannot find -lsodium: No such file or directory",
      "collect2: error: ld returned 1 exit status",
      "make: *** [Makefile:12: build/native.so] Error 1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "/usr/bin/ld: cannot find -lsodium: No such file or directory",
  },
  {
    name: "gunicorn told to load an app module that does not exist",
    phase: "runtime",
    log: [
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/util.py", line 371, in import_app',
      "    mod = importlib.import_module(module)",
      '  File "/usr/local/lib/python3.11/importlib/__init__.py", line 126, in import_module',
      "    return _bootstrap._gcd_import(name[level:], package)",
      '  File "<frozen importlib._bootstrap>", line 1204, in _gcd_import',
      '  File "<frozen importlib._bootstrap>", line 1176, in _find_and_load',
      "ModuleNotFoundError: No module named 'server'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "ModuleNotFoundError: No module named 'server'",
  },
  {
    name: "a package the app module imports is still a missing package",
    phase: "runtime",
    log: [
      '  File "/usr/local/lib/python3.11/site-packages/gunicorn/util.py", line 371, in import_app',
      "    mod = importlib.import_module(module)",
      '  File "/app/server.py", line 3, in <module>',
      "    import redis",
      "ModuleNotFoundError: No module named 'redis'",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "ModuleNotFoundError: No module named 'redis'",
  },
  {
    name: "a buildpack's pip not where it installs it",
    phase: "build",
    log: [
      "-----> Installing pip",
      "       /tmp/buildpacks/python/bin/steps/pip-install: line 7: /app/.heroku/python/bin/pip: No such file or directory",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/tmp/buildpacks/python/bin/steps/pip-install: line 7: /app/.heroku/python/bin/pip: No such file or directory",
  },
  {
    name: ".NET without its configuration file",
    phase: "runtime",
    log: [
      "Unhandled exception. System.IO.FileNotFoundException: The configuration file 'appsettings.Production.json' was not found and is not optional. The expected physical path was '/app/appsettings.Production.json'.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Unhandled exception. System.IO.FileNotFoundException: The configuration file 'appsettings.Production.json' was not found and is not optional. The expected physical path was '/app/appsettings.Production.json'.",
    variable: "appsettings.Production.json",
  },
  {
    name: "an app carrying on without its .env file is not missing a setting",
    phase: "runtime",
    log: [
      "No .env file found, relying on process environment: open .env: no such file or directory",
      "fatal error: all goroutines are asleep - deadlock!",
      "",
      "goroutine 1 [chan receive]:",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "fatal error: all goroutines are asleep - deadlock!",
  },
  {
    name: "a host's redacted ModuleNotFoundError",
    phase: "runtime",
    log: [
      "ModuleNotFoundError: This app has encountered an error. The original error message is redacted to prevent data leaks.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "ModuleNotFoundError: This app has encountered an error. The original error message is redacted to prevent data leaks.",
  },
  {
    name: "a load balancer's failed health checks",
    phase: "runtime",
    log: [
      "✘ Latest failure event",
      "  - (service api) (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/api/1) due to (reason Health checks failed).",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "- (service api) (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/api/1) due to (reason Health checks failed).",
  },
  {
    name: "Composer asking for GitHub credentials",
    phase: "build",
    log: [
      "  - Installing acme/private (dev-main 1a2b3c4): Cloning 1a2b3c4",
      "    Cloning failed using an ssh key for authentication, enter your GitHub credentials to access private repos",
      "    No token given, aborting.",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "Cloning failed using an ssh key for authentication, enter your GitHub credentials to access private repos",
  },
  {
    name: "Prisma's failed migration keys on the database's error",
    phase: "runtime",
    log: [
      "Error: P3018",
      "",
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from.",
      "",
      "Database error:",
      'ERROR: column "slug" of relation "Post" already exists',
    ],
    category: "DB_MIGRATION",
    keyLine: 'ERROR: column "slug" of relation "Post" already exists',
  },
  {
    name: "Netlify's clock prefix",
    phase: "build",
    log: [
      '6:23:53 PM: error left-pad@2.0.0: The engine "node" is incompatible with this module. Expected version ">=18". Got "16.20.0"',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      '6:23:53 PM: error left-pad@2.0.0: The engine "node" is incompatible with this module. Expected version ">=18". Got "16.20.0"',
  },
  {
    name: "a vendored Go package that does not compile",
    phase: "build",
    log: [
      "# example.com/app/vendor/github.com/acme/lib",
      "vendor/github.com/acme/lib/client.go:21:11: undefined: strings.Builder",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "vendor/github.com/acme/lib/client.go:21:11: undefined: strings.Builder",
  },
  {
    name: "a Dockerfile path that is not there",
    phase: "build",
    log: ["Using detected Dockerfile!", "Dockerfile `services/api/Dockerfile` does not exist"],
    category: "BUILD_CONFIG",
    keyLine: "Dockerfile `services/api/Dockerfile` does not exist",
  },
  {
    name: "a serverless function over the host's size limit",
    phase: "build",
    log: [
      "Build Completed in /vercel/output [40s]",
      'Error: The Serverless Function "api/index" is 275.4mb which exceeds the maximum size limit of 250mb.',
    ],
    category: "BUILD_CONFIG",
    keyLine: 'Error: The Serverless Function "api/index" is 275.4mb which exceeds the maximum size limit of 250mb.',
  },
  {
    name: "a Click CLI given a command it does not have",
    phase: "runtime",
    log: [
      "Usage: celery [OPTIONS] COMMAND [ARGS]...",
      "Try 'celery --help' for help.",
      "",
      "Error: No such command 'start'.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: No such command 'start'.",
  },
  {
    name: "Nomad's unhealthy allocations",
    phase: "runtime",
    log: [
      '==> Monitoring deployment "9f2c"',
      '  Deployment "9f2c" failed',
      "  Failed due to unhealthy allocations - not rolling back to stable job version 12 as current job has same specification",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      "Failed due to unhealthy allocations - not rolling back to stable job version 12 as current job has same specification",
  },
  {
    name: "a serverless runtime killed at its limit",
    phase: "runtime",
    log: [
      "START RequestId: 5d1c Version: $LATEST",
      "Error: Runtime exited with error: signal: killed",
      "Runtime.ExitError",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "Error: Runtime exited with error: signal: killed",
  },
  {
    name: "Vercel's build command killed",
    phase: "build",
    log: ["Creating an optimized production build ...", 'Error: Command "npm run build" exited with SIGKILL'],
    category: "OUT_OF_MEMORY",
    keyLine: 'Error: Command "npm run build" exited with SIGKILL',
  },
  {
    name: "writing to a read-only file system",
    phase: "runtime",
    log: ["Error: EROFS: read-only file system, open '/var/task/data.json'", "    at Object.openSync (node:fs:596:3)"],
    category: "PERMISSION_AUTH",
    keyLine: "Error: EROFS: read-only file system, open '/var/task/data.json'",
  },
  {
    name: "a gRPC peer that is not there",
    phase: "runtime",
    log: [
      "Error: 14 UNAVAILABLE: No connection established",
      "    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: 14 UNAVAILABLE: No connection established",
  },
  {
    name: "a database out of connection slots",
    phase: "runtime",
    log: ["FATAL:  sorry, too many clients already"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "FATAL:  sorry, too many clients already",
  },
  {
    name: "two instances migrating at once",
    phase: "runtime",
    log: ["Running migrations...", 'error: duplicate key value violates unique constraint "pg_type_typname_nsp_index"'],
    category: "DB_MIGRATION",
    keyLine: 'error: duplicate key value violates unique constraint "pg_type_typname_nsp_index"',
  },
  {
    name: "SQLite without a column the code writes",
    phase: "runtime",
    log: ["sqlite3.OperationalError: table users has no column named phone"],
    category: "DB_MIGRATION",
    keyLine: "sqlite3.OperationalError: table users has no column named phone",
  },
  {
    name: "a database URL without the jdbc scheme",
    phase: "runtime",
    log: [
      "Caused by: java.lang.RuntimeException: Driver org.postgresql.Driver claims to not accept jdbcUrl, postgresql://app@db.internal:5432/app",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Caused by: java.lang.RuntimeException: Driver org.postgresql.Driver claims to not accept jdbcUrl, postgresql://app@db.internal:5432/app",
  },
  {
    name: "Ruby's uncaught ENV.fetch names the variable",
    phase: "runtime",
    log: [
      '/app/config/initializers/stripe.rb:1:in `fetch\': key not found: "STRIPE_SECRET_KEY" (KeyError)',
      "\tfrom /app/config/initializers/stripe.rb:1:in `<main>'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: '/app/config/initializers/stripe.rb:1:in `fetch\': key not found: "STRIPE_SECRET_KEY" (KeyError)',
    variable: "STRIPE_SECRET_KEY",
  },
  {
    name: "rbenv asked for a Ruby the image lacks",
    phase: "build",
    log: [
      "#7 [4/8] RUN bundle install",
      "#7 0.210 rbenv: version `3.3.0' is not installed (set by /app/.ruby-version)",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#7 0.210 rbenv: version `3.3.0' is not installed (set by /app/.ruby-version)",
  },
  {
    name: "Cargo too old for the lock file (guide case 9: a lock file of another version of the tool)",
    phase: "build",
    log: [
      "error: failed to parse lock file at: /app/Cargo.lock",
      "",
      "Caused by:",
      "  lock file version 4 requires `-Znext-lockfile-bump`",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "lock file version 4 requires `-Znext-lockfile-bump`",
  },
  {
    name: "the start step runs a program the image lacks",
    phase: "runtime",
    log: ["Starting Container", "The executable `npm` could not be found."],
    category: "BUILD_CONFIG",
    keyLine: "The executable `npm` could not be found.",
  },
  {
    name: "an SDK missing its publishable key",
    phase: "runtime",
    log: [
      "Error: @clerk/nextjs: Missing publishableKey. You can get your key at https://dashboard.clerk.com/last-active?path=api-keys.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Error: @clerk/nextjs: Missing publishableKey. You can get your key at https://dashboard.clerk.com/last-active?path=api-keys.",
  },
  {
    name: "one of two settings must be given",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/app/app.py", line 9, in <module>',
      "    db.init_app(app)",
      "RuntimeError: Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' must be set.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "RuntimeError: Either 'SQLALCHEMY_DATABASE_URI' or 'SQLALCHEMY_BINDS' must be set.",
    variable: "SQLALCHEMY_DATABASE_URI",
  },
  {
    name: "python-decouple naming the variable it did not find",
    phase: "runtime",
    log: ["decouple.UndefinedValueError: SECRET_KEY not found. Declare it as envvar or define a default value."],
    category: "MISSING_ENV_CONFIG",
    keyLine: "decouple.UndefinedValueError: SECRET_KEY not found. Declare it as envvar or define a default value.",
    variable: "SECRET_KEY",
  },
  {
    name: "a connection string without its scheme",
    phase: "runtime",
    log: ['MongoParseError: Invalid scheme, expected connection string to start with "mongodb://" or "mongodb+srv://"'],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      'MongoParseError: Invalid scheme, expected connection string to start with "mongodb://" or "mongodb+srv://"',
  },
  {
    name: "node-postgres timing out on connect",
    phase: "runtime",
    log: [
      "Server listening on 8080",
      "Error: Connection terminated due to connection timeout",
      "    at Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: Connection terminated due to connection timeout",
  },
  {
    name: "asyncio refused on every address",
    phase: "runtime",
    log: [
      "OSError: Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 5432), [Errno 99] Cannot assign requested address",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "OSError: Multiple exceptions: [Errno 111] Connect call failed ('127.0.0.1', 5432), [Errno 99] Cannot assign requested address",
  },
  {
    name: "a native add-on's bindings are not in the image",
    phase: "runtime",
    log: [
      "Error: Could not locate the bindings file. Tried:",
      " → /app/node_modules/better-sqlite3/build/better_sqlite3.node",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error: Could not locate the bindings file. Tried:",
  },
  {
    name: "a package's compiled file by absolute path is a package, not the entry point",
    phase: "runtime",
    log: [
      "Error: Cannot find module '/app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node'",
      "    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error: Cannot find module '/app/node_modules/bcrypt/lib/binding/napi-v3/bcrypt_lib.node'",
  },
  {
    name: "Django without its database driver",
    phase: "runtime",
    log: ["django.core.exceptions.ImproperlyConfigured: Error loading psycopg2 or psycopg module"],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "django.core.exceptions.ImproperlyConfigured: Error loading psycopg2 or psycopg module",
  },
  {
    name: "yarn running a script the project does not define",
    phase: "build",
    log: [
      "$ yarn build",
      'error Command "build" not found.',
      "info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.",
    ],
    category: "BUILD_CONFIG",
    keyLine: 'error Command "build" not found.',
  },
  {
    name: "uv given a pyproject without a project table",
    phase: "build",
    log: ["#9 [5/6] RUN uv sync --frozen", "#9 0.112 error: No `project` table found in: `/app/pyproject.toml`"],
    category: "BUILD_CONFIG",
    keyLine: "#9 0.112 error: No `project` table found in: `/app/pyproject.toml`",
  },
  {
    name: "SWC failing to parse a source file",
    phase: "build",
    log: [
      "Failed to compile.",
      "./src/app/page.tsx",
      "Error: ",
      "  x Expected ',', got '}'",
      "    ,-[/app/src/app/page.tsx:12:1]",
    ],
    category: "BUILD_COMPILE",
    keyLine: "x Expected ',', got '}'",
  },
  {
    name: "npm reporting its build killed by SIGKILL",
    phase: "build",
    log: [
      "> next build",
      "npm ERR! path /app",
      "npm ERR! command failed",
      "npm ERR! signal SIGKILL",
      "npm ERR! command sh -c next build",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "npm ERR! signal SIGKILL",
  },
  {
    name: "uvicorn given an empty port is a port setting",
    phase: "runtime",
    log: ["Error: Invalid value for '--port': '' is not a valid integer."],
    category: "PORT_BINDING",
    keyLine: "Error: Invalid value for '--port': '' is not a valid integer.",
  },
  {
    name: "Create React App without public/index.html",
    phase: "build",
    log: [
      "> react-scripts build",
      "Could not find a required file.",
      "  Name: index.html",
      "  Searched in: /app/public",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Could not find a required file.",
  },
  {
    name: "Bundler run where there is no Gemfile",
    phase: "build",
    log: ["Step 6/9 : RUN bundle install", "Could not locate Gemfile or .bundle/ directory"],
    category: "BUILD_CONFIG",
    keyLine: "Could not locate Gemfile or .bundle/ directory",
  },
  {
    name: "a client created without its URL",
    phase: "runtime",
    log: [
      "Error: supabaseUrl is required.",
      "    at new SupabaseClient (/app/node_modules/@supabase/supabase-js/dist/main/SupabaseClient.js:45:19)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: supabaseUrl is required.",
  },
  {
    name: "Flask's CLI finding no application is the start command",
    phase: "runtime",
    log: [
      "Error: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Error: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.",
  },
  {
    name: "redis-py timing out on connect is an unreachable cache",
    phase: "runtime",
    log: ["redis.exceptions.TimeoutError: Timeout connecting to server"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "redis.exceptions.TimeoutError: Timeout connecting to server",
  },
  {
    name: "a cloud SDK without any credentials",
    phase: "runtime",
    log: [
      '  File "/app/storage.py", line 8, in upload',
      "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "botocore.exceptions.NoCredentialsError: Unable to locate credentials",
  },
  {
    name: "prose on stderr between Python frames is not a quoted source line",
    phase: "build",
    log: [
      "Traceback (most recent call last):",
      '  File "/usr/local/bin/pipenv", line 11, in <module>',
      "    Your Pipfile.lock (1a2b3c) is out of date. Expected: (4d5e6f).",
      "    sys.exit(cli())",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Your Pipfile.lock (1a2b3c) is out of date. Expected: (4d5e6f).",
  },
  {
    name: "a crate's build script that panics is the package's build, keyed on its reason",
    phase: "build",
    log: [
      "thread 'main' panicked at /build/vendor/zstd-sys/build.rs:120:10:",
      'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }',
      "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }',
  },
  {
    name: "rustc errors only inside registry crates are a dependency's code (guide case 3)",
    phase: "build",
    log: [
      "error[E0425]: cannot find value `inner` in this scope",
      "   --> /usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/somecrate-0.3.1/src/lib.rs:44:9",
      "error: could not compile `somecrate` (lib) due to 1 previous error",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "error[E0425]: cannot find value `inner` in this scope",
  },
  {
    name: "rustc errors in the project's own files stay a compile failure",
    phase: "build",
    log: [
      "error[E0308]: mismatched types",
      "   --> src/main.rs:12:5",
      "error[E0425]: cannot find value `inner` in this scope",
      "   --> /usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/somecrate-0.3.1/src/lib.rs:44:9",
    ],
    category: "BUILD_COMPILE",
    keyLine: "error[E0308]: mismatched types",
  },
  {
    name: "Docker unable to publish a port is port binding, even when it says permission denied",
    phase: "runtime",
    log: [
      "ERROR: for db  Cannot start service db: driver failed programming external connectivity on endpoint app_db_1 (abc): Error starting userland proxy: listen tcp4 127.0.",
      "0.1:5432: bind: permission denied",
    ],
    category: "PORT_BINDING",
    keyLine:
      "ERROR: for db  Cannot start service db: driver failed programming external connectivity on endpoint app_db_1 (abc): Error starting userland proxy: listen tcp4 127.0.",
  },
  {
    name: "a container whose entrypoint file is missing (or has CRLF endings)",
    phase: "runtime",
    log: ["Attaching to web", "web  | exec /app/entrypoint.sh: no such file or directory", "web exited with code 1"],
    category: "BUILD_CONFIG",
    keyLine: "web  | exec /app/entrypoint.sh: no such file or directory",
  },
  {
    name: "an Elixir client's :econnrefused is an unreachable service, not a missing module",
    phase: "runtime",
    log: [
      "[error] Ch.Connection failed to connect: ** (ErlangError) Erlang error: :econnrefused",
      "** (UndefinedFunctionError) function :econnrefused.exception/1 is undefined (module :econnrefused is not available)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "[error] Ch.Connection failed to connect: ** (ErlangError) Erlang error: :econnrefused",
  },
  {
    name: "a path the app cannot write to is a permission problem, not the exception after it",
    phase: "runtime",
    log: [
      "system temporary path is not writable: /tmp",
      "/usr/local/lib/ruby/3.3.0/tmpdir.rb:39:in `tmpdir': could not find a temporary directory (ArgumentError)",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "system temporary path is not writable: /tmp",
  },
  {
    name: "a Composer requirement on a PHP the host cannot supply is build configuration (guide case 1)",
    phase: "build",
    log: [
      "Your requirements could not be resolved to an installable set of packages.",
      "  Problem 1",
      "    - composer.json/composer.lock requires php 7.0.33 -> no matching package found.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "- composer.json/composer.lock requires php 7.0.33 -> no matching package found.",
  },
  {
    name: "a variable that starts its message followed by 'missing'",
    phase: "runtime",
    log: [
      "some-buildpack: DATABASE_URL missing, you must define it for the app to work.",
      "Process exited with status 1",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "some-buildpack: DATABASE_URL missing, you must define it for the app to work.",
    variable: "DATABASE_URL",
  },
  {
    name: "the app listening on another port than the health check is the cause, not the check",
    phase: "runtime",
    log: [
      "Health check 'servicecheck-00-http-8080' on port 8080 has failed. Your app is not responding properly.",
      "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
    ],
    category: "PORT_BINDING",
    keyLine: "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
  },
  {
    name: "flyctl's failed health check with nothing else said",
    phase: "runtime",
    log: [
      "--> v3 failed - Failed due to unhealthy allocations",
      "Health check on port 8080 has failed. Your app is not responding properly.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "Health check on port 8080 has failed. Your app is not responding properly.",
  },
  {
    name: "esbuild's located error is a compile failure",
    phase: "build",
    log: ["Error: Build failed with 1 error:", 'src/server.ts:3:7: ERROR: Expected ";" but found "x"'],
    category: "BUILD_COMPILE",
    keyLine: 'src/server.ts:3:7: ERROR: Expected ";" but found "x"',
  },
  {
    name: "Rust's expect() on an unset variable in the older panic format",
    phase: "runtime",
    log: ["thread 'main' panicked at 'REDIS_URL must be set: NotPresent', src/main.rs:9:44"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "thread 'main' panicked at 'REDIS_URL must be set: NotPresent', src/main.rs:9:44",
  },
  {
    name: "pydantic's lower-case field is set as the upper-case variable of the same name",
    phase: "runtime",
    log: [
      "pydantic.error_wrappers.ValidationError: 1 validation error for Settings",
      "",
      "smtp_password",
      "  field required (type=value_error.missing)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic.error_wrappers.ValidationError: 1 validation error for Settings",
    variable: "SMTP_PASSWORD",
  },
  {
    name: "an entrypoint under set -u reading a variable that is not set",
    phase: "runtime",
    log: ["Starting...", "/docker-entrypoint.sh: line 42: REDIS_HOST: unbound variable"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "/docker-entrypoint.sh: line 42: REDIS_HOST: unbound variable",
    variable: "REDIS_HOST",
  },
  {
    name: "yarn naming a package whose engines exclude this Node is the dependency set",
    phase: "build",
    log: [
      'error left-align@3.1.0: The engine "node" is incompatible with this module. Expected version ">=20.11.0". Got "20.10.0"',
      "error Found incompatible module.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      'error left-align@3.1.0: The engine "node" is incompatible with this module. Expected version ">=20.11.0". Got "20.10.0"',
  },
  {
    name: "a dependency's compile error under mix's summary is the key line",
    phase: "build",
    log: [
      "==> plug_extra",
      "Compiling 3 files (.ex)",
      "** (CompileError) lib/plug_extra/router.ex:12: undefined function route/2",
      'could not compile dependency :plug_extra, "mix compile" failed.',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "** (CompileError) lib/plug_extra/router.ex:12: undefined function route/2",
  },
  {
    name: "an Elixir library that needs a config key the app never set",
    phase: "build",
    log: [
      "==> tracing_lib",
      "** (RuntimeError) You must configure a :tracer for :tracing_lib",
      'could not compile dependency :tracing_lib, "mix compile" failed.',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "** (RuntimeError) You must configure a :tracer for :tracing_lib",
  },
  {
    name: "a missing header in a gem's native build names the system package to add",
    phase: "build",
    log: [
      "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "checking for pg_config... no",
      "Can't find the 'libpq-fe.h header",
      "*** extconf.rb failed ***",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "Can't find the 'libpq-fe.h header",
  },
  {
    name: "Kafka's client unable to reach a broker",
    phase: "runtime",
    log: [
      "WARN [AdminClient clientId=admin-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.",
      "Caused by: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment.",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "WARN [AdminClient clientId=admin-1] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.",
  },
  {
    name: "a permission error before a crash is the cause of the crash",
    phase: "runtime",
    log: [
      'FileLogWriter("/srv/app/logs/app.log"): open /srv/app/logs/app.log: permission denied',
      "panic: runtime error: invalid memory address or nil pointer dereference",
      "[signal SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x1c4e2f]",
    ],
    category: "PERMISSION_AUTH",
    keyLine: 'FileLogWriter("/srv/app/logs/app.log"): open /srv/app/logs/app.log: permission denied',
  },
  {
    name: "Gradle 7 without the old compile configuration is the build setup",
    phase: "build",
    log: [
      "* What went wrong:",
      "A problem occurred evaluating root project 'app'.",
      "> Could not find method compile() for arguments [org.slf4j:slf4j-api:2.0.9] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "> Could not find method compile() for arguments [org.slf4j:slf4j-api:2.0.9] on object of type org.gradle.api.internal.artifacts.dsl.dependencies.DefaultDependencyHandler.",
  },
  {
    name: "a variable that starts its message without a verb ('X not set')",
    phase: "runtime",
    log: ["Starting worker", "Error: WEBHOOK_SIGNING_KEY not set", "    at loadConfig (/app/dist/config.js:4:11)"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: WEBHOOK_SIGNING_KEY not set",
    variable: "WEBHOOK_SIGNING_KEY",
  },
  {
    name: "git's own '(X not set)' aside is not a variable the app needs",
    phase: "runtime",
    log: [
      "fatal: Not a git repository (or any parent up to mount point /app) Stopping at filesystem boundary (GIT_DISCOVERY_ACROSS_FILESYSTEM not set).",
      "/app/lib/billing.rb:4:in `<module:Billing>': uninitialized constant Invoicer (NameError)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "/app/lib/billing.rb:4:in `<module:Billing>': uninitialized constant Invoicer (NameError)",
  },
  {
    name: "a Go service whose .env file is not in the image",
    phase: "runtime",
    log: ["2024/05/01 10:00:00 Error loading .env file", "exit status 1"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "2024/05/01 10:00:00 Error loading .env file",
  },
  {
    name: "Spring failing to bind a property is a setting, not a bug",
    phase: "runtime",
    log: [
      "APPLICATION FAILED TO START",
      "Failed to bind properties under 'app.mail.port' to java.lang.Integer:",
      "    Reason: failed to convert java.lang.String to java.lang.Integer",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Failed to bind properties under 'app.mail.port' to java.lang.Integer:",
  },
  {
    name: "a connection pool that never got a connection is an unreachable database",
    phase: "runtime",
    log: ["thread 'main' panicked at src/db.rs:18:10:", "failed to connect: PoolTimedOut"],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "failed to connect: PoolTimedOut",
  },
  {
    name: "sharp without a binary for the platform is a module missing at start",
    phase: "runtime",
    log: [
      'Error: Could not load the "sharp" module using the linuxmusl-x64 runtime',
      "Possible solutions:",
      "- Ensure optional dependencies can be installed:",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: 'Error: Could not load the "sharp" module using the linuxmusl-x64 runtime',
  },
  {
    name: "webpack unable to parse a project file is a compile failure",
    phase: "build",
    log: [
      "ERROR in ./src/main.jsx 9:2",
      "Module parse failed: Unexpected token (9:2)",
      "You may need an appropriate loader",
    ],
    category: "BUILD_COMPILE",
    keyLine: "Module parse failed: Unexpected token (9:2)",
  },
  {
    name: "SQLite without a column the code reads is a schema that was not migrated",
    phase: "runtime",
    log: ["sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such column: orders.shipped_at"],
    category: "DB_MIGRATION",
    keyLine: "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such column: orders.shipped_at",
  },
  {
    name: "an exception whose message names a cause already seen above is that cause, not a bug",
    phase: "runtime",
    log: [
      "mkdir: cannot create directory '/data/cache': Permission denied",
      "panic: open /data/cache/key.pem: permission denied",
      "",
      "goroutine 1 [running]:",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "mkdir: cannot create directory '/data/cache': Permission denied",
  },
  {
    name: "a Node error object's code field is not the key line: its message is",
    phase: "runtime",
    log: [
      "0|api      | Error: connect ECONNREFUSED 10.0.0.7:6379",
      "0|api      |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
      "0|api      |   code: 'ECONNREFUSED',",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "0|api      | Error: connect ECONNREFUSED 10.0.0.7:6379",
  },
  {
    name: "Python 2 code run by Python 3 is the runtime version, not the code",
    phase: "runtime",
    log: [
      '  File "/app/server.py", line 12',
      "    except ValueError, err:",
      "                     ^",
      "SyntaxError: invalid syntax",
    ],
    category: "BUILD_CONFIG",
    keyLine: "SyntaxError: invalid syntax",
  },
  {
    name: "a framework naming a configuration key it needs",
    phase: "runtime",
    log: [
      "[2024-05-01 10:00:00.000] error: Missing jwt.secret. Please set jwt.secret in config/plugins.js",
      "Server wasn't able to start properly.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "[2024-05-01 10:00:00.000] error: Missing jwt.secret. Please set jwt.secret in config/plugins.js",
  },
  {
    name: "a client that cannot connect to the address it names, reported as a panic",
    phase: "runtime",
    log: [
      "connecting to amqp://rabbit.internal:5672",
      "panic: could not connect to amqp://rabbit.internal:5672: dial tcp: i/o timeout",
      "goroutine 1 [running]:",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "panic: could not connect to amqp://rabbit.internal:5672: dial tcp: i/o timeout",
  },
  {
    name: "SQL Server's 'already an object named' during a migration",
    phase: "runtime",
    log: [
      "[10:00:00 ERR] An error occurred while migrating the database.",
      "Microsoft.Data.SqlClient.SqlException (0x80131904): There is already an object named 'Invoices' in the database.",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "Microsoft.Data.SqlClient.SqlException (0x80131904): There is already an object named 'Invoices' in the database.",
  },
  {
    name: "pip against an externally managed system Python is the image setup",
    phase: "build",
    log: [
      "#9 [4/6] RUN pip install -r requirements.txt",
      "#9 1.203 error: externally-managed-environment",
      "#9 1.203 × This environment is externally managed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#9 1.203 error: externally-managed-environment",
  },
  {
    name: "systemd's status=127 is a start command whose program is missing",
    phase: "runtime",
    log: [
      "systemd[1]: Starting API server...",
      "systemd[1]: api.service: Main process exited, code=exited, status=127/n/a",
      "systemd[1]: api.service: Failed with result 'exit-code'.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "systemd[1]: api.service: Main process exited, code=exited, status=127/n/a",
  },
  {
    name: "gunicorn given an unexpanded $PORT is the start command (not run by a shell)",
    phase: "runtime",
    log: [
      "[2024-03-02 10:00:00 +0000] [1] [INFO] Starting gunicorn 21.2.0",
      "Error: '$PORT' is not a valid port number.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: '$PORT' is not a valid port number.",
  },
  {
    name: "SQLAlchemy handed an empty URL is a missing setting, not a bug",
    phase: "runtime",
    log: [
      '  File "/app/db.py", line 5, in <module>',
      "    engine = create_engine(os.getenv('DB_URL', ''))",
      "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string ''",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string ''",
  },
  {
    name: "PDO without its driver extension is a module missing from the image",
    phase: "runtime",
    log: [
      '[2024-03-02 10:00:00] production.ERROR: could not find driver (Connection: pgsql, SQL: select * from "users" limit 1)',
      "#0 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connection.php(739): PDO->__construct()",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      '[2024-03-02 10:00:00] production.ERROR: could not find driver (Connection: pgsql, SQL: select * from "users" limit 1)',
  },
  {
    name: "an SRV lookup that finds no cluster is an unreachable database",
    phase: "runtime",
    log: [
      "Error: querySrv ENOTFOUND _mongodb._tcp.cluster9.example.mongodb.net",
      "    at QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:275:17)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Error: querySrv ENOTFOUND _mongodb._tcp.cluster9.example.mongodb.net",
  },
  {
    name: "uv's explanation line names the package no version satisfies",
    phase: "build",
    log: [
      "Using uv pip install.",
      "  × No solution found when resolving dependencies:",
      "  ╰─▶ Because there is no version of fastapi==0.999.0 and you require fastapi==0.999.0, we can conclude that your requirements are unsatisfiable.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "╰─▶ Because there is no version of fastapi==0.999.0 and you require fastapi==0.999.0, we can conclude that your requirements are unsatisfiable.",
  },
  {
    name: "npm run where there is no package.json: the root directory is wrong",
    phase: "build",
    log: [
      "npm error code ENOENT",
      "npm error syscall open",
      "npm error path /workspace/package.json",
      "npm error errno -2",
      "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/workspace/package.json'",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/workspace/package.json'",
  },
  {
    name: "exit 127 after a start command: the shell's not-found line is the key",
    phase: "runtime",
    log: [
      "heroku[web.1]: Starting process with command `bin/boot`",
      "app[web.1]: bin/boot: line 3: /app/server: No such file or directory",
      "heroku[web.1]: Process exited with status 127",
    ],
    category: "BUILD_CONFIG",
    keyLine: "app[web.1]: bin/boot: line 3: /app/server: No such file or directory",
  },
  {
    name: "exit 127 with nothing else said: the start command is the key",
    phase: "runtime",
    log: [
      "heroku[web.1]: State changed from crashed to starting",
      "heroku[web.1]: Starting process with command `cargo run --release`",
      "heroku[web.1]: Process exited with status 127",
      "heroku[web.1]: State changed from starting to crashed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "heroku[web.1]: Starting process with command `cargo run --release`",
  },
  {
    name: "a pool's worker killed by signal 9 while the pool lives on is the OOM killer",
    phase: "runtime",
    log: [
      "worker_1  | [2024-02-01 10:00:00,000: ERROR/MainProcess] Process 'ForkPoolWorker-2' pid:41 exited with 'signal 9 (SIGKILL)'",
      "worker_1  | [2024-02-01 10:00:00,010: ERROR/MainProcess] Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 1.')",
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      "worker_1  | [2024-02-01 10:00:00,000: ERROR/MainProcess] Process 'ForkPoolWorker-2' pid:41 exited with 'signal 9 (SIGKILL)'",
  },
  {
    name: "a table that already exists, without any migration tool named, is a schema step run twice",
    phase: "runtime",
    log: [
      'Unhandled exception. Npgsql.PostgresException (0x80004005): 42P07: relation "Orders" already exists',
      "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async)",
    ],
    category: "DB_MIGRATION",
    keyLine: 'Unhandled exception. Npgsql.PostgresException (0x80004005): 42P07: relation "Orders" already exists',
  },
  {
    name: "a Go listen address without its colon is a port setting, not a bug",
    phase: "runtime",
    log: ["panic: listen tcp: address 3000: missing port in address", "", "goroutine 1 [running]:", "main.main()"],
    category: "PORT_BINDING",
    keyLine: "panic: listen tcp: address 3000: missing port in address",
  },
  {
    name: "a warning restated as an error: the error line is the key",
    phase: "runtime",
    log: [
      "PHP Warning:  mysqli::__construct(): (HY000/2002): Connection refused in /var/www/html/db.php on line 4",
      "Database Connection Error: (2002) Connection refused",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Database Connection Error: (2002) Connection refused",
  },
  {
    name: "JAVA_HOME unset with no java on the path: the image has no JDK",
    phase: "runtime",
    log: [
      "app[web.1]: ERROR: JAVA_HOME is not set and no 'java' command could be found in your PATH.",
      "app[web.1]: Please set the JAVA_HOME variable in your environment to match the",
    ],
    category: "BUILD_CONFIG",
    keyLine: "app[web.1]: ERROR: JAVA_HOME is not set and no 'java' command could be found in your PATH.",
  },
  {
    name: "t3-env's per-variable line names the missing variable",
    phase: "build",
    log: [
      "❌ Invalid environment variables: {",
      "  RESEND_API_KEY: [ 'Required' ],",
      "  SESSION_SECRET: [ 'Required' ]",
      "}",
      "Error: Invalid environment variables",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "RESEND_API_KEY: [ 'Required' ],",
    variable: "RESEND_API_KEY",
  },
  {
    name: "a mix build failing on warnings is a compile failure",
    phase: "build",
    log: [
      "==> my_app",
      "Compiling 12 files (.ex)",
      'warning: variable "conn" is unused',
      "Compilation failed due to warnings while using the --warnings-as-errors option",
    ],
    category: "BUILD_COMPILE",
    keyLine: "Compilation failed due to warnings while using the --warnings-as-errors option",
  },
  {
    name: "a Gradle task the build does not define is build configuration",
    phase: "build",
    log: [
      "FAILURE: Build failed with an exception.",
      "* What went wrong:",
      "Task 'stage' not found in root project 'shop'.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Task 'stage' not found in root project 'shop'.",
  },
  {
    name: "Rust unwrapping an unset environment variable is a missing variable, not a panic in the code",
    phase: "runtime",
    log: [
      "thread 'main' panicked at src/config.rs:9:40:",
      "called `Result::unwrap()` on an `Err` value: NotPresent",
      "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "called `Result::unwrap()` on an `Err` value: NotPresent",
  },
  {
    name: "ADO.NET opening a connection whose string was never configured",
    phase: "runtime",
    log: [
      "Unhandled exception. System.InvalidOperationException: The ConnectionString property has not been initialized.",
      "   at Microsoft.Data.SqlClient.SqlConnection.PermissionDemand()",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Unhandled exception. System.InvalidOperationException: The ConnectionString property has not been initialized.",
  },
  {
    name: "a client library's authentication exception is refused credentials, not a bug",
    phase: "runtime",
    log: [
      '  File "/app/worker.py", line 12, in <module>',
      "    r.ping()",
      "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.",
  },
  {
    name: "the Java MongoDB driver giving up on server selection is an unreachable database",
    phase: "runtime",
    log: [
      "com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}.",
      "\tat com.mongodb.internal.connection.BaseCluster.createTimeoutException(BaseCluster.java:380)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "com.mongodb.MongoTimeoutException: Timed out after 30000 ms while waiting for a server that matches ReadPreferenceServerSelector{readPreference=primary}.",
  },
  {
    name: "pydantic's settings error names the variable on the line after it",
    phase: "runtime",
    log: [
      "    settings = Settings()",
      '  File "pydantic/main.py", line 341, in pydantic.main.BaseModel.__init__',
      "pydantic.error_wrappers.ValidationError: 1 validation error for Settings",
      "REDIS_URL",
      "  invalid or missing URL scheme (type=value_error.url.scheme)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic.error_wrappers.ValidationError: 1 validation error for Settings",
    variable: "REDIS_URL",
  },
  {
    name: "a malformed datasource URL names the variable the schema reads it from",
    phase: "runtime",
    log: [
      "PrismaClientInitializationError: Invalid `prisma.user.findMany()` invocation:",
      "error: Error validating datasource `db`: the URL must start with the protocol `postgresql://` or `postgres://`.",
      "  -->  schema.prisma:3",
      "   | ",
      ' 2 |   provider = "postgresql"',
      ' 3 |   url      = env("DATABASE_URL")',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "error: Error validating datasource `db`: the URL must start with the protocol `postgresql://` or `postgres://`.",
    variable: "DATABASE_URL",
  },
  {
    name: "a buildpack that cannot download the Node version asked for is build configuration",
    phase: "build",
    log: [
      "-----> Installing binaries",
      "       engines.node (package.json):  10.22.x",
      "       Unable to download node 10.22.9; does it exist?",
      " !     Push rejected, failed to compile Node.js app.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Unable to download node 10.22.9; does it exist?",
  },
  {
    name: "a toolchain name rustup does not know is build configuration",
    phase: "build",
    log: [
      "-----> Downloading rustup",
      "info: syncing channel updates for 'nightly-x'",
      "error: invalid toolchain name: 'nightly-x'",
      "!     Push rejected",
    ],
    category: "BUILD_CONFIG",
    keyLine: "error: invalid toolchain name: 'nightly-x'",
  },
  {
    name: "a buildpack setting missing from the project's toml file is build configuration",
    phase: "build",
    log: [
      "-----> Go app detected",
      " !!    The 'metadata.heroku[\"root-package\"]' field is not specified in 'Gopkg.toml'.",
      " !     Push rejected, failed to compile Go app.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "!!    The 'metadata.heroku[\"root-package\"]' field is not specified in 'Gopkg.toml'.",
  },
  {
    name: "dotnet asking whether SDK commands were meant is a start command naming a missing program",
    phase: "runtime",
    log: [
      "Could not execute because the specified command or file was not found.",
      "Possible reasons for this include:",
      "  * You misspelled a built-in dotnet command.",
      "Did you mean to run dotnet SDK commands? Please install dotnet SDK from:",
      "  https://go.microsoft.com/fwlink/?linkid=798306",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Did you mean to run dotnet SDK commands? Please install dotnet SDK from:",
  },
  {
    name: "an image pull refused with manifest unknown is a wrong image reference",
    phase: "runtime",
    log: [
      'Normal   Pulling  pulling image "acme/api:abc123"',
      'Warning  Failed   Failed to pull image "acme/api:abc123": rpc error: code = NotFound desc = manifest unknown: manifest unknown',
      "Warning  BackOff  Back-off pulling image",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'Warning  Failed   Failed to pull image "acme/api:abc123": rpc error: code = NotFound desc = manifest unknown: manifest unknown',
  },
  {
    name: "Lambda unable to import the handler for want of a package is a missing module",
    phase: "runtime",
    log: [
      "START RequestId: 1f2e Version: $LATEST",
      "Unable to import module 'handler': No module named requests",
      "END RequestId: 1f2e",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Unable to import module 'handler': No module named requests",
  },
  {
    name: "a broker refusing the login is a credentials problem, not an unreachable broker",
    phase: "runtime",
    log: [
      "[2024-01-02 10:00:00,000: INFO/MainProcess] Connected to amqp://app:**@rabbit:5672//",
      "[2024-01-02 10:00:00,100: CRITICAL/MainProcess] Unrecoverable error: AccessRefused(403, 'ACCESS_REFUSED - Login was refused using authentication mechanism AMQPLAIN.', (0, 0), '')",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "[2024-01-02 10:00:00,100: CRITICAL/MainProcess] Unrecoverable error: AccessRefused(403, 'ACCESS_REFUSED - Login was refused using authentication mechanism AMQPLAIN.', (0, 0), '')",
  },
  {
    name: "Elixir calling a function on :ok is a code error, not a missing module",
    phase: "runtime",
    log: [
      "** (UndefinedFunctionError) function :ok.id/1 is undefined (module :ok is not available)",
      "    :ok.id(:ok)",
      "    (app) lib/app/worker.ex:12: App.Worker.run/1",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "** (UndefinedFunctionError) function :ok.id/1 is undefined (module :ok is not available)",
  },
  {
    name: "a .NET assembly of the wrong version is a missing module at start",
    phase: "runtime",
    log: [
      "Unhandled Exception: System.IO.FileLoadException: Could not load file or assembly 'Acme.Core, Version=2.2.0.0, Culture=neutral, PublicKeyToken=null'. The located assembly's manifest definition does not match the assembly reference. (Exception from HRESULT: 0x80131040)",
      "   at Acme.Program.Main(String[] args)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Unhandled Exception: System.IO.FileLoadException: Could not load file or assembly 'Acme.Core, Version=2.2.0.0, Culture=neutral, PublicKeyToken=null'. The located assembly's manifest definition does not match the assembly reference. (Exception from HRESULT: 0x80131040)",
  },
  {
    name: "a Cargo too old for a feature the manifest uses is build configuration, on its first line",
    phase: "build",
    log: [
      "error: failed to load manifest for workspace member `/src/app/cli`",
      "Caused by:",
      "  feature `workspace-inheritance` is required",
      "  The package requires the Cargo feature called `workspace-inheritance`, but that feature is not stabilized in this version of Cargo (1.62.0).",
    ],
    category: "BUILD_CONFIG",
    keyLine: "feature `workspace-inheritance` is required",
  },
  {
    name: "a build image that cannot set the runtime version named in an environment variable is build configuration",
    phase: "build",
    log: [
      "9:00:01 AM: Attempting Python version 3.7 from PYTHON_VERSION",
      "9:00:01 AM: Error setting python version from the PYTHON_VERSION environment variable",
      "9:00:01 AM: Build failed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "9:00:01 AM: Error setting python version from the PYTHON_VERSION environment variable",
  },
  {
    name: "a database client connecting without a configured key names the setting that is missing",
    phase: "runtime",
    log: [
      "** (RuntimeError) connect raised KeyError exception: key :hostname not found. The exception details are hidden, as they may contain sensitive data such as database credentials.",
      "    (postgrex 0.15.9) lib/postgrex/protocol.ex:92: Postgrex.Protocol.connect/1",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "** (RuntimeError) connect raised KeyError exception: key :hostname not found. The exception details are hidden, as they may contain sensitive data such as database credentials.",
  },
  {
    name: "a runtime download that is not an archive is a runtime version the stack lacks",
    phase: "build",
    log: [
      "-----> Fetching Erlang 19.3",
      "gzip: stdin: not in gzip format",
      "tar: Child returned status 1",
      "/tmp/buildpack/bin/compile: erl: not found",
    ],
    category: "BUILD_CONFIG",
    keyLine: "gzip: stdin: not in gzip format",
  },
  {
    name: "a tool download that is not an archive, after the runtime installed fine, is a dependency fetch",
    phase: "build",
    log: [
      "-----> Installing OpenJDK 1.8... done",
      "-----> Installing Apache Ant 1.9.8..... [start]",
      "gzip: stdin: not in gzip format",
      "tar: Child returned status 1",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "gzip: stdin: not in gzip format",
  },
  {
    name: "Dokku's checks failing on the probe's error status are a health check failure, keyed on what the probe got",
    phase: "runtime",
    log: [
      "-----> Attempting pre-flight checks (web.1)",
      "       Attempt 1/5. Waiting for 5 seconds ...",
      "remote: curl: (22) The requested URL returned error: 502 Bad Gateway",
      "remote:  !     Check attempt 1/5 failed.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "remote: curl: (22) The requested URL returned error: 502 Bad Gateway",
  },
  {
    name: "a go vet finding against a project file is a compile failure",
    phase: "build",
    log: [
      "Step 7/9 : RUN go vet ./...",
      "# example.dev/app/cmd/server",
      "cmd/server/main.go:21:2: misuse of unbuffered os.Signal channel as argument to signal.Notify",
      "The command '/bin/sh -c go vet ./...' returned a non-zero code: 1",
    ],
    category: "BUILD_COMPILE",
    keyLine: "cmd/server/main.go:21:2: misuse of unbuffered os.Signal channel as argument to signal.Notify",
  },
  {
    name: "a module that does not compile under an older Go, with Go's note naming the version, is build configuration",
    phase: "build",
    log: [
      "# example.dev/ws",
      "/go/pkg/mod/example.dev/ws@v1.8.0/conn.go:120:6: undefined: errors.Is",
      "note: module requires Go 1.13",
    ],
    category: "BUILD_CONFIG",
    keyLine: "note: module requires Go 1.13",
  },
  {
    name: "a module in the module cache that does not compile is a dependency failure",
    phase: "build",
    log: ["# example.dev/lib", "/go/pkg/mod/example.dev/lib@v0.3.1/parse.go:44:9: undefined: strings.CutPrefix"],
    category: "BUILD_DEPENDENCY",
    keyLine: "/go/pkg/mod/example.dev/lib@v0.3.1/parse.go:44:9: undefined: strings.CutPrefix",
  },
  {
    name: "an Elixir app started without its dependencies fetched is a missing module at run time",
    phase: "runtime",
    log: [
      "web_1  | Unchecked dependencies for environment dev:",
      "web_1  | * plug_cowboy (Hex package)",
      'web_1  |   the dependency is not available, run "mix deps.get"',
      "web_1  | ** (Mix) Can't continue due to errors on dependencies",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "web_1  | Unchecked dependencies for environment dev:",
  },
  {
    name: "the same unchecked dependencies during a build are a dependency step that was skipped",
    phase: "build",
    log: [
      "#9 1.20 Unchecked dependencies for environment prod:",
      "#9 1.20 * jason (Hex package)",
      '#9 1.20   the dependency is not available, run "mix deps.get"',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#9 1.20 Unchecked dependencies for environment prod:",
  },
  {
    name: "a buildpack rejecting a gem it does not support is a dependency failure",
    phase: "build",
    log: [
      "remote: -----> Detecting rake tasks",
      "remote:  !     Detected sqlite3 gem which is not supported on Heroku.",
      "remote:  !     Push rejected, failed to compile Ruby app.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "remote:  !     Detected sqlite3 gem which is not supported on Heroku.",
  },
  {
    name: "a configuration error saying a setting must be set is a missing setting",
    phase: "runtime",
    log: [
      "web_1  | Traceback (most recent call last):",
      "web_1  | example.config.ConfigurationError: `auth.signing-key` must be set. Generate one with `example keygen`.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "web_1  | example.config.ConfigurationError: `auth.signing-key` must be set. Generate one with `example keygen`.",
  },
  {
    name: "Kestrel refused a privileged port is a port binding problem",
    phase: "runtime",
    log: [
      "Unhandled exception. System.Net.Sockets.SocketException (13): Permission denied",
      "   at System.Net.Sockets.Socket.UpdateStatusAfterSocketErrorAndThrowException(SocketError error, String callerName)",
      "   at System.Net.Sockets.Socket.Bind(EndPoint localEP)",
    ],
    category: "PORT_BINDING",
    keyLine: "Unhandled exception. System.Net.Sockets.SocketException (13): Permission denied",
  },
  {
    name: "Gradle's line naming the coordinates that do not exist is the key line under its summary",
    phase: "build",
    log: [
      "* What went wrong:",
      "Could not resolve all artifacts for configuration ':classpath'.",
      "> Could not find org.example.gradle:widget-plugin:9.9.9.",
      "  Searched in the following locations:",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "> Could not find org.example.gradle:widget-plugin:9.9.9.",
  },
  {
    name: "Rails' pending-migration message, on the line under its class, is the key line",
    phase: "runtime",
    log: [
      "ActiveRecord::PendingMigrationError (",
      "",
      "Migrations are pending. To resolve this issue, run:",
      "",
      "        bin/rails db:migrate RAILS_ENV=development",
    ],
    category: "DB_MIGRATION",
    keyLine: "Migrations are pending. To resolve this issue, run:",
  },
  {
    name: "a framework that names the Node.js version it needs is build configuration, on that line",
    phase: "build",
    log: [
      "3:02:11 PM: $ next build",
      '3:02:11 PM: You are using Node.js 18.19.0. For Next.js, Node.js version ">=20.9.0" is required.',
      "3:02:11 PM:  ELIFECYCLE  Command failed with exit code 1.",
    ],
    category: "BUILD_CONFIG",
    keyLine: '3:02:11 PM: You are using Node.js 18.19.0. For Next.js, Node.js version ">=20.9.0" is required.',
  },
  {
    name: "a repository answering a Gradle fetch with 401 is refused credentials, not a missing dependency",
    phase: "build",
    log: [
      "> Could not resolve all dependencies for configuration ':app:debugRuntimeClasspath'.",
      "   > Could not resolve com.example:widget:2.1.",
      "      > Could not GET 'https://maven.example.dev/com/example/widget/2.1/widget-2.1.pom'. Received status code 401 from server: Unauthorized",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "> Could not GET 'https://maven.example.dev/com/example/widget/2.1/widget-2.1.pom'. Received status code 401 from server: Unauthorized",
  },
  {
    name: "a package repository timing out during a build is a dependency fetch failure",
    phase: "build",
    log: [
      "[INFO] Building demo 0.0.1",
      "[ERROR] Plugin org.apache.maven.plugins:maven-jar-plugin:3.3.0 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:maven-jar-plugin:jar:3.3.0: Could not transfer artifact org.apache.maven.plugins:maven-jar-plugin:pom:3.3.0 from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 failed: Connection timed out -> [Help 1]",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "[ERROR] Plugin org.apache.maven.plugins:maven-jar-plugin:3.3.0 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:maven-jar-plugin:jar:3.3.0: Could not transfer artifact org.apache.maven.plugins:maven-jar-plugin:pom:3.3.0 from/to central (https://repo.maven.apache.org/maven2): Connect to repo.maven.apache.org:443 failed: Connection timed out -> [Help 1]",
  },
  {
    name: "a deploy tool saying the new container is not healthy is a health check failure",
    phase: "runtime",
    log: [
      "[2025-Jan-02 10:00:01] Waiting for the new container to be healthy.",
      "[2025-Jan-02 10:01:31] New container is not healthy, rolling back to the old container.",
      "[2025-Jan-02 10:01:32] Rolling update completed.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "[2025-Jan-02 10:01:31] New container is not healthy, rolling back to the old container.",
  },
  {
    name: "a malformed .NET connection string is a setting to fix",
    phase: "runtime",
    log: [
      "Unhandled exception. System.ArgumentException: Format of the initialization string does not conform to specification starting at index 40.",
      "   at System.Data.Common.DbConnectionOptions.GetKeyValuePair(String connectionString, Int32 currentPosition)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "Unhandled exception. System.ArgumentException: Format of the initialization string does not conform to specification starting at index 40.",
  },
  {
    name: "an Erlang version without quotes that the buildpack does not support is build configuration",
    phase: "build",
    log: [
      "-----> Checking Erlang and Elixir versions",
      "Sorry, Erlang 22.3 isn't supported yet. For a list of supported versions, please see the docs",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Sorry, Erlang 22.3 isn't supported yet. For a list of supported versions, please see the docs",
  },
  {
    name: "the C compiler failing inside a dependency's native build is the key line under mix's summary",
    phase: "build",
    log: [
      "==> argon2_elixir",
      "clang: error: no such file or directory: 'c_src/argon2.c'",
      'could not compile dependency :argon2_elixir, "mix compile" failed. Errors may have been logged above.',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "clang: error: no such file or directory: 'c_src/argon2.c'",
  },
  {
    name: "a client that failed to connect to an address is an unreachable dependency",
    phase: "runtime",
    log: [
      "Unhandled exception. Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432",
      "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Unhandled exception. Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432",
  },
  {
    name: "Node failing to open a data file at run time is a runtime exception",
    phase: "runtime",
    log: [
      "node:internal/fs/utils:347",
      "Error: ENOENT: no such file or directory, open '/app/uploads/cover.png'",
      "    at Object.openSync (node:fs:573:3)",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "Error: ENOENT: no such file or directory, open '/app/uploads/cover.png'",
  },
  {
    name: "a crate's build script panic says why the build of a -sys crate failed",
    phase: "build",
    log: [
      "error: failed to run custom build command for `openssl-sys v0.9.60`",
      "--- stderr",
      "thread 'main' panicked at 'Unable to detect OpenSSL version', /usr/local/cargo/registry/src/index.crates.io/openssl-sys-0.9.60/build.rs:16:14",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "thread 'main' panicked at 'Unable to detect OpenSSL version', /usr/local/cargo/registry/src/index.crates.io/openssl-sys-0.9.60/build.rs:16:14",
  },
  {
    name: "BuildKit's plain progress with two decimals is peeled off, so the type error is read as one",
    phase: "build",
    log: [
      "12.40 Failed to compile.",
      "12.41 ./src/app/page.tsx:4:7",
      "12.41 Type error: Property 'title' does not exist on type 'Props'.",
      'ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_COMPILE",
    keyLine: "12.41 Type error: Property 'title' does not exist on type 'Props'.",
  },
  {
    name: "npm's older 'No compatible version found' is a dependency version that does not exist",
    phase: "build",
    log: ["npm ERR! Error: No compatible version found: left-pad@'^9.0.0'", "npm ERR! Valid install targets:"],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm ERR! Error: No compatible version found: left-pad@'^9.0.0'",
  },
  {
    name: "Postgres noting that an object already exists and skipping it is not a failed migration",
    phase: "runtime",
    log: [
      'WARNING DB: extension "pgcrypto" already exists, skipping (SQL State: 42710)',
      "flyway: Migrating schema to version 3 - add orders",
      "ERROR: Migration V3__add_orders.sql failed",
    ],
    category: "DB_MIGRATION",
    keyLine: "ERROR: Migration V3__add_orders.sql failed",
  },
  {
    name: "gunicorn finding its address in use is a port binding problem",
    phase: "runtime",
    log: [
      "web_1  | [2026-01-01 00:00:00 +0000] [7] [INFO] Starting gunicorn 21.2.0",
      "web_1  | [2026-01-01 00:00:00 +0000] [7] [ERROR] Connection in use: ('0.0.0.0', 8000)",
      "web_1  | [2026-01-01 00:00:00 +0000] [7] [ERROR] Retrying in 1 second.",
    ],
    category: "PORT_BINDING",
    keyLine: "web_1  | [2026-01-01 00:00:00 +0000] [7] [ERROR] Connection in use: ('0.0.0.0', 8000)",
  },
  {
    name: "a buildpack that cannot provide the Erlang version asked for is build configuration",
    phase: "build",
    log: [
      "remote: -----> Checking Erlang and Elixir versions",
      "remote:        Sorry, Erlang '27.9' isn't supported yet or isn't formatted correctly.",
      "remote:  !     Push rejected, failed to compile Elixir app.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "remote:        Sorry, Erlang '27.9' isn't supported yet or isn't formatted correctly.",
  },
  {
    name: "a gem version locked but gone from the index is a dependency failure",
    phase: "build",
    log: [
      "Fetching gem metadata from https://rubygems.org/.........",
      "Your bundle is locked to nokogiri (1.6.0), but that version could not be found in any of the sources listed in your Gemfile.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "Your bundle is locked to nokogiri (1.6.0), but that version could not be found in any of the sources listed in your Gemfile.",
  },
  {
    name: "an asset the pipeline cannot find during precompile is a compile failure",
    phase: "build",
    log: [
      "remote:        rake aborted!",
      "remote:        Sprockets::FileNotFound: couldn't find file 'charts/bundle' with type 'application/javascript'",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "remote:        Sprockets::FileNotFound: couldn't find file 'charts/bundle' with type 'application/javascript'",
  },
  {
    name: "Hibernate's schema validation finding a column missing is a migration that has not run",
    phase: "runtime",
    log: [
      "Caused by: org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [paid_at] in table [invoices]",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "Caused by: org.hibernate.tool.schema.spi.SchemaManagementException: Schema-validation: missing column [paid_at] in table [invoices]",
  },
  {
    name: "a package URL that required authentication is refused credentials",
    phase: "build",
    log: [
      "  - Downloading acme/pro-widgets (2.0.1)",
      "    The 'https://composer.acme.test/dist/pro-widgets-2.0.1.zip' URL required authentication (HTTP 401).",
    ],
    category: "PERMISSION_AUTH",
    keyLine: "The 'https://composer.acme.test/dist/pro-widgets-2.0.1.zip' URL required authentication (HTTP 401).",
  },
  {
    name: "Kamal's proxy refused on the health path is the health check, not a dependency",
    phase: "runtime",
    log: [
      '{"level":"INFO","msg":"Unable to proxy request","path":"/up","error":"dial tcp 172.18.0.5:3000: connect: connection refused"}',
      "ERROR Failed to boot web on 10.0.0.4",
      "INFO First web container is unhealthy on 10.0.0.4, not booting any other roles",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "INFO First web container is unhealthy on 10.0.0.4, not booting any other roles",
  },
  {
    name: "Cloud Foundry's port check refused while the app listens on loopback is a port binding problem",
    phase: "runtime",
    log: [
      "2026-01-05T10:00:01.00+0000 [APP/PROC/WEB/0] OUT Server is running at http://127.0.0.1:8080",
      "2026-01-05T10:01:02.00+0000 [CELL/0] ERR Failed to make TCP connection to port 8080: connection refused",
    ],
    category: "PORT_BINDING",
    keyLine: "2026-01-05T10:00:01.00+0000 [APP/PROC/WEB/0] OUT Server is running at http://127.0.0.1:8080",
  },
  {
    name: "an end-of-life Debian release in the build image is a dependency failure of the system packages",
    phase: "build",
    log: [
      "#5 0.412 Err:4 http://deb.debian.org/debian stretch Release",
      "#5 0.412   404  Not Found [IP: 151.101.2.132 80]",
      "#5 0.431 E: The repository 'http://deb.debian.org/debian stretch Release' does not have a Release file.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#5 0.431 E: The repository 'http://deb.debian.org/debian stretch Release' does not have a Release file.",
  },
  {
    name: "$PORT reaching the server unexpanded is a start command not run by a shell",
    phase: "runtime",
    log: [
      "=> Booting Puma",
      "/app/vendor/bundle/gems/railties/lib/rails/commands/server.rb:33:in `parse!': invalid argument: -p $PORT (OptionParser::InvalidArgument)",
      "\tfrom bin/rails:4:in `<main>'",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "/app/vendor/bundle/gems/railties/lib/rails/commands/server.rb:33:in `parse!': invalid argument: -p $PORT (OptionParser::InvalidArgument)",
  },
  {
    name: "sqlx without a database or a prepared query cache is a compile failure",
    phase: "build",
    log: [
      "#14 88.1    Compiling api v0.1.0 (/app)",
      "#14 90.2 error: `SQLX_OFFLINE=true` but there is no cached data for this query, run `cargo sqlx prepare` to update the query cache or unset `SQLX_OFFLINE`",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "#14 90.2 error: `SQLX_OFFLINE=true` but there is no cached data for this query, run `cargo sqlx prepare` to update the query cache or unset `SQLX_OFFLINE`",
  },
  {
    name: "a .NET SDK too old for the project's target framework is the build image's toolchain",
    phase: "build",
    log: [
      "#8 1.625 /usr/share/dotnet/sdk/6.0.400/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(144,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 9.0.  Either target .NET 6.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. [/src/Api.csproj]",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "#8 1.625 /usr/share/dotnet/sdk/6.0.400/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(144,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 9.0.  Either target .NET 6.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. [/src/Api.csproj]",
  },
  {
    name: "a MySQL table that does not exist at start is a migration that has not run",
    phase: "runtime",
    log: [
      "In Connection.php line 825:",
      "  SQLSTATE[42S02]: Base table or view not found: 1146 Table 'app.jobs' doesn't exist (SQL: select * from `jobs`)",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "SQLSTATE[42S02]: Base table or view not found: 1146 Table 'app.jobs' doesn't exist (SQL: select * from `jobs`)",
  },
  {
    name: "libpq's failure line outranks its hint as the key line",
    phase: "runtime",
    log: [
      'web-1  | psycopg2.OperationalError: connection to server at "db" (172.20.0.4), port 5432 failed: Connection refused',
      "web-1  |         Is the server running on that host and accepting TCP/IP connections?",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      'web-1  | psycopg2.OperationalError: connection to server at "db" (172.20.0.4), port 5432 failed: Connection refused',
  },
  {
    name: "the message of a duplicate table outranks its bare SQLSTATE as the key line",
    phase: "runtime",
    log: [
      "Migration V3__invoices.sql failed",
      "SQL State  : 42P07",
      "Error Code : 0",
      'Message    : ERROR: relation "invoices" already exists',
    ],
    category: "DB_MIGRATION",
    keyLine: 'Message    : ERROR: relation "invoices" already exists',
  },
  {
    name: "a go.mod whose go directive the toolchain cannot read is the build image's toolchain",
    phase: "build",
    log: [
      "#9 0.201 go: errors parsing go.mod:",
      "#9 0.201 /src/go.mod:3: invalid go version '1.31.0': must match format 1.23",
      '#9 ERROR: process "/bin/sh -c go mod download" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_CONFIG",
    keyLine: "#9 0.201 /src/go.mod:3: invalid go version '1.31.0': must match format 1.23",
  },
  {
    name: "an assembly listed in the .NET dependencies manifest but absent is a missing module",
    phase: "runtime",
    log: [
      "Error:",
      "  An assembly specified in the application dependencies manifest (Shop.Api.deps.json) was not found:",
      "    package: 'Dapper', version: '2.1.0'",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "An assembly specified in the application dependencies manifest (Shop.Api.deps.json) was not found:",
  },
  {
    name: "docker's health record of a check whose own command is missing is a failed health check",
    phase: "runtime",
    log: [
      "{",
      '  "Status": "unhealthy",',
      '  "FailingStreak": 12,',
      '  "Log": [',
      '    { "ExitCode": -1,',
      '      "Output": "OCI runtime exec failed: exec failed: unable to start container process: exec: \\"wget\\": executable file not found in $PATH: unknown"',
      "    }",
      "  ]",
      "}",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine:
      '"Output": "OCI runtime exec failed: exec failed: unable to start container process: exec: \\"wget\\": executable file not found in $PATH: unknown"',
  },
  {
    name: "git asking for a username it was not given is missing credentials for a private repository",
    phase: "build",
    log: [
      "#11 1.201 * Updating billing (https://github.com/acme/billing.git)",
      "#11 1.542 fatal: could not read Username for 'https://github.com': terminal prompts disabled",
      '#11 1.548 ** (Mix) Command "git --git-dir=.git fetch --force --quiet --progress" failed',
    ],
    category: "PERMISSION_AUTH",
    keyLine: "#11 1.542 fatal: could not read Username for 'https://github.com': terminal prompts disabled",
  },
  {
    name: "a connection-string keyword the driver rejects is malformed configuration",
    phase: "runtime",
    log: [
      "Unhandled exception. System.ArgumentException: Keyword not supported: 'trusted_connection'.",
      "   at Npgsql.NpgsqlConnectionStringBuilder.GetProperty(String keyword)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Unhandled exception. System.ArgumentException: Keyword not supported: 'trusted_connection'.",
  },
  {
    name: "a Java client's unresolved host is an unreachable dependency",
    phase: "runtime",
    log: [
      "Caused by: io.lettuce.core.RedisConnectionException: Unable to connect to cache/<unresolved>:6379",
      "\tat io.lettuce.core.RedisConnectionException.create(RedisConnectionException.java:78)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Caused by: io.lettuce.core.RedisConnectionException: Unable to connect to cache/<unresolved>:6379",
  },
  {
    name: "a container health check that exceeded its timeout is a failed health check",
    phase: "runtime",
    log: ['"Status": "unhealthy",', '"FailingStreak": 3,', '"Output": "Health check exceeded timeout (5s)"'],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: '"Output": "Health check exceeded timeout (5s)"',
  },
  {
    name: "a NuGet package missing from the package folder at publish is a dependency failure",
    phase: "build",
    log: [
      "#9 2.301 /usr/share/dotnet/sdk/8.0.100/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(266,5): error NETSDK1064: Package Serilog, version 3.1.1 was not found. It might have been deleted since NuGet restore. [/src/Api.csproj]",
      '#9 ERROR: process "/bin/sh -c dotnet publish --no-restore -c Release -o out" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#9 2.301 /usr/share/dotnet/sdk/8.0.100/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(266,5): error NETSDK1064: Package Serilog, version 3.1.1 was not found. It might have been deleted since NuGet restore. [/src/Api.csproj]",
  },
  {
    name: "a Go module whose checksum does not match go.sum is a dependency failure",
    phase: "build",
    log: [
      "#7 4.2 go: downloading example.test/kit v1.4.0",
      "#7 4.9 verifying example.test/kit@v1.4.0: checksum mismatch",
      "#7 4.9 \tdownloaded: h1:aaaa",
      '#7 ERROR: process "/bin/sh -c go build ./..." did not complete successfully: exit code: 1',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#7 4.9 verifying example.test/kit@v1.4.0: checksum mismatch",
  },
  {
    name: "a Cargo too old for the crate's edition is the build image's toolchain",
    phase: "build",
    log: [
      "#8 0.311 error: failed to parse manifest at `/app/Cargo.toml`",
      "#8 0.311 Caused by:",
      "#8 0.311   feature `edition2024` is required",
    ],
    category: "BUILD_CONFIG",
    keyLine: "#8 0.311   feature `edition2024` is required",
  },
  {
    name: "a buildpack that finds no build file in the pushed source is build configuration",
    phase: "build",
    log: [
      "remote: -----> Java app detected",
      "remote:  !     ERROR: Could not find a pom.xml file! Please check that it exists and is committed to Git.",
      "remote:  !     Push rejected, failed to compile Java app.",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "remote:  !     ERROR: Could not find a pom.xml file! Please check that it exists and is committed to Git.",
  },
  {
    name: "a watchdog reporting a container found to be unhealthy is a failed health check",
    phase: "runtime",
    log: [
      "web_1       | Puma starting in single mode...",
      "watchdog_1  | Container /shop_web_1 (0a1b2c3d) found to be unhealthy - restarting it",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "watchdog_1  | Container /shop_web_1 (0a1b2c3d) found to be unhealthy - restarting it",
  },
  {
    name: "Composer unable to download a package file is a dependency failure",
    phase: "build",
    log: [
      "Loading composer repositories with package information",
      "  [Composer\\Downloader\\TransportException]",
      '  The "https://repo.example.test/p/vendor/lib.json" file could not be downloaded (HTTP/1.1 404 Not Found)',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: 'The "https://repo.example.test/p/vendor/lib.json" file could not be downloaded (HTTP/1.1 404 Not Found)',
  },
  {
    name: "Rails failing to decrypt its credentials at boot is a missing or wrong master key",
    phase: "runtime",
    log: [
      "bin/rails aborted!",
      "ActiveSupport::MessageEncryptor::InvalidMessage: ActiveSupport::MessageEncryptor::InvalidMessage",
      "INFO First web container is unhealthy, not booting any other roles",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "ActiveSupport::MessageEncryptor::InvalidMessage: ActiveSupport::MessageEncryptor::InvalidMessage",
  },
  {
    name: "a settings file the app loads at start that is not there is missing configuration",
    phase: "runtime",
    log: [
      'api-1  | Error: configuration file "config/production" not found',
      "api-1  | thread 'main' panicked at src/settings.rs:12:5:",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'api-1  | Error: configuration file "config/production" not found',
  },
  {
    name: "Composer's named requirement is the key line, not its summary",
    phase: "build",
    log: [
      "Your requirements could not be resolved to an installable set of packages.",
      "  Problem 1",
      "    - acme/pdf 2.0.0 requires ext-gd * -> it is missing from your system. Install or enable PHP's gd extension.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "- acme/pdf 2.0.0 requires ext-gd * -> it is missing from your system. Install or enable PHP's gd extension.",
  },
  {
    name: "the database error under Rails' migration wrapper is the key line",
    phase: "runtime",
    log: [
      "== 20260101000000 AddTotalsToOrders: migrating =====",
      "StandardError: An error has occurred, this and all later migrations canceled:",
      'PG::DuplicateColumn: ERROR:  column "total" of relation "orders" already exists',
    ],
    category: "DB_MIGRATION",
    keyLine: 'PG::DuplicateColumn: ERROR:  column "total" of relation "orders" already exists',
  },
  {
    name: "Elixir's exception line outranks a logger line quoting it",
    phase: "runtime",
    log: [
      '10:00:00.001 [error] Postgrex.Protocol (#PID<0.200.0>) failed to connect: ** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "app"',
      "GenServer #PID<0.210.0> terminating",
      '** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "app"',
    ],
    category: "PERMISSION_AUTH",
    keyLine: '** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "app"',
  },
  {
    name: "a .NET process refused access to a path is a permission problem, not a code bug",
    phase: "runtime",
    log: [
      "info: Microsoft.Hosting.Lifetime[0] Application is starting",
      "Unhandled exception. System.UnauthorizedAccessException: Access to the path '/data/cache/index.db' is denied.",
      "   at System.IO.FileSystem.CreateDirectory(String fullPath)",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "Unhandled exception. System.UnauthorizedAccessException: Access to the path '/data/cache/index.db' is denied.",
  },
  {
    name: "Ruby's ENV.fetch of an unset variable is missing configuration",
    phase: "runtime",
    log: [
      'app[web.1]: /app/config/puma.rb:3:in `fetch\': key not found: "WEB_CONCURRENCY" (KeyError)',
      'app[web.1]: KeyError: key not found: "WEB_CONCURRENCY"',
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: 'app[web.1]: KeyError: key not found: "WEB_CONCURRENCY"',
    variable: "WEB_CONCURRENCY",
  },
  {
    name: "a .NET assembly missing at start is a missing module",
    phase: "runtime",
    log: [
      "Unhandled Exception: System.IO.FileNotFoundException: Could not load file or assembly 'Billing.Core, Culture=neutral, PublicKeyToken=null'. The system cannot find the file specified.",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine:
      "Unhandled Exception: System.IO.FileNotFoundException: Could not load file or assembly 'Billing.Core, Culture=neutral, PublicKeyToken=null'. The system cannot find the file specified.",
  },
  {
    name: "a null connection string handed to a .NET data library is missing configuration",
    phase: "runtime",
    log: [
      "Unhandled exception. System.ArgumentNullException: Value cannot be null. (Parameter 'connectionString')",
      "   at Npgsql.NpgsqlConnection..ctor(String connectionString)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Unhandled exception. System.ArgumentNullException: Value cannot be null. (Parameter 'connectionString')",
  },
  {
    name: "C# compiler errors in a docker build are a compile failure",
    phase: "build",
    log: [
      "#12 [build 4/5] RUN dotnet publish -c Release -o /out",
      "#12 3.101 Services/OrderService.cs(41,18): error CS0103: The name 'total' does not exist in the current context [/src/Api.csproj]",
      '#12 ERROR: process "/bin/sh -c dotnet publish -c Release -o /out" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "#12 3.101 Services/OrderService.cs(41,18): error CS0103: The name 'total' does not exist in the current context [/src/Api.csproj]",
  },
  {
    name: "a stylesheet that fails to compile during asset precompilation is a compile failure",
    phase: "build",
    log: [
      "remote:        Running: rake assets:precompile",
      "remote:        rake aborted!",
      'remote:        SassC::SyntaxError: Error: Undefined variable: "$brand-primary".',
    ],
    category: "BUILD_COMPILE",
    keyLine: 'remote:        SassC::SyntaxError: Error: Undefined variable: "$brand-primary".',
  },
  {
    name: "a PHP build without a committed composer.lock is build configuration",
    phase: "build",
    log: [
      "remote: -----> PHP app detected",
      "remote:  !     ERROR: Your composer.json specifies dependencies, but no composer.lock was found, please run 'composer update'.",
      "remote:  !     Push rejected, failed to compile PHP app.",
      "error: failed to push some refs to 'https://git.heroku.com/shop.git'",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "remote:  !     ERROR: Your composer.json specifies dependencies, but no composer.lock was found, please run 'composer update'.",
  },
  {
    name: "a platform health checker's own refused probes are a failed health check, not a dependency",
    phase: "runtime",
    log: [
      "-----> Attempt 1/3 Waiting for 5 seconds ...",
      "curl: (7) Failed to connect to 172.17.0.9 port 5000: Connection refused",
      " !     Check attempt 1/3 failed.",
      "remote: Could not start due to 1 failed checks.",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "remote: Could not start due to 1 failed checks.",
  },
  {
    name: "psycopg2 failing to read the PostgreSQL version while installing is a dependency failure",
    phase: "build",
    log: [
      "remote:        Running setup.py egg_info for package psycopg2",
      "remote:            Error: could not determine PostgreSQL version from '16.2'",
      'remote:        Command "python setup.py egg_info" failed with error code 1 in /tmp/pip-build/psycopg2/',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "remote:            Error: could not determine PostgreSQL version from '16.2'",
  },
  {
    name: "Flyway naming the failed migration is the key line, not its validation wrapper",
    phase: "runtime",
    log: [
      "Caused by: org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation",
      "Detected failed migration to version 4.2 (add invoices).",
    ],
    category: "DB_MIGRATION",
    keyLine: "Detected failed migration to version 4.2 (add invoices).",
  },
  {
    name: "a Maven repository refusing the credentials is an auth failure, not an unresolvable dependency",
    phase: "build",
    log: [
      "[INFO] BUILD FAILURE",
      "[ERROR] Failed to execute goal on project api: Could not resolve dependencies for project com.acme:api:jar:1.0.0: Failed to collect dependencies at com.acme:shared:jar:2.1.0: Could not transfer artifact com.acme:shared:pom:2.1.0 from/to internal (https://maven.acme.test/releases): Authentication failed for https://maven.acme.test/releases/com/acme/shared/2.1.0/shared-2.1.0.pom 401 Unauthorized -> [Help 1]",
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      "[ERROR] Failed to execute goal on project api: Could not resolve dependencies for project com.acme:api:jar:1.0.0: Failed to collect dependencies at com.acme:shared:jar:2.1.0: Could not transfer artifact com.acme:shared:pom:2.1.0 from/to internal (https://maven.acme.test/releases): Authentication failed for https://maven.acme.test/releases/com/acme/shared/2.1.0/shared-2.1.0.pom 401 Unauthorized -> [Help 1]",
  },
  {
    name: "a Flyway checksum mismatch at start is a migration failure, keyed on the migration it names",
    phase: "runtime",
    log: [
      "2026-02-01 09:00:00,001 ERROR [io.qua.run.Application] (main) Failed to start application: org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation",
      "Migration checksum mismatch for migration version 7",
      "-> Applied to database : 1190052731",
      "-> Resolved locally    : -523707216",
    ],
    category: "DB_MIGRATION",
    keyLine: "Migration checksum mismatch for migration version 7",
  },
  {
    name: "a malformed database URL that Prisma reads from the environment is configuration",
    phase: "runtime",
    log: [
      "Error: Prisma schema validation - (get-config wasm)",
      "Error code: P1012",
      "error: Error validating datasource `db`: the URL must start with the protocol `postgresql://` or `postgres://`.",
      "error Command failed with exit code 1.",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "error: Error validating datasource `db`: the URL must start with the protocol `postgresql://` or `postgres://`.",
  },
  {
    name: "a TypeScript diagnostic inside a build tool's box frame is read through the frame",
    phase: "build",
    log: [
      "> Task :ui:npmBuild FAILED",
      "│  ERROR in ./src/index.ts",
      "│       TS2307: Cannot find module './Widgets' or its corresponding type declarations.",
      "1 ERROR in child compilations",
    ],
    category: "BUILD_COMPILE",
    keyLine: "│       TS2307: Cannot find module './Widgets' or its corresponding type declarations.",
  },
  {
    name: "pip's conflict report is keyed on the line that names the conflicting requirements, not the help link after it",
    phase: "build",
    log: [
      "#8 12.10 ERROR: Cannot install -r requirements.txt (line 4) and pandas==1.5.3 because these package versions have conflicting dependencies.",
      "#8 12.10 The conflict is caused by:",
      "#8 12.10     The user requested pandas==1.5.3",
      "#8 12.10 ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "#8 12.10 ERROR: Cannot install -r requirements.txt (line 4) and pandas==1.5.3 because these package versions have conflicting dependencies.",
  },
  {
    name: "a server that announces a loopback tcp:// address is bound where the platform cannot reach it",
    phase: "runtime",
    log: ["=> Booting Puma", "* Listening on tcp://localhost:3000", "Use Ctrl-C to stop"],
    category: "PORT_BINDING",
    keyLine: "* Listening on tcp://localhost:3000",
  },
  {
    name: "Heroku's R15, which kills the dyno, is the key line over the R14 warnings before it",
    phase: "runtime",
    log: [
      "2026-01-02T10:00:00.000000+00:00 heroku[worker.1]: Process running mem=612M(119.6%)",
      "2026-01-02T10:00:00.000001+00:00 heroku[worker.1]: Error R14 (Memory quota exceeded)",
      "2026-01-02T10:00:20.000000+00:00 heroku[worker.1]: Process running mem=1100M(214.8%)",
      "2026-01-02T10:00:20.000001+00:00 heroku[worker.1]: Error R15 (Memory quota vastly exceeded)",
      "2026-01-02T10:00:20.000002+00:00 heroku[worker.1]: Stopping process with SIGKILL",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "2026-01-02T10:00:20.000001+00:00 heroku[worker.1]: Error R15 (Memory quota vastly exceeded)",
  },
  {
    name: "a shared library a native addon needs, missing from the image, outranks the exception that reports it",
    phase: "runtime",
    log: [
      "PrismaClientInitializationError: Unable to require(`/app/node_modules/.prisma/client/libquery_engine-debian-openssl-3.0.x.so.node`).",
      "Details: libssl.so.3: cannot open shared object file: No such file or directory",
      "    at async Promise.all (index 0)",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Details: libssl.so.3: cannot open shared object file: No such file or directory",
  },
  {
    name: "a builder that cannot tell what the app is (no buildpack, no Dockerfile) is the build setup",
    phase: "build",
    log: [
      "==> Building image",
      "Error failed to fetch an image or build from source: app does not have a Dockerfile or buildpacks configured. See https://fly.io/docs/reference/configuration/#the-build-section",
    ],
    category: "BUILD_CONFIG",
    keyLine:
      "Error failed to fetch an image or build from source: app does not have a Dockerfile or buildpacks configured. See https://fly.io/docs/reference/configuration/#the-build-section",
  },
  {
    name: "an ES module importing a name a CommonJS package does not export fails at run time, not in the code's syntax",
    phase: "runtime",
    log: [
      "file:///srv/index.js:1",
      "import { createServer } from 'legacy-http-kit';",
      "         ^^^^^^^^^^^^",
      "SyntaxError: Named export 'createServer' not found. The requested module 'legacy-http-kit' is a CommonJS module, which may not support all module.exports as named exports.",
      "Node.js v20.20.2",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "SyntaxError: Named export 'createServer' not found. The requested module 'legacy-http-kit' is a CommonJS module, which may not support all module.exports as named exports.",
  },
  {
    name: "a builder's own download that fails on the network is a dependency failure, and npm's conflict advice is not pip's",
    phase: "build",
    log: [
      "#7 [install 2/3] RUN mise install",
      "#7 3.100 mise ERROR error sending request for url (https://mise-versions.example.dev/node/registry.yaml)",
      "#7 3.100 mise ERROR operation timed out",
      '#7 ERROR: process "/bin/sh -c mise install" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#7 3.100 mise ERROR error sending request for url (https://mise-versions.example.dev/node/registry.yaml)",
  },
  {
    name: "a Rust toolchain older than what the dependencies need is the build image",
    phase: "build",
    log: [
      "#12 2.101 error: rustc 1.74.0 is not supported by the following packages:",
      "#12 2.101   clap@4.5.20 requires rustc 1.74",
      "#12 2.101   tokio@1.41.0 requires rustc 1.70",
      '#12 ERROR: process "/bin/sh -c cargo build --release" did not complete successfully: exit code: 101',
    ],
    category: "BUILD_CONFIG",
    keyLine: "#12 2.101 error: rustc 1.74.0 is not supported by the following packages:",
  },
  {
    name: "Composer's platform check at start is the image's PHP version",
    phase: "runtime",
    log: [
      "[06-Mar-2026 10:00:00] NOTICE: fpm is running, pid 1",
      'PHP Fatal error:  Composer detected issues in your platform: Your Composer dependencies require a PHP version ">= 8.2.0". You are running 8.1.2. in /app/vendor/composer/platform_check.php on line 24',
    ],
    category: "BUILD_CONFIG",
    keyLine:
      'PHP Fatal error:  Composer detected issues in your platform: Your Composer dependencies require a PHP version ">= 8.2.0". You are running 8.1.2. in /app/vendor/composer/platform_check.php on line 24',
  },
  {
    name: "Go's VCS stamping without a .git in the build context is the build setup",
    phase: "build",
    log: [
      "#14 [build 5/5] RUN go build -o /bin/api ./cmd/api",
      "#14 0.512 error obtaining VCS status: exit status 128",
      "#14 0.512 \tUse -buildvcs=false to disable VCS stamping.",
      '#14 ERROR: process "/bin/sh -c go build -o /bin/api ./cmd/api" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_CONFIG",
    keyLine: "#14 0.512 error obtaining VCS status: exit status 128",
  },
  {
    name: "a table that already exists, with the DDL Laravel quotes, is a migration failure even when no line says 'migration'",
    phase: "runtime",
    log: [
      "In Connection.php line 801:",
      "  SQLSTATE[42S01]: Base table or view already exists: 1050 Table 'jobs' already exists (SQL: create table `jobs` (`id` bigint unsigned not null auto_increment primary key))",
      "s6-rc: warning: unable to start service init: command exited 1",
    ],
    category: "DB_MIGRATION",
    keyLine:
      "SQLSTATE[42S01]: Base table or view already exists: 1050 Table 'jobs' already exists (SQL: create table `jobs` (`id` bigint unsigned not null auto_increment primary key))",
  },
  {
    name: "a Spring placeholder without a value is missing configuration, even as the exception that ended the process",
    phase: "runtime",
    log: [
      "APPLICATION FAILED TO START",
      SPRING_PLACEHOLDER_LINE,
      "\tat org.springframework.util.PropertyPlaceholderHelper.parseStringValue(PropertyPlaceholderHelper.java:180)",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: SPRING_PLACEHOLDER_LINE,
  },
  {
    name: "a compiler error copied from GitHub's log viewer, digits turned into step links, is still a compile failure",
    phase: "build",
    log: [
      "Run npm run typecheck",
      "Error: src/app.ts(3,1[2](https://github.com/acme/api/actions/runs/1/job/2#step:5:3)): error TS230[7](https://github.com/acme/api/actions/runs/1/job/2#step:5:4): Cannot find module 'Zod' or its corresponding type declarations.",
      "Error: Process completed with exit code 2.",
    ],
    category: "BUILD_COMPILE",
    keyLine:
      "Error: src/app.ts(3,1[2](https://github.com/acme/api/actions/runs/1/job/2#step:5:3)): error TS230[7](https://github.com/acme/api/actions/runs/1/job/2#step:5:4): Cannot find module 'Zod' or its corresponding type declarations.",
  },
  {
    name: "a go.mod out of sync with the imports is a dependency failure",
    phase: "build",
    log: [
      "#9 [build 4/5] RUN go build -o /srv ./cmd/srv",
      "#9 0.912 go: updates to go.mod needed; to update it:",
      "#9 0.912 \tgo mod tidy",
      '#9 ERROR: process "/bin/sh -c go build" did not complete successfully: exit code: 1',
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "#9 0.912 go: updates to go.mod needed; to update it:",
  },
  {
    name: "a Go standard package missing from the toolchain means the toolchain is too old",
    phase: "build",
    log: [
      "internal/queue/queue.go:7:2: package maps is not in GOROOT (/usr/local/go/src/maps)",
      "make: *** [Makefile:12: build] Error 1",
    ],
    category: "BUILD_CONFIG",
    keyLine: "internal/queue/queue.go:7:2: package maps is not in GOROOT (/usr/local/go/src/maps)",
  },
  {
    name: "a JDK older than the project's target release is the build setup",
    phase: "build",
    log: [
      "> Task :compileJava FAILED",
      "FAILURE: Build failed with an exception.",
      "* What went wrong:",
      "Execution failed for task ':compileJava'.",
      "> error: invalid target release: 21",
    ],
    category: "BUILD_CONFIG",
    keyLine: "> error: invalid target release: 21",
  },
  {
    name: "a program rejecting the arguments of its start command is the start command",
    phase: "runtime",
    log: [
      "Usage: uvicorn [OPTIONS] APP",
      "Try 'uvicorn --help' for help.",
      "",
      "Error: Invalid value for '--workers': 'auto' is not a valid integer.",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: Invalid value for '--workers': 'auto' is not a valid integer.",
  },
  {
    name: "a MySQL client error 2003 inside an exception is an unreachable database, not the code",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/srv/app/db.py", line 9, in connect',
      "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine:
      "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")",
  },
  {
    name: "the JVM's fatal line about native memory outranks its earlier warning",
    phase: "runtime",
    log: [
      "OpenJDK 64-Bit Server VM warning: INFO: os::commit_memory(0x00000000c0000000, 1073741824, 0) failed; error='Not enough space' (errno=12)",
      "#",
      "# There is insufficient memory for the Java Runtime Environment to continue.",
      "# Native memory allocation (mmap) failed to map 1073741824 bytes for committing reserved memory.",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "# There is insufficient memory for the Java Runtime Environment to continue.",
  },
  {
    name: "a native extension's hint to install a system library names the missing piece",
    phase: "build",
    log: [
      "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
      "checking for xml2-config... no",
      "*** libxml2 required (apt-get install libxml2-dev or brew install libxml2)",
      "*** extconf.rb failed ***",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "*** libxml2 required (apt-get install libxml2-dev or brew install libxml2)",
  },
  {
    name: "a Go config struct failing validation at start is missing configuration",
    phase: "runtime",
    log: [
      "2026/03/01 10:00:00 config file not found, using environment variables",
      "2026/03/01 10:00:00 failed to load config: config validation failed: Key: 'Config.SMTP.Host' Error:Field validation for 'Host' failed on the 'required' tag",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "2026/03/01 10:00:00 failed to load config: config validation failed: Key: 'Config.SMTP.Host' Error:Field validation for 'Host' failed on the 'required' tag",
  },
  {
    name: "a build that downloads a tool and gets no archive is a dependency failure",
    phase: "build",
    log: [
      "-----> Installing Gradle 2.9",
      "gzip: stdin: not in gzip format",
      "tar: Child returned status 1",
      "tar: Error is not recoverable: exiting now",
      " !     Push rejected, failed to compile Java app.",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "gzip: stdin: not in gzip format",
  },
  {
    name: "npm peer conflict during install is a dependency failure",
    phase: "build",
    log: [
      "npm warn deprecated inflight@1.0.6: This module is not supported",
      "npm error code ERESOLVE",
      "npm error ERESOLVE unable to resolve dependency tree",
      "npm error Found: react@19.0.0",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "npm error ERESOLVE unable to resolve dependency tree",
    action: "fix_code",
  },
  {
    name: "pip without a matching distribution is a dependency failure",
    phase: "build",
    log: [
      "Collecting torch==9.9.9",
      "ERROR: Could not find a version that satisfies the requirement torch==9.9.9 (from versions: 2.1.0, 2.2.0)",
      "ERROR: No matching distribution found for torch==9.9.9",
    ],
    category: "BUILD_DEPENDENCY",
    keyLine:
      "ERROR: Could not find a version that satisfies the requirement torch==9.9.9 (from versions: 2.1.0, 2.2.0)",
  },
  {
    name: "a TypeScript error in the build is a compile failure, not the npm lifecycle noise after it",
    phase: "build",
    log: [
      "> api@1.0.0 build",
      "> tsc -p .",
      "src/server.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "npm ERR! code ELIFECYCLE",
      "npm ERR! errno 2",
    ],
    category: "BUILD_COMPILE",
    keyLine: "src/server.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    action: "fix_code",
  },
  {
    name: "Nixpacks without a build plan is a builder configuration error",
    phase: "build",
    log: [
      "Nixpacks build failed",
      "",
      "Nixpacks was unable to generate a build plan for this app.",
      "The contents of the app directory are:",
      "README.md",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Nixpacks was unable to generate a build plan for this app.",
    action: "fix_config",
  },
  {
    name: "Cannot find module at `node run start` is a start-command error, not a missing package",
    phase: "runtime",
    log: [
      "> node run start",
      "node:internal/modules/cjs/loader:1228",
      "  throw err;",
      "  ^",
      "",
      "Error: Cannot find module '/app/run'",
      "    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)",
      "    at Module._load (node:internal/modules/cjs/loader:1051:27) {",
      "  code: 'MODULE_NOT_FOUND',",
      "  requireStack: []",
      "}",
    ],
    category: "BUILD_CONFIG",
    keyLine: "Error: Cannot find module '/app/run'",
    action: "fix_config",
  },
  {
    name: "a bare package missing at start is a missing module and rolls back",
    phase: "runtime",
    log: [
      "Error: Cannot find module 'express'",
      "Require stack:",
      "- /app/dist/server.js",
      "    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)",
      "  code: 'MODULE_NOT_FOUND',",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "Error: Cannot find module 'express'",
    action: "rollback",
  },
  {
    name: "a Python traceback's key line is the final exception line, not a frame",
    phase: "runtime",
    log: [
      "[2025-01-01 10:00:00 +0000] [7] [ERROR] Exception in worker process",
      "Traceback (most recent call last):",
      '  File "/app/main.py", line 3, in <module>',
      "    import stripe",
      "ModuleNotFoundError: No module named 'stripe'",
    ],
    category: "MISSING_MODULE_RUNTIME",
    keyLine: "ModuleNotFoundError: No module named 'stripe'",
  },
  {
    name: "a missing DATABASE_URL outranks the ECONNREFUSED it leads to",
    phase: "runtime",
    log: [
      "Warning: DATABASE_URL is not set, falling back to localhost",
      "Error: connect ECONNREFUSED 127.0.0.1:5432",
      "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)",
      "Error: connect ECONNREFUSED 127.0.0.1:5432",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Warning: DATABASE_URL is not set, falling back to localhost",
    action: "set_variable",
    variable: "DATABASE_URL",
  },
  {
    name: "a refused connection without a missing variable is an unreachable dependency",
    phase: "runtime",
    log: [
      "Server listening on 0.0.0.0:8080",
      "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.0.7:6379",
      "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.0.7:6379",
    action: "check_dependency",
  },
  {
    name: "a Java chain's key line is the root 'Caused by', not the wrapper or the frames",
    phase: "runtime",
    log: [
      "***************************",
      "APPLICATION FAILED TO START",
      "***************************",
      "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'",
      "\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:628)",
      "Caused by: java.net.UnknownHostException: postgres.railway.internal",
      "\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1301)",
    ],
    category: "DEPENDENCY_UNREACHABLE",
    keyLine: "Caused by: java.net.UnknownHostException: postgres.railway.internal",
  },
  {
    name: "EADDRINUSE is a port binding failure",
    phase: "runtime",
    log: [
      "node:events:497",
      "      throw er; // Unhandled 'error' event",
      "Error: listen EADDRINUSE: address already in use :::3000",
    ],
    category: "PORT_BINDING",
    keyLine: "Error: listen EADDRINUSE: address already in use :::3000",
    action: "fix_config",
  },
  {
    name: "listening on loopback in a deploy log is a port binding failure",
    phase: "runtime",
    log: ["Starting gunicorn 22.0.0", "Listening at: http://127.0.0.1:8000 (1)", "Booting worker with pid: 7"],
    category: "PORT_BINDING",
    keyLine: "Listening at: http://127.0.0.1:8000 (1)",
  },
  {
    name: "JavaScript heap out of memory is out of memory",
    phase: "build",
    log: [
      "Creating an optimized production build ...",
      "<--- JS stacktrace --->",
      "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
      " 1: 0xb090e0 node::Abort() [node]",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
    action: "scale_memory",
  },
  {
    name: "Python MemoryError is out of memory",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/app/worker.py", line 40, in load',
      "    data = f.read()",
      "MemoryError",
    ],
    category: "OUT_OF_MEMORY",
    keyLine: "MemoryError",
  },
  {
    name: "exit 137 after a health-check timeout at runtime is not out of memory",
    phase: "runtime",
    log: [
      "Starting Container",
      "Server started on port 8080",
      "Attempt #1 failed with service unavailable. Continuing to retry for 4m49s",
      "Attempt #2 failed with service unavailable. Continuing to retry for 4m38s",
      "1/1 replicas never became healthy!",
      "Stopping Container",
      "Exited with code 137",
    ],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "1/1 replicas never became healthy!",
    action: "rollback",
  },
  {
    name: "exit 137 with memory evidence at runtime is out of memory",
    phase: "runtime",
    log: ["worker rss 1890MB exceeds soft limit, memory pressure high", "Process exited with status 137"],
    category: "OUT_OF_MEMORY",
    keyLine: "Process exited with status 137",
  },
  {
    name: "a build step killed with 137 is out of memory",
    phase: "build",
    log: [
      "#9 [4/6] RUN pip install -r requirements.txt",
      "#9 41.2 Collecting torch",
      'ERROR: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 137',
    ],
    category: "OUT_OF_MEMORY",
    keyLine:
      'ERROR: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 137',
  },
  {
    name: "a failed migration outranks the exceptions after it, and keys on the database error",
    phase: "runtime",
    log: [
      "Applying migration `20250101_add_orders`",
      "Error: P3018",
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from.",
      'Database error: ERROR: relation "orders" already exists',
      "TypeError: Cannot read properties of undefined (reading 'id')",
    ],
    category: "DB_MIGRATION",
    // The database's own error under Prisma's summary names the cause (labelling guide, key line).
    keyLine: 'Database error: ERROR: relation "orders" already exists',
    action: "rollback",
  },
  {
    name: "an uncaught TypeError at runtime is a runtime exception",
    phase: "runtime",
    log: [
      "Server listening on 0.0.0.0:3000",
      "/app/dist/routes/users.js:42",
      "    const id = req.user.id;",
      "TypeError: Cannot read properties of undefined (reading 'id')",
      "    at /app/dist/routes/users.js:42:25",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "TypeError: Cannot read properties of undefined (reading 'id')",
    action: "rollback",
  },
  {
    name: "a Go panic is a runtime exception",
    phase: "runtime",
    log: [
      "panic: runtime error: index out of range [3] with length 3",
      "",
      "goroutine 1 [running]:",
      "main.main()",
      "\t/app/main.go:12 +0x1d",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine: "panic: runtime error: index out of range [3] with length 3",
  },
  {
    name: "rejected database credentials are a permission/auth failure",
    phase: "runtime",
    log: [
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db" (10.0.0.3), port 5432 failed: FATAL:  password authentication failed for user "app"',
    ],
    category: "PERMISSION_AUTH",
    keyLine:
      'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db" (10.0.0.3), port 5432 failed: FATAL:  password authentication failed for user "app"',
    action: "fix_config",
  },
  {
    name: "a missing API key names the variable to set",
    phase: "runtime",
    log: [
      "OpenAIError: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine:
      "OpenAIError: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option",
    variable: "OPENAI_API_KEY",
  },
  {
    name: "ANSI colour codes and timestamps are stripped before matching and from the key line",
    phase: "build",
    log: [
      `2025-02-03T10:11:12.123Z ${ESC}[33mnpm${ESC}[39m ${ESC}[31mERR!${ESC}[39m code ERESOLVE`,
      `2025-02-03T10:11:12.124Z ${ESC}[33mnpm${ESC}[39m ${ESC}[31mERR!${ESC}[39m ERESOLVE could not resolve`,
    ],
    category: "BUILD_DEPENDENCY",
    keyLine: "2025-02-03T10:11:12.124Z npm ERR! ERESOLVE could not resolve",
  },
  // Structural evidence (issue 13): each case words the failure differently from the corpus logs it was learned on.
  {
    name: "an error that calls an UPPER_SNAKE name an environment variable and says it is absent, in any word order",
    phase: "runtime",
    log: ["Starting worker", "RuntimeError: could not start, the environment variable SENTRY_DSN was not found"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "RuntimeError: could not start, the environment variable SENTRY_DSN was not found",
    variable: "SENTRY_DSN",
  },
  {
    name: "a KeyError raised through os.environ is a missing variable whatever the key looks like",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/srv/app/main.py", line 4, in <module>',
      "    TOKEN = os.environ['api-token']",
      '  File "/usr/lib/python3.11/os.py", line 679, in __getitem__',
      "    raise KeyError(key) from None",
      "KeyError: 'api-token'",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "KeyError: 'api-token'",
    variable: "api-token",
  },
  {
    name: "an exception raised while settings load, for a field that is missing, is a missing variable keyed on the exception",
    phase: "runtime",
    log: [
      "Traceback (most recent call last):",
      '  File "/srv/app/config.py", line 30, in <module>',
      "    settings = AppSettings()",
      "pydantic_core._pydantic_core.ValidationError: 1 validation error for AppSettings",
      "database_url",
      "  Field required [type=missing, input_value={}, input_type=dict]",
    ],
    category: "MISSING_ENV_CONFIG",
    keyLine: "pydantic_core._pydantic_core.ValidationError: 1 validation error for AppSettings",
  },
  {
    name: "a required action input that was not supplied is a missing variable",
    phase: "build",
    log: ["Run some/deploy-action@v3", "Error: Input required and not supplied: api-key"],
    category: "MISSING_ENV_CONFIG",
    keyLine: "Error: Input required and not supplied: api-key",
  },
  {
    name: "an orchestrator reporting a dependency unhealthy is a health check that never passed",
    phase: "runtime",
    log: [" ✘ Container app-db-1  Error", "dependency failed to start: container app-db-1 is unhealthy"],
    category: "HEALTHCHECK_TIMEOUT",
    keyLine: "dependency failed to start: container app-db-1 is unhealthy",
  },
  {
    name: "a Go panic in the middle of a line counts when a Go stack backs it, and its frames are never the key line",
    phase: "runtime",
    log: [
      "2024/01/02 15:04:05 http: panic serving 10.0.0.7:51234: runtime error: slice bounds out of range [:5] with capacity 3",
      "goroutine 42 [running]:",
      "net/http.(*conn).serve.func1(0xc000112000)",
      "\t/usr/local/go/src/net/http/server.go:1825 +0xbf",
      "panic({0x6f1a40, 0xc0000b4018})",
      "\t/usr/local/go/src/runtime/panic.go:884 +0x213",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "2024/01/02 15:04:05 http: panic serving 10.0.0.7:51234: runtime error: slice bounds out of range [:5] with capacity 3",
  },
  {
    name: "Fly.io machine-log prefixes are peeled off before the rules read the line",
    phase: "runtime",
    log: [
      "2024-05-01T10:00:00.123 app[91852e3b4d5e83] ams [info] panic: runtime error: invalid memory address or nil pointer dereference",
      "2024-05-01T10:00:00.124 app[91852e3b4d5e83] ams [info] [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4b2f1a]",
    ],
    category: "RUNTIME_EXCEPTION",
    keyLine:
      "2024-05-01T10:00:00.123 app[91852e3b4d5e83] ams [info] panic: runtime error: invalid memory address or nil pointer dereference",
  },
  {
    name: "a publish directory that does not exist after the build is builder misconfiguration",
    phase: "build",
    log: [
      "==> Running build command 'npm run build'...",
      "==> Publish directory build does not exist!",
      "==> Build failed",
    ],
    category: "BUILD_CONFIG",
    keyLine: "==> Publish directory build does not exist!",
  },
  {
    name: "a shell that rejects the start script (CRLF line endings) is builder misconfiguration",
    phase: "runtime",
    log: [
      "/app/start.sh: line 2: syntax error near unexpected token `$'do\\r''",
      "/app/start.sh: line 2: `for i in 1 2 3; do'",
    ],
    category: "BUILD_CONFIG",
    keyLine: "/app/start.sh: line 2: syntax error near unexpected token `$'do\\r''",
  },
];

// The table pins what the rules answer. diagnose() answers the same, except where the rules read only
// an exception and the learned second opinion names another cause: that answer says so and is never
// one the autopilot acts on.
describe("diagnose: categories and key lines", () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = diagnoseWith(c.log.join("\n"), { phase: c.phase }, undefined);
      expect(result.category).toBe(c.category);
      expect(result.keyLine).toBe(c.keyLine);
      if (c.action) expect(result.action).toBe(c.action);
      if (c.variable) expect(result.variable).toBe(c.variable);
      expect(result.confidence).toBeGreaterThan(0.3);
      expect(result.evidence.length).toBeGreaterThan(0);
      expect(result.summary.length).toBeGreaterThan(0);
      const shipped = diagnose(c.log.join("\n"), { phase: c.phase });
      if (shipped.category !== c.category) {
        expect(c.category).toBe("RUNTIME_EXCEPTION");
        expect(shipped.evidence[0]).toMatch(/^learned classifier \(second opinion on an exception\)/);
        expect(namedByRules(shipped)).toBe(false);
      }
    });
  }
});

describe("diagnose: weak evidence and edge cases", () => {
  // Logs that state no cause: the rules alone answer UNKNOWN ("rules"), or the shipped diagnose()
  // does and no learned classifier guesses one ("shipped").
  const noCause: Array<{ name: string; phase: DiagnosisPhase; log: string[]; by: "rules" | "shipped" }> = [
    {
      name: "a promise rejection that only carries an exit code states no cause",
      phase: "runtime",
      log: [
        "web_1  | (node:21) UnhandledPromiseRejectionWarning: Unhandled promise rejection (rejection id: 1): Error: Exited with code 1",
        "web_1  | (node:21) [DEP0018] DeprecationWarning: Unhandled promise rejections are deprecated.",
      ],
      by: "rules",
    },
    {
      name: "an Erlang crash dump's memory table (code: 137 Mb) is no exit 137",
      phase: "runtime",
      log: [
        'Slogan: Kernel pid terminated (application_controller) ("{application_start_failure,app,{bad_return,x}}")',
        "Memory:",
        "===",
        "  code: 137 Mb",
        "  total: 234 Mb",
      ],
      by: "rules",
    },
    {
      name: "exrm's release that failed, with no cause",
      phase: "build",
      log: [
        "==> Building release with MIX_ENV=prod.",
        "==> Failed to build release. Please fix any errors and try again.",
      ],
      by: "shipped",
    },
    {
      name: "cfn-init's account of a command that failed, with no cause (Elastic Beanstalk)",
      phase: "build",
      log: [
        "2024-01-02 10:00:01,100 [INFO] Command 01_install_composer succeeded",
        "2024-01-02 10:00:03,200 [ERROR] Command 02_install_assets (sudo npm ci) failed",
        "2024-01-02 10:00:03,200 [ERROR] Error encountered during build of postbuild_0_app: Command 02_install_assets failed",
      ],
      by: "shipped",
    },
    {
      name: "Gradle's heading over a task that failed, with no cause",
      phase: "build",
      log: ["FAILURE: Build failed with an exception.", "", "* What went wrong:", "1: Task failed with an exception."],
      by: "shipped",
    },
    {
      name: "Capistrano's wrapper of a remote command that exited 1 is no Ruby exception of the app",
      phase: "build",
      log: [
        "SSHKit::Runner::ExecuteError: Exception while executing on host web1: rake exit status: 1",
        "/srv/app/vendor/bundle/ruby/3.2.0/gems/sshkit-1.21.0/lib/sshkit/runners/parallel.rb:15:in `rescue in block (2 levels) in execute': Exception while executing on host web1: rake exit status: 1 (SSHKit::Runner::ExecuteError)",
      ],
      by: "rules",
    },
    {
      name: "Mix's bare exit code (guide case 10)",
      phase: "build",
      log: ["#12 4.2 Generated app", "** (Mix) `mix esbuild default --minify` exited with 8"],
      by: "rules",
    },
    {
      // "memory: 512Mi" under Limits is a setting, not memory pressure (guide case 10: 137 alone is UNKNOWN).
      name: "kubectl's memory limit beside exit 137",
      phase: "runtime",
      log: [
        "    State:          Waiting",
        "      Reason:       CrashLoopBackOff",
        "    Last State:     Terminated",
        "      Reason:       Error",
        "      Exit Code:    137",
        "    Limits:",
        "      memory:  512Mi",
      ],
      by: "rules",
    },
    {
      name: "Heroku's R12 exit timeout",
      phase: "runtime",
      log: [
        "2020-12-02T11:03:34.686057+00:00 heroku[worker.1]: Error R12 (Exit timeout) -> At least one process failed to exit within 30 seconds of SIGTERM",
      ],
      by: "shipped",
    },
    {
      name: "Maven's own wrapper exception",
      phase: "runtime",
      log: [
        "[INFO] BUILD FAILURE",
        "[ERROR] Failed to execute goal org.springframework.boot:spring-boot-maven-plugin:2.7.5:run (default-cli) on project demo: Application finished with exit code: 1 -> [Help 1]",
        "org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal org.springframework.boot:spring-boot-maven-plugin:2.7.5:run (default-cli) on project demo: Application finished with exit code: 1",
        "    at org.apache.maven.lifecycle.internal.MojoExecutor.doExecute2 (MojoExecutor.java:375)",
      ],
      by: "rules",
    },
    {
      name: "a router's refused backend",
      phase: "runtime",
      log: [
        't=2018-05-04T17:03:48+0000 lvl=eror msg="retriable dial error" app=router path=/ method=GET backend=100.100.100.14:8080 err="dial tcp 100.100.100.14:8080: getsockopt: connection refused" attempt=0',
      ],
      by: "shipped",
    },
  ];
  for (const c of noCause) {
    it(`reads ${c.name} as no cause`, () => {
      const log = c.log.join("\n");
      if (c.by === "rules") {
        expect(diagnoseWith(log, { phase: c.phase }, undefined).category).toBe("UNKNOWN");
        return;
      }
      const result = diagnose(log, { phase: c.phase });
      expect(result.category).toBe("UNKNOWN");
      expect(result.evidence.join(" ")).not.toMatch(/learned classifier/);
    });
  }

  it("does not take a printed setting's value for a severity when it picks an UNKNOWN's key line", () => {
    const result = diagnose(
      [
        "remote: -----> Creating runtime environment",
        "remote:        NPM_CONFIG_LOGLEVEL=error",
        "remote:        NODE_ENV=development",
        "remote: -----> Installing binaries",
        "remote:        Downloading and installing node 15.14.0...",
        "remote: -----> Build failed",
      ].join("\n"),
      { phase: "build" },
    );
    expect(result.category).toBe("UNKNOWN");
    expect(result.keyLine).toBe("remote: -----> Build failed");
  });

  it("answers UNKNOWN with low confidence when nothing points at a cause", () => {
    const result = diagnose("Starting server...\nLoaded 12 routes\nReady.", { phase: "runtime" });
    expect(result.category).toBe("UNKNOWN");
    expect(result.confidence).toBeLessThanOrEqual(0.3);
    expect(result.action).toBe("none");
    expect(result.keyLine).toBe("Ready.");
  });

  it("does not read a config file the app says it can do without as a missing setting", () => {
    const log = "config file not found, using defaults and environment variables\nlistening on :8080";
    expect(diagnoseWith(log, { phase: "runtime" }, undefined).category).not.toBe("MISSING_ENV_CONFIG");
    // The learned classifier reads only the line's words and may guess otherwise; its guess is
    // flagged, and the autopilot never acts on it.
    const result = diagnose(log, { phase: "runtime" });
    if (result.category === "MISSING_ENV_CONFIG") expect(namedByRules(result)).toBe(false);
  });

  it("lets no classifier guess a cause for a log whose telling line is only an exit code (guide case 10)", () => {
    const result = diagnose(
      [
        "1:31:27 PM: Finished saving go dependencies",
        "1:31:28 PM: Error running command: Build script returned non-zero exit code: 1",
        "1:31:28 PM: Failing build: Failed to build site",
        "1:31:28 PM: failed during stage 'building site': Build script returned non-zero exit code: 1",
      ].join("\n"),
      { phase: "build" },
    );
    expect(result.category).toBe("UNKNOWN");
    expect(result.evidence.join(" ")).not.toMatch(/learned classifier/);
  });

  it("does not read a variable an app skips a feature without as the missing setting", () => {
    const result = diagnose(
      "db_1 | AWS_ACCESS_KEY_ID is required for Wal-E but not set. Skipping Wal-E setup.\napp_1 | Failed to ping DB retrying in 10 seconds err=dial tcp 172.18.0.4:5432: connect: connection refused",
      { phase: "runtime" },
    );
    expect(result.category).toBe("DEPENDENCY_UNREACHABLE");
  });

  it("does not call a bare 'Killed' at runtime out of memory", () => {
    const result = diagnose("Worker booted\nKilled", { phase: "runtime" });
    expect(result.category).not.toBe("OUT_OF_MEMORY");
    expect(result.confidence).toBeLessThanOrEqual(0.3);
  });

  it("reads neither a platform's CalledProcessError nor a vanished Gradle daemon as a cause", () => {
    // Both only say that something failed: the command's own output, or nothing, says why.
    const called = diagnose(
      [
        "Traceback (most recent call last):",
        '  File "/opt/platform/hooks/install.py", line 40, in <module>',
        "subprocess.CalledProcessError: Command '['npm', 'install']' returned non-zero exit status 1",
      ].join("\n"),
      { phase: "build" },
    );
    expect(called.category).not.toBe("RUNTIME_EXCEPTION");
    expect(namedByRules(called)).toBe(false);
    const gradle = diagnose(
      "FAILURE: Build failed with an exception.\nGradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)",
      { phase: "build" },
    );
    expect(namedByRules(gradle)).toBe(false);
  });

  it("does not read a segfault into an exit code of 139 alone", () => {
    // An exit code alone states no cause (labelling guide, case 10); the words must say it.
    const alone = diagnose("worker exited with code 139 (restarting)", { phase: "runtime" });
    expect(namedByRules(alone)).toBe(false);
    const said = diagnose("Segmentation fault (core dumped)\nworker exited with code 139", { phase: "runtime" });
    expect(said.category).toBe("RUNTIME_EXCEPTION");
  });

  it("does not read a health-check kill into an exit status alone", () => {
    // Exit 137 with no memory and no health-check line states no cause (labelling guide: UNKNOWN).
    const result = diagnose("listening on :8080\nExit status 137", { phase: "runtime" });
    expect(result.category).toBe("UNKNOWN");
    expect(result.keyLine).toBe("Exit status 137");
    const checked = diagnose("listening on :8080\nHealthcheck failed!\nExit status 137", { phase: "runtime" });
    expect(checked.category).toBe("HEALTHCHECK_TIMEOUT");
  });

  it("calls 'Killed' during a build out of memory", () => {
    const result = diagnose("   Compiling serde v1.0.200\nKilled\nerror: could not compile `app`", { phase: "build" });
    expect(result.category).toBe("OUT_OF_MEMORY");
  });

  it("reads an exception whose own message names a specific cause as that cause", () => {
    // Written for this test, in the shape PHP-FPM logs an uncaught exception.
    const log = [
      '[error] FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught ErrorException: file_put_contents(/srv/app/cache/x.php): Failed to open stream: Permission denied in /srv/app/Filesystem.php:122"',
      "Stack trace:",
      "#0 [internal function]: handleError()",
    ].join("\n");
    const result = diagnose(log, { phase: "runtime" });
    expect(result.category).toBe("PERMISSION_AUTH");
    expect(result.keyLineNumber).toBe(1);
  });

  it("peels the kernel's uptime stamp off a line, so the first OOM line is the key line", () => {
    const log = [
      "app[2865134a394268] cdg [info][  258.930660] Out of memory: Killed process 476 (beam.smp) total-vm:38749148kB",
      "app[2865134a394268] cdg [info]Out of memory: Killed process",
      "app[2865134a394268] cdg [info] Main child exited with signal (with signal 'SIGKILL', core dumped? false)",
    ].join("\n");
    const result = diagnose(log, { phase: "runtime" });
    expect(result.category).toBe("OUT_OF_MEMORY");
    expect(result.keyLineNumber).toBe(1);
  });

  it("answers UNKNOWN for an empty log", () => {
    const result = diagnose("", { phase: "build" });
    expect(result.category).toBe("UNKNOWN");
    expect(result.keyLine).toBe("");
    expect(result.keyLineNumber).toBe(0);
  });

  it("never picks a stack frame as the key line", () => {
    const result = diagnose(
      [
        "ReferenceError: foo is not defined",
        "    at Object.<anonymous> (/app/index.js:1:1)",
        "    at Module._compile (node:internal/modules/cjs/loader:1376:14)",
      ].join("\n"),
      { phase: "runtime" },
    );
    expect(result.keyLine).toBe("ReferenceError: foo is not defined");
    expect(result.keyLineNumber).toBe(1);
  });

  it("counts an error repeated by a retry loop once and keys on its first occurrence", () => {
    const once = diagnose("Error: connect ECONNREFUSED 127.0.0.1:6379", { phase: "runtime" });
    const many = diagnose(
      Array.from({ length: 500 }, (_, i) => `[${i}] Error: connect ECONNREFUSED 127.0.0.1:6379`).join("\n"),
      {
        phase: "runtime",
      },
    );
    expect(many.category).toBe("DEPENDENCY_UNREACHABLE");
    expect(many.keyLineNumber).toBe(1);
    expect(many.confidence).toBe(once.confidence);
  });

  it("gives the same answer for a string and for an array of chunks", () => {
    const lines = ["Collecting foo", "ERROR: No matching distribution found for foo==1.2.3"];
    expect(diagnose(lines, { phase: "build" })).toEqual(diagnose(lines.join("\n"), { phase: "build" }));
  });

  it("reads only the last maxLines lines but reports line numbers of the whole log", () => {
    const log = [
      "Error: listen EADDRINUSE: address already in use :::80",
      ...Array.from({ length: 50 }, () => "tick"),
      "TypeError: x is not a function",
    ];
    const result = diagnose(log.join("\n"), { phase: "runtime", maxLines: 10 });
    expect(result.category).toBe("RUNTIME_EXCEPTION");
    expect(result.keyLineNumber).toBe(log.length);
  });

  it("infers a build log from builder output when no phase is given", () => {
    const result = diagnose(
      [
        "#8 [3/5] RUN npm ci",
        "#8 1.20 npm ERR! code ETARGET",
        "#8 1.21 npm ERR! notarget No matching version found for lodash@9.0.0.",
      ].join("\n"),
    );
    expect(result.phase).toBe("build");
    expect(result.category).toBe("BUILD_DEPENDENCY");
  });

  it("infers a runtime log when there is no builder output", () => {
    expect(diagnose("TypeError: x is not a function").phase).toBe("runtime");
  });

  it("gives lower confidence when two causes compete than when one stands alone", () => {
    const alone = diagnose("ERROR: No matching distribution found for foo==1.2.3", { phase: "build" });
    const contested = diagnose(
      [
        "ERROR: No matching distribution found for foo==1.2.3",
        "src/a.ts(1,1): error TS2304: Cannot find name 'x'.",
      ].join("\n"),
      {
        phase: "build",
      },
    );
    expect(contested.confidence).toBeLessThan(alone.confidence);
  });

  it("takes a compiler diagnostic (file:line:col: error) over the tool's later wrapper line", () => {
    const result = diagnose(
      [
        "building 'fastwave' extension",
        "gcc -O2 -fPIC -c src/wave.c -o build/wave.o",
        "src/wave.c:3:10: fatal error: sndfile.h: No such file or directory",
        "compilation terminated.",
        "error: command '/usr/bin/gcc' failed with exit code 1",
      ].join("\n"),
      { phase: "build" },
    );
    expect(result.category).toBe("BUILD_DEPENDENCY");
    expect(result.keyLineNumber).toBe(3);
  });

  it("points an UNKNOWN answer at the line that states the failure, not at a bare error heading", () => {
    const result = diagnose(
      [
        "Deployment v3 did not finish",
        "Error logs",
        "worker[1] booting: running /srv/entry.sh",
        "worker[1] Error: spawn failed: no such file or directory (os error 2)",
      ].join("\n"),
      { phase: "runtime" },
    );
    expect(result.keyLineNumber).toBe(4);
  });

  it("reads an Erlang atom such as :eaddrinuse as the port being taken", () => {
    const result = diagnose(
      [
        "** (Mix) Could not start application shop: Shop.Application.start(:normal, []) returned an error: shutdown",
        "** (MatchError) no match of right hand side value: {:error, :eaddrinuse}",
      ].join("\n"),
      { phase: "runtime" },
    );
    expect(result.category).toBe("PORT_BINDING");
    expect(result.keyLineNumber).toBe(2);
  });

  it("reads a client library's failed connection to a named dependency inside a panic as the dependency, not the code", () => {
    const result = diagnose(
      [
        "api_1  | starting presence service",
        "api_1  | thread 'main' panicked at 'Redis connection: FailedConnection', src/presence.rs:40:10",
        "api_1  | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
      ].join("\n"),
      { phase: "runtime" },
    );
    expect(result.category).toBe("DEPENDENCY_UNREACHABLE");
    expect(result.keyLineNumber).toBe(2);
  });

  it("reads a settings object that failed validation at start as missing configuration", () => {
    const result = diagnose(
      [
        "Traceback (most recent call last):",
        '  File "/srv/app/config.py", line 12, in <module>',
        "    settings = Settings()",
        "pydantic_core._pydantic_core.ValidationError: 2 validation errors for AppSettings",
        "database_url",
        "  Field required [type=missing, input_value={}, input_type=dict]",
      ].join("\n"),
      { phase: "runtime" },
    );
    expect(result.category).toBe("MISSING_ENV_CONFIG");
    expect(result.keyLineNumber).toBe(4);
  });

  it("never takes a command typed at a shell prompt as the key line, even when it quotes the error", () => {
    const result = diagnose(
      [
        '$ journalctl -u web.service | grep "JavaScript heap out of memory"',
        "Mar 02 10:11:12 host node[311]: <--- Last few GCs --->",
        "Mar 02 10:11:12 host node[311]: FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
      ].join("\n"),
      { phase: "runtime" },
    );
    expect(result.category).toBe("OUT_OF_MEMORY");
    expect(result.keyLineNumber).toBe(3);
  });

  it("reads a relative require() that fails as the code missing one of its files, an absolute one as the start command", () => {
    const relative = diagnose("app[web.1]: Error: Cannot find module './models/User'", { phase: "runtime" });
    expect(relative.category).toBe("MISSING_MODULE_RUNTIME");
    const entry = diagnose("app[web.1]: Error: Cannot find module '/app/dist/server.js'", { phase: "runtime" });
    expect(entry.category).toBe("BUILD_CONFIG");
  });
});

describe("the rule list", () => {
  // Hits are collected and votes counted per signal id: two signals sharing one would silently
  // shadow each other.
  it("gives every signal its own id", () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe("diagnose: the learned second opinion on exceptions", () => {
  // A log whose only rule hit is a bare exception, and a classifier taught that its words mean a cache
  // that is not there: the classifier is built here so the test does not depend on the shipped model.
  const log = [
    "Unhandled exception. System.InvalidOperationException: Cache cluster handshake abandoned by peer.",
    "   at Shop.Cache.Connect()",
  ].join("\n");
  const words = classifierTokens(
    "System.InvalidOperationException: Cache cluster handshake abandoned by peer.",
    "runtime",
  );
  const model = trainNaiveBayes(
    [
      ...Array.from({ length: 6 }, () => ({ tokens: words, label: "DEPENDENCY_UNREACHABLE" })),
      ...Array.from({ length: 6 }, () => ({
        tokens: ["typeerror", "undefined", "property"],
        label: "RUNTIME_EXCEPTION",
      })),
    ],
    1,
  );
  const setting = { model, threshold: 0.9, precision: 0.58 };

  it("keeps the rules' RUNTIME_EXCEPTION when no second opinion is configured", () => {
    const d = diagnoseWith(log, { phase: "runtime" }, setting);
    expect(d.category).toBe("RUNTIME_EXCEPTION");
    expect(namedByRules(d)).toBe(true);
  });

  it("names the classifier's category over a bare exception, keeps the exception as the key line, and is never a rules' answer", () => {
    const d = diagnoseWith(log, { phase: "runtime" }, { ...setting, exceptions: { threshold: 0.9, precision: 0.61 } });
    expect(d.category).toBe("DEPENDENCY_UNREACHABLE");
    expect(d.keyLine).toBe(
      "Unhandled exception. System.InvalidOperationException: Cache cluster handshake abandoned by peer.",
    );
    expect(d.confidence).toBe(0.61);
    expect(d.action).toBe("check_dependency");
    expect(d.evidence[0]).toMatch(/^learned classifier \(second opinion on an exception\): DEPENDENCY_UNREACHABLE/);
    expect(d.evidence[1]).toMatch(/^the rules read only an exception: /);
    expect(namedByRules(d)).toBe(false);
  });

  it("keeps the rules' answer below the threshold", () => {
    const d = diagnoseWith(log, { phase: "runtime" }, { ...setting, exceptions: { threshold: 1.01, precision: 0.61 } });
    expect(d.category).toBe("RUNTIME_EXCEPTION");
  });
});

describe("diagnose: a log of nothing but stack frames", () => {
  it("still quotes a line: the top frame, where the crash happened", () => {
    const log = [
      " 1: 0xb3e240 node::Abort() [node]",
      " 2: 0xb3e2c7  [node]",
      " 3: 0xc0a1f2 node::Start(int, char**) [node]",
    ];
    const result = diagnoseWith(log.join("\n"), { phase: "runtime" }, undefined);
    expect(result.category).toBe("UNKNOWN");
    expect(result.keyLine).toBe("1: 0xb3e240 node::Abort() [node]");
    expect(result.keyLineNumber).toBe(1);
  });
});

describe("diagnose: a CI tool's hints about exit 137", () => {
  it("are advice, not evidence of memory: exit 137 alone states no cause", () => {
    const log = [
      "Exited with code 137",
      "Hint: Exit code 137 typically means the process is killed because it was running out of memory",
      "Hint: Max memory usage of this container is 0",
      " according to /sys/fs/cgroup/memory/memory.max_usage_in_bytes",
    ];
    expect(diagnose(log.join("\n"), { phase: "runtime" }).category).toBe("UNKNOWN");
  });
});
