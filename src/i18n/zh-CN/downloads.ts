// Chinese labels of the Downloads page (src/views/Downloads.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/downloads.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { downloads as english } from "../en/downloads.ts";

export const downloads: typeof english = {
  title: "数据下载",
  description: "hub-likes 数据集的 Parquet、CSV 和 JSON 文件，附数据字典以及每张图表背后的数据。",
  filesHeading: "数据集",
  dictionaryHeading: "数据字典",
  dictionaryCaption:
    "models.parquet、models.csv 和 models.json 的各列，按文件中的顺序排列。在 CSV 文件中，电子表格会当作公式执行的文本以撇号开头。",
  columns: { column: "列名", meaning: "含义" },
  chartsHeading: "每张图表背后的数据",
};
