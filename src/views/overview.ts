// The overview's answer in a few sentences, built from the figures of overview_facts (SQL) and
// nothing else: no number here is typed in. The wording is `overview.answer` in src/i18n, one
// function per sentence, so each language words the same figures its own way.
import type { OverviewFacts } from "../data-loaders/db/datasets.ts";
import { formatterFor } from "../i18n/format.ts";
import { messages, type Lang } from "../i18n/index.ts";

/** The overview's sentences, in reading order, in the given language. */
export function overviewSentences(facts: OverviewFacts, eraBoundary: string, lang: Lang = "en"): string[] {
  const text = messages(lang).overview.answer;
  const format = formatterFor(lang);
  if (facts.high_quality === 0) return [text.none];
  const boundary = format.date(eraBoundary);
  const sentences: string[] = [];
  if (facts.median_params !== null) sentences.push(text.size(format.params(facts.median_params), format.count(facts.with_params)));
  if (facts.median_age_days !== null) {
    sentences.push(text.age(format.count(facts.median_age_days), format.decimal(facts.median_age_days / 365.25, 1)));
  }
  if (facts.org_share !== null) sentences.push(text.makers(format.share(facts.org_share)));
  if (facts.top_family !== null && facts.top_family_share !== null) {
    sentences.push(
      facts.top_licence !== null && facts.top_licence_share !== null
        ? text.familyAndLicence(facts.top_family, format.share(facts.top_family_share), facts.top_licence, format.share(facts.top_licence_share))
        : text.familyOnly(facts.top_family, format.share(facts.top_family_share)),
    );
  }
  const hasBefore = (facts.before_models ?? 0) > 0 && facts.before_common_bucket !== null;
  const hasAfter = (facts.after_models ?? 0) > 0 && facts.after_common_bucket !== null;
  const bucketName = (bucket: string | null) => (bucket === "unknown" ? messages(lang).enums.sizeUnknown : (bucket ?? ""));
  if (hasBefore && hasAfter) {
    const era = (bucket: string | null, share: number | null, large: number | null) => ({
      bucket: bucketName(bucket),
      share: format.share(share),
      large: format.share(large),
    });
    sentences.push(
      text.eras(
        boundary,
        era(facts.before_common_bucket, facts.before_common_share, facts.before_large_share),
        era(facts.after_common_bucket, facts.after_common_share, facts.after_large_share),
      ),
    );
    if (facts.before_median_params !== null && facts.after_median_params !== null) {
      const before = format.params(facts.before_median_params);
      const after = format.params(facts.after_median_params);
      // Compared as displayed, so the sentence never says "grew from 7.2B to 7.2B".
      const direction = before === after ? "stayed" : facts.after_median_params > facts.before_median_params ? "grew" : "shrank";
      sentences.push(text.median(before, after, direction));
    }
  } else if (hasBefore || hasAfter) {
    sentences.push(text.oneEra(boundary, hasBefore ? "before" : "after"));
  }
  return sentences;
}
