// Decides whether a crawl is fit to publish. A scheduled build that publishes a broken crawl
// replaces a good site with a wrong one and writes the wrong numbers into the history for good, so
// the build stops instead, and the live site keeps its last good data. Every problem names the
// figure, its old and new value, what probably happened and what to do.
import type { Completeness } from "../db/completeness.ts";
import type { PublishFigures } from "./figures.ts";

export interface PublishCheckOptions {
  /** Fewest models, as a share of the requested limit: fewer means the listing stopped early. */
  minModelsShare: number;
  /** Largest fall in the number of models against the published data, as a share of it. */
  maxModelsDrop: number;
  /** Largest fall in total likes against the published data: likes only ever accumulate. */
  maxLikesDrop: number;
  /** Largest fall, in share of models (0.2 = 20 points), of a field that used to be filled. */
  maxFilledDrop: number;
  /** Largest share of listing records the crawl may skip as unusable. */
  maxSkippedShare: number;
  /** Sample data is a demo, never a publication, unless this says otherwise. */
  allowSample: boolean;
  /** The crawl must have finished after this ISO time (the start of the build job), or it is a leftover. */
  crawledAfter: string | null;
}

/**
 * Defaults chosen for the weekly crawl of the real Hub: a week moves total likes of the top 3000 by
 * a few percent, and unknown fields by a point or two, so these limits only trip on breakage.
 */
export const DEFAULT_PUBLISH_CHECK_OPTIONS: PublishCheckOptions = {
  minModelsShare: 0.9,
  maxModelsDrop: 0.2,
  maxLikesDrop: 0.2,
  maxFilledDrop: 0.2,
  maxSkippedShare: 0.02,
  allowSample: false,
  crawledAfter: null,
};

export interface PublishCheckResult {
  ok: boolean;
  problems: string[];
  /** Comparisons that could not be made, and why; they do not fail the check. */
  notes: string[];
}

const FILLED_FIELDS: { key: keyof Completeness; label: string; cause: string }[] = [
  {
    key: "known_params",
    label: "Models with a known parameter count",
    cause: "the Hub stopped sending safetensors/gguf in the listing, or the parameter cascade in src/data-loaders/enrich broke",
  },
  {
    key: "known_author_type",
    label: "Models whose author type (org or user) is known",
    cause: "the author overview requests failed or changed shape (see src/data-loaders/hub/authors.ts)",
  },
  {
    key: "known_created_at",
    label: "Models with a creation date",
    cause: "the listing no longer carries createdAt (check the expand list in src/data-loaders/hub/list-models.ts)",
  },
];

export function checkPublish(
  current: PublishFigures,
  previous: PublishFigures | null,
  options: Partial<PublishCheckOptions> = {},
): PublishCheckResult {
  const o = { ...DEFAULT_PUBLISH_CHECK_OPTIONS, ...options };
  const problems: string[] = [];
  const notes: string[] = [];

  if (current.sample && !o.allowSample) {
    problems.push(
      `Sample data: ${current.origin} was crawled from the bundled sample Hub, not the real one. ` +
        "Crawl the real Hub (no --endpoint, no HF_ENDPOINT) before publishing; --allow-sample publishes a demo on purpose.",
    );
  }
  if (o.crawledAfter !== null && Date.parse(current.fetched_at) < Date.parse(o.crawledAfter)) {
    problems.push(
      `Fetched at: the crawl in ${current.origin} finished ${current.fetched_at}, before this build started (${o.crawledAfter}), ` +
        "so this build's crawl did not write it: it is a leftover from an earlier run. Read the crawl step's log for why it failed, and run again.",
    );
  }

  checkModelCount(current, o, problems);
  checkSkipped(current, o, problems);

  if (previous === null) {
    notes.push("No previous summary: this is the first publication, so only the checks on this crawl alone ran.");
  } else if (previous.sample !== current.sample) {
    notes.push(
      `The published data (${previous.origin}) is ${previous.sample ? "" : "not "}sample data and this crawl is ${current.sample ? "" : "not "}; ` +
        "their figures are not comparable, so the comparisons were skipped.",
    );
  } else {
    compareWithPrevious(current, previous, o, problems, notes);
  }
  return { ok: problems.length === 0, problems, notes };
}

function checkModelCount(current: PublishFigures, o: PublishCheckOptions, problems: string[]): void {
  if (current.models === 0) {
    problems.push(
      `Models: the crawl in ${current.origin} holds no models at all. The listing returned nothing usable: read the crawl log (rate limits, Hub errors, skipped records) and crawl again.`,
    );
    return;
  }
  if (current.requested_limit === null) return;
  const share = current.models / current.requested_limit;
  if (share < o.minModelsShare) {
    problems.push(
      `Models: the crawl holds ${formatCount(current.models)} models but ${formatCount(current.requested_limit)} were asked for ` +
        `(${percent(share)}; at least ${percent(o.minModelsShare)} is required). The listing stopped early or many records were unusable: ` +
        "read the crawl log for 429s, Hub errors and skipped records, then run again. " +
        "If the Hub really has fewer such models, lower --limit, or --min-models-share.",
    );
  }
}

function checkSkipped(current: PublishFigures, o: PublishCheckOptions, problems: string[]): void {
  const skipped = current.completeness.skipped_records;
  if (skipped === undefined || skipped === 0) return;
  const listed = current.models + skipped;
  const share = skipped / listed;
  if (share > o.maxSkippedShare) {
    problems.push(
      `Skipped records: ${formatCount(skipped)} of ${formatCount(listed)} listing records (${percent(share)}) could not be used; ` +
        `at most ${percent(o.maxSkippedShare)} is accepted. Their reasons are in the crawl log and in the database's skipped_records table: ` +
        "a change in the Hub's record shape needs a fix in src/data-loaders/hub/parse-model.ts. Raise --max-skipped-share only if the records really are bad.",
    );
  }
}

function compareWithPrevious(
  current: PublishFigures,
  previous: PublishFigures,
  o: PublishCheckOptions,
  problems: string[],
  notes: string[],
): void {
  if (Date.parse(current.fetched_at) < Date.parse(previous.fetched_at)) {
    problems.push(
      `Fetched at: this crawl finished ${current.fetched_at}, before the published data's ${previous.fetched_at}; ` +
        "publishing it would roll the site back. Crawl again (--refresh) before publishing.",
    );
  }

  const sameRequest = current.requested_limit === previous.requested_limit;
  if (!sameRequest) {
    notes.push(
      `The requested limit changed from ${limitText(previous.requested_limit)} to ${limitText(current.requested_limit)}, ` +
        "so the model count and total likes were not compared with the published data.",
    );
  } else {
    const modelsDrop = drop(previous.models, current.models);
    if (modelsDrop !== null && modelsDrop > o.maxModelsDrop) {
      problems.push(
        `Models: ${formatCount(current.models)} now against ${formatCount(previous.models)} published (−${percent(modelsDrop)}; ` +
          `a fall of more than ${percent(o.maxModelsDrop)} is refused). The listing probably stopped early: read the crawl log and run again; ` +
          "if the Hub really lists fewer models, rerun with a higher --max-models-drop.",
      );
    }
    const likesNow = current.completeness.total_likes;
    const likesBefore = previous.completeness.total_likes;
    if (likesNow === undefined || likesBefore === undefined) {
      notes.push(`Total likes were not compared: ${likesBefore === undefined ? previous.origin : current.origin} does not publish them.`);
    } else {
      const likesDrop = drop(likesBefore, likesNow);
      if (likesDrop !== null && likesDrop > o.maxLikesDrop) {
        problems.push(
          `Total likes: ${formatCount(likesNow)} now against ${formatCount(likesBefore)} published (−${percent(likesDrop)}; ` +
            `a fall of more than ${percent(o.maxLikesDrop)} is refused). Likes accumulate, so a fall that size means the crawl lost its ` +
            "most-liked models or the Hub changed how it counts: compare the crawl log and the top of the ranking with the live site. " +
            "If the change is real, rerun with a higher --max-likes-drop.",
        );
      }
    }
  }

  for (const field of FILLED_FIELDS) {
    const before = shareOf(previous, field.key);
    const now = shareOf(current, field.key);
    if (before === null || now === null) {
      notes.push(`${field.label}: not compared, ${before === null ? previous.origin : current.origin} does not publish the count.`);
      continue;
    }
    if (before - now > o.maxFilledDrop) {
      problems.push(
        `${field.label}: ${percent(now)} now against ${percent(before)} published ` +
          `(−${points(before - now)} points; a fall of more than ${points(o.maxFilledDrop)} points is refused). ` +
          `Probably ${field.cause}. Fix that and crawl again; if the change is real, rerun with a higher --max-filled-drop.`,
      );
    }
  }
}

function shareOf(figures: PublishFigures, key: keyof Completeness): number | null {
  const count = figures.completeness[key];
  return count === undefined || figures.models === 0 ? null : count / figures.models;
}

/** The relative fall from `before` to `now`; null when there was nothing to fall from. */
function drop(before: number, now: number): number | null {
  return before > 0 ? (before - now) / before : null;
}

const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
function formatCount(value: number): string {
  return integerFormat.format(value);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1).replace(/\.0$/, "")}%`;
}

function points(share: number): string {
  return (share * 100).toFixed(1).replace(/\.0$/, "");
}

function limitText(limit: number | null): string {
  return limit === null ? "all" : formatCount(limit);
}
