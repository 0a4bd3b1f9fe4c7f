// What each of the crawl's sources cost and gave in one run: requests made (from the client's
// per-source counters) and what the rows took from it (parameter counts by params_source, authors
// by where their data came from). A source that costs requests and gains nothing shows up here.
import type { AuthorSourceCounts } from "../hub/author-sources.ts";
import type { HubClientStats } from "../hub/client.ts";
import type { ModelRow, ParamsSource } from "../db/rows.ts";
import { HEADER_SOURCE, PAGE_SOURCE } from "./extra-params.ts";

export const LISTING = "listing";
export const WEBSITE_LISTING = "website-listing";
export const AUTHOR_OVERVIEWS = "author-overviews";

export interface SourceReport {
  source: string;
  label: string;
  requests: number;
  /** Models whose parameter count came from this source. */
  counts: number;
  /** Authors whose data came from this source in this run; null for a source that has none to give. */
  authors: number | null;
}

/** Sources in the order the crawl asks them, with the params_source values each one gives. */
const SOURCES: { source: string; label: string; paramsSources: ParamsSource[]; authors: keyof AuthorSourceCounts | null }[] = [
  { source: LISTING, label: "API listing", paramsSources: ["safetensors", "gguf"], authors: null },
  { source: WEBSITE_LISTING, label: "website listing", paramsSources: ["hub-listing"], authors: "websiteListing" },
  { source: HEADER_SOURCE, label: "safetensors headers", paramsSources: ["safetensors-header"], authors: null },
  { source: PAGE_SOURCE, label: "model pages", paramsSources: ["model-page"], authors: null },
  { source: AUTHOR_OVERVIEWS, label: "author overviews", paramsSources: [], authors: "overviews" },
];

export function sourceReports(
  stats: HubClientStats,
  rows: readonly Pick<ModelRow, "params_source">[],
  authors: AuthorSourceCounts,
): SourceReport[] {
  const bySource = new Map<string, number>();
  for (const row of rows) if (row.params_source) bySource.set(row.params_source, (bySource.get(row.params_source) ?? 0) + 1);
  return SOURCES.map(({ source, label, paramsSources, authors: authorKey }) => ({
    source,
    label,
    requests: stats.requestsBySource[source] ?? 0,
    counts: paramsSources.reduce((sum, name) => sum + (bySource.get(name) ?? 0), 0),
    authors: authorKey === null ? null : authors[authorKey],
  }));
}

/** One log line: `sources: API listing 3 requests, 2,800 counts; ...; authors kept from earlier runs 0`. */
export function describeSources(reports: readonly SourceReport[], authors: AuthorSourceCounts): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const parts = reports.map((report) => {
    const gains = [`${count(report.counts)} counts`];
    if (report.authors !== null) gains.push(`${count(report.authors)} authors`);
    return `${report.label} ${count(report.requests)} requests, ${gains.join(", ")}`;
  });
  const kept = `authors kept from earlier runs ${count(authors.kept)}${authors.refreshDeferred > 0 ? ` (${count(authors.refreshDeferred)} of them due a refresh, left for a later run)` : ""}`;
  return `sources: ${parts.join("; ")}; ${kept}`;
}
