import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Document, isMap, isScalar, parseDocument } from "yaml";
import { checkManifestText } from "../../src/check-manifest.js";
import type { Language } from "../../src/i18n/language.js";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import type { Report } from "../../src/report/report.js";
import type { PullRequestFacts } from "../../src/rules/evaluation-context.js";
import { loadRuleSet, type RuleSet } from "../../src/rules/rule-set.js";
import type { Finding } from "../../src/vocabulary/finding.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

/** The evaluation date all rule tests use unless they say otherwise. */
export const TODAY = "2026-11-26";

/** The fully compliant example: every rule passes on it, so each failing test changes one thing. */
export const COMPLIANT_DIR = path.join(REPO_ROOT, "examples/remote-maintenance-portal");
export const COMPLIANT = readFileSync(path.join(COMPLIANT_DIR, "security-manifest.yml"), "utf8");

let ruleSet: Promise<RuleSet> | undefined;
export function builtinRules(): Promise<RuleSet> {
  ruleSet ??= loadRuleSet([], { verifyBuiltin: true });
  return ruleSet;
}

export interface CheckOptions {
  today?: string;
  language?: Language;
  /** Folder evidence paths are relative to (default: the compliant example's). */
  evidenceRoot?: string;
  /** Check as for a pull request (enables the pull-request pack). */
  pullRequest?: PullRequestFacts;
}

export async function check(text: string, options: CheckOptions = {}): Promise<Report> {
  return checkManifestText("security-manifest.yml", text, {
    today: options.today ?? TODAY,
    language: options.language ?? "en",
    ruleSet: await builtinRules(),
    evidenceExists: evidenceInRepository(options.evidenceRoot ?? COMPLIANT_DIR),
    pullRequest: options.pullRequest,
  });
}

/** Findings of one rule (waived ones included). */
export async function findingsOf(
  ruleId: string,
  text: string,
  options: CheckOptions = {},
): Promise<Finding[]> {
  const report = await check(text, options);
  if (report.errors.length > 0)
    throw new Error(`manifest unreadable: ${JSON.stringify(report.errors)}`);
  return report.findings.filter((finding) => finding.rule === ruleId);
}

/**
 * Changes a manifest through yaml's Document API (comments and the rest of the layout stay),
 * e.g. `edit(COMPLIANT, (doc) => doc.setIn(["team", 0, "trainings"], []))`.
 */
export function edit(text: string, change: (doc: Document) => void): string {
  const doc = parseDocument(text);
  change(doc);
  return doc.toString();
}

/** 1-based line on which the node at `path` starts in `text` (to assert finding positions). */
export function lineAt(text: string, pathToNode: (string | number)[]): number {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const node = doc.getIn(pathToNode, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) throw new Error(`no node at ${pathToNode.join("/")}`);
  return text.slice(0, node.range[0]).split("\n").length;
}

/** One manifest that fails a rule: the change to the compliant example and where the gap must be. */
export interface FailingCase {
  rule: string;
  why: string;
  change: (doc: Document) => void;
  pointer: string;
  line: (text: string) => number;
  severity: string;
  message?: string;
}

/** Table-driven failing tests: each case yields exactly one gap of its rule, at its pointer and line. */
export function describeFailingCases(area: string, cases: readonly FailingCase[]): void {
  describe.each(cases)(
    "$rule fails when $why",
    ({ rule, change, pointer, line, severity, message }) => {
      it("reports one gap at the item's line", async () => {
        const text = edit(COMPLIANT, change);
        const findings = await findingsOf(rule, text);
        expect(findings).toHaveLength(1);
        const [finding] = findings;
        expect(finding).toMatchObject({ rule, area, pointer, severity, status: "new" });
        expect(finding?.line).toBe(line(text));
        if (message) expect(finding?.message).toBe(message);
      });
    },
  );
}

/** "RULE severity item" of one area's findings for an example project, sorted. */
export async function exampleGaps(example: string, area: string): Promise<string[]> {
  const dir = path.join(REPO_ROOT, "examples", example);
  const text = readFileSync(path.join(dir, "security-manifest.yml"), "utf8");
  const report = await check(text, { evidenceRoot: dir });
  return report.findings
    .filter((f) => f.area === area)
    .map((f) => `${f.rule} ${f.severity} ${f.item}`)
    .sort();
}

/**
 * What every pack's tests start with: the pack defines exactly these rules, none reports a gap
 * on the compliant example, and each cites BSI, ISO 27001 and NIST SSDF and speaks German.
 */
export function describePackBasics(area: string, ids: readonly string[]): void {
  describe(`${area} pack on the compliant example`, () => {
    it("defines exactly the rules these tests cover", async () => {
      // The pack named like its area (the baseline pack reports under governance too).
      const rules = (await builtinRules()).rules.filter(
        (rule) => rule.area === area && rule.source === `rules/${area}.yml`,
      );
      expect(rules.map((rule) => rule.id)).toEqual(ids);
      for (const rule of rules) {
        expect(
          rule.references.some((r) => r.startsWith("BSI ")),
          rule.id,
        ).toBe(true);
        expect(
          rule.references.some((r) => /^ISO 27001 A\.\d+\.\d+$/.test(r)),
          rule.id,
        ).toBe(true);
        expect(
          rule.references.some((r) => r.startsWith("NIST SSDF ")),
          rule.id,
        ).toBe(true);
        for (const text of [rule.title, rule.description, rule.remediation, rule.message]) {
          expect(text.de, rule.id).not.toEqual(text.en);
        }
      }
    });

    it.each(ids)("%s finds nothing", async (id) => {
      expect(await findingsOf(id, COMPLIANT)).toEqual([]);
    });
  });
}

/** A place in a manifest, as yaml's Document API takes it. */
export type Path = (string | number)[];
/** One change to a manifest document. */
export type Change = (doc: Document) => void;

/** Sets a value (plain data becomes a YAML node, so the rest of the layout stays). */
export const set =
  (at: Path, value: unknown): Change =>
  (doc) =>
    doc.setIn(at, doc.createNode(value));
export const remove =
  (at: Path): Change =>
  (doc) =>
    doc.deleteIn(at);
export const all =
  (...changes: Change[]): Change =>
  (doc) => {
    for (const change of changes) change(doc);
  };

/** 1-based line of the key `at` ends with: where findings on mapping values point. */
export function keyLine(text: string, at: Path): number {
  const doc = parseDocument(text);
  const parent = at.length > 1 ? doc.getIn(at.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) throw new Error(`no mapping at ${at.slice(0, -1).join("/")}`);
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === at.at(-1));
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  if (!range) throw new Error(`no key at ${at.join("/")}`);
  return text.slice(0, range[0]).split("\n").length;
}
