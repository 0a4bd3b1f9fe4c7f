// The next scheduled crawl, read from cron expressions and from the deploy workflow itself: the
// history page states it, so it has to be the time GitHub Actions would run.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nextCronRun, nextScheduledRun, parseCron, workflowCrons } from "../src/lib/schedule.ts";

const at = (iso: string) => new Date(iso);

describe("nextCronRun", () => {
  it("finds the next Monday 05:17 UTC after a Saturday crawl", () => {
    // 2026-08-22 is a Saturday.
    expect(nextCronRun("17 5 * * 1", at("2026-08-22T06:15:00Z")).toISOString()).toBe("2026-08-24T05:17:00.000Z");
  });

  it("counts a run at the very minute of the crawl as past, and takes the one a week later", () => {
    expect(nextCronRun("17 5 * * 1", at("2026-08-24T05:17:30Z")).toISOString()).toBe("2026-08-31T05:17:00.000Z");
  });

  it("reads steps, ranges and lists", () => {
    expect(nextCronRun("*/15 * * * *", at("2026-08-22T10:07:00Z")).toISOString()).toBe("2026-08-22T10:15:00.000Z");
    expect(nextCronRun("0 9-17/4 * * *", at("2026-08-22T13:30:00Z")).toISOString()).toBe("2026-08-22T17:00:00.000Z");
    expect(nextCronRun("30 6 * 1,7 *", at("2026-08-22T00:00:00Z")).toISOString()).toBe("2027-01-01T06:30:00.000Z");
  });

  it("takes 7 as Sunday, like 0", () => {
    expect(nextCronRun("0 0 * * 7", at("2026-08-22T12:00:00Z")).toISOString()).toBe("2026-08-23T00:00:00.000Z");
  });

  it("runs on a day matching either day field when both are restricted", () => {
    // Tuesday 2026-08-25: the next Monday (the 31st) comes before the 1st of September.
    expect(nextCronRun("0 0 1 * 1", at("2026-08-25T00:00:00Z")).toISOString()).toBe("2026-08-31T00:00:00.000Z");
  });

  it("finds 29 February years ahead", () => {
    expect(nextCronRun("0 0 29 2 *", at("2026-08-22T00:00:00Z")).toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("names the field that is wrong", () => {
    expect(() => parseCron("17 5 * *")).toThrow(/has 4 fields; a schedule has five/);
    expect(() => parseCron("17 25 * * 1")).toThrow(/hour field "25" is outside 0-23/);
    expect(() => parseCron("17 5 * * mon")).toThrow(/day of week field "mon" is not a number/);
    expect(() => nextCronRun("0 0 31 2 *", at("2026-08-22T00:00:00Z"))).toThrow(/names no time in the four years/);
  });
});

describe("the deploy workflow's schedule", () => {
  const workflow = readFileSync(new URL("../.github/workflows/deploy.yml", import.meta.url), "utf8");

  it("is found in the workflow and gives a run within a week of any crawl", () => {
    const crons = workflowCrons(workflow);
    expect(crons).toHaveLength(1);
    const crawl = at("2026-08-22T06:15:00Z");
    const next = nextScheduledRun(workflow, crawl)!;
    expect(next.getTime()).toBeGreaterThan(crawl.getTime());
    expect(next.getTime() - crawl.getTime()).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    expect(next).toEqual(nextCronRun(crons[0], crawl));
  });

  it("takes the earliest of several schedules, quoted or not, and none from a workflow without one", () => {
    const text = ["on:", "  schedule:", '    - cron: "0 12 * * 3"', "    - cron: '0 6 * * *' # daily", "  workflow_dispatch:"].join("\n");
    expect(workflowCrons(text)).toEqual(["0 12 * * 3", "0 6 * * *"]);
    expect(nextScheduledRun(text, at("2026-08-22T06:15:00Z"))?.toISOString()).toBe("2026-08-23T06:00:00.000Z");
    expect(nextScheduledRun("on:\n  workflow_dispatch:\n", at("2026-08-22T06:15:00Z"))).toBeNull();
  });
});
