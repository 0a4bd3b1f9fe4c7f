// English labels of the Sizes page (src/views/Sizes.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/sizes.ts.

export const sizes = {
  title: "Sizes",
  description: "Parameter counts of high-quality models before and after the era boundary.",
  caption: (unknownBefore: string, unknownAfter: string) =>
    `Share of each era's high-quality models per size bucket; the number at the end of each bar is its model count. ` +
    `Models of unknown size (${unknownBefore} before, ${unknownAfter} after) are shown apart, hollow, and never counted in the smallest bucket.`,
  era: { before: (boundary: string) => `Before ${boundary}`, after: (boundary: string) => `On or after ${boundary}` },
  unknownSize: "unknown size",
  columns: { size: "Size", models: (era: string) => `${era}: models`, share: "share", total: "total" },
};
