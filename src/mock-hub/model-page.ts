// The HTML model page (`GET /{owner}/{name}`), reduced to what scrapers read: the Hub embeds its
// data as HTML-escaped JSON in `data-props` of `SVELTE_HYDRATER` divs (docs/hub-api.md#model-pages).
//
// Where the parameter count sits, so that the model-page parser and this mock agree:
// - `data-target="ModelHeader"` → `data-props.model.safetensors` is the record's safetensors
//   object, as stored (its `total` is the Hub's count when the repo has safetensors);
// - when the record has `pageParams` (the count the page shows although the API has none),
//   `data-props.model.numParameters` carries it — the same key the website's internal JSON uses
//   (/api/trending items, docs/hub-api.md#the-website-listing);
// - when there is a safetensors total, a `data-target="ModelSafetensorsParams"` div receives it too,
//   as on the real page, and the visible text repeats the count in a compact "8.03B params" label.
import type { MockModelRecord } from "./types.ts";

export function renderModelPage(record: MockModelRecord): string {
  const [owner, name] = splitId(record.id);
  const model: Record<string, unknown> = {
    author: owner,
    id: record.id,
    downloads: record.downloads,
    likes: record.likes,
    gated: record.gated ?? false,
    private: record.private ?? false,
    pipeline_tag: record.pipeline_tag ?? undefined,
    library_name: record.library_name ?? undefined,
    lastModified: record.lastModified,
    createdAt: record.createdAt,
    tags: record.tags ?? [],
    safetensors: record.safetensors,
    gguf: record.gguf ? { architecture: record.gguf.architecture, total: record.gguf.total } : undefined,
    numParameters: record.pageParams,
  };
  const shownCount = record.safetensors?.total ?? record.pageParams;
  const safetensorsDiv =
    record.safetensors?.total !== undefined
      ? `\n      <div class="SVELTE_HYDRATER contents" data-target="ModelSafetensorsParams" data-props="${escapeAttribute(
          JSON.stringify({ safetensors: record.safetensors }),
        )}"></div>`
      : "";
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeText(record.id)} · Hugging Face</title>
    <meta property="og:title" content="${escapeAttribute(record.id)} · Hugging Face">
  </head>
  <body>
    <main>
      <div class="SVELTE_HYDRATER contents" data-target="ModelHeader" data-props="${escapeAttribute(
        JSON.stringify({ model, canWrite: false, isLoggedIn: false }),
      )}">
        <header><h1><a href="/${escapeAttribute(owner)}">${escapeText(owner)}</a> / <span>${escapeText(name)}</span></h1>
        <div class="flex">${record.pipeline_tag ? `<span>${escapeText(record.pipeline_tag)}</span>` : ""}<span>${record.likes ?? 0} likes</span></div></header>
      </div>${safetensorsDiv}
      <section class="model-card">
        ${shownCount !== undefined ? `<div class="text-sm">Model size <span>${compactCount(shownCount)} params</span></div>` : ""}
      </section>
    </main>
  </body>
</html>
`;
}

export function renderNotFoundPage(path: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>404 – Hugging Face</title></head>
<body><h1>404</h1><p>Sorry, we can't find the page you are looking for: ${escapeText(path)}</p></body></html>
`;
}

function splitId(id: string): [string, string] {
  const slash = id.indexOf("/");
  return slash === -1 ? ["", id] : [id.slice(0, slash), id.slice(slash + 1)];
}

/** "8.03B", "135M": the compact label style of the Hub's cards. */
function compactCount(count: number): string {
  if (count >= 1e9) return `${trim(count / 1e9)}B`;
  if (count >= 1e6) return `${trim(count / 1e6)}M`;
  if (count >= 1e3) return `${trim(count / 1e3)}k`;
  return String(count);
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3).replace(/\.?0+$/, "");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
