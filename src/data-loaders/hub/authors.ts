// Who the authors are: organisation or user, with their overview. The Hub has no endpoint that
// answers for both kinds, and each answers 404 for the other (docs/hub-api.md#account-overviews),
// so ask the organisation endpoint first (most liked models come from organisations), then the
// user one.
import type { CacheMode, HubClient } from "./client.ts";
import type { ApiOrganizationOverview, ApiUserOverview, AuthorOverview } from "./types.ts";

export type AccountKind = "org" | "user";

export interface FetchAuthorsOptions {
  /** Parallel lookups; the client bounds requests per bucket as well. */
  concurrency?: number;
  /** Kinds known from earlier runs: that endpoint is asked first (an account's kind does not change). */
  knownKinds?: ReadonlyMap<string, AccountKind>;
  /**
   * Kinds found so far (from other sources): an author of unknown kind is asked first at the
   * endpoint of the kind most found, counting the lookups as they answer. Among the most-liked
   * models organisations lead, over the whole Hub users do, and the wrong guess costs a 404.
   */
  kindsSeen?: Readonly<Record<AccountKind, number>>;
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

/** Asks the `first` kind's overview, then the other's when that one answers 404. */
export async function fetchAuthor(
  client: HubClient,
  name: string,
  cache: CacheMode = "use",
  first: AccountKind = "org",
): Promise<AuthorOverview> {
  for (const kind of first === "org" ? (["org", "user"] as const) : (["user", "org"] as const)) {
    const path = kind === "org" ? organizationOverviewPath(name) : userOverviewPath(name);
    const answer = await client.getJson<ApiOrganizationOverview | ApiUserOverview>(path, { bucket: "api", cache, allowNotFound: true });
    if (answer.status === 404) continue;
    if (!isObject(answer.body)) return { kind: "unknown", reason: `${path} answered something other than a JSON object` };
    return kind === "org"
      ? { kind: "org", overview: answer.body as ApiOrganizationOverview, fetchedAt: answer.fetchedAt }
      : { kind: "user", overview: answer.body as ApiUserOverview, fetchedAt: answer.fetchedAt };
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
  const seen = { org: options.kindsSeen?.org ?? 0, user: options.kindsSeen?.user ?? 0 };
  const worker = async () => {
    while (next < distinct.length) {
      const name = distinct[next++];
      const first = options.knownKinds?.get(name) ?? (seen.user > seen.org ? "user" : "org");
      const overview = await fetchAuthor(client, name, options.cache, first);
      if (overview.kind === "org" || overview.kind === "user") seen[overview.kind]++;
      found.set(name, overview);
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
