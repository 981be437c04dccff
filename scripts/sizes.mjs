// Prints the raw and brotli (quality 11) size of every file in a built dist/ and the
// total transfer, and fails when it exceeds the budget in size-budget.json.
// Sizes are deterministic, so this is a check, not a flaky timing test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budget = JSON.parse(readFileSync(new URL("../size-budget.json", import.meta.url)));

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
let totalRaw = 0;
let totalBr = 0;
let wasmBr = 0;
console.log("size of dist/ (raw, brotli -q 11):");
for (const path of [...walk(dist)].sort()) {
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  totalRaw += bytes.length;
  totalBr += br;
  if (path.endsWith(".wasm")) wasmBr += br;
  console.log(`  ${kb(bytes.length)} ${kb(br)}  ${relative(dist, path)}`);
}
console.log(`  ${kb(totalRaw)} ${kb(totalBr)}  total (budget ${budget.total_brotli_kb} KB brotli)`);
console.log(`  wasm brotli ${kb(wasmBr)} (budget ${budget.wasm_brotli_kb} KB)`);
if (totalBr > budget.total_brotli_kb * 1024 || wasmBr > budget.wasm_brotli_kb * 1024) {
  console.error("size budget exceeded: see size-budget.json");
  process.exit(1);
}
