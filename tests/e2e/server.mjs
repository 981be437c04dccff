// A tiny static file server for the end-to-end tests: serves dist/ on 127.0.0.1 with the
// right MIME types (wasm must be application/wasm), optionally under a sub-path, and
// optionally brotli-compressed as real static hosts serve it (the benchmark's phone
// profile: a phone downloads the compressed bytes).
// Usage: node tests/e2e/server.mjs [--port N] [--base /sub/path/] [--dir dist] [--compress yes]
import { createServer } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
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
const compress = args.compress === "yes";
const compressed = new Map();

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
    let body = await readFile(path);
    const headers = {
      "content-type": types[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    };
    // Chromium offers brotli only over HTTPS, so on this plain-HTTP loopback it gets gzip.
    const accepts = req.headers["accept-encoding"] ?? "";
    const encoding = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : null;
    if (compress && encoding && extname(path) !== ".png") {
      const key = `${encoding} ${path}`;
      if (!compressed.has(key)) {
        compressed.set(
          key,
          encoding === "br"
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }),
        );
      }
      body = compressed.get(key);
      headers["content-encoding"] = encoding;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
