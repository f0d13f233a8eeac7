import type { Language } from "../i18n/language.js";
import type { Report } from "../report/report.js";
import type { RuleSet } from "../rules/rule-set.js";

/**
 * Where a manifest line can be read on GitHub. `head` is the commit judged; `base` is the target
 * branch of a pull request (for what the pull request removed). Absent: lines are plain numbers.
 */
export interface LinkBuilder {
  manifestLine(line: number, side?: "head" | "base"): string | undefined;
}

/** Everything a renderer may use besides the report; renderers read nothing else (no env, no files). */
export interface RenderContext {
  language: Language;
  /** Rule metadata and the worst-practice cases, to name rules and cases by title. */
  ruleSet: RuleSet;
  /** Largest body to produce in UTF-8 bytes (comment, job summary); sections shrink to fit. */
  sizeLimit?: number;
  links?: LinkBuilder;
  /** ANSI colours (text on a terminal only). */
  color?: boolean;
  /** Hidden marker that identifies our sticky comment (comment only). */
  marker?: string;
  /** Where the full list is when a body had to be shortened. */
  fullReportHint?: string;
  /** A previous report, to show what changed since then (management report). */
  since?: Report;
}

/**
 * One output format's single signature: a pure function of the report and the context (like an
 * ESLint formatter). What the format is called and offers sits beside it in the list of formats
 * (src/formats/formats.ts), so that listing the formats loads none of them.
 */
export interface Renderer {
  render(report: Report, context: RenderContext): string;
}
