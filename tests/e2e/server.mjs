// A tiny static file server for the end-to-end tests: serves dist/ on 127.0.0.1 with the
// right MIME types (wasm must be application/wasm), optionally under a sub-path.
// Usage: node tests/e2e/server.mjs [--port N] [--base /sub/path/] [--dir dist]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.dir ?? "dist");
const base = args.base ?? "/";
const port = Number(args.port ?? 0);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end("not found");
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(base.length));
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  const path = normalize(join(root, rel));
  if (!path.startsWith(root)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  try {
    if (!(await stat(path)).isFile()) throw new Error("not a file");
    const body = await readFile(path);
    res.writeHead(200, {
      "content-type": types[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
