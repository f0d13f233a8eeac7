/**
 * One fuzz case through the whole pipeline — loader, engine (`checkManifestText`, or
 * `checkPullRequest` for pull-request cases), every renderer — and the properties that must hold
 * for any input: it never throws, the same input gives the same bytes, the JSON report validates
 * against `schema/report.schema.json`, the SARIF against SARIF 2.1.0, the terminal text holds no
 * control character from a manifest. The Markdown is returned for the caller to render with
 * cmark-gfm in batches (`markupProblems`).
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { checkManifestText } from "../../src/check-manifest.js";
import { checkPullRequest } from "../../src/check-pull-request.js";
import { blobLinks } from "../../src/formats/blob-links.js";
import { renderJson } from "../../src/formats/json.js";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { renderSarif } from "../../src/formats/sarif.js";
import { renderText } from "../../src/formats/text.js";
import type { Report } from "../../src/report/report.js";
import type { RuleSet } from "../../src/rules/rule-set.js";
import type { Example, FuzzInput } from "./generators.js";
import { terminalProblems } from "./output-checks.js";

export const TODAY = "2026-11-26";
export const BLOB =
  "https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/security-manifest.yml";
export const BASE_BLOB =
  "https://github.com/o/r/blob/fedcba9876543210fedcba9876543210fedcba98/security-manifest.yml";
export const OUR_LINKS = [BLOB, BASE_BLOB];
const EXAMPLES = ["crafts-webshop", "logistics-nis2", "remote-maintenance-portal"];

export function readExamples(root: string): Example[] {
  return EXAMPLES.map((name) => ({
    name,
    text: readFileSync(path.join(root, "examples", name, "security-manifest.yml"), "utf8"),
  }));
}

export interface Checker {
  ruleSet: RuleSet;
  validateReport: (data: unknown) => string[];
  validateSarif: (data: unknown) => string[];
}

export function makeChecker(ruleSet: RuleSet, sarifSchema: unknown): Checker {
  const ajv = new Ajv({ allErrors: true });
  addFormats.default(ajv);
  const report = ajv.compile(reportSchema);
  const ajv04 = new Ajv04.default({ allErrors: true, strict: false });
  addFormats.default(ajv04);
  const sarif = ajv04.compile(sarifSchema as object);
  const errors = (validate: ValidateFunction) => (data: unknown) =>
    validate(data)
      ? []
      : (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`);
  return { ruleSet, validateReport: errors(report), validateSarif: errors(sarif) };
}

/** Evidence "exists" for paths that look like the examples' (deterministic, no file system). */
function evidenceExists(relative: string): boolean {
  return /^(docs|sbom|services|web|firmware)\/[\w./-]+\.(md|json)$/.test(relative);
}

export interface Outputs {
  json: string;
  text: string;
  coloured: string;
  markdown: string;
  sarif: string;
}

export function outputsOf(
  input: FuzzInput,
  ruleSet: RuleSet,
): { report: Report; outputs: Outputs } {
  const options = { today: TODAY, language: input.language, ruleSet, evidenceExists };
  const report =
    input.base === undefined
      ? checkManifestText("security-manifest.yml", input.text, options)
      : checkPullRequest({
          head: { file: "security-manifest.yml", text: input.text },
          base: { kind: "found", text: input.base },
          options: { ...options, pullRequest: input.pullRequest ?? { changedFiles: [] } },
          decisions: input.decisions ?? "require-approval",
        });
  const cases = ruleSet.cases;
  return {
    report,
    outputs: {
      json: renderJson(report),
      text: renderText(report, { language: input.language, color: false, cases }),
      coloured: renderText(report, { language: input.language, color: true, cases }),
      markdown: renderMarkdown(report, {
        language: input.language,
        cases,
        links: blobLinks(BLOB, BASE_BLOB),
        marker: "<!-- security-manifest-check -->",
        ...(input.limit ? { limit: input.limit } : {}),
      }),
      sarif: renderSarif(report, ruleSet, input.language),
    },
  };
}

export interface CaseResult {
  problems: string[];
  /** The comment, for the caller's cmark-gfm check (absent when the case threw). */
  markdown?: string;
  /** Problems reading the manifest (an unreadable manifest's report). */
  errors: number;
  findings: number;
  /** The report had to be shortened to fit its schema. */
  truncated: boolean;
}

/** Runs one case twice (determinism) and checks every property that needs no cmark-gfm. */
export function runCase(input: FuzzInput, checker: Checker): CaseResult {
  const problems: string[] = [];
  let first: ReturnType<typeof outputsOf>;
  try {
    first = outputsOf(input, checker.ruleSet);
  } catch (error) {
    return {
      problems: [`threw: ${(error as Error)?.stack ?? String(error)}`],
      errors: 0,
      findings: 0,
      truncated: false,
    };
  }
  try {
    const again = outputsOf(input, checker.ruleSet).outputs;
    for (const key of Object.keys(first.outputs) as (keyof Outputs)[]) {
      if (again[key] !== first.outputs[key])
        problems.push(`not deterministic: ${key} differs between two runs`);
    }
  } catch (error) {
    problems.push(`threw on the second run: ${(error as Error)?.stack ?? String(error)}`);
  }
  const { outputs, report } = first;
  try {
    problems.push(
      ...checker.validateReport(JSON.parse(outputs.json)).map((e) => `JSON report: ${e}`),
    );
  } catch (error) {
    problems.push(`JSON report does not parse: ${(error as Error).message}`);
  }
  try {
    problems.push(...checker.validateSarif(JSON.parse(outputs.sarif)).map((e) => `SARIF: ${e}`));
  } catch (error) {
    problems.push(`SARIF does not parse: ${(error as Error).message}`);
  }
  problems.push(...terminalProblems(outputs.text).map((p) => `terminal: ${p}`));
  problems.push(...terminalProblems(outputs.coloured).map((p) => `terminal (colour): ${p}`));
  const limit = input.limit ?? 65_536;
  if (Buffer.byteLength(outputs.markdown) > limit)
    problems.push(
      `Markdown: ${Buffer.byteLength(outputs.markdown)} bytes over the limit of ${limit}`,
    );
  return {
    problems,
    markdown: outputs.markdown,
    errors: report.errors.length,
    findings: report.findings.length,
    truncated: report.truncated !== undefined,
  };
}
