import { type CheckOptions, evaluateFindings, reportOf, unreadable } from "./check-manifest.js";
import { CHANGE_TEXTS, CHANGE_WORDS } from "./i18n/change-labels.js";
import { fill, type Language } from "./i18n/language.js";
import { parseManifestText } from "./manifest/load-manifest.js";
import type { YamlSource } from "./manifest/yaml-source.js";
import { type ApprovalFacts, type DecisionMode, resolveApproval } from "./pull-request/approval.js";
import { type DetectedChange, diffManifests } from "./pull-request/manifest-changes.js";
import type { Report } from "./report/report.js";
import { applyWaivers, waiverCovers, waiverIsValid } from "./rules/apply-waivers.js";
import { authorityOf } from "./rules/authority.js";
import { CHANGE_KINDS } from "./vocabulary/change-kinds.js";
import { type Finding, isOpen } from "./vocabulary/finding.js";
import { type ManifestChange, takesEffect } from "./vocabulary/manifest-change.js";

/** The base commit's manifest: its text, none there yet, or unknown because it could not be read. */
export type BaseManifest =
  | { kind: "found"; text: string }
  | { kind: "absent" }
  | { kind: "unavailable" };

export interface RulePackChange {
  path: string;
  change: "added" | "removed" | "modified";
}

export interface PullRequestCheck {
  /** The head manifest as read from the checkout (or, in publish mode, through the API). */
  head: { file: string; text: string };
  base: BaseManifest;
  /** `pullRequest` must be set: the author, changed files and approvals. */
  options: CheckOptions;
  decisions: DecisionMode;
  /** Rule packs this PR adds, removes or changes: shown; the base's packs judge it. */
  rulePackChanges?: readonly RulePackChange[];
}

/** More reverted evaluations than this and the rest of the changes are shown but not traced. */
const MAX_TRACED_CHANGES = 40;

/**
 * The check of a pull request, trustworthy against the change it judges: the base decides who is
 * management and who is a champion; decisions the PR adds or extends wait for their decider's
 * approval (their gaps stay open, `pending-approval`); gaps that disappear because the PR lowered
 * the profile or scope are "no longer checked", not fixed, and stay open until management
 * approves; every such change is listed in `changes`.
 */
export function checkPullRequest(check: PullRequestCheck): Report {
  const { options } = check;
  let head: YamlSource;
  try {
    head = parseManifestText(check.head.file, check.head.text);
  } catch (error) {
    return unreadable(error, check.head.file, options);
  }
  const headData = head.data as Data;
  const baseSource =
    check.base.kind === "found" ? parseBase(check.head.file, check.base.text) : undefined;
  const baseData = baseSource?.data as Data | undefined;
  const authority = authorityOf(baseData ?? headData, options.today);
  const facts: ApprovalFacts = {
    authority,
    loginsVerified: baseData !== undefined,
    approvedBy: options.pullRequest?.approvedBy ?? [],
    author: options.pullRequest?.author,
    mode: check.decisions,
  };
  const prOptions: CheckOptions = {
    ...options,
    pullRequest: options.pullRequest && {
      ...options.pullRequest,
      champions: baseData ? authority.champions : [],
    },
  };

  const detected = diffManifests(baseData, headData, {
    author: options.pullRequest?.author,
    changedFiles: options.pullRequest?.changedFiles,
    today: options.today,
  });
  const changes = [
    ...detected.map((d) =>
      describe(d, resolveApproval(d, facts), head, baseSource, options.language),
    ),
    ...(check.rulePackChanges ?? []).map((p) => packChange(p, options.language)),
  ];

  const claimed = evaluateFindings(head, headData, prOptions, authority);
  const traced = traceChanges(detected, changes, head, headData, prOptions, claimed.findings);

  // Waivers the PR added or extended do not apply until approved; the gaps they would cover wait.
  const pendingWaivers = new Map<number, number>();
  detected.forEach((d, index) => {
    const change = changes[index] as ManifestChange;
    if (
      d.waiverIndex !== undefined &&
      change.approval.state !== "not-management" &&
      !takesEffect(change)
    )
      pendingWaivers.set(d.waiverIndex, index);
  });
  const waivers = Array.isArray(headData.waivers) ? headData.waivers : [];
  const findings = applyWaivers(
    [...claimed.findings, ...traced.pending],
    claimed.context,
    new Set(pendingWaivers.keys()),
  ).map((finding) => {
    if (!isOpen(finding) || finding.status === "pending-approval") return finding;
    for (const [waiverIndex, changeIndex] of pendingWaivers) {
      const waiver = waivers[waiverIndex];
      if (waiverCovers(waiver, finding) && waiverIsValid(waiver, claimed.context))
        return pendingOn(finding, changes, changeIndex);
    }
    return finding;
  });

  if (!baseSource)
    return reportOf(head, options, findings, { changes, noLongerChecked: traced.noLonger });
  // The base is judged by the same rules, date and authority; without the PR's facts.
  const baseOptions: CheckOptions = { ...options, pullRequest: undefined };
  const baseEvaluation = evaluateFindings(baseSource, baseData as Data, baseOptions, authority);
  const baseFindings = applyWaivers(baseEvaluation.findings, baseEvaluation.context).filter(isOpen);
  const before = new Set(baseFindings.map((f) => f.fingerprint));
  const compared = findings.map((finding): Finding => {
    if (finding.status === "waived") return finding;
    if (finding.status === "pending-approval" && finding.pending)
      return {
        ...finding,
        pending: { ...finding.pending, on_base: before.has(finding.fingerprint) },
      };
    return { ...finding, status: before.has(finding.fingerprint) ? "unchanged" : "new" };
  });
  const now = new Set(compared.map((f) => f.fingerprint));
  const outOfScope = new Set(traced.noLonger.map((f) => f.fingerprint));
  const fixed = baseFindings.filter(
    (f) => !now.has(f.fingerprint) && !outOfScope.has(f.fingerprint),
  );
  return reportOf(head, options, compared, { fixed, changes, noLongerChecked: traced.noLonger });
}

type Data = Record<string, unknown>;

function parseBase(file: string, text: string): YamlSource | undefined {
  try {
    return parseManifestText(file, text);
  } catch {
    // A base that cannot be read proves nothing: as if there were none.
    return undefined;
  }
}

/**
 * For each change that can be undone: evaluate the head with just that change reverted. Gaps that
 * appear are the ones this change makes disappear — pending while it waits for approval, "no
 * longer checked" once a lowered bar is approved.
 */
function traceChanges(
  detected: DetectedChange[],
  changes: ManifestChange[],
  head: YamlSource,
  headData: Data,
  options: CheckOptions,
  claimed: Finding[],
): { pending: Finding[]; noLonger: Finding[] } {
  const seen = new Set(claimed.map((f) => f.fingerprint));
  const pending: Finding[] = [];
  const noLonger: Finding[] = [];
  let traced = 0;
  detected.forEach((d, index) => {
    const change = changes[index] as ManifestChange;
    const lowering = CHANGE_KINDS[d.kind] === "lowering";
    if (!d.revert || change.approval.state === "not-management") return;
    if (!lowering && takesEffect(change)) return;
    if (traced++ >= MAX_TRACED_CHANGES) return;
    const data = structuredClone(headData);
    d.revert(data);
    const { findings } = evaluateFindings(head, data, options, undefined);
    for (const finding of findings) {
      if (seen.has(finding.fingerprint)) continue;
      if (d.neutralised && under(finding.pointer, d.neutralised)) continue;
      seen.add(finding.fingerprint);
      // Gaps of items the PR removed point at where the change is; the rest keep their place.
      const placed =
        change.side === "base" || d.kind === "training-removed"
          ? { ...finding, line: change.line, column: change.column }
          : finding;
      if (takesEffect(change))
        noLonger.push({ ...placed, status: "unchanged", because: change.message });
      else pending.push(pendingOn(placed, changes, index));
    }
  });
  return { pending, noLonger };
}

function pendingOn(finding: Finding, changes: ManifestChange[], index: number): Finding {
  const change = changes[index] as ManifestChange;
  return {
    ...finding,
    status: "pending-approval",
    pending: {
      change: index,
      waiting_for: change.approval.people,
      state: change.approval.state === "unverifiable" ? "unverifiable" : "pending",
      on_base: false,
    },
  };
}

function under(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

function describe(
  d: DetectedChange,
  approval: ManifestChange["approval"],
  head: YamlSource,
  base: YamlSource | undefined,
  language: Language,
): ManifestChange {
  const source = d.side === "base" && base ? base : head;
  const { line, column } = source.positionOf(d.pointer);
  let to = d.to;
  if (d.kind === "author-entry-changed") {
    const evidence = d.evidenceInPullRequest ?? 0;
    to = [
      d.from === "new" ? CHANGE_WORDS.newEntry[language] : "",
      d.to ?? "",
      evidence > 0 ? CHANGE_WORDS.evidenceInPr[language](evidence) : "",
    ]
      .filter(Boolean)
      .join("; ");
  }
  const message = fill(CHANGE_TEXTS[d.kind][language], {
    subject: d.subject,
    from: d.from ?? "—",
    to: to ?? "—",
  });
  return {
    kind: d.kind,
    message,
    subject: d.subject,
    side: d.side,
    pointer: d.pointer,
    line,
    column,
    gated: CHANGE_KINDS[d.kind] !== "notice",
    approval,
  };
}

function packChange(pack: RulePackChange, language: Language): ManifestChange {
  const word = {
    added: CHANGE_WORDS.packAdded,
    removed: CHANGE_WORDS.packRemoved,
    modified: CHANGE_WORDS.packModified,
  }[pack.change][language];
  return {
    kind: "rule-pack-changed",
    message: fill(CHANGE_TEXTS["rule-pack-changed"][language], { subject: pack.path, to: word }),
    subject: pack.path,
    side: "head",
    pointer: "",
    line: 1,
    column: 1,
    gated: false,
    approval: { by: "none", people: [], state: "not-required" },
  };
}
