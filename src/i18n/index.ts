// The report's two languages. English lives at the site root, Chinese under /zh-cn/; every page
// exists in both, so the switcher can always link to the same page in the other language.
import * as english from "./en/index.ts";
import * as chinese from "./zh-CN/index.ts";

export const LANGS = ["en", "zh-CN"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * One language's messages from its modules: the shared strings, and each page's labels and
 * paragraphs as one entry, so a view reads `messages(lang).sizes.lead` wherever the text lives.
 */
function compose(text: typeof english) {
  return {
    ...text.shared,
    explorer: { ...text.explorer, ...text.explorerProse },
    findings: text.findings,
    overview: { ...text.overview, ...text.overviewProse },
    top: { ...text.top, ...text.topProse },
    sizes: { ...text.sizes, ...text.sizesProse },
    time: { ...text.time, ...text.timeProse },
    authors: { ...text.authors, ...text.authorsProse },
    families: { ...text.families, ...text.familiesProse },
    licences: { ...text.licences, ...text.licencesProse },
    derivatives: { ...text.derivatives, ...text.derivativesProse },
    names: { ...text.names, ...text.namesProse },
    concentration: { ...text.concentration, ...text.concentrationProse },
    likesDownloads: { ...text.likesDownloads, ...text.likesDownloadsProse },
    downloads: { ...text.downloads, ...text.downloadsProse },
    methodology: { ...text.methodology, ...text.methodologyProse },
    history: { ...text.history, ...text.historyProse },
    charts: text.charts,
    sql: { ...text.sql, ...text.sqlProse },
    dataDictionary: text.dataDictionary,
  };
}

/** The English text; its type is the shape every language's text has. */
export const en = compose(english);
export type Messages = typeof en;
/** The Chinese text: compose() takes only modules typed like the English ones, so a missing one fails `tsc`. */
export const zhCN: Messages = compose(chinese);

const MESSAGES: Record<Lang, Messages> = { en, "zh-CN": zhCN };

/** Path prefix of each language inside the site, without the base path. */
const PREFIX: Record<Lang, string> = { en: "", "zh-CN": "zh-cn/" };

export function messages(lang: Lang): Messages {
  const found = MESSAGES[lang];
  if (!found) throw new Error(`unknown language "${lang}"; the report is written in ${LANGS.join(" and ")}.`);
  return found;
}

/** The language other than `lang` (the report has exactly two). */
export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "zh-CN" : "en";
}

/** A page path such as "sizes/" inside the language's part of the site: "zh-cn/sizes/". */
export function localizedPath(lang: Lang, page: string): string {
  return PREFIX[lang] + page.replace(/^\/+/, "");
}

/**
 * The page path ("", "sizes/") of a pathname under the base path, whatever its language, so the
 * switcher can point at the same page in the other language.
 */
export function pagePath(pathname: string, base: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  let rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, "");
  if (rest.startsWith(PREFIX["zh-CN"]) || rest === PREFIX["zh-CN"].slice(0, -1)) rest = rest.slice(PREFIX["zh-CN"].length);
  rest = rest.replace(/index\.html$/, "");
  return rest === "" || rest.endsWith("/") ? rest : `${rest}/`;
}
