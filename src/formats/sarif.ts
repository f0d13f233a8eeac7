import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Language } from "../i18n/language.js";
import { SCHEMA_RULES } from "../manifest/schema-rules.js";
import { escapeMarkdown } from "../report/markdown.js";
import type { Report } from "../report/report.js";
import type { RuleSet } from "../rules/rule-set.js";
import { compareCodePoints } from "../vocabulary/code-point-order.js";
import type { Finding, Severity } from "../vocabulary/finding.js";
import type { Renderer } from "./renderer.js";

const LEVELS: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
};
/** GitHub code scanning sorts security alerts by this score (0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "7.5",
  medium: "5.0",
  low: "2.0",
};
const FINGERPRINT_KEY = "securityManifestCheck/v1";

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: "error" | "warning" | "note" };
  properties: { tags: string[]; "security-severity": string; precision: "high" };
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that has findings (with help
 * text), one result per finding at its manifest line, a stable partial fingerprint from rule and
 * item (so moving lines does not reopen alerts), waived findings as suppressed results.
 */
export function renderSarif(report: Report, ruleSet: RuleSet, language: Language): string {
  const findings = report.findings;
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort(compareCodePoints);
  const rules = ruleIds.map((id) =>
    sarifRule(id, findings.find((f) => f.rule === id) as Finding, ruleSet, language),
  );
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/security-manifest-check/security-manifest-check",
            rules,
          },
        },
        columnKind: "unicodeCodePoints",
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIds.indexOf(finding.rule),
          level: LEVELS[finding.severity],
          message: { text: `${finding.message}. ${finding.remediation}`.replace(/\.\. /, ". ") },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(report.manifest),
                region: {
                  startLine: Math.max(1, finding.line),
                  startColumn: Math.max(1, finding.column),
                },
              },
            },
          ],
          partialFingerprints: {
            [FINGERPRINT_KEY]: createHash("sha256")
              .update(`${report.manifest}\u0000${finding.fingerprint}`)
              .digest("hex"),
          },
          ...(finding.status === "waived"
            ? {
                suppressions: [
                  {
                    kind: "external",
                    status: "accepted",
                    justification:
                      "Waived in the security manifest (waivers), approved by management.",
                  },
                ],
              }
            : {}),
          properties: {
            area: finding.area,
            severity: finding.severity,
            thesis: finding.thesis,
            pointer: finding.pointer,
            cases: finding.cases,
          },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function sarifRule(id: string, example: Finding, ruleSet: RuleSet, language: Language): SarifRule {
  const rule = ruleSet.rules.find((r) => r.id === id);
  const schemaRule = Object.values(SCHEMA_RULES).find((r) => r.id === id);
  const title = rule?.title[language] ?? schemaRule?.title[language] ?? id;
  const description = rule?.description[language] ?? title;
  const remediation = (
    rule?.remediation[language] ??
    schemaRule?.remediation[language] ??
    example.remediation
  ).replace(/\{[a-z_]+\}/gi, "…");
  const references = rule?.references ?? example.references;
  const help = `${description}\n\nHow to fix: ${remediation}\n\nReferences: ${references.join(", ")}`;
  const helpMarkdown = [
    description,
    `**How to fix:** ${escapeMarkdown(remediation)}`,
    `**References:** ${references.map(escapeMarkdown).join(", ")}`,
  ]
    .map((part, index) => (index === 0 ? escapeMarkdown(part) : part))
    .join("\n\n");
  return {
    id,
    name: id.replace(/-/g, ""),
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: help, markdown: helpMarkdown },
    defaultConfiguration: { level: LEVELS[rule?.severity ?? example.severity] },
    properties: {
      tags: ["security", example.area, ...(rule ? [`thesis-${rule.thesis}`] : [])],
      "security-severity": SECURITY_SEVERITY[rule?.severity ?? example.severity],
      precision: "high",
    },
  };
}

/** Relative paths are relative to the checkout (%SRCROOT%), as code scanning expects; absolute ones become file URLs. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, "/");
  if (path.isAbsolute(file) || /^[a-z]:\//i.test(slashed)) return { uri: pathToFileURL(file).href };
  const relative = slashed.replace(/^(\.\/)+/, "");
  return { uri: relative.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

export const renderer: Renderer = {
  render: (report, context) => renderSarif(report, context.ruleSet, context.language),
};
