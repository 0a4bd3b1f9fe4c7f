// What the SQL console downloads when the reader asks for it, measured from the files of this
// build so the page's button states the real figure:
// - the engine: the chunk of src/scripts/sql-engine.ts, the chunks only it imports and the files
//   they reference (DuckDB's wasm and worker, parquet-wasm's wasm), measured by the Vite plugin
//   below as the client build writes them. Astro renders the pages after the client build (a page
//   needs the client scripts' final names) and in the same process, so the plugin hands the figure
//   to the page through process.env.
// - the data: models.parquet, which `build` exports before Astro runs, into the folder named by
//   HUB_LIKES_DATA_DIR (src/cli/build-site.ts).
// Either is null when unknown (the dev server has no client build and no exported data); the page
// then leaves the size out rather than guess.
import { statSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

const ENGINE_BYTES_VARIABLE = "HUB_LIKES_SQL_ENGINE_BYTES";
/** The folder holding this build's data downloads while Astro renders the pages. */
export const DATA_DIR_VARIABLE = "HUB_LIKES_DATA_DIR";
const ENGINE_MODULE = "/src/scripts/sql-engine.ts";

export interface SqlConsoleDownload {
  engineBytes: number | null;
  dataBytes: number | null;
  /** Both together; null when either is unknown. */
  totalBytes: number | null;
}

export function sqlConsoleDownload(env: NodeJS.ProcessEnv = process.env): SqlConsoleDownload {
  const engine = Number(env[ENGINE_BYTES_VARIABLE]);
  const engineBytes = Number.isSafeInteger(engine) && engine > 0 ? engine : null;
  const dataDir = env[DATA_DIR_VARIABLE];
  let dataBytes: number | null = null;
  if (dataDir) {
    const file = path.join(dataDir, "models.parquet");
    try {
      dataBytes = statSync(file).size;
    } catch (error) {
      throw new Error(`${DATA_DIR_VARIABLE} names ${dataDir}, but ${file} cannot be read; export the data before building the pages.`, {
        cause: error,
      });
    }
  }
  return { engineBytes, dataBytes, totalBytes: engineBytes === null || dataBytes === null ? null : engineBytes + dataBytes };
}

type OutputBundle = Parameters<NonNullable<Extract<Plugin["generateBundle"], (...args: never[]) => unknown>>>[1];
type OutputItem = OutputBundle[string];

/** The bytes the engine adds to a page that already has its entry scripts. */
export function engineBytesIn(bundle: OutputBundle): number | null {
  const items = Object.values(bundle);
  const engine = items.find((item) => item.type === "chunk" && item.facadeModuleId?.endsWith(ENGINE_MODULE));
  if (!engine) return null;
  const chunkByName = new Map(items.map((item) => [item.fileName, item]));
  // Chunks the page's own scripts load already cost the reader nothing more.
  const onPageLoad = new Set<string>();
  const collect = (item: OutputItem | undefined, into: Set<string>, skip: Set<string>) => {
    if (!item || into.has(item.fileName) || skip.has(item.fileName)) return;
    into.add(item.fileName);
    if (item.type !== "chunk") return;
    for (const file of item.imports) collect(chunkByName.get(file), into, skip);
    for (const file of item.viteMetadata?.importedAssets ?? []) collect(chunkByName.get(file), into, skip);
  };
  for (const item of items) if (item.type === "chunk" && item.isEntry) collect(item, onPageLoad, new Set());
  const needed = new Set<string>();
  collect(engine, needed, onPageLoad);
  let bytes = 0;
  for (const file of needed) {
    const item = chunkByName.get(file)!;
    bytes +=
      item.type === "chunk"
        ? Buffer.byteLength(item.code)
        : typeof item.source === "string"
          ? Buffer.byteLength(item.source)
          : item.source.byteLength;
  }
  return bytes;
}

/** The Vite plugin astro.config.mjs adds: records the engine's size when the client build writes it. */
export function sqlConsoleSizePlugin(): Plugin {
  return {
    name: "hub-likes:sql-console-size",
    apply: "build",
    generateBundle(_options, bundle) {
      const bytes = engineBytesIn(bundle);
      // The server build holds no browser scripts; only the client build finds the engine.
      if (bytes !== null) process.env[ENGINE_BYTES_VARIABLE] = String(bytes);
    },
  };
}
