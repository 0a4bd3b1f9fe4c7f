// Models by their author's Hub plan, split by author type: how much of the liked catalogue comes
// from paying organisations, pro users and free accounts.
import * as Plot from "@observablehq/plot";
import type { PlanRow } from "../data-loaders/db/datasets.ts";
import { AUTHOR_TYPES } from "./author-types.ts";
import { COLORS, DEFAULT_WIDTH, chartLocale, countTicks, renderSvg, type ChartOptions } from "./shared.ts";

export const PLAN_ORDER = ["enterprise", "team", "pro", "free", "unknown"];

function planOrder(rows: PlanRow[]): string[] {
  const extra = [...new Set(rows.map((r) => r.plan))].filter((p) => !PLAN_ORDER.includes(p)).sort();
  const present = new Set(rows.map((r) => r.plan));
  // Plans the Hub may add later go before "unknown" instead of being dropped.
  return [...PLAN_ORDER.slice(0, -1).filter((p) => present.has(p)), ...extra, ...(present.has("unknown") ? ["unknown"] : [])];
}

export function authorPlansChart(rows: PlanRow[], { width = DEFAULT_WIDTH, lang }: ChartOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.authorPlans;
  const planName = (plan: string) => messages.enums.plan[plan] ?? plan;
  const typeName = (type: PlanRow["author_type"]) => text.authorTypes.types[type];
  const plans = planOrder(rows);
  const drawn = rows.filter((r) => r.models > 0);
  const totals = plans.map((plan) => ({ plan, models: rows.filter((r) => r.plan === plan).reduce((s, r) => s + r.models, 0) }));
  const biggest = totals.reduce<{ plan: string; models: number } | null>((b, t) => (b === null || t.models > b.models ? t : b), null);
  const ariaLabel = biggest ? t.aria(totals.map((total) => t.ariaPlan(planName(total.plan), format.count(total.models)))) : t.ariaEmpty;
  return renderSvg({
    ariaLabel,
    width,
    height: 40 + 30 * Math.max(plans.length, 1),
    marginLeft: 80,
    marginRight: 50,
    x: { label: t.x, grid: true, nice: true, ...countTicks(Math.max(0, ...totals.map((total) => total.models)), format.count) },
    y: { domain: plans, label: null, tickFormat: planName },
    color: { domain: [...AUTHOR_TYPES], range: [COLORS.authorType.org, COLORS.authorType.user, COLORS.authorType.unknown] },
    marks: [
      Plot.barX(
        drawn,
        Plot.stackX({
          x: "models",
          y: "plan",
          fill: "author_type",
          order: [...AUTHOR_TYPES],
          title: (r: PlanRow) => t.title(planName(r.plan), typeName(r.author_type), format.count(r.models), format.count(r.authors)),
        }),
      ),
      Plot.text(totals, { x: "models", y: "plan", text: (total: { models: number }) => format.count(total.models), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
}
