// One HTTP attempt at a Hub URL: send it (token, range, timeout), read the rate-limit headers, and
// sort the answer into a usable response, a fault worth retrying, or an error that retrying cannot
// fix (thrown as HubError). Retries, pacing and the cache are the client's (client.ts).
import type { Bucket, ByteRange, HubHeaders } from "./client-types.ts";
import { formatMs } from "../../lib/format.ts";
import { HubError } from "./errors.ts";
import { parseRateLimit, parseRetryAfter } from "./rate-limit.ts";

export type BodyKind = "json" | "text" | "bytes";

/** One attempt's result: a usable response, or a reason to try again. */
export type Attempt =
  | { kind: "done"; status: number; body: unknown; headers: HubHeaders }
  | { kind: "retry"; reason: string; status: number | null; requestId: string | null; waitMs: number | null };

export interface AttemptRequest {
  url: URL;
  bucket: Bucket;
  kind: BodyKind;
  /** 404 is an answer (returned with a null body), not an error. */
  allowNotFound: boolean;
  /** 0 for the first attempt: a bare 429 backs off longer each time it repeats. */
  attempt: number;
  range: ByteRange | null;
}

/** What an attempt needs from the client that makes it. */
export interface AttemptContext {
  fetch: typeof fetch;
  /** Sent as a Bearer token, but only when `sendsToken` says the URL is on the endpoint. */
  token: string | null;
  sendsToken: (url: URL) => boolean;
  signal?: AbortSignal;
  timeoutMs: number;
  maxBackoffMs: number;
  now: () => number;
  /** Throws InterruptedError once the signal has fired. */
  throwIfInterrupted: () => void;
  /** Every answer's `RateLimit` / `RateLimit-Policy` headers go here first. */
  observeRateLimit: (response: Response, bucket: Bucket) => void;
  /** A 429 came back: the whole bucket waits `waitMs` before its next request. */
  rateLimited: (bucket: Bucket, waitMs: number) => void;
  /** Backoff before retry number `attempt` (0-based). */
  backoff: (attempt: number) => number;
}

/** Headroom after a window's `t=`: the Hub reports whole seconds. */
export const PACING_MARGIN_MS = 250;

export async function attemptRequest(request: AttemptRequest, context: AttemptContext): Promise<Attempt> {
  const { url, bucket, kind, allowNotFound, attempt, range } = request;
  const { signal, timeoutMs } = context;
  const headers: Record<string, string> = {
    accept: kind === "json" ? "application/json" : kind === "bytes" ? "*/*" : "text/html,*/*;q=0.8",
    "user-agent": "hub-likes/0.1 (crawler of public model metadata)",
  };
  if (context.token && context.sendsToken(url)) headers.authorization = `Bearer ${context.token}`;
  if (range) headers.range = `bytes=${range.start}-${range.end}`;

  let response: Response;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    response = await context.fetch(url.href, {
      headers,
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      redirect: "follow",
    });
  } catch (error) {
    context.throwIfInterrupted();
    return { kind: "retry", reason: describeNetworkError(error, timeoutMs), status: null, requestId: null, waitMs: null };
  }
  context.observeRateLimit(response, bucket);
  const requestId = response.headers.get("x-request-id");
  const status = response.status;
  // A body that stops mid-way (reset, timeout) is a transient fault like a dropped connection.
  const bodyCutOff = (error: unknown): Attempt => {
    context.throwIfInterrupted();
    return {
      kind: "retry",
      reason: `the body was cut off (${describeNetworkError(error, timeoutMs)})`,
      status,
      requestId,
      waitMs: null,
    };
  };

  if (status === 429) {
    await response.body?.cancel().catch(() => {});
    // A bare 429 (no RateLimit, no Retry-After) backs off longer each time it repeats.
    const waitMs = rateLimitWait(response, bucket, context.now()) ?? context.backoff(attempt);
    context.rateLimited(bucket, waitMs);
    return { kind: "retry", reason: "HTTP 429 (rate limited)", status, requestId, waitMs: 0 };
  }
  if (status >= 500) {
    await response.body?.cancel().catch(() => {});
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), context.now());
    const waitMs = retryAfter === null ? null : Math.min(retryAfter, context.maxBackoffMs);
    return { kind: "retry", reason: `HTTP ${status}`, status, requestId, waitMs };
  }
  if (status === 404 && allowNotFound) {
    await response.body?.cancel().catch(() => {});
    return { kind: "done", status, body: null, headers: headersOf(response) };
  }
  if (status < 200 || status >= 300) {
    const text = await response.text().catch(() => "");
    throw new HubError(clientErrorMessage(url.href, status, text, Boolean(context.token)), {
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

function headersOf(response: Response): HubHeaders {
  return {
    link: response.headers.get("link"),
    contentType: response.headers.get("content-type"),
    rateLimit: response.headers.get("ratelimit"),
    rateLimitPolicy: response.headers.get("ratelimit-policy"),
    requestId: response.headers.get("x-request-id"),
  };
}

/** The wait a 429 asks for: the bucket's `t=`, else Retry-After, else null (then backoff). */
function rateLimitWait(response: Response, bucket: Bucket, now: number): number | null {
  const readings = parseRateLimit(response.headers.get("ratelimit"));
  const reading = readings.find((r) => r.bucket === bucket) ?? readings[0];
  if (reading) return reading.resetSeconds * 1000 + PACING_MARGIN_MS;
  return parseRetryAfter(response.headers.get("retry-after"), now);
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
