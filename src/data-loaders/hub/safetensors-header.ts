// Parameter counts read from the weight files themselves: a safetensors file starts with an 8-byte
// little-endian header length N and N bytes of JSON naming every tensor's dtype and shape
// (huggingface/safetensors docs, metadata_parsing). One Range request per file nearly always
// gives the count without downloading weights (see SPECULATIVE_READ_BYTES). Resolver bucket.
// config.json is never fetched: the Hub counts that as a download of the model (the client
// refuses it too).
//
// A sharded repo costs its index plus one read per shard. The index alone is not enough for an
// exact count: `metadata.total_size` is bytes, and turning it into parameters needs every tensor's
// dtype, which only the shards' headers give (a checkpoint mixes BF16 weights with F32 norms, or
// FP8 weights with F32 scales). Dividing by the bytes per element of one shard's dtypes would be an
// estimate, and the data's rule is "unknown is null, never a guess" (rows.ts); so every shard is
// read and the count is exact. Repos that need this are rare (the Hub's own `safetensors` summary
// is parsed from the same headers, so it is usually there) and resolver requests are the most
// plentiful bucket (3,000 per 5 minutes anonymously).
import type { CacheMode, HubClient } from "./client.ts";
import { InterruptedError } from "./errors.ts";
import type { ApiModel } from "./types.ts";

/** The safetensors format caps its header at 100 MB; a larger "length" means this is not one. */
export const MAX_HEADER_BYTES = 100_000_000;

export const SHARD_INDEX_FILE = "model.safetensors.index.json";

/**
 * Bytes asked for in the first read of a weight file: the length prefix and, nearly always, the
 * whole header with it, so one request does the work of two. A header is ~100–130 bytes of JSON per
 * tensor: a 5 GB shard of a dense model has a few hundred tensors (10–40 KB); shards of MoE models
 * with many experts run to ~1,000–1,500 tensors (Qwen3-30B-A3B: ~18,000 tensors in 16 shards,
 * ~130 KB each), past the 100,000 bytes huggingface_hub reads first. 256 KiB covers those; a longer
 * header (a single-file model with thousands of tensors) costs one more request for the rest.
 * The surplus is weight bytes, a few hundred KB per file at most, read once and then cached.
 */
export const SPECULATIVE_READ_BYTES = 256 * 1024;

/** Shards of one repo read at once; the client bounds the resolvers bucket as a whole as well. */
const SHARD_READ_CONCURRENCY = 4;

export interface HeaderCount {
  params: number;
  /** Which files were read, for the row's evidence. */
  evidence: string;
}

export type HeaderResult = { ok: true; count: HeaderCount } | { ok: false; reason: string };

export class SafetensorsHeaderError extends Error {
  override name = "SafetensorsHeaderError";
}

/**
 * Which weight files hold the model, from the repo's file list: the shard index when there is one
 * (its files are then read from the index), else a single `model.safetensors`, else the only
 * `.safetensors` file at the top of the repo. Anything else (several unindexed files, files only in
 * subfolders) is ambiguous: summing them could count a model twice (e.g. `consolidated.safetensors`
 * beside the shards), so null.
 */
export function weightFilesOf(siblings: readonly { rfilename: string }[] | undefined): { index: string } | { files: string[] } | null {
  const names = (siblings ?? []).map((s) => s?.rfilename).filter((name): name is string => typeof name === "string");
  if (names.includes(SHARD_INDEX_FILE)) return { index: SHARD_INDEX_FILE };
  if (names.includes("model.safetensors")) return { files: ["model.safetensors"] };
  const topLevel = names.filter((name) => !name.includes("/") && name.endsWith(".safetensors"));
  return topLevel.length === 1 ? { files: topLevel } : null;
}

/** `/{id}/resolve/{revision}/{file}`; the revision is the listing's sha when known, so the files match the metadata. */
export function resolvePath(id: string, revision: string, file: string): string {
  const encodedId = id.split("/").map(encodeURIComponent).join("/");
  const encodedFile = file.split("/").map(encodeURIComponent).join("/");
  return `/${encodedId}/resolve/${encodeURIComponent(revision)}/${encodedFile}`;
}

/** The header length in the first 8 bytes (unsigned 64-bit little-endian). */
export function readHeaderLength(prefix: Uint8Array, where: string): number {
  if (prefix.length < 8) {
    throw new SafetensorsHeaderError(`${where}: expected 8 bytes of header length, got ${prefix.length}.`);
  }
  const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (length === 0n || length > BigInt(MAX_HEADER_BYTES)) {
    throw new SafetensorsHeaderError(
      `${where}: header length ${length} is not that of a safetensors file (1 to ${MAX_HEADER_BYTES} bytes).`,
    );
  }
  return Number(length);
}

/** Sum over tensors of the product of their shape; `__metadata__` is not a tensor. A scalar (shape []) is 1. */
export function countHeaderParams(header: unknown, where: string): number {
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    throw new SafetensorsHeaderError(`${where}: the header is not a JSON object of tensors.`);
  }
  let total = 0;
  for (const [name, tensor] of Object.entries(header)) {
    if (name === "__metadata__") continue;
    const shape = (tensor as { shape?: unknown } | null)?.shape;
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      throw new SafetensorsHeaderError(`${where}: tensor "${name}" has no valid shape (${JSON.stringify(shape)}).`);
    }
    total += shape.reduce((product: number, d: number) => product * d, 1);
  }
  if (!Number.isSafeInteger(total)) throw new SafetensorsHeaderError(`${where}: the tensor sizes add up past 2^53.`);
  return total;
}

/**
 * What the cache keeps of a speculative read: the length and the header when the read holds them
 * all (a rerun then reads the same count from far fewer bytes), else everything, so that a header
 * longer than the read is still recognised as cut short.
 */
function headerBytesOnly(first: Uint8Array): number {
  try {
    return Math.min(first.length, 8 + readHeaderLength(first, "a speculative read"));
  } catch {
    // Not a safetensors prefix: kept whole, so the rerun refuses it for the same reason.
    return first.length;
  }
}

/**
 * Parameters in one file's header: bytes 0–7 give N, bytes 8..8+N-1 are the JSON. The first
 * request asks for SPECULATIVE_READ_BYTES; only a longer header costs a second one, for the rest.
 */
export async function readFileParams(client: HubClient, path: string, cache: CacheMode = "use"): Promise<number> {
  const options = { bucket: "resolvers" as const, cache };
  const first =
    (await client.getBytes(path, { start: 0, end: SPECULATIVE_READ_BYTES - 1 }, { ...options, cacheBytes: headerBytesOnly })).body ??
    new Uint8Array();
  const length = readHeaderLength(first, path);
  const headerEnd = 8 + length;
  let bytes: Uint8Array;
  if (first.length >= headerEnd) {
    bytes = first.subarray(8, headerEnd);
  } else if (first.length < SPECULATIVE_READ_BYTES) {
    // A 206 shorter than asked is the whole file (the range is cut at its end): nothing more to read.
    throw new SafetensorsHeaderError(`${path}: the file is ${first.length} bytes long, but its header claims ${length} bytes.`);
  } else {
    const rest = (await client.getBytes(path, { start: first.length, end: headerEnd - 1 }, options)).body ?? new Uint8Array();
    if (rest.length !== headerEnd - first.length) {
      throw new SafetensorsHeaderError(`${path}: asked for header bytes ${first.length}–${headerEnd - 1}, got ${rest.length} bytes.`);
    }
    bytes = new Uint8Array(length);
    bytes.set(first.subarray(8), 0);
    bytes.set(rest, first.length - 8);
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new SafetensorsHeaderError(`${path}: the header is not valid UTF-8 JSON (${(error as Error).message}).`);
  }
  return countHeaderParams(header, path);
}

/** Sum of the parameters of every file, a few read at once; the first failure stops the rest. */
async function sumFileParams(client: HubClient, paths: readonly string[], cache: CacheMode): Promise<number> {
  const counts: number[] = new Array(paths.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < paths.length && !failed) {
      const i = next++;
      try {
        counts[i] = await readFileParams(client, paths[i], cache);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Every read in flight ends before the answer does: none outlives the model's fetch.
  const settled = await Promise.allSettled(Array.from({ length: Math.min(SHARD_READ_CONCURRENCY, paths.length) }, worker));
  const failure = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
  if (failure) throw failure.reason;
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * The model's parameter count from its safetensors headers, or why there is none. A Hub or format
 * problem is a reason, not an exception: the cascade then moves on to the next source.
 */
export async function fetchHeaderParams(
  client: HubClient,
  model: Pick<ApiModel, "id" | "sha" | "siblings">,
  cache: CacheMode = "use",
): Promise<HeaderResult> {
  const weights = weightFilesOf(model.siblings);
  if (weights === null) return { ok: false, reason: "no single or indexed .safetensors weights in the file list" };
  const revision = typeof model.sha === "string" && /^[0-9a-f]{40}$/i.test(model.sha) ? model.sha : "main";
  try {
    let files: string[];
    if ("index" in weights) {
      const index = await client.getJson<{ weight_map?: Record<string, string> }>(resolvePath(model.id, revision, weights.index), {
        bucket: "resolvers",
        cache,
      });
      // metadata.total_size is bytes, not parameters (see the top of this file): only the shard names are used.
      const map = index.body?.weight_map;
      files = map && typeof map === "object" ? [...new Set(Object.values(map).filter((f) => typeof f === "string"))].sort() : [];
      if (files.length === 0) return { ok: false, reason: `${weights.index} has no weight_map` };
    } else {
      files = weights.files;
    }
    const params = await sumFileParams(
      client,
      files.map((file) => resolvePath(model.id, revision, file)),
      cache,
    );
    if (!Number.isSafeInteger(params)) return { ok: false, reason: "the shards' tensor sizes add up past 2^53" };
    if (params <= 0) return { ok: false, reason: "the headers list no tensors" };
    const which = files.length === 1 ? files[0] : `${files.length} shards (${files[0]} … ${files.at(-1)})`;
    return { ok: true, count: { params, evidence: `sum of tensor shapes in the safetensors header of ${which} = ${params}` } };
  } catch (error) {
    if (error instanceof InterruptedError) throw error;
    return { ok: false, reason: (error as Error).message };
  }
}
