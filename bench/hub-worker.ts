// The mock Hub of one benchmark, in its own thread: the dataset (gigabytes at a million models)
// stays out of the crawler's heap, and serving runs beside the crawl instead of between its steps.
import { parentPort, workerData } from "node:worker_threads";
import { startMockHub } from "../src/mock-hub/server.ts";
import type { Quota } from "../src/mock-hub/types.ts";
import { generateTextGenerationHub } from "./text-generation-hub.ts";
import { VirtualClock } from "./virtual-clock.ts";

export interface HubWorkerData {
  module: string;
  textGenerationModels: number;
  seed: number;
  quota: Quota;
  tokenQuota: Quota;
  windowMs: number;
  /** Last website-listing page served (see MockHubOptions.modelsJsonPageCap); null: every page. */
  modelsJsonPageCap: number | null;
  clock: SharedArrayBuffer;
}

export type HubWorkerMessage =
  | { kind: "ready"; url: string; models: number; textGenerationModels: number; authors: number; generateMs: number }
  | { kind: "closed" };

const data = workerData as HubWorkerData;
const port = parentPort!;
const clock = VirtualClock.fromBuffer(data.clock);

const started = performance.now();
const dataset = generateTextGenerationHub(data.textGenerationModels, data.seed);
const generateMs = performance.now() - started;
const hub = await startMockHub({
  dataset,
  quota: data.quota,
  tokenQuota: data.tokenQuota,
  windowMs: data.windowMs,
  modelsJsonPageCap: data.modelsJsonPageCap ?? undefined,
  now: clock.now,
});

port.on("message", async (message: { kind: "close" }) => {
  if (message.kind === "close") {
    await hub.close();
    port.postMessage({ kind: "closed" } satisfies HubWorkerMessage);
    port.close();
  }
});
port.postMessage({
  kind: "ready",
  url: hub.url,
  models: dataset.models.length,
  textGenerationModels: data.textGenerationModels,
  authors: dataset.authors.length,
  generateMs,
} satisfies HubWorkerMessage);
