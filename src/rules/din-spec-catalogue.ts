import type { Localized } from "../i18n/language.js";

/**
 * The DIN SPEC 27076 requirement catalogue (rules/din-spec-27076.yml, schema
 * schema/din-spec-27076.schema.json): our own summary of each requirement, its topic, its TOP
 * mark, and the rules that check it or why a manifest cannot show it.
 */
export interface DinSpecRequirement {
  id: string;
  topic: string;
  top: boolean;
  summary: Localized;
  /** Met when none of these rules found a gap; not applicable when none of them applies. */
  rules?: string[];
  not_checkable?: Localized;
}

export interface DinSpecScoring {
  met: number;
  not_met: number;
  top_met: number;
  top_not_met: number;
}

export interface DinSpecCatalogue {
  catalogue: "din-spec-27076";
  scoring: DinSpecScoring;
  topics: Record<string, Localized>;
  requirements: DinSpecRequirement[];
}

export const DIN_SPEC_CATALOGUE_FILE = "din-spec-27076";
