// Chinese labels of the Concentration page (src/views/Concentration.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/concentration.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { concentration as english } from "../en/concentration.ts";

export const concentration: typeof english = {
  title: "集中度",
  description: "点赞最多的文本生成模型的点赞在作者之间有多集中。",
  figures: {
    top10: "的点赞集中在点赞最多的 10 位作者",
    gini: "基尼系数（0 = 所有作者完全平等，1 = 一位作者独占全部）",
    half: "的点赞属于点赞较少的一半作者",
  },
  lorenzHeading: "洛伦兹曲线",
  lorenzCaption:
    "横轴上作者按点赞从少到多排列；曲线表示到该位置为止的作者合计拥有全部点赞的份额。虚线对角线代表完全平等；曲线越往下凹，点赞越集中。",
  showTable: "以表格查看曲线上的点",
  ageHeading: "排名靠前的模型是老是新？",
  topHeading: "点赞最多的 10 位作者",
  columns: {
    authorShare: "作者份额",
    likesShare: "点赞份额",
    author: "作者",
    likes: "点赞数",
    share: "占全部点赞",
    models: "模型数",
  },
};
