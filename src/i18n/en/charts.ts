/** Axis labels, tooltips and text alternatives of the charts (src/charts); numbers arrive formatted. */
export const charts = {
  topDownloads: {
    aria: (n: string, leader: string, downloads: string) =>
      `Bar chart of 30-day downloads for the ${n} most-downloaded high-quality models; ${leader} leads with ${downloads}.`,
    ariaEmpty: "Bar chart of 30-day downloads: no high-quality models in the latest era.",
    x: "Downloads, last 30 days →",
    title: (id: string, downloads: string) => `${id}: ${downloads} downloads`,
  },
  sizeBuckets: {
    aria: (parts: string[]) =>
      `Grouped bar chart of the share of high-quality models per size bucket, before vs after the era boundary. ${parts.join("; ")}.`,
    ariaEra: (era: "before" | "after", total: string, head: string, unknown: string) =>
      `${era} the boundary: ${total} models, ${head}, ${unknown} of unknown size`,
    commonSize: (bucket: string, share: string) => `most common size ${bucket} (${share})`,
    noKnownSize: "no models of known size",
    fx: "Parameters",
    y: "↑ Share of the era's high-quality models",
    /** The share axis when the bars lie horizontally, on phones. */
    yNarrow: "Share of the era's high-quality models →",
    title: (era: "before" | "after", bucket: string, models: string, share: string) =>
      `${era} the boundary, ${bucket}: ${models} models (${share})`,
  },
  modelsPerMonth: {
    aria: (total: string, first: string, last: string, busiest: string, busiestModels: string) =>
      `Stacked bar chart of ${total} models by creation month from ${first} to ${last}, high-quality models at the bottom of each bar; ` +
      `the busiest month is ${busiest} with ${busiestModels} models.`,
    ariaEmpty: "Bar chart of models per creation month: no model has a real creation date.",
    x: "Creation month →",
    y: "↑ Models",
    groups: { "high quality": "high quality", other: "other" },
    title: (month: string, group: string, models: string) => `${month}, ${group}: ${models} models`,
    boundary: (boundary: string) => `era boundary ${boundary}`,
  },
  authorTypes: {
    aria: (authors: string, models: string, likes: string) =>
      `Stacked 100% bars comparing organisations and users: organisations are ${authors} of authors, hold ${models} of models and ${likes} of likes.`,
    x: "Share →",
    measures: { authors: "authors", models: "models", likes: "likes" },
    title: (type: string, value: string, measure: string, share: string) => `${type}: ${value} ${measure} (${share})`,
  },
  authorPlans: {
    aria: (plans: string[]) => `Stacked bar chart of models per author plan (${plans.join(", ")}), split into organisations and users.`,
    ariaPlan: (plan: string, models: string) => `${plan} ${models}`,
    ariaEmpty: "Stacked bar chart of models per author plan: no authors.",
    x: "Models →",
    title: (plan: string, type: string, models: string, authors: string) => `${plan}, ${type}: ${models} models from ${authors} authors`,
  },
  topAuthors: {
    aria: (n: string, leader: string, likes: string, models: string) =>
      `Bar chart of total likes for the ${n} most-liked authors; ${leader} leads with ${likes} likes over ${models} models.`,
    ariaEmpty: "Bar chart of likes per author: no authors.",
    x: "Likes →",
    title: (author: string, type: string, likes: string, models: string) => `${author} (${type}): ${likes} likes, ${models} models`,
  },
  families: {
    aria: (leader: string, models: string, share: string, bars: string[]) =>
      `Bar chart of models per family; ${leader} is the largest with ${models} models (${share}). ${bars.join(", ")}.`,
    ariaBar: (family: string, models: string) => `${family}: ${models}`,
    ariaEmpty: "Bar chart of models per family: no model has a known family.",
    x: "Models →",
    title: (family: string, models: string, share: string) => `${family}: ${models} models (${share})`,
  },
  familyShare: {
    aria: (parts: string[]) => `100% stacked bar chart of the share of models per family by creation year. ${parts.join("; ")}.`,
    ariaYear: (year: string, models: string, leader: string | null, share: string) =>
      leader === null ? `${year}: ${models} models` : `${year}: ${models} models, ${leader} largest (${share})`,
    ariaEmpty: "Stacked bar chart of family shares per creation year: no model has a real creation date.",
    x: "Creation year",
    y: "↑ Share of the year's models",
    yNarrow: "Share of the year's models →",
    title: (year: string, family: string, models: string, share: string) => `${year}, ${family}: ${models} models (${share})`,
  },
  licences: {
    aria: (label: string, models: string, share: string, custom: string, none: string) =>
      `Bar chart of models per declared licence; ${label} is the most common with ${models} models (${share}). ` +
      `${custom} models use a custom licence and ${none} declare none.`,
    ariaEmpty: "Bar chart of models per licence: no models.",
    x: "Models →",
    title: (label: string, kind: string, models: string, share: string) => `${label} (${kind}): ${models} models (${share})`,
  },
  derivativeRelations: {
    aria: (derived: string, total: string, relations: string[]) =>
      `Bar chart of models by their relation to a base model: ${derived} of ${total} models derive from another model. ${relations.join(", ")}.`,
    ariaRelation: (relation: string, models: string) => `${relation}: ${models}`,
    x: "Models →",
    title: (relation: string, models: string, likes: string) => `${relation}: ${models} models, ${likes} likes`,
  },
  topBaseModels: {
    aria: (n: string, leader: string, likes: string, descendants: string) =>
      `Stacked bar chart of the likes held by the direct descendants of the ${n} base models whose descendants are most liked; ` +
      `${leader} leads with ${likes} likes over ${descendants} descendants.`,
    ariaEmpty: "Stacked bar chart of likes of descendants per base model: no model names a base.",
    x: "Likes of direct descendants →",
    notCrawled: "not crawled",
    title: (base: string, relation: string, likes: string) => `${base}, ${relation}: ${likes} likes`,
  },
  nameSizes: {
    aria: (compared: string, disagree: string, share: string, larger: string, smaller: string) =>
      `Log-log scatter plot of each model's size from its name against its size from metadata: ${compared} models compared, ` +
      `${disagree} (${share}) disagree by more than 20%, ${larger} with a name that claims more parameters and ${smaller} fewer.`,
    x: "Size from metadata (parameters) →",
    y: "↑ Size from the name",
    title: (name: string, metadata: string, models: number, count: string, disagrees: boolean) =>
      `name ${name}, metadata ${metadata}: ${count} ${models === 1 ? "model" : "models"}${disagrees ? ", disagrees" : ""}`,
  },
  lorenz: {
    aria: (authors: string, half: string | null, gini: string | null) =>
      `Lorenz curve of likes over ${authors} authors, least liked first. ` +
      (half === null ? "" : `The less-liked half of authors hold ${half} of all likes. `) +
      `Gini coefficient ${gini ?? "unknown"}.`,
    ariaEmpty: "Lorenz curve of likes over authors: there are no likes.",
    x: "Share of authors, least liked first →",
    y: "↑ Share of likes",
  },
  likesDownloads: {
    aria: (models: string, spearman: string | null, zero: string, likesMedian: string, downloadsMedian: string) =>
      `Scatter plot of likes against downloads in the last 30 days for ${models} models, both on log-like scales that include zero; ` +
      `Spearman rank correlation ${spearman ?? "unknown"}; ${zero} models had no downloads. ` +
      `Dashed lines mark the median likes (${likesMedian}) and median downloads (${downloadsMedian}).`,
    x: "Downloads (last 30 days) →",
    y: "↑ Likes",
    title: (likes: string, downloads: string, models: number, count: string) =>
      `${likes} likes, ${downloads} downloads: ${count} ${models === 1 ? "model" : "models"}`,
  },
  historyLikesPerWeek: {
    aria: (intervals: number, count: string, latest: string, perWeek: string, models: string) =>
      `Bar chart of likes gained per week over ${count} interval${intervals === 1 ? "" : "s"} between snapshots; ` +
      `the latest, ${latest}, gained ${perWeek} likes per week across ${models} models.`,
    ariaEmpty: "Bar chart of likes gained per week: fewer than two snapshots, so no interval yet.",
    interval: (from: string, to: string) => `${from} → ${to}`,
    x: "Likes gained per week →",
    title: (interval: string, days: string, gained: string, models: string, perWeek: string) =>
      `${interval} (${days} days): ${gained} likes gained by ${models} models, ${perWeek} per week`,
  },
  historyRankMovers: {
    aria: (n: string, top: string, previous: string, rank: string) =>
      `Arrow chart of rank changes for ${n} models between the two latest snapshots; the biggest climb is ${top}, from rank ${previous} to ${rank}.`,
    ariaEmpty: "Arrow chart of rank changes: no model changed rank between the two latest snapshots.",
    x: "Rank (1 = most liked) →",
    title: (id: string, previous: string, rank: string, gained: string) => `${id}: rank ${previous} → ${rank}, ${gained} likes gained`,
  },
};
