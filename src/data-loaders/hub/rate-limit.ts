// Parsing of the Hub's rate-limit headers (IETF draft form, docs/hub-api.md#rate-limits):
//   RateLimit: "api";r=489;t=189
//   RateLimit-Policy: "fixed window";"api";q=500;w=300
// Several buckets may share one header, separated by commas.

export interface RateLimitReading {
  bucket: string;
  /** Requests left in the current window. */
  remaining: number;
  /** Seconds until the window resets (may be fractional on mirrors and the mock Hub). */
  resetSeconds: number;
}

export interface RateLimitPolicy {
  bucket: string;
  quota: number;
  windowSeconds: number;
}

/** Splits `"name";k=v;k=v, "name";…` into its items: quoted names and key=value parameters. */
function parseItems(header: string): { names: string[]; params: Map<string, string> }[] {
  return header
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map((item) => {
      const names: string[] = [];
      const params = new Map<string, string>();
      for (const part of item.split(";").map((p) => p.trim())) {
        const quoted = /^"([^"]*)"$/.exec(part);
        if (quoted) {
          names.push(quoted[1]);
          continue;
        }
        const kv = /^([A-Za-z][\w-]*)=(.*)$/.exec(part);
        if (kv) params.set(kv[1].toLowerCase(), kv[2].replace(/^"|"$/g, ""));
      }
      return { names, params };
    });
}

function finiteNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function parseRateLimit(header: string | null | undefined): RateLimitReading[] {
  if (!header) return [];
  const readings: RateLimitReading[] = [];
  for (const { names, params } of parseItems(header)) {
    const remaining = finiteNumber(params.get("r"));
    const resetSeconds = finiteNumber(params.get("t"));
    const bucket = names[names.length - 1];
    if (bucket !== undefined && remaining !== null && resetSeconds !== null) {
      readings.push({ bucket, remaining, resetSeconds: Math.max(0, resetSeconds) });
    }
  }
  return readings;
}

export function parseRateLimitPolicy(header: string | null | undefined): RateLimitPolicy[] {
  if (!header) return [];
  const policies: RateLimitPolicy[] = [];
  for (const { names, params } of parseItems(header)) {
    const quota = finiteNumber(params.get("q"));
    const windowSeconds = finiteNumber(params.get("w"));
    // The first quoted name is the policy kind ("fixed window"), the last one the bucket.
    const bucket = names[names.length - 1];
    if (bucket !== undefined && quota !== null && windowSeconds !== null) {
      policies.push({ bucket, quota, windowSeconds });
    }
  }
  return policies;
}

/** `Retry-After` is either delay seconds or an HTTP date; returns milliseconds to wait, or null. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  if (!header) return null;
  const seconds = finiteNumber(header);
  if (seconds !== null) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

/** Requests allowed per window in each bucket. */
export interface BucketQuotas {
  api: number;
  resolvers: number;
  pages: number;
}

/**
 * The documented quotas per 5-minute window (docs/hub-api.md#rate-limits),
 * assumed until the Hub announces its own with `RateLimit-Policy`. Anonymous quotas are per IP;
 * a token is at least a free user, whose quotas are about double.
 */
export const DOCUMENTED_WINDOW_SECONDS = 300;
export const ANONYMOUS_QUOTAS: Readonly<BucketQuotas> = { api: 500, resolvers: 3000, pages: 100 };
export const FREE_USER_QUOTAS: Readonly<BucketQuotas> = { api: 1000, resolvers: 5000, pages: 200 };

/** The quotas to assume before any header says otherwise. */
export function assumedQuotas(authenticated: boolean): Readonly<BucketQuotas> {
  return authenticated ? FREE_USER_QUOTAS : ANONYMOUS_QUOTAS;
}
