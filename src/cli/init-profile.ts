import type { TemplateProfile } from "../manifest/manifest-template.js";
import { MANIFEST_SCHEMA } from "../manifest/validate-schema.js";

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

/** The answers when nobody is asked: what the flags say, else these defaults. */
export function defaultAnswers(folderName: string): InitAnswers {
  return {
    project: isOneLine(folderName) ? folderName : "Our project",
    organisation: "Our company",
    phase: "development",
    size: "small",
    sector: "other",
    topics: ["personal-data"],
    protection: { confidentiality: "normal", integrity: "normal", availability: "normal" },
    nis2: "none",
    craProduct: false,
    lead: "Project Lead",
    sponsor: { name: "Managing Director", role: "Managing director" },
    briefing: true,
  };
}
