// English labels of the History page (src/views/History.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/history.ts.

export const history = {
  title: "History",
  description: "How the most-liked text-generation models move from one weekly crawl to the next.",
  perWeekHeading: "Likes gained per week",
  perWeekCaption: (days: string, perWeek: string) =>
    `Likes gained per week between consecutive snapshots; the latest interval (${days}) gained ${perWeek} per week.`,
  days: (days: string) => `${days} days`,
  intervalColumns: { from: "From", to: "To", days: "Days", models: "Models in both", gained: "Likes gained", perWeek: "Per week" },
  moversHeading: "Rising and falling",
  noMovers: (top: string) => `No model in the top ${top} changed rank.`,
  moversCaption: (climbs: number, falls: number) =>
    `Arrows run from each model's previous rank to its current one: ${climbs} ${climbs === 1 ? "climb" : "climbs"} and ${falls} ${falls === 1 ? "fall" : "falls"}, the biggest of each.`,
  moverLegend: { rising: "rose in rank", falling: "fell in rank" },
  moverColumns: { model: "Model", previousRank: "Previous rank", rank: "Rank", change: "Change", gained: "Likes gained" },
  gainedHeading: "Most likes gained",
  gainedCaption: (n: string) =>
    `The ${n} models that gained the most likes between the two latest snapshots, with the gain as a weekly rate.`,
  gainedColumns: { rank: "Rank", model: "Model", likes: "Likes", gained: "Gained", perWeek: "Per week" },
  newcomersHeading: (top: string) => `New in the top ${top}`,
  noNewcomers: (top: string) => `The top ${top} holds the same models as in the previous snapshot.`,
  newcomersCaption: (top: string) =>
    `Models in the latest top ${top} that were not in the previous snapshot's; "not listed" means the previous crawl did not include the model at all (new, or below its limit).`,
  notListed: "not listed",
  newcomerColumns: { rank: "Rank", model: "Model", likes: "Likes", previousRank: "Previous rank" },
  snapshotsHeading: "Snapshots",
  snapshotsCaption: "Each crawl in the history: when it finished, how many models it listed and their likes in total.",
  snapshotColumns: { fetched: "Fetched", models: "Models", likes: "Total likes" },
};
