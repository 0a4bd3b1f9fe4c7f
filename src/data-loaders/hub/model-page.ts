// The count the model's web page shows (`GET /{owner}/{name}`, "pages" bucket, the scarcest): the
// page embeds its data as HTML-escaped JSON in `data-props` of SVELTE_HYDRATER divs (docs/hub-api.md#model-pages).
// Read those, never the visible text: "8.03B params" is rounded.
import * as cheerio from "cheerio";
import type { CacheMode, HubClient } from "./client.ts";
import { InterruptedError } from "./errors.ts";

export interface PageCount {
  params: number;
  evidence: string;
}

export type PageResult = { ok: true; count: PageCount } | { ok: false; reason: string };

export function modelPagePath(id: string): string {
  return `/${id.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * The page's parameter count, best-placed first: ModelHeader's `model.safetensors.total` (else the
 * sum of its dtype buckets), the ModelSafetensorsParams component's total, then ModelHeader's
 * `model.numParameters` and `model.gguf.total`. Null when the page shows none.
 */
export function parseModelPageParams(html: string): PageCount | null {
  const $ = cheerio.load(html);
  const header = propsOf($, "ModelHeader") as { model?: Record<string, unknown> } | null;
  const model = header?.model ?? null;
  const fromHeaderSafetensors = safetensorsCount(model?.safetensors);
  if (fromHeaderSafetensors)
    return { params: fromHeaderSafetensors.params, evidence: `model page ModelHeader ${fromHeaderSafetensors.what}` };
  const component = propsOf($, "ModelSafetensorsParams") as { safetensors?: unknown } | null;
  const fromComponent = safetensorsCount(component?.safetensors);
  if (fromComponent) return { params: fromComponent.params, evidence: `model page ModelSafetensorsParams ${fromComponent.what}` };
  if (isCount(model?.numParameters)) {
    return { params: model.numParameters, evidence: `model page ModelHeader numParameters = ${model.numParameters}` };
  }
  const ggufTotal = (model?.gguf as { total?: unknown } | undefined)?.total;
  if (isCount(ggufTotal)) return { params: ggufTotal, evidence: `model page ModelHeader gguf.total = ${ggufTotal}` };
  return null;
}

/** GET the page and parse it; a missing page or one without a count is a reason, not an exception. */
export async function fetchModelPageParams(client: HubClient, id: string, cache: CacheMode = "use"): Promise<PageResult> {
  try {
    const page = await client.getText(modelPagePath(id), { bucket: "pages", cache, allowNotFound: true });
    if (page.status === 404 || page.body === null) return { ok: false, reason: `${modelPagePath(id)} answered 404` };
    const count = parseModelPageParams(page.body);
    return count ? { ok: true, count } : { ok: false, reason: "the model page shows no parameter count" };
  } catch (error) {
    if (error instanceof InterruptedError) throw error;
    return { ok: false, reason: (error as Error).message };
  }
}

/** `data-props` of the first `[data-target=…]` element, parsed; cheerio has already unescaped it. */
function propsOf($: cheerio.CheerioAPI, target: string): Record<string, unknown> | null {
  const raw = $(`[data-target="${target}"]`).first().attr("data-props");
  if (raw === undefined) return null;
  try {
    const props = JSON.parse(raw);
    return typeof props === "object" && props !== null ? props : null;
  } catch {
    return null;
  }
}

function safetensorsCount(value: unknown): { params: number; what: string } | null {
  const safetensors = value as { total?: unknown; parameters?: Record<string, unknown> } | null | undefined;
  if (!safetensors || typeof safetensors !== "object") return null;
  if (isCount(safetensors.total)) return { params: safetensors.total, what: `safetensors.total = ${safetensors.total}` };
  const buckets = Object.values(safetensors.parameters ?? {}).filter(isCount);
  if (buckets.length === 0) return null;
  const sum = buckets.reduce((a, b) => a + b, 0);
  return { params: sum, what: `sum of safetensors dtype buckets = ${sum}` };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
