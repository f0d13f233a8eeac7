import type { Language } from "./i18n/language.js";
import { loadManifestFile, parseManifestText } from "./manifest/load-manifest.js";
import { SourceError } from "./manifest/manifest-error.js";
import { validateManifestSchema } from "./manifest/validate-schema.js";
import type { YamlSource } from "./manifest/yaml-source.js";
import { buildReport, type Report } from "./report/report.js";

export interface CheckOptions {
  /** The evaluation date (YYYY-MM-DD): an input, so the same inputs give the same report. */
  today: string;
  language: Language;
  /** How the manifest is named in the report (the path relative to the repository). */
  displayName?: string;
}

/** The engine's entry point for a file: load → validate → report. Never throws for bad input. */
export async function checkManifestFile(file: string, options: CheckOptions): Promise<Report> {
  try {
    return evaluate(await loadManifestFile(file), options);
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
  const findings = validateManifestSchema(source, options.language);
  return buildReport({
    manifest: options.displayName ?? source.file,
    evaluatedAt: options.today,
    profile: profileOf(source.data),
    findings,
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

function profileOf(data: unknown): Record<string, unknown> {
  const organisation = (data as { organisation?: unknown }).organisation;
  return organisation && typeof organisation === "object" && !Array.isArray(organisation)
    ? (organisation as Record<string, unknown>)
    : {};
}
