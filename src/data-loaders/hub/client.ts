// The only code that speaks HTTP to the Hub. Every request goes through `get`, which knows the
// cache, the rate-limit buckets, retries with backoff, timeouts and the token. One attempt is
// request-attempt.ts; what is cached, and when a cached answer stands in, is cached-answers.ts.
import { BucketGate } from "./bucket-gate.ts";
import { createCachedAnswers } from "./cached-answers.ts";
import {
  BUCKETS,
  type Bucket,
  type ByteRange,
  type GetOptions,
  type HubClient,
  type HubClientOptions,
  type HubClientStats,
  type HubResponse,
} from "./client-types.ts";
import { HubError, InterruptedError } from "./errors.ts";
import { assumedQuotas, DOCUMENTED_WINDOW_SECONDS, parseRateLimit, parseRateLimitPolicy, type RateLimitPolicy } from "./rate-limit.ts";
import { formatMs } from "../../lib/format.ts";
import { attemptRequest, PACING_MARGIN_MS, type Attempt, type BodyKind } from "./request-attempt.ts";

export * from "./client-types.ts";
export { HubError, InterruptedError } from "./errors.ts";

/**
 * Concurrent requests per bucket. The API bucket's 500 requests per 5 minutes go by in seconds at
 * 4 in flight, so more would only reach the pause sooner; pages are the scarcest bucket (100).
 */
export const DEFAULT_CONCURRENCY: Readonly<Record<Bucket, number>> = { api: 4, resolvers: 4, pages: 2 };

const DEFAULTS = {
  maxRetries: 5,
  timeoutMs: 30_000,
  backoffMs: 500,
  maxBackoffMs: 30_000,
  /** Requests kept in hand per window (see BucketGate). */
  pacingReserve: 1,
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHubClient(options: HubClientOptions): HubClient {
  const endpoint = options.endpoint.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));
  const maxRetries = options.maxRetries ?? DEFAULTS.maxRetries;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const backoffMs = options.backoffMs ?? DEFAULTS.backoffMs;
  const maxBackoffMs = options.maxBackoffMs ?? DEFAULTS.maxBackoffMs;
  const cache = createCachedAnswers({ endpoint, cacheDir: options.cacheDir, now });

  const quotas = { ...assumedQuotas(Boolean(options.token)), ...options.quotas };
  const windowMs = (options.quotas?.windowSeconds ?? DOCUMENTED_WINDOW_SECONDS) * 1000;
  const gates = Object.fromEntries(
    BUCKETS.map((bucket) => [
      bucket,
      new BucketGate({
        concurrency: concurrencyOf(options.concurrency, bucket),
        reserve: DEFAULTS.pacingReserve,
        marginMs: PACING_MARGIN_MS,
        policy: { quota: quotas[bucket], windowMs },
        now,
      }),
    ]),
  ) as Record<Bucket, BucketGate>;
  const signal = options.signal;

  const counters: HubClientStats = {
    requests: { api: 0, pages: 0, resolvers: 0 },
    requestsBySource: {},
    cacheHits: 0,
    retries: 0,
    rateLimited: 0,
    waitMs: 0,
    waits: 0,
    fetched: 0,
    policies: {},
  };

  /** End of the latest wait so far: concurrent waits overlap, and the run pays for them once. */
  let waitingUntil = 0;
  async function wait(ms: number): Promise<void> {
    if (ms <= 0) return;
    throwIfInterrupted();
    const start = now();
    const end = start + ms;
    counters.waitMs += Math.max(0, end - Math.max(start, waitingUntil));
    counters.waits++;
    waitingUntil = Math.max(waitingUntil, end);
    await interruptible(sleep(ms));
  }

  function throwIfInterrupted(): void {
    if (signal?.aborted) throw new InterruptedError();
  }

  /** A wait that ends early, with InterruptedError, when the signal fires. */
  function interruptible<T>(promise: Promise<T>): Promise<T> {
    if (!signal) return promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new InterruptedError());
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      promise.then(
        (value) => {
          signal.removeEventListener("abort", onAbort);
          resolve(value);
        },
        (error) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      );
    });
  }

  function resolveUrl(pathOrUrl: string): URL {
    const url = /^https?:\/\//i.test(pathOrUrl)
      ? new URL(pathOrUrl)
      : new URL(`${endpoint}${pathOrUrl.startsWith("/") ? "" : "/"}${pathOrUrl}`);
    // The Hub counts a GET or HEAD of config.json through /resolve/ as a download of the model,
    // which would inflate the very numbers the report measures. The API's `config` field has it.
    if (url.pathname.includes("/resolve/") && url.pathname.endsWith("config.json")) {
      throw new HubError(
        `refusing to fetch ${url.href}: the Hub counts a config.json download through /resolve/ as a ` +
          `download of the model. Use the "config" field of /api/models (expand[]=config) instead.`,
        { url: url.href, status: null },
      );
    }
    return url;
  }

  function isOnEndpoint(url: URL): boolean {
    return url.href.startsWith(`${endpoint}/`);
  }

  function guessBucket(url: URL): Bucket {
    if (url.pathname.includes("/resolve/")) return "resolvers";
    if (url.pathname.startsWith("/api/")) return "api";
    return "pages";
  }

  function observeRateLimit(response: Response, bucket: Bucket): void {
    // The policy first: the gate's own count follows the window the Hub announces.
    for (const policy of parseRateLimitPolicy(response.headers.get("ratelimit-policy"))) {
      recordPolicy(policy, bucket);
    }
    for (const reading of parseRateLimit(response.headers.get("ratelimit"))) {
      const named = BUCKETS.includes(reading.bucket as Bucket) ? (reading.bucket as Bucket) : bucket;
      const gate = gates[named];
      // The request that got this answer still holds its slot; only the others were sent after.
      const othersInFlight = Math.max(0, gate.inFlight - (named === bucket ? 1 : 0));
      gate.observe(reading.remaining, reading.resetSeconds, othersInFlight);
    }
  }

  function recordPolicy(policy: RateLimitPolicy, fallback: Bucket): void {
    const bucket = BUCKETS.includes(policy.bucket as Bucket) ? (policy.bucket as Bucket) : fallback;
    const known = counters.policies[bucket];
    if (!known || known.quota !== policy.quota || known.windowSeconds !== policy.windowSeconds) {
      counters.policies[bucket] = { quota: policy.quota, windowSeconds: policy.windowSeconds };
      gates[bucket].setPolicy(policy.quota, policy.windowSeconds * 1000);
      log(`Hub quota for "${bucket}": ${policy.quota} requests per ${policy.windowSeconds}s`);
    }
  }

  function backoff(attempt: number): number {
    const exponential = Math.min(maxBackoffMs, backoffMs * 2 ** attempt);
    // Full jitter in the upper half: spreads retries of concurrent requests apart.
    return Math.round(exponential * (0.5 + Math.random() * 0.5));
  }

  const attemptContext = {
    fetch: fetchImpl,
    token: options.token,
    sendsToken: isOnEndpoint,
    signal,
    timeoutMs,
    maxBackoffMs,
    now,
    throwIfInterrupted,
    observeRateLimit,
    rateLimited: (bucket: Bucket, waitMs: number) => {
      counters.rateLimited++;
      gates[bucket].pause(waitMs);
    },
    backoff,
  };

  async function fetchWithRetries(
    url: URL,
    key: string,
    bucket: Bucket,
    kind: BodyKind,
    allowNotFound: boolean,
    range: ByteRange | null,
    source: string | undefined,
  ) {
    const gate = gates[bucket];
    for (let attempt = 0; ; attempt++) {
      let result: Attempt;
      throwIfInterrupted();
      await gate.acquire();
      try {
        throwIfInterrupted();
        const { delayMs, until } = gate.delayBeforeNextRequest();
        if (delayMs > 0) {
          await wait(delayMs);
          gate.waited(until);
        }
        gate.sending();
        counters.requests[bucket]++;
        if (source !== undefined) counters.requestsBySource[source] = (counters.requestsBySource[source] ?? 0) + 1;
        result = await attemptRequest({ url, bucket, kind, allowNotFound, attempt, range }, attemptContext);
      } finally {
        gate.release();
      }
      if (result.kind === "done") return result;

      if (attempt >= maxRetries) {
        throw new HubError(
          `GET ${url.href} failed after ${attempt + 1} attempts: ${result.reason}` +
            `${result.requestId ? ` (x-request-id ${result.requestId})` : ""}. ` +
            `${result.status === 429 ? rateLimitedAdvice(Boolean(options.token)) : "The Hub or the network is having trouble; "}` +
            `wait a while and run again with the same flags: everything fetched so far is cached, so the rerun resumes here.`,
          { url: url.href, status: result.status, requestId: result.requestId },
        );
      }
      counters.retries++;
      // A 429 paused the whole gate already; the next pass through it does the waiting.
      const delay = result.waitMs ?? backoff(attempt);
      log(`retry ${attempt + 1}/${maxRetries} of GET ${key}: ${result.reason}${delay > 0 ? `; waiting ${formatMs(delay)}` : ""}`);
      await wait(delay);
    }
  }

  async function get(
    pathOrUrl: string,
    kind: BodyKind,
    getOptions: GetOptions = {},
    range: ByteRange | null = null,
  ): Promise<HubResponse<unknown>> {
    const url = resolveUrl(pathOrUrl);
    const key = cache.keyOf(url, range);
    const bucket = getOptions.bucket ?? guessBucket(url);
    const allowNotFound = getOptions.allowNotFound ?? false;

    if (options.offline || getOptions.cache !== "refresh") {
      const { cached, problem } = cache.lookUp(url, key, { allowNotFound, maxAgeMs: getOptions.maxAgeMs, offline: options.offline });
      if (cached) {
        counters.cacheHits++;
        options.onResponse?.({ key, bucket, status: cached.status, fromCache: true });
        return cached;
      }
      if (options.offline) {
        const what = problem ?? `${key} is not in the cache (${cache.dir})`;
        throw new HubError(`offline: ${what}. Run without --offline to fetch it from ${endpoint}.`, { url: url.href, status: null });
      }
      if (problem) log(`warning: ${problem}; fetching it again`);
    }

    const result = await fetchWithRetries(url, key, bucket, kind, allowNotFound, range, getOptions.source);
    const fetchedAt = now();
    cache.store(
      key,
      kind,
      { status: result.status, body: result.body, link: result.headers.link, contentType: result.headers.contentType, fetchedAt },
      getOptions.cacheBytes,
    );
    counters.fetched++;
    options.onResponse?.({ key, bucket, status: result.status, fromCache: false });
    return { url: url.href, status: result.status, body: result.body, headers: result.headers, fromCache: false, fetchedAt };
  }

  return {
    endpoint,
    getJson: <T>(pathOrUrl: string, getOptions?: GetOptions) => get(pathOrUrl, "json", getOptions) as Promise<HubResponse<T>>,
    getText: (pathOrUrl: string, getOptions?: GetOptions) => get(pathOrUrl, "text", getOptions) as Promise<HubResponse<string>>,
    getBytes: (pathOrUrl: string, range: ByteRange, getOptions?: GetOptions) => {
      if (!(Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && 0 <= range.start && range.start <= range.end)) {
        throw new RangeError(
          `byte range ${range.start}-${range.end} of ${pathOrUrl}: start and end must be whole numbers with 0 <= start <= end.`,
        );
      }
      return get(pathOrUrl, "bytes", getOptions, range) as Promise<HubResponse<Uint8Array>>;
    },
    stats: () => ({
      ...counters,
      requests: { ...counters.requests },
      requestsBySource: { ...counters.requestsBySource },
      policies: { ...counters.policies },
    }),
  };
}

function concurrencyOf(option: HubClientOptions["concurrency"], bucket: Bucket): number {
  const n = typeof option === "number" ? option : (option?.[bucket] ?? DEFAULT_CONCURRENCY[bucket]);
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`concurrency for the "${bucket}" bucket must be a whole number, 1 or more; got ${n}.`);
  }
  return n;
}

/** A client whose every request carries `defaults` unless the caller says otherwise. */
export function withGetOptions(client: HubClient, defaults: GetOptions): HubClient {
  return {
    endpoint: client.endpoint,
    getJson: (pathOrUrl, getOptions) => client.getJson(pathOrUrl, { ...defaults, ...getOptions }),
    getText: (pathOrUrl, getOptions) => client.getText(pathOrUrl, { ...defaults, ...getOptions }),
    getBytes: (pathOrUrl, range, getOptions) => client.getBytes(pathOrUrl, range, { ...defaults, ...getOptions }),
    stats: () => client.stats(),
  };
}

/** A client whose every request carries `maxAgeMs`: data with a TTL (authors) is fetched through it. */
export function withMaxAge(client: HubClient, maxAgeMs: number): HubClient {
  return withGetOptions(client, { maxAgeMs });
}

function rateLimitedAdvice(authenticated: boolean): string {
  return authenticated
    ? "The Hub kept refusing with 429 although the client waited as told; another process may share the token's quota. "
    : "The Hub kept refusing with 429; another process on this address may share the anonymous quota. " +
        "Setting HF_TOKEN to a read token about doubles the quotas. ";
}
