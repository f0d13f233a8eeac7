import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseManifestText } from "../../src/manifest/load-manifest.js";
import { validateManifestSchema } from "../../src/manifest/validate-schema.js";
import type { Finding } from "../../src/vocabulary/finding.js";
import { lineOf, normativeWith, REPO_ROOT, readFixture } from "../fixtures/fixtures.js";

function schemaFindings(text: string, language: "en" | "de" = "en"): Finding[] {
  return validateManifestSchema(parseManifestText("m.yml", text), language);
}

function only(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

describe("manifest format v1 (JSON Schema)", () => {
  it("accepts the normative example as it is", () => {
    expect(schemaFindings(readFixture("normative-example.yml"))).toEqual([]);
  });

  const examples = readdirSync(path.join(REPO_ROOT, "examples"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it.each(examples)("parses and validates the example %s", (name) => {
    const text = readFileSync(
      path.join(REPO_ROOT, "examples", name, "security-manifest.yml"),
      "utf8",
    );
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schema/manifest-v1.schema.json",
    );
    expect(schemaFindings(text)).toEqual([]);
  });

  it("names a wrong enum value, lists the allowed ones and suggests the closest", () => {
    const text = normativeWith("    role: developer", "    role: dev");
    const finding = only(schemaFindings(text));
    expect(finding).toMatchObject({
      rule: "SC-001",
      area: "schema",
      severity: "high",
      pointer: "/team/1/role",
      line: lineOf(text, "role: dev"),
      column: 5,
      message:
        'team[1].role: "dev" is not one of `developer`, `admin`, `management`, `product`, `external` — did you mean `developer`?',
    });
    expect(finding.remediation).toBe(
      "Use one of the allowed values: `developer`, `admin`, `management`, `product`, `external`.",
    );
  });

  it("says the same in German, with the format's German word beside each value to type", () => {
    const size = only(schemaFindings(normativeWith("  size: small", "  size: tiny"), "de"));
    expect(size.message).toBe(
      'organisation.size: "tiny" ist keiner der Werte `micro` (Kleinstunternehmen), `small` (klein), `medium` (mittelgroß), `large` (groß)',
    );
    const finding = only(
      schemaFindings(normativeWith("    role: developer", "    role: dev"), "de"),
    );
    expect(finding.message).toBe(
      'team[1].role: "dev" ist keiner der Werte `developer`, `admin`, `management`, `product`, `external` — meinten Sie `developer`?',
    );
  });

  it("explains the expected form in German from the schema's German description", () => {
    const text = normativeWith("    github: jbecker", "    github: j becker!");
    const english = schemaFindings(text).find((f) => f.message.includes("github"));
    const german = schemaFindings(text, "de").find((f) => f.message.includes("github"));
    expect(english?.remediation).toContain("GitHub login without the @");
    expect(german?.message).toBe('project.lead.github: "j becker!" hat nicht die erwartete Form');
    expect(german?.remediation).toContain(
      "GitHub-Login ohne @: Buchstaben, Ziffern und Bindestriche",
    );
    expect(german?.remediation).not.toContain("letters, digits");
  });

  it("names a value of the wrong type", () => {
    const text = normativeWith(
      "    independent: true\n    scope: [portal, gateway, tunnel]\n    report: docs/security/reviews/2025",
      "    independent: yes please\n    scope: [portal, gateway, tunnel]\n    report: docs/security/reviews/2025",
    );
    const finding = only(schemaFindings(text));
    expect(finding).toMatchObject({
      rule: "SC-002",
      pointer: "/reviews/0/independent",
      line: lineOf(text, "independent: yes please"),
      column: 5,
      message: 'reviews[0].independent: expected true or false, found text "yes please"',
    });
  });

  it("names a missing required field at the object that lacks it", () => {
    const text = normativeWith("  name: Remote maintenance portal\n", "");
    const finding = only(schemaFindings(text));
    expect(finding).toMatchObject({
      rule: "SC-003",
      pointer: "/project",
      line: lineOf(text, "project:"),
      column: 1,
      message: 'project: the required field "name" is missing',
      remediation: "Add `name:` to project.",
    });
  });

  it("points at an unknown key itself and suggests the key that was meant", () => {
    const text = normativeWith("threat_model:", "thret_model:");
    const finding = only(schemaFindings(text));
    expect(finding).toMatchObject({
      rule: "SC-004",
      pointer: "/thret_model",
      line: lineOf(text, "thret_model:"),
      column: 1,
      message: '(top level): unknown key "thret_model" — did you mean "threat_model"?',
    });
    expect(finding.remediation).toContain("threat_model");
  });

  it("finds an unknown key deep in a list item", () => {
    const text = normativeWith("        provider: internal", "        providr: internal");
    const finding = only(schemaFindings(text));
    expect(finding).toMatchObject({
      pointer: "/team/0/trainings/0/providr",
      line: lineOf(text, "providr: internal"),
      column: 9,
      message: 'team[0].trainings[0]: unknown key "providr" — did you mean "provider"?',
    });
  });

  it("rejects an impossible date", () => {
    const text = normativeWith("started: 2025-09-01", "started: 2026-02-30");
    const finding = only(schemaFindings(text));
    expect(finding).toMatchObject({
      rule: "SC-005",
      pointer: "/project/started",
      line: lineOf(text, "started: 2026-02-30"),
      column: 3,
      message: 'project.started: "2026-02-30" is not a valid date (YYYY-MM-DD, a day that exists)',
    });
  });

  it("reports one finding per broken place, not one per schema keyword", () => {
    const findings = schemaFindings(
      normativeWith("  name: Remote maintenance portal", '  name: ""'),
    );
    expect(findings.map((f) => f.pointer)).toEqual(["/project/name"]);
  });

  it("reports every error at once (allErrors), in a stable order", () => {
    const text = normativeWith("    role: developer", "    role: dev").replace(
      "phase: production",
      "phase: live",
    );
    const findings = schemaFindings(text);
    expect(findings.map((f) => f.pointer).sort()).toEqual(["/project/phase", "/team/1/role"]);
  });
});

describe("format findings across commits", () => {
  it("keep their identity when a list item moves, so a moved block is neither new nor fixed", () => {
    const before = normativeWith("    role: developer", "    role: dev");
    const after = before.replace("team:\n", "team:\n  - name: New Colleague\n    role: product\n");
    const [moved] = schemaFindings(after);
    const [original] = schemaFindings(before);
    expect(moved?.pointer).toBe("/team/2/role");
    expect(original?.pointer).toBe("/team/1/role");
    expect(moved?.fingerprint).toBe(original?.fingerprint);
    expect(original?.fingerprint).toBe("SC-001:/team/[name=Lukas Schmidt]/role:enum");
  });
});

describe("places in German", () => {
  it("names the top level of the file in the reader's language, in the message and the fix", () => {
    const findings = schemaFindings(normativeWith("project:", "projekt:"), "de");
    const unknown = findings.find((finding) => finding.rule === "SC-004");
    expect(unknown?.message).toBe(
      '(oberste Ebene): unbekannter Schlüssel "projekt" — meinten Sie "project"?',
    );
    const missing = findings.find((finding) => finding.rule === "SC-003");
    expect(missing?.remediation).toBe("Ergänzen Sie `project:` in der obersten Ebene.");
  });
});
