// Chinese labels of the Over time page (src/views/Time.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/time.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { time as english } from "../en/time.ts";

export const time: typeof english = {
  title: "时间分布",
  description: "按仓库创建月份统计的受欢迎文本生成模型。",
  range: (first, last) => `从${first}到${last}`,
  none: "没有模型具有真实的创建日期。",
  caption: (range, boundary) => `${range}每个创建月份的模型数，高质量模型叠放在其余模型下方；虚线标出时期分界日期（${boundary}）。`,
  legend: { high: "高质量", other: "其他" },
  columns: { month: "月份", models: "模型数", highQuality: "高质量" },
  placeholderRow: "2022 年 3 月之前（日期未知）",
};
