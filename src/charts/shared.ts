// What every chart shares: a server-side DOM for Plot, the report's colours, and the rule that a
// chart is a standalone, accessible SVG string.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

import { formatterFor, type Formatter } from "../i18n/format.ts";
import { messages, type Lang, type Messages } from "../i18n/index.ts";
import { formatCount } from "../lib/format.ts";

export { formatCompact, formatCount, formatParams, formatShare } from "../lib/format.ts";

/** Colours that read on both the light and the dark page background. */
export const COLORS = {
  era: { before: "#6f8fcf", after: "#e0803a" },
  quality: { high: "#2a9d8f", other: "#a7afbb" },
  authorType: { org: "#4e79a7", user: "#e15759", unknown: "#9aa0a6" },
  bar: "#4e79a7",
} as const;

export const ERA_LABELS = { before: "Before the era boundary", after: "After the era boundary" } as const;

/** A fresh document per chart, so no state leaks from one chart into the next. */
export function createDocument(): Document {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return document as unknown as Document;
}

/** Fills the page's text column (62rem less padding); narrower screens scale the SVG down. */
export const DEFAULT_WIDTH = 940;

/** Axis ticks for counts: whole numbers only, even when the largest count is small. */
export function countTicks(max: number, count: (v: number) => string = formatCount): { ticks: number; tickFormat: (v: number) => string } {
  return { ticks: Math.max(1, Math.min(10, Math.ceil(max))), tickFormat: (v: number) => (Number.isInteger(v) ? count(v) : "") };
}

export interface ChartOptions {
  /** Width in px of the SVG's coordinate system; it still scales down to fit the page. */
  width?: number;
  /** Language of the axis labels, tooltips and text alternative (English unless given). */
  lang?: Lang;
}

/** A chart's words (src/i18n, `charts`) and number formats in the page's language. */
export function chartLocale(lang: Lang = "en"): { text: Messages["charts"]; format: Formatter; messages: Messages } {
  const all = messages(lang);
  return { text: all.charts, format: formatterFor(lang), messages: all };
}

/**
 * Renders Plot options to SVG markup. Plot's own legends would wrap the SVG in an HTML <figure>,
 * so charts leave legends to the page (see Legend.astro) and always return a single <svg>.
 */
export function renderSvg(options: Plot.PlotOptions & { ariaLabel: string }): string {
  const svg = Plot.plot({ ...options, document: createDocument() }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== "svg") {
    throw new Error(`a chart must render to a single <svg>, got <${svg.tagName.toLowerCase()}>; drop Plot legends, titles and captions`);
  }
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  // Plot names each mark's <g> with aria-label ("bar", "rule"); ARIA forbids a label on an element
  // without a role (axe-core: aria-prohibited-attr), so each named group is declared a group.
  for (const group of Array.from(svg.querySelectorAll("g[aria-label]"))) group.setAttribute("role", "group");
  return serializeSvg(svg);
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => escapes[c]);
}

/**
 * Serialises an SVG tree with every text node and attribute value fully escaped. linkedom's
 * outerHTML leaves "<" raw inside attributes, and the aria-label carries model ids from the Hub.
 */
export function serializeSvg(node: Node): string {
  if (node.nodeType === 3) return escapeMarkup(node.nodeValue ?? "");
  if (node.nodeType !== 1) return "";
  const element = node as Element;
  const name = element.localName;
  const attributes = Array.from(element.attributes, (a) => ` ${a.name}="${escapeMarkup(a.value)}"`).join("");
  const children = Array.from(element.childNodes, serializeSvg).join("");
  return children === "" ? `<${name}${attributes}/>` : `<${name}${attributes}>${children}</${name}>`;
}

/** Shortens long labels on an axis; the full text stays in the mark's title and the data table. */
export function truncate(text: string, max = 36): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
