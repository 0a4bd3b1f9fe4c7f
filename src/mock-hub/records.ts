// Records files for the mock Hub: `.json` ({models, authors}) for small hand-made sets, `.jsonl`
// (one record a line, tagged with its kind) so that a Hub-sized dataset can be streamed, and
// conversion of a recorded real ranking (docs/hub-api.md#recorded-data) into a servable dataset.
import { createReadStream, createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { MockAuthorRecord, MockHubDataset, MockModelRecord } from "./types.ts";

export class RecordsFileError extends Error {
  override name = "RecordsFileError";
}

export async function loadDataset(path: string): Promise<MockHubDataset> {
  if (path.endsWith(".jsonl")) return loadJsonLines(path);
  if (path.endsWith(".json")) return loadJson(path);
  throw new RecordsFileError(
    `records file ${path}: name it .json ({"models": [...], "authors": [...]}) or .jsonl (one {"kind": "model"|"author", ...} a line).`,
  );
}

async function loadJson(path: string): Promise<MockHubDataset> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new RecordsFileError(`records file ${path} does not exist.`);
    throw new RecordsFileError(`records file ${path} is not readable JSON: ${(error as Error).message}`);
  }
  const { models, authors } = (parsed ?? {}) as { models?: unknown; authors?: unknown };
  if (!Array.isArray(models)) {
    throw new RecordsFileError(`records file ${path} needs a "models" array at the top level ({"models": [...], "authors": [...]}).`);
  }
  if (authors !== undefined && !Array.isArray(authors)) {
    throw new RecordsFileError(`records file ${path}: "authors" must be an array of {name, type: "org"|"user", ...}.`);
  }
  return {
    models: models.map((record, i) => checkModel(record, `${path} models[${i}]`)),
    authors: (authors ?? []).map((record, i) => checkAuthor(record, `${path} authors[${i}]`)),
  };
}

async function loadJsonLines(path: string): Promise<MockHubDataset> {
  const dataset: MockHubDataset = { models: [], authors: [] };
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === "") continue;
      const where = `${path} line ${lineNumber}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (error) {
        throw new RecordsFileError(`${where} is not valid JSON: ${(error as Error).message}`);
      }
      const { kind, ...record } = (parsed ?? {}) as { kind?: unknown };
      if (kind === "model") dataset.models.push(checkModel(record, where));
      else if (kind === "author") dataset.authors.push(checkAuthor(record, where));
      else throw new RecordsFileError(`${where} needs "kind": "model" or "kind": "author"; got ${JSON.stringify(kind)}.`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new RecordsFileError(`records file ${path} does not exist.`);
    throw error;
  }
  return dataset;
}

function checkModel(record: unknown, where: string): MockModelRecord {
  const id = (record as { id?: unknown } | null)?.id;
  if (typeof id !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(id)) {
    throw new RecordsFileError(`${where}: a model needs an "id" written "owner/name"; got ${JSON.stringify(id)}.`);
  }
  return record as MockModelRecord;
}

function checkAuthor(record: unknown, where: string): MockAuthorRecord {
  const { name, type } = (record ?? {}) as { name?: unknown; type?: unknown };
  if (typeof name !== "string" || name === "") throw new RecordsFileError(`${where}: an author needs a "name".`);
  if (type !== "org" && type !== "user") {
    throw new RecordsFileError(`${where}: author "${name}" needs "type": "org" or "user"; got ${JSON.stringify(type)}.`);
  }
  return record as MockAuthorRecord;
}

/** Writes JSON Lines, streamed, so that writing a million models never builds one giant string. */
export async function saveDataset(path: string, dataset: MockHubDataset): Promise<void> {
  if (!path.endsWith(".jsonl")) {
    throw new RecordsFileError(`saveDataset writes JSON Lines; name the file .jsonl (got ${path}).`);
  }
  const out = createWriteStream(path, "utf8");
  const failed = once(out, "error").then(([error]) => {
    throw error;
  });
  const write = async (line: string) => {
    if (!out.write(line)) await Promise.race([once(out, "drain"), failed]);
  };
  for (const model of dataset.models) await write(`${JSON.stringify({ kind: "model", ...model })}\n`);
  for (const author of dataset.authors) await write(`${JSON.stringify({ kind: "author", ...author })}\n`);
  out.end();
  await Promise.race([once(out, "finish"), failed]);
}

/** One model of a recorded `/api/models` ranking, reduced by its recorder to seven fields. */
interface SnapshotModel {
  id: string;
  likes?: number | null;
  downloads?: number | null;
  pipeline_tag?: string | null;
  library_name?: string | null;
  createdAt?: string | null;
  lastModified?: string | null;
}

/**
 * A recorded ranking (namhyeokwoo-top-likes-downloads/*.json, docs/hub-api.md#recorded-data) as a mock Hub:
 * real ids, likes, downloads, null pipeline tags and placeholder dates, served in the API's shapes.
 * Only what serving needs is added: `author` (the owner part), tags (pipeline tag and library, which
 * the Hub counts as tags), `private: false` (the recording lists public models only) and a stable
 * `_id`. The recording has no safetensors, gguf, config, card data or lastModified (always null
 * there), and none are made up.
 *
 * Author accounts: the recording says nothing about them, but the mock must answer one overview
 * endpoint per owner. For mock purposes only, owners with two or more models in the file are served
 * as organisations and the rest as users. That guess says nothing about the real accounts, so tests
 * must not treat it as a fact about them.
 */
export async function datasetFromSnapshot(file: string): Promise<MockHubDataset> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new RecordsFileError(`snapshot ${file} is not readable JSON: ${(error as Error).message}`);
  }
  const snapshotModels = (parsed as { models?: unknown } | null)?.models;
  if (!Array.isArray(snapshotModels)) {
    throw new RecordsFileError(`snapshot ${file} needs a "models" array ({date, fetched_at, source, models: [...]}).`);
  }
  const seen = new Set<string>();
  const models: MockModelRecord[] = [];
  for (const [i, raw] of (snapshotModels as SnapshotModel[]).entries()) {
    const record = checkModel(raw, `${file} models[${i}]`);
    // The recorder merged two rankings; an id it kept twice would be served twice.
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    models.push(fromSnapshotModel(raw));
  }
  const counts = new Map<string, number>();
  for (const model of models) counts.set(model.author!, (counts.get(model.author!) ?? 0) + 1);
  const authors: MockAuthorRecord[] = [...counts].map(([name, count]) => ({
    name,
    type: count >= 2 ? "org" : "user",
  }));
  return { models, authors };
}

function fromSnapshotModel(raw: SnapshotModel): MockModelRecord {
  const tags = [raw.library_name, raw.pipeline_tag].filter((tag): tag is string => typeof tag === "string" && tag !== "");
  const record: MockModelRecord = {
    id: raw.id,
    author: raw.id.split("/")[0],
    private: false,
    tags,
    pipeline_tag: raw.pipeline_tag ?? null,
    library_name: raw.library_name ?? null,
  };
  if (typeof raw.likes === "number") record.likes = raw.likes;
  if (typeof raw.downloads === "number") record.downloads = raw.downloads;
  if (raw.createdAt) record.createdAt = raw.createdAt;
  if (raw.lastModified) record.lastModified = raw.lastModified;
  return record;
}
