// Raw Hub responses on disk, so a rerun resumes without requests and --offline works.
// Keys are request URLs with the endpoint stripped: the same cache serves the real Hub, a mirror,
// or a mock Hub on whatever port it got. Entries never hold the token or any request header.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomicallySync } from "../../lib/atomic-write.ts";

export interface CachedResponse {
  /** The cache key: path and query relative to the endpoint (or a full URL for another host). */
  url: string;
  status: number;
  /** Only headers that matter when replaying; `link` is stored relative to the endpoint. */
  headers: { link?: string; "content-type"?: string };
  /** "bytes" bodies (parts of files, read with Range) are stored base64-encoded. */
  bodyType: "json" | "text" | "bytes";
  body: unknown;
  fetchedAt: string;
}

/**
 * What the cache holds for a key: the entry, nothing, or a file that cannot be used (cut short by
 * a full disk, or holding another key), described in `problem`.
 */
export type CacheRead = { entry: CachedResponse; problem?: undefined } | { entry: null; problem: string | null };

export interface ResponseCache {
  readonly dir: string;
  read(key: string): CacheRead;
  write(entry: CachedResponse): void;
  fileFor(key: string): string;
}

/** A readable start (so `ls` shows what is cached) and the key's hash (so names are unique). */
export function cacheFileName(key: string): string {
  const readable = key
    .toLowerCase()
    .replace(/%5b%5d/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const hash = createHash("sha256").update(key).digest("hex");
  return `${readable || "root"}-${hash}.json`;
}

export function createResponseCache(cacheDir: string): ResponseCache {
  const dir = path.join(cacheDir, "http");
  const fileFor = (key: string) => path.join(dir, cacheFileName(key));
  return {
    dir,
    fileFor,
    read(key) {
      const file = fileFor(key);
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return { entry: null, problem: null };
        throw error;
      }
      try {
        const entry = JSON.parse(text) as CachedResponse;
        if (entry.url === key && typeof entry.status === "number") return { entry };
        return { entry: null, problem: `the cache file ${file} does not hold ${key}` };
      } catch {
        return { entry: null, problem: `the cache file ${file} for ${key} is not valid JSON (cut short?)` };
      }
    },
    write(entry) {
      // Written beside the target and renamed: a crash mid-write never leaves a half entry.
      writeFileAtomicallySync(fileFor(entry.url), JSON.stringify(entry));
    },
  };
}
