import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import reportSchema from "../schema/report.schema.json" with { type: "json" };
import type { Report } from "../src/report/report.js";

/**
 * Reads a report made by another workflow run (the fork-safe pair): it is untrusted input, so
 * it must match the report schema before anything of it is rendered (and rendering escapes it).
 */
export function readPublishedReport(text: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`report-file is not JSON: ${(error as Error).message}`);
  }
  const ajv = new Ajv({ allErrors: false, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(reportSchema);
  if (!validate(data)) {
    const [first] = validate.errors ?? [];
    throw new Error(
      `report-file is not a Security Manifest Check report: ${first?.instancePath || "/"} ${first?.message ?? ""}`,
    );
  }
  return data as unknown as Report;
}
