import { daysBetween, isIsoDate } from "../manifest/iso-date.js";

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
}

type Data = Record<string, unknown>;
const asObject = (value: unknown): Data =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};
const asLogin = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

/** The deciders and champions a manifest names; people who have left (by `today`) are not among them. */
export function authorityOf(manifest: Data, today?: string): Authority {
  const team = Array.isArray(manifest.team) ? manifest.team.map(asObject) : [];
  const present = team.filter(
    (member) =>
      !(
        today &&
        isIsoDate(member.left) &&
        isIsoDate(today) &&
        daysBetween(member.left, today) >= 0
      ),
  );
  const management = new Map<string, Person>();
  const add = (name: unknown, login: unknown) => {
    if (typeof name !== "string" || name === "") return;
    const known = management.get(name);
    management.set(name, { name, login: known?.login ?? asLogin(login) });
  };
  const sponsor = asObject(asObject(manifest.management).sponsor);
  add(sponsor.name, sponsor.github);
  for (const member of present) if (member.role === "management") add(member.name, member.github);
  const champions = present
    .filter((member) => member.security_champion === true && typeof member.name === "string")
    .map((member) => ({ name: member.name as string, login: asLogin(member.github) }));
  return { management: [...management.values()], champions };
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
