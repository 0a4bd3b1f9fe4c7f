import { describe, expect, it } from "vitest";
import { hubAuthorUrl, hubModelUrl } from "../src/lib/hub-links.ts";

describe("Hub links", () => {
  it("point at the model and author pages on huggingface.co", () => {
    expect(hubModelUrl("meta-llama/Llama-3.1-8B-Instruct")).toBe("https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct");
    expect(hubModelUrl("gpt2")).toBe("https://huggingface.co/gpt2");
    expect(hubAuthorUrl("Qwen")).toBe("https://huggingface.co/Qwen");
  });

  it("encode characters that could change the link's target", () => {
    expect(hubModelUrl('evil/<script>"x?y#z</script>')).toBe("https://huggingface.co/evil/%3Cscript%3E%22x%3Fy%23z%3C%2Fscript%3E");
    expect(hubAuthorUrl("../admin")).toBe("https://huggingface.co/..%2Fadmin");
  });

  it("reject an empty id or author, which has no page", () => {
    expect(() => hubModelUrl("")).toThrow(/empty id/);
    expect(() => hubAuthorUrl("")).toThrow(/empty name/);
  });
});
