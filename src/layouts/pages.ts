// Every page of the report, once: its path inside a language's part of the site, the view that
// draws it (src/views/<view>.astro) and its label in the navigation (layout.nav.<id> in
// src/i18n). The route src/pages/[...page].astro builds each page in every language from this
// list, the navigation lists it in this order, and the tests check every page of it.
import type { Messages } from "../i18n/index.ts";

export interface PageDefinition {
  /** Names the page's navigation label (layout.nav) and the page in tests. */
  id: keyof Messages["layout"]["nav"];
  /** "" for the overview, else "<name>/": the page is /<path> in English, /zh-cn/<path> in Chinese. */
  path: string;
  /** The view component that draws the page, src/views/<view>.astro, given the language. */
  view: string;
}

export const PAGES = [
  { id: "overview", path: "", view: "Overview" },
  { id: "top", path: "top/", view: "Top" },
  { id: "sizes", path: "sizes/", view: "Sizes" },
  { id: "time", path: "time/", view: "Time" },
  { id: "authors", path: "authors/", view: "Authors" },
  { id: "families", path: "families/", view: "Families" },
  { id: "licences", path: "licences/", view: "Licences" },
  { id: "derivatives", path: "derivatives/", view: "Derivatives" },
  { id: "names", path: "names/", view: "Names" },
  { id: "concentration", path: "concentration/", view: "Concentration" },
  { id: "likesDownloads", path: "likes-downloads/", view: "LikesDownloads" },
  { id: "history", path: "history/", view: "History" },
  { id: "methodology", path: "methodology/", view: "Methodology" },
  { id: "explore", path: "explore/", view: "Explore" },
  { id: "sql", path: "sql/", view: "Sql" },
  { id: "downloads", path: "downloads/", view: "Downloads" },
] as const satisfies readonly PageDefinition[];

/**
 * Whether the navigation and the overview's map list a page. History has trends to show only from
 * the second snapshot on; before that its page is still built (it says when the next snapshot
 * comes) but listed nowhere.
 */
export function isListed(page: Pick<PageDefinition, "id">, historySnapshots: number): boolean {
  return page.id !== "history" || historySnapshots >= 2;
}
