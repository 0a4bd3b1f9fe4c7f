// Chinese paragraphs of the Concentration page (src/views/Concentration.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { concentrationProse as english } from "../../en/prose/concentration.ts";

export const concentrationProse: typeof english = {
  lead: (authors, likes) => `点赞是分散在众多作者之间，还是集中在少数人手中？${authors} 位作者的模型共获得 ${likes} 个点赞，按作者汇总。`,
  age: {
    older: (top, topAge, allAge) =>
      `点赞排名靠前的模型较老：点赞最多的 ${top} 个模型年龄中位数为 ${topAge} 天，全部已抓取模型为 ${allAge} 天。`,
    recent: (top, topAge, allAge) =>
      `点赞排名靠前的模型较新：点赞最多的 ${top} 个模型年龄中位数为 ${topAge} 天，全部已抓取模型为 ${allAge} 天。`,
    similar: (top, topAge, allAge) =>
      `点赞排名靠前的模型与其余模型新旧相当：点赞最多的 ${top} 个模型年龄中位数为 ${topAge} 天，全部已抓取模型为 ${allAge} 天。`,
  },
  ageUnknown: "有真实创建日期的模型太少，无法判断排名靠前的模型是老是新。",
  agePlaceholders: (top, of, all) =>
    `其中 ${of} 个里有 ${top} 个（全部模型中有 ${all} 个）的创建日期是 Hub 的占位日期（创建于 2022 年 3 月之前），不计入中位数。`,
};
