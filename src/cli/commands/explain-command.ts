import { didYouMean } from "../../manifest/did-you-mean.js";
import { renderExplanation } from "../../report/render-explanation.js";
import { allRuleIds, findRule } from "../../rules/rule-catalogue.js";
import { type CliIo, EXIT, usageError } from "../cli-io.js";
import { languageOption, parseCommandArgs } from "../command-options.js";
import { loadRuleSetForCli } from "../load-rules-for-cli.js";

export const EXPLAIN_HELP = `Usage: security-manifest explain RULE [options]

Explains a rule: what it checks and why, how to fix a gap, when it applies,
its references and the worst-practice cases it guards against.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also load your own rule packs (repeatable)
  -h, --help            show this help`;

export async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      lang: { type: "string" },
      rules: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
    1,
  );
  if (values.help) {
    io.stdout(`${EXPLAIN_HELP}\n`);
    return EXIT.ok;
  }
  const id = positionals[0];
  if (!id) throw usageError("explain-no-rule");
  const language = languageOption(values.lang, io.env);
  const ruleSet = await loadRuleSetForCli(values.rules ?? [], io, language);
  if (!ruleSet) return EXIT.usage;
  const entry = findRule(ruleSet, id, language);
  if (!entry) {
    const guess = didYouMean(id.toUpperCase(), allRuleIds(ruleSet));
    throw usageError("explain-unknown-rule", { id, guess: guess ?? "" });
  }
  io.stdout(renderExplanation(entry, ruleSet, language));
  return EXIT.ok;
}
