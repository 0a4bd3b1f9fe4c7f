// Each command is defined once, with its flags; its --help is generated from that definition and
// its parser accepts exactly those flags, so an unused flag or a stray argument stops the command.
import { describe, expect, it } from "vitest";
import { BUILD_COMMAND, BUILD_SAMPLE_COMMAND, CRAWL_COMMAND, DEV_COMMAND, parseConfigFlags } from "../src/cli/args.ts";
import { COMMANDS } from "../src/cli/commands.ts";
import { CommandLineError, commandHelp, defineCommand, parseCommandLine } from "../src/lib/command-line.ts";

const EXAMPLE = defineCommand({
  name: "example",
  synopsis: "[--count N] <file>...",
  summary: "an example",
  flags: {
    count: { type: "string", value: "N", help: "how many\nsecond line" },
    quiet: { type: "boolean", help: "say less" },
  },
  positionals: { name: "at least one file", min: 1 },
});

describe("parseCommandLine", () => {
  it("returns the flags and arguments a command defines", () => {
    expect(parseCommandLine(EXAMPLE, ["--count", "3", "a.txt", "--quiet", "b.txt"])).toEqual({
      values: { count: "3", quiet: true },
      positionals: ["a.txt", "b.txt"],
      help: false,
    });
  });

  it("refuses a flag the command does not define, naming the command and its --help", () => {
    expect(() => parseCommandLine(EXAMPLE, ["--loud", "a.txt"])).toThrow(
      new CommandLineError("example: Unknown option '--loud'. Run `npm run hub -- example --help` for its flags."),
    );
  });

  it("refuses too few arguments, and any argument for a command that takes only flags", () => {
    expect(() => parseCommandLine(EXAMPLE, ["--quiet"])).toThrow("example needs at least one file.");
    expect(() => parseCommandLine(CRAWL_COMMAND, ["100"])).toThrow('crawl takes only flags, but was given "100".');
  });

  it("every command refuses an argument it does not take and a flag it does not define", () => {
    const flagOnly = COMMANDS.filter((command) => !command.positionals).map((command) => command.name);
    expect(flagOnly).toEqual(expect.arrayContaining(["crawl", "build", "build:sample", "dev", "check", "history", "mock-hub"]));
    for (const command of COMMANDS) {
      if (!command.positionals) {
        expect(() => parseCommandLine(command, ["100"]), command.name).toThrow(`${command.name} takes only flags, but was given "100".`);
      }
      expect(() => parseCommandLine(command, ["--no-such-flag"]), command.name).toThrow(`${command.name}: Unknown option '--no-such-flag'`);
    }
  });

  it("answers --help before checking the arguments", () => {
    expect(parseCommandLine(EXAMPLE, ["--help"]).help).toBe(true);
    expect(parseCommandLine(CRAWL_COMMAND, ["-h", "stray"]).help).toBe(true);
  });
});

describe("commandHelp", () => {
  it("prints each flag with its value name and help, continuation lines aligned", () => {
    expect(commandHelp(EXAMPLE)).toBe(
      [
        "usage: npm run hub -- example [--count N] <file>...",
        "",
        "  --count N               how many",
        "                          second line",
        "  --quiet                 say less",
        "  --help                  print this help",
      ].join("\n"),
    );
  });

  it("lists exactly the flags each command's parser accepts", () => {
    for (const command of COMMANDS) {
      const help = commandHelp(command);
      const listed = [...help.matchAll(/^ {2}--([a-z-]+)/gm)].map((match) => match[1]).sort();
      expect(listed, command.name).toEqual([...Object.keys(command.flags), "help"].sort());
      for (const flag of listed) {
        const argv = command.flags[flag]?.type === "string" ? [`--${flag}`, "x"] : [`--${flag}`];
        expect(
          () => parseCommandLine(command, [...argv, ...(command.positionals ? ["a/b"] : [])]),
          `${command.name} --${flag}`,
        ).not.toThrow();
      }
    }
  });
});

describe("the pipeline commands' flags", () => {
  it("crawl refuses --out, build refuses --verbose and --author-ttl-days, build:sample refuses --endpoint and --offline", () => {
    expect(() => parseConfigFlags(["--out", "site"], CRAWL_COMMAND)).toThrow("crawl: Unknown option '--out'");
    expect(() => parseConfigFlags(["--verbose"], BUILD_COMMAND)).toThrow("build: Unknown option '--verbose'");
    expect(() => parseConfigFlags(["--author-ttl-days", "1"], BUILD_COMMAND)).toThrow("build: Unknown option '--author-ttl-days'");
    expect(() => parseConfigFlags(["--endpoint", "http://x"], BUILD_SAMPLE_COMMAND)).toThrow("build:sample: Unknown option '--endpoint'");
    expect(() => parseConfigFlags(["--offline"], BUILD_SAMPLE_COMMAND)).toThrow("build:sample: Unknown option '--offline'");
    expect(() => parseConfigFlags(["--limit", "10"], DEV_COMMAND)).toThrow("dev: Unknown option '--limit'");
  });

  it("build takes --out into the config spec", () => {
    expect(parseConfigFlags(["--out", "site", "--refresh"], BUILD_COMMAND)).toMatchObject({ spec: { outDir: "site" }, refresh: true });
  });
});
