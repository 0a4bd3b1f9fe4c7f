// English labels of the Likes vs downloads page (src/views/LikesDownloads.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/likes-downloads.ts.

export const likesDownloads = {
  title: "Likes vs downloads",
  description: "Whether the most-liked text-generation models are also the most downloaded.",
  figures: {
    spearman: "Spearman rank correlation",
    pearson: "Pearson correlation of log(1 + likes) and log(1 + downloads)",
    zero: "models with no downloads in 30 days",
  },
  chartCaption: (likes: string, downloads: string) =>
    `Both axes are logarithmic above 1 and linear near 0, so models with no downloads sit on the left edge. Dots that stand for several models are bigger. The dashed lines are the medians: ${likes} likes and ${downloads} downloads.`,
  showTable: "Show the points as a table",
  quadrantsHeading: "Quadrants",
  quadrant: (likesSide: string, downloadsSide: string) => `${likesSide}, ${downloadsSide}`,
  sides: {
    "more liked": "more liked",
    "less liked": "less liked",
    "more downloaded": "more downloaded",
    "less downloaded": "less downloaded",
  },
  perDayHeading: "Likes per day since creation",
  columns: {
    likes: "Likes",
    downloads: "Downloads (30 days)",
    models: "Models",
    share: "Share",
    quadrant: "Quadrant",
    model: "Model",
    likesPerDay: "Likes per day",
    ageDays: "Age (days)",
    likesRank: "Likes rank",
  },
};
