// The shape of the status value in the style of DIN SPEC 27076 (computed in src/report/din-spec-status.ts).

export const DIN_SPEC_RESULTS = ["met", "not-met", "not-applicable", "not-checkable"] as const;
export type DinSpecResult = (typeof DIN_SPEC_RESULTS)[number];

/** One requirement's result and the rules behind it. */
export interface DinSpecRequirementStatus {
  id: string;
  topic: string;
  top: boolean;
  result: DinSpecResult;
  /** Rules that found a gap for it (not met), else the rules that checked it. */
  rules: string[];
}

/**
 * The status value in the style of DIN SPEC 27076 (JSON report: `din_spec_27076`): requirements
 * met / not met / not applicable, and the score as public descriptions of the standard weigh it
 * (met 1, TOP met 3, TOP not met −3, not met 0; not applicable and not checkable left out).
 */
export interface DinSpecStatus {
  requirements: number;
  met: number;
  not_met: number;
  not_applicable: number;
  not_checkable: number;
  /** TOP requirements that are not met, by id. */
  top_not_met: string[];
  score: number;
  /** The score if every checked, applicable requirement were met. */
  max_score: number;
  results: DinSpecRequirementStatus[];
}
