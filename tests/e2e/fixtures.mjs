// What the end-to-end specs share: every test fails on an uncaught page error or (unless
// the spec expects some) a console error, since a wasm panic prints one; and finding a
// text field by its exact accessible name.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  // Storage faults are logged by the browser itself: specs that provoke them turn this off.
  consoleErrorsFail: [true, { option: true }],
  failOnErrors: [
    async ({ page, consoleErrorsFail }, use) => {
      const problems = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      if (consoleErrorsFail) {
        page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
      }
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const box = (page, name) => page.getByRole("textbox", { name, exact: true });
