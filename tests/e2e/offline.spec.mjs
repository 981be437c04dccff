// Issue 6 end to end: offline after the first visit (at the root and under a sub-path),
// no network request while working, and no Content-Security-Policy violation.
import { box, expect, test } from "./fixtures.mjs";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { startServer } from "./own-server.mjs";

// Collects CSP violations from the first moment of every page.
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

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
      await page.getByRole("button", { name: "New post-mortem" }).click();
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

// Regression: the worker answered every navigation on the origin with the app, so a blog or
// /robots.txt beside it showed Hindsight.
for (const base of ["/", "/tools/hindsight/"]) {
  test(`with the worker active, only the app's own URLs come from it (served at ${base})`, async ({ page, allowConsoleError }) => {
    // The pages beside the app do not exist on the test server: it answers 404 itself.
    allowConsoleError(/^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/);
    const server = await startServer({ base });
    try {
      await page.goto(server.url);
      await controlled(page);
      const origin = new URL(server.url).origin;
      for (const path of ["/blog/", "/robots.txt", `${base}../other-app/`, `${base}notes.html`, `${base}blog/`]) {
        const url = new URL(path, origin).toString();
        const response = await page.goto(url);
        expect(response.fromServiceWorker(), url).toBe(false);
        expect(response.status(), url).toBe(404);
        await expect(page.locator("body"), url).toHaveText("not found");
      }
      for (const path of [base, `${base}index.html`, `${base}?utm=x`, `${base}index.html?x=1#/`]) {
        const url = new URL(path, origin).toString();
        const response = await page.goto(url);
        expect(response.fromServiceWorker(), url).toBe(true);
        await expect(page.getByRole("heading", { name: "Your post-mortems" }), url).toBeVisible();
      }
    } finally {
      await server.stop();
    }
  });
}

test("a new deploy is offered with a reload, and old and new files never mix", async ({ page }) => {
  // A private copy of the site, so the test can deploy a "new version" over it.
  const site = mkdtempSync(join(tmpdir(), "hindsight-deploy-"));
  cpSync(fileURLToPath(new URL("../../dist", import.meta.url)), site, { recursive: true });
  const server = await startServer({ dir: site });
  try {
    await page.goto(server.url);
    await controlled(page);
    await page.getByRole("button", { name: "New post-mortem" }).click();
    await page.getByLabel("Title", { exact: true }).fill("Kept across the update");
    const oldCaches = await page.evaluate(() => caches.keys());
    expect(oldCaches).toHaveLength(1);

    // The next deploy: a service worker with a new version (and so a new cache).
    const sw = join(site, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    const notice = page.getByRole("status").filter({ hasText: "A new version of Hindsight is ready." });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await notice.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Kept across the update");
    // Only the new version's cache is left: nothing old can be served with the new files.
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).not.toBe(oldCaches[0]);
    expect(caches[0]).toContain("-next");
  } finally {
    await server.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

test("no network request while working, and no CSP violation", async ({ page }) => {
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
});

test("the static shell shows before the wasm arrives, and the app replaces it without a shift", async ({ page, context }) => {
  // Hold the wasm back: what shows meanwhile is the shell alone.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route("**/*_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByRole("link", { name: "Hindsight" })).toBeVisible();
  await expect(page.getByText("Blameless post-mortems: fix the system, not the person.")).toBeVisible();
  await expect(page.getByText("Loading Hindsight…")).toBeVisible();
  await expect(page.locator("#app")).toHaveAttribute("aria-busy", "true");
  const header = await page.locator(".app-header").boundingBox();

  release();
  await expect(page.getByRole("heading", { name: "Your post-mortems" })).toBeVisible();
  await expect(page.getByText("Loading Hindsight…")).toHaveCount(0);
  expect(await page.locator(".app-header").boundingBox()).toEqual(header);
  const shift = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        requestAnimationFrame(() => setTimeout(() => resolve(total), 100));
      }),
  );
  expect(shift).toBeLessThan(0.01);
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
