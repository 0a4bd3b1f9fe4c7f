// What a reader sees of a page's layout, measured in the browser: chart text as rendered (CSS px
// after the SVG is scaled to its box), text boxes that overlap, content wider than the window,
// figures that spill out of their cards and captions cut off by a scrolling table. Each function
// runs inside the page (page.evaluate), so it uses nothing from outside itself.

export interface PageLayout {
  /** The page's width beyond the window's, in px (0 when nothing sticks out). */
  overflow: number;
  /** Visible chart texts under the minimum size, as "size px: text". */
  smallText: string[];
  /** Visible chart drawings: one per figure, whatever the width. */
  drawings: number;
  figures: number;
  /** Overview-style figure values wider than their card. */
  spilledValues: string[];
  /** Table captions whose right edge is past their scrolling box's. */
  cutCaptions: string[];
  /** The site header's height as a share of the window's. */
  headerShare: number;
}

export function measureLayout(minTextPx: number): PageLayout {
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const smallText: string[] = [];
  for (const text of Array.from(document.querySelectorAll<SVGTextElement>("figure.chart svg text"))) {
    if (!visible(text)) continue;
    // The font size the reader sees: the computed size times the SVG's scale on screen.
    const scale = text.getScreenCTM()?.a ?? 1;
    const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
    if (size < minTextPx) smallText.push(`${size.toFixed(1)} px: ${text.textContent}`);
  }
  const spilledValues = Array.from(document.querySelectorAll<HTMLElement>(".figures .value"))
    .filter((value) => value.scrollWidth > value.clientWidth + 1)
    .map((value) => value.textContent ?? "");
  const cutCaptions = Array.from(document.querySelectorAll<HTMLElement>(".table-wrap caption"))
    .filter(
      (caption) =>
        visible(caption) && caption.getBoundingClientRect().right > caption.closest(".table-wrap")!.getBoundingClientRect().right + 1,
    )
    .map((caption) => caption.textContent ?? "");
  const header = document.querySelector(".site-header")!.getBoundingClientRect();
  return {
    overflow: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
    smallText,
    drawings: Array.from(document.querySelectorAll(".chart-drawing")).filter(visible).length,
    figures: document.querySelectorAll("figure.chart").length,
    spilledValues,
    cutCaptions,
    headerShare: header.height / window.innerHeight,
  };
}

/** Pairs of visible texts in a chart whose boxes overlap by more than a pixel, as "a × b". */
export function collidingTexts(selector: string): string[] {
  const collisions: string[] = [];
  for (const svg of Array.from(document.querySelectorAll(selector))) {
    const boxes = Array.from(svg.querySelectorAll("text"))
      .map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 1 && height > 1) collisions.push(`${a.text} × ${b.text}`);
      }
    });
  }
  return collisions;
}
