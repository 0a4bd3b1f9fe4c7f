// Chinese paragraphs of the Downloads page (src/views/Downloads.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { downloadsProse as english } from "../../en/prose/downloads.ts";

export const downloadsProse: typeof english = {
  lead: (models) => `本报告中的每个数字都可以由这些文件重新推算。模型表中每个已抓取模型占一行（共 ${models} 行），各种格式内容相同。`,
  files: {
    "models.parquet": "Parquet：列有类型，时间戳为 UTC，列表保留为列表。适合 DuckDB、pandas、polars 和 R。",
    "models.csv":
      "带表头的 CSV；列表用“;”连接，缺失值为空单元格。以 =、+、-、@、制表符或回车符开头的文本单元格前会加一个撇号（'），这样电子表格只显示它而不会把它当作公式执行；数字不受影响，Parquet 和 JSON 保留 Hub 给出的原文。",
    "models.json": "JSON：一个对象数组，缺失值为 null。",
    "summary.json": "核心数字：各项门槛、质量划分、各时期的规模区间、下载排行、参数量来源，以及数据的抓取地址和时间。",
    "history.parquet": "每次抓取的排名，每个模型在每个快照中占一行：排名、点赞数和下载量随时间的变化。",
  },
  chartsIntro:
    "每张图表所绘制的行，原样提供 JSON 和 CSV 格式（与 models.csv 一样，CSV 中电子表格会当作公式执行的文本以撇号开头）。每张图表旁也附有其数据文件链接和 SQL。",
};
