import { describe, expect, it } from "vitest";
import { MockHubCliError, runMockHubCli } from "../src/mock-hub/cli.ts";

describe("mock-hub command line", () => {
  it("asks for exactly one data source", async () => {
    await expect(runMockHubCli([])).rejects.toThrow(/exactly one of --records FILE or --sample/);
    await expect(runMockHubCli(["--sample", "--records", "x.jsonl"])).rejects.toBeInstanceOf(MockHubCliError);
  });

  it("names the flag whose value is wrong, and what it takes", async () => {
    await expect(runMockHubCli(["--sample", "--quota", "500,3000"])).rejects.toThrow(/--quota takes three whole numbers/);
    await expect(runMockHubCli(["--sample", "--models", "many"])).rejects.toThrow(/--models takes a whole number, 1 or more; got "many"/);
    await expect(runMockHubCli(["--sample", "--window-ms", "0"])).rejects.toThrow(/--window-ms takes a whole number, 1 or more/);
  });

  it("rejects unknown flags, naming the flag and where the usage is", async () => {
    await expect(runMockHubCli(["--sample", "--verbose"])).rejects.toThrow(
      "mock-hub: Unknown option '--verbose'. Run `npm run hub -- mock-hub --help` for its flags.",
    );
  });

  it("rejects arguments besides flags", async () => {
    await expect(runMockHubCli(["--sample", "records.jsonl"])).rejects.toThrow('mock-hub takes only flags, but was given "records.jsonl".');
  });

  it("reports a missing records file by name", async () => {
    await expect(runMockHubCli(["--records", "/nonexistent/records.jsonl"])).rejects.toThrow(
      "records file /nonexistent/records.jsonl does not exist.",
    );
  });
});
