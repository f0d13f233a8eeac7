import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkManifestFile } from "../../check-manifest.js";
import { INIT_WIZARD_WORDS } from "../../i18n/init-wizard-labels.js";
import type { Language } from "../../i18n/language.js";
import { evidenceInRepository } from "../../manifest/evidence-files.js";
import {
  defaultAnswers,
  type InitAnswers,
  isOneLine,
  NIS2,
  SECTORS,
  SIZES,
  sizeForStaff,
  TOPICS,
} from "../../manifest/init-profile.js";
import {
  initFiles,
  PHASES,
  PROTECTION_LEVELS,
  type TemplateProfile,
} from "../../manifest/manifest-template.js";
import { localSchemaReference, MANIFEST_SCHEMA_URL } from "../../manifest/schema-location.js";
import { type CliIo, EXIT, usageError } from "../cli-io.js";
import {
  choiceOption as choice,
  languageOption,
  parseCommandArgs,
  todayOption,
} from "../command-options.js";
import { firstStepsText } from "../first-steps.js";
import { askProfile } from "../init-wizard.js";
import { loadRuleSetForCli } from "../load-rules-for-cli.js";

export const INIT_HELP = `Usage: security-manifest init [FILE] [options]

Writes a commented starting manifest tailored to the company profile, valid as it is,
with short templates for the files it refers to (incident-response plan, minutes of the
kick-off briefing), creating missing folders. Then it checks the manifest and prints
the first three things to do. On a terminal it asks the questions below, with the
flags' values (or the defaults) preselected; elsewhere, or with --yes, it asks nothing.

Arguments:
  FILE                    where to write it (default: security-manifest.yml)

Options:
  --project <name>        project name (default: the folder's name)
  --organisation <name>   company name (default: "Our company", German "Unser Unternehmen")
  --phase <phase>         planning | development | production (default: development)
  --staff <number>        head count; sets --size unless that is given
  --size <size>           micro | small | medium | large (default: small)
  --sector <sector>       manufacturing | crafts | retail | health | finance | logistics |
                          energy | public | it-services | other (default: other)
  --topics <list>         comma-separated: personal-data, payments, ot-iot, cloud,
                          remote-access, e-commerce, ai, outsourcing, or none
                          (default: personal-data)
  --confidentiality <n>   protection need: normal | high | very-high (default: normal)
  --integrity <n>         protection need: normal | high | very-high (default: normal)
  --availability <n>      protection need: normal | high | very-high (default: normal)
  --nis2 <status>         none | important | essential (default: none)
  --cra                   the product falls under the Cyber Resilience Act
  --lead <name>           project lead (default: "Project Lead", German "Projektleitung")
  --sponsor <name>        member of management who owns security (default: "Managing Director",
                          German "Geschäftsführung")
  --sponsor-role <role>   the sponsor's position (default: "Managing director")
  --no-briefing           do not record a kick-off briefing of management today
  --lang <language>       en | de: questions, comments and templates (default: en, or
                          $SECURITY_MANIFEST_LANG)
  --today <date>          the project's start and the dates in the template (default: today, UTC)
  --schema <where>        url: the editor loads the schema of the v1 release (default);
                          local: a relative path to this installation's schema (offline)
  --yes                   ask nothing, even on a terminal
  --stdout                print the manifest only (no templates, no check) instead of writing
  --force                 overwrite an existing manifest (existing templates are kept)
  -h, --help              show this help

Exit status: 0 written, 2 usage error or the file exists, 130 cancelled (nothing written).`;

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      project: { type: "string" },
      organisation: { type: "string" },
      phase: { type: "string" },
      staff: { type: "string" },
      size: { type: "string" },
      sector: { type: "string" },
      topics: { type: "string" },
      confidentiality: { type: "string" },
      integrity: { type: "string" },
      availability: { type: "string" },
      nis2: { type: "string" },
      cra: { type: "boolean" },
      lead: { type: "string" },
      sponsor: { type: "string" },
      "sponsor-role": { type: "string" },
      "no-briefing": { type: "boolean" },
      lang: { type: "string" },
      today: { type: "string" },
      schema: { type: "string" },
      yes: { type: "boolean", short: "y" },
      stdout: { type: "boolean" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    1,
  );
  if (values.help) {
    io.stdout(`${INIT_HELP}\n`);
    return EXIT.ok;
  }
  const file = positionals[0] ?? "security-manifest.yml";
  const target = path.resolve(io.cwd, file);
  const language = languageOption(values.lang, io.env);
  const today = todayOption(values.today, io.today);
  const schema = choice("--schema", values.schema ?? "url", ["url", "local"]);
  const flagged = answersFromFlags(values, path.basename(io.cwd), language);
  // Before any question: an existing manifest stops here, not after the tenth answer.
  if (!values.stdout && existsSync(target) && !values.force) {
    throw usageError("init-exists", { file });
  }
  const answers =
    io.prompts && !values.yes && !values.stdout
      ? await askProfile(await io.prompts(language), flagged, language)
      : flagged;
  if (!answers) return EXIT.cancelled;
  const profile: TemplateProfile = {
    ...answers,
    language,
    today,
    schema: schema === "local" ? localSchemaReference(target) : MANIFEST_SCHEMA_URL,
  };
  const { manifest, companions } = initFiles(profile);
  if (values.stdout) {
    io.stdout(manifest);
    return EXIT.ok;
  }
  return writeAndCheck(file, target, manifest, companions, language, today, io);
}

/** Writes the manifest and the templates it refers to (keeping files that exist), then checks it. */
async function writeAndCheck(
  file: string,
  target: string,
  manifest: string,
  companions: { path: string; text: string }[],
  language: Language,
  today: string,
  io: CliIo,
): Promise<number> {
  const w = INIT_WIZARD_WORDS[language];
  const folder = path.dirname(target);
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, manifest);
  const lines = [w.wrote(file)];
  for (const companion of companions) {
    const where = path.join(folder, companion.path);
    const shown = path.relative(io.cwd, where).split(path.sep).join("/");
    if (existsSync(where)) {
      lines.push(w.keptFile(shown));
      continue;
    }
    mkdirSync(path.dirname(where), { recursive: true });
    writeFileSync(where, companion.text);
    lines.push(w.wroteTemplate(shown));
  }
  io.stdout(`${lines.join("\n")}\n\n`);
  const ruleSet = await loadRuleSetForCli([], io, language);
  if (!ruleSet) return EXIT.usage;
  const report = await checkManifestFile(target, {
    today,
    language,
    ruleSet,
    displayName: file,
    evidenceExists: evidenceInRepository(folder),
  });
  io.stdout(firstStepsText(report, file, language));
  return EXIT.ok;
}

type InitFlags = Partial<Record<string, string | boolean>>;

/** The answers the flags give, each validated; what they leave out comes from the defaults. */
export function answersFromFlags(
  values: InitFlags,
  folderName: string,
  language: Language,
): InitAnswers {
  const base = defaultAnswers(folderName, language);
  const text = (name: string, fallback: string) => {
    const value = values[name];
    if (typeof value !== "string") return fallback;
    if (!isOneLine(value)) throw usageError("init-one-line", { name });
    return value;
  };
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = values[name];
    return typeof value === "string" ? choice(`--${name}`, value, allowed) : fallback;
  };
  const staffText = values.staff;
  let staffCount: number | undefined;
  if (typeof staffText === "string") {
    if (!/^[1-9]\d{0,6}$/.test(staffText)) throw usageError("init-staff", { value: staffText });
    staffCount = Number(staffText);
  }
  const size = pick("size", SIZES, staffCount === undefined ? base.size : sizeForStaff(staffCount));
  if (staffCount !== undefined && size !== sizeForStaff(staffCount)) {
    throw usageError("init-size-contradicts-staff", {
      size,
      staff: String(staffCount),
      sizeForStaff: sizeForStaff(staffCount),
    });
  }
  return {
    project: text("project", base.project),
    organisation: text("organisation", base.organisation),
    phase: pick("phase", PHASES, base.phase),
    size,
    ...(staffCount === undefined ? {} : { staffCount }),
    sector: pick("sector", SECTORS, base.sector),
    topics: typeof values.topics === "string" ? topicList(values.topics) : base.topics,
    protection: {
      confidentiality: pick("confidentiality", PROTECTION_LEVELS, "normal"),
      integrity: pick("integrity", PROTECTION_LEVELS, "normal"),
      availability: pick("availability", PROTECTION_LEVELS, "normal"),
    },
    nis2: pick("nis2", NIS2, base.nis2),
    craProduct: values.cra === true,
    lead: text("lead", base.lead),
    sponsor: {
      name: text("sponsor", base.sponsor.name),
      role: text("sponsor-role", base.sponsor.role),
    },
    briefing: values["no-briefing"] !== true,
  };
}

function topicList(list: string): string[] {
  if (list.trim() === "none" || list.trim() === "") return [];
  const chosen = list.split(",").map((topic) => choice("--topics", topic.trim(), TOPICS));
  return TOPICS.filter((topic) => chosen.includes(topic));
}
