// English paragraphs of the Likes vs downloads page (src/views/LikesDownloads.astro): its lead, intros, notes and definitions.

export const likesDownloadsProse = {
  lead: (models: string) =>
    `Do people download what they like? Likes against downloads in the last 30 days for all ${models} crawled models.`,
  method:
    "The headline figure is Spearman's rank correlation: it asks whether more-liked models tend to be more downloaded, without letting a few huge models dominate (tied counts get their average rank). Pearson's correlation on log(1 + count) is shown beside it; the 1 + keeps models with zero downloads in.",
  quadrantsIntro: 'Models split at the median likes and the median downloads; a model at the median counts on the "more" side.',
  perDayIntro: (dated: string, placeholder: string, undated: string, median: string, spearman: string) =>
    `Older models have had longer to collect likes, so likes are also divided by the days from creation to the crawl. ${dated} models have a real creation date; ${placeholder} carry the Hub's placeholder date (created before March 2022, day unknown) and ${undated} no date, and are left out. The median is ${median} likes per day; Spearman's rank correlation of likes per day with downloads is ${spearman}. The models with the most likes per day:`,
};
