// Issue 5 end to end: nothing is ever lost. Garbage in storage, a full quota, storage that
// throws, two tabs editing one post-mortem, the trash, and importing bad and good files.
import { box, expect, test } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";

// Full quotas and failing storage make the browser log errors: only page errors fail here.
test.use({ consoleErrorsFail: false });

async function newPostmortem(page, title, facts = []) {
  await page.getByRole("button", { name: /New post-mortem|Start a post-mortem/ }).first().click();
  await page.getByLabel("Title", { exact: true }).fill(title);
  for (const [i, text] of facts.entries()) {
    await page.getByRole("button", { name: "Add fact" }).click();
    await box(page, `Fact ${i + 1}`).fill(text);
  }
  await page.getByRole("link", { name: "Hindsight" }).click();
}

test("garbage in storage is kept aside, reported and downloadable; the rest works", async ({ page }) => {
  await page.goto("./");
  await newPostmortem(page, "Still fine", ["A fact that must survive"]);
  await page.evaluate(() => {
    localStorage.setItem("hindsight/pm/broken-1", "{not json at all");
    localStorage.setItem("hindsight/pm/future-1", JSON.stringify({ format: "hindsight", version: 99, doc: {} }));
  });
  await page.reload();
  const alerts = page.getByRole("alert");
  await expect(alerts.filter({ hasText: "is not valid JSON" })).toHaveCount(1);
  await expect(alerts.filter({ hasText: "newer version of Hindsight" })).toHaveCount(1);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => k.startsWith("hindsight/quarantine/")).length).toBe(2);
  expect(keys).not.toContain("hindsight/pm/broken-1");

  const downloadPromise = page.waitForEvent("download");
  await alerts.filter({ hasText: "is not valid JSON" }).getByRole("button", { name: "Download the unreadable data" }).click();
  expect(await readFile(await (await downloadPromise).path(), "utf8")).toBe("{not json at all");

  await page.getByRole("link", { name: "Still fine" }).click();
  await expect(box(page, "Fact 1")).toHaveValue("A fact that must survive");
});

test("a full quota keeps edits in the tab, says so, and saves once there is room", async ({ page }) => {
  await page.goto("./");
  await newPostmortem(page, "Quota test");
  await page.getByRole("link", { name: "Quota test" }).click();
  // Fill the rest of the origin's storage from the page.
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler-${i++}`, "x".repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await page.getByRole("button", { name: "Add fact" }).click();
  await box(page, "Fact 1").fill("Typed while the storage was full");
  const full = page.getByRole("alert").filter({ hasText: "storage for Hindsight is full" });
  await expect(full).toBeVisible();
  await expect(full.getByRole("button", { name: "Download a backup" })).toBeVisible();
  await expect(box(page, "Fact 1")).toHaveValue("Typed while the storage was full");

  // Room again: the retry saves it without the user doing anything.
  // Regression: a failed save once left the unsaved version as the merge base, so the
  // retry read the older stored copy as another tab deleting the new fact.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await expect(full).toBeHidden({ timeout: 10_000 });
  await page.reload();
  await expect(box(page, "Fact 1")).toHaveValue("Typed while the storage was full");
});

test("storage that throws leaves a working app with a clear banner", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("./");
  await expect(page.getByRole("alert").filter({ hasText: "does not let Hindsight save" })).toBeVisible();
  await page.getByRole("button", { name: "Start a post-mortem" }).click();
  await page.getByLabel("Title", { exact: true }).fill("In memory only");
  await page.getByRole("button", { name: "Add fact" }).click();
  await box(page, "Fact 1").fill("Still editable");
  await page.getByRole("link", { name: "Hindsight" }).click();
  await expect(page.getByRole("link", { name: "In memory only" })).toBeVisible();
});

test("two tabs editing one post-mortem merge, and a clash keeps both versions", async ({ context }) => {
  const a = await context.newPage();
  await a.goto("./");
  await newPostmortem(a, "Shared", ["first", "second"]);
  await a.getByRole("link", { name: "Shared" }).click();
  const url = a.url();
  const b = await context.newPage();
  await b.goto(url);
  await expect(box(b, "Fact 2")).toHaveValue("second");

  // Different items: both edits survive, in both tabs.
  await box(a, "Fact 1").fill("first, edited in A");
  await box(b, "Fact 2").fill("second, edited in B");
  await expect(box(a, "Fact 2")).toHaveValue("second, edited in B");
  await expect(box(b, "Fact 1")).toHaveValue("first, edited in A");

  // The same item: B is told, sees both, and chooses its own.
  await box(a, "Fact 1").fill("A's wording");
  await box(b, "Fact 1").fill("B's wording");
  const panel = b.getByRole("region", { name: "Changed in two tabs" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("A's wording");
  await expect(panel).toContainText("B's wording");
  await panel.getByRole("button", { name: /Keep mine/ }).click();
  await expect(box(b, "Fact 1")).toHaveValue("B's wording");
  await expect(box(a, "Fact 1")).toHaveValue("B's wording");
});

test("the trash restores, and emptying it asks first", async ({ page }) => {
  await page.goto("./");
  await newPostmortem(page, "Binned");
  await page.getByRole("link", { name: "Binned" }).click();
  await page.getByRole("button", { name: "Delete post-mortem" }).click();
  await page.getByText("Trash (1)").click();
  await page.getByRole("button", { name: "Restore “Binned”" }).click();
  await expect(page.getByRole("link", { name: "Binned" })).toBeVisible();

  await page.getByRole("link", { name: "Binned" }).click();
  await page.getByRole("button", { name: "Delete post-mortem" }).click();
  await page.getByText("Trash (1)").click();
  await page.getByRole("button", { name: "Empty trash" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("cannot be undone");
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByText(/Trash \(/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("link", { name: "Binned" })).toHaveCount(0);
});

test("a malformed import changes nothing; a valid one is previewed, then added side by side", async ({ page }) => {
  await page.goto("./");
  await newPostmortem(page, "Original", ["kept"]);
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  const input = page.getByLabel("Import a file…");
  await input.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"format":"hindsight-backup","version":1,"postmortems":[{"id":') });
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was changed." })).toContainText("not valid JSON");
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a backup (JSON)" }).click();
  const backup = await readFile(await (await downloadPromise).path());
  await input.setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: backup });
  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText("1 post-mortem(s) in the file: 0 new, 1 already here.");
  await preview.getByLabel("What to do with “Original”").selectOption({ label: "Keep both" });
  await preview.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("link", { name: "Original (imported)" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Original", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Original (imported)" }).click();
  await expect(box(page, "Fact 1")).toHaveValue("kept");
});
