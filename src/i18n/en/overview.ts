// English labels of the Overview page (src/views/Overview.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/overview.ts.
import { ordinal } from "./ordinal.ts";

export const overview = {
  title: "Overview",
  description: "What the most-liked text-generation models on the Hugging Face Hub look like.",
  answerHeading: "The answer in short",
  keyFigures: {
    medianParams: "median size of high-quality models",
    medianAgeValue: (days: string) => `${days} days`,
    medianAge: "median age of high-quality models",
    orgShare: "of high-quality models published by organisations",
    topFamily: (share: string) => `most common family (${share})`,
    topLicence: (share: string) => `most common licence (${share})`,
    top10: "of all likes go to the 10 most-liked authors",
  },
  figures: {
    models: "models crawled",
    authors: "authors",
    highQuality: (share: string) => `high-quality models (${share})`,
    likesNeeded: (percentile: number) => `likes needed for high quality (${ordinal(percentile)} percentile)`,
    downloadsNeeded: "downloads needed in 30 days",
    eraBoundary: "era boundary",
  },
  ruleTerm: "high quality",
  modelsHeading: "Models at a glance",
  modelsCaption: "Per model: likes, downloads (last 30 days), parameters (known counts only), and age in days (real creation dates only).",
  authorsHeading: "Authors at a glance",
  authorsCaption: "Per author: models, likes, downloads (last 30 days) and followers.",
  sectionsHeading: "Sections",
  sections: {
    top: "the most-downloaded high-quality models created since the era boundary",
    sizes: "how model sizes shifted before and after the era boundary",
    time: "models per creation month",
    authors: "organisations vs users, plans, and the most-liked authors",
    families: "which families and architectures, and how their share changed",
    licences: "declared licences, custom ones, and models that declare none",
    derivatives: "fine-tunes, quantisations, adapters, merges, and the base models with the most liked descendants",
    names: "size in the name against size from metadata",
    concentration: "the share of likes held by the top authors, the Lorenz curve and the Gini coefficient",
    likesDownloads: "whether liked models are also downloaded",
    history: "how the ranking moves from one scheduled crawl to the next",
    explore: "every model, searchable, filterable and sortable",
    sql: "your own SQL over the published data, in the browser",
    downloads: "the dataset as Parquet, CSV and JSON, its data dictionary, and every chart's data",
    methodology: "where every number comes from, and its caveats",
  },
};
