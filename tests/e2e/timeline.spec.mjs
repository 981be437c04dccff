// Issue 3 end to end: the worked example typed in by hand (sale email at 09:00 New York,
// discount code at 09:00 Los Angeles) shows the 3-hour gap, the mixed-zone warning and a
// complete export; abbreviations of the wrong season are flagged; impact figures validate.
import { box, expect, test } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";

test.use({ timezoneId: "Europe/Berlin" });

async function addFact(page, n, { text, when, zone, source, kind }) {
  await page.getByRole("button", { name: "Add fact" }).click();
  await box(page, `Fact ${n}`).fill(text);
  if (when) await page.getByLabel(`When fact ${n} happened`).fill(when);
  if (zone !== undefined) await page.getByLabel(`Time zone of fact ${n}`, { exact: true }).fill(zone);
  if (source) await box(page, `Source of fact ${n}`).fill(source);
  if (kind) await page.getByLabel(`Kind of fact ${n}`).selectOption({ label: kind });
}

test("the worked example by hand: 3-hour gap, mixed zones, complete export", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "New post-mortem" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Black-Friday code late");
  // A new fact starts in the browser's own zone.
  await page.getByRole("button", { name: "Add fact" }).click();
  await expect(page.getByLabel("Time zone of fact 1", { exact: true })).toHaveValue("Europe/Berlin");
  await page.getByRole("button", { name: "Remove fact 1" }).click();

  await addFact(page, 1, {
    text: "Sale email sent",
    when: "2026-11-27T09:00",
    zone: "America/New_York",
    source: "email tool",
    kind: "Event",
  });
  await addFact(page, 2, {
    text: "Discount code became active",
    when: "2026-11-27T09:00",
    zone: "America/Los_Angeles",
    source: "promo tool",
    kind: "Resolution",
  });
  await addFact(page, 3, {
    text: "First complaint about the code",
    when: "2026-11-27T09:05",
    zone: "America/New_York",
    source: "support inbox",
    kind: "Detection",
  });
  await addFact(page, 4, { text: "212 carts abandoned", zone: "" });

  const timeline = page.getByRole("table", { name: "Timeline" });
  const rows = timeline.getByRole("row");
  await expect(rows).toHaveCount(4); // header + 3 timed facts, in time order
  await expect(rows.nth(1)).toContainText("Sale email sent");
  // Times in the report's zone (where most facts were recorded), not the viewer's Berlin.
  await expect(timeline.getByRole("columnheader", { name: "Time (America/New_York)" })).toBeVisible();
  await expect(rows.nth(3)).toContainText("2026-11-27 12:00");
  await expect(rows.nth(1)).not.toContainText("2026-11-27 15:00");
  await expect(rows.nth(2)).toContainText("First complaint");
  await expect(rows.nth(2)).toContainText("+5 min");
  await expect(rows.nth(3)).toContainText("Discount code became active");
  await expect(rows.nth(3)).toContainText("+2 h 55 min");
  await expect(page.getByRole("note").filter({ hasText: "Mixed time zones" })).toContainText(
    "America/New_York (email tool, support inbox); America/Los_Angeles (promo tool)",
  );
  await expect(page.getByText("Without a time:")).toBeVisible();

  // UTC on demand.
  await expect(timeline.getByRole("columnheader", { name: "UTC" })).toHaveCount(0);
  await page.getByRole("region", { name: "Timeline" }).getByLabel("Show UTC").check();
  await expect(timeline.getByRole("columnheader", { name: "UTC" })).toBeVisible();
  await expect(rows.nth(1)).toContainText("2026-11-27 14:00");
  await expect(rows.nth(3)).toContainText("2026-11-27 17:00");

  // Impact: numbers validated, durations computed.
  const impact = page.getByRole("region", { name: "Impact" });
  await impact.getByLabel("Orders affected").fill("two hundred");
  await expect(impact.getByRole("alert")).toContainText("is not a whole number");
  await impact.getByLabel("Orders affected").fill("212");
  await expect(impact.getByRole("alert")).toBeHidden();
  // A currency sign would be lost or contradict the Currency field: the message says where
  // the currency goes.
  await impact.getByLabel("Revenue lost").fill("$9,300.50");
  await expect(impact.getByRole("alert")).toContainText("Type the amount without “$” (9,300.50), and the currency's code in Currency");
  await impact.getByLabel("Revenue lost").fill("9,300.50");
  await expect(impact.getByRole("alert")).toBeHidden();
  await impact.getByLabel("Currency").fill("usd");
  await expect(impact).toContainText("time to detect: 5 min");
  await expect(impact).toContainText("time to resolve: 3 h 00 min");

  // The gap between the two tools is 3 hours, as the export shows.
  await page.getByRole("link", { name: "Review" }).click();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Markdown" }).click();
  const markdown = await readFile(await (await downloadPromise).path(), "utf8");
  // One line per fact, time and fact first, in the zone most facts were recorded in.
  expect(markdown).toContain(
    "- **F1** · 2026-11-27 09:00 America/New_York — Sale email sent (2026-11-27 14:00 UTC · source: email tool · Event)",
  );
  expect(markdown).toContain(
    "— Discount code became active (2026-11-27 17:00 UTC · +2 h 55 min since the previous fact · recorded as 2026-11-27 09:00 America/Los_Angeles · source: promo tool · Resolution)",
  );
  expect(markdown).toContain("- **F2** · 2026-11-27 12:00 America/New_York — Discount code became active");
  // The zones in one line; the advice to check every tool is the writer's, not the reader's.
  expect(markdown).toContain("- **Times:** America/New_York, with UTC alongside; facts were recorded in ");
  expect(markdown).not.toContain("Check that every tool");
  expect(markdown).toContain("- **Orders affected:** 212");
  expect(markdown).toContain("- **Revenue lost:** 9,300.50 USD");
  expect(markdown).toContain("time to resolve: 3 h 00 min");
  expect(markdown).toContain("- **F4**: 212 carts abandoned");

  // Everything survives a reload.
  await page.reload();
  await page.getByRole("link", { name: "Facts" }).click();
  await expect(page.getByLabel("Time zone of fact 2", { exact: true })).toHaveValue("America/Los_Angeles");
  await expect(page.getByRole("region", { name: "Impact" }).getByLabel("Revenue lost")).toHaveValue("9,300.50");
});

test("EST typed on a summer date is flagged; unknown zones are explained; offsets are zones", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "New post-mortem" }).click();
  await addFact(page, 1, { text: "Deploy started", when: "2026-07-03T09:00", zone: "EST" });
  await expect(page.getByRole("listitem").filter({ hasText: "EST and EDT differ by 1 h 00 min" }).first()).toBeVisible();
  await page.getByLabel("Time zone of fact 1", { exact: true }).fill("Mars/Base");
  await expect(page.getByText("“Mars/Base” is not a time zone this browser knows").first()).toBeVisible();
  // A city typed as a zone gets its zone's name suggested.
  await page.getByLabel("Time zone of fact 1", { exact: true }).fill("London");
  await expect(page.getByText("“London” is not a time zone name this browser knows").first()).toContainText(
    "Did you mean Europe/London?",
  );
  // An offset copied from a log or a calendar invite is a zone too.
  await page.getByLabel("Time zone of fact 1", { exact: true }).fill("UTC-5");
  await expect(page.getByText("is not a time zone")).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Timeline" })).toContainText("Deploy started");
  await page.getByLabel("Time zone of fact 1", { exact: true }).fill("America/New_York");
  await expect(page.getByText("is not a time zone")).toHaveCount(0);
  // The next fact starts in the zone of the one before it, not the browser's (Berlin).
  await page.getByRole("button", { name: "Add fact" }).click();
  await expect(page.getByLabel("Time zone of fact 2", { exact: true })).toHaveValue("America/New_York");
});

test("causes and actions carry their kind, category, status and coverage", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "New post-mortem" }).click();
  await addFact(page, 1, { text: "Code live 3 hours late", when: "2026-11-27T12:00", zone: "America/New_York" });
  await page.getByRole("link", { name: "Causes" }).click();
  await page.getByRole("button", { name: "Add cause" }).click();
  // A blank new cause claims nothing yet, so it is not marked as lacking a fact either.
  await expect(box(page, "Cause 1")).toBeFocused();
  await expect(page.getByText("No fact linked yet")).toHaveCount(0);
  await box(page, "Cause 1").fill("Two tools scheduled in different zones");
  await expect(page.getByText("No fact linked yet")).toBeVisible();
  await page.getByRole("checkbox", { name: /F1 · Code live/ }).check();
  await expect(page.getByText("No fact linked yet")).toHaveCount(0);
  await expect(page.getByLabel("Type of cause 1")).toHaveValue("root");
  await page.getByLabel("Category of cause 1").selectOption({ label: "Scheduling / timing" });

  await page.getByRole("link", { name: "Review" }).click();
  const hints = page.getByRole("region", { name: "Still open" });
  await expect(hints).toContainText("No action addresses the root cause");

  await page.getByRole("link", { name: "Actions" }).click();
  await page.getByRole("button", { name: "Add action" }).click();
  await box(page, "Action 1").fill("Add a time-zone check to the launch checklist");
  await page.getByLabel("Due date of action 1").fill("2020-01-01");
  await expect(page.getByText("Overdue")).toBeVisible();
  await page.getByLabel("Status of action 1").selectOption({ label: "Won't do" });
  await expect(page.getByText("Overdue")).toHaveCount(0);
  await box(page, "Why action 1 won't be done").fill("Replaced by a tool change");
  await page.getByLabel("Priority of action 1").selectOption({ label: "High" });
  await page.getByLabel("Type of action 1").selectOption({ label: "Prevent" });

  await page.getByRole("link", { name: "Review" }).click();
  await expect(hints).toContainText("does not trace to a cause");
  await expect(hints).toContainText("No action addresses the root cause");
  const preview = page.getByRole("article", { name: "Post-mortem preview" });
  await expect(preview).toContainText("Root cause · Scheduling / timing");
  const row = preview.getByRole("table", { name: "Actions" }).getByRole("row").nth(1);
  await expect(row).toContainText("Prevent");
  await expect(row).toContainText("High");
  await expect(row).toContainText("Won't do: Replaced by a tool change");

  // Lifecycle: the date a stage is reached is shown.
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Closed" });
  await expect(page.getByText(/Closed on \d{4}-\d{2}-\d{2}/)).toBeVisible();
});

test("on a phone each timeline card names the zone of its time", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  await page.getByRole("button", { name: "Open the worked example" }).click();
  await page.getByRole("link", { name: "Facts" }).click();
  const first = page.getByRole("table", { name: "Timeline" }).getByRole("row").nth(1).locator("td.timeline__time");
  // The column's header, which names the zone, is hidden on a phone: the card says it.
  await first.scrollIntoViewIfNeeded();
  await expect.poll(() => first.innerText()).toBe("2026-11-27 09:00 America/New_York");
  // So does the UTC time, when shown.
  await page.getByRole("region", { name: "Timeline" }).getByLabel("Show UTC").check();
  const utc = page.getByRole("table", { name: "Timeline" }).getByRole("row").nth(1).locator("td.timeline__utc");
  await expect.poll(() => utc.innerText()).toBe("2026-11-27 14:00 UTC");
  await page.setViewportSize({ width: 1280, height: 800 });
  await first.scrollIntoViewIfNeeded();
  await expect.poll(() => first.innerText()).toBe("2026-11-27 09:00");
});
