import path from "node:path";
import { checkManifestFile } from "../../check-manifest.js";
import { FAIL_ON_VALUES, parseFailOn, shouldFail } from "../../report/fail-on.js";
import { renderJson } from "../../report/render-json.js";
import { renderText } from "../../report/render-text.js";
import { type CliIo, EXIT, UsageError } from "../cli-io.js";
import { languageOption, parseCommandArgs, todayOption } from "../command-options.js";

export const CHECK_HELP = `Usage: security-manifest check [FILE] [options]

Checks a security manifest and prints its gap list.

Arguments:
  FILE                  the manifest (default: security-manifest.yml)

Options:
  --format <format>     text | json (default: text)
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --today <date>        evaluate as of this date, YYYY-MM-DD (default: today, UTC)
  --fail-on <level>     low | medium | high | critical | never | new (default: high)
  -h, --help            show this help

Exit status: 0 no gaps at or above --fail-on, 1 gaps at or above it,
2 usage error or a manifest that cannot be read.`;

const FORMATS = ["text", "json"] as const;

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: "string" },
      lang: { type: "string" },
      today: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    1,
  );
  if (values.help) {
    io.stdout(`${CHECK_HELP}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  }
  const failOn = parseFailOn(values["fail-on"] ?? "high");
  if (!failOn)
    throw new UsageError(
      `--fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${values["fail-on"]}"`,
    );
  const language = languageOption(values.lang, io.env);
  const today = todayOption(values.today, io.today);
  const file = positionals[0] ?? "security-manifest.yml";

  const report = await checkManifestFile(path.resolve(io.cwd, file), {
    today,
    language,
    displayName: file,
  });

  if (format === "json") {
    io.stdout(renderJson(report));
  } else {
    const color = io.isTty && !io.env.NO_COLOR;
    const text = renderText(report, { language, color });
    if (report.errors.length > 0) io.stderr(text);
    else io.stdout(text);
  }
  if (report.errors.length > 0) return EXIT.usage;
  return shouldFail(report, failOn) ? EXIT.gaps : EXIT.ok;
}
