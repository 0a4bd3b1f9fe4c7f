// `npm run hub -- history`: adds the crawl in the database to the likes history and loads the
// history into that database for the history page. The scheduled build passes the history the live
// site publishes as --previous-history, so the record grows by one snapshot per run.
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, normalizeConfig } from "../config/config.ts";
import { appendHistory } from "../data-loaders/history/append.ts";
import { defaultHistoryFile } from "../data-loaders/history/history-file.ts";
import { loadHistoryIntoDatabase } from "../data-loaders/history/load.ts";

export const HISTORY_USAGE = `usage: npm run hub -- history [--previous-history FILE] [--db PATH] [--out FILE]

Adds the crawl in the database to the likes history, writes the history to --out and loads it into
the database (table "history"), where the history page reads it.

  --previous-history FILE   the history so far: the live site's data/history.parquet
                            (leave it out on the first run: the history then starts with this crawl)
  --db PATH                 the crawl's DuckDB file (default $HUB_LIKES_DB or cache/hub-likes.duckdb)
  --out FILE                where to write the history (default: history.parquet beside the database);
                            publish it as dist/data/history.parquet`;

export async function runHistory(argv: string[], log: (line: string) => void = (line) => console.error(line)): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        "previous-history": { type: "string" },
        db: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run \`npm run hub -- history --help\` for the flags.`);
  }
  if (values.help) {
    console.log(HISTORY_USAGE);
    return 0;
  }
  const dbPath = normalizeConfig(values.db === undefined ? {} : { dbPath: String(values.db) }).dbPath;
  const outFile = path.resolve(values.out === undefined ? defaultHistoryFile(dbPath) : String(values.out));
  const previous = values["previous-history"] === undefined ? null : String(values["previous-history"]);

  const appended = await appendHistory(previous, dbPath, outFile);
  log(
    `${appended.replaced ? "replaced" : "added"} the snapshot of ${appended.fetched_at} (${appended.added} models); ` +
      `the history now holds ${appended.snapshots} snapshot${appended.snapshots === 1 ? "" : "s"}, ${appended.rows} rows: ${appended.file}`,
  );
  if (previous === null) log("no --previous-history: the history starts with this crawl");
  const loaded = await loadHistoryIntoDatabase(dbPath, outFile);
  log(`loaded ${loaded.snapshots} snapshots into the table "history" of ${dbPath}`);
  return 0;
}
