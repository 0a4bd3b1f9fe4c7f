// What the mock Hub serves and how it is started. A dataset is what the real Hub knows:
// full model objects (every field `expand` can ask for) and author accounts.
import type { ApiModel } from "../data-loaders/hub/types.ts";

/** A model as the mock Hub stores it: the full Hub object plus what only other endpoints reveal. */
export interface MockModelRecord extends ApiModel {
  /** Parameter count the model page shows (the Hub's own count), when it has one. */
  pageParams?: number;
  /**
   * The repo's safetensors weight files, for `/resolve/` (byte ranges of generated headers, and
   * `model.safetensors.index.json` when there are several). Their names must be in `siblings`.
   */
  weightFiles?: MockWeightFile[];
}

export interface MockWeightFile {
  name: string;
  tensors: Record<string, { dtype: string; shape: number[] }>;
}

export interface MockAuthorRecord {
  name: string;
  type: "org" | "user";
  fullname?: string;
  numFollowers?: number;
  /** Orgs: "team", "enterprise", ...; absent for free orgs. */
  plan?: string;
  /** Users only. */
  isPro?: boolean;
  numModels?: number;
}

export interface MockHubDataset {
  models: MockModelRecord[];
  authors: MockAuthorRecord[];
}

/** Requests allowed per rate-limit window, per bucket (docs/hub-api.md#rate-limits). */
export interface Quota {
  api: number;
  resolvers: number;
  pages: number;
}

export const ANONYMOUS_QUOTA: Quota = { api: 500, resolvers: 3000, pages: 100 };
export const FREE_USER_QUOTA: Quota = { api: 1000, resolvers: 5000, pages: 200 };
