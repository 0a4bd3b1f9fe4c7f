// English labels of the Families page (src/views/Families.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/families.ts.

export const families = {
  title: "Families & architectures",
  description: "Which model families and architectures the most-liked text-generation models belong to, and how that changed.",
  familiesHeading: "Models per family",
  familiesCaption: (top: string, share: string) =>
    `The largest family, ${top}, holds ${share} of all crawled models. Smaller families are summed as "other"; "unknown" are models with no model_type and no GGUF architecture.`,
  shareHeading: "Share per creation year",
  shareCaption: (first: string, last: string) => `Each bar is one creation year from ${first} to ${last}, adding up to 100%.`,
  architecturesHeading: "Architectures",
  columns: {
    family: "Family",
    models: "Models",
    share: "Share of all",
    highQuality: "High quality",
    highQualityShare: "Share of high quality",
    likes: "Likes",
    modelTypes: "model_type values",
    architectures: "Architectures",
    year: "Year",
    architecture: "Architecture",
    families: "Families",
  },
};
