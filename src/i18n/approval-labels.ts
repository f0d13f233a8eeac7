import type { PersonRef } from "../vocabulary/finding.js";
import type { Approval } from "../vocabulary/manifest-change.js";
import type { Language } from "./language.js";

/** "Thomas Krüger (@tkrueger)", or the name alone when no login is on record. */
export function personLabel(person: PersonRef): string {
  return person.login ? `${person.name} (@${person.login})` : person.name;
}

const or = { en: " or ", de: " oder " } as const;

/** Who an approval waits for, or what became of it, in one plain-text phrase (renderers escape it). */
export function approvalText(approval: Approval, language: Language): string {
  const people = approval.people.map(personLabel).join(or[language]);
  const who =
    approval.by === "management"
      ? { en: `management (${people})`, de: `der Geschäftsleitung (${people})` }[language]
      : approval.by === "reviewer"
        ? {
            en: `a security champion or management other than the author (${people})`,
            de: `einem Security Champion oder der Geschäftsleitung, nicht der Person hinter dem PR (${people})`,
          }[language]
        : people;
  switch (approval.state) {
    case "pending":
      return { en: `waiting for approval by ${who}`, de: `wartet auf Freigabe durch ${who}` }[
        language
      ];
    case "unverifiable":
      return {
        en: `cannot be verified: the base manifest records no GitHub login for ${who || "anyone who may approve"}; stays pending`,
        de: `nicht überprüfbar: Das Manifest der Basis nennt kein GitHub-Login für ${who || "jemanden, der freigeben darf"}; bleibt offen`,
      }[language];
    case "approved":
      return { en: `approved on GitHub by ${who}`, de: `auf GitHub freigegeben von ${who}` }[
        language
      ];
    case "not-management":
      return {
        en: `${people || "the named person"} is not management on the base branch: this decision has no effect`,
        de: `${people || "Die genannte Person"} gehört im Basis-Branch nicht zur Geschäftsleitung: Diese Entscheidung ist unwirksam`,
      }[language];
    case "not-enforced":
      return {
        en: `not enforced (decisions: report-only); would need ${who}`,
        de: `nicht erzwungen (decisions: report-only); bräuchte ${who}`,
      }[language];
    case "not-required":
      return "";
  }
}

/** Why a gap is still open although the PR would close it. */
export function pendingText(
  waitingFor: PersonRef[],
  state: "pending" | "unverifiable",
  language: Language,
): string {
  const people = waitingFor.map(personLabel).join(or[language]);
  return state === "unverifiable"
    ? {
        en: `cannot be verified: no GitHub login on the base for ${people || "anyone who may approve"}`,
        de: `nicht überprüfbar: kein GitHub-Login in der Basis für ${people || "jemanden, der freigeben darf"}`,
      }[language]
    : { en: `waiting for approval by ${people}`, de: `wartet auf Freigabe durch ${people}` }[
        language
      ];
}
