// What the end-to-end specs share: every test fails on an uncaught page error or a console
// error in any page of its browser context (a wasm panic prints one), except the exact
// messages the test itself declares it provokes, with `allowConsoleError(/…/)`; and finding
// a text field by its exact accessible name.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  errorWatch: [
    async ({ context }, use) => {
      const watch = { allowed: [], problems: [] };
      const observe = (page) => {
        page.on("pageerror", (error) => watch.problems.push(`page error: ${error.message}`));
        page.on("console", (m) => {
          if (m.type() !== "error" || watch.allowed.some((pattern) => pattern.test(m.text()))) return;
          watch.problems.push(`console error: ${m.text()}`);
        });
      };
      context.pages().forEach(observe);
      context.on("page", observe);
      await use(watch);
      expect(watch.problems).toEqual([]);
    },
    { auto: true },
  ],
  // Allows console errors matching `pattern` in this test only (one the test provokes).
  allowConsoleError: async ({ errorWatch }, use) => {
    await use((pattern) => errorWatch.allowed.push(pattern));
  },
});

export { expect };

export const box = (page, name) => page.getByRole("textbox", { name, exact: true });
