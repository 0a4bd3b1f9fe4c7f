// English paragraphs of the Explorer page (src/views/Explore.astro): its lead, intros, notes and definitions.

export const explorerProse = {
  lead: (models: string) =>
    `All ${models} models in the data. Search by model id or author (or name one author exactly), filter by size, era, creation year or month, author type, author's plan, licence, family, quality, relation to a base and base model, and sort by any number. The filters live in the address, so every chart's bar links here with its set of models.`,
  noScript:
    "The full explorer (search, filters, sorting over every model) needs JavaScript. Without it, this page lists the 100 most-liked models; the whole table is in the downloads:",
};
