// English labels of the Authors page (src/views/Authors.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/authors.ts.

export const authors = {
  title: "Authors",
  description: "Who publishes the liked text-generation models: organisations or users, and on which plans.",
  typesHeading: "Organisations and users",
  typesCaption: (authors: string, models: string, likes: string) =>
    `Organisations are ${authors} of authors and hold ${models} of models and ${likes} of likes.`,
  typesCaptionNoOrgs: "Share of authors, models and likes by author type.",
  typeColumns: { type: "Author type", authors: "Authors", models: "Models", highQuality: "High-quality models", likes: "Likes" },
  plansHeading: "Plans",
  plansCaption: "Models per author plan, split into organisations and users.",
  planColumns: { plan: "Plan", type: "Author type", authors: "Authors", models: "Models" },
  topHeading: (n: string) => `The ${n} most-liked authors`,
  topCaption: "Likes and downloads (last 30 days) summed over each author's models in this crawl.",
  topColumns: {
    position: "#",
    author: "Author",
    type: "Type",
    models: "Models",
    likes: "Likes",
    downloads: "Downloads (30 days)",
    followers: "Followers",
  },
  topChartCaption: (n: string, leader: string, likes: string) =>
    `Total likes of the ${n} most-liked authors; ${leader} leads with ${likes}. The table below holds the same numbers.`,
};
