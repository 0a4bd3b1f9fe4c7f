// Chinese paragraphs of the SQL page (src/views/Sql.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { sqlProse as english } from "../../en/prose/sql.ts";

export const sqlProse: typeof english = {
  lead: "直接在浏览器里用 SQL 查询公开发布的模型表：编译为 WebAssembly 的 DuckDB 从本站读取 data/models.parquet，不会向任何地方发送数据。",
  tableNote: "表名为 models，各列含义见下载页的数据字典。下面的示例查询可以复现报告中的图表。",
  noScript:
    "SQL 控制台需要 JavaScript（它在浏览器中运行 DuckDB）。下面每个示例都附有本站构建时算出的结果；这些查询也可以在 DuckDB 命令行中对 models.parquet 运行：",
  download: (total: string | null, engine: string | null, data: string | null) =>
    total === null
      ? "载入控制台需要一次性下载 DuckDB 及其 Parquet 读取器，以及模型表；下面的示例无需这些。"
      : `载入控制台需要一次性下载 ${total}：DuckDB 及其 Parquet 读取器（${engine}）和模型表（${data}）。下面的示例无需这些。`,
};
