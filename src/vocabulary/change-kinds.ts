/**
 * What a pull request changed in the security manifest, as decisions and bars rather than as
 * lines: the semantic diff of the base and head manifests. Each kind says whether it is a
 * decision (it takes effect once its decider approves), a lowered bar (gaps that stop applying
 * because of it are "no longer checked", not fixed, and need management's approval), or a
 * change reviewers should simply see.
 */
export const CHANGE_KINDS = {
  "waiver-added": "decision",
  "waiver-extended": "decision",
  "waiver-scope-changed": "decision",
  "waiver-approver-changed": "decision",
  "waiver-removed": "notice",
  "acceptance-added": "decision",
  "acceptance-extended": "decision",
  "acceptance-approver-changed": "decision",
  "acceptance-removed": "notice",
  "sign-off-added": "decision",
  "sign-off-removed": "notice",
  "management-added": "notice",
  "management-changed": "notice",
  "champion-added": "notice",
  "profile-lowered": "lowering",
  "component-removed": "lowering",
  "component-paths-narrowed": "lowering",
  "component-exposure-lowered": "lowering",
  "component-protection-lowered": "lowering",
  "threat-removed": "lowering",
  "mitigation-removed": "lowering",
  "member-removed": "lowering",
  "member-left": "lowering",
  "training-removed": "lowering",
  "mitigation-implemented": "notice",
  "author-entry-changed": "self-certified",
  "rule-pack-changed": "notice",
} as const;

export type ChangeKind = keyof typeof CHANGE_KINDS;
export type ChangeClass = (typeof CHANGE_KINDS)[ChangeKind];
