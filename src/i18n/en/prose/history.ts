// English paragraphs of the History page (src/views/History.astro): its lead, intros, notes and definitions.

export const historyProse = {
  lead: "Every scheduled build crawls the Hub again and adds what it found to a history: one snapshot per crawl with each model's rank, likes and downloads. This page compares the snapshots.",
  /** {file} links to history.parquet. */
  holds: (snapshots: number, count: string, first: string | null, latest: string | null) =>
    `The history holds ${count} snapshot${snapshots === 1 ? "" : "s"}` +
    (snapshots > 1 && first && latest ? `, from ${first} to ${latest}` : latest ? `, taken ${latest}` : "") +
    ". The whole history is published as {file}.",
  /** `next`: the next scheduled crawl's time, formatted; null when the deploy workflow has no schedule. */
  empty: (next: string | null) =>
    next === null
      ? "History starts with this crawl; trends appear once the next build adds a second snapshot."
      : `History starts with this crawl; trends appear with the next snapshot, which the next scheduled crawl takes on ${next}.`,
  perWeekIntro:
    "For each pair of consecutive snapshots: the likes gained by the models present in both, divided by the weeks between them. Models that entered or left the crawled set in between are not counted, so the figure is growth, not churn.",
  moversIntro: (previous: string, latest: string, days: string, top: string) =>
    `Rank changes between the two latest snapshots (${previous} and ${latest}, ${days} apart), among models ranked in the top ${top} in either. ` +
    "Below that, models with equal likes swap places by the dozen, which is noise rather than news.",
};
