// One dashboard page in headless Chromium (Debian's /usr/bin/chromium): log in through the login
// form, open "/", wait until the dashboard's tiles are drawn. Prints one JSON line.
//   node dashboard.mjs <url> <username> <password>
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [url, username, password] = process.argv.slice(2);
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "kilo-bench-chromium-")), {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
const page = browser.pages()[0] ?? await browser.newPage();
const started = performance.now();
await page.goto(`${url}/login`);
await page.locator("input[name=username]").fill(username);
await page.locator("input[name=password]").fill(password);
await Promise.all([page.waitForURL(`${url}/`), page.locator("input[name=password]").press("Enter")]);
await page.locator("#dashboard").waitFor({ timeout: 60000 });
await page.waitForLoadState("networkidle");
console.log(JSON.stringify({ dashboardMs: Math.round(performance.now() - started) }));
await browser.close();
