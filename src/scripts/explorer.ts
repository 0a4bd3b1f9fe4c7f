// Turns the /explore/ page's static top-100 table into the full explorer: fetches the manifest
// and shards (written by export-explorer.ts), then searches, filters and sorts in memory. The
// headings of sortable columns become buttons: a first press sorts by the column, the next one
// reverses the order; the form's Sort by and Order fields follow, and the heading's aria-sort
// says the order. Rows are built with textContent only: ids and licences come from the Hub.
import type { ExplorerManifest, ExplorerShard } from "../data-loaders/db/explorer-format.ts";
import { formatParams } from "../lib/format.ts";
import { hubModelUrl } from "../lib/hub-links.ts";
import {
  decodeShard,
  firstOrder,
  parseQuery,
  queryParams,
  runQuery,
  SORT_KEYS,
  type ExplorerModel,
  type ExplorerQuery,
  type SortKey,
} from "./explorer-query.ts";

const PAGE_ROWS = 100;

interface Strings {
  loading: string;
  loadingShard: string;
  status: string;
  none: string;
  more: string;
  failed: string;
  unknown: string;
  beforeMarch2022: string;
  era: Record<"before" | "after" | "none", string>;
  authorType: Record<"org" | "user" | "unknown", string>;
  sizeUnknown: string;
  licenceNone: string;
  familyUnknown: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function start(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const sizeOrder = JSON.parse(root.dataset.sizeOrder ?? "[]") as string[];
  const manifestUrl = new URL(root.dataset.manifest ?? "", document.baseURI);
  const form = root.querySelector<HTMLFormElement>("[data-controls]")!;
  const status = root.querySelector<HTMLElement>("[data-status]")!;
  const caption = root.querySelector<HTMLElement>("[data-caption]")!;
  const tbody = root.querySelector<HTMLTableSectionElement>("[data-rows]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-more]")!;
  const scrollHint = root.querySelector<HTMLElement>("[data-scroll-hint]");
  const tableBox = tbody.closest("table")?.parentElement;
  const lang = document.documentElement.lang || "en";
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const perDay = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });

  let models: ExplorerModel[] = [];
  let results: ExplorerModel[] = [];
  let shown = 0;

  const cell = (text: string, className?: string) => {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    return td;
  };

  function rowOf(model: ExplorerModel): HTMLTableRowElement {
    const tr = document.createElement("tr");
    tr.dataset.id = model.id;
    const idCell = cell("", "id");
    const link = document.createElement("a");
    link.href = hubModelUrl(model.id);
    // The author is the id's start, muted: the table has no Author column to repeat it.
    const slash = model.id.indexOf("/");
    if (slash > 0) {
      const owner = document.createElement("span");
      owner.className = "owner";
      owner.textContent = model.id.slice(0, slash + 1);
      link.append(owner, model.id.slice(slash + 1));
    } else {
      link.textContent = model.id;
    }
    idCell.append(link);
    const created = model.created
      ? day.format(new Date(`${model.created}T00:00:00Z`))
      : model.createdPlaceholder
        ? strings.beforeMarch2022
        : strings.unknown;
    tr.append(
      cell(count.format(model.rank), "num"),
      idCell,
      cell(strings.authorType[(model.authorType ?? "unknown") as keyof Strings["authorType"]] ?? model.authorType ?? ""),
      cell(count.format(model.likes), "num"),
      cell(count.format(model.downloads), "num"),
      cell(model.likesPerDay === null ? strings.unknown : perDay.format(model.likesPerDay), "num"),
      cell(model.params === null ? strings.unknown : formatParams(model.params), "num"),
      cell(created),
      cell(model.license ?? "–", "id"),
      cell(model.family ?? "–"),
    );
    return tr;
  }

  function showMore(): void {
    const next = results.slice(shown, shown + PAGE_ROWS);
    tbody.append(...next.map(rowOf));
    shown += next.length;
    const remaining = results.length - shown;
    more.hidden = remaining <= 0;
    more.textContent = fill(strings.more, { n: count.format(Math.min(PAGE_ROWS, remaining)) });
    status.dataset.shown = String(shown);
    status.textContent =
      results.length === 0
        ? strings.none
        : fill(strings.status, { matches: count.format(results.length), total: count.format(models.length), shown: count.format(shown) });
  }

  function readForm(): ExplorerQuery {
    // The form has text fields and selects only, so every value is a string.
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") fields.append(name, value);
    return parseQuery(fields);
  }

  const sortHeadings = [...root.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]")].filter((th) =>
    (SORT_KEYS as readonly string[]).includes(th.dataset.sortKey ?? ""),
  );

  /** Marks the sorted column: aria-sort on its heading, none on the others. */
  function showSort(query: ExplorerQuery): void {
    for (const th of sortHeadings) {
      if (th.dataset.sortKey === query.sort) th.setAttribute("aria-sort", query.order === "asc" ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
  }

  function enableHeadingSort(): void {
    const sortField = form.elements.namedItem("sort") as HTMLSelectElement;
    const orderField = form.elements.namedItem("order") as HTMLSelectElement;
    for (const th of sortHeadings) {
      const key = th.dataset.sortKey as SortKey;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.append(...th.childNodes);
      th.replaceChildren(button);
      button.addEventListener("click", () => {
        const current = readForm();
        orderField.value = current.sort === key ? (current.order === "asc" ? "desc" : "asc") : firstOrder(key);
        sortField.value = key;
        render();
      });
    }
  }

  function render(): void {
    const query = readForm();
    showSort(query);
    results = runQuery(models, query);
    status.dataset.matches = String(results.length);
    tbody.replaceChildren();
    shown = 0;
    showMore();
    const params = queryParams(query).toString();
    history.replaceState(null, "", params ? `?${params}` : location.pathname);
  }

  function fillOptions(name: string, values: Array<[value: string, label: string]>): void {
    const select = form.elements.namedItem(name) as HTMLSelectElement;
    for (const [value, label] of values) select.add(new Option(label, value));
  }

  async function load(): Promise<void> {
    status.textContent = strings.loading;
    const manifest = await fetchJson<ExplorerManifest>(manifestUrl.href);
    const { dictionaries } = manifest;
    fillOptions(
      "size",
      [...dictionaries.size_bucket]
        .sort((a, b) => sizeOrder.indexOf(a) - sizeOrder.indexOf(b))
        .map((b) => [b, b === "unknown" ? strings.sizeUnknown : b]),
    );
    fillOptions(
      "era",
      [...(["before", "after"] as const).filter((e) => dictionaries.era.includes(e)), "none" as const].map((e) => [e, strings.era[e]]),
    );
    fillOptions(
      "author_type",
      (["org", "user", "unknown"] as const).map((a) => [a, strings.authorType[a]]),
    );
    // Models without a licence or a family are a set of their own, as on the Licences and Families pages.
    fillOptions("license", [...dictionaries.license.map((l): [string, string] => [l, l]), ["none", strings.licenceNone]]);
    fillOptions("family", [...dictionaries.family.map((f): [string, string] => [f, f]), ["unknown", strings.familyUnknown]]);

    // All shards are requested at once; they are decoded in order so the ranking stays intact.
    const pending = manifest.shards.map((shard) => fetchJson<ExplorerShard>(new URL(shard.file, manifestUrl).href));
    for (const [index, shard] of pending.entries()) {
      status.textContent = fill(strings.loadingShard, { loaded: String(index + 1), total: String(pending.length) });
      models = models.concat(decodeShard(manifest, await shard));
    }

    // Restore a shared or reloaded URL's query into the form before the first render.
    const initial = parseQuery(new URLSearchParams(location.search));
    for (const [key, value] of Object.entries(initial)) {
      const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
      // A value the list does not offer (a licence or month with no model in this data) stays
      // selected under its own name: the link means that set, even when it is empty.
      if (field instanceof HTMLSelectElement && value !== "" && ![...field.options].some((option) => option.value === value)) {
        field.add(new Option(value, value));
      }
      if (field) field.value = value;
    }
    caption.hidden = true;
    // The hint says the table scrolls when it does, at any width (the stylesheet alone can only
    // guess from the window's width).
    if (scrollHint && tableBox) {
      const showHint = () => (scrollHint.dataset.overflow = tableBox.scrollWidth > tableBox.clientWidth ? "yes" : "no");
      // The box resizes with the window, the table with the rows it shows.
      const observer = new ResizeObserver(showHint);
      observer.observe(tableBox);
      observer.observe(tbody.closest("table")!);
    }
    form.hidden = false;
    enableHeadingSort();
    form.addEventListener("input", render);
    form.addEventListener("change", render);
    form.addEventListener("submit", (event) => event.preventDefault());
    // A reset changes the fields only after the event, so the list is redrawn on the next tick.
    form.addEventListener("reset", () => setTimeout(render));
    more.addEventListener("click", showMore);
    render();
    root.dataset.state = "ready";
  }

  load().catch((error: unknown) => {
    status.textContent = fill(strings.failed, { error: error instanceof Error ? error.message : String(error) });
    root.dataset.state = "failed";
  });
}

for (const root of document.querySelectorAll<HTMLElement>("[data-explorer]")) start(root);
