// English paragraphs of the Sizes page (src/views/Sizes.astro): its lead, intros, notes and definitions.

export const sizesProse = {
  lead: (boundary: string, before: string, after: string) =>
    `How big are the liked models, and did that change? High-quality models created before ${boundary} (${before}) against those created since (${after}), each bucket as a share of its era so that eras of different size compare fairly.`,
  note: 'Buckets use the logical parameter count: a mixture-of-experts model counts all its experts, and a quantised repo counts the parameters of the model it packs. "unknown" means no count could be found from any source; it is its own bucket, not a small model.',
};
