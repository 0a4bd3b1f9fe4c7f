// English paragraphs of the Derivatives page (src/views/Derivatives.astro): its lead, intros, notes and definitions.

export const derivativesProse = {
  lead: (derived: string, total: string, share: string) =>
    `${derived} of the ${total} crawled models (${share}) say in their base_model metadata that they derive from another model: a fine-tune, a quantisation, an adapter or a merge.`,
  basesIntro:
    "For each base model: the likes of the crawled models that name it as their base, split by relation. Only direct descendants count (a quantisation of a fine-tune counts for the fine-tune). A base that was not itself crawled still counts, and is marked.",
};
