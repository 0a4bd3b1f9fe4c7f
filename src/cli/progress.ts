// What a crawl shows while it runs. On a terminal: one status line redrawn in place (stage and
// count, requests per bucket, rate-limit waits, ETA) with log lines printed above it. Otherwise, or
// when CI is set: the log lines as they are, plus a plain status line now and then, so CI logs and
// redirected output stay readable.
import type { CrawlProgress } from "../data-loaders/crawl/crawl.ts";
import type { HubClientStats } from "../data-loaders/hub/client.ts";
import { formatMs } from "../lib/format.ts";

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** How often the terminal line is redrawn. */
  redrawMs?: number;
  /** How often a plain status line is printed when there is no terminal. */
  plainEveryMs?: number;
}

export interface CrawlProgressDisplay extends CrawlProgress {
  /** Whether a redrawn bar is used (a TTY without CI) or plain lines. */
  readonly interactive: boolean;
  /** Draws the current state now (the timer does it on its own). */
  render(): void;
  /** Stops redrawing and leaves the terminal on a fresh line. */
  stop(): void;
}

/** A bar only where someone watches a terminal: CI runners often fake a TTY but keep a log. */
export function isInteractive(stream: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.CI;
}

const BAR_WIDTH = 20;
const CLEAR_LINE = "\r\x1b[K";

export function createProgressDisplay(options: ProgressOptions = {}): CrawlProgressDisplay {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  const now = options.now ?? Date.now;
  const interactive = isInteractive(stream, env);
  const startedAt = now();

  let stats: (() => HubClientStats) | null = null;
  let stage = { name: "starting", total: null as number | null, done: 0, startedAt };
  let barShown = false;
  let lastPlainAt = startedAt;

  function statusLine(): string {
    const parts: string[] = [];
    const { name, total, done } = stage;
    parts.push(total === null ? `${name} ${done}` : `${name} ${done}/${total}`);
    if (stats) {
      const s = stats();
      const requests = s.requests.api + s.requests.pages + s.requests.resolvers;
      parts.push(`${requests} requests (api ${s.requests.api}, pages ${s.requests.pages}, resolvers ${s.requests.resolvers})`);
      parts.push(`${s.cacheHits} cached`);
      if (s.waits > 0) parts.push(`${s.waits} rate-limit/backoff waits (${formatMs(s.waitMs)})`);
      if (s.rateLimited > 0) parts.push(`${s.rateLimited}×429`);
    }
    const eta = etaMs();
    if (eta !== null) parts.push(`ETA ${formatDuration(eta)}`);
    return parts.join(" · ");
  }

  function etaMs(): number | null {
    const { total, done, startedAt: since } = stage;
    if (total === null || done <= 0 || done >= total) return null;
    return ((now() - since) / done) * (total - done);
  }

  function bar(): string {
    const { total, done } = stage;
    if (total === null || total <= 0) return "";
    const filled = Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH));
    return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] `;
  }

  function render(): void {
    if (interactive) {
      const line = `${bar()}${statusLine()}`;
      const width = stream.columns && stream.columns > 10 ? stream.columns - 1 : line.length;
      stream.write(`${CLEAR_LINE}${line.slice(0, width)}`);
      barShown = true;
    } else {
      stream.write(`progress: ${statusLine()}\n`);
      lastPlainAt = now();
    }
  }

  const timer = setInterval(
    () => {
      if (interactive) render();
      else if (now() - lastPlainAt >= (options.plainEveryMs ?? 30_000)) render();
    },
    interactive ? (options.redrawMs ?? 200) : Math.min(options.plainEveryMs ?? 30_000, 5_000),
  );
  // The display never keeps a finished crawl's process alive.
  timer.unref();

  return {
    interactive,
    attach(getStats) {
      stats = getStats;
    },
    stage(name, total) {
      stage = { name, total, done: 0, startedAt: now() };
      if (interactive) render();
    },
    advance(done) {
      stage.done = done;
    },
    log(line) {
      if (interactive && barShown) {
        stream.write(`${CLEAR_LINE}${line}\n`);
        render();
      } else {
        stream.write(`${line}\n`);
      }
    },
    render,
    stop() {
      clearInterval(timer);
      if (interactive && barShown) stream.write(CLEAR_LINE);
      barShown = false;
    },
  };
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}
