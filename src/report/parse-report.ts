import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { BilingualError } from "../i18n/bilingual-error.js";
import type { Report } from "./report.js";

/** A JSON report that is not one: what is wrong, at most a few lines for a person. */
export class ReportFileError extends BilingualError {
  // In German too (Ajv's and JSON.parse's details stay as they are).
  override name = "ReportFileError";
}

let validator: ValidateFunction | undefined;

/** Compiled once, on first use: only `report --since` reads reports. */
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
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
    throw new ReportFileError(`not JSON (${detail})`, `kein JSON (${detail})`);
  }
  const check = validate();
  if (!check(data)) {
    const problems = (check.errors ?? []).map((problem) => {
      const extra = (problem.params as { additionalProperty?: string }).additionalProperty;
      return `${problem.instancePath || "/"} ${problem.message ?? "is invalid"}${extra ? ` (${extra})` : ""}`;
    });
    const more = problems.length - SHOWN;
    const listed = problems.slice(0, SHOWN).join("; ");
    throw new ReportFileError(
      `not a JSON report of security-manifest check (schema/report.schema.json): ${listed}${more > 0 ? `; and ${more} more` : ""}`,
      `kein JSON-Bericht von security-manifest check (schema/report.schema.json): ${listed}${more > 0 ? `; und ${more} weitere` : ""}`,
    );
  }
  return data as Report;
}
