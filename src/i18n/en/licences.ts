// English labels of the Licences page (src/views/Licences.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/licences.ts.

export const licences = {
  title: "Licences",
  description: "Which licences the most-liked text-generation models declare, including custom licences and none.",
  kinds: {
    standard: "a licence from the Hub's list",
    custom: 'custom (declared as "other")',
    none: "none declared",
    rest: "all smaller licences together",
  },
  noneLabel: "none declared",
  restLabel: (count: string) => `${count} other licences`,
  caption: (top: string, share: string, custom: string, customShare: string, none: string, noneShare: string) =>
    `${top} is the most common licence (${share} of models). ${custom} models (${customShare}) use a custom licence and ${none} (${noneShare}) declare none.`,
  showTable: "Show every licence as a table",
  columns: {
    licence: "Licence",
    kind: "Kind",
    models: "Models",
    share: "Share of all",
    highQuality: "High quality",
    highQualityShare: "Share of high quality",
    likes: "Likes",
  },
};
