// The explorer's model list and its query: decoding the shards, then search, filters and sort.
// Pure functions with no DOM, so the e2e test and a unit test can hold them to a DuckDB query.
import type { ExplorerManifest, ExplorerShard } from "../data-loaders/db/explorer-format.ts";

export interface ExplorerModel {
  rank: number;
  id: string;
  author: string;
  authorType: string | null;
  likes: number;
  downloads: number;
  params: number | null;
  likesPerDay: number | null;
  /** The creation day, YYYY-MM-DD in UTC; null for the Hub's placeholder date and for no date. */
  created: string | null;
  createdPlaceholder: boolean;
  sizeBucket: string | null;
  era: string | null;
  license: string | null;
  family: string | null;
  highQuality: boolean;
  /** How it derives from its base: finetune, quantized, adapter, merge, unspecified or none. */
  relation: string | null;
  /** Its author's Hub plan as the Authors page counts it (author_stats.plan_label): enterprise, team, pro, free, unknown… */
  plan: string | null;
  /** The base models it names, lower-cased. */
  bases: string[];
  /** Lower-case id and author, searched by substring. */
  haystack: string;
}

export const SORT_KEYS = ["likes", "downloads", "likes_per_day", "params", "created", "id", "license", "family"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The order a column sorts in first: figures and dates largest/newest first, names A to Z. */
export function firstOrder(key: SortKey): "asc" | "desc" {
  return key === "id" || key === "license" || key === "family" ? "asc" : "desc";
}

export interface ExplorerQuery {
  /** Substring of the model id or author, any case. */
  q: string;
  /** One author's models: the author's name exactly, as the Hub spells it. */
  author: string;
  size: string;
  /** "before", "after", or "none" for models without a date. */
  era: string;
  /**
   * When the repository was created, as the Time page counts it: a year ("2024") or a month
   * ("2024-03") of the real creation date in UTC, "placeholder" for the Hub's pre-March-2022
   * placeholder date, or "none" for models with no date at all.
   */
  created: string;
  /** "org", "user", or "unknown". */
  author_type: string;
  /** The author's Hub plan (see ExplorerModel.plan). */
  plan: string;
  /** A licence id, or "none" for models that declare none. */
  license: string;
  /** A family, or "unknown" for models whose family could not be derived (as family_stats names them). */
  family: string;
  /** "high" or "low": the notebook's quality rule; the report's charts link with "high". */
  quality: string;
  relation: string;
  /** A base model's id, any case: the models that name it as their base (its direct descendants). */
  base: string;
  sort: SortKey;
  order: "asc" | "desc";
}

export const EMPTY_QUERY: ExplorerQuery = {
  q: "",
  author: "",
  size: "",
  era: "",
  created: "",
  author_type: "",
  plan: "",
  license: "",
  family: "",
  quality: "",
  relation: "",
  base: "",
  sort: "likes",
  order: "desc",
};

/** The filters a link from a chart or table can set, by URL parameter. */
export type ExplorerFilter = Partial<
  Pick<
    ExplorerQuery,
    "q" | "author" | "size" | "era" | "created" | "author_type" | "plan" | "license" | "family" | "quality" | "relation" | "base"
  >
>;

export function decodeShard(manifest: ExplorerManifest, shard: ExplorerShard): ExplorerModel[] {
  const { dictionaries } = manifest;
  const lookup = (values: string[], index: number | null) => (index === null ? null : (values[index] ?? null));
  return shard.id.map((id, i) => ({
    rank: shard.rank[i],
    id,
    author: shard.author[i],
    authorType: lookup(dictionaries.author_type, shard.author_type[i]),
    likes: shard.likes[i],
    downloads: shard.downloads[i],
    params: shard.params[i],
    likesPerDay: shard.likes_per_day[i],
    created: shard.created[i],
    createdPlaceholder: shard.created_placeholder[i] === 1,
    sizeBucket: lookup(dictionaries.size_bucket, shard.size_bucket[i]),
    era: lookup(dictionaries.era, shard.era[i]),
    license: lookup(dictionaries.license, shard.license[i]),
    family: lookup(dictionaries.family, shard.family[i]),
    highQuality: shard.high_quality[i] === 1,
    relation: lookup(dictionaries.relation, shard.relation[i]),
    plan: lookup(dictionaries.plan, shard.plan[i]),
    bases: shard.base_models[i].map((index) => shard.bases[index]),
    haystack: `${id}\n${shard.author[i]}`.toLowerCase(),
  }));
}

/** A `created` value: a year, a month (01 to 12), "placeholder" or "none". */
const CREATED = /^(\d{4}(-(0[1-9]|1[0-2]))?|placeholder|none)$/;

/** Reads a query from URL parameters, ignoring unknown values so an edited URL cannot break it. */
export function parseQuery(params: URLSearchParams): ExplorerQuery {
  const sort = params.get("sort") as SortKey | null;
  const created = params.get("created")?.trim() ?? "";
  return {
    q: params.get("q") ?? "",
    author: params.get("author")?.trim() ?? "",
    size: params.get("size") ?? "",
    era: params.get("era") ?? "",
    created: CREATED.test(created) ? created : "",
    author_type: params.get("author_type") ?? "",
    plan: params.get("plan") ?? "",
    license: params.get("license") ?? "",
    family: params.get("family") ?? "",
    quality: params.get("quality") === "high" || params.get("quality") === "low" ? params.get("quality")! : "",
    relation: params.get("relation") ?? "",
    base: params.get("base")?.trim() ?? "",
    sort: sort && SORT_KEYS.includes(sort) ? sort : "likes",
    order: params.get("order") === "asc" ? "asc" : "desc",
  };
}

/** The URL parameters of a query, leaving out defaults so shared links stay short. */
export function queryParams(query: ExplorerQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(EMPTY_QUERY) as Array<keyof ExplorerQuery>) {
    if (query[key] !== EMPTY_QUERY[key]) params.set(key, query[key]);
  }
  return params;
}

/**
 * Whether a model was created in the period `created` names. The day is the database's UTC
 * creation day (strftime of created_at), so its first four or seven characters are the year and
 * month the Time and Families pages group by (year(created_at), date_trunc('month', created_at)).
 */
export function createdMatches(model: ExplorerModel, created: string): boolean {
  if (created === "") return true;
  if (created === "placeholder") return model.createdPlaceholder;
  if (created === "none") return model.created === null && !model.createdPlaceholder;
  return model.created?.startsWith(`${created}-`) ?? false;
}

function sortValue(model: ExplorerModel, key: SortKey): number | string | null {
  if (key === "likes_per_day") return model.likesPerDay;
  return model[key];
}

/**
 * The models matching a query, sorted. Unknown values (no size, no date, no licence) sort last in
 * either order, and ties keep the likes ranking, so the order is fully determined. Text compares
 * by code unit, as DuckDB's ORDER BY compares the Hub's ASCII ids and licence names.
 */
export function runQuery(models: ExplorerModel[], query: ExplorerQuery): ExplorerModel[] {
  const needle = query.q.trim().toLowerCase();
  const base = query.base.toLowerCase();
  const matches = models.filter(
    (m) =>
      (needle === "" || m.haystack.includes(needle)) &&
      (query.author === "" || m.author === query.author) &&
      (query.size === "" || m.sizeBucket === query.size) &&
      (query.era === "" || (query.era === "none" ? m.era === null : m.era === query.era)) &&
      createdMatches(m, query.created) &&
      (query.author_type === "" || (query.author_type === "unknown" ? m.authorType === null : m.authorType === query.author_type)) &&
      (query.plan === "" || m.plan === query.plan) &&
      (query.license === "" || (query.license === "none" ? m.license === null : m.license === query.license)) &&
      (query.family === "" || (query.family === "unknown" ? m.family === null : m.family === query.family)) &&
      (query.quality === "" || m.highQuality === (query.quality === "high")) &&
      (query.relation === "" || m.relation === query.relation) &&
      (base === "" || m.bases.includes(base)),
  );
  const direction = query.order === "asc" ? 1 : -1;
  return matches.sort((a, b) => {
    const x = sortValue(a, query.sort);
    const y = sortValue(b, query.sort);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * direction;
    }
    return a.rank - b.rank || (a.id < b.id ? -1 : 1);
  });
}
