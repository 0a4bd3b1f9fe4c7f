// What a site publishes at each size, and the build's refusal of a site its host cannot take.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSiteSize, siteFiles } from "../src/cli/site-size.ts";
import { ConfigError, DEFAULT_SITE_LIMIT_BYTES, normalizeConfig } from "../src/config/config.ts";
import { BUILD_COMMAND, parseConfigFlags } from "../src/cli/args.ts";
import { MODELS_JSON_MAX_ROWS, modelDownloadFormats } from "../src/data-loaders/db/downloads.ts";
import { scratchDir } from "./fixtures/scratch.ts";

function site(files: Record<string, number>): string {
  const dir = scratchDir("hub-site-size-");
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), Buffer.alloc(bytes));
  }
  return dir;
}

describe("the site size check", () => {
  it("passes a site within the limit and reports its size", () => {
    const dir = site({ "index.html": 300, "data/models.csv": 700 });
    expect(checkSiteSize(dir, 1000)).toEqual({ bytes: 1000 });
    expect(
      siteFiles(dir)
        .map((f) => f.path)
        .sort(),
    ).toEqual(["data/models.csv", "index.html"]);
  });

  it("refuses a larger site in one message naming its size, the limit, the largest files and the fixes", () => {
    const dir = site({ "index.html": 300_000, "data/models.csv": 2_500_000, "data/models.parquet": 400_000 });
    expect(() => checkSiteSize(dir, 3_000_000)).toThrow(
      /^the site is 3\.2 MB, over the host's limit of 3 MB .*Largest files: data\/models\.csv 2\.5 MB, data\/models\.parquet 0\.4 MB, index\.html 0\.3 MB\. Crawl fewer models \(--limit\), or raise --site-limit-mb/,
    );
  });

  it("takes its limit from --site-limit-mb, else HUB_LIKES_SITE_LIMIT_MB, else GitHub Pages' 1 GB", () => {
    expect(normalizeConfig({}, {}).siteLimitBytes).toBe(DEFAULT_SITE_LIMIT_BYTES);
    expect(normalizeConfig({}, { HUB_LIKES_SITE_LIMIT_MB: "250" }).siteLimitBytes).toBe(250_000_000);
    expect(parseConfigFlags(["--site-limit-mb", "2000"], BUILD_COMMAND).spec.siteLimitBytes).toBe(2_000_000_000);
    expect(() => parseConfigFlags(["--site-limit-mb", "1GB"], BUILD_COMMAND)).toThrow(ConfigError);
    expect(() => parseConfigFlags(["--site-limit-mb", "1GB"], BUILD_COMMAND)).toThrow(
      /--site-limit-mb takes the host's site size limit in megabytes/,
    );
    expect(() => normalizeConfig({}, { HUB_LIKES_SITE_LIMIT_MB: "0" })).toThrow(/HUB_LIKES_SITE_LIMIT_MB takes/);
  });
});

describe("the model table downloads", () => {
  it(`are Parquet, CSV and JSON up to ${MODELS_JSON_MAX_ROWS} models, and Parquet and CSV past that`, () => {
    expect(modelDownloadFormats(3000)).toEqual(["parquet", "csv", "json"]);
    expect(modelDownloadFormats(MODELS_JSON_MAX_ROWS)).toEqual(["parquet", "csv", "json"]);
    expect(modelDownloadFormats(MODELS_JSON_MAX_ROWS + 1)).toEqual(["parquet", "csv"]);
  });
});
