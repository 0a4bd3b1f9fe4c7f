// Shapes of what the Hugging Face Hub returns, as described in docs/hub-api.md.
// Everything is optional or nullable because the Hub omits fields freely; the enrich stage
// decides what a missing field means.

/** Safetensors summary: dtype buckets and their sum. Integer buckets of quantised repos count packed storage. */
export interface ApiSafetensors {
  parameters?: Record<string, number>;
  total?: number;
}

/** GGUF summary of one .gguf file of the repo; `total` can be missing. */
export interface ApiGguf {
  total?: number;
  architecture?: string;
  context_length?: number;
  [key: string]: unknown;
}

/** Subset of config.json the Hub embeds; `{}` for GGUF-only repos. */
export interface ApiConfig {
  architectures?: string[];
  model_type?: string;
  quantization_config?: { quant_method?: string; bits?: number; group_size?: number; [key: string]: unknown };
  /** MLX's own quantisation block (mlx-lm writes it instead of quantization_config). */
  quantization?: { bits?: number; group_size?: number; [key: string]: unknown };
  /** Embedding shape, when the Hub's config subset carries it (text_config for multimodal models). */
  vocab_size?: number;
  hidden_size?: number;
  text_config?: { vocab_size?: number; hidden_size?: number; [key: string]: unknown };
  [key: string]: unknown;
}

/** README front matter. `license` and `base_model` may be a string or a list. */
export interface ApiCardData {
  license?: string | string[];
  license_name?: string;
  license_link?: string;
  base_model?: string | string[];
  base_model_relation?: string;
  language?: string | string[];
  pipeline_tag?: string;
  library_name?: string;
  tags?: string[];
  [key: string]: unknown;
}

/** One item of `GET /api/models` (with `expand`), or of `GET /api/models/{id}`. */
export interface ApiModel {
  _id?: string;
  id: string;
  modelId?: string;
  author?: string;
  likes?: number;
  downloads?: number;
  trendingScore?: number;
  private?: boolean;
  disabled?: boolean;
  gated?: false | "auto" | "manual";
  tags?: string[];
  pipeline_tag?: string | null;
  library_name?: string | null;
  createdAt?: string;
  lastModified?: string;
  sha?: string;
  /** null: the Hub answered that the repo has none (see PARAM_FIELDS in list-models.ts). */
  safetensors?: ApiSafetensors | null;
  gguf?: ApiGguf | null;
  config?: ApiConfig;
  cardData?: ApiCardData;
  siblings?: { rfilename: string }[];
}

/** `GET /api/organizations/{name}/overview` (camelCase JSON). */
export interface ApiOrganizationOverview {
  name: string;
  fullname?: string;
  avatarUrl?: string;
  details?: string;
  isVerified?: boolean;
  isFollowing?: boolean;
  numUsers?: number;
  numModels?: number;
  numSpaces?: number;
  numDatasets?: number;
  numFollowers?: number;
  numPapers?: number;
  /** e.g. "team", "enterprise"; absent on free orgs. */
  plan?: string;
}

/** `GET /api/users/{name}/overview`. */
export interface ApiUserOverview {
  user: string;
  fullname?: string;
  type?: "user";
  avatarUrl?: string;
  isPro?: boolean;
  numModels?: number;
  numDatasets?: number;
  numSpaces?: number;
  numFollowers?: number;
  numFollowing?: number;
  numLikes?: number;
  numPapers?: number;
  numUpvotes?: number;
  orgs?: { name: string }[];
  createdAt?: string;
  details?: string;
}

/**
 * `authorData` of an item of the website's JSON listing (`/models-json`, `/api/trending`;
 * docs/hub-api.md#the-website-listing). Orgs may carry `plan`, users `isPro`; there is no model
 * count.
 */
export interface ApiAuthorData {
  _id?: string;
  name?: string;
  fullname?: string;
  avatarUrl?: string;
  type?: "org" | "user";
  followerCount?: number;
  isHf?: boolean;
  isHfAdmin?: boolean;
  isMod?: boolean;
  isUserFollowing?: boolean;
  /** Orgs only: "team", "enterprise", ...; absent on free organisations. */
  plan?: string;
  /** Users only. */
  isPro?: boolean;
}

/** One item of `GET /models-json` (the website's listing). */
export interface ApiModelsJsonItem {
  id: string;
  author?: string;
  authorData?: ApiAuthorData;
  downloads?: number;
  likes?: number;
  gated?: false | "auto" | "manual";
  lastModified?: string;
  pipeline_tag?: string;
  private?: boolean;
  repoType?: string;
  /** The Hub's own parameter count, present only when the Hub knows one. */
  numParameters?: number;
  [key: string]: unknown;
}

/** `GET /models-json?p=<0-based page>`: 30 items a page by default. */
export interface ApiModelsJsonPage {
  models: ApiModelsJsonItem[];
  numItemsPerPage?: number;
  numTotalItems?: number;
  pageIndex?: number;
}

/** What the crawler learnt about one author, as cached: which endpoint answered and its body. */
export type AuthorOverview =
  /** `fetchedAt` (epoch ms): when the overview's answer was fetched, when the lookup knows it. */
  | { kind: "org"; overview: ApiOrganizationOverview; fetchedAt?: number }
  | { kind: "user"; overview: ApiUserOverview; fetchedAt?: number }
  /** From the website listing's `authorData`: type, plan, followers, but no model count. */
  | { kind: "listing"; authorData: ApiAuthorData & { type: "org" | "user" } }
  | { kind: "unknown"; reason: string };
