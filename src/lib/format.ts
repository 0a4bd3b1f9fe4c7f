// How numbers read on the pages and in the logs. The published data keeps plain integers
// (docs/pages-and-languages.md#published-data); only display rounds.

const integerFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 8030261248 → "8.0B", 135000000 → "135M", null → "unknown". */
export function formatParams(params: number | null | undefined): string {
  if (params == null || !Number.isFinite(params)) return "unknown";
  const units: Array<[number, string]> = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [index, [size, suffix]] of units.entries()) {
    if (Math.abs(params) >= size) {
      const scaled = params / size;
      // One decimal below 100 keeps "8.0B" and "1.5B" apart; above that the decimal is noise.
      const shown = scaled >= 100 ? Math.round(scaled) : Number(scaled.toFixed(1));
      // 999,999,999 rounds to 1000M: say "1.0B", as the next unit up would.
      if (Math.abs(shown) >= 1000 && index > 0) {
        const [largerSize, largerSuffix] = units[index - 1];
        return `${(params / largerSize).toFixed(1)}${largerSuffix}`;
      }
      return `${scaled >= 100 ? shown : shown.toFixed(1)}${suffix}`;
    }
  }
  return String(Math.round(params));
}

/** 1234567 → "1,234,567"; null → "–". */
export function formatCount(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "–";
  return integerFormat.format(value);
}

/** Statistics such as means: whole numbers as they are, two decimals below 100, none above. */
export function formatStat(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "–";
  if (Number.isInteger(value) || Math.abs(value) >= 100) return integerFormat.format(value);
  return value.toFixed(2);
}

/** 0.4213 → "42.1%". */
export function formatShare(share: number | null | undefined): string {
  if (share == null || !Number.isFinite(share)) return "–";
  return `${(share * 100).toFixed(1)}%`;
}

/** ISO time → "2024-07-18 08:56 UTC"; the report is read worldwide, so it says UTC. */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** ISO time → "2024-07-18". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 10);
}

const compactFormat = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** Axis ticks: 1234567 → "1.2M". */
export function formatCompact(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "–";
  return compactFormat.format(value);
}

const exactFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A computed value shown as it is, up to two decimals: 1460.25 → "1,460.25", 41 → "41". */
export function formatExact(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "–";
  return exactFormat.format(value);
}

/** A wait or a duration in logs: 1500 → "1.5s", 250 → "250ms". */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`;
}
