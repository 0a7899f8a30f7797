// The railpilot dashboard: plain ES module, no build step. Every value from the API is put on the
// page with textContent (never as HTML); the API has already redacted secrets.
import { sparkline, trendChart } from "./charts.js";

const base = location.pathname.replace(/\/(?:error-monitor\/)?dashboard\/?$/, "");
const $ = (id) => document.getElementById(id);
const PAGE = 25;
let csrf = null;
let events = null;
const state = { servicesOffset: 0, servicesTotal: 0, decisionsOffset: 0 };

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function call(method, path, body) {
  const headers = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrf) headers["x-railpilot-csrf"] = csrf;
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new HttpError(res.status, data?.error?.message ?? `HTTP ${res.status}`);
  return data;
}

function node(tag, text, attrs = {}) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function row(cells) {
  const tr = document.createElement("tr");
  for (const c of cells) {
    const td = document.createElement("td");
    if (c instanceof Node) td.append(c);
    else td.textContent = c ?? "";
    tr.append(td);
  }
  return tr;
}

const time = (iso) => (iso ? new Date(iso).toISOString().replace("T", " ").slice(0, 19) : "");
function duration(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "–";
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

function showLogin(message) {
  events?.close();
  events = null;
  csrf = null;
  $("app").hidden = true;
  $("status-bar").hidden = true;
  $("login").hidden = false;
  $("login-error").textContent = message ?? "";
  $("token").focus();
}

async function showApp() {
  $("login").hidden = true;
  $("app").hidden = false;
  $("status-bar").hidden = false;
  await refreshAll();
  connectEvents();
}

// --- sections
async function loadStatus() {
  const s = await call("GET", "/api/v1/status");
  $("mode").textContent = [s.dryRun ? "dry-run" : "acting", s.approvalMode ? "approval mode" : null]
    .filter(Boolean)
    .join(" · ");
  $("budget").textContent = `API budget: ${s.budget.remaining}/${s.budget.limitPerHour} left this hour`;
  const kill = $("kill");
  kill.setAttribute("aria-pressed", String(s.killSwitch));
  kill.textContent = s.killSwitch ? "Turn kill switch off" : "Turn kill switch on";
  $("kill-text").textContent = s.killSwitch
    ? "ON: the autopilot observes but takes no action."
    : "Off: the autopilot acts on what it decides.";
  $("approvals-count").textContent = `(${s.counts.pendingApprovals})`;
}

async function loadServices() {
  const q = $("services-q").value.trim();
  const params = new URLSearchParams({ offset: String(state.servicesOffset), limit: String(PAGE) });
  if (q) params.set("q", q);
  const { services, total } = await call("GET", `/api/v1/services?${params}`);
  state.servicesTotal = total;
  const body = $("services");
  body.replaceChildren(
    ...services.map((s) =>
      row([
        s.serviceName,
        s.environmentName,
        node("span", s.state, { class: `state-${s.state}` }),
        s.currentDeployment ? `${s.currentDeployment.status} · ${s.currentDeployment.id.slice(0, 8)}` : "–",
        s.lastDecision ? `${s.lastDecision.kind} at ${time(s.lastDecision.at)}` : "–",
      ]),
    ),
  );
  if (services.length === 0) body.append(row(["No services match."]));
  const last = Math.min(state.servicesOffset + PAGE, total);
  $("services-count").textContent = `(${total})`;
  $("services-page").textContent = total === 0 ? "0 of 0" : `${state.servicesOffset + 1}–${last} of ${total}`;
  $("services-prev").disabled = state.servicesOffset === 0;
  $("services-next").disabled = last >= total;
}

const decisionsById = new Map();
async function loadDecisions() {
  const { decisions } = await call("GET", `/api/v1/decisions?limit=${PAGE}&offset=${state.decisionsOffset}`);
  for (const d of decisions) decisionsById.set(d.id, d);
  $("decisions").replaceChildren(
    ...decisions.map((d) => {
      const open = node("button", `${d.kind}`, { type: "button", class: "link", "data-decision": d.id });
      open.setAttribute("aria-label", `Open decision ${d.kind} on ${d.service.serviceName} at ${time(d.at)}`);
      return row([time(d.at), d.service.serviceName, open, d.status, d.reasons[0] ?? ""]);
    }),
  );
  if (decisions.length === 0) $("decisions").append(row(["No decisions yet."]));
  $("decisions-page").textContent = `from #${state.decisionsOffset + 1}`;
  $("decisions-prev").disabled = state.decisionsOffset === 0;
  $("decisions-next").disabled = decisions.length < PAGE;
  return decisions;
}

async function loadDeployments() {
  const [{ deployments }, { services }, { decisions }] = await Promise.all([
    call("GET", "/api/v1/deployments?limit=20"),
    call("GET", "/api/v1/services"),
    call("GET", "/api/v1/decisions?limit=200"),
  ]);
  const names = new Map(services.map((s) => [s.serviceId, s.serviceName]));
  const verdicts = new Map();
  for (const d of decisions) if (d.deploymentId && !verdicts.has(d.deploymentId)) verdicts.set(d.deploymentId, d);
  $("deployments").replaceChildren(
    ...deployments.map((d) => {
      const decision = verdicts.get(d.id);
      const bad = ["FAILED", "CRASHED"].includes(d.status) || (decision && decision.kind !== "none");
      const verdict = decision ? `${decision.kind} (${decision.status})` : d.status === "SUCCESS" ? "healthy" : "–";
      // Build + deploy time, for deployments that ended it (a REMOVED one's update is its removal).
      const ended = ["SUCCESS", "SLEEPING", "FAILED", "CRASHED"].includes(d.status);
      const end = ended && d.updatedAt ? Date.parse(d.updatedAt) : null;
      return row([
        d.id.slice(0, 12),
        names.get(d.serviceId) ?? d.serviceId,
        d.status,
        node("span", verdict, { class: bad ? "verdict-bad" : "verdict-ok" }),
        time(d.createdAt),
        end ? duration(end - Date.parse(d.createdAt)) : "–",
      ]);
    }),
  );
  if (deployments.length === 0) $("deployments").append(row(["No deployments seen yet."]));
}

async function loadApprovals() {
  const { approvals } = await call("GET", "/api/v1/approvals");
  const list = $("approvals");
  list.replaceChildren(
    ...approvals.map((d) => {
      const li = node("li");
      li.append(
        node("strong", `${d.kind} ${d.service.serviceName}`),
        node("div", d.reasons[0] ?? "", { class: "muted" }),
      );
      const approve = node("button", "Approve", { type: "button", "data-approve": d.id });
      approve.setAttribute("aria-label", `Approve ${d.kind} of ${d.service.serviceName}`);
      const reject = node("button", "Reject", { type: "button", class: "secondary", "data-reject": d.id });
      reject.setAttribute("aria-label", `Reject ${d.kind} of ${d.service.serviceName}`);
      const actions = node("div", undefined, { class: "pager" });
      actions.append(approve, reject);
      li.append(actions);
      return li;
    }),
  );
  if (approvals.length === 0) list.append(node("li", "Nothing is waiting for you.", { class: "muted" }));
}

async function loadPatterns() {
  const { patterns } = await call("GET", "/api/v1/patterns?limit=10");
  const list = $("patterns");
  list.replaceChildren(
    ...patterns.map((p) => {
      const history = p.history ?? [];
      const li = node("li");
      li.append(
        node("strong", `${p.count}×`),
        document.createTextNode(` ${p.template} `),
        sparkline(history, `lines per 5 minutes over the last 2 hours: ${history.join(", ")}`),
        node("div", `${p.severity} · last seen ${time(p.lastSeen)}`, { class: "muted" }),
      );
      return li;
    }),
  );
  if (patterns.length === 0) list.append(node("li", "No error patterns.", { class: "muted" }));
}

async function loadIssues() {
  const [{ decisions }, { fixes }] = await Promise.all([
    call("GET", "/api/v1/decisions?limit=50"),
    call("GET", "/error-monitor/fixes/generated"),
  ]);
  const list = $("issues");
  const items = [
    ...decisions
      .filter((d) => d.kind === "escalate")
      .map((d) => node("li", `Escalated: ${d.service.serviceName} · ${d.reasons[0] ?? ""} (${time(d.at)})`)),
    ...fixes.map((f) => {
      const li = node("li", "Draft fix PR: ");
      if (f.url && /^https:\/\//.test(f.url)) li.append(node("a", f.title, { href: f.url, rel: "noreferrer" }));
      else li.append(document.createTextNode(f.title));
      return li;
    }),
  ];
  list.replaceChildren(...items);
  if (items.length === 0) list.append(node("li", "No open issues or fix PRs.", { class: "muted" }));
}

async function loadDora() {
  let view;
  try {
    view = await call("GET", "/api/v1/dora");
  } catch (error) {
    $("dora").replaceChildren(node("div", error.status === 404 ? "Not available on this daemon." : error.message));
    return;
  }
  const o = view.overall;
  const metric = (label, value, band) => {
    const d = node("div");
    d.append(node("dt", label), node("dd", band ? `${value} (${band})` : value));
    return d;
  };
  const pct = (r) => (r === null ? "no data" : `${Math.round(r * 100)}%`);
  const phases = o.delivery.phases;
  $("dora").replaceChildren(
    metric("Deployment frequency", `${o.deploymentFrequency.perDay.toFixed(2)}/day`, o.deploymentFrequency.band),
    metric("Lead time", o.leadTime.medianMs === null ? "no data" : duration(o.leadTime.medianMs), o.leadTime.band),
    metric("Change failure rate", pct(o.changeFailureRate.rate), o.changeFailureRate.band),
    metric(
      "Time to restore",
      o.timeToRestore.medianMs === null ? "no data" : duration(o.timeToRestore.medianMs),
      o.timeToRestore.band,
    ),
    metric("Success rate", pct(o.delivery.successRate)),
    metric(
      "Avg build / deploy",
      phases ? `${duration(phases.buildMs)} / ${duration(phases.deployMs)}` : duration(o.delivery.averageDurationMs),
    ),
  );
  $("dora-trend").replaceChildren(
    trendChart(
      view.trend.map((p) => ({ label: p.since.slice(5, 10), value: p.deploymentsPerDay })),
      `deployments per day by week: ${view.trend.map((p) => p.deploymentsPerDay.toFixed(2)).join(", ")}`,
    ),
  );
}

async function refreshAll() {
  const results = await Promise.allSettled([
    loadStatus(),
    loadServices(),
    loadDeployments(),
    loadDecisions(),
    loadApprovals(),
    loadPatterns(),
    loadIssues(),
    loadDora(),
  ]);
  const unauthorized = results.find((r) => r.status === "rejected" && r.reason?.status === 401);
  if (unauthorized) showLogin("Your session ended; log in again.");
}

// --- live updates (server-sent events; the session cookie authenticates the stream)
let pending = null;
function schedule(work) {
  pending = pending ?? new Set();
  for (const w of work) pending.add(w);
  queueMicrotask(async () => {
    if (!pending) return;
    const jobs = [...pending];
    pending = null;
    await Promise.allSettled(jobs.map((j) => j()));
  });
}

function connectEvents() {
  events?.close();
  events = new EventSource(`${base}/api/v1/events`, { withCredentials: true });
  events.onopen = () => {
    $("live-state").textContent = "live";
  };
  events.onerror = () => {
    $("live-state").textContent = "reconnecting…";
  };
  events.addEventListener("decision", () =>
    schedule([loadDecisions, loadApprovals, loadServices, loadDeployments, loadIssues, loadStatus]),
  );
  events.addEventListener("action", () => schedule([loadDecisions, loadServices, loadDeployments, loadStatus]));
  events.addEventListener("status", () => schedule([loadStatus, loadApprovals]));
  events.addEventListener("observation", () => schedule([loadServices, loadDeployments, loadPatterns]));
}

// --- interactions
$("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = $("token");
  try {
    const session = await call("POST", "/api/v1/session", { token: input.value });
    csrf = session.csrf;
    input.value = "";
    await showApp();
    $("main").focus();
  } catch (error) {
    input.value = "";
    showLogin(error.status === 401 ? "That is not the API token." : error.message);
  }
});

$("logout").addEventListener("click", async () => {
  await call("POST", "/api/v1/session/logout", {}).catch(() => {});
  showLogin("Logged out.");
});

$("kill").addEventListener("click", async () => {
  const on = $("kill").getAttribute("aria-pressed") !== "true";
  await call("POST", "/api/v1/kill-switch", { on, by: "dashboard" });
  await loadStatus();
});

$("approvals").addEventListener("click", async (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  const id = button.dataset.approve ?? button.dataset.reject;
  if (!id) return;
  button.disabled = true;
  const verb = button.dataset.approve ? "approve" : "reject";
  await call("POST", `/api/v1/approvals/${encodeURIComponent(id)}/${verb}`, { by: "dashboard" }).catch((e) =>
    alert(e.message),
  );
  schedule([loadApprovals, loadDecisions, loadStatus, loadDeployments]);
});

$("decisions").addEventListener("click", (event) => {
  const button = event.target.closest("button[data-decision]");
  if (!button) return;
  const d = decisionsById.get(button.dataset.decision);
  if (!d) return;
  const body = $("decision-body");
  body.replaceChildren();
  for (const [k, v] of [
    ["Decision", d.kind],
    ["Status", d.status],
    ["Service", `${d.service.serviceName} (${d.service.environmentName})`],
    ["Deployment", d.deploymentId ?? "–"],
    ["At", time(d.at)],
    ["Guard", d.guard ?? "–"],
  ]) {
    body.append(node("dt", k), node("dd", v));
  }
  const reasons = node("ul");
  for (const r of d.reasons) reasons.append(node("li", r));
  const dd = node("dd");
  dd.append(reasons);
  body.append(node("dt", "Reasons"), dd);
  $("decision-evidence").textContent = JSON.stringify(d.evidence, null, 2);
  $("decision").showModal();
});

$("services-q").addEventListener("input", () => {
  state.servicesOffset = 0;
  schedule([loadServices]);
});
$("services-prev").addEventListener("click", () => {
  state.servicesOffset = Math.max(0, state.servicesOffset - PAGE);
  schedule([loadServices]);
});
$("services-next").addEventListener("click", () => {
  state.servicesOffset += PAGE;
  schedule([loadServices]);
});
$("decisions-prev").addEventListener("click", () => {
  state.decisionsOffset = Math.max(0, state.decisionsOffset - PAGE);
  schedule([loadDecisions]);
});
$("decisions-next").addEventListener("click", () => {
  state.decisionsOffset += PAGE;
  schedule([loadDecisions]);
});

// --- start: an existing session (after a reload) skips the login form
call("GET", "/api/v1/session")
  .then((session) => {
    csrf = session.csrf;
    return showApp();
  })
  .catch(() => showLogin());
