// English labels of the Downloads page (src/views/Downloads.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/downloads.ts.

export const downloads = {
  title: "Downloads",
  description: "The hub-likes dataset as Parquet, CSV and JSON, with its data dictionary and the data behind every chart.",
  filesHeading: "The dataset",
  dictionaryHeading: "Data dictionary",
  dictionaryCaption:
    "Columns of models.parquet, models.csv and models.json, in file order. In the CSV files, text a spreadsheet would run as a formula starts with an apostrophe.",
  columns: { column: "Column", meaning: "Meaning" },
  chartsHeading: "The data behind each chart",
};
