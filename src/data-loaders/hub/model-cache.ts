// Per-model results that cost requests (safetensors header reads, model pages, ...), kept across
// runs and reused while the model is unchanged. The Hub gives every commit a new `sha` (and a new
// `lastModified`), so a result stored under the version the listing reports is still true; a
// `--refresh` rerun then pays only for the models that changed.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomicallySync } from "../../lib/atomic-write.ts";
import type { CacheMode, GetOptions, HubClient } from "./client.ts";
import { HubError } from "./errors.ts";

/** What identifies a model's state: its id and the version the listing reports. */
export interface ModelVersionKey {
  id: string;
  sha?: string | null;
  lastModified?: string | null;
}

/**
 * Works out a result for one model with the client it is given. The client counts the requests
 * the fetcher asks for, and when the model changed since the stored result it bypasses the HTTP
 * cache, so the fetcher never sees an answer about the old version.
 */
export type ModelFetcher<T> = (client: HubClient) => Promise<T>;

export interface ModelCacheStats {
  /** Results reused because the model's version was unchanged. */
  reused: number;
  /** Results worked out (first time, or the model changed). */
  fetched: number;
  /** Requests the reused results would have asked for (what they asked for when first fetched). */
  requestsSaved: number;
}

export interface ModelCache {
  /**
   * The stored result of `kind` for this model when its version is unchanged; otherwise
   * `fetcher`'s, stored for next time. The result must survive JSON (null is fine: "nothing
   * found" is a result too). A model with neither sha nor lastModified is always fetched.
   */
  reuseOrFetch<T>(kind: string, model: ModelVersionKey, fetcher: ModelFetcher<T>): Promise<T>;
  /** Stores a result some other read gave for free (no requests of its own), for later runs. */
  remember(kind: string, model: ModelVersionKey, value: unknown): void;
  /** The stored result of `kind` while the model's version is unchanged, else undefined. */
  recall<T>(kind: string, model: ModelVersionKey): T | undefined;
  stats(): ModelCacheStats;
}

interface StoredResult {
  id: string;
  kind: string;
  version: string;
  /** Requests the fetcher asked for (cache hits included): what reusing the result saves. */
  requests: number;
  value: unknown;
  savedAt: string;
}

export interface ModelCacheOptions {
  /** Results are kept under `<cacheDir>/models/<kind>/`. */
  cacheDir: string;
  client: HubClient;
  now?: () => number;
}

export function modelVersionOf(model: ModelVersionKey): string | null {
  if (model.sha) return `sha:${model.sha}`;
  if (model.lastModified) return `lastModified:${model.lastModified}`;
  return null;
}

export function createModelCache(options: ModelCacheOptions): ModelCache {
  const now = options.now ?? Date.now;
  const counters: ModelCacheStats = { reused: 0, fetched: 0, requestsSaved: 0 };

  function fileFor(kind: string, id: string): string {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(kind)) {
      throw new RangeError(`model cache kind must be lower-case letters, digits and dashes (e.g. "safetensors-header"); got "${kind}".`);
    }
    const readable = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60);
    const hash = createHash("sha256").update(id).digest("hex").slice(0, 16);
    return path.join(options.cacheDir, "models", kind, `${readable || "model"}-${hash}.json`);
  }

  function read(file: string, kind: string, id: string): StoredResult | null {
    try {
      const stored = JSON.parse(readFileSync(file, "utf8")) as StoredResult;
      return stored.id === id && stored.kind === kind && typeof stored.version === "string" ? stored : null;
    } catch {
      // Missing or unreadable: worked out again, which is always safe.
      return null;
    }
  }

  function write(file: string, stored: StoredResult): void {
    // Renamed into place: a run killed mid-write leaves the old result or none, never half of one.
    writeFileAtomicallySync(file, JSON.stringify(stored));
  }

  return {
    async reuseOrFetch<T>(kind: string, model: ModelVersionKey, fetcher: ModelFetcher<T>): Promise<T> {
      const file = fileFor(kind, model.id);
      const version = modelVersionOf(model);
      const stored = read(file, kind, model.id);
      if (stored && version !== null && stored.version === version) {
        counters.reused++;
        counters.requestsSaved += stored.requests;
        return stored.value as T;
      }
      // A stored result for another version means the model changed: its cached HTTP answers are
      // about the old version too. With no stored result (first run, or a run killed before it
      // got here) the HTTP cache is right to answer what it has.
      const changed = stored !== null && version !== null && stored.version !== version;
      const scoped = countingClient(options.client, changed ? "refresh" : undefined);
      const value = await fetcher(scoped.client);
      counters.fetched++;
      // A result worked out while the Hub was failing (say "no count: HTTP 503") is not the
      // model's: it is not kept, so the next run asks again.
      if (version !== null && !scoped.sawTransientFailure()) {
        write(file, { id: model.id, kind, version, requests: scoped.requests(), value, savedAt: new Date(now()).toISOString() });
      }
      return value;
    },
    remember(kind, model, value) {
      const version = modelVersionOf(model);
      if (version === null) return;
      const file = fileFor(kind, model.id);
      const stored = read(file, kind, model.id);
      if (stored && stored.version === version && JSON.stringify(stored.value) === JSON.stringify(value)) return;
      write(file, { id: model.id, kind, version, requests: 0, value, savedAt: new Date(now()).toISOString() });
    },
    recall<T>(kind: string, model: ModelVersionKey): T | undefined {
      const version = modelVersionOf(model);
      const stored = read(fileFor(kind, model.id), kind, model.id);
      return stored && version !== null && stored.version === version ? (stored.value as T) : undefined;
    },
    stats: () => ({ ...counters }),
  };
}

/** Gave up after retries (no answer, 5xx, 429, a broken body): not an answer about the model. */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof HubError)) return false;
  const { status } = error;
  return status === null || status === 429 || status >= 500 || (status >= 200 && status < 300);
}

function countingClient(
  client: HubClient,
  forceCache: CacheMode | undefined,
): { client: HubClient; requests: () => number; sawTransientFailure: () => boolean } {
  let requests = 0;
  let transient = false;
  const withMode = (getOptions: GetOptions | undefined): GetOptions | undefined => {
    requests++;
    return forceCache ? { ...getOptions, cache: forceCache } : getOptions;
  };
  const watch = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      if (isTransientFailure(error)) transient = true;
      throw error;
    });
  return {
    requests: () => requests,
    sawTransientFailure: () => transient,
    client: {
      endpoint: client.endpoint,
      getJson: (pathOrUrl, getOptions) => watch(client.getJson(pathOrUrl, withMode(getOptions))),
      getText: (pathOrUrl, getOptions) => watch(client.getText(pathOrUrl, withMode(getOptions))),
      getBytes: (pathOrUrl, range, getOptions) => watch(client.getBytes(pathOrUrl, range, withMode(getOptions))),
      stats: () => client.stats(),
    },
  };
}
