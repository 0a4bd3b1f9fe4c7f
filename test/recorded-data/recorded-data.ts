// Finds the recorded Hub data the tests read, checks every file against its recorded sha256, and
// fetches the missing ones from the repositories that recorded them. The data is third-party, so
// the repository carries only the list of files and their hashes (manifest.ts).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomically } from "../../src/lib/atomic-write.ts";
import { RECORDED_FILES, type RecordedFile } from "./manifest.ts";

const PROJECT_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** Where the data sits when the project is checked out beside a `shared` folder, as in its own CI. */
export const SHARED_DIR = path.resolve(PROJECT_DIR, "../shared/data/hf-snapshots");
/** Where the tests fetch it to when there is none: inside the clone, git-ignored. */
export const FETCHED_DIR = path.join(PROJECT_DIR, ".cache", "hf-snapshots");
export const RAW_GITHUB = "https://raw.githubusercontent.com";
/** Where the files are fetched from: HF_SNAPSHOTS_SOURCE_URL (a mirror laid out as <repo>/<commit>/<path>), else GitHub. */
export function recordedDataSource(env: NodeJS.ProcessEnv = process.env): string {
  return env.HF_SNAPSHOTS_SOURCE_URL || RAW_GITHUB;
}
/** The one command that gets the data; every error names it. */
export const FETCH_COMMAND = "npm run fetch-recorded-data";

const FETCH_TIMEOUT_MS = 30_000;

/** A problem with the recorded data, said in one line with what to do. */
export class RecordedDataError extends Error {
  override name = "RecordedDataError";
}

/** HF_SNAPSHOTS_DIR when set, else ../shared/data/hf-snapshots when it exists, else FETCHED_DIR. */
export function recordedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HF_SNAPSHOTS_DIR) return path.resolve(env.HF_SNAPSHOTS_DIR);
  return existsSync(SHARED_DIR) ? SHARED_DIR : FETCHED_DIR;
}

export interface EnsureRecordedDataOptions {
  dir: string;
  /** Files are read from <baseUrl>/<repo>/<commit>/<source>; raw.githubusercontent.com by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  files?: readonly RecordedFile[];
}

/**
 * Checks each recorded file in `dir` against its sha256 and fetches the missing ones. A file that
 * is there with other bytes is never overwritten: it may be someone's own copy. Returns how many
 * files were fetched; throws a RecordedDataError when a file is wrong or cannot be fetched.
 */
export async function ensureRecordedData(options: EnsureRecordedDataOptions): Promise<{ fetched: number }> {
  const files = options.files ?? RECORDED_FILES;
  const missing: RecordedFile[] = [];
  for (const file of files) {
    const local = path.join(options.dir, file.file);
    if (!existsSync(local)) {
      missing.push(file);
      continue;
    }
    const actual = sha256(await readFile(local));
    if (actual !== file.sha256) {
      throw new RecordedDataError(
        `${local} is not the recorded file (sha256 ${actual}, expected ${file.sha256}); ` +
          `delete it and run \`${FETCH_COMMAND}\` to get the recorded one.`,
      );
    }
  }
  for (const file of missing) {
    const bytes = await download(file, options, missing.length, files.length);
    // A run stopped mid-write must not leave a half file that the next run would check and refuse.
    await writeAtomically(path.join(options.dir, file.file), (temporary) => writeFile(temporary, bytes));
  }
  return { fetched: missing.length };
}

async function download(file: RecordedFile, options: EnsureRecordedDataOptions, missing: number, total: number): Promise<Buffer> {
  const baseUrl = options.baseUrl ?? RAW_GITHUB;
  const url = `${baseUrl}/${file.repo}/${file.commit}/${file.source}`;
  const fetchFile = options.fetch ?? fetch;
  const cannotFetch = (reason: string) =>
    new RecordedDataError(
      `the recorded Hub data the tests read is missing in ${options.dir} (${missing} of ${total} files, e.g. ${file.file}) ` +
        `and fetching it from ${baseUrl} failed: ${reason}. Run \`${FETCH_COMMAND}\` where the network allows, ` +
        "or set HF_SNAPSHOTS_DIR to a folder that holds the files (docs/testing.md#recorded-hub-data).",
    );
  let response: Response;
  try {
    response = await fetchFile(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw cannotFetch(describeFetchError(error));
  }
  if (!response.ok) throw cannotFetch(`HTTP ${response.status} for ${url}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const actual = sha256(bytes);
  if (actual !== file.sha256) {
    throw new RecordedDataError(
      `${url} answered with other bytes than the recorded file (sha256 ${actual}, expected ${file.sha256}), so nothing was written; ` +
        "the source has changed: update test/recorded-data/manifest.ts only after checking the tests against the new data.",
    );
  }
  return bytes;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** fetch() hides the network's reason (DNS, refused, timeout) in `cause`. */
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code === "ENOTFOUND" || cause.code === "EAI_AGAIN" ? `no network (${cause.code})` : cause.code;
  if ((error as Error).name === "TimeoutError") return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  return cause?.message ?? (error as Error).message ?? String(error);
}
