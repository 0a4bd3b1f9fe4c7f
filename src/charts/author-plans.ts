// Models by their author's Hub plan, split by author type: how much of the liked catalogue comes
// from paying organisations, pro users and free accounts.
import { HUB_PLANS, isHubPlan, type HubPlan, type PlanRow } from "../data-loaders/db/datasets.ts";
import { AUTHOR_TYPES } from "./author-types.ts";
import { horizontalBars } from "./rows.ts";
import { COLORS, LAYOUTS, chartLocale, type ChartOptions } from "./shared.ts";

/** A plan's name in the page's language (enums.plan); a plan the Hub added since keeps the Hub's name. */
export function planName(names: Record<HubPlan, string>, plan: string): string {
  return isHubPlan(plan) ? names[plan] : plan;
}

/** The plans present in `rows`, in HUB_PLANS' order, plans the Hub adds later before "unknown". */
export function planOrder(rows: Pick<PlanRow, "plan">[]): string[] {
  const extra = [...new Set(rows.map((r) => r.plan))].filter((p) => !isHubPlan(p)).sort();
  const present = new Set(rows.map((r) => r.plan));
  // Plans the Hub may add later go before "unknown" instead of being dropped.
  return [...HUB_PLANS.slice(0, -1).filter((p) => present.has(p)), ...extra, ...(present.has("unknown") ? ["unknown"] : [])];
}

export interface AuthorPlansOptions extends ChartOptions {
  /** Where a segment leads: the explorer on the models of that plan's authors of that type. */
  segmentLink?: (plan: string, authorType: PlanRow["author_type"]) => string | undefined;
}

export function authorPlansChart(rows: PlanRow[], { layout = "wide", lang, segmentLink }: AuthorPlansOptions = {}): string {
  const { text, format, messages } = chartLocale(lang);
  const t = text.authorPlans;
  const typeName = (type: PlanRow["author_type"]) => messages.enums.authorTypeShort[type];
  const plans = planOrder(rows);
  const totals = plans.map((plan) => ({ plan, models: rows.filter((r) => r.plan === plan).reduce((s, r) => s + r.models, 0) }));
  const ariaLabel =
    totals.length > 0
      ? t.aria(totals.map((total) => t.ariaPlan(planName(messages.enums.plan, total.plan), format.count(total.models))))
      : t.ariaEmpty;
  return horizontalBars(
    totals.map(({ plan, models }) => ({
      key: plan,
      label: planName(messages.enums.plan, plan),
      valueLabel: format.count(models),
      // Organisations, then users, then authors of unknown type, in every plan.
      segments: AUTHOR_TYPES.flatMap((type) =>
        rows
          .filter((r) => r.plan === plan && r.author_type === type)
          .map((r) => ({
            value: r.models,
            fill: COLORS.authorType[type],
            title: t.title(planName(messages.enums.plan, plan), typeName(type), format.count(r.models), format.count(r.authors)),
            href: segmentLink?.(plan, type),
          })),
      ),
    })),
    { ariaLabel, layout: LAYOUTS[layout], xLabel: t.x, tickFormat: format.count, wholeNumbers: true },
  );
}
