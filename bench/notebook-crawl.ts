// The notebook's way of getting the same facts, as a baseline (not product code): the website's
// listing `/models-json`, 30 models a page, then the model page of every model whose name states
// no size, to read the size from the page. Both count against the "pages" bucket (100 per 5
// minutes anonymously, docs/hub-api.md#rate-limits). It goes through the product's HubClient so
// that both ways are paced by the same logic and only the choice of requests differs; nothing is
// reused from a cache, as the notebook kept none.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHubClient, type HubClientStats } from "../src/data-loaders/hub/client.ts";
import { parseNameSize } from "../src/data-loaders/enrich/name-size.ts";
import type { VirtualClock } from "./virtual-clock.ts";

/** Items per `/models-json` page (docs/hub-api.md#the-website-listing). */
export const NOTEBOOK_PAGE_SIZE = 30;

export interface NotebookCrawlOptions {
  endpoint: string;
  clock: VirtualClock;
  pipelineTag: string;
  /** null: every page until the listing runs out. */
  limit: number | null;
  log?: (line: string) => void;
}

export interface NotebookMeasurement {
  models: number;
  listPages: number;
  modelPages: number;
  requests: HubClientStats["requests"];
  rateLimited: number;
  realMs: number;
  skippedWaitMs: number;
  simulatedMs: number;
}

interface ModelsJsonPage {
  models?: { id?: unknown }[];
}

export async function crawlTheNotebookWay(options: NotebookCrawlOptions): Promise<NotebookMeasurement> {
  // The client always caches; a throwaway directory keeps every request a real one.
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), "hub-likes-notebook-"));
  const client = createHubClient({
    endpoint: options.endpoint,
    token: null,
    cacheDir,
    offline: false,
    fetch: options.clock.fetch,
    sleep: options.clock.sleep,
    now: options.clock.now,
    log: options.log ?? (() => {}),
  });
  const skippedBefore = options.clock.skippedMs();
  const started = performance.now();
  try {
    const ids: string[] = [];
    let listPages = 0;
    for (let page = 0; options.limit === null || ids.length < options.limit; page++) {
      const params = new URLSearchParams({ sort: "likes", pipeline_tag: options.pipelineTag, p: String(page) });
      const response = await client.getJson<ModelsJsonPage>(`/models-json?${params}`, { bucket: "pages" });
      listPages++;
      const items = response.body?.models ?? [];
      for (const item of items) if (typeof item.id === "string") ids.push(item.id);
      if (items.length < NOTEBOOK_PAGE_SIZE) break;
    }
    const wanted = options.limit === null ? ids : ids.slice(0, options.limit);
    const unsized = wanted.filter((id) => parseNameSize(id)?.params == null);
    // The notebook fetched pages one after another; four at a time only helps it here.
    let next = 0;
    const worker = async () => {
      while (next < unsized.length) {
        const id = unsized[next++];
        await client.getText(`/${id.split("/").map(encodeURIComponent).join("/")}`, { bucket: "pages", allowNotFound: true });
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    const realMs = performance.now() - started;
    const skippedWaitMs = options.clock.skippedMs() - skippedBefore;
    const stats = client.stats();
    return {
      models: wanted.length,
      listPages,
      modelPages: unsized.length,
      requests: stats.requests,
      rateLimited: stats.rateLimited,
      realMs,
      skippedWaitMs,
      simulatedMs: realMs + skippedWaitMs,
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
