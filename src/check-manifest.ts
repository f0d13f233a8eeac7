import path from "node:path";
import type { Language } from "./i18n/language.js";
import { evidenceInRepository } from "./manifest/evidence-files.js";
import { loadManifestFile, parseManifestText } from "./manifest/load-manifest.js";
import { localizedProblem, SourceError } from "./manifest/manifest-error.js";
import { validateManifestSchema } from "./manifest/validate-schema.js";
import type { YamlSource } from "./manifest/yaml-source.js";
import { dinSpecStatus } from "./report/din-spec-status.js";
import { buildReport, type Report, type ReportInput } from "./report/report.js";
import { riskOverview } from "./report/risk-overview.js";
import { standingDecisions } from "./report/standing-decisions.js";
import { trainingCoverage } from "./report/training-coverage.js";
import { applyWaivers } from "./rules/apply-waivers.js";
import { type Authority, authorityOf } from "./rules/authority.js";
import { evaluateRules } from "./rules/evaluate-rules.js";
import type { EvaluationContext, PullRequestFacts } from "./rules/evaluation-context.js";
import { profileFacts } from "./rules/profile.js";
import type { RuleSet } from "./rules/rule-set.js";
import { upcomingDuties } from "./rules/upcoming.js";
import type { Finding } from "./vocabulary/finding.js";

export interface CheckOptions {
  /** The evaluation date (YYYY-MM-DD): an input, so the same inputs give the same report. */
  today: string;
  language: Language;
  ruleSet: RuleSet;
  /** How the manifest is named in the report (the path relative to the repository). */
  displayName?: string;
  /** The pull request being checked: enables the pull-request pack (author's training, changed components). */
  pullRequest?: PullRequestFacts;
  /** Whether an evidence path exists; by default, relative to the manifest's folder. */
  evidenceExists?: (relativePath: string) => boolean;
}

/** The engine's entry point for a file: load → validate → evaluate → waive → report. Never throws for bad input. */
export async function checkManifestFile(file: string, options: CheckOptions): Promise<Report> {
  try {
    const source = await loadManifestFile(file);
    return evaluate(source, {
      evidenceExists: evidenceInRepository(path.dirname(file)),
      ...options,
    });
  } catch (error) {
    return unreadable(error, file, options);
  }
}

/** For a manifest already loaded: the Action's due-date issue needs its lines too, parsed once. */
export function checkManifestSource(source: YamlSource, options: CheckOptions): Report {
  try {
    return evaluate(source, options);
  } catch (error) {
    return unreadable(error, source.file, options);
  }
}

export function checkManifestText(file: string, text: string, options: CheckOptions): Report {
  try {
    return evaluate(parseManifestText(file, text), options);
  } catch (error) {
    return unreadable(error, file, options);
  }
}

function evaluate(source: YamlSource, options: CheckOptions): Report {
  const { findings, context } = evaluateFindings(source, source.data as Data, options);
  return reportOf(source, options, applyWaivers(findings, context));
}

type Data = Record<string, unknown>;

/**
 * The findings of every rule for `data` (the manifest's data, or a copy a pull-request check
 * changed), with positions from `source`, before waivers; and the context they were found in.
 */
export function evaluateFindings(
  source: YamlSource,
  data: Data,
  options: CheckOptions,
  authority?: Authority,
): { findings: Finding[]; context: EvaluationContext } {
  const profile = profileFacts(data, options.pullRequest, options.today);
  const context: EvaluationContext = {
    today: options.today,
    manifest: data,
    profile,
    evidenceExists: options.evidenceExists ?? (() => false),
    pullRequest: options.pullRequest,
    ruleIds: new Set(options.ruleSet.rules.map((rule) => rule.id)),
    authority: authority ?? authorityOf(data, options.today),
  };
  const findings = [
    ...validateManifestSchema(source, options.language),
    ...evaluateRules(options.ruleSet, context, source, options.language),
  ];
  return { findings, context };
}

/** The report of a manifest's findings (waivers applied). */
export function reportOf(
  source: YamlSource,
  options: CheckOptions,
  findings: Finding[],
  extra: Pick<ReportInput, "fixed" | "changes" | "noLongerChecked"> = {},
): Report {
  const manifest = source.data as Data;
  return buildReport({
    manifest: options.displayName ?? source.file,
    evaluatedAt: options.today,
    profile: profileOf(manifest),
    findings,
    risk: riskOverview(manifest),
    upcoming: upcomingDuties(
      manifest,
      profileFacts(manifest, options.pullRequest),
      options.ruleSet,
      options.today,
      options.language,
    ),
    trainingCoverage: trainingCoverage(manifest, findings, options.today),
    standingDecisions: standingDecisions(manifest),
    ...dinSpecOf(manifest, options, findings),
    ...extra,
  });
}

/** The DIN SPEC 27076 status of the findings, when the rule set carries the catalogue. */
function dinSpecOf(
  manifest: Data,
  options: CheckOptions,
  findings: readonly Finding[],
): Pick<ReportInput, "dinSpec27076"> {
  const catalogue = options.ruleSet.dinSpec27076;
  if (!catalogue) return {};
  const profile = profileFacts(manifest, options.pullRequest);
  return { dinSpec27076: dinSpecStatus(catalogue, options.ruleSet.rules, profile, findings) };
}

export function unreadable(error: unknown, file: string, options: CheckOptions): Report {
  if (!(error instanceof SourceError)) throw error;
  return buildReport({
    manifest: options.displayName ?? file,
    evaluatedAt: options.today,
    profile: {},
    findings: [],
    // Name the file as the user named it, not by its absolute path.
    errors: [
      {
        ...localizedProblem(error, options.language),
        file: options.displayName ?? error.problem.file,
      },
    ],
  });
}

/** The profile as the report shows it: the organisation's known fields only, never arbitrary data. */
const PROFILE_FIELDS = [
  "name",
  "size",
  "staff_count",
  "sector",
  "digitalisation_level",
  "topics",
  "protection_needs",
  "regulation",
];

function profileOf(data: Record<string, unknown>): Record<string, unknown> {
  const organisation = data.organisation;
  if (!organisation || typeof organisation !== "object" || Array.isArray(organisation)) return {};
  return Object.fromEntries(
    PROFILE_FIELDS.filter((field) => Object.hasOwn(organisation, field)).map((field) => [
      field,
      (organisation as Record<string, unknown>)[field],
    ]),
  );
}
