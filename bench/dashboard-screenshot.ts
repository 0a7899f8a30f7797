/**
 * `npm run screenshot`: regenerates docs/dashboard.png. Starts the emulator's demo world with the
 * autopilot in approval mode in-process, makes the web service crash so a rollback waits for
 * approval, logs in to the dashboard in Debian's Chromium and saves the page (PNG, < 200 KB).
 */
import { statSync } from "node:fs";
import { createAutopilotEngine, resolveAutopilotConfig } from "../src/autopilot/index.js";
import type { Target } from "../src/config/index.js";
import { parseResolveList } from "../src/deploy/index.js";
import { startEmulator } from "../src/emulator/index.js";
import { RailwayClient } from "../src/railway/index.js";
import { createDoraSource } from "../src/report/index.js";
import { createApiServer } from "../src/server/index.js";
import { openStore } from "../src/store/index.js";
import { launchChromium } from "../test/helpers/browser.js";
import { driveClock, remoteClockFor } from "../test/helpers/drive-clock.js";
import { crashedWebDeployment, watchedWeb } from "../test/helpers/incident.js";

const OUT = new URL("../docs/dashboard.png", import.meta.url).pathname;
const TOKEN = "screenshot-token-0123456789";

const store = await openStore({ memory: true });
const emu = await startEmulator({ port: 0, seed: "demo", clock: "manual" });
const clock = await remoteClockFor(emu.info.controlUrl);
const client = new RailwayClient({
  endpoint: emu.info.graphqlUrl,
  token: emu.info.tokens.project as string,
  clock,
  env: {},
});
const engine = createAutopilotEngine({
  store,
  clock,
  client,
  config: resolveAutopilotConfig({ policy: { approvalMode: true } }, {}),
  services: [watchedWeb(emu)],
  references: [],
  verifyHealth: () => ({
    checks: 1,
    intervalMs: 1_000,
    resolve: parseResolveList([`*.up.railway.app:443:http://${emu.info.appAddress}`]),
  }),
});
await engine.start();
const env = { id: emu.info.environmentId as string, name: "production" };
const target: Target = {
  project: { id: emu.info.projectId as string, name: "acme-demo" },
  environment: env,
  service: undefined,
  environments: [env],
  services: Object.entries(emu.info.services).map(([name, id]) => ({ id, name })),
  viaProjectToken: true,
};
const server = await createApiServer({
  api: engine,
  token: TOKEN,
  webhookSecret: "screenshot-hook-secret-0123456789",
  clock,
  log: () => {},
  dora: createDoraSource({ client, target, clock }),
});
const { url } = await server.listen({ host: "127.0.0.1", port: 0 });
const browser = await launchChromium({ width: 1100, height: 1000 });
try {
  engine.sink(await crashedWebDeployment(emu, client));
  await driveClock(emu.info.controlUrl, engine.idle());
  const page = await browser.context.newPage();
  await page.goto(`${url}/dashboard`);
  await page.getByLabel("API token").fill(TOKEN);
  await page.keyboard.press("Enter");
  await page.locator("#approvals li", { hasText: "rollback web" }).waitFor();
  await page.locator("#dora-trend svg").waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: OUT, fullPage: false });
  console.log(`wrote ${OUT} (${Math.round(statSync(OUT).size / 1024)} KB)`);
} finally {
  await browser.close();
  await server.close();
  await engine.stop();
  client.close();
  await emu.close();
  await store.close();
}
