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

/**
 * Every chart is drawn twice, and CSS shows the one that fits (figure.chart in report.css):
 *
 * - "wide" fills the desktop text column (62rem less padding), labels in the margins;
 * - "narrow" is drawn for a phone's column (320–350 CSS px): horizontal bars with each label on
 *   its own line above its bar, fewer ticks, and square scatter plots.
 *
 * Why two server-rendered drawings rather than one scaled SVG or a script that redraws: an SVG
 * scaled from 940 to 350 px shrinks its 12 px text to 4.5 px, and one viewBox cannot hold both a
 * row of 10 model ids beside their bars and a 350 px screen. Drawing in the browser would need
 * JavaScript, and the report must read without it. Two drawings cost a few kilobytes of markup;
 * the one not shown is display:none, so it is neither painted nor read out.
 *
 * Text is `fontSize` px at the drawing's own width. The wide drawing shows only in containers at
 * least WIDE_MIN_CONTAINER px wide (see report.css), so it never scales its text below 11 CSS px;
 * the narrow one is drawn 340 px wide with 13 px text, so even a 360 px screen (a 320 px column)
 * shows it at 12.2 px.
 */
export type LayoutName = "wide" | "narrow";
export interface Layout {
  name: LayoutName;
  /** Width of the SVG's coordinate system, in px. */
  width: number;
  /** Font size of every text in the chart, in px at that width. */
  fontSize: number;
}
export const LAYOUTS: Record<LayoutName, Layout> = {
  wide: { name: "wide", width: 940, fontSize: 12 },
  narrow: { name: "narrow", width: 340, fontSize: 13 },
};
/** The smallest chart text a reader is shown, in CSS px. */
export const MIN_TEXT_PX = 11;
/** The narrowest container the wide drawing may be scaled into without text under MIN_TEXT_PX. */
export const WIDE_MIN_CONTAINER = Math.ceil((LAYOUTS.wide.width * MIN_TEXT_PX) / LAYOUTS.wide.fontSize);

/** Kept for callers that only need the wide drawing's width. */
export const DEFAULT_WIDTH = LAYOUTS.wide.width;

/** Axis ticks for counts: whole numbers only, even when the largest count is small. */
export function countTicks(
  max: number,
  count: (v: number) => string = formatCount,
  most = 10,
): { ticks: number; tickFormat: (v: number) => string } {
  return { ticks: Math.max(1, Math.min(most, Math.ceil(max))), tickFormat: (v: number) => (Number.isInteger(v) ? count(v) : "") };
}

export interface ChartOptions {
  /** Which drawing: for wide screens (default) or for phones; see LAYOUTS. */
  layout?: LayoutName;
  /** Language of the axis labels, tooltips and text alternative (English unless given). */
  lang?: Lang;
  /**
   * Where a bar or segment leads, by its row's key (a family, a licence, a relation…): the explorer
   * filtered to the models it stands for. None for a bar that is not one set (e.g. "other").
   */
  link?: (key: string) => string | undefined;
}

/**
 * Estimated width of a text in ems, from the widths of typical sans-serif glyphs: CJK and other
 * wide characters are a full em, narrow Latin letters and punctuation about a third. It errs wide,
 * so text fitted with it has room to spare in any system font.
 */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80) width += 1;
    else if (/[iljtf.,:;'|!()[\] ]/.test(char)) width += 0.34;
    else if (/[mwMW@%]/.test(char)) width += 0.9;
    else if (/[A-Z]/.test(char)) width += 0.7;
    else width += 0.6;
  }
  return width;
}

/** Estimated width of a text in px at a font size. */
export function textWidth(text: string, fontSize: number): number {
  return textWidthEm(text) * fontSize;
}

/**
 * The text cut to fit `maxWidth` px, ending in "…" when cut. Long labels are shortened whole
 * rather than wrapped inside a word; the full text stays in the mark's tooltip and the table.
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join("")}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join("")}…`;
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
export function renderSvg(options: Plot.PlotOptions & { ariaLabel: string; layout: Layout }): string {
  const { layout, ...plotOptions } = options;
  const svg = Plot.plot({
    ...plotOptions,
    width: plotOptions.width ?? layout.width,
    style: { fontSize: `${layout.fontSize}px` },
    document: createDocument(),
  }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== "svg") {
    throw new Error(`a chart must render to a single <svg>, got <${svg.tagName.toLowerCase()}>; drop Plot legends, titles and captions`);
  }
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  // Plot names each mark's <g> with aria-label ("bar", "rule"); ARIA forbids a label on an element
  // without a role (axe-core: aria-prohibited-attr), so each named group is declared a group.
  for (const group of Array.from(svg.querySelectorAll("g[aria-label]"))) group.setAttribute("role", "group");
  // A mark's link (Plot's href channel wraps the mark in an <a>) becomes data-href on the mark: a
  // link inside an image is interactive content nested in non-interactive content (axe-core:
  // nested-interactive), so chart-tips.ts follows it on click, second tap or Enter, and the table
  // under the chart carries the same links as real anchors for readers without a pointer.
  for (const anchor of Array.from(svg.querySelectorAll("a"))) {
    const target =
      anchor.getAttribute("href") ?? anchor.getAttribute("xlink:href") ?? anchor.getAttributeNS("http://www.w3.org/1999/xlink", "href");
    for (const mark of Array.from(anchor.children)) if (target) mark.setAttribute("data-href", target);
    anchor.replaceWith(...Array.from(anchor.childNodes));
  }
  return serializeSvg(svg);
}

/** The attributes that carry positions and lengths, in user units (CSS px at the layout's width). */
const GEOMETRY_ATTRIBUTES = new Set(["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "d", "transform", "points"]);

/**
 * Plot writes coordinates at full double precision ("373.2526927368833"); a tenth of a pixel is
 * finer than any screen shows, and the dense charts (a dot per likes/downloads cell, drawn wide and
 * narrow) carry thousands of them: at 100,000 models the shorter numbers keep the page under 1 MiB.
 */
export function roundCoordinates(value: string): string {
  // Numbers in em (Plot's text offsets, "0.32em") scale with the font, so they stay as written.
  return value.replace(/-?\d+\.\d{2,}(?!\d*(?:em|ex|%))/g, (n) => String(Math.round(Number(n) * 10) / 10));
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
  const attributes = Array.from(element.attributes, (a) => {
    const value = GEOMETRY_ATTRIBUTES.has(a.name) ? roundCoordinates(a.value) : a.value;
    return ` ${a.name}="${escapeMarkup(value)}"`;
  }).join("");
  const children = Array.from(element.childNodes, serializeSvg).join("");
  return children === "" ? `<${name}${attributes}/>` : `<${name}${attributes}>${children}</${name}>`;
}
