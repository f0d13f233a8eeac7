import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gapRows, splitSubject } from "../../src/report/comment-rows.js";
import type { Finding, Severity } from "../../src/vocabulary/finding.js";

function finding(
  rule: string,
  pointer: string,
  severity: Severity,
  message: string,
  item?: string,
): Finding {
  return {
    rule,
    area: rule.startsWith("TR") ? "training" : "reviews",
    severity,
    thesis: 1,
    message,
    pointer,
    line: Number(pointer.replace(/\D/g, "") || 1) + 10,
    column: 1,
    remediation: "Do it.",
    references: [],
    cases: [],
    status: "new",
    fingerprint: `${rule}|${pointer}`,
    ...(item ? { item } : {}),
  };
}

describe("rows of the gap list", () => {
  it("one row per person lists all their missing trainings", () => {
    const rows = gapRows([
      finding("TR-001", "/team/0", "high", "Anna (developer): no awareness training"),
      finding("TR-003", "/team/0", "high", "Anna (developer): no secure-coding training"),
      finding("TR-001", "/team/1", "high", "Ben (admin): no awareness training"),
    ]);
    expect(rows.map((row) => [row.kind, row.findings.map((f) => f.rule)])).toEqual([
      ["person", ["TR-001", "TR-003"]],
      ["single", ["TR-001"]],
    ]);
  });

  it("one row per rule lists every item it concerns, and severity decides the order", () => {
    const rows = gapRows([
      finding("RV-006", "/components/0", "medium", "Component shop has no review", "shop"),
      finding("RV-003", "/components/1", "high", "Component api had no pentest", "api"),
      finding("RV-006", "/components/2", "medium", "Component cli has no review", "cli"),
    ]);
    expect(rows.map((row) => [row.kind, row.findings.map((f) => f.item)])).toEqual([
      ["single", ["api"]],
      ["rule", ["shop", "cli"]],
    ]);
  });

  it("every finding lands in exactly one row, rows most severe first", () => {
    const severities: Severity[] = ["low", "medium", "high", "critical"];
    const arbitrary = fc.array(
      fc.record({
        rule: fc.constantFrom("TR-001", "TR-002", "RV-006", "GV-001"),
        pointer: fc.constantFrom("/team/0", "/team/1", "/components/0", "/components/1", ""),
        severity: fc.constantFrom(...severities),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arbitrary, (specs) => {
        const findings = specs.map((spec, i) =>
          finding(spec.rule, spec.pointer, spec.severity, `m${i}`),
        );
        const rows = gapRows(findings);
        expect(
          rows.flatMap((row) => row.findings).sort((a, b) => (a.message < b.message ? -1 : 1)),
        ).toEqual([...findings].sort((a, b) => (a.message < b.message ? -1 : 1)));
        const leads = rows.map((row) => severities.indexOf((row.findings[0] as Finding).severity));
        expect(leads).toEqual([...leads].sort((a, b) => b - a));
      }),
    );
  });

  it("finds the person all messages of a row start with", () => {
    expect(splitSubject(["Anna (dev): no a", "Anna (dev): no b"])).toEqual({
      subject: "Anna (dev)",
      rest: ["no a", "no b"],
    });
    expect(splitSubject(["Anna: no a", "Ben: no b"])).toBeUndefined();
    expect(splitSubject(["no colon here"])).toBeUndefined();
  });
});
