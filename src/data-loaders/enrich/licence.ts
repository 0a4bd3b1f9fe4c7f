// The licence a model declares. The card's front matter is what the author wrote; the Hub's
// `license:` tags are derived from it, and are all a listing without cardData has.
import type { ApiModel } from "../hub/types.ts";

export interface Licence {
  /** The first declared licence, lowercased (e.g. "apache-2.0", "llama3.1"); null when none. */
  license: string | null;
  /** Every declared licence, first as declared, without repeats. */
  all: string[];
}

export function resolveLicence(model: ApiModel): Licence {
  const card = model.cardData;
  // "other" is the card's way of saying "see license_name"; the name is the licence when given
  // (DeepSeek's "deepseek", Qwen's "tongyi-qianwen"), else all we know is "other".
  const otherName = typeof card?.license_name === "string" && card.license_name.trim() !== "" ? card.license_name : null;
  const declared = [
    ...asList(card?.license),
    ...(model.tags ?? []).filter((tag) => tag.startsWith("license:")).map((tag) => tag.slice("license:".length)),
  ];
  const all: string[] = [];
  for (const raw of declared) {
    const id = raw.trim().toLowerCase();
    if (id === "") continue;
    const licence = id === "other" && otherName ? otherName.trim().toLowerCase() : id;
    if (!all.includes(licence)) all.push(licence);
  }
  return { license: all[0] ?? null, all };
}

function asList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}
