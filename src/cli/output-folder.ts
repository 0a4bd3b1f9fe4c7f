// The build replaces its output folder whole, so the output folder must be one the build owns: a
// build must never delete a folder it did not make. `checkOutputFolder` refuses (ConfigError, exit
// 2) a folder that is, or contains, a folder the user keeps (the project, the working directory,
// the home folder, the filesystem root, the cache or the database), an existing folder that is
// neither empty nor marked by an earlier build, and a marked one holding files that build did not
// make (the marker lists them). `swapInOutputFolder` puts a finished site in
// place by renaming: the old site goes aside, the new one takes its name, and only then is the old
// one removed, so a failure at any step leaves a whole site at the output path.
import { existsSync, realpathSync } from "node:fs";
import { lstat, readdir, readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { ConfigError } from "../config/config.ts";
import { moveFolderIntoPlace } from "../lib/atomic-write.ts";

/** Written into every output folder a build makes; only a folder carrying it is ever replaced. */
export const BUILD_MARKER = ".hub-likes-build";

/** Folders the output folder must neither be nor contain, each with how the error names it. */
export interface KeptFolders {
  projectRoot: string;
  workingDirectory: string;
  home: string;
  cacheDir: string;
  dbPath: string;
  /** Where the build stages the new site before the swap. */
  stagingRoot: string;
}

export function keptFolders(folders: Omit<KeptFolders, "workingDirectory" | "home"> & Partial<KeptFolders>): KeptFolders {
  return { workingDirectory: process.cwd(), home: homedir(), ...folders };
}

const KEPT_FOLDER_NAMES: Record<keyof KeptFolders, string> = {
  projectRoot: "the project folder",
  workingDirectory: "the working directory",
  home: "the home folder",
  cacheDir: "the cache folder",
  dbPath: "the database",
  stagingRoot: "the build's staging folder",
};

/**
 * Throws a ConfigError naming the folder and why when a build must not replace `outDir`.
 * Symbolic links are followed, so a link to the home folder is the home folder.
 */
export async function checkOutputFolder(outDir: string, kept: KeptFolders): Promise<void> {
  const target = realPath(outDir);
  const shown = path.resolve(outDir);
  const refuse = (why: string, fix: string) => {
    throw new ConfigError(`the output folder ${shown} ${why}; the build replaces its output folder whole, so ${fix}`);
  };
  if (path.parse(target).root === target) refuse("is the filesystem root", "choose a folder of its own such as dist/ (--out or outDir).");
  // A folder that is a kept one is named as such before one it merely contains.
  const keys = Object.keys(KEPT_FOLDER_NAMES) as Array<keyof KeptFolders>;
  const keptPaths = keys.map((key) => ({ key, real: realPath(kept[key]) }));
  const same = keptPaths.find(({ real }) => real === target);
  if (same) refuse(`is ${KEPT_FOLDER_NAMES[same.key]}`, "choose a folder of its own such as dist/ (--out or outDir).");
  const inside = keptPaths.find(({ real }) => isInside(real, target));
  if (inside) {
    refuse(
      `contains ${KEPT_FOLDER_NAMES[inside.key]} (${path.resolve(kept[inside.key])})`,
      "choose a folder of its own such as dist/ (--out or outDir).",
    );
  }
  const entry = await lstat(target).catch(() => null);
  if (entry === null) return;
  if (!entry.isDirectory()) refuse("is a file, not a folder", "choose a new or empty folder (--out or outDir).");
  const names = await readdir(target);
  if (names.length > 0 && !names.includes(BUILD_MARKER)) {
    refuse(
      `holds files no earlier build made (it has no ${BUILD_MARKER} marker)`,
      "choose a new or empty folder (--out or outDir), or delete this one yourself if it is an old build.",
    );
  }
  if (names.length === 0) return;
  const made = await filesTheBuildMade(target);
  // A marker from before builds listed their files vouches for the whole folder, as it always did.
  if (made === null) return;
  const added = (await filesUnder(target)).filter((file) => file !== BUILD_MARKER && !made.has(file));
  if (added.length > 0) {
    const shownFiles = added.slice(0, 3).join(", ") + (added.length > 3 ? ` and ${added.length - 3} more` : "");
    refuse(
      `holds files the earlier build did not make (${shownFiles})`,
      "move them out of it first, or choose another folder (--out or outDir).",
    );
  }
}

/** What a build writes into its marker: who made the folder, when, and every file it made. */
interface BuildMarker {
  made_by: "hub-likes build";
  built_at: string;
  /** Paths relative to the output folder, with "/" between folders. */
  files: string[];
}

/**
 * Marks a finished site as made by a build, listing the files it made, so the next build may
 * replace it, and only while it holds nothing else.
 */
export async function markOutputFolder(siteDir: string, builtAt: Date): Promise<void> {
  const marker: BuildMarker = { made_by: "hub-likes build", built_at: builtAt.toISOString(), files: await filesUnder(siteDir) };
  await writeFile(path.join(siteDir, BUILD_MARKER), `${JSON.stringify(marker)}\n`);
}

/** The files the marker lists, or null for a marker written before markers listed them. */
async function filesTheBuildMade(folder: string): Promise<Set<string> | null> {
  const text = await readFile(path.join(folder, BUILD_MARKER), "utf8").catch(() => "");
  let marker: Partial<BuildMarker> | null = null;
  try {
    marker = JSON.parse(text) as Partial<BuildMarker>;
  } catch {
    // An unreadable marker lists nothing, so every file in the folder counts as added.
  }
  if (marker !== null && typeof marker === "object" && marker.files === undefined && marker.made_by === "hub-likes build") return null;
  return new Set(Array.isArray(marker?.files) ? marker.files.filter((file) => typeof file === "string") : []);
}

/** Every file and symbolic link under a folder, relative to it with "/" separators, sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * Moves the finished site `siteDir` to `outDir`: the old site is renamed aside, the new one takes
 * its name, and the old one is removed last (see moveFolderIntoPlace).
 */
export async function swapInOutputFolder(siteDir: string, outDir: string, kept: KeptFolders): Promise<void> {
  // The folder may have changed during the build: check it again just before replacing it.
  await checkOutputFolder(outDir, kept);
  await moveFolderIntoPlace(siteDir, outDir);
}

/** The path with symbolic links resolved as far as it exists; the rest is appended as given. */
function realPath(p: string): string {
  const absolute = path.resolve(p);
  const missing: string[] = [];
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  try {
    return path.join(realpathSync(existing), ...missing);
  } catch {
    return absolute;
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
