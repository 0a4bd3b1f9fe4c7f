// English paragraphs of the Families page (src/views/Families.astro): its lead, intros, notes and definitions.

export const familiesProse = {
  lead: (models: string, families: string) =>
    `Which families the ${models} crawled models belong to (${families} families), as derived from the config's model_type or the GGUF architecture, and how each family's share changed over the years.`,
  shareIntro: (top: string) =>
    `The ${top} largest families over the whole crawl, every other family as "other", and "unknown", as a share of the models created each year. Only real creation dates count: repositories with the Hub's pre-2022 placeholder date have no year.`,
  architecturesIntro: (n: string) =>
    `The ${n} architecture classes named most often in config.architectures; a model that names two counts in both.`,
};
