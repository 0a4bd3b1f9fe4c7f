// The parameter cascade's sources that cost requests, asked only for the models the cheaper ones
// left without a count: the website listing's numParameters (already read for the authors), then
// the safetensors headers (one Range request per weight file, plus the shard index of a sharded
// repo; "resolvers" bucket), then the model page ("pages" bucket, the scarcest). The page shows the
// parameter data the API gives (safetensors, gguf), so it is read only for a record that lacks
// those fields (a server that ignores `expand`, one model asked for by `hub params`), never for one
// whose API record answered them, null included. Shared by the crawl and `hub params`.
import { resolveBaseModels } from "../enrich/base-model.ts";
import { countedByListing, resolveParams, type ExtraParams } from "../enrich/params.ts";
import { withGetOptions, type CacheMode, type HubClient } from "../hub/client.ts";
import { answersParamFields } from "../hub/list-models.ts";
import type { ModelCache } from "../hub/model-cache.ts";
import { fetchModelPageParams } from "../hub/model-page.ts";
import { fetchHeaderParams, weightFilesOf } from "../hub/safetensors-header.ts";
import type { ApiModel } from "../hub/types.ts";

export interface WebsiteListing {
  /** The Hub's count by model id, from /models-json. */
  numParameters: ReadonlyMap<string, number>;
  /** Models the listing showed: without a count there, their page shows none either (same Hub data). */
  seen: ReadonlySet<string>;
}

export interface FetchExtraParamsOptions {
  /** null when the website listing was not read or failed: every uncounted model may need its page. */
  listing: WebsiteListing | null;
  cache?: CacheMode;
  log?: (line: string) => void;
  /** Models looked at in parallel; the client bounds requests per bucket as well. */
  concurrency?: number;
  /** Reuses each model's header and page results while its sha is unchanged (hub/model-cache.ts). */
  modelCache?: ModelCache;
}

/** What the crawl's run summary calls the two sources asked here (see GetOptions.source). */
export const HEADER_SOURCE = "safetensors-headers";
export const PAGE_SOURCE = "model-pages";
/** The per-model cache's kind for the website listing's numParameters. */
const LISTING_COUNT_KIND = "website-listing-count";

export interface ExtraParamsReport {
  extras: Map<string, ExtraParams>;
  headerCounted: number;
  headerTried: number;
  pageCounted: number;
  pageTried: number;
}

export async function fetchExtraParams(
  client: HubClient,
  models: readonly ApiModel[],
  options: FetchExtraParamsOptions,
): Promise<ExtraParamsReport> {
  const log = options.log ?? (() => {});
  const extras = new Map<string, ExtraParams>();
  for (const model of models) {
    // The website listing's count is read only when the API listing gives none, so only those
    // models' counts are kept: one file each, and a million-model Hub has about 900,000 others.
    if (countedByListing(model)) continue;
    // The website listing is read only as far as the authors need it; a count it gave in an
    // earlier run stands while the model is unchanged.
    let listed = options.listing?.numParameters.get(model.id);
    if (listed !== undefined) options.modelCache?.remember(LISTING_COUNT_KIND, model, listed);
    else listed = options.modelCache?.recall<number>(LISTING_COUNT_KIND, model);
    if (listed !== undefined) extras.set(model.id, { listingParams: listed });
  }
  const extraOf = (id: string) => {
    let extra = extras.get(id);
    if (!extra) {
      extra = {};
      extras.set(id, extra);
    }
    return extra;
  };
  // The name is left out (null): it is the cascade's last resort, after these reads.
  const uncounted = (model: ApiModel) =>
    resolveParams(model, null, extras.get(model.id)).params === null &&
    // An adapter's weights, header or page, count the adapter only: reading them cannot help.
    resolveBaseModels(model).base_relation !== "adapter";

  // A model counted now stays counted, so the pages below are looked for among these only.
  const uncountedModels = models.filter(uncounted);
  const forHeaders = uncountedModels.filter((model) => weightFilesOf(model.siblings) !== null);
  let headerCounted = 0;
  await forEachLimited(forHeaders, options.concurrency ?? 4, async (model) => {
    const read = (scoped: HubClient) => fetchHeaderParams(withGetOptions(scoped, { source: HEADER_SOURCE }), model, options.cache);
    const result = options.modelCache ? await options.modelCache.reuseOrFetch("safetensors-header", model, read) : await read(client);
    if (result.ok) {
      Object.assign(extraOf(model.id), { headerParams: result.count.params, headerEvidence: result.count.evidence });
      headerCounted++;
    } else {
      log(`safetensors header of ${model.id}: no count (${result.reason})`);
    }
  });
  if (forHeaders.length > 0) log(`safetensors headers: ${headerCounted} of ${forHeaders.length} repos counted`);

  const forPages = uncountedModels.filter(
    (model) => uncounted(model) && !answersParamFields(model) && !(options.listing?.seen.has(model.id) ?? false),
  );
  let pageCounted = 0;
  await forEachLimited(forPages, options.concurrency ?? 4, async (model) => {
    const read = (scoped: HubClient) => fetchModelPageParams(withGetOptions(scoped, { source: PAGE_SOURCE }), model.id, options.cache);
    const result = options.modelCache ? await options.modelCache.reuseOrFetch("model-page", model, read) : await read(client);
    if (result.ok) {
      Object.assign(extraOf(model.id), { pageParams: result.count.params, pageEvidence: result.count.evidence });
      pageCounted++;
    }
  });
  if (forPages.length > 0) log(`model pages: ${pageCounted} of ${forPages.length} repos counted`);

  return { extras, headerCounted, headerTried: forHeaders.length, pageCounted, pageTried: forPages.length };
}

async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
