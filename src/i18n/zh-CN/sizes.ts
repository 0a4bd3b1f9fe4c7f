// Chinese labels of the Sizes page (src/views/Sizes.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/sizes.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { sizes as english } from "../en/sizes.ts";

export const sizes: typeof english = {
  title: "参数规模",
  description: "分界日期前后高质量模型的参数量。",
  caption: (unknownBefore, unknownAfter) =>
    `每个时期的高质量模型在各参数规模区间的占比；柱端数字为模型数。规模未知的模型（之前 ${unknownBefore} 个，之后 ${unknownAfter} 个）单独以空心柱显示，从不计入最小的区间。`,
  era: { before: (boundary) => `${boundary}之前`, after: (boundary) => `${boundary}当天或之后` },
  unknownSize: "规模未知",
  columns: { size: "参数规模", models: (era) => `${era}：模型数`, share: "占比", total: "合计" },
};
