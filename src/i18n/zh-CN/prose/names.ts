// Chinese paragraphs of the Names page (src/views/Names.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { namesProse as english } from "../../en/prose/names.ts";

export const namesProse: typeof english = {
  lead: (named, compared) =>
    `有 ${named} 个模型的名称标注了规模（如“8B”“70B”“8x7B”）。其中 ${compared} 个模型的仓库自身元数据也给出了参数计数（safetensors 或 GGUF 元数据、Hub 列表、权重文件或模型页面；适配器按其基础模型的计数比较），因此两者可以比较。`,
  rule: "当 |名称规模 − 计数| / 计数 > 20% 时，视为名称与计数不符。这类名称大多并没有错：计数包含了名称通常不计的部分，或者统计的是打包后的存储。每个不符的名称按下列顺序取第一个适用的可能原因，依据的都是抓取已有的数据；找不到原因的排在最前。",
  reasonsIntro: (explained, larger, smaller) =>
    `有 ${explained} 个与计数不符的名称找到了可能的原因。在所有不符的名称中，${larger} 个标注的参数量多于计数，${smaller} 个少于计数。`,
  reasonDefinitions: {
    unexplained: "下列原因都不适用。",
    packed: "计数统计的是量化打包后的存储单元（多个低位权重打包进一个整数元素），或者仓库经过量化且计数少于名称。",
    embeddings:
      "名称与“计数减去一个或两个嵌入矩阵”（配置或其基础模型配置中的 vocab_size × hidden_size）相差在 20% 以内：名称通常不把嵌入计算在内。",
    towers: "多模态模型的计数多于名称：名称标注的是语言模型，计数还包括视觉或音频编码器。",
    rounding: "名称是计数截取或四舍五入到第一位有效数字的结果（1.50B 命名为 1B）。",
  },
  worstIntro: "按名称偏离程度排序，不分方向（名称大了一倍与小了一半排名相同）。",
};
