// English paragraphs of the Names page (src/views/Names.astro): its lead, intros, notes and definitions.

export const namesProse = {
  lead: (named: string, compared: string) =>
    `${named} model names state a size ("8B", "70B", "8x7B"). For ${compared} of them the repository's own metadata also counts the parameters (safetensors or GGUF metadata, the Hub's listing, the weight files or the model page; an adapter is compared by its base model's count), so the two can be compared.`,
  rule: "A name does not match when |name size − count| / count > 20%. Most such names are not wrong: the count includes what names leave out, or counts packed storage. Each is given the first likely reason that fits, from what the crawl already has; the rest are listed first.",
  reasonsIntro: (explained: string, larger: string, smaller: string) =>
    `${explained} names that do not match the count have a likely reason. Over all names that do not match, ${larger} state more parameters than the count and ${smaller} fewer.`,
  reasonDefinitions: {
    unexplained: "None of the reasons below fits.",
    packed:
      "The count is packed quantised storage (several low-bit weights in one integer element), or the repository is quantised and counts fewer than its name.",
    embeddings:
      "The name is within 20% of the count less one or two embedding matrices (vocab_size × hidden_size from the config, or the base model's config): names usually size the model without them.",
    towers: "A multimodal model counting more than its name: the name sizes the language model, the count adds its vision or audio towers.",
    rounding: "The name is the count cut or rounded to its first digit (1.50B named 1B).",
  },
  worstIntro: "Ordered by how far off the name is, in either direction (a name twice too big and one twice too small rank alike).",
};
