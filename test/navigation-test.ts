// Which pages the navigation and the overview's map list: every page, except History until the
// history has a second snapshot to compare with the first.
import { describe, expect, it } from "vitest";
import { isListed, PAGES } from "../src/layouts/pages.ts";

describe("the listed pages", () => {
  const listed = (snapshots: number) => PAGES.filter((page) => isListed(page, snapshots)).map((page) => page.id);

  it("leave History out while the history has one snapshot (or none), and list every other page", () => {
    for (const snapshots of [0, 1]) {
      expect(listed(snapshots)).toEqual(PAGES.map((page) => page.id).filter((id) => id !== "history"));
    }
  });

  it("list History from the second snapshot on, in its place", () => {
    expect(listed(2)).toEqual(PAGES.map((page) => page.id));
    expect(listed(30)).toContain("history");
  });
});
