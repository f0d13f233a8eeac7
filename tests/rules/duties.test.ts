import { describe, expect, it } from "vitest";
import {
  all,
  COMPLIANT,
  describeFailingCases,
  edit,
  type FailingCase,
  findingsOf,
  keyLine,
  lineAt,
  remove,
  set,
} from "./rule-harness.js";

// The compliant example is a CRA product maker processing personal data: it records a CRA (index 0)
// and a GDPR (index 1) reporting duty, the market date, and recovery objectives for the backend
// (index 3), whose availability need is normal until a test raises it.
const nis2Important = set(["organisation", "regulation", "nis2"], "important");
const backendAvailabilityHigh = set(["components", 3, "protection_needs"], {
  availability: "high",
});
const nis2Entry = {
  regime: "nis2",
  reporter: "Stefan Richter",
  authority: "bsi",
  early_warning_hours: 24,
  notification_hours: 72,
  final_report_days: 30,
  last_tested: "2026-06-24",
};
const reporting = ["incident_response", "reporting"];

const GOVERNANCE_CASES: FailingCase[] = [
  {
    rule: "GV-030",
    why: "a NIS2 entity records no reporting duty to the BSI",
    change: nis2Important,
    pointer: "/incident_response/reporting",
    line: (text) => keyLine(text, reporting),
    severity: "high",
    message: "No NIS2 reporting duty to the BSI is recorded under incident_response → reporting",
  },
  {
    rule: "GV-031",
    why: "a CRA product records no reporting duty to the CSIRT and ENISA after 2026-09-11",
    change: remove([...reporting, 0]),
    pointer: "/incident_response/reporting",
    line: (text) => keyLine(text, reporting),
    severity: "high",
    message:
      "No CRA reporting duty to the CSIRT and ENISA is recorded under incident_response → reporting (it applies since 2026-09-11)",
  },
  {
    rule: "GV-032",
    why: "personal data is processed but no GDPR breach reporting is recorded",
    change: remove([...reporting, 1]),
    pointer: "/incident_response/reporting",
    line: (text) => keyLine(text, reporting),
    severity: "medium",
  },
  {
    rule: "GV-033",
    why: "the CRA final report is planned a month after the fix instead of 14 days",
    change: set([...reporting, 0, "final_report_days"], 30),
    pointer: "/incident_response/reporting/0",
    line: (text) => lineAt(text, [...reporting, 0]),
    severity: "high",
    message:
      "Reporting duty cra: the authority or a deadline is missing, wrong or longer than the law allows",
  },
  {
    rule: "GV-033",
    why: "a GDPR breach is to be reported to the BSI instead of the data-protection authority",
    change: set([...reporting, 1, "authority"], "bsi"),
    pointer: "/incident_response/reporting/1",
    line: (text) => lineAt(text, [...reporting, 1]),
    severity: "high",
  },
  {
    rule: "GV-033",
    why: "a NIS2 entry allows 48 hours for the early warning",
    change: all(nis2Important, set([...reporting, 2], { ...nis2Entry, early_warning_hours: 48 })),
    pointer: "/incident_response/reporting/2",
    line: (text) => lineAt(text, [...reporting, 2]),
    severity: "high",
  },
  {
    rule: "GV-034",
    why: "the CRA reporter is not in the team",
    change: set([...reporting, 0, "reporter"], "Jonas Unbekannt"),
    pointer: "/incident_response/reporting/0/reporter",
    line: (text) => lineAt(text, [...reporting, 0, "reporter"]),
    severity: "high",
    message:
      "Reporting duty cra: no reporter is named, or the reporter or deputy is not a current team member — not listed: Jonas Unbekannt",
  },
  {
    rule: "GV-034",
    why: "the GDPR deputy left the company last month",
    change: set(["team", 5, "left"], "2026-10-31"),
    pointer: "/incident_response/reporting/1/reporter",
    line: (text) => lineAt(text, [...reporting, 1, "reporter"]),
    severity: "high",
  },
  {
    rule: "GV-034",
    why: "the GDPR duty names nobody who reports",
    change: remove([...reporting, 1, "reporter"]),
    pointer: "/incident_response/reporting/1",
    line: (text) => lineAt(text, [...reporting, 1]),
    severity: "high",
  },
  {
    rule: "GV-035",
    why: "the CRA reporting chain was last tested 13 months ago",
    change: set([...reporting, 0, "last_tested"], "2025-10-20"),
    pointer: "/incident_response/reporting/0/last_tested",
    line: (text) => lineAt(text, [...reporting, 0, "last_tested"]),
    severity: "medium",
    message: "Reporting duty cra: the chain has not been tested since 2025-11-26",
  },
  {
    rule: "GV-036",
    why: "a CRA product in production does not say when it was placed on the market",
    change: remove(["project", "placed_on_market"]),
    pointer: "/project/phase",
    line: (text) => keyLine(text, ["project", "phase"]),
    severity: "low",
  },
  {
    rule: "GV-037",
    why: "a component with high availability needs has no recovery objectives",
    change: all(backendAvailabilityHigh, remove(["components", 3, "recovery"])),
    pointer: "/components/3",
    line: (text) => lineAt(text, ["components", 3]),
    severity: "medium",
    message:
      "Component backend has high availability needs but no recovery time and recovery point objectives",
  },
  {
    rule: "GV-037",
    why: "a recovery time objective without a recovery point objective",
    change: all(backendAvailabilityHigh, remove(["components", 3, "recovery", "rpo_hours"])),
    pointer: "/components/3",
    line: (text) => lineAt(text, ["components", 3]),
    severity: "medium",
  },
  {
    rule: "GV-038",
    why: "a component with high availability needs was last restored 14 months ago",
    change: all(
      backendAvailabilityHigh,
      set(["components", 3, "recovery", "last_restore_test"], "2025-09-29"),
    ),
    pointer: "/components/3/recovery",
    line: (text) => keyLine(text, ["components", 3, "recovery"]),
    severity: "medium",
    message: "Component backend: no restore test since 2025-11-26",
  },
];

describeFailingCases("governance", GOVERNANCE_CASES);

describeFailingCases("threat-modelling", [
  {
    rule: "TM-030",
    why: "the ransomware threat's measures only prevent (the backup is not marked recover)",
    change: remove(["threat_model", "mitigations", 2, "kind"]),
    pointer: "/threat_model/threats/1/mitigations",
    line: (text) => keyLine(text, ["threat_model", "threats", 1, "mitigations"]),
    severity: "high",
  },
  {
    rule: "TM-030",
    why: "the ransomware threat is marked treated while its restoring measure is in progress",
    change: all(
      set(["threat_model", "threats", 1, "status"], "treated"),
      set(["threat_model", "mitigations", 2, "status"], "in-progress"),
      set(["threat_model", "mitigations", 2, "due"], "2027-01-31"),
    ),
    pointer: "/threat_model/threats/1/mitigations",
    line: (text) => keyLine(text, ["threat_model", "threats", 1, "mitigations"]),
    severity: "high",
  },
]);

describe("reporting duties apply by profile and date", () => {
  it("passes a NIS2 entity whose chain to the BSI is recorded within the law's deadlines", async () => {
    const text = edit(COMPLIANT, all(nis2Important, set([...reporting, 2], nis2Entry)));
    for (const rule of ["GV-030", "GV-033", "GV-034", "GV-035"])
      expect(await findingsOf(rule, text), rule).toEqual([]);
  });

  it("asks nothing of a company outside NIS2 without a NIS2 entry", async () => {
    expect(await findingsOf("GV-030", COMPLIANT)).toEqual([]);
  });

  it("does not ask for the CRA chain before CRA Art. 14 applies (2026-09-10)", async () => {
    const text = edit(COMPLIANT, remove([...reporting, 0]));
    expect(await findingsOf("GV-031", text, { today: "2026-09-10" })).toEqual([]);
    expect(await findingsOf("GV-031", text, { today: "2026-09-11" })).toHaveLength(1);
  });

  it("does not ask for GDPR reporting where no personal data is processed", async () => {
    const text = edit(
      COMPLIANT,
      all(
        set(["organisation", "topics"], ["ot-iot", "remote-access", "cloud"]),
        remove([...reporting, 1]),
      ),
    );
    expect(await findingsOf("GV-032", text)).toEqual([]);
  });

  it("accepts shorter deadlines than the law's", async () => {
    const text = edit(COMPLIANT, set([...reporting, 1, "notification_hours"], 48));
    expect(await findingsOf("GV-033", text)).toEqual([]);
  });

  it("keeps a reporter whose leaving date is still ahead as a current member", async () => {
    const text = edit(COMPLIANT, set(["team", 1, "left"], "2027-03-31"));
    expect(await findingsOf("GV-034", text)).toEqual([]);
  });
});

describe("GV-011 counts the CRA support period from placing on the market", () => {
  it("reports updates that end one day short of five years after placing on the market", async () => {
    const text = edit(
      COMPLIANT,
      set(["vulnerability_handling", "security_updates_until"], "2031-02-01"),
    );
    expect(await findingsOf("GV-011", text)).toHaveLength(1);
  });

  it("accepts updates until exactly five years after placing on the market", async () => {
    const text = edit(
      COMPLIANT,
      set(["vulnerability_handling", "security_updates_until"], "2031-02-02"),
    );
    expect(await findingsOf("GV-011", text)).toEqual([]);
  });

  it("counts from the market date, not the earlier project start", async () => {
    // Five years after the start (2025-10-06) would be enough; five after the market date is not.
    const text = edit(
      COMPLIANT,
      set(["vulnerability_handling", "security_updates_until"], "2030-12-31"),
    );
    expect(await findingsOf("GV-011", text)).toHaveLength(1);
  });
});

describe("business continuity applies to components with high availability needs", () => {
  it("asks nothing of components whose availability need is normal", async () => {
    const text = edit(COMPLIANT, remove(["components", 3, "recovery"]));
    expect(await findingsOf("GV-037", text)).toEqual([]);
  });

  it("takes the availability need from the organisation when the component has none", async () => {
    const text = edit(COMPLIANT, set(["organisation", "protection_needs", "availability"], "high"));
    // The backend has objectives and a recent restore test; the tunnel's own need (normal) wins
    // over the organisation's; portal and gateway inherit "high" and have no objectives.
    const gaps = await findingsOf("GV-037", text);
    expect(gaps.map((f) => f.item)).toEqual(["portal", "gateway"]);
  });

  it("passes a high-availability component with objectives and a recent restore test", async () => {
    const text = edit(COMPLIANT, backendAvailabilityHigh);
    expect(await findingsOf("GV-037", text)).toEqual([]);
    expect(await findingsOf("GV-038", text)).toEqual([]);
  });
});

describe("TM-030 ransomware and restoring measures", () => {
  it("passes a treated ransomware threat whose restoring measure is implemented", async () => {
    const text = edit(COMPLIANT, set(["threat_model", "threats", 1, "status"], "treated"));
    expect(await findingsOf("TM-030", text)).toEqual([]);
  });

  it("leaves accepted ransomware risks to the risk rules", async () => {
    const text = edit(
      COMPLIANT,
      all(
        set(["threat_model", "threats", 1, "treatment"], "accept"),
        remove(["threat_model", "mitigations", 2, "kind"]),
      ),
    );
    expect(await findingsOf("TM-030", text)).toEqual([]);
  });
});
