// Every chart's title states its finding, and its subtitle names the models it counts, how many,
// and the day of the crawl. Both are built here from rows the SQL datasets returned (no figure is
// typed in), with the wording rules of src/lib/finding-wording.ts: a change under 5% reads "about
// the same", and a clause about a count of zero is left out. The words are `findings` in src/i18n.
import type {
  AuthorTypeRow,
  BaseModelRow,
  ConcentrationInfo,
  DerivativeRelationRow,
  FamilyRow,
  FamilyYearRow,
  IntervalLikesRow,
  LicenceRow,
  LikesDownloadsCorrelation,
  MonthRow,
  NameSizeSummary,
  OverviewFacts,
  PlanRow,
  Population,
  RankMoverRow,
  SizeBucketRow,
  TopAuthorRow,
  TopModelRow,
} from "../data-loaders/db/datasets.ts";
import { planName } from "../charts/author-plans.ts";
import { formatterFor } from "../i18n/format.ts";
import { messages, type Lang } from "../i18n/index.ts";
import { changeDirection, nonZeroClauses } from "../lib/finding-wording.ts";

/** A chart's finding (its title) and the set of models it counts (its subtitle). */
export interface Finding {
  title: string;
  subtitle: string;
}

/** The sets a chart can count, each named in its subtitle with its size. */
export type PopulationSet =
  | { set: "all" }
  | { set: "highQuality" }
  | { set: "highQualityDated" }
  | { set: "highQualityAfter"; boundary: string }
  | { set: "dated"; models: number }
  | { set: "authors"; authors: number }
  | { set: "compared"; models: number }
  | { set: "derived"; models: number }
  | { set: "snapshots"; snapshots: number };

function locale(lang: Lang) {
  return { t: messages(lang).findings, m: messages(lang), format: formatterFor(lang) };
}

/** "2,419 high-quality models, crawled 2026-12-07": the population, its count and the crawl day. */
export function populationSubtitle(population: Population, which: PopulationSet, lang: Lang): string {
  const { t, format } = locale(lang);
  const day = population.crawled;
  const s = t.population;
  switch (which.set) {
    case "all":
      return s.all(format.count(population.models), day);
    case "highQuality":
      return s.highQuality(format.count(population.high_quality), day);
    case "highQualityDated":
      return s.highQuality(format.count(population.before + population.after), day);
    case "highQualityAfter":
      return s.highQualityAfter(format.count(population.after), format.date(which.boundary), day);
    case "dated":
      return s.dated(format.count(which.models), day);
    case "authors":
      return s.authors(format.count(which.authors), format.count(population.models), day);
    case "compared":
      return s.compared(format.count(which.models), day);
    case "derived":
      return s.derived(format.count(which.models), format.count(population.models), day);
    case "snapshots":
      return s.snapshots(format.count(which.snapshots), day);
  }
}

/** The sizes chart: did the share of large (20B+) high-quality models change across the boundary? */
export function sizesFinding(facts: OverviewFacts, rows: SizeBucketRow[], lang: Lang): string {
  const { t, m, format } = locale(lang);
  const before = facts.before_large_share;
  const after = facts.after_large_share;
  if (before === null || after === null) return t.sizes.oneEra;
  if (before === 0 && after === 0) {
    // No large models at all: the clause about them is left out; the most common bucket speaks.
    const common = facts.after_common_bucket ?? facts.before_common_bucket;
    const total = rows.filter((r) => r.era === "after").reduce((s, r) => s + r.models, 0);
    return common === null || total === 0 ? t.sizes.oneEra : t.sizes.commonOnly(common === "unknown" ? m.enums.sizeUnknown : common);
  }
  return t.sizes.large(changeDirection(before, after), format.share(before), format.share(after));
}

export function topDownloadsFinding(rows: TopModelRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const total = rows.reduce((s, r) => s + r.downloads, 0);
  const leader = rows[0];
  if (!leader || total === 0) return t.topDownloads.none;
  return t.topDownloads.leader(leader.id, format.share(leader.downloads / total), format.count(rows.length));
}

export function modelsPerMonthFinding(rows: MonthRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const peak = [...rows].sort((a, b) => b.models - a.models || (a.month < b.month ? 1 : -1))[0];
  if (!peak || peak.models === 0) return t.modelsPerMonth.none;
  return t.modelsPerMonth.peak(format.month(peak.month), format.count(peak.models));
}

/** Author types: the organisations' share of high-quality models (the overview's figure) and of all. */
export function authorTypesFinding(rows: AuthorTypeRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const org = rows.find((r) => r.author_type === "org");
  const models = rows.reduce((s, r) => s + r.models, 0);
  if (!org || org.models === 0 || models === 0) return t.authorTypes.noOrgs;
  return t.authorTypes.orgShare(format.share(org.high_quality_share), format.share(org.models / models));
}

export function authorPlansFinding(rows: PlanRow[], lang: Lang): string {
  const { t, m, format } = locale(lang);
  const top = rows.find((r) => r.plan !== "unknown") ?? rows[0];
  if (!top || top.models === 0) return t.authorPlans.none;
  return t.authorPlans.top(planName(m.enums.plan, top.plan), m.enums.authorTypeShort[top.author_type], format.count(top.models));
}

export function topAuthorsFinding(rows: TopAuthorRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const top = rows[0];
  if (!top || top.likes === 0) return t.topAuthors.none;
  return t.topAuthors.top(top.author, format.count(top.likes), format.count(top.models));
}

/** Families: the largest named family's share of high-quality models (as on the overview) and of all. */
export function familiesFinding(rows: FamilyRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const top = [...rows].filter((r) => r.family !== "unknown").sort((a, b) => b.high_quality - a.high_quality || b.models - a.models)[0];
  if (!top || top.models === 0) return t.families.none;
  return t.families.top(top.display_name, format.share(top.high_quality_share), format.share(top.share));
}

/** The family leading the latest year: how its share moved since the first year. */
export function familyShareFinding(rows: FamilyYearRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const named = (year: number) => rows.filter((r) => r.year === year && r.family !== "other" && r.family !== "unknown");
  const last = years[years.length - 1];
  const leader = last === undefined ? undefined : named(last).sort((a, b) => b.share - a.share)[0];
  if (!leader || leader.models === 0) return t.familyShare.none;
  const first = years.find((year) => rows.some((r) => r.year === year && r.family === leader.family && r.models > 0));
  if (first === undefined || first === last) return t.familyShare.onlyLast(leader.family, format.share(leader.share), String(last));
  const start = rows.find((r) => r.year === first && r.family === leader.family)!;
  return t.familyShare.moved(
    leader.family,
    changeDirection(start.share, leader.share),
    format.share(start.share),
    String(first),
    format.share(leader.share),
    String(last),
  );
}

/** Licences: the most common declared licence among high-quality models (as on the overview) and among all. */
export function licencesFinding(rows: LicenceRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const top = [...rows].filter((r) => r.licence !== null).sort((a, b) => b.high_quality - a.high_quality || b.models - a.models)[0];
  if (!top || top.models === 0) return t.licences.none;
  const undeclared = rows.find((r) => r.licence === null);
  const clauses = nonZeroClauses([
    { count: top.models, text: t.licences.top(top.licence!, format.share(top.high_quality_share), format.share(top.share)) },
    { count: undeclared?.models, text: t.licences.undeclared(format.share(undeclared?.share ?? 0)) },
  ]);
  return clauses.join(t.clauseSeparator);
}

export function derivativesFinding(rows: DerivativeRelationRow[], lang: Lang): string {
  const { t, m, format } = locale(lang);
  const total = rows.reduce((s, r) => s + r.models, 0);
  const derived = rows.filter((r) => r.relation !== "none");
  const derivedModels = derived.reduce((s, r) => s + r.models, 0);
  if (total === 0 || derivedModels === 0) return t.derivatives.none;
  const commonest = [...derived].filter((r) => r.relation !== "unspecified").sort((a, b) => b.models - a.models)[0];
  return nonZeroClauses([
    { count: derivedModels, text: t.derivatives.share(format.share(derivedModels / total)) },
    { count: commonest?.models, text: commonest ? t.derivatives.commonest(m.enums.relation[commonest.relation]) : "" },
  ]).join(t.clauseSeparator);
}

export function topBaseModelsFinding(rows: BaseModelRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const top = rows[0];
  if (!top || top.descendants === 0) return t.topBaseModels.none;
  return t.topBaseModels.top(top.base_model, format.count(top.descendants), format.count(top.descendant_likes));
}

export function nameSizesFinding(summary: NameSizeSummary, lang: Lang): string {
  const { t, format } = locale(lang);
  if (summary.compared === 0) return t.nameSizes.none;
  if (summary.disagree === 0) return t.nameSizes.allAgree(format.count(summary.compared));
  return t.nameSizes.share(format.share(summary.share));
}

export function concentrationFinding(info: ConcentrationInfo, lang: Lang): string {
  const { t, format } = locale(lang);
  if (info.top10_share === null) return t.concentration.none;
  return t.concentration.top10(format.share(info.top10_share), format.count(info.authors));
}

/** Spearman's rho in words: strong from 0.6, moderate from 0.3, weak below. */
export function likesDownloadsFinding(correlation: LikesDownloadsCorrelation, lang: Lang): string {
  const { t, format } = locale(lang);
  const rho = correlation.spearman;
  if (rho === null) return t.likesDownloads.none;
  const strength = Math.abs(rho) >= 0.6 ? "strong" : Math.abs(rho) >= 0.3 ? "moderate" : "weak";
  return t.likesDownloads.correlation(t.likesDownloads.strength[strength], format.decimal(rho, 2));
}

export function likesPerWeekFinding(rows: IntervalLikesRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const last = rows[rows.length - 1];
  if (!last) return t.history.none;
  const previous = rows[rows.length - 2];
  if (!previous) return t.history.latest(format.count(Math.round(last.likes_per_week)));
  return t.history.moved(
    changeDirection(previous.likes_per_week, last.likes_per_week),
    format.count(Math.round(previous.likes_per_week)),
    format.count(Math.round(last.likes_per_week)),
  );
}

export function rankMoversFinding(rows: RankMoverRow[], lang: Lang): string {
  const { t, format } = locale(lang);
  const climber = rows.find((r) => r.change > 0);
  if (!climber) return t.history.noMovers;
  return t.history.climber(climber.id, format.count(climber.change), format.count(climber.rank));
}
