import type { ProblemParams, ProblemText } from "./en.js";
import type { EN_PATTERN_REASONS, EN_RULE_PACK_PROBLEMS, PatternReason } from "./rule-pack-en.js";

// Why a rule pack cannot be loaded, in German (same keys as rule-pack-en.ts): for pack authors.

export const DE_PATTERN_REASONS: Record<PatternReason, (p: ProblemParams) => string> = {
  "too-long": (p) => `ist länger als ${p.limit} Zeichen`,
  "back-reference": () => "verwendet eine Rückreferenz",
  "look-around": () => "verwendet ein Look-around (Vorausschau oder Rückschau)",
  // `detail` is the JavaScript engine's English sentence: not for a German reader.
  invalid: () => "ist kein gültiger regulärer Ausdruck (JavaScript-Syntax mit dem Flag u)",
  "unbalanced-close": () => "lässt sich nicht prüfen (eine ')' ohne öffnende Klammer)",
  "unbalanced-open": () => "lässt sich nicht prüfen (eine '(' ohne schließende Klammer)",
  "nested-quantifier": () =>
    "wiederholt eine Gruppe, die selbst eine Wiederholung enthält (verschachtelter Quantor)",
  "repeated-alternatives": () =>
    "wiederholt eine Gruppe von Alternativen (sie können denselben Text treffen)",
  "overlapping-repetitions": () =>
    "hat Wiederholungen hintereinander, die dieselben Zeichen treffen können (wie a*a*): Jede vervielfacht das Backtracking",
  "overlapping-alternatives": () =>
    "hat Alternativen, die direkt nach einer Wiederholung oder nach anderen solchen Alternativen denselben Text treffen können: Jede vervielfacht das Backtracking",
} satisfies typeof EN_PATTERN_REASONS;

const reason = (p: ProblemParams) =>
  DE_PATTERN_REASONS[p.reason as PatternReason]?.(p) ?? "ist nicht erlaubt";
const UNIT: Record<string, string> = { days: "Tagen", years: "Jahren" };
const SEE_DOCS = "die erlaubten Schlüsselwörter einer Prüfung stehen in docs/rule-packs.md";
const SAME_CAUSE = "nennen Sie eine andere geladene Regel, deren Befund dieselbe Ursache hat";

export const DE_RULE_PACK_PROBLEMS: Record<keyof typeof EN_RULE_PACK_PROBLEMS, ProblemText> = {
  "rule-id-taken": {
    message: (p) => `Regel ${p.rule}: Die Kennung wird schon in ${p.earlier} verwendet`,
    hint: () => "geben Sie jeder Regel eine eigene Kennung",
  },
  "superseded-by-itself": {
    message: (p) => `Regel ${p.rule}: superseded_by nennt die Regel selbst`,
    hint: () => SAME_CAUSE,
  },
  "superseded-by-unknown": {
    message: (p) => `Regel ${p.rule}: superseded_by nennt die unbekannte Regel "${p.target}"`,
    hint: () => SAME_CAUSE,
  },
  "unknown-case": {
    message: (p) => `Regel ${p.rule}: unbekannter Fall "${p.case}"`,
    hint: (p) => `verwenden Sie einen dieser Fälle: ${p.known}`,
  },
  "unknown-parameter": {
    message: (p) => `Regel ${p.rule}: unbekannter Parameter "${p.name}"`,
    hint: () => "legen Sie ihn in den params der Regel oder in rules/profiles.yml an",
  },
  "unsafe-pattern": {
    message: (p) => `Regel ${p.rule}: Das Muster /${p.pattern}/ ${reason(p)}`,
    hint: () =>
      "verwenden Sie ein einfacheres Muster: keine verschachtelten Wiederholungen, keine zwei Wiederholungen hintereinander, die dieselben Zeichen treffen können (a*a*), keine Rückreferenzen und kein Look-around",
  },
  "check-reference": {
    message: (p) =>
      `Regel ${p.rule}: Die Prüfung verwendet ${p.keyword}; eine Prüfung muss für sich allein stehen`,
    hint: () =>
      "schreiben Sie die Bedingung in der Prüfung aus; ein Paket kann nicht auf andere Schemas, Dateien oder Adressen verweisen (und `$ref: '#'` würde nie enden)",
  },
  "number-out-of-range": {
    message: (p) =>
      `Regel ${p.rule}: ${p.keyword} ist ${p.value}; erlaubt ist eine Zahl von ${UNIT[p.unit ?? ""] ?? p.unit} zwischen ${p.min} und ${p.max}`,
    hint: () =>
      "schreiben Sie eine realistische Zahl von Tagen (oder Jahren): Hundert Jahre sind das Längste, was eine Prüfung umfassen darf",
  },
  "check-invalid": {
    // `detail` is Ajv's English sentence; the schema mapping words the cases it knows (worded).
    message: (p) => `Regel ${p.rule}: Die Prüfung ist keine gültige Bedingung (JSON Schema)`,
    hint: () => SEE_DOCS,
  },
  "check-unknown-keyword": {
    message: (p) =>
      `Regel ${p.rule}: Die Prüfung ist keine gültige Bedingung: unbekanntes Schlüsselwort "${p.keyword}"`,
    hint: () => SEE_DOCS,
  },
  "check-keyword-value": {
    message: (p) =>
      `Regel ${p.rule}: Die Prüfung ist keine gültige Bedingung: Der Wert von ${p.keyword} hat nicht die Form, die dieses Schlüsselwort verlangt`,
    hint: () => SEE_DOCS,
  },
  "check-unknown-format": {
    message: (p) =>
      `Regel ${p.rule}: Die Prüfung ist keine gültige Bedingung: unbekanntes Format "${p.format}"`,
    hint: () =>
      "verwenden Sie ein Format aus JSON Schema (z. B. date, email, uri) oder ein Muster (pattern)",
  },
};
