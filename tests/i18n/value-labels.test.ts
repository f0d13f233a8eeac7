import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VALUE_LABELS } from "../../src/i18n/value-labels.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

// The schema is the source of the values; the label table must name every one of them.
const schema = JSON.parse(
  readFileSync(path.join(REPO_ROOT, "schema/manifest-v1.schema.json"), "utf8"),
);
const organisation = schema.properties.organisation.properties;
const levels: string[] = schema.definitions.protection_level.enum;
const SCHEMA_VALUES: Record<string, string[]> = {
  size: organisation.size.enum,
  sector: organisation.sector.enum,
  digitalisation_level: organisation.digitalisation_level.enum,
  topics: organisation.topics.items.enum,
  nis2: organisation.regulation.properties.nis2.enum,
  phase: schema.properties.project.properties.phase.enum,
  protection: levels,
  confidentiality: levels,
  integrity: levels,
  availability: levels,
  likelihood: schema.properties.threat_model.properties.threats.items.properties.likelihood.enum,
  impact: schema.properties.threat_model.properties.threats.items.properties.impact.enum,
};

describe("labels for the manifest's enum values", () => {
  it.each(Object.entries(SCHEMA_VALUES))(
    "%s: every value of the schema has an English and a German label",
    (fact, values) => {
      expect(values.length).toBeGreaterThan(1);
      expect(Object.keys(VALUE_LABELS[fact] ?? {}).sort()).toEqual([...values].sort());
      for (const value of values) {
        expect(VALUE_LABELS[fact]?.[value]?.en).toMatch(/\S/);
        expect(VALUE_LABELS[fact]?.[value]?.de).toMatch(/\S/);
      }
    },
  );
});
