// Runs in its own process, so that its time and memory can be measured from outside: rebuild the
// database from the raw response cache (no request: offline), then build the site from it, which
// is what `npm run build -- --offline --refresh` does. Prints one JSON line per finished phase.
import { normalizeConfig } from "../src/data-loaders/config.ts";
import { crawl } from "../src/data-loaders/crawl.ts";
import { buildSite } from "../src/cli/build-site.ts";

const [cacheDir, dbPath, outDir] = process.argv.slice(2);
if (!cacheDir || !dbPath || !outDir) {
  console.error("usage: node --import tsx bench/build-child.ts <cacheDir> <dbPath> <outDir>");
  process.exit(2);
}
const config = normalizeConfig({ cacheDir, dbPath, outDir, offline: true, limit: null }, {});
const quiet = () => {};

let started = performance.now();
await crawl(config, { refresh: true, log: quiet });
console.log(JSON.stringify({ phase: "database", ms: performance.now() - started }));
started = performance.now();
await buildSite(config, { log: quiet });
console.log(JSON.stringify({ phase: "site", ms: performance.now() - started }));
