// What a caller of the Markdown renderer may set, and the severity icons every section uses.
import type { Language } from "../../i18n/language.js";
import type { Case } from "../../rules/rule-set.js";
import type { Severity } from "../../vocabulary/finding.js";
import type { LinkBuilder } from "../renderer.js";

export interface MarkdownOptions {
  language: Language;
  cases?: ReadonlyMap<string, Case>;
  /** Where manifest lines can be read (head commit, and the base for what a pull request removed). */
  links?: LinkBuilder;
  /** Hidden marker that identifies the sticky comment (comments only). */
  marker?: string;
  /** Largest body to produce; sections are shortened to fit, with a pointer to the full report. */
  limit?: number;
  /** Where the full list is when the body had to be shortened. */
  fullReportHint?: string;
}

export const SEVERITY_ICONS: Record<Severity, string> = {
  critical: "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🔵",
};
