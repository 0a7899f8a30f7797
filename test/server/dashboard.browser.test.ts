/**
 * The dashboard as a person uses it, in Debian's Chromium (playwright-core): log in, watch a
 * crash become a pending rollback live (server-sent events, no reload), open its decision,
 * approve it, flip the kill switch. The autopilot runs in-process on the emulator's virtual clock.
 * Each test saves a screenshot under test-output/dashboard/.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AutopilotEngine, createAutopilotEngine, resolveAutopilotConfig } from "../../src/autopilot/index.js";
import type { Target } from "../../src/config/index.js";
import { parseResolveList } from "../../src/deploy/index.js";
import { type RunningEmulator, startEmulator } from "../../src/emulator/index.js";
import { RailwayClient } from "../../src/railway/index.js";
import { createDoraSource } from "../../src/report/index.js";
import { type ApiServer, createApiServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { type LaunchedBrowser, launchChromium, SCREENSHOT_DIR } from "../helpers/browser.js";
import { driveClock, remoteClockFor } from "../helpers/drive-clock.js";
import { crashedWebDeployment, watchedWeb } from "../helpers/incident.js";

const TOKEN = "dashboard-test-token-0123456789";
const HOOK = "dashboard-hook-secret-0123456789";
let emu: RunningEmulator;
let store: Store;
let engine: AutopilotEngine;
let server: ApiServer;
let client: RailwayClient;
let browser: LaunchedBrowser;
let page: Page;
let url: string;

beforeAll(async () => {
  store = await openStore({ memory: true });
  emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
  const clock = await remoteClockFor(emu.info.controlUrl);
  client = new RailwayClient({
    endpoint: emu.info.graphqlUrl,
    token: emu.info.tokens.project as string,
    clock,
    env: {},
  });
  const resolve = parseResolveList([`*.up.railway.app:443:http://${emu.info.appAddress}`]);
  engine = createAutopilotEngine({
    store,
    clock,
    client,
    config: resolveAutopilotConfig({ policy: { approvalMode: true } }, {}),
    services: [watchedWeb(emu)],
    references: [],
    verifyHealth: () => ({ checks: 1, intervalMs: 1_000, resolve }),
    verifyStableMs: 20_000,
  });
  await engine.start();
  const named = (id: string, name: string) => ({ id, name });
  const target: Target = {
    project: named(emu.info.projectId as string, "acme-demo"),
    environment: named(emu.info.environmentId as string, "production"),
    service: undefined,
    environments: [named(emu.info.environmentId as string, "production")],
    services: Object.entries(emu.info.services).map(([name, id]) => named(id, name)),
    viaProjectToken: true,
  };
  server = await createApiServer({
    api: engine,
    token: TOKEN,
    webhookSecret: HOOK,
    clock,
    log: () => {},
    dora: createDoraSource({ client, target, clock }),
  });
  url = `${(await server.listen({ host: "127.0.0.1", port: 0 })).url}/dashboard`;
  browser = await launchChromium();
  page = await browser.context.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await engine?.stop();
  client?.close();
  await emu?.close();
  await store?.close();
});

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
const drive = <T>(work: Promise<T>) => driveClock(emu.info.controlUrl, work);

/** The page must never show the API token, the webhook secret or a variable value of the world. */
async function expectNoSecretOnPage(): Promise<void> {
  const html = await page.content();
  expect(html).not.toContain(TOKEN);
  expect(html).not.toContain(HOOK);
  for (const vars of emu.world.variables.values())
    for (const value of vars.values()) if (value.length >= 12) expect(html).not.toContain(value);
}

describe("dashboard in Chromium", () => {
  it("logs in with the API token and shows services, deployments and DORA metrics", async () => {
    await page.goto(url);
    await page.getByLabel("API token").fill("wrong-token-0000000000");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect.poll(() => page.locator("#login-error").textContent()).toBe("That is not the API token.");
    await page.getByLabel("API token").fill(TOKEN);
    await page.keyboard.press("Enter");
    await page.locator("#services tr", { hasText: "web" }).waitFor();
    await page.locator("#live-state", { hasText: "live" }).waitFor();
    await page.locator("#dora dt", { hasText: "Deployment frequency" }).waitFor();
    expect(await page.locator("#dora").textContent()).toMatch(/Avg build \/ deploy\d+ s \/ \d+ s/);
    expect(await page.locator("#dora-trend svg polyline").count()).toBe(1);
    const cookies = await browser.context.cookies();
    expect(cookies).toEqual([
      expect.objectContaining({ name: "railpilot_session", httpOnly: true, sameSite: "Strict" }),
    ]);
    expect(cookies[0]?.value).not.toContain(TOKEN);
    await expectNoSecretOnPage();
    await shot("01-logged-in");
  }, 120_000);

  it("shows a crash as a pending rollback live, opens its decision and approves it", async () => {
    const before = await page.evaluate(() => performance.timeOrigin);
    const crash = await crashedWebDeployment(emu, client);
    engine.sink(crash);
    await drive(engine.idle());
    // Pushed over server-sent events: the page was not reloaded.
    const pending = page.locator("#approvals li", { hasText: "rollback web" });
    await pending.waitFor();
    await page.locator("#decisions tr", { hasText: "pending_approval" }).waitFor();
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(before);

    await page.locator("#decisions button[data-decision]").first().click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.locator("#decision-body").textContent()).toContain("rollback");
    expect(await dialog.locator("#decision-body").textContent()).toContain("pending_approval");
    expect((await dialog.locator("#decision-evidence").textContent())?.length).toBeGreaterThan(2);
    await shot("02-decision");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Approve rollback of web" }).click();
    await drive(engine.idle());
    await page.locator("#approvals li", { hasText: "Nothing is waiting for you." }).waitFor();
    await page
      .locator("#decisions tr", { hasText: /verified|executed/ })
      .first()
      .waitFor();
    const rollbacks = [...emu.world.deployments.values()].filter(
      (d) => (d.meta as Record<string, unknown>).rollbackFromDeploymentId !== undefined,
    );
    expect(rollbacks).toHaveLength(1);
    await expectNoSecretOnPage();
    await shot("03-approved");
  }, 180_000);

  it("flips the kill switch from the page (keyboard) and logs out", async () => {
    const kill = page.getByRole("button", { name: "Turn kill switch on" });
    await kill.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Turn kill switch off" }).waitFor();
    expect((await engine.status()).killSwitch).toBe(true);
    expect(await page.locator("#kill").getAttribute("aria-pressed")).toBe("true");
    await shot("04-kill-switch");
    await page.getByRole("button", { name: "Turn kill switch off" }).click();
    await page.getByRole("button", { name: "Turn kill switch on" }).waitFor();
    expect((await engine.status()).killSwitch).toBe(false);

    // WCAG AA: every text element with its own text has contrast ≥ 4.5 against the nearest opaque background.
    const worst = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
      };
      let min = 21;
      for (const el of Array.from(document.querySelectorAll<HTMLElement>("#app *, header *"))) {
        if (!el.offsetParent || !Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim()))
          continue;
        let bg: HTMLElement | null = el;
        while (bg && (rgb(getComputedStyle(bg).backgroundColor)[3] ?? 1) === 0) bg = bg.parentElement;
        const a = lum(rgb(getComputedStyle(el).color));
        const b = lum(rgb(bg ? getComputedStyle(bg).backgroundColor : "rgb(255,255,255)"));
        min = Math.min(min, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
      }
      return Math.round(min * 100) / 100;
    });
    expect(worst).toBeGreaterThanOrEqual(4.5);
    // Readable on a phone: no sideways scrolling of the page at 390 px.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot("05-phone");
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("button", { name: "Log out" }).click();
    await page.getByLabel("API token").waitFor();
    await page.reload();
    await page.getByLabel("API token").waitFor();
    expect(await page.locator("#app").isHidden()).toBe(true);
  }, 120_000);
});
