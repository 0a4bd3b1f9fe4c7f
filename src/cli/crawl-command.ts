// `npm run crawl`: the crawl with a progress display, and Ctrl-C that stops cleanly. The first
// SIGINT stops new requests, cancels those in flight and says what was kept and how to resume
// (exit code 130, the shell's convention for SIGINT); a second one quits at once. Nothing is lost
// either way: every answer is in the cache before it is used, and a SIGKILL is just as safe.
// A SIGINT during the database write lets the write finish, then exits 130 all the same: by then
// everything is fetched and enriched, and the write is the last and shortest step, so finishing it
// keeps the run's work; whoever cannot wait presses Ctrl-C again, and the write (to a temporary
// file renamed into place only when complete) is abandoned with the previous database intact.
import type { HubLikesConfig } from "../config/config.ts";
import { crawl, CrawlInterruptedError } from "../data-loaders/crawl/crawl.ts";
import { createProgressDisplay, type ProgressOptions } from "./progress.ts";

export const EXIT_INTERRUPTED = 130;

export interface CrawlCommandOptions {
  refresh: boolean;
  authorTtlDays?: number;
  verbose?: boolean;
  progress?: ProgressOptions;
}

export async function runCrawlCommand(config: HubLikesConfig, options: CrawlCommandOptions): Promise<number> {
  const progress = createProgressDisplay(options.progress);
  const controller = new AbortController();
  let writingDatabase = false;
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    progress.log(
      writingDatabase
        ? "stopping: finishing the database write first, everything is fetched (Ctrl-C again to quit at once and keep the previous database)"
        : "stopping: cancelling requests in flight (Ctrl-C again to quit at once)",
    );
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  try {
    const { run } = await crawl(config, {
      refresh: options.refresh,
      authorTtlDays: options.authorTtlDays,
      verbose: options.verbose,
      signal: controller.signal,
      onDatabaseWrite: () => {
        writingDatabase = true;
      },
      progress,
    });
    if (controller.signal.aborted) {
      progress.stop();
      progress.log(
        `interrupted during the database write, which was finished first: ${config.dbPath} holds ` +
          `all ${run.models} models and ${run.authors} authors of this crawl.`,
      );
      return EXIT_INTERRUPTED;
    }
    return 0;
  } catch (error) {
    if (error instanceof CrawlInterruptedError) {
      progress.stop();
      progress.log(error.message);
      return EXIT_INTERRUPTED;
    }
    throw error;
  } finally {
    process.off("SIGINT", onSigint);
    progress.stop();
  }
}
