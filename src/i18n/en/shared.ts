// English strings every page shares: the language, the page frame (navigation, banner, footer), table and
// chart furniture, and the names of enumerated values.
import type { DescribeColumn, HubPlan } from "../../data-loaders/db/datasets.ts";

export const shared = {
  /** BCP 47 tag for <html lang> and Intl. */
  locale: "en",
  languageName: "English",
  layout: {
    navLabel: "Report sections",
    languageSwitch: "中文",
    languageSwitchLabel: "阅读中文版",
    theme: {
      label: "Colour scheme",
      system: "System",
      light: "Light",
      dark: "Dark",
    },
    sampleBanner: "Sample data: these pages show the bundled, generated sample Hub, not the real Hugging Face Hub.",
    downloadData: "Download the data:",
    /** Footer; {endpoint} is the Hub's address. */
    source: (sample: boolean) =>
      `Data from {endpoint}, fetched {fetched}: {models} models by {authors} authors${sample ? " (sample data)" : ""}.`,
    nav: {
      overview: "Overview",
      top: "Top downloads",
      sizes: "Sizes",
      time: "Over time",
      authors: "Authors",
      families: "Families",
      licences: "Licences",
      derivatives: "Derivatives",
      names: "Names",
      concentration: "Concentration",
      likesDownloads: "Likes vs downloads",
      history: "History",
      methodology: "Methodology",
      explore: "Explorer",
      sql: "SQL",
      downloads: "Downloads",
    },
  },
  common: {
    showTable: "Show the data as a table",
    yes: "yes",
    no: "no",
    chartSource: {
      sql: "Show the SQL",
      views: "The views it reads (from views.sql, run over the crawl's DuckDB database)",
      data: "This chart's data:",
      figuresData: "These figures' data:",
      tableData: "This table's data:",
    },
    legend: "Legend",
    /** Between a term and its explanation. */
    colon: ": ",
    describe: {
      statistics: {
        count: "count",
        mean: "mean",
        std: "standard deviation",
        min: "minimum",
        p25: "25th percentile",
        p50: "median",
        p75: "75th percentile",
        max: "maximum",
      },
      /** Names of the describe() columns, as a reader says them (the SQL names are in the data dictionary). */
      columns: {
        likes: "Likes",
        downloads: "Downloads (30 days)",
        params: "Parameters",
        age_days: "Age (days)",
        likes_per_day: "Likes per day",
        models: "Models",
        followers: "Followers",
      } satisfies Record<DescribeColumn, string>,
    },
  },
  enums: {
    era: { before: "Before the era boundary", after: "On or after the era boundary", none: "No date" },
    authorType: { org: "Organisation", user: "User", unknown: "Unknown" },
    /** The author type inside a sentence or a table cell. */
    authorTypeShort: { org: "organisation", user: "user", unknown: "unknown" },
    sizeUnknown: "unknown",
    /** Hub plans; a plan the Hub adds later shows under its own name. */
    plan: { enterprise: "enterprise", team: "team", pro: "pro", free: "free", unknown: "unknown" } satisfies Record<HubPlan, string>,
    relation: {
      finetune: "fine-tune",
      quantized: "quantisation",
      adapter: "adapter",
      merge: "merge",
      unspecified: "names a base, not how",
      none: "names no base",
    },
    /** Chart groups that are not one family or licence. */
    other: "other",
    unknown: "unknown",
  },
};
