import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIN_SPEC_RESULTS } from "../../src/vocabulary/din-spec-status.js";
import { AREAS, FINDING_STATUSES, SEVERITIES } from "../../src/vocabulary/finding.js";
import { APPROVAL_STATES } from "../../src/vocabulary/manifest-change.js";
import { REPORT_STATUSES } from "../../src/vocabulary/report-status.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

// The vocabulary's lists are the source; the JSON schemas repeat them for other tools, and these
// tests hold every copy to the source so that a new area or state cannot reach one and miss another.
function schema(name: string) {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, "schema", name), "utf8"));
}
const report = schema("report.schema.json");
const pack = schema("rule-pack.schema.json");
const manifest = schema("manifest-v1.schema.json");

describe("the JSON schemas' enums follow the vocabulary", () => {
  it("lists every area once, in the vocabulary's order, wherever the report names areas", () => {
    expect(report.definitions.finding.properties.area.enum).toEqual([...AREAS]);
    expect(report.properties.summary.properties.by_area.required).toEqual([...AREAS]);
    expect(Object.keys(report.properties.summary.properties.by_area.properties)).toEqual([
      ...AREAS,
    ]);
  });

  it("lets rule packs use every area but the format's own (schema findings come from the format)", () => {
    expect(pack.definitions.area.enum).toEqual(AREAS.filter((area) => area !== "schema"));
  });

  it("names the same severities in the report, the rule packs and the manifest's review findings", () => {
    expect(report.definitions.finding.properties.severity.enum).toEqual([...SEVERITIES]);
    expect(report.properties.summary.properties.by_severity.required).toEqual([...SEVERITIES]);
    expect(pack.definitions.severity.enum).toEqual([...SEVERITIES]);
    expect(
      manifest.properties.reviews.items.properties.findings.items.properties.severity.enum,
    ).toEqual([...SEVERITIES]);
  });

  it("names the same finding, report, approval and DIN SPEC states", () => {
    expect(report.definitions.finding.properties.status.enum).toEqual([...FINDING_STATUSES]);
    expect(report.properties.status.enum).toEqual([...REPORT_STATUSES]);
    expect(report.definitions.change.properties.approval.properties.state.enum).toEqual([
      ...APPROVAL_STATES,
    ]);
    expect(
      report.definitions.din_spec_27076.properties.results.items.properties.result.enum,
    ).toEqual([...DIN_SPEC_RESULTS]);
  });
});
