import { daysBetween, isIsoDate } from "../manifest/iso-date.js";

/**
 * The one definition of "current member" that every rule talking about members uses (training
 * scope, management authority, owners, champions): a member is current until the day in their
 * `left` field. A `left` date in the future keeps them in scope until then; on that day they
 * are gone. A `left` that is no date at all (a format gap reported on its own) counts as gone,
 * so that nobody is given authority by a typo.
 */
export function hasLeftBy(member: unknown, day: string): boolean {
  if (!member || typeof member !== "object") return false;
  const left = (member as Record<string, unknown>).left;
  if (left === undefined) return false;
  if (!isIsoDate(left) || !isIsoDate(day)) return true;
  return daysBetween(left, day) >= 0;
}

/** A team member who has not left by `today`. */
export function isCurrentMember(member: unknown, today: string): boolean {
  return !hasLeftBy(member, today);
}
