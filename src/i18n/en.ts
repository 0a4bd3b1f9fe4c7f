// English text of the report. zh-CN.ts must provide every key with the same shape (typed as
// Messages), so a missing translation fails `tsc` rather than showing English on a Chinese page.

/** 25 → "25th", 1 → "1st", 12 → "12th". */
const ordinal = (n: number) => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
};

export const en = {
  /** BCP 47 tag for <html lang> and Intl. */
  locale: "en",
  languageName: "English",
  layout: {
    navLabel: "Report sections",
    languageSwitch: "中文",
    languageSwitchLabel: "阅读中文版",
    theme: {
      label: "Colour scheme",
      system: "System",
      light: "Light",
      dark: "Dark",
    },
    sampleBanner: "Sample data: these pages show the bundled, generated sample Hub, not the real Hugging Face Hub.",
    downloadData: "Download the data:",
    /** Footer; {endpoint} is the Hub's address. */
    source: (sample: boolean) =>
      `Data from {endpoint}, fetched {fetched}: {models} models by {authors} authors${sample ? " (sample data)" : ""}.`,
    nav: {
      overview: "Overview",
      top: "Top downloads",
      sizes: "Sizes",
      time: "Over time",
      authors: "Authors",
      families: "Families",
      licences: "Licences",
      derivatives: "Derivatives",
      names: "Names",
      concentration: "Concentration",
      likesDownloads: "Likes vs downloads",
      history: "History",
      methodology: "Methodology",
      explore: "Explorer",
      sql: "SQL",
      downloads: "Downloads",
    },
  },
  common: {
    showTable: "Show the data as a table",
    yes: "yes",
    no: "no",
    chartSource: {
      sql: "Show the SQL",
      views: "The views it reads (from views.sql, run over the crawl's DuckDB database)",
      data: "This chart's data:",
      figuresData: "These figures' data:",
      tableData: "This table's data:",
    },
    legend: "Legend",
    /** Between a term and its explanation. */
    colon: ": ",
    describe: {
      statistics: {
        count: "count",
        mean: "mean",
        std: "standard deviation",
        min: "minimum",
        p25: "25th percentile",
        p50: "median",
        p75: "75th percentile",
        max: "maximum",
      },
      /** Names of the describe() columns, as a reader says them (the SQL names are in the data dictionary). */
      columns: {
        likes: "Likes",
        downloads: "Downloads (30 days)",
        params: "Parameters",
        age_days: "Age (days)",
        likes_per_day: "Likes per day",
        models: "Models",
        followers: "Followers",
      } as Record<string, string>,
    },
  },
  explorer: {
    title: "Explorer",
    description: "Every crawled text-generation model: search, filter and sort them in the browser.",
    lead: (models: string) =>
      `All ${models} models in the data. Search by model id or author (or name one author exactly), filter by size, era, creation year or month, author type, author's plan, licence, family, quality and relation to a base, and sort by any number. The filters live in the address, so every chart's bar links here with its set of models.`,
    noScript:
      "The full explorer (search, filters, sorting over every model) needs JavaScript. Without it, this page lists the 100 most-liked models; the whole table is in the downloads:",
    staticCaption: (shown: string, total: string) => `The ${shown} most-liked of ${total} models.`,
    search: "Search model id or author",
    searchPlaceholder: "e.g. llama, qwen, mistralai",
    /** One author's models: the name exactly, as the Authors and Concentration pages link to it. */
    author: "Author (exact name)",
    authorPlaceholder: "e.g. meta-llama",
    filters: "Filters",
    size: "Size",
    era: "Era",
    authorType: "Author type",
    /** The creation filter: a year or month of the real creation date (UTC), or no real date. */
    created: "Created",
    createdYears: "Year",
    createdMonths: "Month",
    createdNone: "no date at all",
    plan: "Author's plan",
    licence: "Licence",
    family: "Family",
    quality: "Quality",
    qualityValues: { high: "High quality", low: "Not high quality" },
    relation: "Relation to its base",
    /** The models that name one base model (its direct descendants), by the base's full id. */
    base: "Base model (full id)",
    basePlaceholder: "e.g. meta-llama/Llama-3.1-8B",
    any: "Any",
    sortBy: "Sort by",
    order: "Order",
    descending: "Descending",
    ascending: "Ascending",
    reset: "Reset",
    columns: {
      rank: "Likes rank",
      model: "Model",
      authorType: "Author type",
      likes: "Likes",
      downloads: "Downloads (30 days)",
      likesPerDay: "Likes per day",
      params: "Size",
      created: "Created",
      licence: "Licence",
      family: "Family",
    },
    sortKeys: {
      likes: "Likes",
      downloads: "Downloads",
      likes_per_day: "Likes per day since creation",
      params: "Parameters",
      created: "Creation date",
      id: "Model id",
      license: "Licence",
      family: "Family",
    },
    /** Shown on screens too narrow for every column. */
    scrollHint: "The table has more columns: scroll it sideways.",
    /** Strings the browser script needs; it formats the numbers itself. */
    client: {
      loading: "Loading the models…",
      loadingShard: "Loading models: {loaded} of {total}…",
      status: "{matches} of {total} models match; showing {shown}.",
      none: "No model matches these filters.",
      more: "Show {n} more",
      failed: "Could not load the explorer data ({error}). The downloads below hold every model.",
      unknown: "unknown",
      beforeMarch2022: "before 2022-03",
    },
  },
  enums: {
    era: { before: "Before the era boundary", after: "On or after the era boundary", none: "No date" },
    authorType: { org: "Organisation", user: "User", unknown: "Unknown" },
    /** The author type inside a sentence or a table cell. */
    authorTypeShort: { org: "organisation", user: "user", unknown: "unknown" },
    sizeUnknown: "unknown",
    /** Hub plans; a plan the Hub adds later shows under its own name. */
    plan: { enterprise: "enterprise", team: "team", pro: "pro", free: "free", unknown: "unknown" } as Record<string, string>,
    relation: {
      finetune: "fine-tune",
      quantized: "quantisation",
      adapter: "adapter",
      merge: "merge",
      unspecified: "names a base, not how",
      none: "names no base",
    },
    /** Chart groups that are not one family or licence. */
    other: "other",
    unknown: "unknown",
  },
  /** Chart titles that state the finding, and subtitles that name the population (src/views/findings.ts). */
  findings: {
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
      derived: (models: string, all: string, day: string) =>
        `${models} of the ${all} crawled models that name a base model, crawled ${day}`,
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
      strength: { strong: "strong", moderate: "moderate", weak: "weak" } as Record<"strong" | "moderate" | "weak", string>,
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
  },
  overview: {
    title: "Overview",
    description: "What the most-liked text-generation models on the Hugging Face Hub look like.",
    /** {tag} is the pipeline tag, as code. */
    lead: (limit: string | null) =>
      `What do the text-generation models that Hugging Face users like most look like? This report covers ${limit === null ? "all the" : `the ${limit}`} most-liked models tagged {tag}.`,
    answerHeading: "The answer in short",
    /** Three sentences; the figures arrive formatted (src/views/overview.ts). */
    answer: {
      none: (rule: { likes: string; percentile: number; downloads: string }) =>
        `A model counts as high quality here when it has at least ${rule.likes} likes (the ${ordinal(rule.percentile)} percentile of the crawl) and ${rule.downloads} downloads in the last 30 days; no model passes both in this crawl, so there is no typical model to describe.`,
      definition: (
        rule: { likes: string; percentile: number; downloads: string },
        models: string,
        median: { params: string; counted: string } | null,
      ) =>
        `A model counts as high quality here when it has at least ${rule.likes} likes (the ${ordinal(rule.percentile)} percentile of the crawl) and ${rule.downloads} downloads in the last 30 days; ` +
        (median === null
          ? `${models} models pass.`
          : `the typical one of these ${models} models has ${median.params} parameters (the median of the ${median.counted} with a known size).`),
      eras: (
        boundary: string,
        large: { direction: "rose" | "fell" | "same"; before: string; after: string },
        median: { direction: "rose" | "fell" | "same"; before: string; after: string } | null,
      ) =>
        `Across ${boundary}, ` +
        (large.direction === "same"
          ? `the share with 20B parameters or more stayed about the same (${large.before}, then ${large.after})`
          : `the share with 20B parameters or more ${large.direction} from ${large.before} to ${large.after}`) +
        (median === null
          ? "."
          : median.direction === "same"
            ? `, and the median size stayed about the same (${median.before}, then ${median.after}).`
            : `, and the median size ${median.direction === "rose" ? "grew" : "shrank"} from ${median.before} to ${median.after}.`),
      oneEra: (boundary: string, side: "before" | "after") =>
        `All dated high-quality models were created ${side === "before" ? "before" : "on or after"} ${boundary}, so there is no change between eras to show.`,
      makers: (
        orgShare: string,
        unknownTypes: boolean,
        family: { name: string; share: string } | null,
        licence: { name: string; share: string } | null,
      ) =>
        `Organisations published ${orgShare} of them (${unknownTypes ? "users and authors of unknown type" : "individual users"} the rest)` +
        (family ? `; the most common family is ${family.name} (${family.share})` : "") +
        (licence ? `${family ? " and" : "; the most common"} licence ${licence.name} (${licence.share})` : "") +
        ".",
    },
    keyFigures: {
      medianParams: "median size of high-quality models",
      medianAgeValue: (days: string) => `${days} days`,
      medianAge: "median age of high-quality models",
      orgShare: "of high-quality models published by organisations",
      topFamily: (share: string) => `most common family (${share})`,
      topLicence: (share: string) => `most common licence (${share})`,
      top10: "of all likes go to the 10 most-liked authors",
    },
    figures: {
      models: "models crawled",
      authors: "authors",
      highQuality: (share: string) => `high-quality models (${share})`,
      likesNeeded: (percentile: number) => `likes needed for high quality (${ordinal(percentile)} percentile)`,
      downloadsNeeded: "downloads needed in 30 days",
      eraBoundary: "era boundary",
    },
    /** {term} is the words "high quality", in bold. */
    rule: (v: {
      likes: string;
      percentile: number;
      threshold: string;
      downloads: string;
      total: string;
      highQuality: string;
      lowQuality: string;
      before: string;
      after: string;
      boundary: string;
      undated: string | null;
    }) =>
      `A model counts as {term} when it has at least ${v.likes} likes (the ${ordinal(v.percentile)} percentile of likes in this crawl is ${v.threshold}) ` +
      `and at least ${v.downloads} downloads in the last 30 days. Of ${v.total} models, ${v.highQuality} are high quality and ${v.lowQuality} are not; ` +
      `of the high-quality ones, ${v.before} were created before ${v.boundary} and ${v.after} on or after it` +
      `${v.undated === null ? "" : `, and ${v.undated} have no known creation date`}.`,
    ruleTerm: "high quality",
    modelsHeading: "Models at a glance",
    modelsCaption:
      "Per model: likes, downloads (last 30 days), parameters (known counts only), and age in days (real creation dates only).",
    authorsHeading: "Authors at a glance",
    authorsCaption: "Per author: models, likes, downloads (last 30 days) and followers.",
    sectionsHeading: "Sections",
    sections: {
      top: "the most-downloaded high-quality models created since the era boundary",
      sizes: "how model sizes shifted before and after the era boundary",
      time: "models per creation month",
      authors: "organisations vs users, plans, and the most-liked authors",
      families: "which families and architectures, and how their share changed",
      licences: "declared licences, custom ones, and models that declare none",
      derivatives: "fine-tunes, quantisations, adapters, merges, and the base models with the most liked descendants",
      names: "size in the name against size from metadata",
      concentration: "the share of likes held by the top authors, the Lorenz curve and the Gini coefficient",
      likesDownloads: "whether liked models are also downloaded",
      history: "how the ranking moves from one scheduled crawl to the next",
      explore: "every model, searchable, filterable and sortable",
      sql: "your own SQL over the published data, in the browser",
      downloads: "the dataset as Parquet, CSV and JSON, its data dictionary, and every chart's data",
      methodology: "where every number comes from, and its caveats",
    },
  },
  top: {
    title: "Top downloads",
    description: "The most-downloaded high-quality text-generation models of the latest era.",
    lead: (n: string, boundary: string) =>
      `The ${n} most-downloaded high-quality models created on or after ${boundary}. Downloads are the Hub's count for the last 30 days, not all-time.`,
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
    /** {methodology} links to the methodology page. */
    note: 'Sizes are logical parameter counts; "Size source" says where each count came from (see the {methodology}).',
    methodologyLink: "methodology",
  },
  sizes: {
    title: "Sizes",
    description: "Parameter counts of high-quality models before and after the era boundary.",
    lead: (boundary: string, before: string, after: string) =>
      `How big are the liked models, and did that change? High-quality models created before ${boundary} (${before}) against those created since (${after}), each bucket as a share of its era so that eras of different size compare fairly.`,
    caption: (unknownBefore: string, unknownAfter: string) =>
      `Share of each era's high-quality models per size bucket; the number at the end of each bar is its model count. ` +
      `Models of unknown size (${unknownBefore} before, ${unknownAfter} after) are shown apart, hollow, and never counted in the smallest bucket.`,
    era: { before: (boundary: string) => `Before ${boundary}`, after: (boundary: string) => `On or after ${boundary}` },
    unknownSize: "unknown size",
    columns: { size: "Size", models: (era: string) => `${era}: models`, share: "share", total: "total" },
    note: 'Buckets use the logical parameter count: a mixture-of-experts model counts all its experts, and a quantised repo counts the parameters of the model it packs. "unknown" means no count could be found from any source; it is its own bucket, not a small model.',
  },
  time: {
    title: "Over time",
    description: "Liked text-generation models by the month their repository was created.",
    range: (first: string, last: string) => `from ${first} to ${last}`,
    lead: (dated: string, range: string) =>
      `When were the liked models created? ${dated} models with a real creation date, by month ${range}; the high-quality ones are the lower part of each bar.`,
    /** {count} is the number of placeholder-dated models, in bold. */
    placeholderNote: (total: string) =>
      `Not on the timeline: {count} of ${total} models were created before March 2022. For those the Hub gives a placeholder date (2022-03-02), not the real one, so they cannot be placed in a month.`,
    none: "No model has a real creation date.",
    caption: (range: string, boundary: string) =>
      `Models per creation month ${range}, high-quality models stacked below the rest; the dashed line marks the era boundary ${boundary}.`,
    legend: { high: "high quality", other: "other" },
    columns: { month: "Month", models: "Models", highQuality: "High quality" },
    placeholderRow: "before March 2022 (date unknown)",
    note: "Months with no models are left empty. Creation dates are those of the Hub repository, which can differ from a model's announced release.",
  },
  authors: {
    title: "Authors",
    description: "Who publishes the liked text-generation models: organisations or users, and on which plans.",
    lead: "Who makes the models people like: organisations or individual users, on which Hub plans.",
    typesHeading: "Organisations and users",
    typesCaption: (authors: string, models: string, likes: string) =>
      `Organisations are ${authors} of authors and hold ${models} of models and ${likes} of likes.`,
    typesCaptionNoOrgs: "Share of authors, models and likes by author type.",
    typeColumns: { type: "Author type", authors: "Authors", models: "Models", highQuality: "High-quality models", likes: "Likes" },
    plansHeading: "Plans",
    /** Each {slot} is a plan name, in italics. */
    plansIntro:
      "The Hub plan of each author: organisations on {enterprise} or {team}, users with {pro}, everyone else {free}; {unknown} when the Hub did not say.",
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
  },
  families: {
    title: "Families & architectures",
    description: "Which model families and architectures the most-liked text-generation models belong to, and how that changed.",
    lead: (models: string, families: string) =>
      `Which families the ${models} crawled models belong to (${families} families), as derived from the config's model_type or the GGUF architecture, and how each family's share changed over the years.`,
    familiesHeading: "Models per family",
    familiesCaption: (top: string, share: string) =>
      `The largest family, ${top}, holds ${share} of all crawled models. Smaller families are summed as "other"; "unknown" are models with no model_type and no GGUF architecture.`,
    shareHeading: "Share per creation year",
    shareIntro: (top: string) =>
      `The ${top} largest families over the whole crawl, every other family as "other", and "unknown", as a share of the models created each year. Only real creation dates count: repositories with the Hub's pre-2022 placeholder date have no year.`,
    shareCaption: (first: string, last: string) => `Each bar is one creation year from ${first} to ${last}, adding up to 100%.`,
    architecturesHeading: "Architectures",
    architecturesIntro: (n: string) =>
      `The ${n} architecture classes named most often in config.architectures; a model that names two counts in both.`,
    columns: {
      family: "Family",
      models: "Models",
      share: "Share of all",
      highQuality: "High quality",
      highQualityShare: "Share of high quality",
      likes: "Likes",
      modelTypes: "model_type values",
      architectures: "Architectures",
      year: "Year",
      architecture: "Architecture",
      families: "Families",
    },
  },
  licences: {
    title: "Licences",
    description: "Which licences the most-liked text-generation models declare, including custom licences and none.",
    lead: (models: string) =>
      `The licence each of the ${models} crawled models declares in its model card or its license: tags. A card that lists several licences counts under the first; a card that says "other" with a license_name counts under that name.`,
    kinds: {
      standard: "a licence from the Hub's list",
      custom: 'custom (declared as "other")',
      none: "none declared",
      rest: "all smaller licences together",
    },
    noneLabel: "none declared",
    restLabel: (count: string) => `${count} other licences`,
    caption: (top: string, share: string, custom: string, customShare: string, none: string, noneShare: string) =>
      `${top} is the most common licence (${share} of models). ${custom} models (${customShare}) use a custom licence and ${none} (${noneShare}) declare none.`,
    showTable: "Show every licence as a table",
    columns: {
      licence: "Licence",
      kind: "Kind",
      models: "Models",
      share: "Share of all",
      highQuality: "High quality",
      highQualityShare: "Share of high quality",
      likes: "Likes",
    },
  },
  derivatives: {
    title: "Derivatives",
    description:
      "Fine-tunes, quantisations, merges and adapters among the most-liked text-generation models, and the base models behind them.",
    lead: (derived: string, total: string, share: string) =>
      `${derived} of the ${total} crawled models (${share}) say in their base_model metadata that they derive from another model: a fine-tune, a quantisation, an adapter or a merge.`,
    relationsHeading: "How models derive from others",
    relationsCaption: 'Models per relation to their base. "names no base" covers original releases and cards that do not say.',
    basesHeading: (n: string) => `The ${n} base models with the most liked descendants`,
    basesIntro:
      "For each base model: the likes of the crawled models that name it as their base, split by relation. Only direct descendants count (a quantisation of a fine-tune counts for the fine-tune). A base that was not itself crawled still counts, and is marked.",
    basesCaption: (leader: string, likes: string, descendants: string) =>
      `${leader} leads: its ${descendants} direct descendants hold ${likes} likes.`,
    notCrawled: "not crawled",
    columns: {
      relation: "Relation",
      models: "Models",
      share: "Share",
      likes: "Likes",
      highQuality: "High quality",
      base: "Base model",
      inData: "Crawled",
      baseLikes: "Its own likes",
      descendants: "Descendants",
      descendantLikes: "Likes of descendants",
      finetunes: "Fine-tunes",
      quantizations: "Quantisations",
      adapters: "Adapters",
      merges: "Merges",
      unspecified: "Unspecified",
    },
  },
  names: {
    title: "Names that do not match the count",
    description:
      "Size stated in a model's name against the count its own metadata gives: which names do not match, and the likely reason why.",
    lead: (named: string, compared: string) =>
      `${named} model names state a size ("8B", "70B", "8x7B"). For ${compared} of them the repository's own metadata also counts the parameters (safetensors or GGUF metadata, the Hub's listing, the weight files or the model page; an adapter is compared by its base model's count), so the two can be compared.`,
    figures: {
      unexplained: "names that do not match the count, with no reason found",
      disagree: (n: string, compared: string) => `of ${compared} names are more than 20% off the count (${n})`,
      explained: "of those have a likely reason",
    },
    rule: "A name does not match when |name size − count| / count > 20%. Most such names are not wrong: the count includes what names leave out, or counts packed storage. Each is given the first likely reason that fits, from what the crawl already has; the rest are listed first.",
    reasonsHeading: "Names that do not match for a likely reason",
    reasonsIntro: (explained: string, larger: string, smaller: string) =>
      `${explained} names that do not match the count have a likely reason. Over all names that do not match, ${larger} state more parameters than the count and ${smaller} fewer.`,
    reasons: {
      unexplained: "no reason found",
      packed: "packed quantised storage",
      embeddings: "embeddings",
      towers: "vision or audio towers",
      rounding: "rounding",
    },
    reasonDefinitions: {
      unexplained: "None of the reasons below fits.",
      packed:
        "The count is packed quantised storage (several low-bit weights in one integer element), or the repository is quantised and counts fewer than its name.",
      embeddings:
        "The name is within 20% of the count less one or two embedding matrices (vocab_size × hidden_size from the config, or the base model's config): names usually size the model without them.",
      towers:
        "A multimodal model counting more than its name: the name sizes the language model, the count adds its vision or audio towers.",
      rounding: "The name is the count cut or rounded to its first digit (1.50B named 1B).",
    },
    chartCaption:
      "Each dot is one or more models with about the same pair of sizes (bigger dots, more models). On the solid diagonal the name is exact; between the dashed lines it is within 20%.",
    legend: { agrees: "within 20%", disagrees: "more than 20% off" },
    showTable: "Show the points as a table",
    worstHeading: (n: string, total: string) => `Names that do not match the count, no reason found: the ${n} furthest off of ${total}`,
    worstIntro: "Ordered by how far off the name is, in either direction (a name twice too big and one twice too small rank alike).",
    columns: {
      model: "Model",
      nameSize: "Size from name",
      metadataSize: "Size from metadata",
      source: "Metadata source",
      ratio: "Name ÷ metadata",
      models: "Models",
      disagrees: "More than 20% off",
      reason: "Likely reason",
      example: "Most-liked example",
    },
  },
  concentration: {
    title: "Concentration",
    description: "How concentrated the likes of the most-liked text-generation models are among their authors.",
    lead: (authors: string, likes: string) =>
      `Are likes spread over many authors or held by a few? ${likes} likes over the models of ${authors} authors, each author's likes summed over their models.`,
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
    topHeading: "The 10 most-liked authors",
    columns: {
      authorShare: "Share of authors",
      likesShare: "Share of likes",
      author: "Author",
      likes: "Likes",
      share: "Share of all likes",
      models: "Models",
    },
  },
  likesDownloads: {
    title: "Likes vs downloads",
    description: "Whether the most-liked text-generation models are also the most downloaded.",
    lead: (models: string) =>
      `Do people download what they like? Likes against downloads in the last 30 days for all ${models} crawled models.`,
    figures: {
      spearman: "Spearman rank correlation",
      pearson: "Pearson correlation of log(1 + likes) and log(1 + downloads)",
      zero: "models with no downloads in 30 days",
    },
    method:
      "The headline figure is Spearman's rank correlation: it asks whether more-liked models tend to be more downloaded, without letting a few huge models dominate (tied counts get their average rank). Pearson's correlation on log(1 + count) is shown beside it; the 1 + keeps models with zero downloads in.",
    chartCaption: (likes: string, downloads: string) =>
      `Both axes are logarithmic above 1 and linear near 0, so models with no downloads sit on the left edge. Dots that stand for several models are bigger. The dashed lines are the medians: ${likes} likes and ${downloads} downloads.`,
    showTable: "Show the points as a table",
    quadrantsHeading: "Quadrants",
    quadrantsIntro: 'Models split at the median likes and the median downloads; a model at the median counts on the "more" side.',
    quadrant: (likesSide: string, downloadsSide: string) => `${likesSide}, ${downloadsSide}`,
    sides: {
      "more liked": "more liked",
      "less liked": "less liked",
      "more downloaded": "more downloaded",
      "less downloaded": "less downloaded",
    },
    perDayHeading: "Likes per day since creation",
    perDayIntro: (dated: string, placeholder: string, undated: string, median: string, spearman: string) =>
      `Older models have had longer to collect likes, so likes are also divided by the days from creation to the crawl. ${dated} models have a real creation date; ${placeholder} carry the Hub's placeholder date (created before March 2022, day unknown) and ${undated} no date, and are left out. The median is ${median} likes per day; Spearman's rank correlation of likes per day with downloads is ${spearman}. The models with the most likes per day:`,
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
  },
  downloads: {
    title: "Downloads",
    description: "The hub-likes dataset as Parquet, CSV and JSON, with its data dictionary and the data behind every chart.",
    lead: (models: string) =>
      `Every number in this report can be re-derived from these files. The model table has one row per crawled model (${models} rows), the same in each format.`,
    filesHeading: "The dataset",
    files: {
      "models.parquet": "Parquet: typed columns, timestamps in UTC, lists as lists. Best for DuckDB, pandas, polars, R.",
      "models.csv":
        'CSV with a header row; lists joined with ";", missing values as empty cells. A text cell that starts with =, +, -, @, a tab or a carriage return is written with a leading apostrophe (\'), so a spreadsheet shows it instead of running it as a formula; numbers are unchanged, and Parquet and JSON keep the text as the Hub gave it.',
      "models.json": "JSON: one array of objects, missing values as null.",
      "summary.json":
        "The headline figures: thresholds, quality split, size buckets per era, top downloads, parameter-count sources, where and when the data was fetched.",
      "history.parquet": "Every crawl's ranking, one row per model and snapshot: rank, likes and downloads over time.",
    },
    dictionaryHeading: "Data dictionary",
    dictionaryCaption:
      "Columns of models.parquet, models.csv and models.json, in file order. In the CSV files, text a spreadsheet would run as a formula starts with an apostrophe.",
    columns: { column: "Column", meaning: "Meaning" },
    chartsHeading: "The data behind each chart",
    chartsIntro:
      "Each chart's rows exactly as drawn, as JSON and CSV (text a spreadsheet would run as a formula starts with an apostrophe in the CSV, as in models.csv). Every chart also links its own file and shows its SQL.",
  },
  methodology: {
    title: "Methodology",
    description: "Where each number in the hub-likes report comes from, and what it cannot tell.",
    dataHeading: "The data",
    /** {api}, {tag}, {sort}, {expand} and {fields} are code. */
    listing: (limit: string | null) =>
      `The crawl asked {api} for ${limit === null ? "every" : `the ${limit} most-liked`} models with {tag}, sorted by likes ({sort}), following the listing's pages. ` +
      "Each listed model came with the fields asked for through {expand}: {fields}.",
    authors:
      "Authors come from the Hub website's own model listing, {modelsJson}, the data behind huggingface.co/models: each of its pages holds 30 models, " +
      "and each model carries its author's {authorData}: organisation or user, plan, followers. The crawler reads those pages in the same likes order " +
      'until every author is typed (they count against the Hub\'s "pages" rate-limit bucket). Only authors the listing did not type are looked up on ' +
      "the Hub's user and organisation overview endpoints ({overview}).",
    finished: (fetched: string, models: string, authors: string) =>
      `The crawl finished ${fetched} with ${models} models by ${authors} authors.`,
    sample: "This build uses the bundled, generated sample Hub, not the real Hugging Face Hub.",
    qualityHeading: "High quality",
    /** {term} is "high quality" in bold, {quantile} the pandas method, as code. */
    quality: (percentile: number, threshold: string, likes: string, downloads: string) =>
      `A model is {term} when both hold: its likes are at or above the ${ordinal(percentile)} percentile of likes in this crawl, ` +
      `computed over the data (with linear interpolation, like pandas' {quantile}) as ${threshold} likes, so at least ${likes} likes; ` +
      `and it had at least ${downloads} downloads in the last 30 days. Everything else is low quality.`,
    qualityTerm: "high quality",
    erasHeading: "Eras",
    /** {before} and {after} are the era names, in italics. */
    eras: (boundary: string) =>
      `A model is in the {before} era when its repository was created before ${boundary} (UTC), and in the {after} era when created on or after it. ` +
      "Models with the Hub's placeholder creation date were created before March 2022, so they belong to {before}.",
    eraNames: { before: "before", after: "after" },
    sizesHeading: "Sizes",
    /** `buckets` are this build's size buckets in order, without "unknown"; {unknown} is the bucket name, in italics. */
    sizes: (buckets: string[]) =>
      `Size buckets use the logical parameter count: ${buckets.join(", ")} (lower bound included), plus {unknown} when no source gave a count. ` +
      `An unknown size is its own bucket and is never counted as ${buckets[0]}.`,
    unknownBucket: "unknown",
    cascade:
      "Each model's count comes from the first source that has one, in this order: the Hub's safetensors metadata, its GGUF metadata, the count the Hub's " +
      "website listing shows, the header of the safetensors weight files (read with byte-range requests), the model's web page, the base model's count " +
      "(for quantised repositories, whose own metadata counts packed storage, and for adapters, whose weights are the adapter's only), and last the size " +
      "stated in the repository name.",
    logicalHeading: "Logical counts of quantised repositories",
    logical:
      "A quantised repository stores several low-bit weights in one integer element (AWQ and GPTQ eight 4-bit weights to an I32, MLX to a U32, bitsandbytes two to a U8), so the count its own metadata gives is packed storage: a 4-bit 70B model lists about 11B. Every size figure (buckets, medians, the explorer) uses the logical count instead, derived in this order: the base model's count when the base was crawled; else the stored count unpacked by dtype (each integer element of w bits holds w ÷ bits weights, where bits comes from the quantisation config, the tags or the name; with a stated group size the zero points and scales the quantisation stores per group are taken out again, without it they count as weights, a few percent too many); else the size in the name. The stored count stays beside it (params_stored in the downloads), and params_source says which way the logical count was derived. The columns below count, for each source, how many of its models are repositories whose own count is packed storage, and how many are adapters.",
    sourcesCaption: "Where each model's parameter count came from, in the order the crawler tries the sources.",
    sourceColumns: {
      source: "Source",
      meaning: "Meaning",
      models: "Models",
      share: "Share",
      packed: "of which packed storage",
      adapters: "of which adapters",
    },
    sourceMeaning: {
      safetensors: "the Hub's safetensors metadata (total, or the sum of its dtype counts)",
      gguf: "the Hub's GGUF metadata (total)",
      "hub-listing": "the count the Hub's own website listing shows (numParameters of /models-json)",
      "safetensors-header": "the header of the weight files, read with byte-range requests",
      "model-page": "the count shown on the model's web page",
      "base-model":
        "the base model of a quantised repo (whose logical count it packs) or of an adapter (whose weights are the adapter's only)",
      unpacked: "a quantised repo's packed storage, unpacked by dtype and bits per weight",
      name: 'the repository name, e.g. "Llama-3.1-8B"',
      unknown: "none of the above: size unknown",
    } as Record<string, string>,
    familiesHeading: "The family vocabulary",
    familiesIntro:
      "One family has up to three names on the Hub: the config's model_type (transformers), the GGUF header's architecture (llama.cpp spells it its own way: gptneox, phi2, command-r) and the transformers class in config.architectures. A table kept as data (tables families and family_aliases in the database) maps all three to one family id, so a family is not split in two. A name the table does not know is its own family, under its normalised name. Ids that look alike (differing in case, _ or -, a trailing digit or a moe suffix) are one family unless the table declares them distinct (qwen2 and qwen3 are different architectures); a test fails on any look-alike pair it does not declare.",
    familiesCaption: "The family vocabulary, with each family's crawled models.",
    familyColumns: {
      family: "Family",
      name: "Name",
      modelTypes: "model_type",
      gguf: "GGUF architecture",
      classes: "Classes",
      distinct: "Kept apart from",
      models: "Models",
    },
    reasonsHeading: "Why a name may not match its count",
    reasonsIntro: (compared: string, disagree: string) =>
      `Of ${compared} names compared with the repository's own count, ${disagree} are more than 20% off. Each gets the first likely reason that fits, from data the crawl already has:`,
    reasonsCaption: "Names that do not match the count, by likely reason.",
    analysesHeading: "The analyses",
    analysesIntro:
      "Unless it says otherwise, each analysis below covers every crawled model, not only the high-quality ones; the overview's typical model is the high-quality one. Every chart shows the SQL it came from and links to its rows.",
    analyses: [
      {
        term: "Overview sentences",
        definition:
          "Built from one SQL view (overview_facts) over high-quality models: the median parameter count (known counts), the median age in days at the crawl (real dates), the share published by organisations, the most common family and licence, and per era the most common size bucket and the share of models with 20B parameters or more.",
      },
      {
        term: "Families and architectures",
        definition:
          'The family comes from the family vocabulary (below): the config\'s model_type, or for GGUF-only repos the GGUF architecture, or a transformers class, mapped to one family id; "unknown" when none exists. Architectures are the classes in config.architectures. Shares over time use the creation year (real dates only); the largest families over the whole crawl keep their own colour and the rest are "other".',
      },
      {
        term: "Licences",
        definition:
          'The first licence the model card declares (cardData.license, a string or a list) or else the license: tags. A card that says "other" with a license_name counts under that name and is marked custom; "none declared" when there is no licence at all.',
      },
      {
        term: "Derivatives",
        definition:
          "From the base_model metadata (base_model:<relation>:<repo> tags and cardData.base_model): fine-tune, quantisation, adapter or merge. A base's descendants are the crawled models that name it directly; their likes are summed. Bases are matched ignoring case and count even when the base itself was not crawled.",
      },
      {
        term: "Names that do not match the count",
        definition:
          "A name does not match when the size it states differs from the count the repository's own metadata gives (an adapter: its base model's count) by more than 20% of the count. Each such name gets the first likely reason that fits: packed quantised storage, embeddings, vision or audio towers, rounding; the page lists the ones with no reason first, ranked by |ln(name ÷ count)|.",
      },
      {
        term: "Concentration",
        definition:
          "Likes summed per author. Top-10 share: the likes of the 10 most-liked authors over all likes. Gini coefficient: with authors' likes x sorted ascending (i = 1…n), G = 2·Σ i·xᵢ / (n·Σ xᵢ) − (n + 1)/n. The Lorenz curve keeps one point per whole percent of authors. Old or recent: the median age of the 100 most-liked models against all models' (real creation dates only); older when more than 1.25 times, recent when less than 1/1.25 times.",
      },
      {
        term: "Likes vs downloads",
        definition:
          "Spearman's rank correlation (average ranks for ties) is the headline; Pearson's correlation of ln(1 + likes) and ln(1 + downloads) is shown too. Quadrants split at the median likes and the median downloads, a model at a median counting on the upper side. The chart merges models whose counts fall in the same small log cell, so it stays light. Likes per day: likes over the days from creation to the crawl (at least one day); models with the Hub's placeholder creation date have none and are counted apart.",
      },
    ],
    caveatsHeading: "Caveats",
    /** Each caveat: a bold lead and its explanation; {tag} is code. */
    caveats: [
      {
        title: "Downloads are a 30-day count.",
        text: "The Hub reports downloads over roughly the last 30 days, not all-time, so an old favourite can show fewer downloads than a new release.",
      },
      {
        title: "Placeholder creation dates.",
        text: 'Repositories created before March 2022 carry a placeholder date (2022-03-02 23:29:04 or :05 UTC). The report treats them as "created before March 2022, exact date unknown" and leaves them out of monthly timelines and ages.',
      },
      {
        title: "Only models tagged text-generation.",
        text: "The crawl filters on the pipeline tag. Many well-known language models are tagged {tag} or have no pipeline tag at all, so they are not in this report.",
      },
      {
        title: "Mixture-of-experts totals.",
        text: "The parameter count of a mixture-of-experts model counts all experts, not the parameters active per token.",
      },
      {
        title: "Quantised repositories.",
        text: "Their metadata can count packed storage (several weights per stored number) rather than logical parameters; such repos take their base model's logical count where one is known.",
      },
    ],
    skipped: {
      title: "Skipped records.",
      text: (n: number, count: string) =>
        `${count} ${n === 1 ? "record" : "records"} from the Hub could not be used (for example a listing entry without an id) and are not counted in any figure.`,
    },
  },
  history: {
    title: "History",
    description: "How the most-liked text-generation models move from one weekly crawl to the next.",
    lead: "Every scheduled build crawls the Hub again and adds what it found to a history: one snapshot per crawl with each model's rank, likes and downloads. This page compares the snapshots.",
    /** {file} links to history.parquet. */
    holds: (snapshots: number, count: string, first: string | null, latest: string | null) =>
      `The history holds ${count} snapshot${snapshots === 1 ? "" : "s"}` +
      (snapshots > 1 && first && latest ? `, from ${first} to ${latest}` : latest ? `, taken ${latest}` : "") +
      ". The whole history is published as {file}.",
    /** `next`: the next scheduled crawl's time, formatted; null when the deploy workflow has no schedule. */
    empty: (next: string | null) =>
      next === null
        ? "History starts with this crawl; trends appear once the next build adds a second snapshot."
        : `History starts with this crawl; trends appear with the next snapshot, which the next scheduled crawl takes on ${next}.`,
    perWeekHeading: "Likes gained per week",
    perWeekIntro:
      "For each pair of consecutive snapshots: the likes gained by the models present in both, divided by the weeks between them. Models that entered or left the crawled set in between are not counted, so the figure is growth, not churn.",
    perWeekCaption: (days: string, perWeek: string) =>
      `Likes gained per week between consecutive snapshots; the latest interval (${days}) gained ${perWeek} per week.`,
    days: (days: string) => `${days} days`,
    intervalColumns: { from: "From", to: "To", days: "Days", models: "Models in both", gained: "Likes gained", perWeek: "Per week" },
    moversHeading: "Rising and falling",
    moversIntro: (previous: string, latest: string, days: string, top: string) =>
      `Rank changes between the two latest snapshots (${previous} and ${latest}, ${days} apart), among models ranked in the top ${top} in either. ` +
      "Below that, models with equal likes swap places by the dozen, which is noise rather than news.",
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
  },
  /** Axis labels, tooltips and text alternatives of the charts (src/charts); numbers arrive formatted. */
  charts: {
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
  },
  sql: {
    title: "Ask your own question",
    description: "Run SQL over the published data in your browser with DuckDB-WASM.",
    lead: "Query the published model table with SQL, right here in your browser: DuckDB compiled to WebAssembly reads data/models.parquet from this site. Nothing is sent anywhere.",
    tableNote:
      "The table is called models; its columns are described in the data dictionary on the downloads page. The example queries reproduce the report's charts.",
    noScript:
      "The SQL console needs JavaScript (it runs DuckDB in the browser). Each example below shows its result as computed when this site was built; the queries also run in the DuckDB shell over models.parquet:",
    consoleHeading: "SQL console",
    /** Sizes are formatted ("40.2 MB"); all null when this build could not measure them. */
    download: (total: string | null, engine: string | null, data: string | null) =>
      total === null
        ? "Loading the console downloads DuckDB with its Parquet reader and the model table, once; the examples below need none of it."
        : `Loading the console downloads ${total}, once: DuckDB with its Parquet reader (${engine}) and the model table (${data}). The examples below need none of it.`,
    loadButton: (total: string | null) => (total === null ? "Load the SQL console" : `Load the SQL console (${total})`),
    examples: "Example queries",
    resultCaption: (rows: string) => `The result when this site was built: ${rows} ${rows === "1" ? "row" : "rows"}.`,
    query: "SQL query",
    run: "Run",
    runExample: "Run in the console",
    results: "Results",
    client: {
      unsupported:
        "This browser cannot run the console: DuckDB needs WebAssembly exception handling, which Chrome and Edge 95, Firefox 100 and Safari 15.2 or later have. The examples below show their results without it.",
      starting: "Downloading and starting DuckDB…",
      ready: "Ready: {rows} models loaded. Write a query and press Run (Ctrl+Enter).",
      running: "Running…",
      rows: "{rows} rows in {ms} ms.",
      truncated: "{rows} rows in {ms} ms; showing the first {shown}.",
      error: "Error: {message}",
      failed: "DuckDB could not start: {message}",
    },
  },
};

export type Messages = typeof en;
