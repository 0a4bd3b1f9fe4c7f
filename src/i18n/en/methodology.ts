// English labels of the Methodology page (src/views/Methodology.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/methodology.ts.

export const methodology = {
  title: "Methodology",
  description: "Where each number in the hub-likes report comes from, and what it cannot tell.",
  dataHeading: "The data",
  qualityHeading: "High quality",
  qualityTerm: "high quality",
  erasHeading: "Eras",
  eraNames: { before: "before", after: "after" },
  sizesHeading: "Sizes",
  unknownBucket: "unknown",
  logicalHeading: "Logical counts of quantised repositories",
  sourcesCaption: "Where each model's parameter count came from, in the order the crawler tries the sources.",
  sourceColumns: {
    source: "Source",
    meaning: "Meaning",
    models: "Models",
    share: "Share",
    packed: "of which packed storage",
    adapters: "of which adapters",
  },
  familiesHeading: "The family vocabulary",
  familiesCaption: "The family vocabulary, with each family's crawled models.",
  familyColumns: {
    family: "Family",
    name: "Name",
    modelTypes: "model_type",
    gguf: "GGUF architecture",
    classes: "Classes",
    distinct: "Kept apart from",
    models: "Models",
  },
  reasonsHeading: "Why a name may not match its count",
  reasonsCaption: "Names that do not match the count, by likely reason.",
  analysesHeading: "The analyses",
  caveatsHeading: "Caveats",
};
