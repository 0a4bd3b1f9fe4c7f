// Colours for charts with many categories (families, licences, relations): Tableau 10, whose hues
// stay apart on both the light and the dark page background. Groups that mean "the rest" get
// neutral greys, so they never look like one more category.
export const CATEGORY_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"] as const;

export const REST_COLORS = { other: "#bab0ac", unknown: "#7f7f7f" } as const;

/** A colour per category in order, cycling if there are more than the palette holds. */
export function categoryColors(categories: readonly string[]): string[] {
  return categories.map((category, index) =>
    category === "other"
      ? REST_COLORS.other
      : category === "unknown"
        ? REST_COLORS.unknown
        : CATEGORY_COLORS[index % CATEGORY_COLORS.length],
  );
}
