import { renderRuleDocs } from "../../report/render-rule-docs.js";
import { type CliIo, EXIT } from "../cli-io.js";
import { languageOption, parseCommandArgs } from "../command-options.js";
import { loadRuleSetForCli } from "../load-rules-for-cli.js";

export const DOCS_HELP = `Usage: security-manifest docs [options]

Prints the rule reference in Markdown, generated from the rule packs
(ours, plus your own with --rules), with the worst-practice catalogue.

Options:
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --rules <glob>        also document your own rule packs (repeatable)
  -h, --help            show this help`;

export async function docsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    args,
    {
      lang: { type: "string" },
      rules: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
    0,
  );
  if (values.help) {
    io.stdout(`${DOCS_HELP}\n`);
    return EXIT.ok;
  }
  const language = languageOption(values.lang, io.env);
  const ruleSet = await loadRuleSetForCli(values.rules ?? [], io, language);
  if (!ruleSet) return EXIT.usage;
  io.stdout(renderRuleDocs(ruleSet, language));
  return EXIT.ok;
}
