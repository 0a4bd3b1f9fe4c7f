// Numbers and dates as each language writes them, through Intl with the page's locale. The data
// keeps plain integers and ISO times (docs/pages-and-languages.md#published-data); only display
// differs between languages, so both languages show the same numbers.
import { formatParams } from "../lib/format.ts";
import type { Lang } from "./index.ts";

export interface Formatter {
  /** 1234567 → "1,234,567"; null → "–". */
  count(value: number | null | undefined): string;
  /** Up to two decimals: 1460.25 → "1,460.25". */
  exact(value: number | null | undefined): string;
  /** Whole numbers as they are, two decimals below 100, none above (describe() tables). */
  stat(value: number | null | undefined): string;
  /** 0.4213 → "42.1%". */
  share(value: number | null | undefined): string;
  /** 8030261248 → "8.0B" in both languages: the B/M notation is how model sizes are named. */
  params(value: number | null | undefined): string;
  /** ISO time → "Jul 18, 2024" / "2024年7月18日", in UTC. */
  date(iso: string | null | undefined): string;
  /** ISO time → "Jul 18, 2024, 08:56 UTC" / "2024年7月18日 08:56 UTC". */
  timestamp(iso: string | null | undefined): string;
  /** Axis ticks: 1234567 → "1.2M" / "123.5万". */
  compact(value: number | null | undefined): string;
  /** A month written "2024-07" → "Jul 2024" / "2024年7月". */
  month(yearMonth: string): string;
  /** A fixed number of decimals: 0.8312 → "0.83". */
  decimal(value: number | null | undefined, digits?: number): string;
}

export function formatterFor(lang: Lang, unknown = lang === "en" ? "unknown" : "未知"): Formatter {
  const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const exact = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const twoDecimals = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(lang, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  const time = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC", hourCycle: "h23" });
  const compact = new Intl.NumberFormat(lang, { notation: "compact", maximumFractionDigits: 1 });
  const monthFormat = new Intl.DateTimeFormat(lang, { year: "numeric", month: "short", timeZone: "UTC" });
  const missing = (value: number | null | undefined): value is null | undefined => value == null || !Number.isFinite(value);
  const parse = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  return {
    count: (value) => (missing(value) ? "–" : integer.format(value)),
    exact: (value) => (missing(value) ? "–" : exact.format(value)),
    stat: (value) =>
      missing(value) ? "–" : Number.isInteger(value) || Math.abs(value) >= 100 ? integer.format(value) : twoDecimals.format(value),
    share: (value) => (missing(value) ? "–" : share.format(value)),
    params: (value) => (missing(value) ? unknown : formatParams(value)),
    date: (iso) => (iso ? (parse(iso) ? day.format(parse(iso)!) : iso) : unknown),
    timestamp: (iso) => (iso ? (parse(iso) ? `${time.format(parse(iso)!)} UTC` : iso) : unknown),
    compact: (value) => (missing(value) ? "–" : compact.format(value)),
    month: (yearMonth) => {
      const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
      return match ? monthFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))) : yearMonth;
    },
    decimal: (value, digits = 2) =>
      missing(value) ? "–" : new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
  };
}
