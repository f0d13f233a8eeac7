import { describe, expect, it } from "vitest";
import { trainingCoverage } from "../../src/report/training-coverage.js";
import type { Finding } from "../../src/vocabulary/finding.js";

const gap = (pointer: string, extra: Partial<Finding> = {}): Finding => ({
  rule: "TR-001",
  area: "training",
  severity: "high",
  thesis: 1,
  message: "",
  pointer,
  line: 1,
  column: 1,
  remediation: "",
  references: [],
  cases: [],
  status: "new",
  fingerprint: pointer,
  ...extra,
});

describe("training coverage per role (JSON report: training_coverage)", () => {
  const manifest = {
    team: [
      { name: "A", role: "developer" },
      { name: "B", role: "developer" },
      { name: "C", role: "management" },
      { name: "D", role: "admin", left: "2026-01-01" },
      { name: "E", role: "admin", left: "2027-01-01" },
      { name: "F", role: "wizard" },
      "not a member",
    ],
  };

  it("counts current members per role in the format's order, and those with an open training gap", () => {
    const findings = [
      gap("/team/0"),
      gap("/team/0/trainings/1"),
      gap("/team/2", { status: "waived" }),
      gap("/team/1", { area: "governance" }),
      gap("/team/4/trainings/0/evidence"),
    ];
    expect(trainingCoverage(manifest, findings, "2026-11-26")).toEqual([
      { role: "developer", members: 2, with_gaps: 1 },
      { role: "admin", members: 1, with_gaps: 1 },
      { role: "management", members: 1, with_gaps: 0 },
      { role: "other", members: 1, with_gaps: 0 },
    ]);
  });

  it("a member who leaves after the report date still counts; one who has left does not", () => {
    expect(trainingCoverage(manifest, [], "2027-01-01").find((r) => r.role === "admin")).toBe(
      undefined,
    );
    expect(trainingCoverage(manifest, [], "2026-12-31").find((r) => r.role === "admin")).toEqual({
      role: "admin",
      members: 1,
      with_gaps: 0,
    });
  });

  it("no team, no rows", () => {
    expect(trainingCoverage({}, [], "2026-11-26")).toEqual([]);
    expect(trainingCoverage({ team: "x" }, [], "2026-11-26")).toEqual([]);
  });
});
