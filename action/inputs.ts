import * as core from "@actions/core";
import { isLanguage, type Language } from "../src/i18n/language.js";
import { isIsoDate, todayUtc } from "../src/manifest/iso-date.js";
import { isGitHubLogin } from "../src/org/github-login.js";
import type { PortfolioShard } from "../src/org/portfolio.js";
import { parseShard } from "../src/org/shard.js";
import { DECISION_MODES, type DecisionMode } from "../src/pull-request/approval.js";
import { FAIL_ON_VALUES, type FailOn, parseFailOn } from "../src/report/fail-on.js";

export type CommentMode = "always" | "on-gaps" | "never";
/** Due-date notices on schedule and workflow_dispatch runs: one issue per manifest, or none. */
export type NotifyMode = "issue" | "never";

/** The Action's inputs (names binding: docs/product.md "Action interface"), validated. */
export interface ActionInputs {
  manifest: string;
  token: string;
  failOn: FailOn;
  comment: CommentMode;
  language: Language;
  rules: string[];
  today: string;
  sarif?: string;
  /** Publish mode of the fork-safe pair: the other run's report, read only for the PR number. */
  reportFile?: string;
  /** Whether decisions a PR adds wait for their decider's approval on GitHub. */
  decisions: DecisionMode;
  notify: NotifyMode;
  /** Portfolio mode: the organisation or user whose repositories are checked (no PR, no issue). */
  portfolio?: string;
  /** Portfolio mode: this job's share of the repositories, as the CLI's `--shard K/N`. */
  shard?: PortfolioShard;
}

/** A wrong input is the user's to fix: it fails the step with a message naming the input. */
export class InputError extends Error {
  override name = "InputError";
}

export function readInputs(now: Date = new Date()): ActionInputs {
  const token = core.getInput("token");
  // Masked before anything could print it.
  if (token) core.setSecret(token);
  const failOnText = core.getInput("fail-on") || "high";
  const failOn = parseFailOn(failOnText);
  if (!failOn)
    throw new InputError(
      `input fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${failOnText}"`,
    );
  const comment = core.getInput("comment") || "always";
  if (!["always", "on-gaps", "never"].includes(comment)) {
    throw new InputError(`input comment must be always, on-gaps or never, not "${comment}"`);
  }
  const language = core.getInput("language") || "en";
  if (!isLanguage(language))
    throw new InputError(`input language must be en or de, not "${language}"`);
  const decisions = core.getInput("decisions") || "require-approval";
  if (!(DECISION_MODES as readonly string[]).includes(decisions))
    throw new InputError(
      `input decisions must be one of ${DECISION_MODES.join(", ")}, not "${decisions}"`,
    );
  const notify = core.getInput("notify") || "issue";
  if (notify !== "issue" && notify !== "never")
    throw new InputError(`input notify must be issue or never, not "${notify}"`);
  const today = core.getInput("today") || todayUtc(now);
  if (!isIsoDate(today))
    throw new InputError(`input today must be a date like 2026-11-26, not "${today}"`);
  const manifest = core.getInput("manifest") || "security-manifest.yml";
  return {
    manifest,
    token,
    failOn,
    comment: comment as CommentMode,
    language,
    // One glob per line: commas belong to brace globs such as {a,b}.yml.
    rules: core
      .getMultilineInput("rules")
      .map((line) => line.trim())
      .filter(Boolean),
    today,
    sarif: core.getInput("sarif") || undefined,
    reportFile: core.getInput("report-file") || undefined,
    decisions: decisions as DecisionMode,
    notify,
    ...readPortfolioInputs(manifest, core.getInput("report-file")),
  };
}

/** `portfolio` and `shard`; `shard` only with `portfolio`, which excludes publish mode. */
function readPortfolioInputs(
  manifest: string,
  reportFile: string,
): { portfolio?: string; shard?: PortfolioShard } {
  const portfolio = core.getInput("portfolio");
  const shardText = core.getInput("shard");
  if (!portfolio) {
    if (shardText) throw new InputError("input shard needs input portfolio (the organisation)");
    return {};
  }
  if (!isGitHubLogin(portfolio))
    throw new InputError(
      `input portfolio must be the login of an organisation or user, not "${portfolio}"`,
    );
  if (reportFile) throw new InputError("inputs portfolio and report-file cannot be used together");
  // Read at each repository's default branch through the API: a path in the repository.
  if (manifest.startsWith("/") || manifest.split(/[\\/]/).includes(".."))
    throw new InputError(
      `input manifest must be a path inside each repository in portfolio mode, not "${manifest}"`,
    );
  if (!shardText) return { portfolio };
  const shard = parseShard(shardText);
  if (!shard)
    throw new InputError(`input shard must be K/N with 1 ≤ K ≤ N ≤ 1000, not "${shardText}"`);
  return { portfolio, shard };
}
