// `build`: crawl when there is no database yet (or when asked), build the Astro site from the
// database, then publish the data downloads beside it. Astro empties outDir, so the downloads are
// written after it runs.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HubLikesConfig } from "../data-loaders/config.ts";
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
  await runAstroBuild(config);
  const { files } = await exportData(config.dbPath, path.join(config.outDir, "data"));
  log(`wrote ${files.length} data files into ${path.join(config.outDir, "data")}`);
}

/** Astro runs in its own process: its Vite server and tsx's loader do not share one process well. */
function runAstroBuild(config: HubLikesConfig): Promise<void> {
  const astroBin = path.join(projectRoot, "node_modules", "astro", "astro.js");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, "build", "--silent", "--outDir", config.outDir], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, HUB_LIKES_DB: config.dbPath, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`astro build failed (${signal ?? `exit code ${code}`}); its output is above.`));
    });
  });
}
