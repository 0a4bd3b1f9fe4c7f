// When the next scheduled crawl runs, read from the deploy workflow's `cron` lines, so the history
// page can say when its next snapshot comes without a date typed into the text. GitHub Actions
// cron is the classic five-field form (minute hour day-of-month month day-of-week) in UTC, with
// `*`, lists, ranges and steps, and day 0 or 7 for Sunday. When both day fields are restricted,
// a day matching either runs, as in every cron.

const FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12 },
  { name: "day of week", min: 0, max: 7 },
] as const;

interface CronSchedule {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  /** Whether day of month / day of week were restricted; cron matches either when both are. */
  daysRestricted: boolean;
  weekdaysRestricted: boolean;
}

function parseField(text: string, field: (typeof FIELDS)[number], cron: string): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new Error(`cron "${cron}": the ${field.name} field "${text}" is not a number, range, list or step.`);
    const [, all, first, last, step] = match;
    const from = all === "*" ? field.min : Number(first);
    const to = all === "*" ? field.max : last !== undefined ? Number(last) : step !== undefined ? field.max : from;
    const by = step === undefined ? 1 : Number(step);
    if (from < field.min || to > field.max || from > to || by < 1) {
      throw new Error(`cron "${cron}": the ${field.name} field "${text}" is outside ${field.min}-${field.max}.`);
    }
    for (let value = from; value <= to; value += by) values.add(value);
  }
  return values;
}

export function parseCron(cron: string): CronSchedule {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) {
    throw new Error(`cron "${cron}" has ${parts.length} fields; a schedule has five: minute hour day-of-month month day-of-week.`);
  }
  const [minutes, hours, days, months, weekdays] = parts.map((part, index) => parseField(part, FIELDS[index], cron));
  // 7 is Sunday too.
  if (weekdays.delete(7)) weekdays.add(0);
  return { minutes, hours, days, months, weekdays, daysRestricted: parts[2] !== "*", weekdaysRestricted: parts[4] !== "*" };
}

function matchesDay(schedule: CronSchedule, time: Date): boolean {
  const day = schedule.days.has(time.getUTCDate());
  const weekday = schedule.weekdays.has(time.getUTCDay());
  if (schedule.daysRestricted && schedule.weekdaysRestricted) return day || weekday;
  return day && weekday;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Long enough for any schedule that runs at all (29 February comes within four years). */
const SEARCH_DAYS = 4 * 366;

/** The first time after `after` (to the minute, UTC) that the cron expression names. */
export function nextCronRun(cron: string, after: Date): Date {
  const schedule = parseCron(cron);
  const start = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
  const end = start + SEARCH_DAYS * DAY;
  // A day or an hour that cannot match is skipped whole.
  for (let time = start; time < end; ) {
    const date = new Date(time);
    if (!schedule.months.has(date.getUTCMonth() + 1) || !matchesDay(schedule, date)) {
      time = Math.floor(time / DAY) * DAY + DAY;
    } else if (!schedule.hours.has(date.getUTCHours())) {
      time = Math.floor(time / HOUR) * HOUR + HOUR;
    } else if (!schedule.minutes.has(date.getUTCMinutes())) {
      time += MINUTE;
    } else {
      return date;
    }
  }
  throw new Error(`cron "${cron}" names no time in the four years after ${after.toISOString()}.`);
}

/** The `cron:` expressions of a workflow's `on.schedule`, in the order written. */
export function workflowCrons(workflowText: string): string[] {
  return [...workflowText.matchAll(/^\s*-\s*cron:\s*(["']?)([^"'#\n]+)\1\s*(?:#.*)?$/gm)].map((match) => match[2].trim());
}

/** The next scheduled run of a workflow after `after`, or null when it has no schedule. */
export function nextScheduledRun(workflowText: string, after: Date): Date | null {
  const runs = workflowCrons(workflowText).map((cron) => nextCronRun(cron, after));
  return runs.length === 0 ? null : new Date(Math.min(...runs.map((run) => run.getTime())));
}
