// The only code that speaks HTTP to the Hub. Every request goes through `get`, which knows the
// cache, the rate-limit buckets, retries with backoff, timeouts and the token.
import { BucketGate } from "./bucket-gate.ts";
import { HubError, InterruptedError } from "./errors.ts";
import {
  assumedQuotas,
  DOCUMENTED_WINDOW_SECONDS,
  parseRateLimit,
  parseRateLimitPolicy,
  parseRetryAfter,
  type BucketQuotas,
  type RateLimitPolicy,
} from "./rate-limit.ts";
import { createResponseCache, type CachedResponse } from "./response-cache.ts";
import { formatMs } from "../../lib/format.ts";

export { HubError, InterruptedError } from "./errors.ts";

/** The Hub's three rate-limit buckets (docs/hub-api.md#rate-limits). */
export type Bucket = "api" | "pages" | "resolvers";
export const BUCKETS: readonly Bucket[] = ["api", "pages", "resolvers"];

export interface HubClientOptions {
  /** Base URL of the Hub, a mirror, or the mock Hub; no trailing slash needed. */
  endpoint: string;
  /** Sent as `Authorization: Bearer …` to the endpoint only; never stored or logged. */
  token: string | null;
  /** Responses are kept under `<cacheDir>/http/`. */
  cacheDir: string;
  /** Answer from the cache only; a miss is an error. */
  offline: boolean;
  fetch?: typeof fetch;
  /** Waiting for rate limits and backoff goes through this, so tests need not wait for real. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Retries after the first attempt, for faults that may pass (5xx, 429, resets, bad bodies). */
  maxRetries?: number;
  timeoutMs?: number;
  /** Concurrent requests: one number for every bucket, or per bucket (see DEFAULT_CONCURRENCY). */
  concurrency?: number | Partial<Record<Bucket, number>>;
  /**
   * Quotas per window assumed until the Hub announces its own in `RateLimit-Policy`; by default the
   * documented anonymous quotas, or the free user's when a token is set (docs/hub-api.md#rate-limits).
   */
  quotas?: Partial<BucketQuotas> & { windowSeconds?: number };
  /** Aborting it stops the client: requests in flight are cancelled, new ones throw InterruptedError. */
  signal?: AbortSignal;
  /** Told of every answer, from the network or the cache (progress display, tracing). */
  onResponse?: (event: HubResponseEvent) => void;
  /** First backoff delay; doubles per attempt, with jitter, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

export type CacheMode = "use" | "refresh";

export interface GetOptions {
  /** Which rate-limit bucket the request counts against; guessed from the path when omitted. */
  bucket?: Bucket;
  /** `refresh` skips a cached answer (and stores the new one). */
  cache?: CacheMode;
  /** 404 is an answer, not an error (e.g. "no such organisation"): returned, and cached. */
  allowNotFound?: boolean;
  /** A cached answer older than this is fetched again (a TTL, e.g. for author data); offline ignores it. */
  maxAgeMs?: number;
  /**
   * For getBytes: how many leading bytes of a fetched answer are worth keeping in the cache. A
   * speculative 256 KiB read of a weight file needs only its header (a few KiB), and at 100,000
   * models the rest would fill hundreds of megabytes of cache. The caller gets the whole answer.
   */
  cacheBytes?: (body: Uint8Array) => number;
}

/** Inclusive byte positions, as in `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface HubResponseEvent {
  /** The URL relative to the endpoint, as cached. */
  key: string;
  bucket: Bucket;
  status: number;
  fromCache: boolean;
}

export interface HubHeaders {
  link: string | null;
  contentType: string | null;
  rateLimit: string | null;
  rateLimitPolicy: string | null;
  requestId: string | null;
}

export interface HubResponse<T> {
  /** Absolute URL asked for. */
  url: string;
  status: number;
  /** null for an allowed 404. */
  body: T | null;
  headers: HubHeaders;
  fromCache: boolean;
}

export interface HubClientStats {
  /** Network requests per bucket, retries included. */
  requests: Record<Bucket, number>;
  cacheHits: number;
  retries: number;
  /** Responses with HTTP 429. */
  rateLimited: number;
  /** Time spent waiting for rate limits and backoff; overlapping waits of concurrent requests count once. */
  waitMs: number;
  /** Pauses for rate limits and backoff (each request's wait counts). */
  waits: number;
  /** Answers fetched over the network and written to the cache. */
  fetched: number;
  /** Quotas the Hub announced in `RateLimit-Policy`, per bucket. */
  policies: Partial<Record<Bucket, { quota: number; windowSeconds: number }>>;
}

export interface HubClient {
  readonly endpoint: string;
  getJson<T = unknown>(pathOrUrl: string, options?: GetOptions): Promise<HubResponse<T>>;
  getText(pathOrUrl: string, options?: GetOptions): Promise<HubResponse<string>>;
  /** Part of a file, with `Range` (weight file headers); a server that ignores the range is an error. */
  getBytes(pathOrUrl: string, range: ByteRange, options?: GetOptions): Promise<HubResponse<Uint8Array>>;
  stats(): HubClientStats;
}

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
  /** Headroom after a window's `t=`: the Hub reports whole seconds. */
  pacingMarginMs: 250,
  /** Requests kept in hand per window (see BucketGate). */
  pacingReserve: 1,
};

type BodyKind = "json" | "text" | "bytes";

/** One attempt's result: a usable response, or a reason to try again. */
type Attempt =
  | { kind: "done"; status: number; body: unknown; headers: HubHeaders }
  | { kind: "retry"; reason: string; status: number | null; requestId: string | null; waitMs: number | null };

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
  const cache = createResponseCache(options.cacheDir);

  const quotas = { ...assumedQuotas(Boolean(options.token)), ...options.quotas };
  const windowMs = (options.quotas?.windowSeconds ?? DOCUMENTED_WINDOW_SECONDS) * 1000;
  const gates = Object.fromEntries(
    BUCKETS.map((bucket) => [
      bucket,
      new BucketGate({
        concurrency: concurrencyOf(options.concurrency, bucket),
        reserve: DEFAULTS.pacingReserve,
        marginMs: DEFAULTS.pacingMarginMs,
        policy: { quota: quotas[bucket], windowMs },
        now,
      }),
    ]),
  ) as Record<Bucket, BucketGate>;
  const signal = options.signal;

  const counters: HubClientStats = {
    requests: { api: 0, pages: 0, resolvers: 0 },
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

  /** The URL relative to the endpoint, so the cache does not depend on where the Hub lives. */
  function cacheKeyOf(url: URL): string {
    return url.href.startsWith(`${endpoint}/`) ? url.href.slice(endpoint.length) : url.href;
  }

  function isOnEndpoint(url: URL): boolean {
    return url.href.startsWith(`${endpoint}/`);
  }

  function relativeLink(link: string | null): string | undefined {
    return link === null ? undefined : link.split(`<${endpoint}/`).join("</");
  }

  function absoluteLink(link: string | undefined): string | null {
    return link === undefined ? null : link.split("</").join(`<${endpoint}/`);
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

  function headersOf(response: Response): HubHeaders {
    return {
      link: response.headers.get("link"),
      contentType: response.headers.get("content-type"),
      rateLimit: response.headers.get("ratelimit"),
      rateLimitPolicy: response.headers.get("ratelimit-policy"),
      requestId: response.headers.get("x-request-id"),
    };
  }

  function backoff(attempt: number): number {
    const exponential = Math.min(maxBackoffMs, backoffMs * 2 ** attempt);
    // Full jitter in the upper half: spreads retries of concurrent requests apart.
    return Math.round(exponential * (0.5 + Math.random() * 0.5));
  }

  /** The wait a 429 asks for: the bucket's `t=`, else Retry-After, else null (then backoff). */
  function rateLimitWait(response: Response, bucket: Bucket): number | null {
    const readings = parseRateLimit(response.headers.get("ratelimit"));
    const reading = readings.find((r) => r.bucket === bucket) ?? readings[0];
    if (reading) return reading.resetSeconds * 1000 + DEFAULTS.pacingMarginMs;
    return parseRetryAfter(response.headers.get("retry-after"), now());
  }

  async function attemptOnce(
    url: URL,
    bucket: Bucket,
    kind: BodyKind,
    allowNotFound: boolean,
    attempt: number,
    range: ByteRange | null = null,
  ): Promise<Attempt> {
    const headers: Record<string, string> = {
      accept: kind === "json" ? "application/json" : kind === "bytes" ? "*/*" : "text/html,*/*;q=0.8",
      "user-agent": "hub-likes/0.1 (crawler of public model metadata)",
    };
    if (options.token && isOnEndpoint(url)) headers.authorization = `Bearer ${options.token}`;
    if (range) headers.range = `bytes=${range.start}-${range.end}`;

    let response: Response;
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      response = await fetchImpl(url.href, {
        headers,
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
        redirect: "follow",
      });
    } catch (error) {
      throwIfInterrupted();
      return { kind: "retry", reason: describeNetworkError(error, timeoutMs), status: null, requestId: null, waitMs: null };
    }
    observeRateLimit(response, bucket);
    const requestId = response.headers.get("x-request-id");
    const status = response.status;
    // A body that stops mid-way (reset, timeout) is a transient fault like a dropped connection.
    const bodyCutOff = (error: unknown): Attempt => {
      throwIfInterrupted();
      return {
        kind: "retry",
        reason: `the body was cut off (${describeNetworkError(error, timeoutMs)})`,
        status,
        requestId,
        waitMs: null,
      };
    };

    if (status === 429) {
      counters.rateLimited++;
      await response.body?.cancel().catch(() => {});
      // A bare 429 (no RateLimit, no Retry-After) backs off longer each time it repeats.
      const waitMs = rateLimitWait(response, bucket) ?? backoff(attempt);
      gates[bucket].pause(waitMs);
      return { kind: "retry", reason: "HTTP 429 (rate limited)", status, requestId, waitMs: 0 };
    }
    if (status >= 500) {
      await response.body?.cancel().catch(() => {});
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now());
      const waitMs = retryAfter === null ? null : Math.min(retryAfter, maxBackoffMs);
      return { kind: "retry", reason: `HTTP ${status}`, status, requestId, waitMs };
    }
    if (status === 404 && allowNotFound) {
      await response.body?.cancel().catch(() => {});
      return { kind: "done", status, body: null, headers: headersOf(response) };
    }
    if (status < 200 || status >= 300) {
      const text = await response.text().catch(() => "");
      throw new HubError(clientErrorMessage(url.href, status, text, Boolean(options.token)), {
        url: url.href,
        status,
        requestId,
      });
    }

    if (kind === "bytes") {
      // A 200 to a Range request is the whole file (gigabytes of weights): never read it.
      if (range && status !== 206) {
        await response.body?.cancel().catch(() => {});
        throw new HubError(
          `GET ${url.href} with Range bytes=${range.start}-${range.end} answered HTTP ${status} instead of 206: ` +
            `the server ignored the range, and reading the whole file is not an option.`,
          { url: url.href, status, requestId },
        );
      }
      try {
        return { kind: "done", status, body: new Uint8Array(await response.arrayBuffer()), headers: headersOf(response) };
      } catch (error) {
        return bodyCutOff(error);
      }
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return bodyCutOff(error);
    }
    if (kind === "text") return { kind: "done", status, body: text, headers: headersOf(response) };

    const contentType = response.headers.get("content-type") ?? "";
    if (/html/i.test(contentType) || /^\s*</.test(text)) {
      return {
        kind: "retry",
        reason: "an HTML page came back where JSON was expected (a proxy or maintenance page?)",
        status,
        requestId,
        waitMs: null,
      };
    }
    try {
      return { kind: "done", status, body: JSON.parse(text), headers: headersOf(response) };
    } catch (error) {
      return {
        kind: "retry",
        reason: `the JSON body was truncated or invalid (${(error as Error).message}, ${text.length} characters)`,
        status,
        requestId,
        waitMs: null,
      };
    }
  }

  async function fetchWithRetries(url: URL, bucket: Bucket, kind: BodyKind, allowNotFound: boolean, range: ByteRange | null = null) {
    const gate = gates[bucket];
    const key = cacheKeyOf(url);
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
        result = await attemptOnce(url, bucket, kind, allowNotFound, attempt, range);
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
    // Parts of one file are different answers: the range is part of the key.
    const key = range ? `${cacheKeyOf(url)}#bytes=${range.start}-${range.end}` : cacheKeyOf(url);
    const bucket = getOptions.bucket ?? guessBucket(url);
    const allowNotFound = getOptions.allowNotFound ?? false;

    if (options.offline || getOptions.cache !== "refresh") {
      const { entry: cached, problem } = cache.read(key);
      if (cached && (cached.status !== 404 || allowNotFound) && (options.offline || isFresh(cached, getOptions.maxAgeMs))) {
        counters.cacheHits++;
        options.onResponse?.({ key, bucket, status: cached.status, fromCache: true });
        return fromCacheEntry(url, cached);
      }
      if (options.offline) {
        const what = problem ?? `${key} is not in the cache (${cache.dir})`;
        throw new HubError(`offline: ${what}. Run without --offline to fetch it from ${endpoint}.`, { url: url.href, status: null });
      }
      if (problem) log(`warning: ${problem}; fetching it again`);
    }

    const result = await fetchWithRetries(url, bucket, kind, allowNotFound, range);
    const entry: CachedResponse = {
      url: key,
      status: result.status,
      headers: {},
      bodyType: kind,
      body: kind === "bytes" && result.body instanceof Uint8Array ? bytesToCache(result.body, getOptions.cacheBytes) : result.body,
      fetchedAt: new Date(now()).toISOString(),
    };
    const link = relativeLink(result.headers.link);
    if (link !== undefined) entry.headers.link = link;
    if (result.headers.contentType !== null) entry.headers["content-type"] = result.headers.contentType;
    cache.write(entry);
    counters.fetched++;
    options.onResponse?.({ key, bucket, status: result.status, fromCache: false });
    return { url: url.href, status: result.status, body: result.body, headers: result.headers, fromCache: false };
  }

  function bytesToCache(body: Uint8Array, keep: GetOptions["cacheBytes"]): string {
    const length = keep ? Math.min(body.length, Math.max(0, Math.floor(keep(body)))) : body.length;
    return Buffer.from(body.buffer, body.byteOffset, length).toString("base64");
  }

  function isFresh(entry: CachedResponse, maxAgeMs: number | undefined): boolean {
    if (maxAgeMs === undefined) return true;
    const fetchedAt = Date.parse(entry.fetchedAt);
    return Number.isFinite(fetchedAt) && now() - fetchedAt <= maxAgeMs;
  }

  function fromCacheEntry(url: URL, entry: CachedResponse): HubResponse<unknown> {
    return {
      url: url.href,
      status: entry.status,
      body:
        entry.status === 404
          ? null
          : entry.bodyType === "bytes"
            ? new Uint8Array(Buffer.from(String(entry.body), "base64"))
            : entry.body,
      headers: {
        link: absoluteLink(entry.headers.link),
        contentType: entry.headers["content-type"] ?? null,
        rateLimit: null,
        rateLimitPolicy: null,
        requestId: null,
      },
      fromCache: true,
    };
  }

  return {
    endpoint,
    getJson: <T>(pathOrUrl: string, getOptions?: GetOptions) =>
      get(pathOrUrl, "json", getOptions) as Promise<HubResponse<T>>,
    getText: (pathOrUrl: string, getOptions?: GetOptions) =>
      get(pathOrUrl, "text", getOptions) as Promise<HubResponse<string>>,
    getBytes: (pathOrUrl: string, range: ByteRange, getOptions?: GetOptions) => {
      if (!(Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && 0 <= range.start && range.start <= range.end)) {
        throw new RangeError(`byte range ${range.start}-${range.end} of ${pathOrUrl}: start and end must be whole numbers with 0 <= start <= end.`);
      }
      return get(pathOrUrl, "bytes", getOptions, range) as Promise<HubResponse<Uint8Array>>;
    },
    stats: () => ({
      ...counters,
      requests: { ...counters.requests },
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

/** A client whose every request carries `maxAgeMs`: data with a TTL (authors) is fetched through it. */
export function withMaxAge(client: HubClient, maxAgeMs: number): HubClient {
  return {
    endpoint: client.endpoint,
    getJson: (pathOrUrl, getOptions) => client.getJson(pathOrUrl, { maxAgeMs, ...getOptions }),
    getText: (pathOrUrl, getOptions) => client.getText(pathOrUrl, { maxAgeMs, ...getOptions }),
    getBytes: (pathOrUrl, range, getOptions) => client.getBytes(pathOrUrl, range, { maxAgeMs, ...getOptions }),
    stats: () => client.stats(),
  };
}

function rateLimitedAdvice(authenticated: boolean): string {
  return authenticated
    ? "The Hub kept refusing with 429 although the client waited as told; another process may share the token's quota. "
    : "The Hub kept refusing with 429; another process on this address may share the anonymous quota. " +
        "Setting HF_TOKEN to a read token about doubles the quotas. ";
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError" || err?.name === "AbortError") return `no answer within ${formatMs(timeoutMs)}`;
  const code = err?.cause?.code;
  if (code) return `connection failed (${code})`;
  return `connection failed (${err?.cause?.message ?? err?.message ?? String(error)})`;
}

function clientErrorMessage(url: string, status: number, body: string, authenticated: boolean): string {
  const detail = body.trim().slice(0, 200).replace(/\s+/g, " ");
  const what =
    status === 401 || status === 403
      ? authenticated
        ? "the token was refused; check that HF_TOKEN is a valid read token"
        : "the Hub wants a token; set HF_TOKEN to a read token"
      : status === 404
        ? "nothing there; check the endpoint (HF_ENDPOINT) and the name asked for"
        : status === 400
          ? "the Hub rejected the request's parameters"
          : "the Hub refused the request";
  return `GET ${url} answered HTTP ${status}: ${what}${detail ? ` (the Hub said: ${detail})` : ""}.`;
}
