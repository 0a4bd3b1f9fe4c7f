// What the crawl knows about authors across runs, in `<cacheDir>/authors/known-authors.json`.
// An account's kind (organisation or user) does not change, so it is kept for good: a later run
// never looks it up again. Plan and follower counts do change; each author's are kept with the
// time they were fetched and asked for again once older than the details TTL.
import { readFileSync } from "node:fs";
import path from "node:path";
import { writeFileAtomicallySync } from "../../lib/atomic-write.ts";
import type { AccountKind } from "./authors.ts";
import type { AuthorOverview } from "./types.ts";

/** An overview the Hub gave (not "unknown"): what enrichAuthor reads, nothing more. */
export type KnownOverview = Exclude<AuthorOverview, { kind: "unknown" }>;

export interface KnownAuthor {
  kind: AccountKind;
  overview: KnownOverview;
  /** When the overview's answer was fetched (epoch ms). */
  fetchedAt: number;
}

export interface KnownAuthors {
  readonly file: string;
  get(name: string): KnownAuthor | undefined;
  /** Records what a source answered now; the kind it states is kept from then on. */
  learn(name: string, overview: KnownOverview, fetchedAt: number): void;
  /** Kinds of every known author: which overview endpoint to ask when refreshing. */
  kinds(): Map<string, AccountKind>;
  /** How many known authors are of each kind. */
  kindCounts(): Record<AccountKind, number>;
  readonly size: number;
  /** Writes the file (temp file, then rename: a run killed mid-write leaves the old one). */
  save(): void;
}

interface StoredFile {
  version: 1;
  authors: Record<string, KnownAuthor>;
}

export function knownAuthorsPath(cacheDir: string): string {
  return path.join(cacheDir, "authors", "known-authors.json");
}

export function kindOfOverview(overview: KnownOverview): AccountKind {
  return overview.kind === "listing" ? overview.authorData.type : overview.kind;
}

/** Reads the store; a missing file is an empty store, an unreadable one is reported and started afresh. */
export function loadKnownAuthors(cacheDir: string, log: (line: string) => void = () => {}): KnownAuthors {
  const file = knownAuthorsPath(cacheDir);
  const authors = new Map<string, KnownAuthor>();
  let text: string | null = null;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (text !== null) {
    try {
      const stored = JSON.parse(text) as StoredFile;
      if (stored?.version !== 1 || typeof stored.authors !== "object" || stored.authors === null) throw new Error("not a version 1 store");
      for (const [name, known] of Object.entries(stored.authors)) {
        if ((known?.kind === "org" || known?.kind === "user") && typeof known.fetchedAt === "number" && known.overview) {
          authors.set(name, known);
        }
      }
    } catch (error) {
      // Only derived facts are lost: the raw answers are still in the HTTP cache.
      log(`warning: ${file} is unreadable (${(error as Error).message}); authors are looked up again`);
    }
  }

  return {
    file,
    get: (name) => authors.get(name),
    learn(name, overview, fetchedAt) {
      authors.set(name, { kind: kindOfOverview(overview), overview: slimOverview(overview), fetchedAt });
    },
    kinds: () => new Map([...authors].map(([name, known]) => [name, known.kind])),
    kindCounts() {
      const counts = { org: 0, user: 0 };
      for (const known of authors.values()) counts[known.kind]++;
      return counts;
    },
    get size() {
      return authors.size;
    },
    save() {
      writeFileAtomicallySync(file, JSON.stringify({ version: 1, authors: Object.fromEntries(authors) } satisfies StoredFile));
    },
  };
}

/** The fields enrichAuthor reads; an overview carries avatars, details and more besides. */
function slimOverview(overview: KnownOverview): KnownOverview {
  const pick = <T extends object>(value: T, keys: readonly string[]): T =>
    Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, (value as Record<string, unknown>)[key]])) as T;
  switch (overview.kind) {
    case "org":
      return { kind: "org", overview: pick(overview.overview, ["name", "fullname", "numFollowers", "plan", "numModels"]) };
    case "user":
      return { kind: "user", overview: pick(overview.overview, ["user", "fullname", "numFollowers", "isPro", "numModels"]) };
    case "listing":
      return { kind: "listing", authorData: pick(overview.authorData, ["name", "fullname", "type", "followerCount", "plan", "isPro"]) };
  }
}
