import type { Language } from "../i18n/language.js";
import { words } from "../i18n/words/words.js";
import { formatProblem, localizedProblem, SourceError } from "../manifest/manifest-error.js";
import { findRulePacks } from "../rules/find-rule-packs.js";
import { loadRuleSet, type RuleSet } from "../rules/rule-set.js";
import { type CliIo, usageError } from "./cli-io.js";

/**
 * Loads our packs plus the user's (--rules); a broken pack is printed with its place, in the
 * user's language, not thrown.
 */
export async function loadRuleSetForCli(
  patterns: readonly string[],
  io: CliIo,
  language: Language,
): Promise<RuleSet | undefined> {
  const { files, unmatched } = await findRulePacks(patterns, io.cwd);
  if (unmatched.length > 0) {
    throw usageError("rules-no-match", {
      patterns: unmatched.map((p) => `"${p}"`).join(", "),
    });
  }
  try {
    return await loadRuleSet(files, { cwd: io.cwd });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const problem = formatProblem(localizedProblem(error, language), language);
    io.stderr(`${words(language).common.rulePackUnreadable}:\n${problem}\n`);
    return undefined;
  }
}
