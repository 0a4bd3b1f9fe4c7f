// English labels of the Derivatives page (src/views/Derivatives.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/derivatives.ts.

export const derivatives = {
  title: "Derivatives",
  description:
    "Fine-tunes, quantisations, merges and adapters among the most-liked text-generation models, and the base models behind them.",
  relationsHeading: "How models derive from others",
  relationsCaption: 'Models per relation to their base. "names no base" covers original releases and cards that do not say.',
  basesHeading: (n: string) => `The ${n} base models with the most liked descendants`,
  basesCaption: (leader: string, likes: string, descendants: string) =>
    `${leader} leads: its ${descendants} direct descendants hold ${likes} likes.`,
  notCrawled: "not crawled",
  columns: {
    relation: "Relation",
    models: "Models",
    share: "Share",
    likes: "Likes",
    highQuality: "High quality",
    base: "Base model",
    inData: "Crawled",
    baseLikes: "Its own likes",
    descendants: "Descendants",
    descendantLikes: "Likes of descendants",
    finetunes: "Fine-tunes",
    quantizations: "Quantisations",
    adapters: "Adapters",
    merges: "Merges",
    unspecified: "Unspecified",
  },
};
