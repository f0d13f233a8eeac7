import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { BilingualError } from "../i18n/bilingual-error.js";
import { schemaErrorTexts } from "../manifest/validate-schema.js";
import type { Report } from "./report.js";

/**
 * A JSON report that is not one: what is wrong, at most a few lines for a person. In English the
 * details are Ajv's and JSON.parse's own; in German the schema-error mapping words them, as it
 * does a manifest's, and a JSON syntax error is named by its place.
 */
export class ReportFileError extends BilingualError {
  override name = "ReportFileError";
}

let validator: ValidateFunction | undefined;

/** Compiled once, on first use: only `report --since` reads reports. */
function validate(): ValidateFunction {
  if (!validator) {
    // Verbose: the German words name the wrong value and read the schema's allowed keys.
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    addFormats.default(ajv);
    validator = ajv.compile(reportSchema);
  }
  return validator;
}

/** Problems named before "and N more". */
const SHOWN = 3;

/**
 * A report written earlier by `check --format json`, checked against schema/report.schema.json
 * before anything reads it: a file of another tool, a truncated download or a hand-edited report
 * is refused with what is wrong, never half-read.
 */
export function parseReport(text: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportFileError(`not JSON (${detail})`, `kein JSON (${germanJsonError(detail)})`);
  }
  const check = validate();
  if (!check(data)) {
    const errors = check.errors ?? [];
    const english = errors.map((problem) => {
      const extra = (problem.params as { additionalProperty?: string }).additionalProperty;
      return `${problem.instancePath || "/"} ${problem.message ?? "is invalid"}${extra ? ` (${extra})` : ""}`;
    });
    const german = schemaErrorTexts(errors, "de").map((problem) => problem.message);
    throw new ReportFileError(
      `not a JSON report of security-manifest check (schema/report.schema.json): ${listing(english, (n) => `and ${n} more`)}`,
      `kein JSON-Bericht von security-manifest check (schema/report.schema.json): ${listing(german, (n) => `und ${n} weitere`)}`,
    );
  }
  return data as Report;
}

/** The first few problems, then how many more. */
function listing(problems: readonly string[], more: (count: number) => string): string {
  const rest = problems.length - SHOWN;
  return `${problems.slice(0, SHOWN).join("; ")}${rest > 0 ? `; ${more(rest)}` : ""}`;
}

/** JSON.parse's English sentence, in German: where the text stops being JSON. */
function germanJsonError(detail: string): string {
  const place = /line (\d+) column (\d+)/.exec(detail);
  if (place) return `Syntaxfehler in Zeile ${place[1]}, Spalte ${place[2]}`;
  const position = /position (\d+)/.exec(detail)?.[1];
  if (position) return `Syntaxfehler an Zeichen ${position}`;
  return /end of JSON input/.test(detail) ? "der Text endet mitten im JSON" : "Syntaxfehler";
}
