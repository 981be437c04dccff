// Starts a private copy of the static server (so a test can stop it to go offline).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function startServer({ base = "/", dir = "dist" } = {}) {
  const child = spawn(process.execPath, ["tests/e2e/server.mjs", "--port", "0", "--dir", dir, "--base", base], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+\S*)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.on("exit", resolve);
        child.kill();
      }),
  };
}
