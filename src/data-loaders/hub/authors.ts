// Who the authors are: organisation or user, with their overview. The Hub has no endpoint that
// answers for both kinds, and each answers 404 for the other (docs/hub-api.md#account-overviews),
// so ask the organisation endpoint first (most liked models come from organisations), then the
// user one.
import type { CacheMode, HubClient } from "./client.ts";
import type { ApiOrganizationOverview, ApiUserOverview, AuthorOverview } from "./types.ts";

export interface FetchAuthorsOptions {
  /** Parallel lookups; the client bounds requests per bucket as well. */
  concurrency?: number;
  cache?: CacheMode;
  /** Called after each author with how many are done. */
  onProgress?: (done: number, total: number) => void;
}

export function organizationOverviewPath(name: string): string {
  return `/api/organizations/${encodeURIComponent(name)}/overview`;
}

export function userOverviewPath(name: string): string {
  return `/api/users/${encodeURIComponent(name)}/overview`;
}

export async function fetchAuthor(client: HubClient, name: string, cache: CacheMode = "use"): Promise<AuthorOverview> {
  const org = await client.getJson<ApiOrganizationOverview>(organizationOverviewPath(name), {
    bucket: "api",
    cache,
    allowNotFound: true,
  });
  if (org.status !== 404) {
    if (isObject(org.body)) return { kind: "org", overview: org.body };
    return { kind: "unknown", reason: `${organizationOverviewPath(name)} answered something other than a JSON object` };
  }
  const user = await client.getJson<ApiUserOverview>(userOverviewPath(name), { bucket: "api", cache, allowNotFound: true });
  if (user.status !== 404) {
    if (isObject(user.body)) return { kind: "user", overview: user.body };
    return { kind: "unknown", reason: `${userOverviewPath(name)} answered something other than a JSON object` };
  }
  return { kind: "unknown", reason: `the Hub knows no organisation or user named "${name}" (both overviews answered 404)` };
}

/** One overview per distinct name, in first-seen order. */
export async function fetchAuthors(
  client: HubClient,
  names: readonly string[],
  options: FetchAuthorsOptions = {},
): Promise<Map<string, AuthorOverview>> {
  const distinct = [...new Set(names)];
  const found = new Map<string, AuthorOverview>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < distinct.length) {
      const name = distinct[next++];
      found.set(name, await fetchAuthor(client, name, options.cache));
      options.onProgress?.(++done, distinct.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, distinct.length));
  await Promise.all(Array.from({ length: workers }, worker));
  // Parallel workers finish out of order; callers get the names' order back.
  return new Map(distinct.map((name) => [name, found.get(name)!]));
}

function isObject(value: unknown): value is Record<string, never> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
