// Every word the report formats print, in English: one table for the language, so that a phrase
// ("How to fix") exists once and the German table (de.ts) cannot miss a key (it has this type).

export const EN = {
  /** Words more than one format uses. */
  common: {
    title: "Security manifest check",
    openGaps: (n: number) => (n === 1 ? "1 open gap" : `${n} open gaps`),
    noGaps: "No open gaps: the manifest meets every rule that applies.",
    evaluated: "evaluated",
    unreadable: "The manifest could not be read",
    rulePackUnreadable: "A rule pack could not be loaded",
    changes: "This PR changes security decisions",
    noLonger: "No longer checked because of this PR (not fixed)",
    base: "base",
    howToFix: "How to fix",
    appliesBecause: "applies because",
    supersedes: "same cause as",
    upcoming: "Due soon (not gaps yet)",
    waived: "Waived by management (not counted)",
    paysOff: "pays off",
    doesNotPay: "costs more than it saves",
  },
  /** The pull-request comment and the job summary (Markdown). */
  comment: {
    newGaps: (n: number) => (n === 1 ? "1 new gap" : `${n} new gaps`),
    fixed: (n: number) => `${n} fixed`,
    unchanged: (n: number) => `${n} unchanged`,
    newSection: "New gaps",
    unchangedSection: "Gaps already on the base branch",
    openSection: "Gaps",
    fixedSection: "Fixed by this change",
    pendingSection: "Waiting for approval (counted as open)",
    pendingCount: (n: number) => `${n} waiting for approval`,
    moreChanges: (n: number) => `… and ${n} more changes.`,
    forReview: "for review",
    upcomingDue: "due by",
    upcomingMore: (n: number, hint: string) => `… and ${n} more; all are in ${hint}.`,
    heatmap: "Risk heat map (BSI 200-3)",
    impactLikelihood: "Impact ↓ · likelihood →",
    economics: "Expected annual loss vs. cost of measures",
    threat: "Threat",
    loss: "Expected loss / year",
    cost: "Measures / year",
    verdict: "Verdict",
    gap: "Gap",
    where: "Where",
    startHere: "Start here",
    also: "also",
    likewise: "Likewise for the others.",
    personFix: (name: string) =>
      `Book these trainings for ${name} and record each under team → trainings with its date and evidence.`,
    collapsed: (counts: string) => `${counts}: show`,
    line: "line",
    lines: "lines",
    management: "For management",
    truncated: (n: number, hint: string) => `… and ${n} more. The full list is in ${hint}.`,
    defaultHint: "the job summary of this run",
    summaryHint: "the JSON report (output `report`)",
    notAnnotated: (n: number) =>
      `${n} more gaps are not annotated on the manifest lines (GitHub shows ten of each kind per step).`,
    footer: "The full advice for each rule: `security-manifest explain RULE`.",
    moreIds: (n: number) => `+${n} more`,
    moreThreats: (n: number) =>
      `… and ${n} more ${n === 1 ? "threat" : "threats"}, none with a higher expected loss.`,
    countsOnly: (hint: string) =>
      `Number of threats per cell, shortened to fit; the ids are in ${hint}.`,
    riskLeftOut: (hint: string) =>
      `The risk heat map and the expected losses are left out to fit; they are in ${hint}.`,
    cut: (hint: string) => `… shortened to fit. The full report is in ${hint}.`,
  },
  /** The terminal text of the CLI. */
  text: {
    cases: "attacks this leaves room for",
    matrix: "Risk matrix (BSI 200-3): threats by impact and likelihood",
    economics: "Risk economics: expected annual loss vs. yearly cost of the measures",
    loss: "expected loss",
    cost: "measures",
    perYear: "/year",
    noCost: "no measure cost given",
  },
  /** The due-date issue the Action keeps outside pull requests (action/due-date-issue.ts). */
  dueDate: {
    title: (manifest: string) => `Security manifest: due dates (${manifest})`,
    heading: (manifest: string) => `📅 Due dates in ${manifest}`,
    intro:
      "Security Manifest Check keeps this issue up to date on every scheduled run: it lists what is overdue and what falls due soon. Record the training, review or decision in the manifest; the issue updates itself and closes when nothing is due.",
    overdue: (n: number) => `Overdue (${n})`,
    soon: (n: number, days: number) => `Falls due within ${days} days (${n})`,
    due: "Due by",
    what: "What",
    who: "Who acts",
    where: "Manifest",
    line: (n: number) => `line ${n}`,
    nobody: "nobody named",
    more: (n: number) =>
      `… and ${n} more; all are in the job summary and the JSON report of the run.`,
    nothingDue: (days: number) => `Nothing is overdue or falls due within ${days} days.`,
    closing: (days: number) =>
      `Nothing due: nothing in the manifest is overdue or falls due within ${days} days. This issue opens again when something does.`,
    reopening: "Something falls due again.",
    label: "Due dates from the security manifest (Security Manifest Check)",
  },
  /** The organisation portfolio (`security-manifest org`): its Markdown job summary. */
  portfolio: {
    title: (owner: string) => `Security portfolio of ${owner}`,
    evaluated: "evaluated",
    shard: (index: number, count: number) => `shard ${index} of ${count}`,
    overview: (checked: number, withGaps: number, missing: number, unreadable: number) =>
      `${checked} repositories checked, ${withGaps} of them with open gaps; ${missing} without a manifest; ${unreadable} could not be read.`,
    repository: "Repository",
    status: "Status",
    score: "DIN SPEC 27076 score",
    gaps: "Open gaps",
    overdue: "Overdue decisions",
    lastEvaluation: "Last evaluation",
    ok: "✅ no open gaps",
    withGaps: "⚠️ gaps",
    none: "—",
    withoutManifest: (n: number) => `Without a manifest (${n})`,
    unreadable: (n: number) => `Manifest could not be read (${n})`,
    reason: "Reason",
    line: "Line",
    archived: (n: number) =>
      n === 1
        ? "1 archived repository was not checked."
        : `${n} archived repositories were not checked.`,
    more: (n: number) => `… and ${n} more; all are in the JSON portfolio.`,
  },
  /** The organisation portfolio as a printable page for management (`org --format html`). */
  portfolioPage: {
    subtitle:
      "Where each repository stands with its security manifest: open points by severity and the decisions management owes.",
    organisation: "Organisation",
    asOf: "As of",
    manifestPath: "Manifest read",
    part: "Part",
    summaryHeading: "Summary",
    repositories: "Repositories",
    checked: "Checked",
    ok: "Without open points",
    withGaps: "With open points",
    withoutManifest: "Without a manifest",
    unreadable: "Not readable",
    archived: "Archived (not checked)",
    overdue: "Overdue decisions",
    bySeverity: "Open points of all repositories checked, by severity",
    severity: "Severity",
    count: "Count",
    overdueText: (n: number) =>
      n === 1
        ? "1 risk acceptance or waiver has expired: management has to decide again."
        : `${n} risk acceptances or waivers have expired: management has to decide again.`,
    attentionHeading: "Where to start",
    attentionIntro: (n: number) =>
      n === 1
        ? "The only repository with open points or overdue decisions."
        : `The ${n} repositories with the most severe open points and overdue decisions.`,
    attentionNone: "No repository checked has an open point.",
    repositoriesHeading: (n: number) => `Repositories checked (${n})`,
    repositoriesIntro:
      "One row per repository, by name: its DIN SPEC 27076 score, its open points by severity, the decisions that ran out and the date of its last evaluation.",
    repositoriesNone: "No repository had a manifest that could be checked.",
    statusOk: "in order",
    statusGaps: "open points",
    withoutManifestHeading: (n: number) => `Without a manifest (${n})`,
    withoutManifestIntro: (path: string) =>
      `These repositories have no ${path} on their default branch: their security decisions are not written down yet.`,
    unreadableHeading: (n: number) => `Manifest not readable (${n})`,
    unreadableIntro:
      "These repositories have a manifest that could not be checked; the reason says what to fix.",
    archivedHeading: (n: number) => `Archived (${n})`,
    archivedIntro: "Archived repositories are read-only and were not checked.",
    footer: (tool: string) =>
      `Created by ${tool} from the security manifests of the organisation's repositories. Every detail is in the JSON portfolio (security-manifest org --format json).`,
  },
};

/** The shape every language's table has. */
export type Words = typeof EN;
