import { isIsoDate } from "../src/manifest/iso-date.js";
import { pointerToPath, type YamlSource } from "../src/manifest/yaml-source.js";
import type { Report } from "../src/report/report.js";
import { authorityOf, type Person } from "../src/rules/authority.js";
import type { RuleSet } from "../src/rules/rule-set.js";
import { isBuiltin } from "../src/rules/rule-types.js";
import { compareCodePoints } from "../src/vocabulary/code-point-order.js";
import { isOpen } from "../src/vocabulary/finding.js";

/** One line of the due-date issue: a duty that is overdue, or falls due within the window. */
export interface DueItem {
  rule: string;
  /** Stable identity: the finding's fingerprint, or the upcoming duty's rule and pointer. */
  key: string;
  /** The plain text of the duty (the finding's message or the upcoming duty's words). */
  what: string;
  /** The last day it still holds (due soon); absent for overdue gaps, whose message says since when. */
  due?: string;
  line: number;
  /** Who has to act: the person trained, the decider of a waiver, else the champions. */
  people: Person[];
}

export interface DueDates {
  overdue: DueItem[];
  soon: DueItem[];
  /** The window in days (parameter expiry_warning_days). */
  days: number;
}

/**
 * Rules whose gaps are dates that passed: their `require` has a date limit (notPast, maxAgeDays),
 * or (kind "soon") a warning window (minDaysAhead by expiry_warning_days) for waivers and risk
 * acceptances that expire soon. Read from the rules themselves, so rule packs' dated rules count.
 */
export function dueDateRules(ruleSet: RuleSet): Map<string, "overdue" | "soon"> {
  const kinds = new Map<string, "overdue" | "soon">();
  for (const rule of ruleSet.rules) {
    if (isBuiltin(rule.check)) continue;
    const require = JSON.stringify(rule.check.require ?? {});
    if (/"minDaysAhead":\{"\$param":"expiry_warning_days"\}/.test(require))
      kinds.set(rule.id, "soon");
    else if (/"(notPast|maxAgeDays)":/.test(require)) kinds.set(rule.id, "overdue");
  }
  return kinds;
}

type Data = Record<string, unknown>;
const asObject = (value: unknown): Data =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {};

/**
 * What the issue lists: open gaps of dated rules (overdue), the report's upcoming duties and the
 * expiring waivers and acceptances (falls due), each with its manifest line and the people to act.
 * Waived gaps are left out: management has decided on them. An unreadable manifest lists nothing.
 */
export function collectDueDates(
  report: Report,
  source: YamlSource | undefined,
  ruleSet: RuleSet,
  today: string,
): DueDates {
  const days = Number(ruleSet.parameters.expiry_warning_days?.default ?? 30);
  if (report.status === "unreadable" || !source) return { overdue: [], soon: [], days };
  const manifest = asObject(source.data);
  const people = peopleOf(manifest, today);
  const kinds = dueDateRules(ruleSet);
  const overdue: DueItem[] = [];
  const soon: DueItem[] = [];
  for (const finding of report.findings) {
    const kind = kinds.get(finding.rule);
    if (!kind || !isOpen(finding)) continue;
    const item = {
      rule: finding.rule,
      key: finding.fingerprint,
      what: finding.message,
      line: finding.line,
      people: people(finding.pointer),
    };
    if (kind === "overdue") overdue.push(item);
    // A warning about an expiry points at `expires`, or at the entry that has it.
    else
      soon.push({
        ...item,
        due: dateAt(manifest, finding.pointer) ?? dateAt(manifest, `${finding.pointer}/expires`),
      });
  }
  for (const duty of report.upcoming ?? [])
    soon.push({
      rule: duty.rule,
      key: `${duty.rule} ${duty.pointer}`,
      what: duty.what,
      due: duty.due,
      line: source.positionOf(duty.pointer).line,
      people: people(duty.pointer),
    });
  overdue.sort((a, b) => a.line - b.line || compareCodePoints(a.rule, b.rule));
  soon.sort(
    (a, b) =>
      compareCodePoints(a.due ?? "", b.due ?? "") ||
      a.line - b.line ||
      compareCodePoints(a.rule, b.rule),
  );
  return { overdue, soon, days };
}

/** The date at a pointer (a waiver's `expires`), when it is one. */
function dateAt(manifest: Data, pointer: string): string | undefined {
  let node: unknown = manifest;
  for (const part of pointerToPath(pointer)) node = (node as Record<string, unknown>)?.[part];
  return isIsoDate(node) ? node : undefined;
}

/** Sections whose decisions belong to management (waivers, acceptances, evaluation, budget). */
const MANAGEMENT_SECTIONS = new Set(["management", "evaluation", "waivers", "risk_acceptances"]);

/**
 * Who acts on the item a pointer names: the team member it is about, the named decider of a
 * waiver or acceptance, the component's owner; besides (not for a person's own training), management for management's sections
 * and the security champions for the rest (management when there are none).
 */
function peopleOf(manifest: Data, today: string): (pointer: string) => Person[] {
  const authority = authorityOf(manifest, today);
  // Logins by name, the first member of a name winning: one pass, however wide the team.
  const logins = new Map<string, string | undefined>();
  for (const member of Array.isArray(manifest.team) ? manifest.team.map(asObject) : [])
    if (typeof member.name === "string" && !logins.has(member.name))
      logins.set(member.name, typeof member.github === "string" ? member.github : undefined);
  const person = (name: unknown): Person[] => {
    if (typeof name !== "string" || name === "") return [];
    const login = logins.get(name);
    return [{ name, ...(login ? { login } : {}) }];
  };
  const listAt = (section: string, index: unknown): Data =>
    asObject(
      Array.isArray(manifest[section])
        ? (manifest[section] as unknown[])[Number(index)]
        : undefined,
    );
  return (pointer) => {
    const [section = "", index] = pointerToPath(pointer);
    const named: Person[] = [];
    if (typeof index === "number") {
      if (section === "team") named.push(...person(listAt("team", index).name));
      if (section === "waivers") named.push(...person(listAt("waivers", index).approved_by));
      if (section === "risk_acceptances")
        named.push(...person(listAt("risk_acceptances", index).accepted_by));
      if (section === "components") named.push(...person(listAt("components", index).owner));
    }
    // A training is the trainee's to book.
    if (section === "team" && named.length > 0) return named;
    const responsible = MANAGEMENT_SECTIONS.has(String(section))
      ? authority.management
      : authority.champions.length > 0
        ? authority.champions
        : authority.management;
    // The person named first, then the others; each once.
    const seen = new Set<string>();
    return [...named, ...responsible].filter((p) => !seen.has(p.name) && seen.add(p.name));
  };
}
