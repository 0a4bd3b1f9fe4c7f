// English labels of the Names page (src/views/Names.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/names.ts.

export const names = {
  title: "Names that do not match the count",
  description:
    "Size stated in a model's name against the count its own metadata gives: which names do not match, and the likely reason why.",
  figures: {
    unexplained: "names that do not match the count, with no reason found",
    disagree: (n: string, compared: string) => `of ${compared} names are more than 20% off the count (${n})`,
    explained: "of those have a likely reason",
  },
  reasonsHeading: "Names that do not match for a likely reason",
  reasons: {
    unexplained: "no reason found",
    packed: "packed quantised storage",
    embeddings: "embeddings",
    towers: "vision or audio towers",
    rounding: "rounding",
  },
  chartCaption:
    "Each dot is one or more models with about the same pair of sizes (bigger dots, more models). On the solid diagonal the name is exact; between the dashed lines it is within 20%.",
  legend: { agrees: "within 20%", disagrees: "more than 20% off" },
  showTable: "Show the points as a table",
  worstHeading: (n: string, total: string) => `Names that do not match the count, no reason found: the ${n} furthest off of ${total}`,
  columns: {
    model: "Model",
    nameSize: "Size from name",
    metadataSize: "Size from metadata",
    source: "Metadata source",
    ratio: "Name ÷ metadata",
    models: "Models",
    disagrees: "More than 20% off",
    reason: "Likely reason",
    example: "Most-liked example",
  },
};
