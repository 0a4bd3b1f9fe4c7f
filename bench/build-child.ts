// One step of a build from a warm cache, in its own process so that its time and memory can be
// measured from outside. The steps are separate processes because that is how the scheduled
// deploy runs them (`npm run crawl`, then `npm run build` on the database it wrote):
//   database <cacheDir> <dbPath>  rebuild the database from the raw response cache, no request
//                                 (what `npm run crawl -- --offline --refresh` does);
//   site <dbPath> <outDir>        build the site and the downloads from it (`npm run build`).
import { normalizeConfig } from "../src/config/config.ts";
import { crawl } from "../src/data-loaders/crawl/crawl.ts";
import { buildSite } from "../src/cli/build-site.ts";

const USAGE = "usage: node --import tsx bench/build-child.ts database <cacheDir> <dbPath> | site <dbPath> <outDir>";
const [step, first, second] = process.argv.slice(2);
if (!first || !second || (step !== "database" && step !== "site")) {
  console.error(USAGE);
  process.exit(2);
}
const quiet = () => {};
if (step === "database") {
  await crawl(normalizeConfig({ cacheDir: first, dbPath: second, offline: true, limit: null }, {}), { refresh: true, log: quiet });
} else {
  // No limit here: the benchmark measures the site and holds it to the host's limit in its report.
  await buildSite(
    normalizeConfig({ dbPath: first, outDir: second, offline: true, limit: null, siteLimitBytes: Number.MAX_SAFE_INTEGER }, {}),
    {
      log: quiet,
    },
  );
}
