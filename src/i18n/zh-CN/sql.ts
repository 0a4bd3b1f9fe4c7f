// Chinese labels of the SQL page (src/views/Sql.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/sql.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { sql as english } from "../en/sql.ts";

export const sql: typeof english = {
  title: "自己动手查询",
  description: "用 DuckDB-WASM 在浏览器中对公开数据运行 SQL。",
  consoleHeading: "SQL 控制台",
  loadButton: (total: string | null) => (total === null ? "载入 SQL 控制台" : `载入 SQL 控制台（${total}）`),
  examples: "示例查询",
  resultCaption: (rows: string) => `本站构建时的查询结果：共 ${rows} 行。`,
  query: "SQL 查询",
  run: "运行",
  runExample: "在控制台中运行",
  results: "结果",
  client: {
    unsupported:
      "此浏览器无法运行控制台：DuckDB 需要 WebAssembly 异常处理，Chrome 和 Edge 95、Firefox 100、Safari 15.2 及更高版本均支持。下方的示例结果无需控制台即可查看。",
    starting: "正在下载并启动 DuckDB……",
    ready: "已就绪：载入了 {rows} 个模型。输入查询后点击“运行”（Ctrl+Enter）。",
    running: "正在运行……",
    rows: "{rows} 行，用时 {ms} 毫秒。",
    truncated: "{rows} 行，用时 {ms} 毫秒；仅显示前 {shown} 行。",
    error: "错误：{message}",
    failed: "DuckDB 无法启动：{message}",
  },
};
