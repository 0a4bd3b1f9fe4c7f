// Parameter counts from safetensors headers: one speculative Range request per file (a second only
// for a header longer than it), the sum of tensor shapes, shard indexes followed (their total_size
// is bytes, not parameters), and config.json never asked for.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createHubClient, HubError } from "../src/data-loaders/hub/client.ts";
import {
  countHeaderParams,
  fetchHeaderParams,
  readHeaderLength,
  SPECULATIVE_READ_BYTES,
  weightFilesOf,
} from "../src/data-loaders/hub/safetensors-header.ts";
import { weightFileLayout } from "../src/mock-hub/resolve.ts";
import type { MockModelRecord } from "../src/mock-hub/types.ts";
import { scratchDir, startTestHub, startTestServer } from "./fixtures/scratch.ts";

function clientFor(endpoint: string) {
  return createHubClient({
    endpoint,
    token: null,
    cacheDir: scratchDir("hub-header-"),
    offline: false,
    log: () => {},
    sleep: async () => {},
  });
}

/** A safetensors file built by hand, byte by byte, independently of the mock Hub's generator. */
function handBuiltFile(header: Record<string, unknown>, dataBytes = 64): Buffer {
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(json.length, 0); // high 32 bits stay 0: little-endian u64
  return Buffer.concat([prefix, json, Buffer.alloc(dataBytes)]);
}

/** A header with `tensors` tensors of shape [i + 1, 3]: its JSON runs to ~70 bytes a tensor. */
function manyTensors(tensors: number): { header: Record<string, unknown>; params: number } {
  const header: Record<string, unknown> = { __metadata__: { format: "pt" } };
  let params = 0;
  for (let i = 0; i < tensors; i++) {
    header[`model.layers.${i}.mlp.experts.${i % 64}.weight`] = { dtype: "BF16", shape: [i + 1, 3], data_offsets: [0, 0] };
    params += (i + 1) * 3;
  }
  return { header, params };
}

const lastByte = SPECULATIVE_READ_BYTES - 1;

interface SeenRequest {
  path: string;
  range: string | undefined;
}

/** Serves files by path with Range support, and logs what was asked. */
async function fileServer(files: Record<string, Buffer | object>): Promise<{ url: string; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const url = await startTestServer((request, response) => {
    const url = request.url ?? "/";
    seen.push({ path: url, range: request.headers.range });
    const file = files[url];
    if (file === undefined) {
      response.writeHead(404, { "Content-Type": "application/json" }).end('{"error":"Entry not found"}');
      return;
    }
    if (!Buffer.isBuffer(file)) {
      response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(file));
      return;
    }
    const match = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? "");
    if (!match) {
      response.writeHead(200, { "Content-Type": "application/octet-stream" }).end(file);
      return;
    }
    const [start, end] = [Number(match[1]), Math.min(Number(match[2]), file.length - 1)];
    response
      .writeHead(206, { "Content-Type": "application/octet-stream", "Content-Range": `bytes ${start}-${end}/${file.length}` })
      .end(file.subarray(start, end + 1));
  });
  return { url, seen };
}

describe("countHeaderParams", () => {
  it("sums the product of every tensor's shape, skipping __metadata__, a scalar counting 1", () => {
    const header = {
      __metadata__: { format: "pt", total_parameters: "999" },
      "embed.weight": { dtype: "BF16", shape: [32000, 4096], data_offsets: [0, 0] },
      "norm.weight": { dtype: "F32", shape: [4096], data_offsets: [0, 0] },
      scale: { dtype: "F32", shape: [], data_offsets: [0, 0] },
    };
    expect(countHeaderParams(header, "x")).toBe(32000 * 4096 + 4096 + 1);
  });

  it("refuses a tensor without a shape, naming it", () => {
    expect(() => countHeaderParams({ "a.weight": { dtype: "F16" } }, "repo/model.safetensors")).toThrow(/a\.weight.*valid shape/);
  });

  it("reads the length as a little-endian u64 and refuses lengths no safetensors file has", () => {
    const prefix = Buffer.alloc(8);
    prefix.writeBigUInt64LE(300n);
    expect(readHeaderLength(new Uint8Array(prefix), "f")).toBe(300);
    prefix.writeBigUInt64LE(2n ** 40n);
    expect(() => readHeaderLength(new Uint8Array(prefix), "f")).toThrow(/not that of a safetensors file/);
  });
});

describe("weightFilesOf", () => {
  it("prefers the shard index, then model.safetensors, then a lone top-level file, else nothing", () => {
    const files = (...names: string[]) => names.map((rfilename) => ({ rfilename }));
    expect(weightFilesOf(files("model-00001-of-00002.safetensors", "model.safetensors.index.json", "consolidated.safetensors"))).toEqual({
      index: "model.safetensors.index.json",
    });
    expect(weightFilesOf(files("model.safetensors", "consolidated.safetensors"))).toEqual({ files: ["model.safetensors"] });
    expect(weightFilesOf(files("weights.safetensors", "README.md"))).toEqual({ files: ["weights.safetensors"] });
    expect(weightFilesOf(files("a.safetensors", "b.safetensors"))).toBeNull();
    expect(weightFilesOf(files("pytorch_model.bin"))).toBeNull();
  });
});

describe("fetchHeaderParams against a hand-built repo", () => {
  it("reads a file whose header fits the first read in one Range request, and sums its shapes", async () => {
    const file = handBuiltFile({
      w: { dtype: "F16", shape: [3, 5], data_offsets: [0, 30] },
      b: { dtype: "F16", shape: [7], data_offsets: [30, 44] },
    });
    const server = await fileServer({ "/acme/tiny/resolve/main/model.safetensors": file });
    const result = await fetchHeaderParams(clientFor(server.url), { id: "acme/tiny", siblings: [{ rfilename: "model.safetensors" }] });
    expect(result).toEqual({
      ok: true,
      count: { params: 22, evidence: "sum of tensor shapes in the safetensors header of model.safetensors = 22" },
    });
    // The file is shorter than the range: the server cuts the range at its end (206), as the Hub's CDN does.
    expect(server.seen).toEqual([{ path: "/acme/tiny/resolve/main/model.safetensors", range: `bytes=0-${lastByte}` }]);
  });

  it("asks only for the rest of a header longer than the first read, and counts it exactly", async () => {
    const { header, params } = manyTensors(5000);
    const file = handBuiltFile(header, SPECULATIVE_READ_BYTES);
    const headerLength = file.readUInt32LE(0);
    expect(8 + headerLength).toBeGreaterThan(SPECULATIVE_READ_BYTES);
    const server = await fileServer({ "/acme/moe/resolve/main/model.safetensors": file });
    const result = await fetchHeaderParams(clientFor(server.url), { id: "acme/moe", siblings: [{ rfilename: "model.safetensors" }] });
    expect(result.ok && result.count.params).toBe(params);
    expect(server.seen.map((r) => r.range)).toEqual([`bytes=0-${lastByte}`, `bytes=${SPECULATIVE_READ_BYTES}-${8 + headerLength - 1}`]);
  });

  it("reads a header that ends exactly at the first read's last byte in one request", async () => {
    // Pad __metadata__ so that 8 + header length is exactly SPECULATIVE_READ_BYTES.
    const { header, params } = manyTensors(100);
    const unpadded = Buffer.byteLength(JSON.stringify({ ...header, __metadata__: { format: "pt", pad: "" } }));
    const padded = { ...header, __metadata__: { format: "pt", pad: "x".repeat(SPECULATIVE_READ_BYTES - 8 - unpadded) } };
    const file = handBuiltFile(padded, 1000);
    expect(8 + file.readUInt32LE(0)).toBe(SPECULATIVE_READ_BYTES);
    const server = await fileServer({ "/acme/edge/resolve/main/model.safetensors": file });
    const result = await fetchHeaderParams(clientFor(server.url), { id: "acme/edge", siblings: [{ rfilename: "model.safetensors" }] });
    expect(result.ok && result.count.params).toBe(params);
    expect(server.seen).toHaveLength(1);
  });

  it("caches only the header of a speculative read, and an offline rerun counts the same from it", async () => {
    const { header, params } = manyTensors(20);
    const file = handBuiltFile(header, 4 * SPECULATIVE_READ_BYTES);
    const headerEnd = 8 + file.readUInt32LE(0);
    const server = await fileServer({ "/acme/big/resolve/main/model.safetensors": file });
    const dir = scratchDir("hub-header-");
    const options = { endpoint: server.url, token: null, cacheDir: dir, log: () => {}, sleep: async () => {} };
    const model = { id: "acme/big", siblings: [{ rfilename: "model.safetensors" }] };

    const cold = await fetchHeaderParams(createHubClient({ ...options, offline: false }), model);
    expect(cold.ok && cold.count.params).toBe(params);
    const cachedBytes = readdirSync(path.join(dir, "http"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
    // The answer was 256 KiB; the cache holds its header (base64 in a JSON entry) and little else.
    expect(headerEnd).toBeLessThan(SPECULATIVE_READ_BYTES / 50);
    expect(cachedBytes).toBeLessThan(2 * headerEnd + 1024);

    const warm = await fetchHeaderParams(createHubClient({ ...options, offline: true }), model);
    expect(warm).toEqual(cold);
    expect(server.seen).toHaveLength(1);
  });

  it("gives a reason after one request when the file ends before the header its prefix claims", async () => {
    const whole = handBuiltFile({ w: { dtype: "F16", shape: [3, 5], data_offsets: [0, 30] } }, 0);
    const cut = whole.subarray(0, whole.length - 5);
    const server = await fileServer({ "/acme/cut/resolve/main/model.safetensors": cut });
    const result = await fetchHeaderParams(clientFor(server.url), { id: "acme/cut", siblings: [{ rfilename: "model.safetensors" }] });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/file is \d+ bytes long, but its header claims \d+ bytes/) });
    expect(server.seen).toHaveLength(1);
  });

  it("follows the shard index at the listing's sha and adds every shard's header, not the index's byte total", async () => {
    const sha = "a".repeat(40);
    const base = `/acme/big/resolve/${sha}`;
    const server = await fileServer({
      [`${base}/model.safetensors.index.json`]: {
        metadata: { total_size: 123456789 },
        weight_map: { a: "model-00001-of-00002.safetensors", b: "model-00002-of-00002.safetensors", c: "model-00002-of-00002.safetensors" },
      },
      [`${base}/model-00001-of-00002.safetensors`]: handBuiltFile({ a: { dtype: "BF16", shape: [1000, 10], data_offsets: [0, 0] } }),
      [`${base}/model-00002-of-00002.safetensors`]: handBuiltFile({
        __metadata__: { format: "pt" },
        b: { dtype: "BF16", shape: [10, 10, 10], data_offsets: [0, 0] },
        c: { dtype: "F32", shape: [5], data_offsets: [0, 0] },
      }),
    });
    const siblings = [
      "model.safetensors.index.json",
      "model-00001-of-00002.safetensors",
      "model-00002-of-00002.safetensors",
      "config.json",
    ].map((rfilename) => ({ rfilename }));
    const result = await fetchHeaderParams(clientFor(server.url), { id: "acme/big", sha, siblings });
    expect(result.ok && result.count.params).toBe(10_000 + 1_000 + 5);
    expect(result.ok && result.count.evidence).toMatch(
      /2 shards \(model-00001-of-00002\.safetensors … model-00002-of-00002\.safetensors\) = 11005$/,
    );
    expect(server.seen.filter((r) => r.path.endsWith(".safetensors")).every((r) => /^bytes=\d+-\d+$/.test(r.range ?? ""))).toBe(true);
    // One read per shard: both headers fit the first read.
    expect(server.seen.filter((r) => r.path.endsWith(".safetensors"))).toHaveLength(2);
    expect(server.seen.filter((r) => r.path.endsWith(".index.json"))).toHaveLength(1);
    expect(server.seen.some((r) => r.path.endsWith("config.json"))).toBe(false);
  });

  it("stops reading a repo's shards once one fails: the count would not be the model's", async () => {
    const shards = Array.from({ length: 12 }, (_, i) => `model-${String(i + 1).padStart(5, "0")}-of-00012.safetensors`);
    const files: Record<string, Buffer | object> = {
      "/acme/broken/resolve/main/model.safetensors.index.json": {
        weight_map: Object.fromEntries(shards.map((name, i) => [`t${i}`, name])),
      },
    };
    // The first shard is missing; the others are fine.
    for (const name of shards.slice(1))
      files[`/acme/broken/resolve/main/${name}`] = handBuiltFile({ t: { dtype: "F16", shape: [2], data_offsets: [0, 4] } });
    const server = await fileServer(files);
    const siblings = ["model.safetensors.index.json", ...shards].map((rfilename) => ({ rfilename }));
    const result = await fetchHeaderParams(clientFor(server.url), { id: "acme/broken", siblings });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/model-00001-of-00012\.safetensors.*404/) });
    expect(server.seen.filter((r) => r.path.endsWith(".safetensors")).length).toBeLessThan(shards.length);
  });

  it("gives a reason, not an exception, when a file is missing or not safetensors", async () => {
    const server = await fileServer({ "/acme/odd/resolve/main/model.safetensors": Buffer.from("<html>not weights</html>") });
    const client = clientFor(server.url);
    const odd = await fetchHeaderParams(client, { id: "acme/odd", siblings: [{ rfilename: "model.safetensors" }] });
    expect(odd).toMatchObject({ ok: false, reason: expect.stringMatching(/not that of a safetensors file/) });
    const gone = await fetchHeaderParams(client, { id: "acme/gone", siblings: [{ rfilename: "model.safetensors" }] });
    expect(gone).toMatchObject({ ok: false, reason: expect.stringMatching(/404/) });
  });

  it("refuses an answer that ignores the Range header instead of reading a whole weight file", async () => {
    const client = clientFor(await startTestServer((_request, response) => response.writeHead(200).end(Buffer.alloc(1000))));
    await expect(client.getBytes("/a/b/resolve/main/model.safetensors", { start: 0, end: 7 })).rejects.toThrow(HubError);
    await expect(client.getBytes("/a/b/resolve/main/model.safetensors", { start: 0, end: 7 })).rejects.toThrow(/ignored the range/);
  });
});

describe("the mock Hub's weight files", () => {
  const tensors = {
    "model.layers.0.mlp.weight": { dtype: "BF16", shape: [1024, 4096] },
    "model.layers.0.norm.weight": { dtype: "BF16", shape: [77] },
  };
  const record: MockModelRecord = {
    id: "acme/header-only-7B",
    sha: "b".repeat(40),
    likes: 1,
    downloads: 1,
    siblings: [{ rfilename: "model.safetensors" }, { rfilename: "config.json" }],
    weightFiles: [{ name: "model.safetensors", tensors }],
  };

  it("serves a valid header by byte ranges (206, Content-Range) and the count is the tensors' sum", async () => {
    const hub = await startTestHub({ dataset: { models: [record], authors: [] } });
    const { header, size } = weightFileLayout(record.weightFiles![0]);
    const response = await fetch(`${hub.url}/acme/header-only-7B/resolve/main/model.safetensors`, { headers: { Range: "bytes=0-7" } });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes 0-7/${size}`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(header.subarray(0, 8));

    const client = clientFor(hub.url);
    const result = await fetchHeaderParams(client, record);
    expect(result.ok && result.count.params).toBe(1024 * 4096 + 77);
    expect(hub.requests.every((r) => r.bucket === "resolvers")).toBe(true);
    // The sha in the URL, as the listing gave it.
    expect(hub.requests.filter((r) => r.path.includes(`/resolve/${record.sha}/model.safetensors`))).toHaveLength(1);

    // A second read comes from the cache: byte ranges are cached like any other answer.
    const before = hub.requests.length;
    expect(await fetchHeaderParams(client, record)).toEqual(result);
    expect(hub.requests).toHaveLength(before);
  });

  it("answers an unsatisfiable range with 416 and a revision it does not know with 404", async () => {
    const hub = await startTestHub({ dataset: { models: [record], authors: [] } });
    const { size } = weightFileLayout(record.weightFiles![0]);
    const beyond = await fetch(`${hub.url}/acme/header-only-7B/resolve/main/model.safetensors`, {
      headers: { Range: `bytes=${size}-${size + 10}` },
    });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${size}`);
    expect((await fetch(`${hub.url}/acme/header-only-7B/resolve/nope/model.safetensors`, { headers: { Range: "bytes=0-7" } })).status).toBe(
      404,
    );
  });
});
