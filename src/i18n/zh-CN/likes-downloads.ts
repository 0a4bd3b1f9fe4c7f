// Chinese labels of the Likes vs downloads page (src/views/LikesDownloads.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/likes-downloads.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { likesDownloads as english } from "../en/likes-downloads.ts";

export const likesDownloads: typeof english = {
  title: "点赞与下载",
  description: "点赞最多的文本生成模型是否也是下载最多的模型。",
  figures: {
    spearman: "斯皮尔曼等级相关系数",
    pearson: "log(1 + 点赞数) 与 log(1 + 下载量) 的皮尔逊相关系数",
    zero: "个模型 30 天内无下载",
  },
  chartCaption: (likes, downloads) =>
    `两条坐标轴在 1 以上为对数刻度、在 0 附近为线性刻度，因此没有下载的模型位于左侧边缘。代表多个模型的点更大。虚线为中位数：${likes} 个点赞和 ${downloads} 次下载。`,
  showTable: "以表格查看各点",
  quadrantsHeading: "四个象限",
  quadrant: (likesSide, downloadsSide) => `${likesSide}、${downloadsSide}`,
  sides: {
    "more liked": "点赞较多",
    "less liked": "点赞较少",
    "more downloaded": "下载较多",
    "less downloaded": "下载较少",
  },
  perDayHeading: "创建以来的日均点赞",
  columns: {
    likes: "点赞数",
    downloads: "下载量（30 天）",
    models: "模型数",
    share: "占比",
    quadrant: "象限",
    model: "模型",
    likesPerDay: "日均点赞",
    ageDays: "年龄（天）",
    likesRank: "点赞排名",
  },
};
