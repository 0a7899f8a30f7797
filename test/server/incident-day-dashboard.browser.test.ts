/**
 * What `npm start` promises (issue 12): the incident day prints the dashboard URL, and that page
 * shows the day's incidents. `railpilot demo incidents --keep --json` runs as a subprocess (the
 * emulator and the autopilot stay up after the summary); Chromium opens the printed dashboard URL,
 * logs in with the printed token and must show each incident's decision in the audit log and its
 * deployment's verdict, with no secret of the demo world anywhere in the page.
 * The screenshot goes to test-output/dashboard/incident-day.png.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncidentDaySummary, IncidentResult } from "../../src/demo/index.js";
import { EmulatorControl } from "../../src/emulator/index.js";
import { type LaunchedBrowser, launchChromium, logIn, SCREENSHOT_DIR } from "../helpers/browser.js";
import { BIN } from "../helpers/cli.js";

let child: ChildProcessWithoutNullStreams;
let exited: Promise<number | null>;
let day: IncidentDaySummary;
let browser: LaunchedBrowser;
let page: Page;
let stderr = "";

/** Starts the day and resolves with its summary once the JSON document is complete on stdout. */
function startDay(): Promise<IncidentDaySummary> {
  child = spawn(process.execPath, [BIN, "demo", "incidents", "--keep", "--json"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdin.end();
  exited = new Promise((resolve) => child.on("close", (code) => resolve(code)));
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve, reject) => {
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      try {
        resolve(JSON.parse(stdout) as IncidentDaySummary);
      } catch {
        // not the whole document yet
      }
    });
    void exited.then((code) => reject(new Error(`the incident day exited (${code}) before its summary\n${stderr}`)));
  });
}

/** Every value a page must never show: the API token, the emulator's tokens, every variable value of the world. */
async function demoSecrets(): Promise<string[]> {
  const control = new EmulatorControl(day.graphqlUrl.replace(/\/graphql\/v2$/, "/_emulator"));
  const info = await control.info();
  const world = await control.world<{
    projects: Array<{ environments: Array<{ sharedVariables: Record<string, string> }> }>;
    services: Array<{ instances: Array<{ variables: Record<string, string> }> }>;
  }>();
  const values = [
    ...world.projects.flatMap((p) => p.environments.flatMap((e) => Object.values(e.sharedVariables))),
    ...world.services.flatMap((s) => s.instances.flatMap((i) => Object.values(i.variables))),
  ];
  // Short values ("8080", "info", "production") are not secrets and appear in ordinary words;
  // references ("${{Postgres.DATABASE_URL}}") hold no value.
  return [day.apiToken, ...Object.values(info.tokens).filter((t): t is string => !!t), ...values].filter(
    (v) => v.length >= 12 && !v.startsWith("${{"),
  );
}

beforeAll(async () => {
  day = await startDay();
  browser = await launchChromium();
  page = await browser.context.newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

const incident = (name: IncidentResult["name"]) => day.incidents.find((i) => i.name === name) as IncidentResult;
/** The decision of an incident that the day judged it by. */
const decisionOf = (name: IncidentResult["name"], kind: string) => {
  const found = incident(name).decisions.find((d) => d.kind === kind && d.service === "web");
  if (!found?.deploymentId) throw new Error(`the day's ${name} incident has no ${kind} decision with a deployment`);
  return { ...found, deploymentId: found.deploymentId };
};
const decisionRow = (reason: string) => page.locator("#decisions tr").filter({ hasText: reason });
const deploymentRow = (id: string) => page.locator("#deployments tr").filter({ hasText: id.slice(0, 12) });
const cells = (row: ReturnType<Page["locator"]>) => row.locator("td").allTextContents();

describe("npm start's dashboard (railpilot demo incidents --keep)", () => {
  it("prints the dashboard URL and token, and the day went as expected", () => {
    expect(day.ok, JSON.stringify(day.failed)).toBe(true);
    expect(day.dashboardUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/error-monitor\/dashboard$/);
  });

  it("shows the four incidents: their decisions in the audit log and verdicts on their deployments", async () => {
    await logIn(page, day.dashboardUrl, day.apiToken);
    await page.locator("#services tr", { hasText: "web" }).waitFor();

    const crash = decisionOf("crash", "rollback");
    const oom = decisionOf("oom", "scale_memory");
    const database = decisionOf("database_down", "escalate");
    const surge = decisionOf("error_surge", "rollback");
    const expected = [
      // "crashed" or "crashed after going live", as the autopilot saw the crash's timing.
      { d: crash, status: "verified", saw: /of web crashed.*: The app crashed with an exception/ },
      { d: oom, status: "verified", saw: /ran out of memory/ },
      { d: database, status: "decided", saw: /Postgres, which web depends on, is down/ },
      { d: surge, status: "verified", saw: /Errors surged after deployment/ },
    ];
    for (const { d, status, saw } of expected) {
      // The audit log: service, decision, status and the first reason, as the API recorded them.
      const row = decisionRow(d.reasons[0] as string).filter({ hasText: status });
      await row.waitFor();
      const [, service, kind, shownStatus, reason] = await cells(row);
      expect([service, kind, shownStatus]).toEqual(["web", d.kind, status]);
      expect(reason).toMatch(saw);
      // The latest deployments: the incident's deployment of web with the decision as its verdict.
      const deployment = deploymentRow(d.deploymentId);
      await deployment.filter({ hasText: `${d.kind} (${status})` }).waitFor();
      const [, deployedService, , verdict] = await cells(deployment);
      expect([deployedService, verdict]).toEqual(["web", `${d.kind} (${status})`]);
    }

    // The database incident was escalated, not rolled back: no rollback in the log names its deployment.
    const audit = await page
      .locator("#decisions tr")
      .evaluateAll((rows) => rows.map((r) => Array.from((r as HTMLTableRowElement).cells, (c) => c.textContent ?? "")));
    const rollbacks = audit.filter(([, service, kind]) => service === "web" && kind === "rollback");
    expect(rollbacks.length).toBeGreaterThanOrEqual(2);
    expect(rollbacks.filter(([, , , , reason]) => reason?.includes(database.deploymentId))).toEqual([]);
    expect(await page.locator("#issues").textContent()).toMatch(/Escalated: web · .*Postgres, which web depends on/);
    // The services table: web healthy again after the surge's rollback, which is its last decision.
    const webRow = page.locator("#services tr").filter({ hasText: /^web/ });
    await webRow.filter({ hasText: "healthy" }).waitFor();
    expect((await cells(webRow))[4]).toMatch(/^rollback at /);
    for (const name of ["Postgres", "Redis", "worker"])
      expect(await page.locator("#services tr").filter({ hasText: name }).count()).toBe(1);

    // The error patterns: none blank, and each with its lines per 5 minutes over time.
    const patterns = page.locator("#patterns li");
    await patterns.first().waitFor();
    const texts = await patterns.allTextContents();
    // A blank template would read "6× error · last seen …".
    expect(texts.filter((t) => /^\d+×\s*\w+ · last seen/.test(t.trim()))).toEqual([]);
    const sparks = await page
      .locator("#patterns svg.spark")
      .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("aria-label") ?? ""));
    expect(sparks.length).toBeGreaterThan(0);
    for (const label of sparks) {
      const counts = (label.split(": ")[1] ?? "").split(", ").map(Number);
      expect(counts).toHaveLength(24);
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }

    // The escalation's decision, opened: its reasons and evidence.
    await page.locator(`#decisions button[data-decision="${database.id}"]`).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.locator("#decision-body").textContent()).toMatch(/rolling back the app/i);
    expect((await dialog.locator("#decision-evidence").textContent())?.length).toBeGreaterThan(2);
    const withEvidence = await page.content();
    await page.keyboard.press("Escape");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "incident-day.png"), fullPage: true });

    const html = `${withEvidence}\n${await page.content()}`;
    const secrets = await demoSecrets();
    expect(secrets.length).toBeGreaterThan(3);
    expect(secrets.filter((s) => html.includes(s))).toEqual([]);
  }, 120_000);

  it("stops on SIGTERM and exits 0", async () => {
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);
});
