import path from "node:path";
import type { Language } from "./i18n/language.js";
import { evidenceInRepository } from "./manifest/evidence-files.js";
import { loadManifestFile, parseManifestText } from "./manifest/load-manifest.js";
import { SourceError } from "./manifest/manifest-error.js";
import { validateManifestSchema } from "./manifest/validate-schema.js";
import type { YamlSource } from "./manifest/yaml-source.js";
import { buildReport, type Report } from "./report/report.js";
import { riskOverview } from "./report/risk-overview.js";
import { applyWaivers } from "./rules/apply-waivers.js";
import { evaluateRules } from "./rules/evaluate-rules.js";
import type { PullRequestFacts } from "./rules/evaluation-context.js";
import { profileFacts } from "./rules/profile.js";
import type { RuleSet } from "./rules/rule-set.js";

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

export function checkManifestText(file: string, text: string, options: CheckOptions): Report {
  try {
    return evaluate(parseManifestText(file, text), options);
  } catch (error) {
    return unreadable(error, file, options);
  }
}

function evaluate(source: YamlSource, options: CheckOptions): Report {
  const manifest = source.data as Record<string, unknown>;
  const profile = profileFacts(manifest, options.pullRequest);
  const context = {
    today: options.today,
    manifest,
    profile,
    evidenceExists: options.evidenceExists ?? (() => false),
    pullRequest: options.pullRequest,
    ruleIds: new Set(options.ruleSet.rules.map((rule) => rule.id)),
  };
  const findings = [
    ...validateManifestSchema(source, options.language),
    ...evaluateRules(options.ruleSet, context, source, options.language),
  ];
  return buildReport({
    manifest: options.displayName ?? source.file,
    evaluatedAt: options.today,
    profile: profileOf(manifest),
    findings: applyWaivers(findings, manifest, options.today, context.ruleIds),
    risk: riskOverview(manifest),
  });
}

function unreadable(error: unknown, file: string, options: CheckOptions): Report {
  if (!(error instanceof SourceError)) throw error;
  return buildReport({
    manifest: options.displayName ?? file,
    evaluatedAt: options.today,
    profile: {},
    findings: [],
    // Name the file as the user named it, not by its absolute path.
    errors: [{ ...error.problem, file: options.displayName ?? error.problem.file }],
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
