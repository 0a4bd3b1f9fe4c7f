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

  it("rejects unknown flags with the usage", async () => {
    await expect(runMockHubCli(["--sample", "--verbose"])).rejects.toThrow(/usage: mock-hub/);
  });

  it("reports a missing records file by name", async () => {
    await expect(runMockHubCli(["--records", "/nonexistent/records.jsonl"])).rejects.toThrow(
      "records file /nonexistent/records.jsonl does not exist.",
    );
  });
});
