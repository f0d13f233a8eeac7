import { type BaseManifest, checkPullRequest } from "../../src/check-pull-request.js";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import type { DecisionMode } from "../../src/pull-request/approval.js";
import type { Report } from "../../src/report/report.js";
import { builtinRules, COMPLIANT, COMPLIANT_DIR, TODAY } from "../rules/rule-harness.js";

export interface PullRequestCase {
  head: string;
  base?: string | BaseManifest;
  author?: string;
  approvedBy?: string[];
  changedFiles?: string[];
  decisions?: DecisionMode;
  language?: "en" | "de";
}

/** The compliant example's management: the sponsor and the commercial director, with logins. */
export const SPONSOR = { name: "Andreas Hoffmann", login: "ahoffmann-hansen" };
export const DIRECTOR = { name: "Birgit Lange", login: "blange-hansen" };
export const CHAMPION = { name: "Florian Wagner", login: "fwagner-hansen" };
/** A developer of the compliant example (not management, not a champion) whose secure-coding training is due. */
export const DEVELOPER = { name: "Katharina Meier", login: "kmeier-hansen" };
/** A developer whose trainings are all current: PRs by her add no pull-request gaps. */
export const TRAINED_AUTHOR = "ademir-hansen";

/** A pull request from the compliant example (the base, unless given) to `head`. */
export async function checkChange(pr: PullRequestCase): Promise<Report> {
  const base: BaseManifest =
    typeof pr.base === "object" ? pr.base : { kind: "found", text: pr.base ?? COMPLIANT };
  return checkPullRequest({
    head: { file: "security-manifest.yml", text: pr.head },
    base,
    options: {
      today: TODAY,
      language: pr.language ?? "en",
      ruleSet: await builtinRules(),
      evidenceExists: evidenceInRepository(COMPLIANT_DIR),
      pullRequest: {
        author: pr.author ?? TRAINED_AUTHOR,
        changedFiles: pr.changedFiles ?? [],
        approvedBy: pr.approvedBy ?? [],
      },
    },
    decisions: pr.decisions ?? "require-approval",
  });
}

/** Findings of one rule in a report. */
export function ofRule(report: Report, rule: string) {
  return report.findings.filter((f) => f.rule === rule);
}
