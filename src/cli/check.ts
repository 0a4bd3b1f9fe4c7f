// `npm run hub -- check`: refuses to publish a crawl that looks broken, comparing it with the data
// the live site publishes. Exit code 1 stops the scheduled build before anything is deployed.
import { ConfigError, normalizeConfig } from "../config/config.ts";
import { commandHelp, defineCommand, parseCommandLine } from "../lib/command-line.ts";
import { checkPublish, DEFAULT_PUBLISH_CHECK_OPTIONS, type PublishCheckOptions } from "../data-loaders/publish-check/check.ts";
import { readPublishFigures, readSummaryFigures } from "../data-loaders/publish-check/figures.ts";

const d = DEFAULT_PUBLISH_CHECK_OPTIONS;

export const CHECK_COMMAND = defineCommand({
  name: "check",
  synopsis: "[--previous-summary FILE] [--db PATH] [thresholds]",
  summary: "refuse to publish a crawl that looks broken next to the published one",
  description: `Checks that the crawl in the database is fit to publish; exits with 1, listing every problem, when
it is not. With --previous-summary it also compares the crawl with the published data.`,
  flags: {
    "previous-summary": {
      type: "string",
      value: "FILE",
      help: "the live site's data/summary.json (leave it out on the first publication)",
    },
    db: { type: "string", value: "PATH", help: "the crawl's DuckDB file (default $HUB_LIKES_DB or cache/hub-likes.duckdb)" },
    "crawled-after": { type: "string", value: "TIME", help: "refuse a crawl that finished before this ISO time (the build's start)" },
    "allow-sample": { type: "boolean", help: "accept data from the bundled sample Hub" },
    "min-models-share": {
      type: "string",
      value: "S",
      help: `fewest models, as a share of the requested limit (default ${d.minModelsShare})`,
    },
    "max-models-drop": {
      type: "string",
      value: "S",
      help: `largest fall in models against the published data (default ${d.maxModelsDrop})`,
    },
    "max-likes-drop": {
      type: "string",
      value: "S",
      help: `largest fall in total likes against the published data (default ${d.maxLikesDrop})`,
    },
    "max-filled-drop": {
      type: "string",
      value: "S",
      help: `largest fall in the share of models with a known parameter count,\nauthor type or creation date (default ${d.maxFilledDrop} = ${d.maxFilledDrop * 100} points)`,
    },
    "max-skipped-share": {
      type: "string",
      value: "S",
      help: `largest share of listing records skipped as unusable (default ${d.maxSkippedShare})`,
    },
  },
  headings: { "min-models-share": "thresholds (shares, 0..1):" },
});

const SHARE_FLAGS = {
  "min-models-share": "minModelsShare",
  "max-models-drop": "maxModelsDrop",
  "max-likes-drop": "maxLikesDrop",
  "max-filled-drop": "maxFilledDrop",
  "max-skipped-share": "maxSkippedShare",
} as const satisfies Record<string, keyof PublishCheckOptions>;

export async function runCheck(argv: string[], log: (line: string) => void = (line) => console.error(line)): Promise<number> {
  const { values, help } = parseCommandLine(CHECK_COMMAND, argv);
  if (help) {
    console.log(commandHelp(CHECK_COMMAND));
    return 0;
  }
  const options: Partial<PublishCheckOptions> = { allowSample: Boolean(values["allow-sample"]) };
  for (const flag of Object.keys(SHARE_FLAGS) as Array<keyof typeof SHARE_FLAGS>) {
    const raw = values[flag];
    if (raw !== undefined) options[SHARE_FLAGS[flag]] = parseShare(`--${flag}`, raw);
  }
  if (values["crawled-after"] !== undefined) options.crawledAfter = parseTime("--crawled-after", values["crawled-after"]);

  const dbPath = normalizeConfig(values.db === undefined ? {} : { dbPath: values.db }).dbPath;
  const current = await readPublishFigures(dbPath);
  const previous = values["previous-summary"] === undefined ? null : await readSummaryFigures(values["previous-summary"]);
  const result = checkPublish(current, previous, options);

  for (const note of result.notes) log(`note: ${note}`);
  if (!result.ok) {
    log(
      `publish check FAILED for ${current.origin} (fetched ${current.fetched_at}); nothing should be published, the live site keeps its data:`,
    );
    for (const problem of result.problems) log(`  - ${problem}`);
    return 1;
  }
  log(
    `publish check passed: ${current.models} models fetched ${current.fetched_at}` +
      (previous ? `, compared with the published data of ${previous.fetched_at}` : ", no published data to compare with"),
  );
  return 0;
}

function parseShare(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new ConfigError(`${flag} takes a share between 0 and 1 (0.2 means 20%); got "${text}".`);
  }
  return value;
}

function parseTime(flag: string, text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new ConfigError(`${flag} takes an ISO 8601 time such as 2026-08-01T05:00:00Z; got "${text}".`);
  }
  return new Date(text).toISOString();
}
