import { describe, expect, it } from "vitest";
import { joinBase } from "../src/lib/href.ts";

describe("joinBase", () => {
  it("keeps links at the root when the site is served from /", () => {
    expect(joinBase("/", "top/")).toBe("/top/");
    expect(joinBase("/", "")).toBe("/");
  });

  it("puts links under a GitHub project Pages path with exactly one slash", () => {
    expect(joinBase("/hub-likes/", "top/")).toBe("/hub-likes/top/");
    expect(joinBase("/hub-likes", "/data/models.csv")).toBe("/hub-likes/data/models.csv");
    expect(joinBase("/hub-likes/", "")).toBe("/hub-likes/");
  });

  it("refuses absolute URLs, which would silently leave the site", () => {
    expect(() => joinBase("/", "https://huggingface.co/x")).toThrow(/path inside the site/);
    expect(() => joinBase("/", "//evil.example/x")).toThrow(/path inside the site/);
  });
});
