// English paragraphs of the Concentration page (src/views/Concentration.astro): its lead, intros, notes and definitions.

export const concentrationProse = {
  lead: (authors: string, likes: string) =>
    `Are likes spread over many authors or held by a few? ${likes} likes over the models of ${authors} authors, each author's likes summed over their models.`,
  age: {
    older: (top: string, topAge: string, allAge: string) =>
      `The top of the likes ranking is old: the ${top} most-liked models are a median ${topAge} days old, against ${allAge} days for all crawled models.`,
    recent: (top: string, topAge: string, allAge: string) =>
      `The top of the likes ranking is recent: the ${top} most-liked models are a median ${topAge} days old, against ${allAge} days for all crawled models.`,
    similar: (top: string, topAge: string, allAge: string) =>
      `The top of the likes ranking is about as old as the rest: the ${top} most-liked models are a median ${topAge} days old, against ${allAge} days for all crawled models.`,
  },
  ageUnknown: "Too few models have a real creation date to say whether the top of the ranking is old or recent.",
  agePlaceholders: (top: string, of: string, all: string) =>
    `${top} of the ${of} (and ${all} of all models) carry the Hub's placeholder date, created before March 2022, and are not in the medians.`,
};
