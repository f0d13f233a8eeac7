import { hasLeftBy, isCurrentMember } from "./current-member.js";

/** A person who may decide or review, with the GitHub login that proves it is them. */
export interface Person {
  name: string;
  login?: string;
}

/**
 * Who decides (management: team members with role management and the sponsor) and who reviews
 * security (team members marked security_champion). On pull requests this is read from the base
 * commit's manifest, so that a PR cannot appoint its own deciders.
 */
export interface Authority {
  management: Person[];
  champions: Person[];
  /** Management who leave in the future, by name: their last day (`left`), after which they decide nothing. */
  leaving?: Record<string, string>;
}

type Data = Record<string, unknown>;
const asObject = (value: unknown): Data =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};
const asLogin = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/**
 * The deciders and champions a manifest names; people who have left (by `today`) are not among
 * them, nor is a sponsor who is listed in the team as having left. "Left" is current-member.ts.
 */
export function authorityOf(manifest: Data, today?: string): Authority {
  const team = Array.isArray(manifest.team) ? manifest.team.map(asObject) : [];
  const present = today === undefined ? team : team.filter((m) => isCurrentMember(m, today));
  const management = new Map<string, Person>();
  const leaving: Record<string, string> = Object.create(null);
  const add = (name: unknown, login: unknown, left: unknown) => {
    if (typeof name !== "string" || name === "") return;
    const known = management.get(name);
    management.set(name, { name, login: known?.login ?? asLogin(login) });
    if (typeof left === "string" && !Object.hasOwn(leaving, name)) leaving[name] = left;
  };
  const sponsor = asObject(asObject(manifest.management).sponsor);
  // A sponsor who is also in the team is gone as sponsor when gone from the team.
  const asMember = team.find((m) => m.name === sponsor.name);
  if (!asMember || present.includes(asMember)) add(sponsor.name, sponsor.github, asMember?.left);
  for (const member of present)
    if (member.role === "management") add(member.name, member.github, member.left);
  const champions = present
    .filter((member) => member.security_champion === true && typeof member.name === "string")
    .map((member) => ({ name: member.name as string, login: asLogin(member.github) }));
  return { management: [...management.values()], champions, leaving };
}

/**
 * Management on the day of a decision: management now, and not leaving on or before that day
 * (a decision dated after someone's last day was not theirs to make). No date: management now.
 */
export function isManagementOn(name: unknown, day: unknown, authority: Authority): boolean {
  const person = managementPerson(name, authority);
  if (!person) return false;
  const left = authority.leaving?.[person.name];
  if (typeof day !== "string" || left === undefined) return true;
  return !hasLeftBy({ left }, day);
}

export function isManagementName(name: unknown, authority: Authority): boolean {
  return typeof name === "string" && authority.management.some((person) => person.name === name);
}

export function managementPerson(name: unknown, authority: Authority): Person | undefined {
  return authority.management.find((person) => person.name === name);
}

/** GitHub logins are case-insensitive. */
export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
