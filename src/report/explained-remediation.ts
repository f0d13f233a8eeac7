import { fill, type Language, type Localized } from "../i18n/language.js";
import type { RuleSet } from "../rules/rule-set.js";
import type { Rule } from "../rules/rule-types.js";

/**
 * A rule's "how to fix" as `explain` prints it, without placeholders: the parameters with their
 * default values, the item's fields from the example snippet (said for which item), and for what
 * only a real gap can name a few plain words ("the person named in the gap").
 */
export function explainedRemediation(
  rule: Rule,
  ruleSet: RuleSet,
  snippet: { item?: unknown; parent?: Record<string, unknown> } | undefined,
  language: Language,
): string {
  const params: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(ruleSet.parameters))
    params[name] = parameter.default;
  Object.assign(params, rule.params);
  for (const [name, value] of Object.entries(params)) {
    const match = /^(.*)max_age_days$/.exec(name);
    if (match && typeof value === "number") params[`${match[1]}since`] = SINCE[language](value);
  }
  const item: Record<string, unknown> = {};
  addScalars(item, snippet?.item, "");
  addScalars(item, snippet?.parent, "parent_");
  const label = identity(snippet?.item) ?? identity(snippet?.parent);
  if (label !== undefined) item.label = label;

  const template = rule.remediation[language];
  const usesItem = [...template.matchAll(/\{([a-z_]+)\}/gi)].some(
    ([, name]) => name !== undefined && Object.hasOwn(item, name) && !Object.hasOwn(params, name),
  );
  const filled = fill(fill(template, params), item).replace(
    /\{([a-z_][a-z0-9_]*)\}/gi,
    (_whole, name: string) => (FALLBACK[name] ?? GENERIC)[language],
  );
  return usesItem && label !== undefined ? `${filled} ${SHOWN_FOR[language](label)}` : filled;
}

function addScalars(values: Record<string, unknown>, item: unknown, prefix: string): void {
  if (!item || typeof item !== "object" || Array.isArray(item)) return;
  for (const [field, value] of Object.entries(item)) {
    if (["string", "number", "boolean"].includes(typeof value)) values[prefix + field] = value;
  }
}

function identity(item: unknown): string | undefined {
  if (!item || typeof item !== "object" || Array.isArray(item)) return undefined;
  for (const field of ["id", "name", "title", "rule", "threat"]) {
    const value = (item as Record<string, unknown>)[field];
    if (typeof value === "string") return value;
  }
  return undefined;
}

const SINCE: Record<Language, (days: number) => string> = {
  en: (days) => `the day ${days} days before the check`,
  de: (days) => `dem Tag ${days} Tage vor der Prüfung`,
};

const SHOWN_FOR: Record<Language, (label: string) => string> = {
  en: (label) => `(Shown for ${label} of the example below.)`,
  de: (label) => `(Hier für ${label} aus dem Beispiel unten.)`,
};

/** What only a real gap can name, in plain words. */
const FALLBACK: Record<string, Localized> = {
  name: { en: "the person named in the gap", de: "die in der Lücke genannte Person" },
  files: { en: "named in the gap", de: "in der Lücke genannt" },
  champions: { en: "named in the gap", de: "in der Lücke genannt" },
  rule: { en: "the rule named in the gap", de: "die in der Lücke genannte Regel" },
  attack_type: { en: "named in the gap", de: "aus der Lücke" },
  today: { en: "today", de: "heute" },
};
const GENERIC: Localized = { en: "(as named in the gap)", de: "(wie in der Lücke genannt)" };

/** The format checks' "how to fix" for `explain`: their gap messages name the values. */
export const SCHEMA_REMEDIATION: Record<string, Localized> = {
  "SC-001": {
    en: "Use one of the allowed values; the gap's message lists them, e.g. `role: developer` instead of `role: dev`.",
    de: "Verwenden Sie einen der erlaubten Werte; die Meldung der Lücke nennt sie, z. B. `role: developer` statt `role: dev`.",
  },
  "SC-002": {
    en: "Write the kind of value the gap's message names, e.g. a list `topics: [cloud]` instead of `topics: cloud`.",
    de: "Tragen Sie die Art von Wert ein, die die Meldung nennt, z. B. eine Liste `topics: [cloud]` statt `topics: cloud`.",
  },
  "SC-003": {
    en: "Add the field the gap's message names, in the section it names, e.g. `name:` under `project:`.",
    de: "Ergänzen Sie das Feld, das die Meldung nennt, in dem genannten Abschnitt, z. B. `name:` unter `project:`.",
  },
  "SC-004": {
    en: "Rename the key to one the gap's message lists (it suggests the closest), or remove it.",
    de: "Benennen Sie den Schlüssel in einen der in der Meldung genannten um (die Meldung schlägt den ähnlichsten vor) oder entfernen Sie ihn.",
  },
  "SC-006": {
    en: "Change the value so that it keeps the rule the gap's message states (for example a length or a pattern).",
    de: "Ändern Sie den Wert so, dass er die in der Meldung genannte Regel einhält (etwa eine Länge oder ein Muster).",
  },
  "SC-007": {
    en: "Make organisation → size match organisation → staff_count by the EU SME definition (micro under 10, small under 50, medium under 250 staff), or correct the head count.",
    de: "Bringen Sie organisation → size mit organisation → staff_count nach der EU-KMU-Definition in Einklang (Kleinstunternehmen unter 10, klein unter 50, mittelgroß unter 250 Beschäftigte) oder korrigieren Sie die Zahl der Beschäftigten.",
  },
};
