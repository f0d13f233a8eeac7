/** Calendar dates as the manifest writes them (YYYY-MM-DD), computed in UTC so results never depend on the machine's zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01; only call with a value that passed isIsoDate. */
export function dayNumber(value: string): number {
  return Math.floor(Date.parse(`${value}T00:00:00Z`) / DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(value: string, days: number): string {
  return new Date((dayNumber(value) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Today in UTC: the one place the clock is read, by the faces (CLI, Action), never by the engine. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The same calendar day N years later (28 February for a 29 February that does not exist then). */
export function addYears(value: string, years: number): string {
  const shifted: string = `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
  return isIsoDate(shifted)
    ? shifted
    : `${value.slice(0, 4).replace(/\d+/, String(Number(value.slice(0, 4)) + years))}-02-28`;
}
