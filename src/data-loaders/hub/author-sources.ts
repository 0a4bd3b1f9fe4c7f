// Authors from the cheapest source that knows them: the website listing's authorData (already read
// for the ranking, ~30 models a request), and the overview endpoints (1–2 requests an author) only
// for the authors the listing did not cover.
import { fetchAuthors, type FetchAuthorsOptions } from "./authors.ts";
import type { HubClient } from "./client.ts";
import type { ApiAuthorData, AuthorOverview } from "./types.ts";

export interface LookUpAuthorsOptions extends FetchAuthorsOptions {
  log?: (line: string) => void;
}

/** One overview per distinct name, in first-seen order, whichever source answered it. */
export async function lookUpAuthors(
  client: HubClient,
  names: readonly string[],
  listed: ReadonlyMap<string, ApiAuthorData & { type: "org" | "user" }>,
  options: LookUpAuthorsOptions = {},
): Promise<Map<string, AuthorOverview>> {
  const distinct = [...new Set(names)];
  const unlisted = distinct.filter((name) => !listed.has(name));
  if (unlisted.length > 0) {
    options.log?.(`looking up ${unlisted.length} of ${distinct.length} authors through their overviews (not in the website listing)`);
  }
  const overviews = unlisted.length > 0 ? await fetchAuthors(client, unlisted, options) : new Map<string, AuthorOverview>();
  return new Map(
    distinct.map((name): [string, AuthorOverview] => {
      const data = listed.get(name);
      return [name, data ? { kind: "listing", authorData: data } : overviews.get(name)!];
    }),
  );
}
