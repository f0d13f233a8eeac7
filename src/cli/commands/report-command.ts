import path from "node:path";
import { checkManifestFile } from "../../check-manifest.js";
import { FORMAT_NAMES, renderAs } from "../../formats/formats.js";
import { evidenceInRepository } from "../../manifest/evidence-files.js";
import { readBounded } from "../../manifest/load-manifest.js";
import { localizedProblem, SourceError } from "../../manifest/manifest-error.js";
import { parseReport, ReportFileError } from "../../report/parse-report.js";
import type { Report } from "../../report/report.js";
import { type CliIo, EXIT, usageError } from "../cli-io.js";
import { choiceOption, languageOption, parseCommandArgs, todayOption } from "../command-options.js";
import { loadRuleSetForCli } from "../load-rules-for-cli.js";
import { prepareOutputFile, writeOutputFile } from "../output-file.js";

export const REPORT_HELP = `Usage: security-manifest report [FILE] --format html [options]

Writes the management report: one self-contained, printable page (A4) in plain language with
the verdict, the DIN SPEC 27076 status value, the risk heat map, the decisions for management,
acceptances and waivers running out, training per role, the next due dates, the open points by
area and, with --since, what changed since an earlier report.

Arguments:
  FILE                  the manifest (default: security-manifest.yml)

Options:
  --format <format>     ${FORMAT_NAMES.join(" | ")} (default: html; the others as \`check\` writes them)
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --today <date>        evaluate as of this date, YYYY-MM-DD (default: today, UTC)
  --since <report.json> compare with an earlier JSON report (\`check --format json\`)
  -o, --output <file>   write the page to this file, creating missing folders
                        (default: standard output)
  --rules <glob>        add your own rule packs (repeatable), e.g. --rules 'security/rules/*.yml'
  --root <dir>          repository root that evidence paths are relative to
                        (default: the manifest's folder)
  -h, --help            show this help

Exit status: 0 report written (open points do not fail it), 2 usage error, an unusable
--since report, or a manifest that cannot be read (the page then says why).`;

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: "string" },
      lang: { type: "string" },
      today: { type: "string" },
      since: { type: "string" },
      output: { type: "string", short: "o" },
      rules: { type: "string", multiple: true },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    1,
  );
  if (values.help) {
    io.stdout(`${REPORT_HELP}\n`);
    return EXIT.ok;
  }
  const format = choiceOption("--format", values.format ?? "html", FORMAT_NAMES);
  const language = languageOption(values.lang, io.env);
  const today = todayOption(values.today, io.today);
  const file = positionals[0] ?? "security-manifest.yml";
  // Read before the check: a wrong --since is a usage error, and nothing is written.
  const since = values.since === undefined ? undefined : await readSince(values.since, io);
  // Missing folders are made, and a folder or unwritable place refused, before the check runs.
  const target = values.output === undefined ? undefined : prepareOutputFile(io, values.output);

  const ruleSet = await loadRuleSetForCli(values.rules ?? [], io, language);
  if (!ruleSet) return EXIT.usage;
  const root = path.resolve(io.cwd, values.root ?? path.dirname(file));
  const report = await checkManifestFile(path.resolve(io.cwd, file), {
    today,
    language,
    displayName: file,
    ruleSet,
    evidenceExists: evidenceInRepository(root),
  });
  const page = await renderAs(format, report, { language, ruleSet, ...(since ? { since } : {}) });
  if (values.output === undefined || target === undefined) io.stdout(page);
  else writeOutputFile(io, values.output, target, page);
  if (report.errors.length > 0) {
    for (const error of report.errors)
      io.stderr(`${error.file}:${error.line}:${error.column}: ${error.message}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

/** The earlier report, read within the size limit and checked against the report schema. */
async function readSince(file: string, io: CliIo): Promise<Report> {
  try {
    return parseReport(await readBounded(path.resolve(io.cwd, file), "report", file));
  } catch (error) {
    if (error instanceof SourceError)
      throw usageError(
        "since-unreadable",
        { file, problem: error.problem.message },
        { file, problem: localizedProblem(error, "de").message },
      );
    if (error instanceof ReportFileError)
      throw usageError(
        "since-unreadable",
        { file, problem: error.message },
        { file, problem: error.german },
      );
    throw error;
  }
}
