// `GET /api/organizations/{name}/overview` and `GET /api/users/{name}/overview` bodies
// (docs/hub-api.md#account-overviews).
// Each endpoint knows only its own kind of account; the server answers 404 for the other kind.
import type { ApiOrganizationOverview, ApiUserOverview } from "../data-loaders/hub/types.ts";
import type { MockAuthorRecord } from "./types.ts";

/** `modelCount` is what the dataset holds for the author, used when the record does not say. */
export function toOrganizationOverview(author: MockAuthorRecord, modelCount: number): ApiOrganizationOverview {
  const overview: ApiOrganizationOverview = {
    name: author.name,
    fullname: author.fullname ?? author.name,
    isVerified: false,
    isFollowing: false,
    numModels: author.numModels ?? modelCount,
    numSpaces: 0,
    numDatasets: 0,
  };
  if (author.numFollowers !== undefined) overview.numFollowers = author.numFollowers;
  // Free organisations have no plan key at all.
  if (author.plan) overview.plan = author.plan;
  return overview;
}

export function toUserOverview(author: MockAuthorRecord, modelCount: number): ApiUserOverview {
  const overview: ApiUserOverview = {
    user: author.name,
    fullname: author.fullname ?? author.name,
    type: "user",
    isPro: author.isPro ?? false,
    numModels: author.numModels ?? modelCount,
    numDatasets: 0,
    numSpaces: 0,
  };
  if (author.numFollowers !== undefined) overview.numFollowers = author.numFollowers;
  return overview;
}
