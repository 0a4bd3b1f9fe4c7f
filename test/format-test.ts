import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatCount,
  formatDate,
  formatExact,
  formatParams,
  formatShare,
  formatStat,
  formatTimestamp,
} from "../src/lib/format.ts";

describe("formatParams", () => {
  it("writes parameter counts the way model names do", () => {
    expect(formatParams(8_030_261_248)).toBe("8.0B");
    expect(formatParams(134_515_008)).toBe("135M");
    expect(formatParams(1_235_814_400)).toBe("1.2B");
    // Just under a unit rounds up into it rather than showing "1000M".
    expect(formatParams(999_885_952)).toBe("1.0B");
    expect(formatParams(999_600)).toBe("1.0M");
    expect(formatParams(684_531_386_000)).toBe("685B");
    expect(formatParams(1_026_470_000_000)).toBe("1.0T");
    expect(formatParams(22_000)).toBe("22.0K");
  });

  it('says "unknown" for a missing count instead of zero', () => {
    expect(formatParams(null)).toBe("unknown");
    expect(formatParams(undefined)).toBe("unknown");
  });
});

describe("number formats", () => {
  it("groups thousands and marks missing values with a dash", () => {
    expect(formatCount(14021988)).toBe("14,021,988");
    expect(formatCount(null)).toBe("–");
    expect(formatStat(812.44)).toBe("812");
    expect(formatStat(2.114)).toBe("2.11");
    expect(formatStat(3)).toBe("3");
    expect(formatShare(0.4213)).toBe("42.1%");
    expect(formatCompact(1_234_567)).toBe("1.2M");
    expect(formatExact(1460.25)).toBe("1,460.25");
    expect(formatExact(41)).toBe("41");
  });

  it("shows times in UTC whatever the build machine's zone", () => {
    expect(formatTimestamp("2026-08-22T06:15:00Z")).toBe("2026-08-22 06:15 UTC");
    expect(formatDate("2024-07-18T23:56:00-05:00")).toBe("2024-07-19");
    expect(formatDate(null)).toBe("unknown");
  });
});
