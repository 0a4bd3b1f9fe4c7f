// English paragraphs of the Over time page (src/views/Time.astro): its lead, intros, notes and definitions.

export const timeProse = {
  lead: (dated: string, range: string) =>
    `When were the liked models created? ${dated} models with a real creation date, by month ${range}; the high-quality ones are the lower part of each bar.`,
  /** {count} is the number of placeholder-dated models, in bold. */
  placeholderNote: (total: string) =>
    `Not on the timeline: {count} of ${total} models were created before March 2022. For those the Hub gives a placeholder date (2022-03-02), not the real one, so they cannot be placed in a month.`,
  note: "Months with no models are left empty. Creation dates are those of the Hub repository, which can differ from a model's announced release.",
};
