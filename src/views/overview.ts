// The overview's answer in three sentences, built from the figures of overview_facts and the
// thresholds (SQL) and nothing else: no number here is typed in. The first sentence defines "high
// quality" before anything is said about those models; the second says what changed across the
// era boundary, with the wording rules of src/lib/finding-wording.ts (a median that moved under 5%
// is "about the same", never "grew"); the third says who makes them. The wording is
// `overview.answer` in src/i18n, so each language words the same figures its own way.
import type { OverviewFacts, ThresholdInfo } from "../data-loaders/db/datasets.ts";
import { formatterFor } from "../i18n/format.ts";
import { messages, type Lang } from "../i18n/index.ts";
import { changeDirection } from "../lib/finding-wording.ts";

/** The overview's sentences, in reading order, in the given language. */
export function overviewSentences(facts: OverviewFacts, thresholds: ThresholdInfo, lang: Lang = "en"): string[] {
  const text = messages(lang).overview.answer;
  const format = formatterFor(lang);
  // Likes are whole numbers, so "at or above 41.5" means 42 or more.
  const definition = {
    likes: format.count(Math.ceil(thresholds.likes_threshold)),
    percentile: Math.round(thresholds.likes_percentile * 100),
    downloads: format.count(thresholds.min_downloads),
    likesCountsNone: Math.ceil(thresholds.likes_threshold) <= 0,
  };
  if (facts.high_quality === 0) return [text.none(definition)];
  const sentences = [
    text.definition(
      definition,
      format.count(facts.high_quality),
      facts.median_params === null ? null : { params: format.params(facts.median_params), counted: format.count(facts.with_params) },
    ),
  ];

  const boundary = format.date(thresholds.era_boundary);
  const hasBefore = (facts.before_models ?? 0) > 0;
  const hasAfter = (facts.after_models ?? 0) > 0;
  if (hasBefore && hasAfter && facts.before_large_share !== null && facts.after_large_share !== null) {
    const large = {
      direction: changeDirection(facts.before_large_share, facts.after_large_share),
      before: format.share(facts.before_large_share),
      after: format.share(facts.after_large_share),
    };
    const median =
      facts.before_median_params === null || facts.after_median_params === null
        ? null
        : {
            direction: changeDirection(facts.before_median_params, facts.after_median_params),
            before: format.params(facts.before_median_params),
            after: format.params(facts.after_median_params),
          };
    sentences.push(text.eras(boundary, large, median));
  } else if (hasBefore || hasAfter) {
    sentences.push(text.oneEra(boundary, hasBefore ? "before" : "after"));
  }

  if (facts.org_share !== null) {
    const family = facts.top_family === null ? null : { name: facts.top_family, share: format.share(facts.top_family_share) };
    const licence = facts.top_licence === null ? null : { name: facts.top_licence, share: format.share(facts.top_licence_share) };
    // "authors of unknown type" only when some high-quality model has one.
    sentences.push(text.makers(format.share(facts.org_share), facts.unknown_type_models > 0, family, licence));
  }
  return sentences;
}
