// `GET /{owner}/{name}/resolve/{revision}/{file}` for safetensors weights ("resolvers" bucket): the
// shard index (`model.safetensors.index.json`) and the weight files themselves, generated from the
// record's `weightFiles` — a valid header (8-byte little-endian length, JSON of dtype, shape and
// data_offsets, padded with spaces to 8 bytes as the safetensors writer does) followed by zeros for
// the tensor data. Byte ranges are served with 206 and Content-Range, as the Hub's CDN does, so a
// header read never needs the weights.
import type { MockModelRecord, MockWeightFile } from "./types.ts";

export const SHARD_INDEX_FILE = "model.safetensors.index.json";

/** Largest part of a weight file served in one answer: the mock has no weights worth downloading. */
export const MAX_SERVED_BYTES = 16 * 1024 * 1024;

const DTYPE_BYTES: Record<string, number> = {
  F64: 8,
  I64: 8,
  U64: 8,
  F32: 4,
  I32: 4,
  U32: 4,
  F16: 2,
  BF16: 2,
  I16: 2,
  U16: 2,
  I8: 1,
  U8: 1,
  BOOL: 1,
  F8_E4M3: 1,
  F8_E5M2: 1,
};

export type ResolveReply =
  | { status: 200 | 206; kind: "bytes"; bytes: Buffer; headers: Record<string, string> }
  | { status: 200; kind: "json"; body: unknown }
  | { status: number; kind: "error"; message: string; headers?: Record<string, string> };

/** `file` and `revision` as in the URL; `rangeHeader` as sent (or undefined). */
export function resolveFile(record: MockModelRecord, revision: string, file: string, rangeHeader: string | undefined): ResolveReply {
  if (revision !== "main" && revision !== record.sha) {
    return { status: 404, kind: "error", message: `Invalid rev id: ${revision}`, headers: { "X-Error-Code": "RevisionNotFound" } };
  }
  const weights = record.weightFiles ?? [];
  const listed = (record.siblings ?? []).some((s) => s.rfilename === file);
  if (listed && file === SHARD_INDEX_FILE && weights.length > 0) return { status: 200, kind: "json", body: shardIndex(weights) };
  const weightFile = listed ? weights.find((w) => w.name === file) : undefined;
  // Other files (config.json among them) are not served: the crawler must never need them.
  if (!weightFile) return { status: 404, kind: "error", message: "Entry not found", headers: { "X-Error-Code": "EntryNotFound" } };
  return serveRange(weightFileLayout(weightFile), rangeHeader);
}

export function shardIndex(files: readonly MockWeightFile[]): { metadata: { total_size: number }; weight_map: Record<string, string> } {
  const weightMap: Record<string, string> = {};
  let totalSize = 0;
  for (const file of files) {
    for (const [name, tensor] of Object.entries(file.tensors)) {
      weightMap[name] = file.name;
      totalSize += elements(tensor.shape) * bytesOf(tensor.dtype);
    }
  }
  // total_size is in bytes, as transformers writes it (a trap for anyone reading it as parameters).
  return { metadata: { total_size: totalSize }, weight_map: weightMap };
}

/** The header bytes (length prefix included) and the size of the whole virtual file. */
export function weightFileLayout(file: MockWeightFile): { header: Buffer; size: number } {
  const header: Record<string, unknown> = { __metadata__: { format: "pt" } };
  let offset = 0;
  for (const [name, tensor] of Object.entries(file.tensors)) {
    const size = elements(tensor.shape) * bytesOf(tensor.dtype);
    header[name] = { dtype: tensor.dtype, shape: tensor.shape, data_offsets: [offset, offset + size] };
    offset += size;
  }
  let json = JSON.stringify(header);
  json += " ".repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const jsonBytes = Buffer.from(json, "utf8");
  const prefix = Buffer.alloc(8);
  prefix.writeBigUInt64LE(BigInt(jsonBytes.length));
  const bytes = Buffer.concat([prefix, jsonBytes]);
  return { header: bytes, size: bytes.length + offset };
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; several ranges are answered with the first. */
function serveRange(layout: { header: Buffer; size: number }, rangeHeader: string | undefined): ResolveReply {
  const { size } = layout;
  let start = 0;
  let end = size - 1;
  let partial = false;
  if (rangeHeader !== undefined) {
    const match = /^bytes=(\d*)-(\d*)/.exec(rangeHeader.trim());
    if (!match || (match[1] === "" && match[2] === "")) {
      return { status: 416, kind: "error", message: `malformed Range "${rangeHeader}"`, headers: { "Content-Range": `bytes */${size}` } };
    }
    if (match[1] === "") {
      start = Math.max(0, size - Number(match[2]));
    } else {
      start = Number(match[1]);
      if (match[2] !== "") end = Math.min(Number(match[2]), size - 1);
    }
    if (start >= size || start > end) {
      return { status: 416, kind: "error", message: "Range Not Satisfiable", headers: { "Content-Range": `bytes */${size}` } };
    }
    partial = true;
  }
  const length = end - start + 1;
  if (length > MAX_SERVED_BYTES) {
    return {
      status: 501,
      kind: "error",
      message: `the mock Hub serves at most ${MAX_SERVED_BYTES} bytes of a weight file per request; ask for a byte range (Range: bytes=0-7 for the header length).`,
    };
  }
  const bytes = Buffer.alloc(length);
  if (start < layout.header.length) layout.header.copy(bytes, 0, start, Math.min(layout.header.length, end + 1));
  const headers: Record<string, string> = { "Accept-Ranges": "bytes" };
  if (partial) headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  return { status: partial ? 206 : 200, kind: "bytes", bytes, headers };
}

function elements(shape: readonly number[]): number {
  return shape.reduce((product, d) => product * d, 1);
}

function bytesOf(dtype: string): number {
  const bytes = DTYPE_BYTES[dtype];
  if (bytes === undefined) throw new RangeError(`unknown safetensors dtype "${dtype}"; use one of ${Object.keys(DTYPE_BYTES).join(", ")}.`);
  return bytes;
}
