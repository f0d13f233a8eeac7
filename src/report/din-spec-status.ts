import { conditionHolds } from "../rules/condition.js";
import type { DinSpecCatalogue } from "../rules/din-spec-catalogue.js";
import type { ProfileFacts } from "../rules/profile.js";
import type { Rule } from "../rules/rule-types.js";
import type { DinSpecResult, DinSpecStatus } from "../vocabulary/din-spec-status.js";
import type { Finding } from "../vocabulary/finding.js";

/**
 * Each requirement is met when none of its rules found a gap (open, waived or pending alike: a
 * waiver accepts the gap, it does not close it), not applicable when none of its rules applies to
 * the profile, and not checkable when the catalogue says a manifest cannot show it.
 */
export function dinSpecStatus(
  catalogue: DinSpecCatalogue,
  rules: readonly Rule[],
  profile: ProfileFacts,
  findings: readonly Finding[],
): DinSpecStatus {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const gaps = new Set(findings.map((finding) => finding.rule));
  const { scoring } = catalogue;
  const status: DinSpecStatus = {
    requirements: catalogue.requirements.length,
    met: 0,
    not_met: 0,
    not_applicable: 0,
    not_checkable: 0,
    top_not_met: [],
    score: 0,
    max_score: 0,
    results: [],
  };
  for (const requirement of catalogue.requirements) {
    const ids = requirement.rules ?? [];
    const applying = ids.filter((id) => {
      const rule = byId.get(id);
      return rule !== undefined && conditionHolds(rule.applies, profile);
    });
    const failing = applying.filter((id) => gaps.has(id));
    let result: DinSpecResult;
    if (requirement.rules === undefined) result = "not-checkable";
    else if (applying.length === 0) result = "not-applicable";
    else result = failing.length > 0 ? "not-met" : "met";
    const weightMet = requirement.top ? scoring.top_met : scoring.met;
    if (result === "met") {
      status.met++;
      status.score += weightMet;
      status.max_score += weightMet;
    } else if (result === "not-met") {
      status.not_met++;
      status.score += requirement.top ? scoring.top_not_met : scoring.not_met;
      status.max_score += weightMet;
      if (requirement.top) status.top_not_met.push(requirement.id);
    } else if (result === "not-applicable") status.not_applicable++;
    else status.not_checkable++;
    status.results.push({
      id: requirement.id,
      topic: requirement.topic,
      top: requirement.top,
      result,
      rules: result === "not-met" ? failing : applying,
    });
  }
  return status;
}
