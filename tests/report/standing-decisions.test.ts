import { describe, expect, it } from "vitest";
import { standingDecisions } from "../../src/report/standing-decisions.js";

describe("standing decisions (JSON report: standing_decisions)", () => {
  it("lists risk acceptances and waivers, soonest expiry first, one without a valid date first of all", () => {
    const manifest = {
      risk_acceptances: [
        { threat: "T-2", accepted_by: "Anna", date: "2026-01-01", expires: "2027-01-01" },
        { threat: "T-1", accepted_by: "Ben", date: "2026-01-01", expires: "2026-12-01" },
        null,
      ],
      waivers: [
        { rule: "RV-003", scope: "gateway", approved_by: "Anna", expires: "2026-12-01" },
        { rule: "TR-001", approved_by: "Ben", expires: "2026-02-30" },
      ],
    };
    expect(standingDecisions(manifest)).toEqual([
      { kind: "waiver", subject: "TR-001", decided_by: "Ben", pointer: "/waivers/1" },
      {
        kind: "risk-acceptance",
        subject: "T-1",
        decided_by: "Ben",
        expires: "2026-12-01",
        pointer: "/risk_acceptances/1",
      },
      {
        kind: "waiver",
        subject: "RV-003 (gateway)",
        decided_by: "Anna",
        expires: "2026-12-01",
        pointer: "/waivers/0",
      },
      {
        kind: "risk-acceptance",
        subject: "T-2",
        decided_by: "Anna",
        expires: "2027-01-01",
        pointer: "/risk_acceptances/0",
      },
    ]);
  });

  it("nothing decided, nothing listed; values of the wrong type are left empty", () => {
    expect(standingDecisions({})).toEqual([]);
    expect(standingDecisions({ waivers: [{ rule: { x: 1 }, approved_by: ["x"] }] })).toEqual([
      { kind: "waiver", subject: "", decided_by: "", pointer: "/waivers/0" },
    ]);
  });
});
