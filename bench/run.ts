// `npm run bench`: runs the benchmarks, prints the markdown table, and with --write-docs puts it
// into docs/benchmarks.md between the bench markers.
import "../src/cli/require-node.ts";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runBenchmarks } from "./harness.ts";
import { BENCH_USAGE, BenchUsageError, parseBenchFlags } from "./options.ts";
import { writeBenchBlock } from "./docs-block.ts";
import { renderReport } from "./report.ts";

const benchmarksPagePath = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));

async function main(argv: string[]): Promise<void> {
  const options = parseBenchFlags(argv);
  if (options.help) {
    console.log(BENCH_USAGE);
    return;
  }
  const log = (line: string) => console.error(line);
  const results = await runBenchmarks({
    sizes: options.sizes,
    seed: options.seed,
    outDir: options.outDir,
    notebook: options.notebook,
    build: options.build,
    keep: options.keep,
    modelsJsonPageCap: options.modelsJsonPageCap,
    siteLimitBytes: options.siteLimitBytes,
    log,
    crawlLog: options.verbose ? (line) => console.error(`    ${line}`) : undefined,
  });
  const report = renderReport(results);
  console.log(report);
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${options.json}`);
  }
  if (options.writeDocs) {
    writeBenchBlock(benchmarksPagePath, report);
    log(`rewrote the benchmark block of ${path.relative(process.cwd(), benchmarksPagePath) || benchmarksPagePath}`);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error instanceof BenchUsageError ? `error: ${error.message}` : error);
  process.exit(1);
});
