import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, normalizeConfig } from "../src/config/config.ts";
import { parseConfigFlags } from "../src/cli/args.ts";
import { CommandLineError } from "../src/lib/command-line.ts";

describe("normalizeConfig", () => {
  it("fills every default: the real Hub, 3000 models, the notebook's thresholds", () => {
    const config = normalizeConfig({}, {});
    expect(config.endpoint).toBe("https://huggingface.co");
    expect(config.limit).toBe(3000);
    expect(config.token).toBeNull();
    expect(config.pipelineTag).toBe("text-generation");
    expect(config.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(config.dbPath.endsWith("cache/hub-likes.duckdb")).toBe(true);
  });

  it("takes HF_ENDPOINT (trailing slash removed) and HF_TOKEN from the environment", () => {
    const config = normalizeConfig({}, { HF_ENDPOINT: "http://127.0.0.1:8080/", HF_TOKEN: " hf_x " });
    expect(config.endpoint).toBe("http://127.0.0.1:8080");
    expect(config.token).toBe("hf_x");
  });

  it("rejects an endpoint that is not an http(s) URL, naming HF_ENDPOINT", () => {
    expect(() => normalizeConfig({}, { HF_ENDPOINT: "huggingface.co" })).toThrow(/HF_ENDPOINT must be an http\(s\) URL/);
  });

  it.each([
    [{ likesPercentile: 1.5 }, /likes percentile must be between 0 and 1/],
    [{ minDownloads: -1 }, /minimum downloads must be a whole number/],
    [{ eraBoundary: "2024/01/01" }, /era boundary must be a date written YYYY-MM-DD/],
  ])("rejects threshold %o with a message naming it", (thresholds, message) => {
    expect(() => normalizeConfig({ thresholds }, {})).toThrow(message);
  });
});

describe("command-line flags", () => {
  it("reads --limit as a number or all", () => {
    expect(parseConfigFlags(["--limit", "250"]).spec.limit).toBe(250);
    expect(parseConfigFlags(["--limit", "all"]).spec.limit).toBeNull();
  });

  it.each(["0", "-5", "1.5", "lots"])("refuses --limit %s with the allowed values", (value) => {
    expect(() => parseConfigFlags([`--limit=${value}`])).toThrow(/--limit takes a whole number of models \(1 or more\) or "all"/);
  });

  it("refuses an unknown flag and points to --help", () => {
    let error: unknown;
    try {
      parseConfigFlags(["--limt", "5"]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandLineError);
    expect((error as Error).message).toMatch(/--limt.*--help/s);
  });

  it("passes thresholds through to the config, where they are validated", () => {
    const { spec } = parseConfigFlags(["--likes-percentile", "0.5", "--min-downloads", "100", "--era-boundary", "2025-01-01"]);
    expect(normalizeConfig(spec, {}).thresholds).toEqual({ likesPercentile: 0.5, minDownloads: 100, eraBoundary: "2025-01-01" });
    expect(() => normalizeConfig(parseConfigFlags(["--min-downloads", "ten"]).spec, {})).toThrow(
      '--min-downloads takes a number; got "ten".',
    );
  });
});
