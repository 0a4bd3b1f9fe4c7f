// English paragraphs of the Top downloads page (src/views/Top.astro): its lead, intros, notes and definitions.

export const topProse = {
  lead: (n: string, boundary: string) =>
    `The ${n} most-downloaded high-quality models created on or after ${boundary}. Downloads are the Hub's count for the last 30 days, not all-time.`,
  /** {methodology} links to the methodology page. */
  note: 'Sizes are logical parameter counts; "Size source" says where each count came from (see the {methodology}).',
};
