import type { Language } from "../i18n/language.js";
import type { TemplateProfile } from "./manifest-template.js";
import { MANIFEST_SCHEMA } from "./validate-schema.js";

/** The answers `init` needs, whether from flags or the wizard: the template profile less its context. */
export type InitAnswers = Omit<TemplateProfile, "language" | "today" | "schema">;

const organisation = MANIFEST_SCHEMA.properties.organisation.properties;
export const SIZES = organisation.size.enum as readonly TemplateProfile["size"][];
export const SECTORS = organisation.sector.enum as readonly string[];
export const TOPICS = organisation.topics.items.enum as readonly string[];
export const NIS2 = ["none", "important", "essential"] as const;

/** One line, no leading or trailing space: what the schema accepts for names (person_name, single_line). */
export function isOneLine(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= 200 &&
    /^\S(?:.*\S)?$/u.test(value) &&
    !/[\r\n\u2028\u2029]/.test(value)
  );
}

/** The EU SME size class for a head count. */
export function sizeForStaff(staff: number): TemplateProfile["size"] {
  return staff < 10 ? "micro" : staff < 50 ? "small" : staff < 250 ? "medium" : "large";
}

/** Example names, in the manifest's language, until the real ones are filled in. */
const DEFAULT_NAMES = {
  en: {
    project: "Our project",
    organisation: "Our company",
    lead: "Project Lead",
    sponsor: "Managing Director",
    role: "Managing director",
  },
  de: {
    project: "Unser Projekt",
    organisation: "Unser Unternehmen",
    lead: "Projektleitung",
    sponsor: "Geschäftsführung",
    role: "Geschäftsführung",
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The answers when nobody is asked: what the flags say, else these defaults. */
export function defaultAnswers(folderName: string, language: Language = "en"): InitAnswers {
  const names = DEFAULT_NAMES[language];
  return {
    project: isOneLine(folderName) ? folderName : names.project,
    organisation: names.organisation,
    phase: "development",
    size: "small",
    sector: "other",
    topics: ["personal-data"],
    protection: { confidentiality: "normal", integrity: "normal", availability: "normal" },
    nis2: "none",
    craProduct: false,
    lead: names.lead,
    sponsor: { name: names.sponsor, role: names.role },
    briefing: true,
  };
}
