// Hub timestamps as the published data writes them: ISO 8601 UTC to the second.

/**
 * Date, optional time (minutes, seconds, fraction) and optional zone. Hub dates always have a zone;
 * one without is read as UTC, because JavaScript would read it in the machine's local time and the
 * same record would then give different rows on different machines.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Repos created before the Hub stored creation dates carry one of these instead: the documented
 * …23:29:04 and …23:29:05, seen ~45 times in the recorded top list (docs/hub-api.md#fields). Both
 * mean "before March 2022, day unknown", not a release date.
 */
export const PLACEHOLDER_CREATED_AT = ["2022-03-02T23:29:04.000Z", "2022-03-02T23:29:05.000Z"] as const;

/** Compared after normalising, so "2022-03-02T23:29:04Z" from a re-serialised cache matches too. */
const PLACEHOLDERS = new Set(PLACEHOLDER_CREATED_AT.map((value) => normalizeDate(value)));

/** "2024-07-18T08:56:00.000Z" → "2024-07-18T08:56:00Z"; anything that is not a real ISO date → null. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  // The fraction is dropped: the Hub writes ".000" and the published convention is to the second.
  const [, year, month, day, hour = "00", minute = "00", second = "00", , zone = "Z"] = match;
  if (!isRealDate(Number(year), Number(month), Number(day)) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return null;
  }
  const offset = zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const time = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export interface CreatedAt {
  created_at: string | null;
  created_at_placeholder: boolean;
}

export function resolveCreatedAt(value: unknown): CreatedAt {
  const createdAt = normalizeDate(value);
  if (createdAt !== null && PLACEHOLDERS.has(createdAt)) return { created_at: null, created_at_placeholder: true };
  return { created_at: createdAt, created_at_placeholder: false };
}

/** Date.parse accepts 2024-02-30 and rolls it into March; a calendar check refuses it. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
