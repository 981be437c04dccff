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
