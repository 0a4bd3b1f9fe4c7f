// `build`: crawl when there is no database yet (or when asked), export the data downloads, build
// the Astro site from the database, put the downloads beside it, and swap the finished site into
// the output folder (see output-folder.ts for which folders a build may replace). The data comes
// first so the pages can state its size (the SQL console's download).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HubLikesConfig } from "../config/config.ts";
import { ReportSourceError } from "../lib/report.ts";
import { DATA_DIR_VARIABLE } from "../lib/sql-console-size.ts";
import { crawl } from "../data-loaders/crawl/crawl.ts";
import { exportData } from "../data-loaders/db/export.ts";
import { checkSiteSize } from "./site-size.ts";
import { appendHistory } from "../data-loaders/history/append.ts";
import { defaultHistoryFile } from "../data-loaders/history/history-file.ts";
import { loadHistoryIntoDatabase } from "../data-loaders/history/load.ts";
import { checkOutputFolder, keptFolders, markOutputFolder, swapInOutputFolder, type KeptFolders } from "./output-folder.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
/**
 * The new site is built here and swapped into the output folder when complete. Astro stages its
 * server chunks inside outDir when outDir lies under the project, and otherwise in <root>/.astro/,
 * where two builds at once (tests, a benchmark beside a build) overwrite each other's chunks; the
 * chunks also need the project's node_modules. A private folder under the project avoids both.
 */
const stagingRoot = path.join(projectRoot, "node_modules", ".cache", "hub-likes-builds");

export interface BuildOptions {
  /** Crawl even when a database exists. */
  recrawl?: boolean;
  /**
   * "continue" (default) adds this crawl to the history beside the database, so local and
   * scheduled builds accumulate snapshots; "fresh" starts a new history with this crawl alone
   * (the sample build, whose every run is the same generated Hub).
   */
  history?: "continue" | "fresh";
  log?: (line: string) => void;
  /** Tests stand in their own home folder or working directory; see output-folder.ts. */
  keptFolders?: Partial<KeptFolders>;
}

export async function buildSite(config: HubLikesConfig, options: BuildOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.error(line));
  const kept = keptFolders({ projectRoot, cacheDir: config.cacheDir, dbPath: config.dbPath, stagingRoot, ...options.keptFolders });
  // Before anything is crawled: a folder the build may not replace is refused at once.
  await checkOutputFolder(config.outDir, kept);
  if (options.recrawl || !existsSync(config.dbPath)) {
    log(existsSync(config.dbPath) ? "crawling again (--refresh)" : `no database at ${config.dbPath}: crawling first`);
    await crawl(config, { log, refresh: options.recrawl });
  } else {
    log(`using the database at ${config.dbPath} (pass --refresh to crawl again)`);
  }
  const historyFile = defaultHistoryFile(config.dbPath);
  const previousHistory = options.history !== "fresh" && existsSync(historyFile) ? historyFile : null;
  const appended = await appendHistory(previousHistory, config.dbPath, historyFile);
  await loadHistoryIntoDatabase(config.dbPath, historyFile);
  log(`history: ${appended.snapshots} snapshot${appended.snapshots === 1 ? "" : "s"} in ${historyFile}`);

  log(`building the site into ${config.outDir}`);
  await mkdir(stagingRoot, { recursive: true });
  const staging = await mkdtemp(path.join(stagingRoot, "dist-"));
  // The downloads are exported before Astro runs, since the pages state their sizes (the SQL
  // console's download); Astro empties its outDir, so they wait beside it and move in afterwards.
  const dataStaging = await mkdtemp(path.join(stagingRoot, "data-"));
  try {
    const { files } = await exportData(config.dbPath, dataStaging);
    await cp(historyFile, path.join(dataStaging, "history.parquet"));
    await runAstro(["build", "--silent", "--outDir", staging], config.dbPath, dataStaging);
    await rename(dataStaging, path.join(staging, "data"));
    const { bytes } = checkSiteSize(staging, config.siteLimitBytes);
    log(`site: ${(bytes / 1e6).toFixed(1)} MB of the host's ${(config.siteLimitBytes / 1e6).toFixed(0)} MB`);
    await markOutputFolder(staging, new Date());
    await swapInOutputFolder(staging, config.outDir, kept);
    log(`wrote ${files.length + 1} data files into ${path.join(config.outDir, "data")}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(dataStaging, { recursive: true, force: true });
  }
}

/**
 * Runs an Astro command on the given database (and, for a build, the exported data the pages
 * describe). Astro runs in its own process: its Vite server and tsx's loader do not share one
 * process well.
 */
export function runAstro(args: string[], dbPath: string, dataDir?: string): Promise<void> {
  const astroBin = path.join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        HUB_LIKES_DB: dbPath,
        ...(dataDir === undefined ? {} : { [DATA_DIR_VARIABLE]: dataDir }),
        ASTRO_TELEMETRY_DISABLED: "1",
      },
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
    throw new ReportSourceError(
      `no database to show: neither ${config.dbPath} nor ${sampleDbPath} exists. Run \`npm run build:sample\` (offline) or \`npm run crawl\` first.`,
    );
  }
  console.error(`dev server on ${dbPath}`);
  await runAstro(["dev"], dbPath);
}
