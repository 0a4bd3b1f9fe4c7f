// The report's two languages. English lives at the site root, Chinese under /zh-cn/; every page
// exists in both, so the switcher can always link to the same page in the other language.
import { en, type Messages } from "./en/index.ts";
import { zhCN } from "./zh-CN/index.ts";

export const LANGS = ["en", "zh-CN"] as const;
export type Lang = (typeof LANGS)[number];
export type { Messages };

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
