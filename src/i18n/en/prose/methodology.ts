// English paragraphs of the Methodology page (src/views/Methodology.astro): its lead, intros, notes and definitions.
import { ordinal } from "../ordinal.ts";
import type { ParamsSource } from "../../../data-loaders/db/rows.ts";

export const methodologyProse = {
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
  /** {term} is "high quality" in bold, {quantile} the pandas method, as code. */
  quality: (percentile: number, threshold: string, likes: string, downloads: string) =>
    `A model is {term} when both hold: its likes are at or above the ${ordinal(percentile)} percentile of likes in this crawl, ` +
    `computed over the data (with linear interpolation, like pandas' {quantile}) as ${threshold} likes, so at least ${likes} likes; ` +
    `and it had at least ${downloads} downloads in the last 30 days. Everything else is low quality.`,
  /** {before} and {after} are the era names, in italics. */
  eras: (boundary: string) =>
    `A model is in the {before} era when its repository was created before ${boundary} (UTC), and in the {after} era when created on or after it. ` +
    "Models with the Hub's placeholder creation date were created before March 2022, so they belong to {before}.",
  /** `buckets` are this build's size buckets in order, without "unknown"; {unknown} is the bucket name, in italics. */
  sizes: (buckets: string[]) =>
    `Size buckets use the logical parameter count: ${buckets.join(", ")} (lower bound included), plus {unknown} when no source gave a count. ` +
    `An unknown size is its own bucket and is never counted as ${buckets[0]}.`,
  cascade:
    "Each model's count comes from the first source that has one, in this order: the Hub's safetensors metadata, its GGUF metadata, the count the Hub's " +
    "website listing shows, the header of the safetensors weight files (read with byte-range requests), the model's web page, the base model's count " +
    "(for quantised repositories, whose own metadata counts packed storage, and for adapters, whose weights are the adapter's only), and last the size " +
    "stated in the repository name.",
  logical:
    "A quantised repository stores several low-bit weights in one integer element (AWQ and GPTQ eight 4-bit weights to an I32, MLX to a U32, bitsandbytes two to a U8), so the count its own metadata gives is packed storage: a 4-bit 70B model lists about 11B. Every size figure (buckets, medians, the explorer) uses the logical count instead, derived in this order: the base model's count when the base was crawled; else the stored count unpacked by dtype (each integer element of w bits holds w ÷ bits weights, where bits comes from the quantisation config, the tags or the name; the scales and zero points the quantisation stores are taken out again where their layout is known: per stated group for AWQ, GPTQ and MLX, one scale per 16 weights for NVFP4 and per 32 for MXFP4; otherwise they count as weights, a few percent too many); else the size in the name. The stored count stays beside it (params_stored in the downloads), and params_source says which way the logical count was derived. The columns below count, for each source, how many of its models are repositories whose own count is packed storage, and how many are adapters.",
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
  } satisfies Record<ParamsSource | "unknown", string>,
  familiesIntro:
    "One family has up to three names on the Hub: the config's model_type (transformers), the GGUF header's architecture (llama.cpp spells it its own way: gptneox, phi2, command-r) and the transformers class in config.architectures. A table kept as data (tables families and family_aliases in the database) maps all three to one family id, so a family is not split in two. A name the table does not know is its own family, under its normalised name. Ids that look alike (differing in case, _ or -, a trailing digit or a moe suffix) are one family unless the table declares them distinct (qwen2 and qwen3 are different architectures); a test fails on any look-alike pair it does not declare.",
  reasonsIntro: (compared: string, disagree: string) =>
    `Of ${compared} names compared with the repository's own count, ${disagree} are more than 20% off. Each gets the first likely reason that fits, from data the crawl already has:`,
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
};
