// English labels of the Over time page (src/views/Time.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/time.ts.

export const time = {
  title: "Over time",
  description: "Liked text-generation models by the month their repository was created.",
  range: (first: string, last: string) => `from ${first} to ${last}`,
  none: "No model has a real creation date.",
  caption: (range: string, boundary: string) =>
    `Models per creation month ${range}, high-quality models stacked below the rest; the dashed line marks the era boundary ${boundary}.`,
  legend: { high: "high quality", other: "other" },
  columns: { month: "Month", models: "Models", highQuality: "High quality" },
  placeholderRow: "before March 2022 (date unknown)",
};
