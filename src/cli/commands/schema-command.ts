import { MANIFEST_SCHEMA } from "../../manifest/validate-schema.js";
import { type CliIo, EXIT } from "../cli-io.js";
import { parseCommandArgs } from "../command-options.js";

export const SCHEMA_HELP = `Usage: security-manifest schema

Prints the JSON Schema of manifest format v1 (for editors and other tools).`;

export function schemaCommand(args: string[], io: CliIo): number {
  const { values } = parseCommandArgs(args, { help: { type: "boolean", short: "h" } }, 0);
  io.stdout(values.help ? `${SCHEMA_HELP}\n` : `${JSON.stringify(MANIFEST_SCHEMA, null, 2)}\n`);
  return EXIT.ok;
}
