/** Calendar dates as the manifest writes them (YYYY-MM-DD), computed in UTC so results never depend on the machine's zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Counted, not via Date: every date of a 50,000-person team passes here.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days of a month in the proleptic Gregorian calendar (what Date and ISO 8601 use). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The first and last day a YYYY-MM-DD date can name; date arithmetic stays inside them. */
const FIRST_DAY = "0000-01-01";
const LAST_DAY = "9999-12-31";

/** Days since 1970-01-01; only call with a value that passed isIsoDate. */
export function dayNumber(value: string): number {
  return Math.floor(Date.parse(`${value}T00:00:00Z`) / DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The date `days` after `value` (before it, for negative days). Never throws: a result beyond
 * the four-digit years (e.g. from a pack's `max_age_days: 1e20`) is the first or last such day,
 * and a value that is no date comes back unchanged.
 */
export function addDays(value: string, days: number): string {
  const start = dayNumber(value);
  if (!Number.isFinite(start) || Number.isNaN(days)) return value;
  const day = Math.round(start + days);
  if (!(day >= dayNumber(FIRST_DAY))) return FIRST_DAY;
  if (!(day <= dayNumber(LAST_DAY))) return LAST_DAY;
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Today in UTC: the one place the clock is read, by the faces (CLI, Action), never by the engine. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The same calendar day N years later (28 February for a 29 February that does not exist then). */
export function addYears(value: string, years: number): string {
  const year = Number(value.slice(0, 4)) + years;
  if (!Number.isInteger(year)) return value;
  if (year < 0) return FIRST_DAY;
  if (year > 9999) return LAST_DAY;
  const digits = String(year).padStart(4, "0");
  const shifted = `${digits}${value.slice(4)}`;
  return isIsoDate(shifted) ? shifted : `${digits}-02-28`;
}
