// Authors from the cheapest source that knows them. What earlier runs learnt comes first: an
// account's kind is kept for good (known-authors.ts), and its plan and follower counts while
// younger than the details TTL. Then the website listing's authorData (~30 models a request, read
// for the authors that need it), and the overview endpoints (1–2 requests an author) only for the
// authors the listing did not cover: at the endpoint of the kind already known, when it is.
import { fetchAuthors, type FetchAuthorsOptions } from "./authors.ts";
import type { HubClient } from "./client.ts";
import type { KnownAuthors } from "./known-authors.ts";
import type { ApiAuthorData, AuthorOverview } from "./types.ts";

/** Which authors of a crawl need which source, decided before any request. */
export interface AuthorNeeds {
  /** Distinct names, in first-seen order. */
  names: string[];
  /** Kind unknown: looked up (website listing, else overviews) in any case. */
  untyped: string[];
  /** Kind known, details older than the TTL: refreshed, the oldest first. */
  stale: string[];
}

export function authorNeeds(names: readonly string[], known: KnownAuthors, now: number, detailsTtlMs: number): AuthorNeeds {
  const distinct = [...new Set(names)];
  const untyped = distinct.filter((name) => known.get(name) === undefined);
  const stale = distinct
    .filter((name) => {
      const stored = known.get(name);
      return stored !== undefined && now - stored.fetchedAt > detailsTtlMs;
    })
    .sort((a, b) => known.get(a)!.fetchedAt - known.get(b)!.fetchedAt);
  return { names: distinct, untyped, stale };
}

export interface WebsiteAuthors {
  authors: ReadonlyMap<string, ApiAuthorData & { type: "org" | "user" }>;
  fetchedAt: ReadonlyMap<string, number>;
}

export interface LookUpAuthorsOptions extends Omit<FetchAuthorsOptions, "knownKinds" | "kindsSeen"> {
  log?: (line: string) => void;
  /**
   * Stale authors refreshed through their overviews in one run, the oldest first; the others keep
   * their stored details for a later run, so a refresh of the whole Hub spreads over several runs.
   */
  maxOverviewRefreshes?: number;
  now: () => number;
}

/** Where this run's author data came from. */
export interface AuthorSourceCounts {
  websiteListing: number;
  overviews: number;
  /** Stored by an earlier run and still within the TTL (or refresh deferred). */
  kept: number;
  /** Stale authors left with their stored details because of maxOverviewRefreshes. */
  refreshDeferred: number;
  unknown: number;
}

export async function lookUpAuthors(
  client: HubClient,
  needs: AuthorNeeds,
  website: WebsiteAuthors,
  known: KnownAuthors,
  options: LookUpAuthorsOptions,
): Promise<{ overviews: Map<string, AuthorOverview>; from: AuthorSourceCounts }> {
  const from: AuthorSourceCounts = { websiteListing: 0, overviews: 0, kept: 0, refreshDeferred: 0, unknown: 0 };
  // The listing's answer is the newest one for every author it showed.
  for (const [name, authorData] of website.authors) {
    const stored = known.get(name);
    const fetchedAt = website.fetchedAt.get(name) ?? options.now();
    if (!stored || fetchedAt >= stored.fetchedAt) known.learn(name, { kind: "listing", authorData }, fetchedAt);
  }
  const fromListing = new Set(needs.names.filter((name) => website.authors.has(name)));
  const untyped = needs.untyped.filter((name) => !fromListing.has(name));
  const staleLeft = needs.stale.filter((name) => !fromListing.has(name));
  const limit = options.maxOverviewRefreshes ?? Infinity;
  const refreshing = staleLeft.slice(0, limit);
  from.refreshDeferred = staleLeft.length - refreshing.length;

  const toAsk = [...untyped, ...refreshing];
  if (toAsk.length > 0) {
    options.log?.(
      `looking up ${toAsk.length} of ${needs.names.length} authors through their overviews ` +
        `(${untyped.length} of unknown kind, ${refreshing.length} refreshes of plan and followers)` +
        (from.refreshDeferred > 0 ? `; ${from.refreshDeferred} older refreshes left for later runs` : ""),
    );
  }
  const asked =
    toAsk.length > 0
      ? await fetchAuthors(client, toAsk, { ...options, knownKinds: known.kinds(), kindsSeen: known.kindCounts() })
      : new Map<string, AuthorOverview>();
  for (const [name, overview] of asked) {
    if (overview.kind === "org" || overview.kind === "user") known.learn(name, overview, overview.fetchedAt ?? options.now());
  }

  const overviews = new Map<string, AuthorOverview>();
  for (const name of needs.names) {
    const answer = asked.get(name);
    const stored = known.get(name);
    if (fromListing.has(name)) from.websiteListing++;
    else if (answer && answer.kind !== "unknown") from.overviews++;
    else if (stored) from.kept++;
    else from.unknown++;
    overviews.set(name, stored?.overview ?? answer ?? { kind: "unknown", reason: `no source answered for "${name}"` });
  }
  return { overviews, from };
}
