import { fill, type Language } from "../i18n/language.js";
import type { Finding } from "../vocabulary/finding.js";
import { SCHEMA_RULES } from "./schema-rules.js";
import type { YamlSource } from "./yaml-source.js";

/**
 * Staff counts per size class as the EU SME definition (Recommendation 2003/361/EC) draws them:
 * micro fewer than 10, small fewer than 50, medium fewer than 250, large 250 or more. A stated
 * `staff_count` outside its `size` class means one of the two is wrong, and the profile (which
 * rules apply, which cadences) rests on `size`: a format gap, not a matter of opinion.
 */
const SIZE_STAFF: Record<string, { min: number; max?: number }> = {
  micro: { min: 1, max: 9 },
  small: { min: 10, max: 49 },
  medium: { min: 50, max: 249 },
  large: { min: 250 },
};

const sizeFor = (staff: number): string =>
  Object.entries(SIZE_STAFF).find(
    ([, range]) => staff >= range.min && (range.max === undefined || staff <= range.max),
  )?.[0] ?? "micro";

/** One SC-007 finding when `organisation.staff_count` contradicts `organisation.size`. */
export function sizeConsistencyFindings(source: YamlSource, language: Language): Finding[] {
  const data = source.data;
  const organisation =
    data && typeof data === "object" ? (data as Record<string, unknown>).organisation : undefined;
  if (!organisation || typeof organisation !== "object") return [];
  const { size, staff_count: staff } = organisation as Record<string, unknown>;
  // Wrong kinds of values are SC-001/SC-002 already.
  if (typeof size !== "string" || !Number.isInteger(staff) || (staff as number) < 1) return [];
  const range = SIZE_STAFF[size];
  if (!range) return [];
  const count = staff as number;
  if (count >= range.min && (range.max === undefined || count <= range.max)) return [];
  const fits = sizeFor(count);
  const pointer = "/organisation/staff_count";
  const { line, column } = source.positionOf(pointer);
  const rule = SCHEMA_RULES.sizeMismatch;
  const values = { size, staff: String(count), fits };
  const message = {
    en: `organisation.staff_count: ${count} staff is not a ${size} company (EU SME definition); it is ${fits}`,
    de: `organisation.staff_count: ${count} Beschäftigte sind kein Unternehmen der Größe ${size} (EU-KMU-Definition), sondern ${fits}`,
  };
  return [
    {
      rule: rule.id,
      area: "schema",
      severity: "high",
      thesis: null,
      message: message[language],
      pointer,
      line,
      column,
      remediation: fill(rule.remediation[language], values),
      references: ["security-manifest format v1", "EU Recommendation 2003/361/EC"],
      cases: [],
      status: "new",
      fingerprint: `${rule.id}:${pointer}:size`,
    },
  ];
}
