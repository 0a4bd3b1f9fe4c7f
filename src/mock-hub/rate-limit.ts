// Fixed-window rate limiting per bucket, as the Hub documents it (docs/hub-api.md#rate-limits):
// three buckets, separate quotas for anonymous clients (per IP) and token holders (per token), and the IETF-draft
// `RateLimit` / `RateLimit-Policy` headers on every response, not only on 429.
import { createHash } from "node:crypto";
import type { Quota } from "./types.ts";

export type RateLimitBucket = keyof Quota;

export interface RateLimiterOptions {
  quota: Quota;
  tokenQuota: Quota;
  windowMs: number;
  now: () => number;
}

export interface RateLimitDecision {
  allowed: boolean;
  headers: { RateLimit: string; "RateLimit-Policy": string };
}

export class FixedWindowRateLimiter {
  readonly #options: RateLimiterOptions;
  /** Requests counted in the current window, keyed by bucket and client. */
  readonly #counts = new Map<string, { windowStart: number; count: number }>();

  constructor(options: RateLimiterOptions) {
    if (!(Number.isFinite(options.windowMs) && options.windowMs > 0)) {
      throw new RangeError(`windowMs must be a positive number of milliseconds; got ${options.windowMs}.`);
    }
    this.#options = options;
  }

  /**
   * Counts one request. `client` identifies an anonymous caller (its address); `token` a token
   * holder, whose own counter is shared across addresses, as on the Hub.
   */
  take(bucket: RateLimitBucket, client: string, token: string | null): RateLimitDecision {
    const { windowMs, now } = this.#options;
    const quota = (token === null ? this.#options.quota : this.#options.tokenQuota)[bucket];
    // Windows are aligned to multiples of windowMs, so every client sees the same reset instant.
    const time = now();
    const windowStart = Math.floor(time / windowMs) * windowMs;
    const key = `${bucket}\u0000${token === null ? `ip:${client}` : `token:${hashToken(token)}`}`;
    let entry = this.#counts.get(key);
    if (!entry || entry.windowStart !== windowStart) {
      entry = { windowStart, count: 0 };
      this.#counts.set(key, entry);
    }
    entry.count += 1;
    const allowed = entry.count <= quota;
    const remaining = Math.max(quota - entry.count, 0);
    // Whole seconds rounded up: a client that waits `t` seconds is always past the reset, and a
    // sub-second test window still says t=1 rather than the misleading t=0.
    const secondsToReset = Math.max(Math.ceil((windowStart + windowMs - time) / 1000), 1);
    const windowSeconds = Math.max(Math.ceil(windowMs / 1000), 1);
    return {
      allowed,
      headers: {
        RateLimit: `"${bucket}";r=${remaining};t=${secondsToReset}`,
        "RateLimit-Policy": `"fixed window";"${bucket}";q=${quota};w=${windowSeconds}`,
      },
    };
  }
}

/** Tokens are secrets: keep only a digest of them, even in memory maps. */
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex").slice(0, 16);
}
