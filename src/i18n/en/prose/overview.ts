// English paragraphs of the Overview page (src/views/Overview.astro): its lead, intros, notes and definitions.
import { ordinal } from "../ordinal.ts";

/** The high-quality rule's figures, formatted; `likesCountsNone` when the likes threshold is 0. */
export interface QualityRule {
  likes: string;
  percentile: number;
  downloads: string;
  likesCountsNone: boolean;
}

/** "1 like", "2 likes": the figure arrives formatted, so one is the text "1". */
function counted(figure: string, noun: string): string {
  return `${figure} ${figure === "1" ? noun : `${noun}s`}`;
}

// A likes threshold of 0 (a crawl where a quarter of the models have no likes) excludes no model:
// "at least 0 likes" reads as a mistake, so the sentence says what the threshold does instead.
function englishRule(rule: QualityRule): string {
  return rule.likesCountsNone
    ? `A model counts as high quality here when it has at least ${counted(rule.downloads, "download")} in the last 30 days (the likes threshold, the ${ordinal(rule.percentile)} percentile of the crawl, is 0 likes here, so it leaves no model out)`
    : `A model counts as high quality here when it has at least ${counted(rule.likes, "like")} (the ${ordinal(rule.percentile)} percentile of the crawl) and ${counted(rule.downloads, "download")} in the last 30 days`;
}

export const overviewProse = {
  /** {tag} is the pipeline tag, as code. */
  lead: (limit: string | null) =>
    `What do the text-generation models that Hugging Face users like most look like? This report covers ${limit === null ? "all the" : `the ${limit}`} most-liked models tagged {tag}.`,
  /** Three sentences; the figures arrive formatted (src/views/overview.ts). */
  answer: {
    none: (rule: QualityRule) => `${englishRule(rule)}; no model passes in this crawl, so there is no typical model to describe.`,
    definition: (rule: QualityRule, models: string, median: { params: string; counted: string } | null) =>
      `${englishRule(rule)}; ` +
      (median === null
        ? `${models} models pass.`
        : `the typical one of these ${models} models has ${median.params} parameters (the median of the ${median.counted} with a known size).`),
    eras: (
      boundary: string,
      large: { direction: "rose" | "fell" | "same"; before: string; after: string },
      median: { direction: "rose" | "fell" | "same"; before: string; after: string } | null,
    ) =>
      `Across ${boundary}, ` +
      (large.direction === "same"
        ? `the share with 20B parameters or more stayed about the same (${large.before}, then ${large.after})`
        : `the share with 20B parameters or more ${large.direction} from ${large.before} to ${large.after}`) +
      (median === null
        ? "."
        : median.direction === "same"
          ? `, and the median size stayed about the same (${median.before}, then ${median.after}).`
          : `, and the median size ${median.direction === "rose" ? "grew" : "shrank"} from ${median.before} to ${median.after}.`),
    oneEra: (boundary: string, side: "before" | "after") =>
      `All dated high-quality models were created ${side === "before" ? "before" : "on or after"} ${boundary}, so there is no change between eras to show.`,
    makers: (
      orgShare: string,
      unknownTypes: boolean,
      family: { name: string; share: string } | null,
      licence: { name: string; share: string } | null,
    ) =>
      `Organisations published ${orgShare} of them (${unknownTypes ? "users and authors of unknown type" : "individual users"} the rest)` +
      (family ? `; the most common family is ${family.name} (${family.share})` : "") +
      (licence ? `${family ? " and" : "; the most common"} licence ${licence.name} (${licence.share})` : "") +
      ".",
  },
  /** {term} is the words "high quality", in bold. */
  rule: (v: {
    likes: string;
    percentile: number;
    threshold: string;
    downloads: string;
    total: string;
    highQuality: string;
    lowQuality: string;
    before: string;
    after: string;
    boundary: string;
    undated: string | null;
  }) =>
    `A model counts as {term} when it has at least ${counted(v.likes, "like")} (the ${ordinal(v.percentile)} percentile of likes in this crawl is ${v.threshold}) ` +
    `and at least ${counted(v.downloads, "download")} in the last 30 days. Of ${v.total} models, ${v.highQuality} are high quality and ${v.lowQuality} are not; ` +
    `of the high-quality ones, ${v.before} were created before ${v.boundary} and ${v.after} on or after it` +
    `${v.undated === null ? "" : `, and ${v.undated} have no known creation date`}.`,
};
