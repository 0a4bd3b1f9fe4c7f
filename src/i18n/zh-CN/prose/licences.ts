// Chinese paragraphs of the Licences page (src/views/Licences.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { licencesProse as english } from "../../en/prose/licences.ts";

export const licencesProse: typeof english = {
  lead: (models) =>
    `抓取到的 ${models} 个模型在模型卡或 license: 标签中声明的许可证。列出多个许可证的模型卡按第一个计；声明为“other”并给出 license_name 的，按该名称计。`,
};
