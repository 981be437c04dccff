// Accessibility as a gate: axe-core (pinned in package.json) finds no serious or critical
// violation on home, a new post-mortem, every step of the worked example and the playbook's
// pages, in light and dark, at desktop and phone width.
import { expect, test } from "./fixtures.mjs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical violations on the page as it is now, one line per element. */
async function violations(page) {
  // Evaluated through the DevTools protocol, so the app's Content-Security-Policy (which
  // rightly refuses injected scripts) does not apply to the checker.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(" ")}`));
}

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

for (const scheme of ["light", "dark"]) {
  for (const [size, viewport] of Object.entries(sizes)) {
    test(`no serious accessibility problem, ${scheme}, ${size}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      const found = {};
      const check = async (where) => {
        const list = await violations(page);
        // One level-one heading per page, for screen-reader navigation (the editor had none).
        const h1 = await page.getByRole("heading", { level: 1 }).count();
        if (h1 !== 1) list.push(`${h1} level-one headings`);
        if (list.length) found[where] = list;
      };
      await page.goto("./");
      await expect(page.getByRole("heading", { name: "Your post-mortems" })).toBeVisible();
      await check("home, empty");

      await page.getByRole("button", { name: "New post-mortem" }).click();
      await expect(page.getByLabel("Title", { exact: true })).toBeVisible();
      await check("new post-mortem");

      await page.getByRole("link", { name: "Hindsight" }).click();
      await page.getByRole("button", { name: "Open the worked example" }).click();
      await expect(page.getByRole("article", { name: "Post-mortem preview" })).toBeVisible();
      await check("worked example, Review");
      for (const step of ["Facts", "Causes", "Actions"]) {
        await page.getByRole("link", { name: step, exact: true }).click();
        await expect(page.getByRole("heading", { level: 2, name: new RegExp(`· ${step}`) })).toBeVisible();
        await check(`worked example, ${step}`);
      }
      // The playbook (issue 15): an action made a check, the checklist and a run with a
      // failed check, whose note field and way into a new post-mortem show.
      await page.getByRole("button", { name: "Add to playbook: action 1" }).click();
      await check("worked example, Actions, adding to the playbook");
      await page.getByRole("button", { name: "Add to checklist" }).click();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Playbook" }).click();
      await expect(page.getByRole("heading", { name: "Playbook", level: 1 })).toBeVisible();
      await check("playbook");
      await page.getByRole("link", { name: "Launch checklist" }).click();
      await page.getByRole("button", { name: "Retire check 1…" }).click();
      // The reason is asked for next, so the keyboard is already there.
      await expect(page.getByLabel("Why check 1 is retired")).toBeFocused();
      await check("checklist");
      await page.getByRole("button", { name: "Run this checklist" }).click();
      await page.getByRole("radio", { name: "Failed" }).check();
      await page.getByRole("button", { name: "Finish run" }).click();
      await check("run");

      // A shared post-mortem opened from its link (issue 16).
      await page.getByRole("link", { name: "Hindsight" }).click();
      await page.getByRole("link", { name: /^Black-Friday/ }).click();
      await page.getByRole("link", { name: "Review" }).click();
      await page.getByRole("button", { name: "Copy share link" }).click();
      const link = await page.getByLabel(/^Share link, copied/).inputValue();
      await check("Review, share link made");
      await page.goto(link);
      await expect(page.getByRole("region", { name: "Save or merge" })).toBeVisible();
      await check("shared post-mortem");

      await page.getByRole("link", { name: "Hindsight" }).click();
      await expect(page.getByRole("heading", { name: "Your post-mortems" })).toBeVisible();
      await check("home, with post-mortems");
      expect(found).toEqual({});
    });
  }
}
