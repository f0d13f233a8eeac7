import { type Authority, managementPerson, sameLogin } from "../rules/authority.js";
import { CHANGE_KINDS } from "../vocabulary/change-kinds.js";
import type { PersonRef } from "../vocabulary/finding.js";
import type { Approval } from "../vocabulary/manifest-change.js";
import type { DetectedChange } from "./manifest-changes.js";

/** `require-approval`: decisions and lowered bars wait for approval; `report-only`: shown, not gated. */
export const DECISION_MODES = ["require-approval", "report-only"] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

export interface ApprovalFacts {
  /** The base's deciders and champions (logins only count when `loginsVerified`). */
  authority: Authority;
  /** False without a base manifest: no login there proves who anyone is. */
  loginsVerified: boolean;
  /** Logins whose latest review approves the current head commit. */
  approvedBy: readonly string[];
  author?: string;
  mode: DecisionMode;
}

/** Who has to approve a change, and whether they have. */
export function resolveApproval(change: DetectedChange, facts: ApprovalFacts): Approval {
  const kind = CHANGE_KINDS[change.kind];
  if (kind === "notice") return { by: "none", people: [], state: "not-required" };
  if (kind === "decision") {
    const decider = managementPerson(change.decider, facts.authority);
    if (!decider)
      return {
        by: "decider",
        people: change.decider ? [{ name: change.decider }] : [],
        state: "not-management",
      };
    return { by: "decider", ...stateFor([decider], facts) };
  }
  const reviewers =
    kind === "lowering"
      ? facts.authority.management
      : uniqueByName([...facts.authority.champions, ...facts.authority.management]);
  // Nobody approves their own change: GitHub does not let an author approve, and neither do we.
  const people = reviewers.filter((p) => !sameLogin(p.login, facts.author));
  return { by: kind === "lowering" ? "management" : "reviewer", ...stateFor(people, facts) };
}

function stateFor(people: PersonRef[], facts: ApprovalFacts): Pick<Approval, "people" | "state"> {
  const shown = people.map((p) => (facts.loginsVerified ? p : { name: p.name }));
  if (facts.mode === "report-only") return { people: shown, state: "not-enforced" };
  const withLogin = facts.loginsVerified ? people.filter((p) => p.login) : [];
  if (withLogin.length === 0) return { people: shown, state: "unverifiable" };
  const approved = withLogin.some((p) => facts.approvedBy.some((l) => sameLogin(l, p.login)));
  return { people: shown, state: approved ? "approved" : "pending" };
}

function uniqueByName(people: PersonRef[]): PersonRef[] {
  const seen = new Map<string, PersonRef>();
  for (const person of people) if (!seen.has(person.name)) seen.set(person.name, person);
  return [...seen.values()];
}
