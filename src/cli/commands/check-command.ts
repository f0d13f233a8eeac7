import path from "node:path";
import { type CheckOptions, checkManifestFile, unreadable } from "../../check-manifest.js";
import { checkPullRequest } from "../../check-pull-request.js";
import { FORMAT_NAMES, formatHelp, renderAs } from "../../formats/formats.js";
import { SUMMARY_LIMIT } from "../../formats/markdown/limits.js";
import { evidenceInRepository } from "../../manifest/evidence-files.js";
import { readBounded } from "../../manifest/load-manifest.js";
import { localizedProblem, SourceError } from "../../manifest/manifest-error.js";
import { DECISION_MODES, type DecisionMode } from "../../pull-request/approval.js";
import { FAIL_ON_VALUES, parseFailOn, shouldFail } from "../../report/fail-on.js";
import { filterReport, type ReportFilter } from "../../report/filter-report.js";
import type { Report } from "../../report/report.js";
import { AREAS, SEVERITIES } from "../../vocabulary/finding.js";
import { type CliIo, EXIT, usageError } from "../cli-io.js";
import { choiceOption, languageOption, parseCommandArgs, todayOption } from "../command-options.js";
import { loadRuleSetForCli } from "../load-rules-for-cli.js";

export const CHECK_HELP = `Usage: security-manifest check [FILE] [options]

Checks a security manifest and prints its gap list.

Arguments:
  FILE                  the manifest (default: security-manifest.yml)

Options:
  --format <format>     ${FORMAT_NAMES.join(" | ")} (default: text), see Formats
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --today <date>        evaluate as of this date, YYYY-MM-DD (default: today, UTC)
  --fail-on <level>     low | medium | high | critical | never | new (default: high)
  --min-severity <lvl>  show and count only gaps of this severity and above:
                        low | medium | high | critical (the exit status follows)
  --area <area>         show and count only gaps of this area (repeatable or comma-separated):
                        schema | threat-modelling | reviews | training | governance | risk |
                        pull-request
  -q, --quiet           text format: print the summary line only
  --rules <glob>        add your own rule packs (repeatable), e.g. --rules 'security/rules/*.yml'
  --root <dir>          repository root that evidence paths are relative to
                        (default: the manifest's folder)
  --pr-author <login>   check as for a pull request by this GitHub login
  --changed-file <path> check as for a pull request changing this file (repeatable)
  --base <file>         check as a pull request against this base version of the manifest:
                        the base decides who is management, decisions the change adds wait
                        for approval, and the changes of decisions and bars are listed
  --approved-by <login> with --base: this login approved the pull request (repeatable)
  --decisions <mode>    with --base: require-approval | report-only (default: require-approval)
  -h, --help            show this help

Formats:
${formatHelp("en")}

Exit status: 0 no gaps at or above --fail-on, 1 gaps at or above it,
2 usage error or a manifest that cannot be read.`;

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: "string" },
      lang: { type: "string" },
      today: { type: "string" },
      "fail-on": { type: "string" },
      "min-severity": { type: "string" },
      area: { type: "string", multiple: true },
      quiet: { type: "boolean", short: "q" },
      rules: { type: "string", multiple: true },
      root: { type: "string" },
      "pr-author": { type: "string" },
      "changed-file": { type: "string", multiple: true },
      base: { type: "string" },
      "approved-by": { type: "string", multiple: true },
      decisions: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    1,
  );
  if (values.help) {
    io.stdout(`${CHECK_HELP}\n`);
    return EXIT.ok;
  }
  const format = choiceOption("--format", values.format ?? "text", FORMAT_NAMES);
  // Every value of the list parses; the fallback only satisfies the type.
  const failOn =
    parseFailOn(choiceOption("--fail-on", values["fail-on"] ?? "high", FAIL_ON_VALUES)) ?? "high";
  const language = languageOption(values.lang, io.env);
  const today = todayOption(values.today, io.today);
  const file = positionals[0] ?? "security-manifest.yml";
  const filter = reportFilter(values["min-severity"], values.area);
  if (values.quiet && format !== "text") throw usageError("quiet-format", { format });

  const ruleSet = await loadRuleSetForCli(values.rules ?? [], io, language);
  if (!ruleSet) return EXIT.usage;
  const decisions = choiceOption(
    "--decisions",
    values.decisions ?? "require-approval",
    DECISION_MODES,
  );
  const root = path.resolve(io.cwd, values.root ?? path.dirname(file));
  const inRepository = path.relative(root, path.resolve(io.cwd, file)).split(path.sep).join("/");
  const options = {
    today,
    language,
    displayName: file,
    ruleSet,
    evidenceExists: evidenceInRepository(root),
  };
  const checked =
    values.base === undefined
      ? await checkManifestFile(path.resolve(io.cwd, file), {
          ...options,
          pullRequest: pullRequestFacts(values["pr-author"], values["changed-file"], inRepository),
        })
      : await checkAgainstBase(
          file,
          values.base,
          io,
          {
            ...options,
            pullRequest: {
              ...(pullRequestFacts(values["pr-author"], values["changed-file"], inRepository) ?? {
                changedFiles: [],
              }),
              approvedBy: values["approved-by"] ?? [],
            },
          },
          decisions as DecisionMode,
        );
  const report = filterReport(checked, filter);

  const output = await renderAs(format, report, {
    language,
    ruleSet,
    color: format === "text" && io.isTty && !io.env.NO_COLOR,
    ...(format === "markdown" ? { sizeLimit: SUMMARY_LIMIT } : {}),
  });
  // A text report of an unreadable manifest is an error message; every other format is data.
  if (format === "text" && report.errors.length > 0) io.stderr(output);
  // The summary line is the first line of the text report, whatever follows it.
  else io.stdout(values.quiet ? `${output.split("\n", 1)[0]}\n` : output);
  if (report.errors.length > 0) return EXIT.usage;
  return shouldFail(report, failOn) ? EXIT.gaps : EXIT.ok;
}

/** `--min-severity` and `--area`, validated (with the closest value for a typo). */
function reportFilter(minSeverity: string | undefined, areas: string[] | undefined): ReportFilter {
  return {
    ...(minSeverity === undefined
      ? {}
      : { minSeverity: choiceOption("--min-severity", minSeverity, SEVERITIES) }),
    ...(areas === undefined
      ? {}
      : {
          areas: areas
            .flatMap((list) => list.split(","))
            .map((area) => choiceOption("--area", area.trim(), AREAS)),
        }),
  };
}

/** The pull-request pack runs when the user describes a pull request (as the Action does on GitHub). */
function pullRequestFacts(
  author: string | undefined,
  changedFiles: string[] | undefined,
  manifestInRepository: string,
) {
  if (author === undefined && changedFiles === undefined) return undefined;
  // The manifest is the check's own file: no component needs to cover it (PR-007).
  return { author, changedFiles: changedFiles ?? [], checkFiles: [manifestInRepository] };
}

/** A local dry run of the Action's pull-request mode: the head file judged against a base file. */
async function checkAgainstBase(
  file: string,
  baseFile: string,
  io: CliIo,
  options: CheckOptions,
  decisions: DecisionMode,
): Promise<Report> {
  const head = await readManifestText(path.resolve(io.cwd, file));
  if (typeof head !== "string") return unreadable(head, file, options);
  const base = await readManifestText(path.resolve(io.cwd, baseFile));
  if (typeof base !== "string")
    throw usageError(
      "base-unreadable",
      { file: baseFile, problem: base.problem.message },
      { file: baseFile, problem: localizedProblem(base, "de").message },
    );
  return checkPullRequest({
    head: { file, text: head },
    base: { kind: "found", text: base },
    options,
    decisions,
  });
}

async function readManifestText(file: string): Promise<string | SourceError> {
  try {
    return await readBounded(file, "manifest");
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
}
