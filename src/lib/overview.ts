// The overview's answer in a few sentences, built from the figures of overview_facts (SQL) and
// nothing else: no number here is typed in. The wording is the OVERVIEW_TEXT object, one function
// per sentence, so another language can supply its own.
import type { OverviewFacts } from "../data-loaders/db/report-types.ts";
import { formatCount, formatParams, formatShare } from "./format.ts";

export const OVERVIEW_TEXT = {
  none: "No model passes the high-quality thresholds in this crawl, so there is no typical model to describe.",
  size: (params: string, counted: string) =>
    `The typical high-quality model has ${params} parameters (the median over the ${counted} with a known size).`,
  age: (days: string, years: string) => `Half of them are older than ${days} days (about ${years} years) at the time of the crawl.`,
  makers: (orgShare: string) => `Organisations published ${orgShare} of them; individual users and authors of unknown type the rest.`,
  familyAndLicence: (family: string, familyShare: string, licence: string, licenceShare: string) =>
    `The most common family is ${family} (${familyShare}) and the most common licence ${licence} (${licenceShare}).`,
  familyOnly: (family: string, familyShare: string) => `The most common family is ${family} (${familyShare}).`,
  eras: (boundary: string, before: { bucket: string; share: string; large: string }, after: { bucket: string; share: string; large: string }) =>
    `Before ${boundary} the most common size was ${before.bucket} (${before.share}) and ${before.large} had 20B parameters or more; ` +
    `since then the most common size is ${after.bucket} (${after.share}) and ${after.large} have 20B or more.`,
  median: (before: string, after: string, direction: "grew" | "shrank" | "stayed") =>
    direction === "stayed"
      ? `The median size stayed at ${after} across the boundary.`
      : `The median size ${direction} from ${before} to ${after}.`,
  oneEra: (boundary: string, side: "before" | "after") =>
    `All dated high-quality models were created ${side === "before" ? "before" : "on or after"} ${boundary}, so there is no change between eras to show.`,
};

/** The overview's sentences, in reading order. */
export function overviewSentences(facts: OverviewFacts, eraBoundary: string, text = OVERVIEW_TEXT): string[] {
  if (facts.high_quality === 0) return [text.none];
  const sentences: string[] = [];
  if (facts.median_params !== null) sentences.push(text.size(formatParams(facts.median_params), formatCount(facts.with_params)));
  if (facts.median_age_days !== null) {
    sentences.push(text.age(formatCount(facts.median_age_days), (facts.median_age_days / 365.25).toFixed(1)));
  }
  if (facts.org_share !== null) sentences.push(text.makers(formatShare(facts.org_share)));
  if (facts.top_family !== null && facts.top_family_share !== null) {
    sentences.push(
      facts.top_licence !== null && facts.top_licence_share !== null
        ? text.familyAndLicence(facts.top_family, formatShare(facts.top_family_share), facts.top_licence, formatShare(facts.top_licence_share))
        : text.familyOnly(facts.top_family, formatShare(facts.top_family_share)),
    );
  }
  const hasBefore = (facts.before_models ?? 0) > 0 && facts.before_common_bucket !== null;
  const hasAfter = (facts.after_models ?? 0) > 0 && facts.after_common_bucket !== null;
  if (hasBefore && hasAfter) {
    const era = (bucket: string | null, share: number | null, large: number | null) => ({
      bucket: bucket ?? "",
      share: formatShare(share),
      large: formatShare(large),
    });
    sentences.push(
      text.eras(
        eraBoundary,
        era(facts.before_common_bucket, facts.before_common_share, facts.before_large_share),
        era(facts.after_common_bucket, facts.after_common_share, facts.after_large_share),
      ),
    );
    if (facts.before_median_params !== null && facts.after_median_params !== null) {
      const before = formatParams(facts.before_median_params);
      const after = formatParams(facts.after_median_params);
      // Compared as displayed, so the sentence never says "grew from 7.2B to 7.2B".
      const direction = before === after ? "stayed" : facts.after_median_params > facts.before_median_params ? "grew" : "shrank";
      sentences.push(text.median(before, after, direction));
    }
  } else if (hasBefore || hasAfter) {
    sentences.push(text.oneEra(eraBoundary, hasBefore ? "before" : "after"));
  }
  return sentences;
}
