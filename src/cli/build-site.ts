// `build`: crawl when there is no database yet (or when asked), export the data downloads, build
// the Astro site from the database, then move the downloads beside it. The data comes first so
// the pages can state its size (the SQL console's download); Astro empties outDir, so the
// downloads wait in a folder of their own until it has run.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HubLikesConfig } from "../data-loaders/config.ts";
import { ReportSourceError } from "../lib/report.ts";
import { DATA_DIR_VARIABLE } from "../lib/sql-console-size.ts";
import { crawl } from "../data-loaders/crawl.ts";
import { exportData } from "../data-loaders/db/export.ts";
import { appendHistory } from "../data-loaders/history/append.ts";
import { defaultHistoryFile } from "../data-loaders/history/history-file.ts";
import { loadHistoryIntoDatabase } from "../data-loaders/history/load.ts";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

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
}

export async function buildSite(config: HubLikesConfig, options: BuildOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.error(line));
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

  const staging = await mkdtemp(path.join(await stagingRoot(), "data-"));
  try {
    const { files } = await exportData(config.dbPath, staging);
    await cp(historyFile, path.join(staging, "history.parquet"));
    log(`building the site into ${config.outDir}`);
    await buildInto(config.outDir, config.dbPath, staging);
    const dataDir = path.join(config.outDir, "data");
    await moveInto(staging, dataDir);
    log(`wrote ${files.length + 1} data files into ${dataDir}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function stagingRoot(): Promise<string> {
  const root = path.join(projectRoot, "node_modules", ".cache", "hub-likes-builds");
  await mkdir(root, { recursive: true });
  return root;
}

/** Replaces `target` with the folder `from`, by a rename when both are on one file system. */
async function moveInto(from: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await mkdir(path.dirname(target), { recursive: true });
  await rename(from, target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EXDEV") throw error;
    await cp(from, target, { recursive: true });
  });
}

/**
 * Astro stages its server chunks inside outDir when outDir lies under the project, and
 * otherwise in <root>/.astro/, where two builds at once (tests, a benchmark beside a build)
 * overwrite each other's chunks; the chunks also need the project's node_modules. So an outDir
 * elsewhere is built in a private folder under the project and moved into place afterwards.
 */
async function buildInto(outDir: string, dbPath: string, dataDir: string): Promise<void> {
  if (isInside(outDir, projectRoot)) {
    await runAstro(["build", "--silent", "--outDir", outDir], dbPath, dataDir);
    return;
  }
  const staging = await mkdtemp(path.join(await stagingRoot(), "dist-"));
  try {
    await runAstro(["build", "--silent", "--outDir", staging], dbPath, dataDir);
    await moveInto(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, path.resolve(child));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/**
 * Runs an Astro command on the given database (and, for a build, the exported data the pages
 * describe). Astro runs in its own process: its Vite server and tsx's loader do not share one
 * process well.
 */
export function runAstro(args: string[], dbPath: string, dataDir?: string): Promise<void> {
  const astroBin = path.join(projectRoot, "node_modules", "astro", "astro.js");
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
