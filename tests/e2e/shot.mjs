// Development aid: screenshots of the app at a URL (node tests/e2e/shot.mjs URL OUT.png [width]).
import { chromium } from "@playwright/test";
const [url, out, width = "1100"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on("console", (m) => console.log("console:", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url);
await page.waitForTimeout(800);
if (process.env.CLICK) { for (const name of process.env.CLICK.split("|")) { await page.getByRole("button", { name }).first().click(); await page.waitForTimeout(300); } }
await page.screenshot({ path: out, fullPage: true });
await browser.close();
