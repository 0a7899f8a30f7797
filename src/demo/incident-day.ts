/**
 * The incident day (what `npm start` runs): the emulator in-process on fast virtual time, the
 * autopilot against it with its HTTP API on loopback, then four scripted incidents through the
 * emulator's control API. What the autopilot saw, decided and did is read back from its own API
 * (`/api/v1/decisions`, `/api/v1/actions`), never from the script, and each incident is checked
 * against the decision it should have produced.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { type AutopilotHandle, startAutopilot } from "../autopilot/index.js";
import { loadConfig } from "../config/index.js";
import { type Clock, RailpilotError, systemClock } from "../core/index.js";
import { RailwayDeployApi } from "../deploy/index.js";
import { EmulatorControl, type RunningEmulator, startEmulator } from "../emulator/index.js";
import { RailwayClient } from "../railway/index.js";

// A directory with no railpilot.yaml in it: the incident day is self-contained.
const emptyDir = "/nonexistent-railpilot-demo";

export type IncidentName = "crash" | "oom" | "database_down" | "error_surge";

export interface IncidentDayOptions {
  /** How much faster than real time the emulator runs. Default 300. */
  speed?: number;
  /** Emulator API port (0: any free one). Default 0. */
  port?: number;
  /** Longest real time to wait for each incident's decision. Default 30 s. */
  incidentTimeoutMs?: number;
  /** Progress as it happens. */
  onEvent?: (event: IncidentDayEvent) => void;
  /** Keep the emulator and autopilot running until this signal aborts (after the summary is built). */
  keepUntil?: AbortSignal;
  /** The autopilot's log lines (already redacted). Default: dropped. */
  log?: (line: Record<string, unknown>) => void;
  /** Called with the summary before `keepUntil` is awaited. */
  onSummary?: (summary: IncidentDaySummary) => void;
}

export type IncidentDayEvent =
  | { kind: "emulator"; graphqlUrl: string; speed: number }
  | { kind: "autopilot"; apiUrl: string; dashboardUrl: string }
  | { kind: "incident"; index: number; name: IncidentName; title: string }
  | { kind: "injected"; index: number; what: string }
  | { kind: "outcome"; index: number; result: IncidentResult };

/** A decision as the autopilot's API reports it. */
const decisionSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  status: z.string(),
  service: z.object({ serviceId: z.string(), serviceName: z.string() }).loose(),
  deploymentId: z.string().optional(),
  causeKey: z.string(),
  reasons: z.array(z.string()),
  guard: z.string().optional(),
});
const actionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  serviceId: z.string(),
  deploymentId: z.string().nullable(),
  decision: z.string(),
  status: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type ApiDecision = z.infer<typeof decisionSchema>;
export type ApiAction = z.infer<typeof actionSchema>;

export interface IncidentResult {
  name: IncidentName;
  title: string;
  service: string;
  /** The decision kind that counts as handled ("a|b": any of them), the action expected (null: none needed), one that must not happen. */
  expected: { decision: string; action: string | null; notAction?: string; reason?: string };
  /** What the autopilot decided about this service since the incident began (from its API). */
  decisions: Array<
    Pick<ApiDecision, "id" | "kind" | "status" | "reasons" | "deploymentId"> & { service: string; guard?: string }
  >;
  /** What it did (from its API). */
  actions: Array<Pick<ApiAction, "id" | "kind" | "status" | "reason" | "deploymentId">>;
  ok: boolean;
  /** Why not, when not ok. */
  problem?: string;
}

export interface IncidentDaySummary {
  ok: boolean;
  graphqlUrl: string;
  apiUrl: string;
  dashboardUrl: string;
  apiToken: string;
  incidents: IncidentResult[];
  /** Names of the incidents that did not get the expected decision. */
  failed: IncidentName[];
  realMs: number;
  virtualMs: number;
}

export class IncidentDayError extends RailpilotError {
  constructor(message: string) {
    super("INCIDENT_DAY", message, { hint: "Run with RAILPILOT_DEBUG=1 to see the autopilot's log lines." });
  }
}

interface Scripted {
  name: IncidentName;
  title: string;
  service: "web" | "Postgres";
  /** The service whose decisions and actions count ("all": every watched service's). */
  judged: "web" | "all";
  expected: IncidentResult["expected"];
  /** Actions that must reach one of these statuses before the incident counts as done. */
  doneWhen: (decisions: ApiDecision[], actions: ApiAction[]) => boolean;
  inject: (ctx: ScriptContext) => Promise<string>;
  after?: (ctx: ScriptContext) => Promise<void>;
}

interface ScriptContext {
  control: EmulatorControl;
  deployApi: RailwayDeployApi;
  environmentId: string;
  services: Record<string, string>;
}

const FINISHED = new Set(["succeeded", "verified", "failed"]);
const has = (actions: ApiAction[], kind: string) => actions.some((a) => a.kind === kind && FINISHED.has(a.status));

const SCRIPT: Scripted[] = [
  {
    name: "crash",
    title: "a release of web crashes after going live",
    service: "web",
    judged: "web",
    expected: { decision: "rollback", action: "rollback" },
    doneWhen: (_d, a) => has(a, "rollback"),
    inject: async ({ control, deployApi, environmentId, services }) => {
      const web = services.web as string;
      await control.outcome(web, "crashed", { cause: "uncaught_exception", afterMs: 20_000 });
      const id = await deployApi.trigger(web, environmentId);
      return `deployed a new release of web (${id}) that crashes 20 s after going live`;
    },
  },
  {
    name: "oom",
    title: "web runs out of memory",
    service: "web",
    judged: "web",
    expected: { decision: "scale_memory", action: "scale_memory" },
    doneWhen: (_d, a) => has(a, "scale_memory"),
    inject: async ({ control, environmentId, services }) => {
      // The memory climbs to the limit over 40 virtual minutes: it stays above the metrics observer's
      // 80% mark for 8 of them, longer than its 5-minute read interval (plus drift), so the limit is
      // known when web is killed and the autopilot raises it (with the limit unknown it rolls back).
      await control.incident({ serviceId: services.web as string, environmentId, kind: "oom", afterMs: 40 * 60_000 });
      return "web's memory climbs towards its limit and it is killed OUT_OF_MEMORY";
    },
  },
  {
    name: "database_down",
    title: "the Postgres database goes down",
    service: "Postgres",
    judged: "web",
    // A dead database is not fixed by rolling back the app that uses it: web's errors lead the
    // autopilot to look at the database first, and then to an escalation naming it; no rollback.
    expected: { decision: "escalate", action: null, notAction: "rollback", reason: "Postgres" },
    doneWhen: (d) => d.some((x) => x.kind === "escalate" && x.reasons.some((r) => r.includes("Postgres"))),
    inject: async ({ control, environmentId, services }) => {
      await control.incident({ serviceId: services.Postgres as string, environmentId, kind: "dependency_down" });
      return "Postgres crashed; web logs ECONNREFUSED to postgres.railway.internal:5432";
    },
    after: async ({ control, environmentId, services }) => {
      await control.incident({ serviceId: services.Postgres as string, environmentId, kind: "recover" });
    },
  },
  {
    name: "error_surge",
    title: "a release of web starts failing requests after going live",
    service: "web",
    judged: "web",
    expected: { decision: "rollback", action: "rollback" },
    doneWhen: (_d, a) => has(a, "rollback"),
    inject: async ({ control, deployApi, environmentId, services }) => {
      const web = services.web as string;
      // The surge comes with the release: queued as the outcome of the next deployment. (An
      // `error_surge` incident hits the deployment live when it is sent, which right after a
      // trigger is still the previous one; the release would then go live clean.)
      await control.outcome(web, "error_surge", { afterMs: 30_000, errorRate: 0.6 });
      const id = await deployApi.trigger(web, environmentId);
      return `deployed a new release of web (${id}); 30 s after going live 60% of its requests fail`;
    },
  },
];

/** Runs the incident day; resolves with the summary (ok only when every incident got its expected decision). */
export async function runIncidentDay(options: IncidentDayOptions = {}): Promise<IncidentDaySummary> {
  const speed = options.speed ?? 300;
  const emit = options.onEvent ?? (() => {});
  const realStart = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), "railpilot-incident-day-"));
  let emu: RunningEmulator | undefined;
  let pilot: AutopilotHandle | undefined;
  let client: RailwayClient | undefined;
  try {
    emu = await startEmulator({ seed: "demo", clock: "real", speed, port: options.port ?? 0 });
    emit({ kind: "emulator", graphqlUrl: emu.info.graphqlUrl, speed });
    const clock = emu.clock;
    const virtualStart = clock.now();
    pilot = await startIncidentAutopilot(emu, dataDir, options.log ?? (() => {}));
    const apiUrl = pilot.ready.apiUrl as string;
    const apiToken = pilot.ready.apiToken as string;
    const dashboardUrl = pilot.ready.dashboardUrl as string;
    emit({ kind: "autopilot", apiUrl, dashboardUrl });

    // The script acts as a user would: through the control API and Railway's GraphQL API.
    const clientClock: Clock = {
      now: () => clock.now(),
      sleep: (ms, signal) => clock.sleep(ms, signal),
      schedule: (ms, fn) => systemClock.schedule(ms, fn),
    };
    client = new RailwayClient({
      endpoint: emu.info.graphqlUrl,
      token: emu.info.tokens.project as string,
      env: {},
      clock: clientClock,
      plan: "unlimited",
    });
    const ctx: ScriptContext = {
      control: new EmulatorControl(emu.info.controlUrl),
      deployApi: new RailwayDeployApi(client),
      environmentId: emu.info.environmentId as string,
      services: emu.info.services,
    };
    const api = apiClient(apiUrl, apiToken);
    const incidents: IncidentResult[] = [];
    for (const [index, step] of SCRIPT.entries()) {
      emit({ kind: "incident", index, name: step.name, title: step.title });
      // Each incident starts on a quiet service: the previous one's cool-down has passed.
      const since = clock.now();
      const what = await step.inject(ctx);
      emit({ kind: "injected", index, what });
      const judged = step.judged === "all" ? undefined : (ctx.services[step.judged] as string);
      const result = await awaitOutcome(step, api, judged, since, {
        timeoutMs: options.incidentTimeoutMs ?? 30_000,
      });
      await step.after?.(ctx);
      incidents.push(result);
      emit({ kind: "outcome", index, result });
      // Let the service settle (rollback verified, database back, cool-down over) before the next incident.
      if (index < SCRIPT.length - 1) await clock.sleep(6 * 60_000);
    }
    const failed = incidents.filter((i) => !i.ok).map((i) => i.name);
    const summary: IncidentDaySummary = {
      ok: failed.length === 0,
      graphqlUrl: emu.info.graphqlUrl,
      apiUrl,
      dashboardUrl,
      apiToken,
      incidents,
      failed,
      realMs: Date.now() - realStart,
      virtualMs: clock.now() - virtualStart,
    };
    options.onSummary?.(summary);
    if (options.keepUntil && !options.keepUntil.aborted)
      await new Promise<void>((resolve) => options.keepUntil?.addEventListener("abort", () => resolve()));
    return summary;
  } finally {
    client?.close();
    await pilot?.stop().catch(() => {});
    await emu?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The autopilot on the emulator, with the emulator's clock and app domains, API on a free loopback port. */
async function startIncidentAutopilot(
  emu: RunningEmulator,
  dataDir: string,
  log: (line: Record<string, unknown>) => void,
): Promise<AutopilotHandle> {
  const env: Record<string, string> = {
    RAILWAY_GRAPHQL_ENDPOINT: emu.info.graphqlUrl,
    RAILWAY_TOKEN: emu.info.tokens.project as string,
    RAILPILOT_RESOLVE: `*.up.railway.app:443:http://${emu.info.appAddress}`,
    RAILPILOT_DATA_DIR: dataDir,
  };
  const config = loadConfig({ cwd: emptyDir, env });
  return startAutopilot({
    config: {
      ...config,
      autopilot: {
        ...config.autopilot,
        interval: "30s",
        health: { "*": { interval: "10s", failureThreshold: 2 } },
        // Railway Pro allows up to 32 GB per instance; the emulator starts services at 8 GB.
        policy: { cooldown: "5m", memoryCeilingGb: 32 },
        // The day keeps nothing: an in-memory store opens seconds faster than one on disk.
        store: { dataDir: ":memory:" },
      },
    },
    env,
    cwd: emptyDir,
    listen: "127.0.0.1:0",
    clock: emu.clock,
    log,
  });
}

interface ApiClient {
  decisions(serviceId: string | undefined): Promise<ApiDecision[]>;
  actions(serviceId: string | undefined): Promise<ApiAction[]>;
}

function apiClient(apiUrl: string, token: string): ApiClient {
  const get = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const res = await fetch(`${apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new IncidentDayError(`the autopilot's API answered ${res.status} to GET ${path}`);
    return schema.parse(await res.json());
  };
  const of = (serviceId: string | undefined) => (serviceId ? `?serviceId=${encodeURIComponent(serviceId)}` : "");
  return {
    decisions: async (serviceId) =>
      (await get(`/api/v1/decisions${of(serviceId)}`, z.object({ decisions: z.array(decisionSchema) }))).decisions,
    actions: async (serviceId) =>
      (await get(`/api/v1/actions${of(serviceId)}`, z.object({ actions: z.array(actionSchema) }))).actions,
  };
}

/** Polls the autopilot's API until the incident is handled (or the real-time bound passes), then judges it. */
async function awaitOutcome(
  step: Scripted,
  api: ApiClient,
  serviceId: string | undefined,
  since: number,
  options: { timeoutMs: number },
): Promise<IncidentResult> {
  const deadline = Date.now() + options.timeoutMs;
  let decisions: ApiDecision[] = [];
  let actions: ApiAction[] = [];
  for (;;) {
    decisions = (await api.decisions(serviceId)).filter((d) => Date.parse(d.at) >= since).reverse();
    actions = (await api.actions(serviceId)).filter((a) => Date.parse(a.at) >= since).reverse();
    if (step.doneWhen(decisions, actions) || Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const result: IncidentResult = {
    name: step.name,
    title: step.title,
    service: step.service,
    expected: step.expected,
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      status: d.status,
      service: d.service.serviceName,
      reasons: d.reasons,
      ...(d.deploymentId ? { deploymentId: d.deploymentId } : {}),
      ...(d.guard ? { guard: d.guard } : {}),
    })),
    actions: actions.map((a) => ({
      id: a.id,
      kind: a.kind,
      status: a.status,
      reason: a.reason,
      deploymentId: a.deploymentId,
    })),
    ok: false,
  };
  const problem = judge(step.expected, result);
  return problem ? { ...result, problem } : { ...result, ok: true };
}

/** Why the outcome is not the expected one, or undefined when it is. */
export function judge(
  expected: IncidentResult["expected"],
  result: Pick<IncidentResult, "decisions" | "actions">,
): string | undefined {
  const acted = result.decisions.filter((d) => d.kind !== "none");
  const kinds = expected.decision.split("|");
  const matching = acted.filter((d) => kinds.includes(d.kind));
  if (matching.length === 0)
    return `expected a ${expected.decision} decision; the autopilot decided ${acted.map((d) => `${d.kind} (${d.status})`).join(", ") || "nothing"}`;
  const reason = expected.reason;
  if (reason && !matching.some((d) => d.reasons.some((r) => r.includes(reason))))
    return `expected a ${expected.decision} decision naming ${reason}; its reasons were: ${matching.flatMap((d) => d.reasons).join(" ")}`;
  if (expected.notAction && result.actions.some((a) => a.kind === expected.notAction))
    return `expected no ${expected.notAction}, but the autopilot carried one out`;
  if (expected.action) {
    const action = result.actions.find((a) => a.kind === expected.action);
    if (!action) return `expected a ${expected.action} action; none was carried out`;
    if (!FINISHED.has(action.status) || action.status === "failed")
      return `the ${expected.action} action ended ${action.status}`;
  }
  return undefined;
}
