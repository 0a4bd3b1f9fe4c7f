// `npm run crawl`: the crawl with a progress display, and Ctrl-C that stops cleanly. The first
// SIGINT stops new requests, cancels those in flight and says what was kept and how to resume
// (exit code 130, the shell's convention for SIGINT); a second one quits at once. Nothing is lost
// either way: every answer is in the cache before it is used, and a SIGKILL is just as safe.
import type { HubLikesConfig } from "../data-loaders/config.ts";
import { crawl, CrawlInterruptedError } from "../data-loaders/crawl.ts";
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
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    progress.log("stopping: cancelling requests in flight (Ctrl-C again to quit at once)");
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  try {
    await crawl(config, {
      refresh: options.refresh,
      authorTtlDays: options.authorTtlDays,
      verbose: options.verbose,
      signal: controller.signal,
      progress,
    });
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
