/** Chart titles that state the finding, and subtitles that name the population (src/views/findings.ts). */
export const findings = {
  /** Joins two clauses of one title. */
  clauseSeparator: "; ",
  population: {
    all: (models: string, day: string) => `All ${models} crawled models, crawled ${day}`,
    highQuality: (models: string, day: string) => `${models} high-quality models, crawled ${day}`,
    highQualityAfter: (models: string, boundary: string, day: string) =>
      `${models} high-quality models created on or after ${boundary}, crawled ${day}`,
    dated: (models: string, day: string) => `${models} crawled models with a real creation date, crawled ${day}`,
    authors: (authors: string, models: string, day: string) => `${authors} authors of all ${models} crawled models, crawled ${day}`,
    compared: (models: string, day: string) => `${models} models whose name and metadata both give a size, crawled ${day}`,
    derived: (models: string, all: string, day: string) => `${models} of the ${all} crawled models that name a base model, crawled ${day}`,
    snapshots: (snapshots: string, day: string) => `${snapshots} crawls of the most-liked models, the latest on ${day}`,
  },
  sizes: {
    large: (direction: "rose" | "fell" | "same", before: string, after: string) =>
      direction === "same"
        ? `Models of 20B+ stayed about the same share of high-quality models (${before} before, ${after} since)`
        : `Models of 20B+ ${direction} from ${before} to ${after} of high-quality models`,
    commonOnly: (bucket: string) => `No high-quality model has 20B parameters or more; ${bucket} is the most common size`,
    oneEra: "Only one era has high-quality models, so there is no change to show",
  },
  topDownloads: {
    leader: (id: string, share: string, n: string) => `${id} has ${share} of the downloads of these ${n} models`,
    none: "None of these models was downloaded in the last 30 days",
  },
  modelsPerMonth: {
    peak: (month: string, models: string) => `${month} saw the most new liked models: ${models}`,
    none: "No model has a real creation date",
  },
  authorTypes: {
    orgShare: (highQuality: string, all: string) => `Organisations publish ${highQuality} of high-quality models (${all} of all models)`,
    noOrgs: "No model is published by an organisation",
  },
  authorPlans: {
    top: (plan: string, type: string, models: string) => `Authors on the ${plan} plan (${type}) publish the most models: ${models}`,
    none: "No author's plan is known",
  },
  topAuthors: {
    top: (author: string, likes: string, models: string) => `${author} holds the most likes: ${likes} over ${models} models`,
    none: "No author has any likes",
  },
  families: {
    top: (family: string, highQuality: string, all: string) =>
      `${family} is the largest family: ${highQuality} of high-quality models (${all} of all models)`,
    none: "No model has a known family",
  },
  familyShare: {
    moved: (family: string, direction: "rose" | "fell" | "same", from: string, fromYear: string, to: string, toYear: string) =>
      direction === "same"
        ? `${family}'s share stayed about the same, ${from} in ${fromYear} and ${to} in ${toYear}`
        : `${family}'s share ${direction} from ${from} in ${fromYear} to ${to} in ${toYear}`,
    onlyLast: (family: string, share: string, year: string) => `${family} leads ${year} with ${share} of its models`,
    none: "No model has a known family and creation year",
  },
  licences: {
    top: (licence: string, highQuality: string, all: string) =>
      `${licence} is the most common licence: ${highQuality} of high-quality models (${all} of all)`,
    undeclared: (share: string) => `${share} of all models declare none`,
    none: "No model declares a licence",
  },
  derivatives: {
    share: (share: string) => `${share} of models name a base model they derive from`,
    commonest: (relation: string) => `the most common relation is ${relation}`,
    none: "No model names a base model",
  },
  topBaseModels: {
    top: (base: string, descendants: string, likes: string) =>
      `${base} has the most-liked descendants: ${descendants} models with ${likes} likes`,
    none: "No model names a base model",
  },
  nameSizes: {
    share: (share: string) => `${share} of names that state a size are more than 20% off the metadata`,
    allAgree: (models: string) => `All ${models} names that state a size are within 20% of the metadata`,
    none: "No name could be checked against a size from metadata",
  },
  concentration: {
    top10: (share: string, authors: string) => `The 10 most-liked authors hold ${share} of all likes (of ${authors} authors)`,
    none: "No model has any likes",
  },
  likesDownloads: {
    correlation: (strength: string, rho: string) => `Liked models tend to be downloaded: a ${strength} rank correlation of ${rho}`,
    strength: { strong: "strong", moderate: "moderate", weak: "weak" },
    none: "Too few models to compare likes and downloads",
  },
  history: {
    moved: (direction: "rose" | "fell" | "same", before: string, after: string) =>
      direction === "same"
        ? `Likes per week stayed about the same (${before}, then ${after})`
        : `Likes per week ${direction} from ${before} to ${after}`,
    latest: (perWeek: string) => `The most-liked models gained ${perWeek} likes per week`,
    none: "One crawl so far: no likes gained to show",
    climber: (id: string, places: string, rank: string) => `${id} climbed the most: ${places} places, to rank ${rank}`,
    noMovers: "No model changed rank between the two latest crawls",
  },
};
