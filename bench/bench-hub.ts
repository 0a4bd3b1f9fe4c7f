// Starts and stops the mock Hub of a benchmark in a worker thread (hub-worker.ts).
import { Worker } from "node:worker_threads";
import type { Quota } from "../src/mock-hub/types.ts";
import type { HubWorkerData, HubWorkerMessage } from "./hub-worker.ts";
import type { VirtualClock } from "./virtual-clock.ts";

export interface BenchHubOptions {
  textGenerationModels: number;
  seed: number;
  quota: Quota;
  tokenQuota: Quota;
  windowMs: number;
  /** Last website-listing page the Hub serves; null or absent: every page. */
  modelsJsonPageCap?: number | null;
  clock: VirtualClock;
  /** Heap allowed to the Hub's thread; a million models need several gigabytes. */
  maxHeapMb?: number;
}

export interface BenchHub {
  url: string;
  /** Models of every task on the Hub. */
  models: number;
  textGenerationModels: number;
  authors: number;
  generateMs: number;
  close(): Promise<void>;
}

export async function startBenchHub(options: BenchHubOptions): Promise<BenchHub> {
  const workerData: HubWorkerData = {
    module: new URL("./hub-worker.ts", import.meta.url).href,
    textGenerationModels: options.textGenerationModels,
    seed: options.seed,
    quota: options.quota,
    tokenQuota: options.tokenQuota,
    windowMs: options.windowMs,
    modelsJsonPageCap: options.modelsJsonPageCap ?? null,
    clock: options.clock.buffer,
  };
  const worker = new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), {
    workerData,
    resourceLimits: options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : undefined,
  });
  const ready = await new Promise<Extract<HubWorkerMessage, { kind: "ready" }>>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the benchmark Hub's thread exited (code ${code}) before it served`)));
    worker.once("message", (message: HubWorkerMessage) => {
      if (message.kind === "ready") resolve(message);
    });
  });
  worker.removeAllListeners("exit");
  worker.removeAllListeners("error");
  // A failure of the Hub's thread mid-run shows up as refused connections in the crawl; say why here.
  worker.on("error", (error) => console.error(`benchmark Hub thread failed: ${error.message}`));
  let closing: Promise<void> | undefined;
  return {
    url: ready.url,
    models: ready.models,
    textGenerationModels: ready.textGenerationModels,
    authors: ready.authors,
    generateMs: ready.generateMs,
    close: () => {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => {
          worker.once("message", () => resolve());
          worker.once("exit", () => resolve());
        });
        worker.postMessage({ kind: "close" });
        await closed;
        await worker.terminate();
      })();
      return closing;
    },
  };
}
