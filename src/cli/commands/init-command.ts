import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { manifestTemplate, type TemplateProfile } from "../../manifest/manifest-template.js";
import { localSchemaReference, MANIFEST_SCHEMA_URL } from "../../manifest/schema-location.js";
import { MANIFEST_SCHEMA } from "../../manifest/validate-schema.js";
import { type CliIo, EXIT, UsageError } from "../cli-io.js";
import { parseCommandArgs, todayOption } from "../command-options.js";

export const INIT_HELP = `Usage: security-manifest init [FILE] [options]

Writes a commented starting manifest, tailored to the company profile, that is
valid as it is. Then run \`security-manifest check\` to see what is missing.

Arguments:
  FILE                  where to write it (default: security-manifest.yml)

Options:
  --project <name>      project name (default: the folder's name)
  --organisation <name> company name (default: "Our company")
  --size <size>         micro | small | medium | large (default: small)
  --sector <sector>     manufacturing | crafts | retail | health | finance | logistics |
                        energy | public | it-services | other (default: other)
  --nis2 <status>       none | important | essential (default: none)
  --cra                 the product falls under the Cyber Resilience Act
  --today <date>        dates in the template (default: today, UTC)
  --schema <where>      url: the editor loads the schema of the v1 release (default);
                        local: a relative path to this installation's schema (offline)
  --stdout              print instead of writing a file
  --force               overwrite an existing file
  -h, --help            show this help`;

const organisation = MANIFEST_SCHEMA.properties.organisation.properties;
const SIZES = organisation.size.enum as readonly string[];
const SECTORS = organisation.sector.enum as readonly string[];
const NIS2 = ["none", "important", "essential"];

export function initCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      project: { type: "string" },
      organisation: { type: "string" },
      size: { type: "string" },
      sector: { type: "string" },
      nis2: { type: "string" },
      cra: { type: "boolean" },
      today: { type: "string" },
      schema: { type: "string" },
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
  const schema = choice("--schema", values.schema ?? "url", ["url", "local"]);
  const profile: TemplateProfile = {
    project: values.project ?? path.basename(io.cwd),
    organisation: values.organisation ?? "Our company",
    size: choice("--size", values.size ?? "small", SIZES) as TemplateProfile["size"],
    sector: choice("--sector", values.sector ?? "other", SECTORS),
    nis2: choice("--nis2", values.nis2 ?? "none", NIS2) as TemplateProfile["nis2"],
    craProduct: values.cra ?? false,
    today: todayOption(values.today, io.today),
    schema: schema === "local" ? localSchemaReference(target) : MANIFEST_SCHEMA_URL,
  };
  const text = manifestTemplate(profile);
  if (values.stdout) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (existsSync(target) && !values.force) {
    throw new UsageError(
      `${file} exists already; use --force to overwrite it or name another file`,
    );
  }
  writeFileSync(target, text);
  io.stdout(`Wrote ${file}. Fill it in, then run: security-manifest check ${file}\n`);
  return EXIT.ok;
}

function choice(option: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value))
    throw new UsageError(`${option} must be one of ${allowed.join(", ")}, not "${value}"`);
  return value;
}
