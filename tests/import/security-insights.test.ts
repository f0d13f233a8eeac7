import { describe, expect, it } from "vitest";
import { importFixture, notesOf } from "./import-helpers.js";

describe("import security-insights (OpenSSF Security Insights)", () => {
  it("v2: maps project, lead, contact, policy, team with champions and dated assessments as reviews; the result validates", () => {
    const out = importFixture("security-insights", "security-insights/v2-template-full.yml");
    expect(out.problems).toEqual([]);
    expect(out.data.project.name).toBe("FooBar");
    expect(out.data.project.repository).toBe("https://github.com/kubernetes/kubernetes");
    expect(out.data.project.lead).toEqual({ name: "Joe Dohn" });
    expect(out.data.vulnerability_handling).toEqual({
      contact: "security@something.com",
      policy: "https://example.com/reporting.html",
    });
    expect(out.data.team).toEqual([
      { name: "Alice White", role: "developer" },
      { name: "Joe Bob", role: "developer", security_champion: true },
    ]);
    expect(out.data.reviews).toEqual([
      { kind: "audit", date: "2021-09-01", independent: false },
      { kind: "audit", date: "2021-09-01", independent: true },
    ]);
    // Evidence outside the repository and the published SBOM have no place; the lead is told.
    expect(notesOf(out.notes, "no-place").join("\n")).toMatch(
      /evidence https:\/\/example.com\/assessment.html is outside the repository/,
    );
    expect(notesOf(out.notes, "no-place").join("\n")).toMatch(
      /SBOM https:\/\/example.com\/release\/\{version\}#spdx is published outside/,
    );
    expect(notesOf(out.notes, "to-fill")).toContain(
      "team: Security Insights names no roles; each imported person is a developer until you change it",
    );
  });

  it("v2 (the spec's own file): a GitHub address of this repository becomes the threat-model path", () => {
    const out = importFixture(
      "security-insights",
      "security-insights/v2-ossf-security-insights-spec.yml",
    );
    expect(out.problems).toEqual([]);
    expect(out.data.project.name).toBe("Security Insights");
    expect(out.data.threat_model.document).toBe("docs/threat-model");
    expect(out.data.project.lead).toEqual({ name: "Christopher Robinson" });
    expect(out.data.team).toEqual([{ name: "Eddie Knight", role: "developer" }]);
    // The self-assessment has no date: no review is invented, the lead is asked.
    expect(out.data.reviews).toEqual([]);
    expect(notesOf(out.notes, "to-fill").join("\n")).toMatch(/self-assessment .* has no date/);
  });

  it("v1: takes the repository, core team with logins, the reporting address and policy, and asks for what v1 has no date for", () => {
    const out = importFixture("security-insights", "security-insights/v1-sample.yml");
    expect(out.problems).toEqual([]);
    expect(out.data.project.repository).toBe("https://github.com/foo/bar");
    expect(out.data.project.name).toBe("bar");
    expect(out.data.team).toEqual([
      { name: "Alice White", github: "example", role: "developer" },
      { name: "Joe Dohn", role: "developer" },
    ]);
    expect(out.data.vulnerability_handling.contact).toBe("security@something.com");
    const toFill = notesOf(out.notes, "to-fill").join("\n");
    expect(toFill).toMatch(/threat_model.created: Security Insights v1 gives no date/);
    expect(toFill).toMatch(/assessment by third-party auditor \(2021\) has only a year/);
  });

  it("v1 (the spec's own file): core-team contacts that are only logins become members to be named", () => {
    const out = importFixture(
      "security-insights",
      "security-insights/v1-ossf-security-insights-spec.yml",
    );
    expect(out.problems).toEqual([]);
    expect(out.data.team.map((m: { github: string }) => m.github)).toEqual([
      "luigigubello",
      "eddie-knight",
    ]);
    expect(out.data.vulnerability_handling.contact).toBe("security@openssf.org");
    expect(notesOf(out.notes, "to-fill").join("\n")).toMatch(/luigigubello is only a GitHub login/);
  });
});
