import type { DinSpecStatus } from "../vocabulary/din-spec-status.js";
import type { Language } from "./language.js";

/**
 * The DIN SPEC 27076 status in one line, as every renderer shows it, e.g. "DIN SPEC 27076 status:
 * 14 of 27 requirements met, 5 not met (TOP not met: BAK-1, UPD-1), 2 not applicable, 6 not
 * checkable from a manifest · score 12 of 30". Ids only: the caller escapes for its format.
 */
export function dinSpecLine(status: DinSpecStatus, language: Language): string {
  const top =
    status.top_not_met.length > 0
      ? ` (${WORDS.top[language]} ${status.top_not_met.join(", ")})`
      : "";
  return [
    `${WORDS.title[language]}: ${WORDS.met[language](status.met, status.requirements)}`,
    `${WORDS.notMet[language](status.not_met)}${top}`,
    WORDS.notApplicable[language](status.not_applicable),
    WORDS.notCheckable[language](status.not_checkable),
  ]
    .join(", ")
    .concat(` · ${WORDS.score[language](status.score, status.max_score)}`);
}

/** Ids of the requirements not met, each with the rules that found the gap: "BAK-1 (BL-004)". */
export function dinSpecNotMet(status: DinSpecStatus): string[] {
  return status.results
    .filter((result) => result.result === "not-met")
    .map((result) => `${result.id}${result.top ? " TOP" : ""} (${result.rules.join(", ")})`);
}

export const DIN_SPEC_NOT_MET_LABEL: Record<Language, string> = {
  en: "Requirements not met",
  de: "Nicht erfüllte Anforderungen",
};

const WORDS = {
  title: { en: "DIN SPEC 27076 status", de: "Status nach DIN SPEC 27076" },
  met: {
    en: (met: number, all: number) => `${met} of ${all} requirements met`,
    de: (met: number, all: number) => `${met} von ${all} Anforderungen erfüllt`,
  },
  notMet: { en: (n: number) => `${n} not met`, de: (n: number) => `${n} nicht erfüllt` },
  top: { en: "TOP not met:", de: "TOP nicht erfüllt:" },
  notApplicable: {
    en: (n: number) => `${n} not applicable`,
    de: (n: number) => `${n} nicht anwendbar`,
  },
  notCheckable: {
    en: (n: number) => `${n} not checkable from a manifest`,
    de: (n: number) => `${n} aus dem Manifest nicht prüfbar`,
  },
  score: {
    en: (score: number, max: number) => `score ${score} of ${max}`,
    de: (score: number, max: number) => `Punktwert ${score} von ${max}`,
  },
};
