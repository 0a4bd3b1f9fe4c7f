// `build`: crawl when there is no database yet (or when asked), build the Astro site from the
// database, then publish the data downloads beside it. Astro empties outDir, so the downloads are
// written after it runs.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, type HubLikesConfig } from "../data-loaders/config.ts";
import { crawl } from "../data-loaders/crawl.ts";
import { exportData } from "../data-loaders/db/export.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface BuildOptions {
  /** Crawl even when a database exists. */
  recrawl?: boolean;
  log?: (line: string) => void;
}

export async function buildSite(config: HubLikesConfig, options: BuildOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.error(line));
  if (options.recrawl || !existsSync(config.dbPath)) {
    log(existsSync(config.dbPath) ? "crawling again (--refresh)" : `no database at ${config.dbPath}: crawling first`);
    await crawl(config, { log, refresh: options.recrawl });
  } else {
    log(`using the database at ${config.dbPath} (pass --refresh to crawl again)`);
  }
  log(`building the site into ${config.outDir}`);
  await runAstro(["build", "--silent", "--outDir", config.outDir], config.dbPath);
  const { files } = await exportData(config.dbPath, path.join(config.outDir, "data"));
  log(`wrote ${files.length} data files into ${path.join(config.outDir, "data")}`);
}

/**
 * Runs an Astro command on the given database. Astro runs in its own process: its Vite server
 * and tsx's loader do not share one process well.
 */
export function runAstro(args: string[], dbPath: string): Promise<void> {
  const astroBin = path.join(projectRoot, "node_modules", "astro", "astro.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, HUB_LIKES_DB: dbPath, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`astro ${args[0]} failed (${signal ?? `exit code ${code}`}); its output is above.`));
    });
  });
}

/**
 * `dev`: the Astro dev server on the crawled database, or on the sample's when only that exists,
 * so a newcomer can edit pages right after `npm run build:sample`.
 */
export async function runDevServer(config: HubLikesConfig, sampleDbPath: string): Promise<void> {
  const dbPath = [config.dbPath, sampleDbPath].find((candidate) => existsSync(candidate));
  if (!dbPath) {
    throw new ConfigError(
      `no database to show: neither ${config.dbPath} nor ${sampleDbPath} exists. Run \`npm run build:sample\` (offline) or \`npm run crawl\` first.`,
    );
  }
  console.error(`dev server on ${dbPath}`);
  await runAstro(["dev"], dbPath);
}
