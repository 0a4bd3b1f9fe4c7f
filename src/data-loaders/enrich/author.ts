// What the Hub said about one author → an author row. Unknown stays null: an author whose
// overview could not be fetched is not guessed to be a user or a free organisation.
import type { AuthorOverview } from "../hub/types.ts";
import type { AuthorRow } from "../db/rows.ts";

/** `name` is the author as the models name it (the row's key), not the overview's spelling. */
export function enrichAuthor(name: string, info: AuthorOverview): AuthorRow {
  switch (info.kind) {
    case "org": {
      const overview = info.overview;
      const plan = nonEmptyString(overview.plan);
      return {
        name,
        type: "org",
        fullname: nonEmptyString(overview.fullname),
        followers: count(overview.numFollowers),
        // The overview omits `plan` for free organisations, so no plan means free, not unknown.
        plan,
        is_enterprise: plan?.toLowerCase() === "enterprise",
        // PRO is a personal subscription; organisations have plans instead.
        is_pro: null,
        num_models: count(overview.numModels),
      };
    }
    case "user": {
      const overview = info.overview;
      return {
        name,
        type: "user",
        fullname: nonEmptyString(overview.fullname),
        followers: count(overview.numFollowers),
        plan: null,
        // Enterprise is an organisation plan; a user account never has it.
        is_enterprise: false,
        is_pro: typeof overview.isPro === "boolean" ? overview.isPro : null,
        num_models: count(overview.numModels),
      };
    }
    case "listing": {
      // The website listing's authorData: same facts as the overviews, without a model count.
      const data = info.authorData;
      if (data.type === "org") {
        const plan = nonEmptyString(data.plan);
        return {
          name,
          type: "org",
          fullname: nonEmptyString(data.fullname),
          followers: count(data.followerCount),
          // As in the overview, free organisations carry no plan key.
          plan,
          is_enterprise: plan?.toLowerCase() === "enterprise",
          is_pro: null,
          num_models: null,
        };
      }
      return {
        name,
        type: "user",
        fullname: nonEmptyString(data.fullname),
        followers: count(data.followerCount),
        plan: null,
        is_enterprise: false,
        is_pro: typeof data.isPro === "boolean" ? data.isPro : null,
        num_models: null,
      };
    }
    case "unknown":
      return {
        name,
        type: null,
        fullname: null,
        followers: null,
        plan: null,
        is_enterprise: null,
        is_pro: null,
        num_models: null,
      };
    default:
      throw new TypeError(
        `author ${JSON.stringify(name)} has overview kind ${JSON.stringify((info as { kind?: unknown })?.kind)}; ` +
          'expected "org", "user", "listing" or "unknown" (see AuthorOverview in hub/types.ts).',
      );
  }
}

function count(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
