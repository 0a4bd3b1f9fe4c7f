import { describe, expect, it } from "vitest";
import { parseModelRecord } from "../src/data-loaders/hub/parse-model.ts";

const GOOD = {
  _id: "6909b87b734dd24dd19da3ef",
  id: "moonshotai/Kimi-K2-Thinking",
  likes: 578,
  downloads: 5119,
  trendingScore: 580,
  private: false,
  tags: ["transformers", "license:other"],
  pipeline_tag: "text-generation",
  library_name: "transformers",
  createdAt: "2025-11-04T08:25:31.000Z",
};

describe("parseModelRecord", () => {
  it("accepts a Hub list object as it is", () => {
    expect(parseModelRecord(GOOD)).toEqual({ ok: true, model: GOOD });
  });

  it("keeps unknown fields and non-ASCII text", () => {
    const parsed = parseModelRecord({ ...GOOD, id: "세종/모델-7B", widgetData: [{ text: "你好" }], cardData: { license: ["mit"] } });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.model.id).toBe("세종/모델-7B");
      expect((parsed.model as unknown as { widgetData: unknown }).widgetData).toEqual([{ text: "你好" }]);
    }
  });

  it('treats null in an optional field as not given, but keeps null where the type allows it (safetensors: the Hub\'s "none")', () => {
    const parsed = parseModelRecord({ ...GOOD, createdAt: null, safetensors: null, gated: null, pipeline_tag: null });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect("createdAt" in parsed.model).toBe(false);
      expect(parsed.model.safetensors).toBeNull();
      expect("gated" in parsed.model).toBe(false);
      expect(parsed.model.pipeline_tag).toBeNull();
    }
  });

  it.each([
    [{ ...GOOD, likes: undefined }, "moonshotai/Kimi-K2-Thinking", "likes is missing"],
    [{ ...GOOD, likes: null }, "moonshotai/Kimi-K2-Thinking", "likes is missing"],
    [{ ...GOOD, downloads: "5119" }, "moonshotai/Kimi-K2-Thinking", 'downloads is "5119", not a whole number of 0 or more'],
    [{ ...GOOD, likes: -1 }, "moonshotai/Kimi-K2-Thinking", "likes is -1, not a whole number of 0 or more"],
    [{ ...GOOD, id: undefined }, null, "id is missing"],
    [{ ...GOOD, id: 42 }, null, "id is 42, not a string"],
    [{ ...GOOD, id: "no-owner" }, "no-owner", 'id "no-owner" is not of the form owner/name'],
    [{ ...GOOD, id: "a/b/c" }, "a/b/c", 'id "a/b/c" is not of the form owner/name'],
    [{ ...GOOD, id: "owner/has space" }, "owner/has space", 'id "owner/has space" is not of the form owner/name'],
    [{ ...GOOD, tags: "transformers" }, "moonshotai/Kimi-K2-Thinking", 'tags is "transformers", expected a list of strings'],
    [{ ...GOOD, gated: true }, "moonshotai/Kimi-K2-Thinking", 'gated is true, expected false, "auto" or "manual"'],
    ["just a string", null, 'record is "just a string", not a JSON object'],
    [null, null, "record is null, not a JSON object"],
  ])("rejects %j with a reason", (raw, id, reason) => {
    expect(parseModelRecord(raw)).toEqual({ ok: false, id, reason });
  });
});
