import type { ChangeKind } from "./change-kinds.js";
import type { PersonRef } from "./finding.js";

/**
 * approved: the decider (or a manager) approved the PR's head on GitHub; pending: not yet;
 * unverifiable: the base records no login for anyone who may approve; not-management: the named
 * decider is not management on the base (the decision is invalid, a rule reports it);
 * not-enforced: `decisions: report-only`; not-required: a change reviewers should see only.
 */
export const APPROVAL_STATES = [
  "approved",
  "pending",
  "unverifiable",
  "not-management",
  "not-enforced",
  "not-required",
] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export interface Approval {
  /** decider: the person the decision names; management: any member of management; reviewer: a security champion or management, not the author. */
  by: "decider" | "management" | "reviewer" | "none";
  people: PersonRef[];
  state: ApprovalState;
}

/** One line of "This PR changes security decisions" (JSON report: `changes`). */
export interface ManifestChange {
  kind: ChangeKind;
  message: string;
  subject: string;
  /** Where: the head manifest for what is there, the base manifest for what was removed. */
  side: "head" | "base";
  pointer: string;
  line: number;
  column: number;
  /** A decision or lowered bar whose effect waits for approval (false: shown for review only). */
  gated: boolean;
  approval: Approval;
}

/** Whether the change's effect holds: approved, not enforced by configuration, or nothing to approve. */
export function takesEffect(change: ManifestChange): boolean {
  return ["approved", "not-enforced", "not-required"].includes(change.approval.state);
}
