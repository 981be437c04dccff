// Issue 16, sharing without a server, as a user does it in Chromium: print the Review as a
// clean document (and save it as PDF), and copy the report for documents (HTML and text).
import { expect, test } from "./fixtures.mjs";

test.use({ permissions: ["clipboard-read", "clipboard-write"], timezoneId: "America/New_York" });

async function openExampleReview(page) {
  await page.goto("./");
  await page.getByRole("button", { name: "Open the worked example" }).click();
  await expect(page.getByRole("article", { name: "Post-mortem preview" })).toBeVisible();
}

test("the Review prints as a clean document: every fact, cause and action, no control", async ({ page }) => {
  await openExampleReview(page);
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  const texts = await page.evaluate(() => {
    // What the report must show on paper, read from the stored post-mortem itself.
    const key = Object.keys(localStorage).find((k) => k.startsWith("hindsight/pm/"));
    const doc = JSON.parse(localStorage.getItem(key)).doc;
    return [doc.title, ...doc.facts.map((f) => f.text), ...doc.causes.map((c) => c.statement), ...doc.actions.map((a) => a.description)];
  });
  expect(texts.length).toBeGreaterThan(8);
  await page.emulateMedia({ media: "print" });
  const report = page.getByRole("article", { name: "Post-mortem preview" });
  for (const text of texts) {
    await expect(report.getByText(text, { exact: false }).first()).toBeVisible();
  }
  // Nothing that is for working in the app shows on paper.
  const controls = page.locator("button:visible, input:visible, select:visible, textarea:visible, nav:visible");
  await expect(controls).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Still open" })).toBeHidden();
  // The title and date head every page.
  await expect(page.locator(".print-head")).toBeVisible();
  await expect(page.locator(".print-head")).toContainText(texts[0]);
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(0);
});

test("copy for documents puts HTML and plain text on the clipboard", async ({ page }) => {
  await openExampleReview(page);
  await page.getByRole("button", { name: "Copy for documents" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied for documents" })).toBeVisible();
  const { html, text } = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      html: await (await item.getType("text/html")).text(),
      text: await (await item.getType("text/plain")).text(),
    };
  });
  expect(html).toContain("<h1>Black-Friday discount code went live 3 hours after the sale email</h1>");
  expect(html).toContain("<h2>Causes</h2>");
  expect(html).toMatch(/<table><thead><tr><th>#<\/th><th>Action<\/th>/);
  expect(text.startsWith("# Black-Friday discount code went live 3 hours after the sale email")).toBe(true);
  // The HTML a document editor receives shows the report's words as text.
  const shown = await page.evaluate((markup) => {
    const box = document.createElement("div");
    box.innerHTML = markup;
    return { text: box.textContent, scripts: box.querySelectorAll("script, img, iframe").length };
  }, html);
  expect(shown.scripts).toBe(0);
  expect(shown.text).toContain("A blameless post-mortem: it looks at the system, not at people.");
});

async function copyShareLink(page) {
  await page.getByRole("button", { name: "Copy share link" }).click();
  const field = page.getByLabel(/^Share link, copied \([\d,]+ characters\)$/);
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  return link;
}

const storedIds = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("hindsight/pm/")));

test("a share link opens read-only in a fresh browser, and is saved only when asked", async ({ page, browser }) => {
  await openExampleReview(page);
  const link = await copyShareLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/shared\/1\/[A-Za-z0-9_-]+$/);
  // The figure the closing note quotes: the worked example's link length.
  console.log(`worked example share link: ${link.length} characters`);
  await expect(page.getByText(/chat tools may cut it/)).toHaveCount(link.length > 2000 ? 1 : 0);

  const other = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const reader = await other.newPage();
  const problems = [];
  reader.on("pageerror", (e) => problems.push(e.message));
  reader.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await reader.goto(link);
  await expect(reader.getByRole("heading", { name: "Shared post-mortem", level: 1 })).toBeVisible();
  const banner = reader.getByRole("region", { name: "Save or merge" });
  await expect(banner).toContainText("nothing is saved until you choose");
  await expect(banner.getByRole("button", { name: "Merge into mine" })).toHaveCount(0);
  const preview = reader.getByRole("article", { name: "Post-mortem preview" });
  await expect(preview).toContainText("Black-Friday discount code went live 3 hours after the sale email");
  await expect(preview).toContainText("Sale announcement email with code BF30 sent to 12,400 subscribers.");
  await expect(reader.getByRole("textbox")).toHaveCount(0);
  expect(await storedIds(reader)).toEqual([]);

  await banner.getByRole("button", { name: "Save a copy" }).click();
  await expect(reader.getByLabel("Title", { exact: true })).toHaveValue("Black-Friday discount code went live 3 hours after the sale email");
  expect(await storedIds(reader)).toHaveLength(1);
  expect(problems).toEqual([]);
  await other.close();
});

test("a copy edited elsewhere merges into mine, asking where the copies differ", async ({ page, browser }) => {
  await openExampleReview(page);
  const first = await copyShareLink(page);

  // Someone else saves the link, corrects a fact, and shares it back.
  const other = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const them = await other.newPage();
  await them.goto(first);
  await them.getByRole("button", { name: "Save a copy" }).click();
  await them.getByRole("link", { name: "Facts" }).click();
  await them.getByRole("textbox", { name: "Fact 1", exact: true }).fill("Sale email with code BF30 sent to 12,400 subscribers at 09:00 Eastern.");
  await them.getByRole("link", { name: "Review" }).click();
  const back = await copyShareLink(them);
  await other.close();

  // Here, the owner of the same post-mortem changed an action's owner meanwhile.
  await page.getByRole("link", { name: "Actions" }).click();
  await page.getByLabel("Owner of action 1").fill("Shop owner");
  await page.goto(back);
  const banner = page.getByRole("region", { name: "Save or merge" });
  await banner.getByRole("button", { name: "Merge into mine" }).click();
  const panel = page.getByRole("region", { name: "Different in the two copies" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Sale email with code BF30 sent to 12,400 subscribers at 09:00 Eastern.");
  // Without history each differing item is asked: both facts, my owner. Keeping both says
  // which copy's wording is where.
  await panel.getByRole("button", { name: "Keep both for Fact 1" }).click();
  await expect(page.getByRole("region", { name: "Notices" }).getByRole("status").filter({ hasText: "Kept both" })).toContainText(
    "Kept both: Fact 1 now reads as the other copy's version, and yours is the last fact.",
  );
  await panel.getByRole("button", { name: "Keep mine for Action 1" }).click();
  await expect(panel).toHaveCount(0);
  await page.getByRole("link", { name: "Facts" }).click();
  await expect(page.getByRole("textbox", { name: "Fact 1", exact: true })).toHaveValue("Sale email with code BF30 sent to 12,400 subscribers at 09:00 Eastern.");
  await expect(page.getByRole("textbox", { name: "Fact 7", exact: true })).toHaveValue("Sale announcement email with code BF30 sent to 12,400 subscribers.");
  await page.getByRole("link", { name: "Actions" }).click();
  await expect(page.getByLabel("Owner of action 1")).toHaveValue("Shop owner");
  expect(await storedIds(page)).toHaveLength(1);
});

test("a cut, changed or foreign link says what is wrong and stores nothing", async ({ page }) => {
  await openExampleReview(page);
  const link = await copyShareLink(page);
  await page.evaluate(() => localStorage.clear());
  for (const [bad, message] of [
    [link.slice(0, link.length - 25), /incomplete or damaged|does not hold a post-mortem/],
    [link.replace(/#\/shared\/1\/(.{5})./, "#/shared/1/$1$"), /character 6 of its data/],
    [link.replace("#/shared/1/", "#/shared/9/"), /format “9”/],
    [link.replace(/#\/shared\/1\/.*/, "#/shared/1/"), /empty/],
  ]) {
    await page.goto(bad);
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByText("Nothing was saved.")).toBeVisible();
    expect(await storedIds(page)).toEqual([]);
  }
});

test("importing someone's copy of a post-mortem offers Merge, which brings their additions in", async ({ page }) => {
  await openExampleReview(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download JSON" }).click();
  const file = JSON.parse(await (await import("node:fs/promises")).readFile(await (await download).path(), "utf8"));
  // Their copy: one more fact, added offline.
  const doc = file.postmortems[0];
  doc.facts.push({ id: doc.next_id, text: "The promo tool's audit log shows the zone set in 2024." });
  doc.next_id += 1;
  // Mine, meanwhile: an action has a new owner.
  await page.getByRole("link", { name: "Actions" }).click();
  await page.getByLabel("Owner of action 1").fill("Shop owner");
  await page.getByRole("link", { name: "Hindsight" }).click();
  await page.getByLabel("Import a file…").setInputFiles({
    name: "their-copy.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const preview = page.getByRole("region", { name: "Import preview" });
  await preview.getByLabel(/^What to do with “Black-Friday/).selectOption({ label: "Merge with the one here" });
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 merged" })).toBeVisible();
  await page.getByRole("link", { name: /^Black-Friday discount code went live 3 hours after the sale email/ }).first().click();
  await page.getByRole("link", { name: "Facts" }).click();
  await expect(page.getByRole("textbox", { name: "Fact 7", exact: true })).toHaveValue("The promo tool's audit log shows the zone set in 2024.");
  await page.getByRole("link", { name: "Actions" }).click();
  await expect(page.getByLabel("Owner of action 1")).toHaveValue("Shop owner");
});

test("a hand-edited Markdown export comes back in; other Markdown is refused with its line", async ({ page }) => {
  await openExampleReview(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Markdown" }).click();
  const { readFile } = await import("node:fs/promises");
  const original = await readFile(await (await download).path(), "utf8");
  // Edited in a wiki: a table cell, a new action row, a reworded fact, a new list item.
  const edited = original
    .replace("| Launch manager |", "| Shop owner |")
    .replace(/(\| A2 \|[^\n]*\n)/, "$1| A3 | Test every code at checkout before a sale | Prevent | Low | Ops | 2026-12-20 | Open | C1 |\n")
    .replace("— Sale announcement email with code BF30 sent", "— Sale email with BF30 sent")
    .replace("Facts without a time:\n\n", "Facts without a time:\n\n- The promo tool keeps no audit log.\n");
  for (const made of ["| Shop owner |", "| A3 |", "— Sale email with BF30", "- The promo tool keeps"]) expect(edited).toContain(made);
  await page.getByRole("link", { name: "Hindsight" }).click();
  await page.getByLabel("Import Markdown…").setInputFiles({ name: "edited.md", mimeType: "text/markdown", buffer: Buffer.from(edited) });
  await expect(page.getByRole("status").filter({ hasText: "from Markdown" })).toBeVisible();
  await page.getByRole("link", { name: "Actions" }).click();
  await expect(page.getByLabel("Owner of action 1")).toHaveValue("Shop owner");
  await expect(page.getByRole("textbox", { name: "Action 3", exact: true })).toHaveValue("Test every code at checkout before a sale");
  await page.getByRole("link", { name: "Facts" }).click();
  await expect(page.getByRole("textbox", { name: "Fact 1", exact: true })).toHaveValue("Sale email with BF30 sent to 12,400 subscribers.");
  await expect(page.getByRole("textbox", { name: "Fact 7", exact: true })).toHaveValue("The promo tool keeps no audit log.");

  // Markdown from elsewhere: the line it stopped at, and nothing imported.
  await page.getByRole("link", { name: "Hindsight" }).click();
  const before = (await page.evaluate(() => Object.keys(localStorage))).length;
  await page.getByText("Paste Markdown instead").click();
  await page.getByLabel("Markdown to import").fill("# Meeting notes\n\nSome text.\n\n## Agenda\n\n- item");
  await page.getByRole("button", { name: "Import pasted Markdown" }).click();
  await expect(page.getByRole("alert")).toContainText("Line 5: “## Agenda” is not a section Hindsight writes");
  expect((await page.evaluate(() => Object.keys(localStorage))).length).toBe(before);
});
