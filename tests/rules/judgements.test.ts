// Judgements about people, owners and decisions (issue 9, part 3): each test changes one thing
// in the compliant example and pins what a careful expert would conclude.
import { describe, expect, it } from "vitest";
import { COMPLIANT, edit, findingsOf, lineAt, TODAY } from "./rule-harness.js";

/** The index of a team member in the compliant example, by name. */
function memberIndex(name: string): number {
  const index = [...COMPLIANT.matchAll(/^ {2}- name: (.+)$/gm)].map((m) => m[1]).indexOf(name);
  if (index < 0) throw new Error(`no member ${name}`);
  return index;
}
const TEAM_ORDER = [
  "Katharina Meier",
  "Florian Wagner",
  "Aylin Demir",
  "Stefan Richter",
  "Andreas Hoffmann",
  "Birgit Lange",
];

const withLeft = (name: string, left: string, text = COMPLIANT) =>
  edit(text, (doc) => doc.setIn(["team", TEAM_ORDER.indexOf(name), "left"], left));

describe("one definition of a current member", () => {
  it("the test's team order is the example's", () => {
    for (const name of TEAM_ORDER) expect(memberIndex(name)).toBe(TEAM_ORDER.indexOf(name));
  });

  it("a member with a future left date is still in scope of the training rules", async () => {
    // Stefan leaves next month: until then he needs his trainings like everyone else.
    const text = edit(withLeft("Stefan Richter", "2026-12-31"), (doc) =>
      doc.setIn(["team", TEAM_ORDER.indexOf("Stefan Richter"), "trainings"], doc.createNode([])),
    );
    for (const rule of ["TR-001", "TR-002", "TR-004"]) {
      const findings = await findingsOf(rule, text);
      expect(
        findings.map((f) => f.item),
        rule,
      ).toEqual(["Stefan Richter"]);
    }
  });

  it("a member whose left date is today or earlier is out of scope", async () => {
    for (const left of [TODAY, "2026-06-30"]) {
      const text = edit(withLeft("Stefan Richter", left), (doc) =>
        doc.setIn(["team", TEAM_ORDER.indexOf("Stefan Richter"), "trainings"], doc.createNode([])),
      );
      for (const rule of ["TR-001", "TR-002", "TR-004"])
        expect(await findingsOf(rule, text), `${rule} ${left}`).toEqual([]);
    }
  });

  it("the evidence of a member who leaves in the future is still checked", async () => {
    const text = edit(withLeft("Stefan Richter", "2027-03-31"), (doc) =>
      doc.setIn(
        ["team", TEAM_ORDER.indexOf("Stefan Richter"), "trainings", 0, "evidence"],
        "docs/training/missing-certificate.pdf",
      ),
    );
    expect((await findingsOf("TR-008", text)).map((f) => f.rule)).toEqual(["TR-008"]);
    const gone = edit(withLeft("Stefan Richter", "2026-03-31"), (doc) =>
      doc.setIn(
        ["team", TEAM_ORDER.indexOf("Stefan Richter"), "trainings", 0, "evidence"],
        "docs/training/missing-certificate.pdf",
      ),
    );
    expect(await findingsOf("TR-008", gone)).toEqual([]);
  });

  it("a threat owner who leaves in the future is still a current owner; one who left is not", async () => {
    expect(await findingsOf("TM-008", withLeft("Stefan Richter", "2027-01-31"))).toEqual([]);
    const gone = await findingsOf("TM-008", withLeft("Stefan Richter", "2026-11-01"));
    expect(gone.length).toBeGreaterThan(0);
  });
});

describe("decisions need someone in management on the day of the decision", () => {
  it("a risk acceptance by a manager who has left is a gap (RK-008)", async () => {
    const text = withLeft("Andreas Hoffmann", "2026-09-30");
    const findings = await findingsOf("RK-008", text);
    expect(findings).toMatchObject([{ item: "T-04", pointer: "/risk_acceptances/0" }]);
  });

  it("a risk acceptance dated on or after the decider's last day is a gap, before it is not", async () => {
    // Andreas leaves in the future; the acceptance is dated after that day.
    const after = edit(withLeft("Andreas Hoffmann", "2027-03-31"), (doc) =>
      doc.setIn(["risk_acceptances", 0, "date"], "2027-04-01"),
    );
    expect((await findingsOf("RK-008", after)).map((f) => f.item)).toEqual(["T-04"]);
    const before = withLeft("Andreas Hoffmann", "2027-03-31");
    expect(await findingsOf("RK-008", before)).toEqual([]);
  });

  it("a sponsor who has left the team is no longer management", async () => {
    // Andreas is both sponsor and management member; leaving ends both.
    const text = withLeft("Andreas Hoffmann", "2026-10-31");
    expect((await findingsOf("TM-014", text)).map((f) => f.rule)).toEqual(["TM-014"]);
  });

  it("a threat-model sign-off by someone who left before its date is a gap (TM-014)", async () => {
    const text = edit(withLeft("Andreas Hoffmann", "2027-03-31"), (doc) => {
      doc.setIn(["threat_model", "approved_by"], "Birgit Lange");
    });
    expect(await findingsOf("TM-014", text)).toEqual([]);
    const late = edit(withLeft("Birgit Lange", "2026-10-01"), (doc) =>
      doc.setIn(["threat_model", "approved_by"], "Birgit Lange"),
    );
    expect((await findingsOf("TM-014", late)).map((f) => f.rule)).toEqual(["TM-014"]);
  });

  it("a waiver approved by a manager who has left waives nothing (GV-014)", async () => {
    const text = edit(withLeft("Birgit Lange", "2026-08-31"), (doc) =>
      doc.set(
        "waivers",
        doc.createNode([
          {
            rule: "RV-003",
            scope: "gateway",
            approved_by: "Birgit Lange",
            reason: "Pen test booked for January.",
            expires: "2027-01-31",
          },
        ]),
      ),
    );
    expect((await findingsOf("GV-014", text)).map((f) => f.pointer)).toEqual([
      "/waivers/0/approved_by",
    ]);
    const stillHere = edit(withLeft("Birgit Lange", "2027-08-31"), (doc) =>
      doc.set(
        "waivers",
        doc.createNode([
          {
            rule: "RV-003",
            scope: "gateway",
            approved_by: "Birgit Lange",
            reason: "Pen test booked for January.",
            expires: "2027-01-31",
          },
        ]),
      ),
    );
    expect(await findingsOf("GV-014", stillHere)).toEqual([]);
  });
});

describe("SC-007: the staff count contradicts the size", () => {
  it("reports 42 staff declared as micro at the staff count, in English and German", async () => {
    const text = edit(COMPLIANT, (doc) => doc.setIn(["organisation", "size"], "micro"));
    const [finding, ...rest] = await findingsOf("SC-007", text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      area: "schema",
      severity: "high",
      pointer: "/organisation/staff_count",
      line: lineAt(text, ["organisation", "staff_count"]),
      message:
        "organisation.staff_count: 42 staff is not a micro company (EU SME definition); it is small",
    });
    const [german] = await findingsOf("SC-007", text, { language: "de" });
    expect(german?.remediation).toContain("bei 42 Beschäftigten: small");
  });

  it.each([
    ["micro", 9],
    ["small", 10],
    ["small", 49],
    ["medium", 50],
    ["medium", 249],
    ["large", 250],
  ])("accepts %s with %i staff (the class boundaries)", async (size, staff) => {
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(["organisation", "size"], size);
      doc.setIn(["organisation", "staff_count"], staff);
    });
    expect(await findingsOf("SC-007", text)).toEqual([]);
  });

  it.each([
    ["micro", 10],
    ["small", 9],
    ["small", 50],
    ["medium", 250],
    ["large", 249],
  ])("reports %s with %i staff", async (size, staff) => {
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(["organisation", "size"], size);
      doc.setIn(["organisation", "staff_count"], staff);
    });
    expect((await findingsOf("SC-007", text)).map((f) => f.rule)).toEqual(["SC-007"]);
  });

  it("says nothing without a staff count", async () => {
    const text = edit(COMPLIANT, (doc) => doc.deleteIn(["organisation", "staff_count"]));
    expect(await findingsOf("SC-007", text)).toEqual([]);
  });
});

describe("RV-010: an accepted review finding needs a recorded management decision", () => {
  // PT-2026-08 (medium) of the pen test, reviews[2].findings[1].
  const FINDING = ["reviews", 2, "findings", 1];
  const accepted = (acceptance?: Record<string, string>) =>
    edit(COMPLIANT, (doc) => {
      doc.setIn([...FINDING, "status"], "accepted");
      if (acceptance) doc.setIn([...FINDING, "acceptance"], doc.createNode(acceptance));
    });
  const decision = {
    accepted_by: "Birgit Lange",
    date: "2026-10-20",
    expires: "2027-04-30",
    reason:
      "Cookie is only set on the technician subdomain; fixed with the next framework upgrade.",
  };

  it("passes with a current decision by a member of management", async () => {
    expect(await findingsOf("RV-010", accepted(decision))).toEqual([]);
  });

  it("reports accepted without any decision as still open, at the finding, with its severity", async () => {
    const text = accepted();
    expect(await findingsOf("RV-010", text)).toMatchObject([
      {
        item: "PT-2026-08",
        pointer: "/reviews/2/findings/1",
        line: lineAt(text, FINDING),
        severity: "medium",
        message:
          "PT-2026-08 (penetration-test 2026-10-14): medium finding set to accepted without a current decision by management (who, when, until when); it is still open",
      },
    ]);
  });

  it.each([
    ["an expired decision", { ...decision, expires: "2026-11-25" }],
    ["a decision by someone outside management", { ...decision, accepted_by: "Florian Wagner" }],
    ["a decision dated in the future", { ...decision, date: "2026-12-01" }],
    ["a decision without expiry", { accepted_by: "Birgit Lange", date: "2026-10-20" }],
  ])("reports %s", async (_why, acceptance) => {
    expect((await findingsOf("RV-010", accepted(acceptance))).map((f) => f.item)).toEqual([
      "PT-2026-08",
    ]);
  });

  it("reports a decision by a manager who has left", async () => {
    const text = withLeft("Birgit Lange", "2026-11-01", accepted(decision));
    expect((await findingsOf("RV-010", text)).map((f) => f.item)).toEqual(["PT-2026-08"]);
  });
});

describe("owners of components and mitigations are current team members (TM-020, TM-021)", () => {
  it("accepts an owner who leaves in the future", async () => {
    const text = withLeft("Stefan Richter", "2027-02-28");
    expect(await findingsOf("TM-020", text)).toEqual([]);
    expect(await findingsOf("TM-021", text)).toEqual([]);
  });

  it("reports the components and mitigations of an owner who has left, at the owner", async () => {
    const text = withLeft("Stefan Richter", "2026-10-31");
    expect(await findingsOf("TM-020", text)).toMatchObject([
      {
        item: "tunnel",
        pointer: "/components/2/owner",
        line: lineAt(text, ["components", 2, "owner"]),
        message: "Component tunnel is owned by Stefan Richter, who is not a current team member",
      },
    ]);
    const mitigations = await findingsOf("TM-021", text);
    expect(mitigations.length).toBeGreaterThan(0);
    expect(mitigations.every((f) => f.message.includes("Stefan Richter"))).toBe(true);
    expect(mitigations.map((f) => f.item)).toContain("M-10");
  });

  it("reports an owner who is not in the team at all", async () => {
    const text = edit(COMPLIANT, (doc) => doc.setIn(["components", 0, "owner"], "Katarina Meier"));
    expect((await findingsOf("TM-020", text)).map((f) => f.item)).toEqual(["portal"]);
  });

  it("says nothing about a component without an owner (not this rule's point)", async () => {
    const text = edit(COMPLIANT, (doc) => doc.deleteIn(["components", 0, "owner"]));
    expect(await findingsOf("TM-020", text)).toEqual([]);
  });
});
