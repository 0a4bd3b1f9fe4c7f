// English ordinals for percentiles ("the 25th percentile"); Chinese writes 第 25 百分位 and needs none.

const SUFFIXES = ["th", "st", "nd", "rd"];

/** 25 → "25th", 1 → "1st", 12 → "12th". */
export const ordinal = (n: number) => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (SUFFIXES[n % 10] ?? "th");
  return `${n}${suffix}`;
};
