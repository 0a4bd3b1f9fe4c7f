// Links from the report's charts and tables to the explorer, filtered to the set of models a bar,
// segment or row stands for. The explorer reads the same URL parameters back (parseQuery), so a
// link is the explorer's own query, and sets the high-quality filter whenever the chart counts only
// high-quality models: the explorer then lists exactly the models the bar counts.
import { localizedPath, type Lang } from "../i18n/index.ts";
import { href } from "../lib/href.ts";
import { EMPTY_QUERY, queryParams, type ExplorerFilter } from "../scripts/explorer-query.ts";

/** The explorer page in `lang`, with `filter` in its URL; the base path included. */
export function explorerHref(lang: Lang, filter: ExplorerFilter): string {
  // A filter given as undefined (`{ license, quality }` without a quality) is no filter: spread as
  // is, it would replace the empty default and reach the URL as "quality=undefined".
  const given = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
  const params = queryParams({ ...EMPTY_QUERY, ...given }).toString();
  return href(localizedPath(lang, "explore/")) + (params ? `?${params}` : "");
}
