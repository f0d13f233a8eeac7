import { isCurrentMember } from "./current-member.js";

/**
 * The organisation profile (thesis 3) as facts rules can be tailored by: the `organisation`
 * block plus a few facts derived from the rest of the manifest.
 */
export interface ProfileFacts {
  size?: string;
  sector?: string;
  digitalisation_level?: string;
  topics: string[];
  nis2: string;
  cra_product: boolean;
  /** Highest protection need across confidentiality, integrity and availability (organisation and components). */
  protection: string;
  confidentiality: string;
  integrity: string;
  availability: string;
  phase?: string;
  /** Some component is reachable from the internet. */
  internet_exposed: boolean;
  /** Someone outside the company works on the project (team role external, topic outsourcing or an advisor). */
  external_parties: boolean;
  has_advisor: boolean;
  has_security_champion: boolean;
  /** The check runs for a pull request (the pull-request pack applies). */
  pull_request: boolean;
  /** …opened by a person whose login is known (not a bot such as Dependabot). */
  pull_request_author: boolean;
}

/** Facts whose values are ordered, so conditions can say "at least". */
export const ORDERED_FACTS: Record<string, readonly string[]> = {
  size: ["micro", "small", "medium", "large"],
  digitalisation_level: ["basic", "networked", "integrated", "data-driven"],
  nis2: ["none", "important", "essential"],
  protection: ["normal", "high", "very-high"],
  confidentiality: ["normal", "high", "very-high"],
  integrity: ["normal", "high", "very-high"],
  availability: ["normal", "high", "very-high"],
  phase: ["planning", "development", "production"],
};

type Data = Record<string, unknown>;

const asObject = (value: unknown): Data =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

export function profileFacts(
  manifest: Data,
  pullRequest?: { author?: string },
  /** The evaluation date: champions who have left by then do not count. */
  today?: string,
): ProfileFacts {
  const organisation = asObject(manifest.organisation);
  const needs = asObject(organisation.protection_needs);
  const components = asArray(manifest.components).map(asObject);
  const team = asArray(manifest.team).map(asObject);
  const topics = asArray(organisation.topics).filter((t): t is string => typeof t === "string");
  const levels = ORDERED_FACTS.protection as readonly string[];
  const highest = (values: unknown[]): string =>
    values.reduce<string>((best, value) => {
      const rank = levels.indexOf(String(value));
      return rank > levels.indexOf(best) ? (levels[rank] as string) : best;
    }, "normal");
  const need = (axis: string) =>
    highest([needs[axis], ...components.map((c) => asObject(c.protection_needs)[axis])]);
  const confidentiality = need("confidentiality");
  const integrity = need("integrity");
  const availability = need("availability");
  const hasAdvisor = Object.keys(asObject(manifest.advisor)).length > 0;
  return {
    size: asString(organisation.size),
    sector: asString(organisation.sector),
    digitalisation_level: asString(organisation.digitalisation_level),
    topics,
    nis2: asString(asObject(organisation.regulation).nis2) ?? "none",
    cra_product: asObject(organisation.regulation).cra_product === true,
    protection: highest([confidentiality, integrity, availability]),
    confidentiality,
    integrity,
    availability,
    phase: asString(asObject(manifest.project).phase),
    internet_exposed: components.some((c) => c.exposure === "internet"),
    external_parties:
      hasAdvisor || topics.includes("outsourcing") || team.some((m) => m.role === "external"),
    has_advisor: hasAdvisor,
    has_security_champion: team.some(
      (m) => m.security_champion === true && (today === undefined || isCurrentMember(m, today)),
    ),
    pull_request: pullRequest !== undefined,
    pull_request_author: pullRequest?.author !== undefined,
  };
}
