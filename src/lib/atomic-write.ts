// Writes that a reader never sees half done: the new content is written under a temporary name
// beside the target and renamed over it when complete, so a crash, a full disk or a second Ctrl-C
// leaves the old content or the new, never a mix. Every temporary name has one form,
// `<target>.tmp-<pid>-<random>` (a database adds its own `.wal` and staging files to that name),
// so the clean-up of abandoned writes knows exactly which files are whose.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { cp, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

const TEMP_MARK = ".tmp-";

/** A fresh temporary name beside `target`: `<target>.tmp-<pid>-<random>`. */
export function tempPathFor(target: string): string {
  return `${target}${TEMP_MARK}${process.pid}-${randomBytes(4).toString("hex")}`;
}

export interface AtomicWriteOptions {
  /** Names the target in the error, e.g. "the database". */
  what?: string;
  /**
   * Files that belong to the content being replaced (a database's write-ahead log): moved aside
   * before the swap, put back if it fails, and removed once the new content is in place, so the
   * new content never meets them.
   */
  companions?: string[];
}

/**
 * Writes `target` through `write(tempPath)`, then renames the result over `target`. On failure
 * everything written under the temporary name is removed and `target` is as it was.
 */
export async function writeAtomically(
  target: string,
  write: (tempPath: string) => Promise<unknown>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const absolute = path.resolve(target);
  await mkdir(path.dirname(absolute), { recursive: true });
  await removeAbandonedTempFiles(absolute);
  const temp = tempPathFor(absolute);
  try {
    await write(temp);
    await swapIntoPlace(temp, absolute, options.companions ?? []);
  } catch (error) {
    await removeTempFiles(temp);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not write ${options.what ? `${options.what} ` : ""}${absolute}: ${reason}`, { cause: error });
  }
}

/** writeAtomically for a small file written at once, synchronously (the response caches). */
export function writeFileAtomicallySync(target: string, content: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Fills a fresh folder through `fill(tempDir)` and puts it in place of `target`: the old folder is
 * renamed aside, the new one takes its name, and the old one is removed last.
 */
export async function writeFolderAtomically(target: string, fill: (tempDir: string) => Promise<unknown>, what?: string): Promise<void> {
  const absolute = path.resolve(target);
  await mkdir(path.dirname(absolute), { recursive: true });
  await removeAbandonedTempFiles(absolute);
  const temp = tempPathFor(absolute);
  try {
    await mkdir(temp);
    await fill(temp);
    await replaceFolder(temp, absolute);
  } catch (error) {
    await removeTempFiles(temp);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not write ${what ? `${what} ` : ""}${absolute}: ${reason}`, { cause: error });
  }
}

/**
 * Moves the folder `source` (anywhere, on any file system) to `target`, replacing what is there:
 * it is first brought beside `target` under a temporary name (copied when on another file system),
 * then swapped in as writeFolderAtomically does. When the final rename fails the old folder is
 * put back.
 */
export async function moveFolderIntoPlace(source: string, target: string): Promise<void> {
  const absolute = path.resolve(target);
  await mkdir(path.dirname(absolute), { recursive: true });
  await removeAbandonedTempFiles(absolute);
  const incoming = tempPathFor(absolute);
  try {
    await rename(source, incoming).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "EXDEV") throw error;
      await cp(source, incoming, { recursive: true });
      await rm(source, { recursive: true, force: true });
    });
    await replaceFolder(incoming, absolute);
  } catch (error) {
    await removeTempFiles(incoming);
    throw error;
  }
}

async function replaceFolder(incoming: string, target: string): Promise<void> {
  const aside = tempPathFor(target);
  const hadTarget = await rename(target, aside).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(incoming, target);
  } catch (error) {
    if (hadTarget) await rename(aside, target);
    throw error;
  }
  if (hadTarget) await rm(aside, { recursive: true, force: true });
}

/** Renames `temp` over `target`; `companions` of the old target go aside first and are removed after. */
async function swapIntoPlace(temp: string, target: string, companions: string[]): Promise<void> {
  const moved: Array<{ from: string; aside: string }> = [];
  for (const companion of companions) {
    const aside = tempPathFor(target);
    try {
      await rename(companion, aside);
      moved.push({ from: companion, aside });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        await putBack(moved);
        throw error;
      }
    }
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await putBack(moved);
    throw error;
  }
  for (const { aside } of moved) await rm(aside, { force: true });
}

async function putBack(moved: Array<{ from: string; aside: string }>): Promise<void> {
  for (const { from, aside } of moved) await rename(aside, from);
}

/** The temporary file or folder and everything named after it (a database's .wal and staging files). */
async function removeTempFiles(temp: string): Promise<void> {
  const folder = path.dirname(temp);
  const base = path.basename(temp);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (name === base || name.startsWith(`${base}.`)) await rm(path.join(folder, name), { recursive: true, force: true });
  }
}

/**
 * Temporary files and folders of writes to `target` whose process is gone (killed, or a second
 * Ctrl-C). A live process's are its own business and are left alone.
 */
export async function removeAbandonedTempFiles(target: string): Promise<void> {
  const folder = path.dirname(target);
  const prefix = `${path.basename(target)}${TEMP_MARK}`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isSafeInteger(pid) && pid > 0 && !isRunning(pid)) await rm(path.join(folder, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
