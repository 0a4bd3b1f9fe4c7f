// English labels of the Concentration page (src/views/Concentration.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/concentration.ts.

export const concentration = {
  title: "Concentration",
  description: "How concentrated the likes of the most-liked text-generation models are among their authors.",
  figures: {
    top10: "of all likes go to the 10 most-liked authors",
    gini: "Gini coefficient (0 = every author equal, 1 = one author has all)",
    half: "of likes go to the less-liked half of authors",
  },
  lorenzHeading: "Lorenz curve",
  lorenzCaption:
    "Authors sorted from least to most liked along the bottom; the curve shows the share of all likes the authors so far hold together. The dashed diagonal is perfect equality; the further the curve sags below it, the more concentrated the likes.",
  showTable: "Show the curve's points as a table",
  ageHeading: "Is the top of the ranking old or recent?",
  topHeading: "The 10 most-liked authors",
  columns: {
    authorShare: "Share of authors",
    likesShare: "Share of likes",
    author: "Author",
    likes: "Likes",
    share: "Share of all likes",
    models: "Models",
  },
};
