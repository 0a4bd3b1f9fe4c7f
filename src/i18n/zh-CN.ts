// 报告的简体中文文本。类型为 Messages：缺少任何一个键，`tsc` 就会报错。
import type { Messages } from "./en.ts";

export const zhCN: Messages = {
  locale: "zh-CN",
  languageName: "简体中文",
  layout: {
    navLabel: "报告章节",
    languageSwitch: "English",
    languageSwitchLabel: "Read this page in English",
    theme: {
      label: "配色",
      system: "跟随系统",
      light: "浅色",
      dark: "深色",
    },
    sampleBanner: "示例数据：本页展示的是项目自带、程序生成的示例 Hub，而不是真实的 Hugging Face Hub。",
    downloadData: "下载数据：",
    source: (sample) => `数据来自 {endpoint}，抓取于 {fetched}：{authors} 位作者的 {models} 个模型${sample ? "（示例数据）" : ""}。`,
    nav: {
      overview: "概览",
      top: "下载排行",
      sizes: "参数规模",
      time: "时间分布",
      authors: "作者",
      families: "模型家族",
      licences: "许可证",
      derivatives: "衍生模型",
      names: "名称与计数",
      concentration: "集中度",
      likesDownloads: "点赞与下载",
      history: "历史变化",
      methodology: "研究方法",
      explore: "模型浏览",
      sql: "SQL 查询",
      downloads: "数据下载",
    },
  },
  common: {
    showTable: "以表格查看数据",
    yes: "是",
    no: "否",
    chartSource: {
      sql: "查看 SQL",
      views: "它读取的视图（来自 views.sql，在本次抓取的 DuckDB 数据库上运行）",
      data: "本图数据：",
      figuresData: "以上数字的数据：",
      tableData: "本表数据：",
    },
    legend: "图例",
    colon: "：",
    describe: {
      statistics: {
        count: "计数",
        mean: "均值",
        std: "标准差",
        min: "最小值",
        p25: "第 25 百分位数",
        p50: "中位数",
        p75: "第 75 百分位数",
        max: "最大值",
      },
      columns: {
        likes: "点赞数",
        downloads: "下载量（近 30 天）",
        params: "参数量",
        age_days: "存在天数",
        likes_per_day: "日均点赞",
        models: "模型数",
        followers: "关注者",
      },
    },
  },
  explorer: {
    title: "模型浏览",
    description: "抓取到的全部文本生成模型：在浏览器中搜索、筛选和排序。",
    lead: (models) =>
      `数据中的全部 ${models} 个模型。可按模型 ID 或作者搜索（或指定某一位作者），按规模、时期、创建年份或月份、作者类型、作者的账户方案、许可证、模型家族、质量和与基础模型的关系筛选，并按任一数值排序。筛选条件保存在网址中，因此每个图表的条形都链接到这里对应的模型集合。`,
    noScript:
      "完整的浏览功能（对全部模型搜索、筛选、排序）需要 JavaScript。未启用时，本页只列出点赞最多的 100 个模型；完整数据见下载文件：",
    staticCaption: (shown, total) => `${total} 个模型中点赞最多的 ${shown} 个。`,
    search: "搜索模型 ID 或作者",
    searchPlaceholder: "例如 llama、qwen、mistralai",
    author: "作者（完整名称）",
    authorPlaceholder: "例如 meta-llama",
    filters: "筛选",
    size: "规模",
    era: "时期",
    authorType: "作者类型",
    created: "创建时间",
    createdYears: "年份",
    createdMonths: "月份",
    createdNone: "完全没有日期",
    plan: "作者的账户方案",
    licence: "许可证",
    family: "模型家族",
    quality: "质量",
    qualityValues: { high: "高质量", low: "非高质量" },
    relation: "与基础模型的关系",
    base: "基础模型（完整 ID）",
    basePlaceholder: "例如 meta-llama/Llama-3.1-8B",
    any: "全部",
    sortBy: "排序依据",
    order: "顺序",
    descending: "降序",
    ascending: "升序",
    reset: "重置",
    columns: {
      rank: "点赞排名",
      model: "模型",
      authorType: "作者类型",
      likes: "点赞数",
      downloads: "下载量（30 天）",
      likesPerDay: "日均点赞",
      params: "参数规模",
      created: "创建日期",
      licence: "许可证",
      family: "模型家族",
    },
    sortKeys: {
      likes: "点赞数",
      downloads: "下载量",
      likes_per_day: "创建以来日均点赞",
      params: "参数量",
      created: "创建日期",
      id: "模型 ID",
      license: "许可证",
      family: "模型家族",
    },
    scrollHint: "表格还有更多列：可左右滑动查看。",
    client: {
      loading: "正在加载模型……",
      loadingShard: "正在加载模型：第 {loaded} 批，共 {total} 批……",
      status: "共 {total} 个模型，{matches} 个符合条件；当前显示 {shown} 个。",
      none: "没有符合这些条件的模型。",
      more: "再显示 {n} 个",
      failed: "无法加载浏览数据（{error}）。下方的下载文件包含全部模型。",
      unknown: "未知",
      beforeMarch2022: "2022 年 3 月以前",
    },
  },
  enums: {
    era: { before: "分界日期之前", after: "分界日期当天及之后", none: "无日期" },
    authorType: { org: "组织", user: "个人用户", unknown: "未知" },
    authorTypeShort: { org: "组织", user: "个人", unknown: "未知" },
    sizeUnknown: "未知",
    plan: { enterprise: "企业版", team: "团队版", pro: "Pro", free: "免费", unknown: "未知" },
    relation: {
      finetune: "微调",
      quantized: "量化",
      adapter: "适配器",
      merge: "合并",
      unspecified: "注明了基础模型，但未说明关系",
      none: "未注明基础模型",
    },
    other: "其他",
    unknown: "未知",
  },
  findings: {
    clauseSeparator: "；",
    population: {
      all: (models, day) => `全部 ${models} 个抓取到的模型，${day} 抓取`,
      highQuality: (models, day) => `${models} 个高质量模型，${day} 抓取`,
      highQualityAfter: (models, boundary, day) => `${boundary} 当天及之后创建的 ${models} 个高质量模型，${day} 抓取`,
      dated: (models, day) => `${models} 个有真实创建日期的模型，${day} 抓取`,
      authors: (authors, models, day) => `全部 ${models} 个模型的 ${authors} 位作者，${day} 抓取`,
      compared: (models, day) => `名称和元数据都给出规模的 ${models} 个模型，${day} 抓取`,
      derived: (models, all, day) => `${all} 个抓取到的模型中注明基础模型的 ${models} 个，${day} 抓取`,
      snapshots: (snapshots, day) => `最受喜爱模型的 ${snapshots} 次抓取，最近一次在 ${day}`,
    },
    sizes: {
      large: (direction, before, after) =>
        direction === "same"
          ? `200 亿参数及以上的模型在高质量模型中的占比基本不变（之前 ${before}，之后 ${after}）`
          : `200 亿参数及以上的模型在高质量模型中的占比从 ${before} ${direction === "rose" ? "升至" : "降至"} ${after}`,
      commonOnly: (bucket) => `没有高质量模型达到 200 亿参数；最常见的规模是 ${bucket}`,
      oneEra: "只有一个时期有高质量模型，无法比较变化",
    },
    topDownloads: {
      leader: (id, share, n) => `${id} 占这 ${n} 个模型下载量的 ${share}`,
      none: "这些模型在过去 30 天内都没有下载",
    },
    modelsPerMonth: {
      peak: (month, models) => `${month} 新建的受喜爱模型最多：${models} 个`,
      none: "没有模型有真实的创建日期",
    },
    authorTypes: {
      orgShare: (highQuality, all) => `组织发布了 ${highQuality} 的高质量模型（全部模型的 ${all}）`,
      noOrgs: "没有模型由组织发布",
    },
    authorPlans: {
      top: (plan, type, models) => `${plan}方案的作者（${type}）发布的模型最多：${models} 个`,
      none: "没有作者的方案已知",
    },
    topAuthors: {
      top: (author, likes, models) => `${author} 获得的点赞最多：${models} 个模型共 ${likes} 个赞`,
      none: "没有作者获得点赞",
    },
    families: {
      top: (family, highQuality, all) => `${family} 是最大的模型家族：占高质量模型的 ${highQuality}（全部模型的 ${all}）`,
      none: "没有模型有已知的家族",
    },
    familyShare: {
      moved: (family, direction, from, fromYear, to, toYear) =>
        direction === "same"
          ? `${family} 的占比基本不变：${fromYear} 年 ${from}，${toYear} 年 ${to}`
          : `${family} 的占比从 ${fromYear} 年的 ${from} ${direction === "rose" ? "升至" : "降至"} ${toYear} 年的 ${to}`,
      onlyLast: (family, share, year) => `${year} 年 ${family} 领先，占当年模型的 ${share}`,
      none: "没有模型同时有已知家族和创建年份",
    },
    licences: {
      top: (licence, highQuality, all) => `${licence} 是最常见的许可证：占高质量模型的 ${highQuality}（全部模型的 ${all}）`,
      undeclared: (share) => `${share} 的模型未声明许可证`,
      none: "没有模型声明许可证",
    },
    derivatives: {
      share: (share) => `${share} 的模型注明了其派生自的基础模型`,
      commonest: (relation) => `最常见的关系是${relation}`,
      none: "没有模型注明基础模型",
    },
    topBaseModels: {
      top: (base, descendants, likes) => `${base} 的派生模型最受喜爱：${descendants} 个模型共 ${likes} 个赞`,
      none: "没有模型注明基础模型",
    },
    nameSizes: {
      share: (share) => `名称中标明规模的模型有 ${share} 与元数据相差超过 20%`,
      allAgree: (models) => `全部 ${models} 个标明规模的名称都与元数据相差不超过 20%`,
      none: "没有名称能与元数据中的规模比较",
    },
    concentration: {
      top10: (share, authors) => `点赞最多的 10 位作者拥有全部点赞的 ${share}（共 ${authors} 位作者）`,
      none: "没有模型获得点赞",
    },
    likesDownloads: {
      correlation: (strength, rho) => `受喜爱的模型往往下载也多：秩相关系数 ${rho}，属${strength}相关`,
      strength: { strong: "强", moderate: "中等", weak: "弱" },
      none: "模型太少，无法比较点赞和下载",
    },
    history: {
      moved: (direction, before, after) =>
        direction === "same"
          ? `每周新增点赞基本不变（${before}，之后 ${after}）`
          : `每周新增点赞从 ${before} ${direction === "rose" ? "升至" : "降至"} ${after}`,
      latest: (perWeek) => `最受喜爱的模型每周新增 ${perWeek} 个赞`,
      none: "目前只有一次抓取：尚无新增点赞可显示",
      climber: (id, places, rank) => `${id} 排名上升最多：上升 ${places} 位，至第 ${rank} 位`,
      noMovers: "最近两次抓取之间没有模型的排名变化",
    },
  },
  overview: {
    title: "概览",
    description: "Hugging Face Hub 上点赞最多的文本生成模型是什么样的。",
    lead: (limit) =>
      "Hugging Face 用户最喜欢的文本生成模型是什么样的？" +
      (limit === null ? "本报告涵盖所有标记为 {tag} 的模型，按点赞数排序。" : `本报告涵盖标记为 {tag} 的模型中点赞数最高的 ${limit} 个。`),
    answerHeading: "简要回答",
    answer: {
      none: (rule) =>
        `这里的高质量模型指点赞至少 ${rule.likes} 个（本次抓取的第 ${rule.percentile} 百分位）且近 30 天下载至少 ${rule.downloads} 次的模型；本次抓取中没有模型同时达到两项门槛，因此无法描述典型模型。`,
      definition: (rule, models, median) =>
        `这里的高质量模型指点赞至少 ${rule.likes} 个（本次抓取的第 ${rule.percentile} 百分位）且近 30 天下载至少 ${rule.downloads} 次的模型；` +
        (median === null
          ? `共有 ${models} 个模型达到。`
          : `这 ${models} 个模型中典型的一个有 ${median.params} 个参数（在 ${median.counted} 个参数量已知的模型中取中位数）。`),
      eras: (boundary, large, median) =>
        `以 ${boundary} 为界，` +
        (large.direction === "same"
          ? `参数量达到 200 亿（20B）或以上的模型占比基本不变（之前 ${large.before}，之后 ${large.after}）`
          : `参数量达到 200 亿（20B）或以上的模型占比从 ${large.before} ${large.direction === "rose" ? "升至" : "降至"} ${large.after}`) +
        (median === null
          ? "。"
          : median.direction === "same"
            ? `，参数量中位数基本不变（之前 ${median.before}，之后 ${median.after}）。`
            : `，参数量中位数从 ${median.before} ${median.direction === "rose" ? "增长" : "下降"}到 ${median.after}。`),
      oneEra: (boundary, side) =>
        `所有日期已知的高质量模型都创建于 ${boundary}${side === "before" ? "之前" : "当天或之后"}，因此无法比较前后两个时期的变化。`,
      makers: (orgShare, unknownTypes, family, licence) =>
        `其中 ${orgShare} 由组织发布（其余来自${unknownTypes ? "个人用户和类型未知的作者" : "个人用户"}）` +
        (family ? `；最常见的模型家族是 ${family.name}（${family.share}）` : "") +
        (licence ? `${family ? "，" : "；"}最常见的许可证是 ${licence.name}（${licence.share}）` : "") +
        "。",
    },
    keyFigures: {
      medianParams: "高质量模型的参数量中位数",
      medianAgeValue: (days) => `${days} 天`,
      medianAge: "高质量模型存在时间的中位数",
      orgShare: "的高质量模型由组织发布",
      topFamily: (share) => `最常见的模型家族（${share}）`,
      topLicence: (share) => `最常见的许可证（${share}）`,
      top10: "的点赞集中在点赞最多的 10 位作者",
    },
    figures: {
      models: "个已抓取的模型",
      authors: "位作者",
      highQuality: (share) => `个高质量模型（${share}）`,
      likesNeeded: (percentile) => `达到高质量所需的点赞数（第 ${percentile} 百分位）`,
      downloadsNeeded: "30 天内所需的下载量",
      eraBoundary: "时期分界日期",
    },
    rule: (v) =>
      `模型至少有 ${v.likes} 个点赞（本次抓取点赞数的第 ${v.percentile} 百分位为 ${v.threshold}），且最近 30 天下载量至少为 ${v.downloads}，即视为{term}。` +
      `在 ${v.total} 个模型中，${v.highQuality} 个为高质量，${v.lowQuality} 个不是；高质量模型中，${v.before} 个创建于 ${v.boundary}之前，${v.after} 个创建于当天或之后` +
      `${v.undated === null ? "" : `，另有 ${v.undated} 个创建日期未知`}。`,
    ruleTerm: "高质量",
    modelsHeading: "模型一览",
    modelsCaption: "按模型统计：点赞数、下载量（最近 30 天）、参数量（仅限已知）以及存在天数（仅限真实创建日期）。",
    authorsHeading: "作者一览",
    authorsCaption: "按作者统计：模型数、点赞数、下载量（最近 30 天）和关注者数。",
    sectionsHeading: "各章节",
    sections: {
      top: "分界日期以来创建、下载量最高的高质量模型",
      sizes: "分界日期前后，模型参数规模的变化",
      time: "每个创建月份的模型数量",
      authors: "组织与个人用户、账户方案，以及点赞最多的作者",
      families: "模型属于哪些家族和架构，以及各家族份额的变化",
      licences: "声明的许可证、自定义许可证，以及未声明许可证的模型",
      derivatives: "微调、量化、适配器与合并模型，以及衍生模型最受欢迎的基础模型",
      names: "名称中标注的规模与元数据中的规模是否一致",
      concentration: "头部作者占有的点赞份额、洛伦兹曲线与基尼系数",
      likesDownloads: "被点赞的模型是否也被下载",
      history: "排名在每次定期抓取之间如何变化",
      explore: "全部模型，可搜索、筛选和排序",
      sql: "在浏览器中用 SQL 查询公开数据",
      downloads: "Parquet、CSV 和 JSON 格式的数据集、数据字典，以及每张图表的数据",
      methodology: "每个数字从何而来，以及需要注意的局限",
    },
  },
  top: {
    title: "下载排行",
    description: "最新时期下载量最高的高质量文本生成模型。",
    lead: (n, boundary) => `${boundary}当天或之后创建、下载量最高的 ${n} 个高质量模型。下载量是 Hub 统计的最近 30 天数字，而非累计下载量。`,
    none: (boundary) => `没有在 ${boundary}当天或之后创建的高质量模型。`,
    tableCaption: "按最近 30 天下载量排序；“点赞排名”是该模型在全部抓取模型中按点赞数的名次。",
    columns: {
      position: "#",
      model: "模型",
      author: "作者",
      downloads: "下载量（30 天）",
      likes: "点赞数",
      rank: "点赞排名",
      size: "参数规模",
      sizeSource: "规模来源",
      created: "创建日期",
    },
    chartCaption: (n, leader, downloads) => `下表 ${n} 个模型最近 30 天的下载量；${leader} 以 ${downloads} 次居首。`,
    note: "参数规模指逻辑参数量；“规模来源”说明每个数字的出处（详见{methodology}）。",
    methodologyLink: "研究方法",
  },
  sizes: {
    title: "参数规模",
    description: "分界日期前后高质量模型的参数量。",
    lead: (boundary, before, after) =>
      `受欢迎的模型有多大？这一点是否发生了变化？这里比较 ${boundary}之前创建的高质量模型（${before} 个）与此后创建的模型（${after} 个），每个区间按其所在时期的占比计算，使规模不同的两个时期可以公平比较。`,
    caption: (unknownBefore, unknownAfter) =>
      `每个时期的高质量模型在各参数规模区间的占比；柱端数字为模型数。规模未知的模型（之前 ${unknownBefore} 个，之后 ${unknownAfter} 个）单独以空心柱显示，从不计入最小的区间。`,
    era: { before: (boundary) => `${boundary}之前`, after: (boundary) => `${boundary}当天或之后` },
    unknownSize: "规模未知",
    columns: { size: "参数规模", models: (era) => `${era}：模型数`, share: "占比", total: "合计" },
    note: "区间按逻辑参数量划分：混合专家（MoE）模型计入全部专家，量化仓库计入其所打包模型的参数量。“未知”表示所有来源都未能给出参数量；它是单独的区间，而不是小模型。",
  },
  time: {
    title: "时间分布",
    description: "按仓库创建月份统计的受欢迎文本生成模型。",
    range: (first, last) => `从${first}到${last}`,
    lead: (dated, range) =>
      `受欢迎的模型是什么时候创建的？${range}，按月统计 ${dated} 个有真实创建日期的模型；每根柱子的下半部分是高质量模型。`,
    placeholderNote: (total) =>
      `未列入时间轴：${total} 个模型中有 {count} 个创建于 2022 年 3 月之前。对这些模型，Hub 给出的是占位日期（2022-03-02）而非真实日期，因此无法归入具体月份。`,
    none: "没有模型具有真实的创建日期。",
    caption: (range, boundary) => `${range}每个创建月份的模型数，高质量模型叠放在其余模型下方；虚线标出时期分界日期（${boundary}）。`,
    legend: { high: "高质量", other: "其他" },
    columns: { month: "月份", models: "模型数", highQuality: "高质量" },
    placeholderRow: "2022 年 3 月之前（日期未知）",
    note: "没有模型的月份留空。创建日期指 Hub 仓库的创建时间，可能与模型的正式发布日期不同。",
  },
  authors: {
    title: "作者",
    description: "谁在发布受欢迎的文本生成模型：组织还是个人用户，使用哪种账户方案。",
    lead: "大家喜欢的模型出自谁手：组织还是个人用户，各自使用哪种 Hub 账户方案。",
    typesHeading: "组织与个人用户",
    typesCaption: (authors, models, likes) => `组织占作者总数的 ${authors}，拥有 ${models} 的模型和 ${likes} 的点赞。`,
    typesCaptionNoOrgs: "按作者类型统计的作者、模型和点赞占比。",
    typeColumns: { type: "作者类型", authors: "作者数", models: "模型数", highQuality: "高质量模型", likes: "点赞数" },
    plansHeading: "账户方案",
    plansIntro: "每位作者的 Hub 账户方案：组织为{enterprise}或{team}，个人用户为 {pro}，其余为{free}；Hub 未提供信息时记为{unknown}。",
    plansCaption: "各账户方案下的模型数，分为组织与个人用户。",
    planColumns: { plan: "方案", type: "作者类型", authors: "作者数", models: "模型数" },
    topHeading: (n) => `点赞最多的 ${n} 位作者`,
    topCaption: "每位作者在本次抓取中所有模型的点赞数与下载量（最近 30 天）之和。",
    topColumns: {
      position: "#",
      author: "作者",
      type: "类型",
      models: "模型数",
      likes: "点赞数",
      downloads: "下载量（30 天）",
      followers: "关注者",
    },
    topChartCaption: (n, leader, likes) => `点赞最多的 ${n} 位作者的总点赞数；${leader} 以 ${likes} 个点赞居首。下表列出了相同的数字。`,
  },
  families: {
    title: "模型家族与架构",
    description: "点赞最多的文本生成模型属于哪些模型家族和架构，以及这些份额如何变化。",
    lead: (models, families) =>
      `抓取到的 ${models} 个模型属于哪些家族（共 ${families} 个家族）——家族取自配置中的 model_type 或 GGUF 架构——以及各家族的份额逐年如何变化。`,
    familiesHeading: "各家族的模型数",
    familiesCaption: (top, share) =>
      `最大的家族 ${top} 占全部抓取模型的 ${share}。较小的家族合并为“其他”；“未知”是既没有 model_type、也没有 GGUF 架构的模型。`,
    shareHeading: "按创建年份的份额",
    shareIntro: (top) =>
      `整个抓取中最大的 ${top} 个家族、合并为“其他”的其余家族，以及“未知”，在每年创建模型中所占的份额。只统计真实创建日期：带有 Hub 2022 年前占位日期的仓库没有年份。`,
    shareCaption: (first, last) => `每根柱子代表 ${first} 至 ${last} 年中的一个创建年份，合计为 100%。`,
    architecturesHeading: "架构",
    architecturesIntro: (n) => `config.architectures 中出现次数最多的 ${n} 个架构类；同时列出两个架构的模型在两处都计数。`,
    columns: {
      family: "家族",
      models: "模型数",
      share: "占全部模型",
      highQuality: "高质量",
      highQualityShare: "占高质量模型",
      likes: "点赞数",
      modelTypes: "model_type 取值",
      architectures: "架构",
      year: "年份",
      architecture: "架构",
      families: "家族",
    },
  },
  licences: {
    title: "许可证",
    description: "点赞最多的文本生成模型声明了哪些许可证，包括自定义许可证和未声明的情况。",
    lead: (models) =>
      `抓取到的 ${models} 个模型在模型卡或 license: 标签中声明的许可证。列出多个许可证的模型卡按第一个计；声明为“other”并给出 license_name 的，按该名称计。`,
    kinds: {
      standard: "Hub 列表中的许可证",
      custom: "自定义（声明为“other”）",
      none: "未声明",
      rest: "其余较小的许可证合计",
    },
    noneLabel: "未声明",
    restLabel: (count) => `其他 ${count} 种许可证`,
    caption: (top, share, custom, customShare, none, noneShare) =>
      `${top} 是最常见的许可证（占模型的 ${share}）。${custom} 个模型（${customShare}）使用自定义许可证，${none} 个（${noneShare}）未声明许可证。`,
    showTable: "以表格查看全部许可证",
    columns: {
      licence: "许可证",
      kind: "类别",
      models: "模型数",
      share: "占全部模型",
      highQuality: "高质量",
      highQualityShare: "占高质量模型",
      likes: "点赞数",
    },
  },
  derivatives: {
    title: "衍生模型",
    description: "点赞最多的文本生成模型中的微调、量化、合并与适配器模型，以及它们背后的基础模型。",
    lead: (derived, total, share) =>
      `抓取到的 ${total} 个模型中，有 ${derived} 个（${share}）在 base_model 元数据中说明自己衍生自另一个模型：微调、量化、适配器或合并。`,
    relationsHeading: "模型如何衍生自其他模型",
    relationsCaption: "按与基础模型关系统计的模型数。“未注明基础模型”包括原创发布的模型和未作说明的模型卡。",
    basesHeading: (n) => `衍生模型点赞最多的 ${n} 个基础模型`,
    basesIntro:
      "对每个基础模型：将其列为基础模型的已抓取模型所获点赞，按关系拆分。只统计直接衍生（微调模型的量化版本计入该微调模型）。本身未被抓取的基础模型同样计入，并加以标注。",
    basesCaption: (leader, likes, descendants) => `${leader} 居首：它的 ${descendants} 个直接衍生模型共获得 ${likes} 个点赞。`,
    notCrawled: "未抓取",
    columns: {
      relation: "关系",
      models: "模型数",
      share: "占比",
      likes: "点赞数",
      highQuality: "高质量",
      base: "基础模型",
      inData: "已抓取",
      baseLikes: "自身点赞数",
      descendants: "衍生模型数",
      descendantLikes: "衍生模型点赞数",
      finetunes: "微调",
      quantizations: "量化",
      adapters: "适配器",
      merges: "合并",
      unspecified: "未说明",
    },
  },
  names: {
    title: "名称与计数不符",
    description: "模型名称中标注的规模与仓库自身元数据给出的计数相比：哪些名称与计数不符，以及可能的原因。",
    lead: (named, compared) =>
      `有 ${named} 个模型的名称标注了规模（如“8B”“70B”“8x7B”）。其中 ${compared} 个模型的仓库自身元数据也给出了参数计数（safetensors 或 GGUF 元数据、Hub 列表、权重文件或模型页面；适配器按其基础模型的计数比较），因此两者可以比较。`,
    figures: {
      unexplained: "个名称与计数不符且找不到原因",
      disagree: (n, compared) => `的名称（共 ${compared} 个）与计数相差超过 20%（${n} 个）`,
      explained: "个不符的名称有可能的原因",
    },
    rule: "当 |名称规模 − 计数| / 计数 > 20% 时，视为名称与计数不符。这类名称大多并没有错：计数包含了名称通常不计的部分，或者统计的是打包后的存储。每个不符的名称按下列顺序取第一个适用的可能原因，依据的都是抓取已有的数据；找不到原因的排在最前。",
    reasonsHeading: "有可能原因的不符名称",
    reasonsIntro: (explained, larger, smaller) =>
      `有 ${explained} 个与计数不符的名称找到了可能的原因。在所有不符的名称中，${larger} 个标注的参数量多于计数，${smaller} 个少于计数。`,
    reasons: {
      unexplained: "找不到原因",
      packed: "量化打包存储",
      embeddings: "嵌入矩阵",
      towers: "视觉或音频编码器",
      rounding: "取整",
    },
    reasonDefinitions: {
      unexplained: "下列原因都不适用。",
      packed: "计数统计的是量化打包后的存储单元（多个低位权重打包进一个整数元素），或者仓库经过量化且计数少于名称。",
      embeddings:
        "名称与“计数减去一个或两个嵌入矩阵”（配置或其基础模型配置中的 vocab_size × hidden_size）相差在 20% 以内：名称通常不把嵌入计算在内。",
      towers: "多模态模型的计数多于名称：名称标注的是语言模型，计数还包括视觉或音频编码器。",
      rounding: "名称是计数截取或四舍五入到第一位有效数字的结果（1.50B 命名为 1B）。",
    },
    chartCaption: "每个点代表一个或多个两种规模大致相同的模型（点越大，模型越多）。实线对角线上名称完全准确；两条虚线之间误差在 20% 以内。",
    legend: { agrees: "误差在 20% 以内", disagrees: "相差超过 20%" },
    showTable: "以表格查看各点",
    worstHeading: (n, total) => `与计数不符且找不到原因的名称：${total} 个中偏差最大的 ${n} 个`,
    worstIntro: "按名称偏离程度排序，不分方向（名称大了一倍与小了一半排名相同）。",
    columns: {
      model: "模型",
      nameSize: "名称中的规模",
      metadataSize: "元数据中的规模",
      source: "元数据来源",
      ratio: "名称 ÷ 元数据",
      models: "模型数",
      disagrees: "相差超过 20%",
      reason: "可能的原因",
      example: "点赞最多的例子",
    },
  },
  concentration: {
    title: "集中度",
    description: "点赞最多的文本生成模型的点赞在作者之间有多集中。",
    lead: (authors, likes) => `点赞是分散在众多作者之间，还是集中在少数人手中？${authors} 位作者的模型共获得 ${likes} 个点赞，按作者汇总。`,
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
    topHeading: "点赞最多的 10 位作者",
    columns: {
      authorShare: "作者份额",
      likesShare: "点赞份额",
      author: "作者",
      likes: "点赞数",
      share: "占全部点赞",
      models: "模型数",
    },
  },
  likesDownloads: {
    title: "点赞与下载",
    description: "点赞最多的文本生成模型是否也是下载最多的模型。",
    lead: (models) => `大家会下载自己点赞的模型吗？这里对比全部 ${models} 个已抓取模型的点赞数与最近 30 天下载量。`,
    figures: {
      spearman: "斯皮尔曼等级相关系数",
      pearson: "log(1 + 点赞数) 与 log(1 + 下载量) 的皮尔逊相关系数",
      zero: "个模型 30 天内无下载",
    },
    method:
      "核心指标是斯皮尔曼等级相关系数：它衡量点赞越多的模型是否往往下载也越多，又不会让少数超大模型主导结果（并列的数值取平均名次）。旁边同时给出 log(1 + 计数) 上的皮尔逊相关系数；加 1 是为了保留下载量为零的模型。",
    chartCaption: (likes, downloads) =>
      `两条坐标轴在 1 以上为对数刻度、在 0 附近为线性刻度，因此没有下载的模型位于左侧边缘。代表多个模型的点更大。虚线为中位数：${likes} 个点赞和 ${downloads} 次下载。`,
    showTable: "以表格查看各点",
    quadrantsHeading: "四个象限",
    quadrantsIntro: "以点赞数中位数和下载量中位数划分模型；恰好位于中位数的模型归入“较多”一侧。",
    quadrant: (likesSide, downloadsSide) => `${likesSide}、${downloadsSide}`,
    sides: {
      "more liked": "点赞较多",
      "less liked": "点赞较少",
      "more downloaded": "下载较多",
      "less downloaded": "下载较少",
    },
    perDayHeading: "创建以来的日均点赞",
    perDayIntro: (dated, placeholder, undated, median, spearman) =>
      `较老的模型积累点赞的时间更长，因此也把点赞数除以从创建到抓取的天数。${dated} 个模型有真实创建日期；${placeholder} 个模型的创建日期是 Hub 的占位日期（创建于 2022 年 3 月之前，具体日期未知），${undated} 个没有日期，均不计入。日均点赞中位数为 ${median}；日均点赞与下载量的斯皮尔曼等级相关系数为 ${spearman}。日均点赞最多的模型：`,
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
  },
  downloads: {
    title: "数据下载",
    description: "hub-likes 数据集的 Parquet、CSV 和 JSON 文件，附数据字典以及每张图表背后的数据。",
    lead: (models) => `本报告中的每个数字都可以由这些文件重新推算。模型表中每个已抓取模型占一行（共 ${models} 行），各种格式内容相同。`,
    filesHeading: "数据集",
    files: {
      "models.parquet": "Parquet：列有类型，时间戳为 UTC，列表保留为列表。适合 DuckDB、pandas、polars 和 R。",
      "models.csv":
        "带表头的 CSV；列表用“;”连接，缺失值为空单元格。以 =、+、-、@、制表符或回车符开头的文本单元格前会加一个撇号（'），这样电子表格只显示它而不会把它当作公式执行；数字不受影响，Parquet 和 JSON 保留 Hub 给出的原文。",
      "models.json": "JSON：一个对象数组，缺失值为 null。",
      "summary.json": "核心数字：各项门槛、质量划分、各时期的规模区间、下载排行、参数量来源，以及数据的抓取地址和时间。",
      "history.parquet": "每次抓取的排名，每个模型在每个快照中占一行：排名、点赞数和下载量随时间的变化。",
    },
    dictionaryHeading: "数据字典",
    dictionaryCaption:
      "models.parquet、models.csv 和 models.json 的各列，按文件中的顺序排列。在 CSV 文件中，电子表格会当作公式执行的文本以撇号开头。",
    columns: { column: "列名", meaning: "含义" },
    chartsHeading: "每张图表背后的数据",
    chartsIntro:
      "每张图表所绘制的行，原样提供 JSON 和 CSV 格式（与 models.csv 一样，CSV 中电子表格会当作公式执行的文本以撇号开头）。每张图表旁也附有其数据文件链接和 SQL。",
  },
  methodology: {
    title: "研究方法",
    description: "hub-likes 报告中的每个数字从何而来，以及它无法说明的问题。",
    dataHeading: "数据",
    listing: (limit) =>
      `抓取程序向 {api} 请求带有 {tag} 标签的${limit === null ? "全部" : `点赞数最高的 ${limit} 个`}模型，按点赞数排序（{sort}），并逐页读取列表。` +
      "列表中的每个模型都附带通过 {expand} 请求的字段：{fields}。",
    authors:
      "作者信息来自 Hub 网站自身的模型列表 {modelsJson}，也就是 huggingface.co/models 页面背后的数据：每页 30 个模型，每个模型都附带其作者的 {authorData}：" +
      "组织还是个人用户、账户方案、关注者数。抓取程序按同样的点赞顺序读取这些页面，直到每位作者的类型都已确定（这些请求计入 Hub 的“pages”限流额度）。" +
      "只有该列表未能确定类型的作者，才会通过 Hub 的用户和组织概览接口（{overview}）查询。",
    finished: (fetched, models, authors) => `抓取于 ${fetched} 完成，共获得 ${authors} 位作者的 ${models} 个模型。`,
    sample: "本次构建使用的是项目自带、程序生成的示例 Hub，而不是真实的 Hugging Face Hub。",
    qualityHeading: "高质量",
    quality: (percentile, threshold, likes, downloads) =>
      `同时满足以下两点的模型视为{term}：点赞数不低于本次抓取点赞数的第 ${percentile} 百分位——该值在数据上计算（与 pandas 的 {quantile} 一样采用线性插值），为 ${threshold} 个点赞，即至少 ${likes} 个点赞；` +
      `并且最近 30 天的下载量至少为 ${downloads}。其余模型均为低质量。`,
    qualityTerm: "高质量",
    erasHeading: "时期",
    eras: (boundary) =>
      `仓库创建于 ${boundary}（UTC）之前的模型属于{before}，创建于当天或之后的属于{after}。` +
      "带有 Hub 占位创建日期的模型创建于 2022 年 3 月之前，因此属于{before}。",
    eraNames: { before: "“之前”时期", after: "“之后”时期" },
    sizesHeading: "参数规模",
    sizes: (buckets) =>
      `规模区间按逻辑参数量划分：${buckets.join("、")}（含下限），所有来源都没有给出参数量时另设{unknown}区间。规模未知是单独的区间，从不计入 ${buckets[0]}。`,
    unknownBucket: "未知",
    cascade:
      "每个模型的参数量取自以下来源中第一个有数值的来源，顺序为：Hub 的 safetensors 元数据、GGUF 元数据、Hub 网站列表显示的参数量、safetensors 权重文件的文件头（通过字节范围请求读取）、" +
      "模型网页、基础模型的参数量（用于量化仓库——其自身元数据统计的是打包后的存储——以及适配器——其权重只包含适配器本身），最后才是仓库名称中标注的规模。",
    logicalHeading: "量化仓库的逻辑参数量",
    logical:
      "量化仓库把多个低位权重存进一个整数元素（AWQ 和 GPTQ 把 8 个 4 位权重存进一个 I32，MLX 存进 U32，bitsandbytes 把 2 个存进一个 U8），因此其自身元数据给出的计数是打包后的存储：一个 4 位量化的 70B 模型只列出约 11B。所有规模数字（规模区间、中位数、浏览器）都改用逻辑参数量，按以下顺序得出：基础模型已被抓取时取其参数量；否则按数据类型还原存储计数（每个 w 位的整数元素容纳 w ÷ 位数 个权重，位数取自量化配置、标签或名称；配置给出分组大小时，再减去量化按组存储的零点和缩放系数，没有分组大小时它们被当作权重计入，多出几个百分点）；否则取名称中的规模。存储计数仍与之并列保存（下载数据中的 params_stored），params_source 说明逻辑参数量的得出方式。下表各列给出每个来源中有多少仓库的自身计数是打包存储，有多少是适配器。",
    sourcesCaption: "每个模型的参数量来自何处，按抓取程序尝试各来源的顺序排列。",
    sourceColumns: { source: "来源", meaning: "含义", models: "模型数", share: "占比", packed: "其中打包存储", adapters: "其中适配器" },
    sourceMeaning: {
      safetensors: "Hub 的 safetensors 元数据（总数，或各数据类型计数之和）",
      gguf: "Hub 的 GGUF 元数据（总数）",
      "hub-listing": "Hub 网站自身模型列表显示的参数量（/models-json 中的 numParameters）",
      "safetensors-header": "权重文件的文件头，通过字节范围请求读取",
      "model-page": "模型网页上显示的参数量",
      "base-model": "量化仓库（打包的是基础模型的逻辑参数）或适配器（权重只包含适配器本身）的基础模型",
      unpacked: "量化仓库打包的存储，按数据类型和每个权重的位数还原",
      name: "仓库名称，例如“Llama-3.1-8B”",
      unknown: "以上皆无：规模未知",
    },
    familiesHeading: "模型家族词表",
    familiesIntro:
      "同一个家族在 Hub 上最多有三个名称：配置中的 model_type（transformers）、GGUF 文件头中的架构名（llama.cpp 有自己的写法：gptneox、phi2、command-r），以及 config.architectures 中的 transformers 类名。一张以数据形式保存的表（数据库中的 families 和 family_aliases 表）把这三种名称映射到同一个家族 ID，避免一个家族被拆成两个。表中没有的名称自成一个家族，使用其规范化后的名称。看起来相似的 ID（只在大小写、_ 或 -、末尾数字或 moe 后缀上不同）视为同一家族，除非表中声明它们不同（qwen2 和 qwen3 是不同的架构）；任何未声明的相似 ID 都会使测试失败。",
    familiesCaption: "模型家族词表，以及每个家族的已抓取模型数。",
    familyColumns: {
      family: "家族",
      name: "名称",
      modelTypes: "配置 model_type",
      gguf: "GGUF 架构",
      classes: "类名",
      distinct: "区别于",
      models: "模型数",
    },
    reasonsHeading: "名称为何可能与计数不符",
    reasonsIntro: (compared, disagree) =>
      `在与仓库自身计数比较的 ${compared} 个名称中，有 ${disagree} 个相差超过 20%。每个取第一个适用的可能原因，依据的都是抓取已有的数据：`,
    reasonsCaption: "与计数不符的名称，按可能的原因统计。",
    analysesHeading: "各项分析",
    analysesIntro:
      "除非另有说明，下面每项分析都涵盖全部已抓取模型，而不只是高质量模型；概览中的典型模型则指高质量模型。每张图表都附有生成它的 SQL 和数据链接。",
    analyses: [
      {
        term: "概览中的句子",
        definition:
          "由高质量模型上的一个 SQL 视图（overview_facts）生成：参数量中位数（仅限已知）、截至抓取时存在天数的中位数（仅限真实日期）、组织发布的占比、最常见的家族和许可证，以及每个时期最常见的规模区间和参数量达到 20B 或以上的模型占比。",
      },
      {
        term: "模型家族与架构",
        definition:
          "家族取自模型家族词表（见上）：配置中的 model_type，仅有 GGUF 的仓库则取 GGUF 架构，或 transformers 类名，映射到同一个家族 ID；都没有时记为“未知”。架构是 config.architectures 中的类名。按时间统计的份额使用创建年份（仅限真实日期）；整个抓取中最大的几个家族各有固定颜色，其余归入“其他”。",
      },
      {
        term: "许可证",
        definition:
          "取模型卡声明的第一个许可证（cardData.license，字符串或列表），否则取 license: 标签。声明为“other”并给出 license_name 的，按该名称计并标为自定义；完全没有许可证时记为“未声明”。",
      },
      {
        term: "衍生模型",
        definition:
          "依据 base_model 元数据（base_model:<关系>:<仓库> 标签和 cardData.base_model）：微调、量化、适配器或合并。一个基础模型的衍生模型是直接将其列为基础模型的已抓取模型，其点赞数相加。基础模型匹配时不区分大小写，即使基础模型本身未被抓取也会计入。",
      },
      {
        term: "名称与计数不符",
        definition:
          "当名称标注的规模与仓库自身元数据给出的计数（适配器为其基础模型的计数）之差超过计数的 20% 时，视为名称与计数不符。每个不符的名称取第一个适用的可能原因：量化打包存储、嵌入矩阵、视觉或音频编码器、取整；页面先列出找不到原因的名称，按 |ln(名称 ÷ 计数)| 排序。",
      },
      {
        term: "集中度",
        definition:
          "按作者汇总点赞数。前 10 名份额：点赞最多的 10 位作者的点赞数占全部点赞的比例。基尼系数：将作者点赞数 x 升序排列（i = 1…n），G = 2·Σ i·xᵢ / (n·Σ xᵢ) − (n + 1)/n。洛伦兹曲线在作者份额的每个整百分点取一个点。新旧：点赞最多的 100 个模型的年龄中位数与全部模型的相比（仅真实创建日期）；超过 1.25 倍为较老，不到 1/1.25 倍为较新。",
      },
      {
        term: "点赞与下载",
        definition:
          "核心指标是斯皮尔曼等级相关系数（并列取平均名次）；同时给出 ln(1 + 点赞数) 与 ln(1 + 下载量) 的皮尔逊相关系数。四个象限以点赞数中位数和下载量中位数划分，恰好位于中位数的模型归入较高一侧。图表将计数落在同一个小对数格内的模型合并为一个点，以保持轻量。日均点赞：点赞数除以从创建到抓取的天数（至少按一天计）；创建日期为 Hub 占位日期的模型没有该值，单独计数。",
      },
    ],
    caveatsHeading: "注意事项",
    caveats: [
      {
        title: "下载量是 30 天的计数。",
        text: "Hub 报告的是大约最近 30 天的下载量，而非累计下载量，因此一个老牌热门模型的下载量可能低于新发布的模型。",
      },
      {
        title: "占位创建日期。",
        text: "2022 年 3 月之前创建的仓库带有占位日期（2022-03-02 23:29:04 或 :05 UTC）。报告将其视为“创建于 2022 年 3 月之前，确切日期未知”，不纳入按月时间轴和存在天数统计。",
      },
      {
        title: "只包含标记为 text-generation 的模型。",
        text: "抓取按任务标签（pipeline tag）筛选。许多知名语言模型被标记为 {tag}，或根本没有任务标签，因此不在本报告之内。",
      },
      {
        title: "混合专家模型的总参数量。",
        text: "混合专家（MoE）模型的参数量计入全部专家，而不是每个 token 实际激活的参数。",
      },
      {
        title: "量化仓库。",
        text: "其元数据可能统计的是打包后的存储（一个存储单元含多个权重），而非逻辑参数；这类仓库在基础模型参数量已知时采用基础模型的逻辑参数量。",
      },
    ],
    skipped: {
      title: "跳过的记录。",
      text: (_n, count) => `来自 Hub 的 ${count} 条记录无法使用（例如缺少 id 的列表条目），不计入任何数字。`,
    },
  },
  history: {
    title: "历史变化",
    description: "点赞最多的文本生成模型在每周抓取之间如何变化。",
    lead: "每次定期构建都会重新抓取 Hub，并把结果添加到历史记录中：每次抓取一个快照，记录每个模型的排名、点赞数和下载量。本页对这些快照进行比较。",
    holds: (snapshots, count, first, latest) =>
      `历史记录中共有 ${count} 个快照` +
      (snapshots > 1 && first && latest ? `，时间从 ${first} 到 ${latest}` : latest ? `，拍摄于 ${latest}` : "") +
      "。完整的历史记录以 {file} 发布。",
    empty: (next: string | null) =>
      next === null
        ? "历史记录从本次抓取开始；下一次构建加入第二个快照后才会出现趋势。"
        : `历史记录从本次抓取开始；下一次定期抓取将于 ${next} 进行，届时加入第二个快照并出现趋势。`,
    perWeekHeading: "每周新增点赞",
    perWeekIntro:
      "对每一对相邻快照：两者中都存在的模型新增的点赞数，除以两次快照之间的周数。期间进入或离开抓取范围的模型不计入，因此这个数字反映的是增长，而非名单变动。",
    perWeekCaption: (days, perWeek) => `相邻快照之间每周新增的点赞数；最近一个间隔（${days}）每周新增 ${perWeek} 个。`,
    days: (days) => `${days} 天`,
    intervalColumns: { from: "起", to: "止", days: "天数", models: "两次都有的模型", gained: "新增点赞", perWeek: "每周" },
    moversHeading: "上升与下降",
    moversIntro: (previous, latest, days, top) =>
      `最近两个快照（${previous} 与 ${latest}，相隔 ${days}）之间的排名变化，范围是在任一快照中排名前 ${top} 的模型。` +
      "在此之外，点赞数相同的模型会成批互换位置，那是噪声而不是新闻。",
    noMovers: (top) => `前 ${top} 名中没有模型的排名发生变化。`,
    moversCaption: (climbs, falls) => `箭头从每个模型之前的排名指向当前排名：上升 ${climbs} 个、下降 ${falls} 个，各取变化最大者。`,
    moverLegend: { rising: "排名上升", falling: "排名下降" },
    moverColumns: { model: "模型", previousRank: "之前排名", rank: "排名", change: "变化", gained: "新增点赞" },
    gainedHeading: "新增点赞最多",
    gainedCaption: (n) => `最近两个快照之间新增点赞最多的 ${n} 个模型，并折算为每周增速。`,
    gainedColumns: { rank: "排名", model: "模型", likes: "点赞数", gained: "新增", perWeek: "每周" },
    newcomersHeading: (top) => `新进入前 ${top} 名`,
    noNewcomers: (top) => `前 ${top} 名的模型与上一个快照完全相同。`,
    newcomersCaption: (top) =>
      `最新快照中位列前 ${top} 名、但上一个快照前 ${top} 名中没有的模型；“未列入”表示上一次抓取根本没有包含该模型（新模型，或低于当时的抓取上限）。`,
    notListed: "未列入",
    newcomerColumns: { rank: "排名", model: "模型", likes: "点赞数", previousRank: "之前排名" },
    snapshotsHeading: "快照",
    snapshotsCaption: "历史中的每次抓取：完成时间、列出的模型数及其点赞总数。",
    snapshotColumns: { fetched: "抓取时间", models: "模型数", likes: "点赞总数" },
  },
  charts: {
    topDownloads: {
      aria: (n, leader, downloads) => `条形图：下载量最高的 ${n} 个高质量模型最近 30 天的下载量；${leader} 以 ${downloads} 次居首。`,
      ariaEmpty: "条形图：最近 30 天下载量；最新时期没有高质量模型。",
      x: "下载量（最近 30 天）→",
      title: (id, downloads) => `${id}：${downloads} 次下载`,
    },
    sizeBuckets: {
      aria: (parts) => `分组条形图：分界日期前后，高质量模型在各参数规模区间的占比。${parts.join("；")}。`,
      ariaEra: (era, total, head, unknown) =>
        `分界日期${era === "before" ? "之前" : "之后"}：${total} 个模型，${head}，${unknown} 个规模未知`,
      commonSize: (bucket, share) => `最常见的规模为 ${bucket}（${share}）`,
      noKnownSize: "没有规模已知的模型",
      fx: "参数量",
      y: "↑ 占该时期高质量模型的比例",
      yNarrow: "占该时期高质量模型的比例 →",
      title: (era, bucket, models, share) => `分界日期${era === "before" ? "之前" : "之后"}，${bucket}：${models} 个模型（${share}）`,
    },
    modelsPerMonth: {
      aria: (total, first, last, busiest, busiestModels) =>
        `堆叠条形图：${first}至${last}按创建月份统计的 ${total} 个模型，每根柱子底部为高质量模型；模型最多的月份是 ${busiest}，共 ${busiestModels} 个。`,
      ariaEmpty: "条形图：每个创建月份的模型数；没有模型具有真实的创建日期。",
      x: "创建月份 →",
      y: "↑ 模型数",
      groups: { "high quality": "高质量", other: "其他" },
      title: (month, group, models) => `${month}，${group}：${models} 个模型`,
      boundary: (boundary) => `时期分界 ${boundary}`,
    },
    authorTypes: {
      aria: (authors, models, likes) =>
        `百分比堆叠条形图，对比组织与个人用户：组织占作者的 ${authors}，拥有 ${models} 的模型和 ${likes} 的点赞。`,
      x: "占比 →",
      measures: { authors: "作者", models: "模型", likes: "点赞" },
      title: (type, value, measure, share) => `${type}：${measure} ${value}（${share}）`,
    },
    authorPlans: {
      aria: (plans) => `堆叠条形图：各作者账户方案下的模型数（${plans.join("，")}），分为组织与个人用户。`,
      ariaPlan: (plan, models) => `${plan} ${models} 个`,
      ariaEmpty: "堆叠条形图：各作者账户方案下的模型数；没有作者。",
      x: "模型数 →",
      title: (plan, type, models, authors) => `${plan}，${type}：${authors} 位作者的 ${models} 个模型`,
    },
    topAuthors: {
      aria: (n, leader, likes, models) => `条形图：点赞最多的 ${n} 位作者的总点赞数；${leader} 以 ${models} 个模型、${likes} 个点赞居首。`,
      ariaEmpty: "条形图：各作者的点赞数；没有作者。",
      x: "点赞数 →",
      title: (author, type, likes, models) => `${author}（${type}）：${likes} 个点赞，${models} 个模型`,
    },
    families: {
      aria: (leader, models, share, bars) =>
        `条形图：各模型家族的模型数；${leader} 最大，有 ${models} 个模型（${share}）。${bars.join("，")}。`,
      ariaBar: (family, models) => `${family}：${models}`,
      ariaEmpty: "条形图：各模型家族的模型数；没有模型的家族已知。",
      x: "模型数 →",
      title: (family, models, share) => `${family}：${models} 个模型（${share}）`,
    },
    familyShare: {
      aria: (parts) => `百分比堆叠条形图：按创建年份统计的各模型家族份额。${parts.join("；")}。`,
      ariaYear: (year, models, leader, share) =>
        leader === null ? `${year} 年：${models} 个模型` : `${year} 年：${models} 个模型，${leader} 最大（${share}）`,
      ariaEmpty: "堆叠条形图：按创建年份统计的家族份额；没有模型具有真实的创建日期。",
      x: "创建年份",
      y: "↑ 占当年模型的比例",
      yNarrow: "占当年模型的比例 →",
      title: (year, family, models, share) => `${year} 年，${family}：${models} 个模型（${share}）`,
    },
    licences: {
      aria: (label, models, share, custom, none) =>
        `条形图：各声明许可证的模型数；${label} 最常见，有 ${models} 个模型（${share}）。${custom} 个模型使用自定义许可证，${none} 个未声明许可证。`,
      ariaEmpty: "条形图：各许可证的模型数；没有模型。",
      x: "模型数 →",
      title: (label, kind, models, share) => `${label}（${kind}）：${models} 个模型（${share}）`,
    },
    derivativeRelations: {
      aria: (derived, total, relations) =>
        `条形图：按与基础模型关系统计的模型数；${total} 个模型中有 ${derived} 个衍生自其他模型。${relations.join("，")}。`,
      ariaRelation: (relation, models) => `${relation}：${models}`,
      x: "模型数 →",
      title: (relation, models, likes) => `${relation}：${models} 个模型，${likes} 个点赞`,
    },
    topBaseModels: {
      aria: (n, leader, likes, descendants) =>
        `堆叠条形图：衍生模型最受欢迎的 ${n} 个基础模型，其直接衍生模型获得的点赞数；${leader} 居首，${descendants} 个衍生模型共获得 ${likes} 个点赞。`,
      ariaEmpty: "堆叠条形图：各基础模型的衍生模型点赞数；没有模型注明基础模型。",
      x: "直接衍生模型的点赞数 →",
      notCrawled: "未抓取",
      title: (base, relation, likes) => `${base}，${relation}：${likes} 个点赞`,
    },
    nameSizes: {
      aria: (compared, disagree, share, larger, smaller) =>
        `双对数散点图：每个模型名称中的规模与元数据中的规模对比；共比较 ${compared} 个模型，其中 ${disagree} 个（${share}）相差超过 20%，` +
        `${larger} 个名称夸大了参数量，${smaller} 个低报了参数量。`,
      x: "元数据中的规模（参数量）→",
      y: "↑ 名称中的规模",
      title: (name, metadata, _models, count, disagrees) => `名称 ${name}，元数据 ${metadata}：${count} 个模型${disagrees ? "，不符" : ""}`,
    },
    lorenz: {
      aria: (authors, half, gini) =>
        `洛伦兹曲线：${authors} 位作者的点赞分布，点赞最少者在前。` +
        (half === null ? "" : `点赞较少的一半作者拥有全部点赞的 ${half}。`) +
        `基尼系数 ${gini ?? "未知"}。`,
      ariaEmpty: "洛伦兹曲线：作者的点赞分布；没有任何点赞。",
      x: "作者份额（点赞最少者在前）→",
      y: "↑ 点赞份额",
    },
    likesDownloads: {
      aria: (models, spearman, zero, likesMedian, downloadsMedian) =>
        `散点图：${models} 个模型的点赞数与最近 30 天下载量，两轴均为包含零的类对数刻度；斯皮尔曼等级相关系数 ${spearman ?? "未知"}；` +
        `${zero} 个模型没有下载。虚线标出点赞数中位数（${likesMedian}）和下载量中位数（${downloadsMedian}）。`,
      x: "下载量（最近 30 天）→",
      y: "↑ 点赞数",
      title: (likes, downloads, _models, count) => `${likes} 个点赞，${downloads} 次下载：${count} 个模型`,
    },
    historyLikesPerWeek: {
      aria: (_intervals, count, latest, perWeek, models) =>
        `条形图：${count} 个快照间隔中每周新增的点赞数；最近的间隔 ${latest}，${models} 个模型每周新增 ${perWeek} 个点赞。`,
      ariaEmpty: "条形图：每周新增点赞；快照少于两个，尚无间隔。",
      interval: (from, to) => `${from} → ${to}`,
      x: "每周新增点赞 →",
      title: (interval, days, gained, models, perWeek) =>
        `${interval}（${days} 天）：${models} 个模型新增 ${gained} 个点赞，每周 ${perWeek} 个`,
    },
    historyRankMovers: {
      aria: (n, top, previous, rank) =>
        `箭头图：最近两个快照之间 ${n} 个模型的排名变化；上升最多的是 ${top}，从第 ${previous} 名升至第 ${rank} 名。`,
      ariaEmpty: "箭头图：排名变化；最近两个快照之间没有模型的排名发生变化。",
      x: "排名（1 = 点赞最多）→",
      title: (id, previous, rank, gained) => `${id}：排名 ${previous} → ${rank}，新增 ${gained} 个点赞`,
    },
  },
  sql: {
    title: "自己动手查询",
    description: "用 DuckDB-WASM 在浏览器中对公开数据运行 SQL。",
    lead: "直接在浏览器里用 SQL 查询公开发布的模型表：编译为 WebAssembly 的 DuckDB 从本站读取 data/models.parquet，不会向任何地方发送数据。",
    tableNote: "表名为 models，各列含义见下载页的数据字典。下面的示例查询可以复现报告中的图表。",
    noScript:
      "SQL 控制台需要 JavaScript（它在浏览器中运行 DuckDB）。下面每个示例都附有本站构建时算出的结果；这些查询也可以在 DuckDB 命令行中对 models.parquet 运行：",
    consoleHeading: "SQL 控制台",
    download: (total: string | null, engine: string | null, data: string | null) =>
      total === null
        ? "载入控制台需要一次性下载 DuckDB 及其 Parquet 读取器，以及模型表；下面的示例无需这些。"
        : `载入控制台需要一次性下载 ${total}：DuckDB 及其 Parquet 读取器（${engine}）和模型表（${data}）。下面的示例无需这些。`,
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
  },
};
