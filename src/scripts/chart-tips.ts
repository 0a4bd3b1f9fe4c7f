// A chart mark's details (its SVG <title>) on hover, on tap and from the keyboard. Without
// JavaScript the browser still shows each <title> as a hover tooltip; with it, the titles become
// one tooltip that also answers a tap (touch screens have no hover) and the arrow keys: a chart can
// be focused with Tab, and Left/Right or Up/Down step through its marks. What the tooltip shows is
// also put in a live region, so a screen reader says it. A mark that stands for a set of models
// carries data-href (src/charts/shared.ts, renderSvg): a mouse click or Enter opens it; on a touch
// screen the first tap shows the details and a second tap on the same mark opens it.
const ACTIVE = "chart-mark-active";

function enhance(figure: HTMLElement): void {
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.setAttribute("aria-hidden", "true");
  tip.hidden = true;
  const live = document.createElement("div");
  live.className = "visually-hidden";
  live.setAttribute("role", "status");
  figure.append(tip, live);
  let active: Element | null = null;

  const hide = () => {
    active?.classList.remove(ACTIVE);
    active = null;
    tip.hidden = true;
  };

  const show = (mark: Element) => {
    if (mark === active) return;
    active?.classList.remove(ACTIVE);
    active = mark;
    mark.classList.add(ACTIVE);
    tip.textContent = mark.getAttribute("data-tip");
    live.textContent = tip.textContent;
    tip.hidden = false;
    // Above the mark, centred on it and kept inside the figure; below it when there is no room.
    const box = figure.getBoundingClientRect();
    const target = mark.getBoundingClientRect();
    const left = Math.min(
      Math.max(0, target.left + target.width / 2 - box.left - tip.offsetWidth / 2),
      Math.max(0, box.width - tip.offsetWidth),
    );
    const above = target.top - box.top - tip.offsetHeight - 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : target.bottom - box.top + 6}px`;
  };

  for (const svg of Array.from(figure.querySelectorAll<SVGSVGElement>(".chart-drawing > svg"))) {
    const marks: Element[] = [];
    for (const title of Array.from(svg.querySelectorAll("title"))) {
      // A title's parent element is the mark it describes (a <rect>, <circle> or <path>).
      const mark = title.parentNode;
      if (!(mark instanceof Element) || mark === svg) continue;
      // The tooltip replaces the browser's own, which would otherwise show beside it.
      mark.setAttribute("data-tip", title.textContent ?? "");
      title.remove();
      marks.push(mark);
    }
    if (marks.length === 0) continue;
    svg.setAttribute("tabindex", "0");
    // A tap fires pointerover before its click: what was shown before it decides whether it opens.
    let shownBeforeTap: Element | null = null;
    svg.addEventListener("pointerover", (event) => {
      const mark = (event.target as Element).closest("[data-tip]");
      if (event.pointerType !== "mouse") shownBeforeTap = active;
      if (mark) show(mark);
    });
    // A touch ends with pointerleave right after the tap; the tooltip stays until the next tap.
    svg.addEventListener("pointerleave", (event) => {
      if (event.pointerType === "mouse") hide();
    });
    // Focus from a tap keeps the tapped mark; focus from the keyboard starts at the first.
    svg.addEventListener("focus", () => {
      if (!active) show(marks[0]);
    });
    svg.addEventListener("blur", hide);
    svg.addEventListener("click", (event) => {
      const mark = (event.target as Element).closest("[data-href]");
      if (!mark) return;
      const pointer = (event as PointerEvent).pointerType;
      if (pointer === "touch" || pointer === "pen") {
        if (shownBeforeTap !== mark) {
          show(mark);
          return;
        }
      }
      location.assign(mark.getAttribute("data-href")!);
    });
    svg.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (event.key === "Escape") {
        hide();
        return;
      }
      if (event.key === "Enter" && active?.getAttribute("data-href")) {
        location.assign(active.getAttribute("data-href")!);
        return;
      }
      if (step === undefined) return;
      event.preventDefault();
      const index = active ? marks.indexOf(active) : -1;
      show(marks[(index + step + marks.length) % marks.length]);
    });
  }

  document.addEventListener("pointerdown", (event) => {
    if (active && !(event.target as Element).closest?.("[data-tip]")) hide();
  });
}

for (const figure of Array.from(document.querySelectorAll<HTMLElement>("figure[data-chart]"))) enhance(figure);
