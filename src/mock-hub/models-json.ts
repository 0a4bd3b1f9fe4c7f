// `GET /models-json` — the JSON behind the Hub's /models web page
// (docs/hub-api.md#the-website-listing): 30 models a page, `p` is the 0-based page, sorts and
// filters as on the website. Items carry the author's `authorData` and the Hub's `numParameters`,
// in the shape recorded from /api/trending (docs/hub-api.md#recorded-data). Counted in the "pages"
// bucket, like the page.
import type { ApiAuthorData, ApiModelsJsonItem, ApiModelsJsonPage } from "../data-loaders/hub/types.ts";
import { BadListQueryError, type ModelIndex, parseListQuery } from "./list-models.ts";
import { mongoIdOf } from "./model-view.ts";
import type { MockAuthorRecord, MockModelRecord } from "./types.ts";

export const MODELS_JSON_PAGE_SIZE = 30;

/** The website's sort names → the API's (the website's default is trending). */
const WEBSITE_SORTS: Record<string, string> = {
  trending: "trendingScore",
  likes: "likes",
  downloads: "downloads",
  created: "createdAt",
  modified: "lastModified",
};

export function modelsJsonPage(
  index: ModelIndex,
  params: URLSearchParams,
  authors: ReadonlyMap<string, MockAuthorRecord>,
  pageCap: number | null = null,
): ApiModelsJsonPage {
  const sortName = params.get("sort") || "trending";
  const sort = WEBSITE_SORTS[sortName];
  if (!sort) {
    throw new BadListQueryError(`unknown sort "${sortName}" for /models-json; use one of ${Object.keys(WEBSITE_SORTS).join(", ")}.`);
  }
  const pageText = params.get("p") ?? "0";
  const page = Number(pageText);
  if (!/^\d+$/.test(pageText) || !Number.isSafeInteger(page)) {
    throw new BadListQueryError(`p must be a 0-based page number; got "${pageText}".`);
  }
  if (pageCap !== null && page > pageCap) {
    throw new BadListQueryError(`p=${page} is past the last page served (${pageCap}); narrow the listing with filters instead.`);
  }
  const apiParams = new URLSearchParams({ sort });
  for (const key of ["pipeline_tag", "search", "author"]) {
    const value = params.get(key);
    if (value) apiParams.set(key, value);
  }
  // The website's `other=` and `library=` filters are tags, as the API's `filter=`.
  for (const key of ["other", "library"]) for (const value of params.getAll(key)) apiParams.append("filter", value);
  const query = { ...parseListQuery(apiParams, MODELS_JSON_PAGE_SIZE), offset: page * MODELS_JSON_PAGE_SIZE };
  const { items, total } = index.pageWithTotal(query);
  return {
    models: items.map((record) => toModelsJsonItem(record, authors)),
    numItemsPerPage: MODELS_JSON_PAGE_SIZE,
    numTotalItems: total,
    pageIndex: page,
  };
}

export function toModelsJsonItem(record: MockModelRecord, authors: ReadonlyMap<string, MockAuthorRecord>): ApiModelsJsonItem {
  const owner = record.author ?? record.id.split("/")[0];
  const author = authors.get(owner);
  const item: ApiModelsJsonItem = { id: record.id, author: owner };
  if (author) item.authorData = toAuthorData(author);
  Object.assign(item, {
    downloads: record.downloads,
    gated: record.gated ?? false,
    availableInferenceProviders: [],
    isLikedByUser: false,
    lastModified: record.lastModified,
    likes: record.likes,
    pipeline_tag: record.pipeline_tag ?? undefined,
    private: record.private ?? false,
    repoType: "model",
    widgetOutputUrls: [],
  });
  const count = numParametersOf(record);
  if (count !== undefined) item.numParameters = count;
  return item;
}

/** The Hub's own count: what its safetensors or GGUF metadata says, else what the page shows. */
export function numParametersOf(record: MockModelRecord): number | undefined {
  return record.safetensors?.total ?? record.gguf?.total ?? record.pageParams;
}

export function toAuthorData(author: MockAuthorRecord): ApiAuthorData {
  const data: ApiAuthorData = {
    _id: mongoIdOf({ id: `author:${author.name}` }),
    avatarUrl: `https://cdn-avatars.huggingface.co/v1/production/uploads/mock/${encodeURIComponent(author.name)}.png`,
    fullname: author.fullname ?? author.name,
    name: author.name,
    type: author.type,
    isHf: false,
    isHfAdmin: false,
    isMod: false,
  };
  // As recorded: orgs carry `plan` only when they have one, users carry `isPro`.
  if (author.type === "org" && author.plan) data.plan = author.plan;
  if (author.type === "user") data.isPro = author.isPro ?? false;
  data.followerCount = author.numFollowers ?? 0;
  data.isUserFollowing = false;
  return data;
}
