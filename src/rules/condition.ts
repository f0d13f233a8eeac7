import type { Language, Localized } from "../i18n/language.js";
import { valueLabel } from "../i18n/value-labels.js";
import { ORDERED_FACTS, type ProfileFacts } from "./profile.js";

/**
 * A declarative condition on the profile, as rule packs write it: every key must hold.
 *   size: [micro, small]          the fact is one of these
 *   topics: [payments]            a list fact shares a value with these
 *   internet_exposed: true        a yes/no fact
 *   protection_at_least: high     an ordered fact is at least this
 *   any: [cond, …] · not: cond    alternatives and negation
 */
export type Condition = {
  any?: Condition[];
  all?: Condition[];
  not?: Condition;
} & { [fact: string]: unknown };

export const AT_LEAST = "_at_least";

export function conditionHolds(condition: Condition | undefined, facts: ProfileFacts): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([key, expected]) => {
    if (key === "any") return (expected as Condition[]).some((c) => conditionHolds(c, facts));
    if (key === "all") return (expected as Condition[]).every((c) => conditionHolds(c, facts));
    if (key === "not") return !conditionHolds(expected as Condition, facts);
    if (key.endsWith(AT_LEAST)) {
      const fact = key.slice(0, -AT_LEAST.length);
      const order = ORDERED_FACTS[fact] ?? [];
      const actual = (facts as unknown as Record<string, unknown>)[fact];
      return (
        order.indexOf(String(actual)) >= order.indexOf(String(expected)) &&
        order.includes(String(actual))
      );
    }
    const actual = (facts as unknown as Record<string, unknown>)[key];
    const wanted = Array.isArray(expected) ? expected : [expected];
    if (Array.isArray(actual)) return actual.some((value) => wanted.includes(value));
    return wanted.includes(actual);
  });
}

/** Fact names that packs may use in conditions (the pack schema lists the same). */
export const CONDITION_FACTS: Record<string, Localized> = {
  size: { en: "company size", de: "Unternehmensgröße" },
  sector: { en: "sector", de: "Branche" },
  digitalisation_level: { en: "digitalisation level", de: "Digitalisierungsgrad" },
  topics: { en: "topics", de: "Themen" },
  nis2: { en: "NIS2 status", de: "NIS2-Status" },
  protection: { en: "protection need", de: "Schutzbedarf" },
  confidentiality: { en: "confidentiality need", de: "Schutzbedarf Vertraulichkeit" },
  integrity: { en: "integrity need", de: "Schutzbedarf Integrität" },
  availability: { en: "availability need", de: "Schutzbedarf Verfügbarkeit" },
  phase: { en: "project phase", de: "Projektphase" },
};

/** Yes/no facts read as whole phrases: [when true, when false]. */
const BOOLEAN_FACTS: Record<string, [Localized, Localized]> = {
  cra_product: [
    {
      en: "the product falls under the Cyber Resilience Act",
      de: "das Produkt fällt unter den Cyber Resilience Act",
    },
    {
      en: "the product is not under the Cyber Resilience Act",
      de: "das Produkt fällt nicht unter den Cyber Resilience Act",
    },
  ],
  internet_exposed: [
    {
      en: "components are reachable from the internet",
      de: "Komponenten sind aus dem Internet erreichbar",
    },
    {
      en: "no component is reachable from the internet",
      de: "keine Komponente ist aus dem Internet erreichbar",
    },
  ],
  external_parties: [
    {
      en: "external parties work on the project (advisor, contractors or outsourcing)",
      de: "Externe arbeiten am Projekt mit (Berater, Dienstleister oder Outsourcing)",
    },
    { en: "no external parties work on the project", de: "keine Externen arbeiten am Projekt mit" },
  ],
  has_advisor: [
    {
      en: "an external security advisor is engaged",
      de: "ein externer Sicherheitsberater ist eingebunden",
    },
    {
      en: "no external security advisor is engaged",
      de: "kein externer Sicherheitsberater ist eingebunden",
    },
  ],
  pull_request: [
    { en: "this is a pull request", de: "es handelt sich um einen Pull Request" },
    { en: "this is not a pull request", de: "es handelt sich nicht um einen Pull Request" },
  ],
  pull_request_author: [
    { en: "a person opened this pull request", de: "eine Person hat diesen Pull Request geöffnet" },
    {
      en: "no known person opened this pull request",
      de: "keine bekannte Person hat diesen Pull Request geöffnet",
    },
  ],
  has_security_champion: [
    { en: "the team has a security champion", de: "das Team hat einen Security Champion" },
    { en: "the team has no security champion", de: "das Team hat keinen Security Champion" },
  ],
};

function booleanPhrase(fact: string, value: boolean, language: Language): string {
  const phrases = BOOLEAN_FACTS[fact];
  return phrases ? phrases[value ? 0 : 1][language] : `${fact} = ${String(value)}`;
}

const WORDS = {
  or: { en: " or ", de: " oder " },
  and: { en: "; ", de: "; " },
  is: { en: "is", de: "ist" },
  include: { en: "include", de: "umfassen" },
  atLeast: { en: "is at least", de: "ist mindestens" },
  // "project phase is production (the rule applies from development on)": no bare "at least".
  fromOn: {
    en: (label: string, actual: string, from: string) =>
      `${label} is ${actual} (the rule applies from ${from} on)`,
    de: (label: string, actual: string, from: string) =>
      `${label} ist ${actual} (die Regel gilt ab ${from})`,
  },
  notPrefix: { en: "not: ", de: "nicht: " },
  always: { en: "applies to every project", de: "gilt für jedes Projekt" },
};

/**
 * One readable line saying why a condition holds for this profile, e.g.
 * "company size is micro; topics include payments". Only the parts that matched are named.
 */
export function describeCondition(
  condition: Condition | undefined,
  facts: ProfileFacts,
  language: Language,
): string {
  if (!condition || Object.keys(condition).length === 0) return WORDS.always[language];
  const parts: string[] = [];
  for (const [key, expected] of Object.entries(condition)) {
    if (key === "any") {
      const matching = (expected as Condition[]).find((c) => conditionHolds(c, facts));
      if (matching) parts.push(describeCondition(matching, facts, language));
      continue;
    }
    if (key === "all") {
      for (const c of expected as Condition[]) parts.push(describeCondition(c, facts, language));
      continue;
    }
    if (key === "not") {
      parts.push(
        `${WORDS.notPrefix[language]}${describeCondition(expected as Condition, facts, language)}`,
      );
      continue;
    }
    const atLeast = key.endsWith(AT_LEAST);
    const fact = atLeast ? key.slice(0, -AT_LEAST.length) : key;
    const label = CONDITION_FACTS[fact]?.[language] ?? fact;
    const actual = (facts as unknown as Record<string, unknown>)[fact];
    if (typeof actual === "boolean") {
      parts.push(booleanPhrase(fact, actual, language));
    } else if (atLeast) {
      parts.push(
        WORDS.fromOn[language](
          label,
          valueLabel(fact, actual, language),
          valueLabel(fact, expected, language),
        ),
      );
    } else if (Array.isArray(actual)) {
      const wanted = Array.isArray(expected) ? expected : [expected];
      const shared = actual.filter((value) => wanted.includes(value));
      parts.push(
        `${label} ${WORDS.include[language]} ${shared.map((v) => valueLabel(fact, v, language)).join(", ")}`,
      );
    } else {
      parts.push(`${label} ${WORDS.is[language]} ${valueLabel(fact, actual, language)}`);
    }
  }
  return parts.join(WORDS.and[language]);
}

/** A condition in words, without a profile: for `explain` and the rule docs. */
export function explainCondition(condition: Condition | undefined, language: Language): string {
  if (!condition || Object.keys(condition).length === 0) return WORDS.always[language];
  const parts = Object.entries(condition).map(([key, expected]) => {
    if (key === "any")
      return `(${(expected as Condition[]).map((c) => explainCondition(c, language)).join(WORDS.or[language])})`;
    if (key === "all")
      return (expected as Condition[])
        .map((c) => explainCondition(c, language))
        .join(WORDS.and[language]);
    if (key === "not")
      return `${WORDS.notPrefix[language]}${explainCondition(expected as Condition, language)}`;
    const atLeast = key.endsWith(AT_LEAST);
    const fact = atLeast ? key.slice(0, -AT_LEAST.length) : key;
    const label = CONDITION_FACTS[fact]?.[language] ?? fact;
    if (typeof expected === "boolean") return booleanPhrase(fact, expected, language);
    const values = (Array.isArray(expected) ? expected : [expected])
      .map((value) => valueLabel(fact, value, language))
      .join(WORDS.or[language]);
    if (atLeast) return `${label} ${WORDS.atLeast[language]} ${values}`;
    return `${label} ${fact === "topics" ? WORDS.include[language] : WORDS.is[language]} ${values}`;
  });
  return parts.join(WORDS.and[language]);
}
