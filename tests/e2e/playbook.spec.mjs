// Issue 15, the living operating manual, as a user meets it in Chromium: an action becomes
// a check in the Launch checklist, the checklist is run before a launch, a failed check
// starts the next post-mortem; the playbook exports with where each check came from; open
// actions across post-mortems are listed overdue first and go to a calendar file; a done
// action is verified before the post-mortem closes.
import { box, expect, test } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";

test.use({ timezoneId: "Europe/Paris" });

async function openApp(page) {
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Your post-mortems" })).toBeVisible();
}

async function openExampleActions(page) {
  await page.getByRole("button", { name: "Open the worked example" }).click();
  await page.getByRole("link", { name: "Actions" }).click();
}

async function downloaded(page, click) {
  const download = page.waitForEvent("download");
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test("an action becomes a check, the checklist is run, and a failed check starts the next post-mortem", async ({ page }) => {
  await openApp(page);
  await openExampleActions(page);
  await page.getByRole("button", { name: "Add to playbook: action 1" }).click();
  // No checklist yet: a new one, named for the common case.
  await expect(page.getByLabel("Name of the new checklist")).toHaveValue("Launch checklist");
  await page.getByRole("button", { name: "Add to checklist" }).click();
  await expect(page.getByText("In the playbook:")).toContainText("In the playbook: Launch checklist, check 1");
  // The keyboard lands on the new link, not on the page.
  await expect(page.getByRole("link", { name: "Launch checklist" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Launch checklist" })).toBeVisible();

  // The checklist is kept: reload, then open it from the header.
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Playbook" }).click();
  // The page takes the keyboard at its heading, not left on the header's link.
  await expect(page.getByRole("heading", { name: "Playbook", level: 1 })).toBeFocused();
  await page.getByRole("link", { name: "Launch checklist" }).click();
  await expect(page.getByRole("heading", { name: "Launch checklist", level: 1 })).toBeVisible();
  await expect(box(page, "Check 1")).toHaveValue(/two-person time-zone check/);
  await expect(box(page, "When check 1 is done")).toHaveValue("24 hours before launch");
  await expect(page.getByText("Added after:")).toContainText("Black-Friday");
  // A check typed by hand, then moved above the first with the keyboard.
  await box(page, "New check").fill("Test every discount code at checkout");
  await box(page, "New check").press("Enter");
  await expect(box(page, "Check 2")).toHaveValue("Test every discount code at checkout");
  await page.getByRole("button", { name: "Move check 2 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(box(page, "Check 1")).toHaveValue("Test every discount code at checkout");
  await expect(page.getByRole("button", { name: "Move check 1 down" })).toBeFocused();

  // A run before the next launch: one check done, one failed with a note.
  await box(page, "What is this run for?").fill("Spring sale 2027");
  await page.getByRole("button", { name: "Run this checklist" }).click();
  await expect(page.getByRole("heading", { name: "Run: Spring sale 2027" })).toBeVisible();
  // A new page: the keyboard starts at its heading, not at the page's body.
  await expect(page.getByRole("heading", { name: "Run: Spring sale 2027" })).toBeFocused();
  // Each check says when (and by whom) it is done, as the checklist does.
  await expect(page.getByRole("group").nth(1)).toContainText("When: 24 hours before launch");
  const checks = page.getByRole("group");
  await checks.nth(0).getByRole("radio", { name: "Failed" }).check();
  await checks.nth(1).getByRole("radio", { name: "Done" }).check();
  await page.getByRole("button", { name: "Finish run" }).click();
  await expect(page.getByRole("alert")).toContainText("failed without a note on what failed");
  // The keyboard goes to the note that holds the run up.
  await expect(box(page, "What failed (check 1)")).toBeFocused();
  await box(page, "What failed (check 1)").fill("SPRING20 was rejected at checkout");
  // Saved as it goes: a reload keeps the answers.
  await page.reload();
  await expect(page.getByRole("group").nth(0).getByRole("radio", { name: "Failed" })).toBeChecked();
  await expect(box(page, "What failed (check 1)")).toHaveValue("SPRING20 was rejected at checkout");
  await page.getByRole("button", { name: "Finish run" }).click();
  await expect(page.getByText(/1 done, 0 skipped, 1 failed\. Finished /)).toBeVisible();
  // A finished run is a record: the note reads in full, as text.
  await expect(page.getByText("What failed (check 1): SPRING20 was rejected at checkout")).toBeVisible();

  // The loop closes: the failure starts a post-mortem that quotes it.
  await page.getByRole("button", { name: "Start a post-mortem about check 1" }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Failed check: Test every discount code at checkout");
  await expect(box(page, "Fact 1")).toHaveValue(
    "During the run “Spring sale 2027” of the Launch checklist, the check “Test every discount code at checkout” failed: SPRING20 was rejected at checkout.",
  );
  await expect(page.getByLabel("Time zone of fact 1")).toHaveValue("Europe/Paris");

  // Back on the run, the same button opens that post-mortem again: no twin is started.
  await page.goBack();
  await page.getByRole("button", { name: "Start a post-mortem about check 1" }).click();
  await expect(page.getByText("Opened the post-mortem already started about this check.")).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Failed check: Test every discount code at checkout");
  await page.getByRole("link", { name: "Hindsight" }).click();
  await expect(page.getByRole("link", { name: "Failed check: Test every discount code at checkout" })).toHaveCount(1);
});

test("the playbook exports to Markdown with where each check came from", async ({ page }) => {
  await openApp(page);
  await openExampleActions(page);
  await page.getByRole("button", { name: "Add to playbook: action 1" }).click();
  await page.getByRole("button", { name: "Add to checklist" }).click();
  // The second action goes to a second checklist, named by hand.
  await page.getByRole("button", { name: "Add to playbook: action 2" }).click();
  await page.getByLabel("Checklist", { exact: true }).selectOption({ label: "New checklist…" });
  await page.getByLabel("Name of the new checklist").fill("Sale-day checklist");
  await page.getByRole("button", { name: "Add to checklist" }).click();
  await expect(page.getByRole("link", { name: "Sale-day checklist" })).toBeVisible();
  // Two actions added in a row leave one notice, about the latest (they used to pile up).
  const notices = page.getByRole("region", { name: "Notices" }).getByRole("status");
  await expect(notices).toHaveCount(1);
  await expect(notices).toHaveText(/Added A2 to “Sale-day checklist”/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Playbook" }).click();
  const { name, text } = await downloaded(page, () =>
    page.getByRole("button", { name: "Download the playbook (Markdown)" }).click(),
  );
  expect(name).toMatch(/^hindsight-playbook-\d{4}-\d{2}-\d{2}\.md$/);
  expect(text).toContain("## Launch checklist");
  expect(text).toContain("## Sale-day checklist");
  expect(text).toMatch(/- \[ \] Add to the launch checklist a two-person time-zone check .* — \*when:\* 24 hours before launch/);
  expect(text.match(/Added after: Black-Friday discount code went live 3 hours after the sale email \(2026-11-27\)/g)).toHaveLength(2);
});

test("open actions across post-mortems: overdue first, filtered, and into a calendar", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Open the worked example" }).click();
  await page.getByRole("link", { name: "Hindsight" }).click();
  // A second post-mortem with an action long overdue.
  await page.getByRole("button", { name: "New post-mortem" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Courier missed pickups");
  await page.getByRole("link", { name: "Actions" }).click();
  await page.getByRole("button", { name: "Add action" }).click();
  await box(page, "Action 1").fill("Book the courier pickup for sale days a week ahead");
  await page.getByLabel("Owner of action 1").fill("Ops");
  await page.getByLabel("Due date of action 1").fill("2020-01-15");
  await page.getByLabel("Due date of action 1").blur();
  await page.getByRole("link", { name: "Hindsight" }).click();

  const open = page.getByRole("region", { name: "Open actions" }).or(page.locator("section.open-actions"));
  const items = page.locator(".open-actions__item");
  await expect(items.first()).toContainText("Book the courier pickup");
  await expect(items.first()).toContainText("Overdue");
  await expect(items.first().getByRole("link", { name: "A1 in “Courier missed pickups”" })).toBeVisible();
  const all = await items.count();
  expect(all).toBeGreaterThan(2);
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Ops" });
  await expect(items).toHaveCount(1);
  // The filter stays while the user opens the action and comes back, and across a reload.
  await items.first().getByRole("link", { name: "A1 in “Courier missed pickups”" }).click();
  await expect(box(page, "Action 1")).toHaveValue(/courier pickup/);
  // The link leads to the action itself: the keyboard is in it.
  await expect(box(page, "Action 1")).toBeFocused();
  await page.getByRole("link", { name: "Hindsight" }).click();
  await expect(page.getByLabel("Owner", { exact: true })).toHaveValue("Ops");
  await expect(items).toHaveCount(1);
  await page.getByLabel("Post-mortem status").selectOption({ label: "Closed" });
  await expect(page.getByText("No open actions match.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Owner", { exact: true })).toHaveValue("Ops");
  await expect(page.getByLabel("Post-mortem status")).toHaveValue("closed");
  await expect(page.getByText("No open actions match.")).toBeVisible();
  await page.getByLabel("Post-mortem status").selectOption({ label: "Any" });
  await expect(items).toHaveCount(1);
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: "Everyone" });
  await expect(items).toHaveCount(all);
  await expect(open.first()).toBeVisible();

  const { name, text } = await downloaded(page, () =>
    page.getByRole("button", { name: "Add due dates to a calendar (.ics)" }).click(),
  );
  expect(name).toMatch(/^hindsight-actions-\d{4}-\d{2}-\d{2}\.ics$/);
  // Parsed as RFC 5545 says: CRLF lines, folded ones continue with a space.
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
  const lines = text.split("\r\n").slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n /g, "").split("\r\n");
  const events = [];
  for (const line of unfolded) {
    if (line === "BEGIN:VEVENT") events.push({});
    const [key, ...rest] = line.split(":");
    if (events.length) events[events.length - 1][key] = rest.join(":");
  }
  expect(unfolded[0]).toBe("BEGIN:VCALENDAR");
  expect(events.length).toBe(all);
  const courier = events.find((e) => e.SUMMARY === "Book the courier pickup for sale days a week ahead");
  expect(courier["DTSTART;VALUE=DATE"]).toBe("20200115");
  expect(courier["DTEND;VALUE=DATE"]).toBe("20200116");
  expect(courier.UID).toMatch(/^[a-z0-9]+-[0-9a-f]{8}-a\d+@hindsight$/);
  expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
});

test("a done action is verified before the post-mortem closes, and the review says which is not", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "New post-mortem" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Codes not tested");
  await page.getByRole("link", { name: "Actions" }).click();
  await page.getByRole("button", { name: "Add action" }).click();
  await box(page, "Action 1").fill("Add a test order with every discount code to the launch checklist");
  await page.getByLabel("Status of action 1").selectOption({ label: "Done" });
  await page.getByRole("button", { name: "Mark action 1 verified" }).click();
  await expect(page.getByRole("alert")).toContainText("Say how it was checked");
  await page.getByRole("link", { name: "Review" }).click();
  await expect(page.getByRole("region", { name: "Still open" }).getByText(/is done but not verified/)).toBeVisible();
  const status = page.getByLabel("Status", { exact: true });
  await status.selectOption({ label: "Closed" });
  await expect(page.getByRole("alertdialog")).toContainText("1 action is done but not verified yet.");
  await page.getByRole("button", { name: "Keep it open" }).click();
  await page.getByRole("link", { name: "Actions" }).click();
  await box(page, "How was action 1 checked to work?").fill("Test order placed with every code");
  await page.getByRole("button", { name: "Mark action 1 verified" }).click();
  await expect(page.getByRole("button", { name: "Withdraw the verification of action 1" })).toBeFocused();
  await expect(page.getByText(/Verified \d{4}-\d{2}-\d{2}: Test order placed with every code/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Verified \d{4}-\d{2}-\d{2}: Test order placed with every code/)).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Closed" });
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("closed");
});

test("two tabs editing one checklist merge, and a clash keeps the other wording in its history", async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Playbook" }).click();
  await a.getByLabel("Name of a new checklist").fill("Deploy checklist");
  await a.getByRole("button", { name: "Create checklist" }).click();
  for (const check of ["first", "second"]) {
    await box(a, "New check").fill(check);
    await a.getByRole("button", { name: "Add check" }).click();
  }
  await expect(box(a, "Check 2")).toHaveValue("second");
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(box(b, "Check 2")).toHaveValue("second");

  // Different checks: both edits survive, in both tabs.
  await box(a, "Check 1").fill("first, edited in A");
  await box(b, "Check 2").fill("second, edited in B");
  await expect(box(a, "Check 2")).toHaveValue("second, edited in B");
  await expect(box(b, "Check 1")).toHaveValue("first, edited in A");

  // The same check at once: B keeps its wording, says so, and A's is in the history.
  await box(a, "Check 1").fill("A's wording");
  await box(b, "Check 1").fill("B's wording");
  await expect(b.getByRole("status").filter({ hasText: "was also changed in another tab" })).toBeVisible();
  await expect(box(a, "Check 1")).toHaveValue("B's wording");
  for (const tab of [a, b]) {
    await tab.getByText(/History: 1 retired check/).click();
    await expect(tab.getByText("A's wording")).toBeVisible();
  }
});

test("an unreadable checklist is kept aside and reported; a deleted post-mortem leaves its checks", async ({ page }) => {
  await openApp(page);
  await openExampleActions(page);
  await page.getByRole("button", { name: "Add to playbook: action 1" }).click();
  await page.getByRole("button", { name: "Add to checklist" }).click();
  await page.evaluate(() => localStorage.setItem("hindsight/checklist/broken-1", "{not json"));
  await page.reload();
  await expect(
    page.getByRole("alert").filter({ hasText: "A stored playbook checklist could not be read because it is not valid JSON" }),
  ).toHaveCount(1);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith("hindsight/quarantine/") && k.endsWith("hindsight/checklist/broken-1"))).toBe(true);

  // The post-mortem goes to the trash; its check stays and says where its source is.
  await page.getByRole("button", { name: "Delete post-mortem" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Playbook" }).click();
  await page.getByRole("link", { name: "Launch checklist" }).click();
  await expect(box(page, "Check 1")).toHaveValue(/two-person time-zone check/);
  await expect(page.getByText("Added after:")).toContainText("now in the trash");
});
