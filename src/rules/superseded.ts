import { type Finding, SEVERITIES } from "../vocabulary/finding.js";
import type { Rule } from "./rule-types.js";

/**
 * One root cause, one finding. A rule may declare (`superseded_by`) that its finding is a
 * consequence of another rule's finding: an expired risk acceptance (RK-005) is why a high risk
 * is untreated (RK-002). When both fire for the same item (or, with `match: any`, at all), the
 * consequence is left out and the cause's finding names it in `supersedes` and takes the higher
 * of the two severities, so that folding never makes a gap look smaller.
 */
export function foldSuperseded(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const declared = rules.filter((rule) => rule.superseded_by && rule.superseded_by.length > 0);
  if (declared.length === 0 || findings.length === 0) return findings;
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const dropped = new Set<Finding>();
  const raised = new Map<Finding, Finding>();
  for (const rule of declared) {
    for (const consequence of byRule.get(rule.id) ?? []) {
      for (const { rule: causeId, match } of rule.superseded_by ?? []) {
        const cause = (byRule.get(causeId) ?? []).find(
          (candidate) =>
            !dropped.has(candidate) && (match === "any" || candidate.item === consequence.item),
        );
        if (!cause) continue;
        dropped.add(consequence);
        const current = raised.get(cause) ?? cause;
        raised.set(cause, {
          ...current,
          severity: higher(current.severity, consequence.severity),
          supersedes: [...(current.supersedes ?? []), consequence.rule],
        });
        break;
      }
    }
  }
  return findings
    .filter((finding) => !dropped.has(finding))
    .map((finding) => raised.get(finding) ?? finding);
}

function higher(a: Finding["severity"], b: Finding["severity"]): Finding["severity"] {
  return SEVERITIES.indexOf(a) >= SEVERITIES.indexOf(b) ? a : b;
}
