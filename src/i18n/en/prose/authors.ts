// English paragraphs of the Authors page (src/views/Authors.astro): its lead, intros, notes and definitions.

export const authorsProse = {
  lead: "Who makes the models people like: organisations or individual users, on which Hub plans.",
  /** Each {slot} is a plan name, in italics. */
  plansIntro:
    "The Hub plan of each author: organisations on {enterprise} or {team}, users with {pro}, everyone else {free}; {unknown} when the Hub did not say.",
};
