// English labels of the Top downloads page (src/views/Top.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/top.ts.

export const top = {
  title: "Top downloads",
  description: "The most-downloaded high-quality text-generation models of the latest era.",
  none: (boundary: string) => `No high-quality model was created on or after ${boundary}.`,
  tableCaption: 'Ordered by downloads in the last 30 days; "Likes rank" is the model\'s place among all crawled models by likes.',
  columns: {
    position: "#",
    model: "Model",
    author: "Author",
    downloads: "Downloads (30 days)",
    likes: "Likes",
    rank: "Likes rank",
    size: "Size",
    sizeSource: "Size source",
    created: "Created",
  },
  chartCaption: (n: string, leader: string, downloads: string) =>
    `Downloads in the last 30 days of the ${n} models in the table below; ${leader} leads with ${downloads}.`,
  methodologyLink: "methodology",
};
