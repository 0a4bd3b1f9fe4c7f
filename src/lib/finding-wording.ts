// The wording rules of the report's finding titles, shared by both languages so neither can say
// "grew" for noise: a change smaller than 5% of where it started reads "about the same", and a
// clause about a count of zero is left out rather than printed as "0 of ...". Pure, no language
// text: the translations turn a direction into words.

/** Below this relative change a comparison reads "about the same". */
export const SAME_BELOW_RELATIVE_CHANGE = 0.05;

export type Direction = "rose" | "fell" | "same";

/**
 * Which way a figure moved from `before` to `after`. "same" when the change is under 5% of
 * `before` (a 7.1B → 7.2B median is about the same); from 0 any rise counts, and 0 to 0 is "same".
 */
export function changeDirection(before: number, after: number, threshold = SAME_BELOW_RELATIVE_CHANGE): Direction {
  if (before === after) return "same";
  if (before === 0) return after > 0 ? "rose" : "fell";
  const relative = (after - before) / Math.abs(before);
  if (Math.abs(relative) < threshold) return "same";
  return relative > 0 ? "rose" : "fell";
}

/** One clause of a sentence and the count it is about. */
export interface CountedClause {
  count: number | null | undefined;
  text: string;
}

/** The clauses whose count is above zero, in order: a clause about nothing is left out. */
export function nonZeroClauses(clauses: readonly CountedClause[]): string[] {
  return clauses.filter((clause) => (clause.count ?? 0) > 0).map((clause) => clause.text);
}
