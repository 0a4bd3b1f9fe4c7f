import { describe, expect, test } from "vitest";
import { changeDirection, nonZeroClauses } from "../src/lib/finding-wording.ts";

describe("changeDirection", () => {
  test("a change under 5% of the start reads the same, in either direction", () => {
    expect(changeDirection(7.1e9, 7.2e9)).toBe("same");
    expect(changeDirection(100, 95.1)).toBe("same");
    expect(changeDirection(0.14, 0.145)).toBe("same");
  });
  test("a change of 5% or more rises or falls", () => {
    expect(changeDirection(100, 105)).toBe("rose");
    expect(changeDirection(0.14, 0.2)).toBe("rose");
    expect(changeDirection(100, 95)).toBe("fell");
  });
  test("from zero any rise counts and zero to zero is the same", () => {
    expect(changeDirection(0, 0)).toBe("same");
    expect(changeDirection(0, 0.01)).toBe("rose");
  });
  test("the threshold can be set", () => {
    expect(changeDirection(100, 104, 0.01)).toBe("rose");
  });
});

describe("nonZeroClauses", () => {
  test("clauses about zero or missing counts are left out, the rest keep their order", () => {
    expect(
      nonZeroClauses([
        { count: 3, text: "a" },
        { count: 0, text: "b" },
        { count: null, text: "c" },
        { count: 1, text: "d" },
      ]),
    ).toEqual(["a", "d"]);
  });
});
