// `npm run hub -- history`: adds the crawl in the database to the likes history and loads the
// history into that database for the history page. The scheduled build passes the history the live
// site publishes as --previous-history, so the record grows by one snapshot per run.
import path from "node:path";
import { normalizeConfig } from "../config/config.ts";
import { commandHelp, defineCommand, parseCommandLine } from "../lib/command-line.ts";
import { appendHistory } from "../data-loaders/history/append.ts";
import { defaultHistoryFile } from "../data-loaders/history/history-file.ts";
import { loadHistoryIntoDatabase } from "../data-loaders/history/load.ts";

export const HISTORY_COMMAND = defineCommand({
  name: "history",
  synopsis: "[--previous-history FILE] [--db PATH] [--out FILE]",
  summary: "add the crawl to the likes history and load it for the history page",
  description: `Adds the crawl in the database to the likes history, writes the history to --out and loads it into
the database (table "history"), where the history page reads it.`,
  flags: {
    "previous-history": {
      type: "string",
      value: "FILE",
      help: "the history so far: the live site's data/history.parquet\n(leave it out on the first run: the history then starts with this crawl)",
    },
    db: { type: "string", value: "PATH", help: "the crawl's DuckDB file (default $HUB_LIKES_DB or cache/hub-likes.duckdb)" },
    out: {
      type: "string",
      value: "FILE",
      help: "where to write the history (default: history.parquet beside the database);\npublish it as dist/data/history.parquet",
    },
  },
});

export async function runHistory(argv: string[], log: (line: string) => void = (line) => console.error(line)): Promise<number> {
  const { values, help } = parseCommandLine(HISTORY_COMMAND, argv);
  if (help) {
    console.log(commandHelp(HISTORY_COMMAND));
    return 0;
  }
  const dbPath = normalizeConfig(values.db === undefined ? {} : { dbPath: values.db }).dbPath;
  const outFile = path.resolve(values.out === undefined ? defaultHistoryFile(dbPath) : values.out);
  const previous = values["previous-history"] === undefined ? null : values["previous-history"];

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
