// Issue 6 end to end: offline after the first visit (at the root and under a sub-path),
// no network request while working, and no Content-Security-Policy violation.
import { test, expect } from "@playwright/test";
import { startServer } from "./own-server.mjs";

// Collects CSP violations from the first moment of every page.
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const box = (page, name) => page.getByRole("textbox", { name, exact: true });

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 15_000 });
}

for (const base of ["/", "/tools/hindsight/"]) {
  test(`works offline after one visit, served at ${base}`, async ({ page }) => {
    const server = await startServer({ base });
    try {
      await page.goto(server.url);
      await expect(page.getByRole("heading", { name: "Your post-mortems" })).toBeVisible();
      await controlled(page);
      await page.getByRole("button", { name: "Start a post-mortem" }).click();
      await page.getByLabel("Title", { exact: true }).fill("Made online");
    } finally {
      await server.stop();
    }
    // The server is gone: everything below comes from the service worker's cache.
    await page.reload();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Made online");
    await page.getByRole("link", { name: "Hindsight" }).click();
    await page.getByRole("button", { name: "New post-mortem" }).click();
    await page.getByLabel("Title", { exact: true }).fill("Made offline");
    await page.getByRole("button", { name: "Add fact" }).click();
    await box(page, "Fact 1").fill("Written on a plane");
    await page.reload();
    await expect(box(page, "Fact 1")).toHaveValue("Written on a plane");
    await page.getByRole("link", { name: "Review" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download Markdown" }).click();
    expect((await download).suggestedFilename()).toMatch(/^made-offline-/);
    await page.getByRole("link", { name: "Hindsight" }).click();
    await expect(page.getByRole("link", { name: "Made online" })).toBeVisible();
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
  });
}

test("no network request while working, and no CSP violation", async ({ page }) => {
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Your post-mortems" })).toBeVisible();
  await controlled(page);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.getByRole("button", { name: "Open the worked example" }).click();
  await page.getByRole("link", { name: "Facts" }).click();
  await page.getByRole("button", { name: "Add fact" }).click();
  await box(page, "Fact 7").fill("Typed without a network");
  await page.getByRole("link", { name: "Causes" }).click();
  await page.getByRole("link", { name: "Actions" }).click();
  await page.getByRole("link", { name: "Review" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Markdown" }).click();
  await download;
  await page.getByRole("button", { name: "Download JSON" }).click();
  await page.getByRole("link", { name: "Hindsight" }).click();
  // Downloads are blob: URLs made in the page, not network requests.
  expect(requests.filter((u) => !u.startsWith("blob:"))).toEqual([]);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("the manifest makes it installable", async ({ page, request }) => {
  await page.goto("./");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(new URL(href, page.url()).toString())).json();
  expect(manifest.name).toContain("Hindsight");
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(["192x192", "512x512"]);
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, page.url()).toString());
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});
