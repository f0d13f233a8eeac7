import { isLanguage, type Language } from "../i18n/language.js";
import { didYouMean } from "../manifest/did-you-mean.js";
import { TOOL } from "../report/report.js";
import { type CliIo, EXIT, UsageError, usageError } from "./cli-io.js";

export const MAIN_HELP = `Usage: security-manifest <command> [options]

Security-by-design checks for SME development pipelines.

Commands:
  init [FILE]     write a commented starting manifest tailored to your company
  check [FILE]    check a security manifest and print its gap list
  import FORMAT FILE  take over what Security Insights, Threagile, OTM or Threat Dragon records
  report [FILE]   write the management report: one printable HTML page (--format html)
  org OWNER       check the manifest of every repository of an organisation (portfolio)
  explain RULE    explain a rule: what, why, how to fix, references, cases
  docs            print the rule reference (Markdown) generated from the packs
  schema          print the JSON Schema of the manifest format

Run \`security-manifest <command> --help\` for a command's options.
Options: -h, --help  show this help · -v, --version  show the version`;

type Command = (args: string[], io: CliIo) => number | Promise<number>;

// Each command loads when it runs: a check does not load the prompts of init, the importers or
// the GitHub client of org (cold start).
const COMMANDS: Record<string, Command> = {
  check: async (args, io) => (await import("./commands/check-command.js")).checkCommand(args, io),
  explain: async (args, io) =>
    (await import("./commands/explain-command.js")).explainCommand(args, io),
  docs: async (args, io) => (await import("./commands/docs-command.js")).docsCommand(args, io),
  init: async (args, io) => (await import("./commands/init-command.js")).initCommand(args, io),
  import: async (args, io) =>
    (await import("./commands/import-command.js")).importCommand(args, io),
  report: async (args, io) =>
    (await import("./commands/report-command.js")).reportCommand(args, io),
  org: async (args, io) => (await import("./commands/org-command.js")).orgCommand(args, io),
  schema: async (args, io) =>
    (await import("./commands/schema-command.js")).schemaCommand(args, io),
};

/** Runs one CLI invocation and returns its exit status; never throws for bad input. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.stdout(`${MAIN_HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(`${TOOL.version}\n`);
    return EXIT.ok;
  }
  // Own keys only: `constructor`, `toString` or `__proto__` are no commands of ours.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) {
      const guess = didYouMean(name, Object.keys(COMMANDS));
      throw usageError("unknown-command", { name, guess: guess ?? "" });
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const language = chosenLanguage(rest, io.env);
      const help = `\`security-manifest ${command ? `${name} ` : ""}--help\``;
      io.stderr(
        `security-manifest: ${error.text(language)}\n${language === "de" ? `Aufruf und Optionen: ${help}.` : `Run ${help} for usage.`}\n`,
      );
      return EXIT.usage;
    }
    throw error;
  }
}

/** The language the user asked for, as far as it can be told from arguments that failed to parse. */
function chosenLanguage(
  args: string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const at = args.indexOf("--lang");
  const given =
    at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith("--lang="))?.slice("--lang=".length);
  const chosen = given ?? env.SECURITY_MANIFEST_LANG;
  return chosen !== undefined && isLanguage(chosen) ? chosen : "en";
}
