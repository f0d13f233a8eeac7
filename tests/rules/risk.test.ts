import { describe, expect, it } from "vitest";
import type { Document } from "yaml";
import { riskLevel } from "../../src/rules/risk-matrix.js";
import {
  COMPLIANT,
  check,
  describePackBasics,
  edit,
  exampleGaps,
  findingsOf,
  lineAt,
} from "./rule-harness.js";

/**
 * The compliant example (examples/remote-maintenance-portal), as these tests use it:
 *   threats: 0 T-01 frequent × considerable (high; M-01, M-02) · 1 T-02 and 2 T-03
 *            occasional × existential (high) · 3 T-04 rare × limited (low, accepted) ·
 *            5 T-06 occasional × considerable (medium; M-06, M-08) ·
 *            6 T-07 occasional × limited (low; M-09)
 *   mitigations: 0 M-01 (1,200 €/year), 1 M-02 (900 €/year) … 7 M-08 in progress, due 2027-02-26
 *   risk_acceptances: 0 T-04 by Andreas Hoffmann (management), 2026-06-11 until 2027-05-31
 * Profile: high protection needs, no NIS2.
 */
const RK_RULES = [
  "RK-001",
  "RK-002",
  "RK-003",
  "RK-004",
  "RK-005",
  "RK-006",
  "RK-007",
  "RK-008",
  "RK-009",
  "RK-010",
];

const T01_TITLE = "Phishing mail steals a service technician's portal password";
const T04_TITLE = "Fake supplier e-mail changes the bank details for spare-part invoices";

function setNis2(doc: Document, value: string): void {
  doc.setIn(["organisation", "regulation", "nis2"], value);
}

function normalProtection(doc: Document): void {
  for (const axis of ["confidentiality", "integrity", "availability"]) {
    doc.setIn(["organisation", "protection_needs", axis], "normal");
  }
  doc.deleteIn(["components", 2, "protection_needs"]);
}

/** The compliant example with the risk acceptance of T-04 changed. */
function acceptance(change: (doc: Document) => void): string {
  return edit(COMPLIANT, change);
}

describePackBasics("risk", RK_RULES);

describe("BSI 200-3 risk matrix (DOMAIN.md §1)", () => {
  // Rows: impact; columns: selten, mittel, häufig, sehr häufig.
  const table: [string, string[]][] = [
    ["existential", ["medium", "high", "very-high", "very-high"]],
    ["considerable", ["medium", "medium", "high", "very-high"]],
    ["limited", ["low", "low", "medium", "high"]],
    ["negligible", ["low", "low", "low", "low"]],
  ];
  const likelihoods = ["rare", "occasional", "frequent", "very-frequent"];
  const cells = table.flatMap(([impact, levels]) =>
    likelihoods.map((likelihood, i) => [likelihood, impact, levels[i]] as const),
  );

  it("has 16 cells", () => {
    expect(cells).toHaveLength(16);
  });

  it.each(cells)("%s × %s is %s", (likelihood, impact, level) => {
    expect(riskLevel(likelihood, impact)).toBe(level);
  });

  it("gives no level for a missing or unknown rating", () => {
    expect(riskLevel(undefined, "limited")).toBeUndefined();
    expect(riskLevel("often", "limited")).toBeUndefined();
  });
});

describe("RK-001 every threat is rated", () => {
  it("reports a threat without likelihood", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.deleteIn(["threat_model", "threats", 0, "likelihood"]),
    );
    expect(await findingsOf("RK-001", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/0",
        line: lineAt(text, ["threat_model", "threats", 0]),
        severity: "medium",
        message: "Threat T-01 has no likelihood or impact rating",
      },
    ]);
  });
});

describe("RK-002 and RK-003 high and very high risks are treated", () => {
  /**
   * T-07 rated as given, treated only by M-08 (in progress, not yet due): reduced on paper,
   * but no measure is in place yet.
   */
  const t07 = (likelihood: string, impact: string) =>
    edit(COMPLIANT, (doc) => {
      doc.setIn(["threat_model", "threats", 6, "likelihood"], likelihood);
      doc.setIn(["threat_model", "threats", 6, "impact"], impact);
      doc.setIn(
        ["threat_model", "threats", 6, "mitigations"],
        doc.createNode(["M-08"], { flow: true }),
      );
    });

  it.each([
    ["occasional", "considerable", []],
    ["frequent", "limited", []],
    ["rare", "existential", []],
    ["frequent", "considerable", ["RK-002"]],
    ["very-frequent", "limited", ["RK-002"]],
    ["occasional", "existential", ["RK-002"]],
    ["very-frequent", "considerable", ["RK-003"]],
    ["frequent", "existential", ["RK-003"]],
    ["very-frequent", "existential", ["RK-003"]],
  ])("%s × %s without a measure in place: %j", async (likelihood, impact, rules) => {
    const report = await check(t07(likelihood, impact));
    const found = report.findings
      .filter((f) => f.rule === "RK-002" || f.rule === "RK-003")
      .map((f) => f.rule);
    expect(found).toEqual(rules);
  });

  it("reports a high risk at the threat's line, naming its rating", async () => {
    const text = t07("frequent", "considerable");
    expect(await findingsOf("RK-002", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/6",
        line: lineAt(text, ["threat_model", "threats", 6]),
        severity: "high",
        thesis: 4,
        item: "T-07",
        message:
          "Threat T-07 (Telemetry flood from misbehaving or hijacked gateways overloads the backend) is a high risk (frequent × considerable) whose treatment is not in place: no implemented measure, an overdue measure, or no current acceptance by management",
      },
    ]);
  });

  it("reports a very high risk as critical", async () => {
    expect(await findingsOf("RK-003", t07("very-frequent", "considerable"))).toMatchObject([
      { severity: "critical", message: expect.stringContaining("is a very high risk") },
    ]);
  });

  it("reports a high risk with an implemented but also an overdue measure", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.addIn(["threat_model", "threats", 0, "mitigations"], "M-08");
      doc.setIn(["threat_model", "mitigations", 7, "due"], "2026-11-01");
    });
    expect(await findingsOf("RK-002", text)).toMatchObject([
      { item: "T-01", message: expect.stringContaining(`Threat T-01 (${T01_TITLE})`) },
    ]);
    // The same measure, still on schedule, is fine next to an implemented one.
    const onSchedule = edit(COMPLIANT, (doc) =>
      doc.addIn(["threat_model", "threats", 0, "mitigations"], "M-08"),
    );
    expect(await findingsOf("RK-002", onSchedule)).toEqual([]);
  });

  it("reports a high risk whose measures are not listed, or that has none", async () => {
    const unknown = edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "threats", 0, "mitigations"], doc.createNode(["M-98", "M-99"])),
    );
    expect(await findingsOf("RK-002", unknown)).toMatchObject([{ item: "T-01" }]);
    const none = edit(COMPLIANT, (doc) =>
      doc.deleteIn(["threat_model", "threats", 0, "mitigations"]),
    );
    expect(await findingsOf("RK-002", none)).toMatchObject([{ item: "T-01" }]);
  });

  it("accepts transfer and avoid backed by an implemented measure", async () => {
    for (const treatment of ["transfer", "avoid"]) {
      const text = edit(COMPLIANT, (doc) =>
        doc.setIn(["threat_model", "threats", 0, "treatment"], treatment),
      );
      expect(await findingsOf("RK-002", text)).toEqual([]);
    }
  });

  describe("a high risk that is accepted", () => {
    // T-04 (rare × limited, accepted) rated frequent × considerable: a high risk.
    const highT04 = (change: (doc: Document) => void = () => {}) =>
      edit(COMPLIANT, (doc) => {
        doc.setIn(["threat_model", "threats", 3, "likelihood"], "frequent");
        doc.setIn(["threat_model", "threats", 3, "impact"], "considerable");
        change(doc);
      });

    it("passes with a current acceptance by management", async () => {
      expect(await findingsOf("RK-002", highT04())).toEqual([]);
    });

    it("with an expired acceptance is one finding: RK-005 names the cause and folds RK-002 in", async () => {
      const text = highT04((doc) => doc.setIn(["risk_acceptances", 0, "expires"], "2026-11-25"));
      expect(await findingsOf("RK-002", text)).toEqual([]);
      expect(await findingsOf("RK-005", text)).toMatchObject([
        { item: "T-04", severity: "high", supersedes: ["RK-002"] },
      ]);
    });

    it("is reported without acceptance or with one by a non-manager", async () => {
      const variants = [
        highT04((doc) => doc.delete("risk_acceptances")),
        highT04((doc) => doc.setIn(["risk_acceptances", 0, "accepted_by"], "Katharina Meier")),
      ];
      for (const text of variants) {
        expect(await findingsOf("RK-002", text)).toMatchObject([
          { item: "T-04", message: expect.stringContaining(`Threat T-04 (${T04_TITLE})`) },
        ]);
      }
    });

    it("is not reported once the threat is obsolete", async () => {
      const text = highT04((doc) => {
        doc.delete("risk_acceptances");
        doc.setIn(["threat_model", "threats", 3, "status"], "obsolete");
      });
      expect(await findingsOf("RK-002", text)).toEqual([]);
    });
  });
});

describe("RK-004 risk acceptances run for at most twelve months", () => {
  it("reports an acceptance of 367 days, at its line", async () => {
    const text = acceptance((doc) => doc.setIn(["risk_acceptances", 0, "expires"], "2027-06-13"));
    expect(await findingsOf("RK-004", text)).toMatchObject([
      {
        pointer: "/risk_acceptances/0",
        line: lineAt(text, ["risk_acceptances", 0]),
        severity: "medium",
        item: "T-04",
        message:
          "Risk acceptance of threat T-04 runs from 2026-06-11 until 2027-06-13, longer than 366 days",
      },
    ]);
  });

  it("accepts 366 days", async () => {
    const text = acceptance((doc) => doc.setIn(["risk_acceptances", 0, "expires"], "2027-06-12"));
    expect(await findingsOf("RK-004", text)).toEqual([]);
  });

  it("says it in German", async () => {
    const text = acceptance((doc) => doc.setIn(["risk_acceptances", 0, "expires"], "2028-06-11"));
    const report = await check(text, { language: "de" });
    expect(report.findings.find((f) => f.rule === "RK-004")?.message).toBe(
      "Risikoübernahme zu Bedrohung T-04 gilt vom 2026-06-11 bis 2028-06-11, länger als 366 Tage",
    );
  });
});

describe("RK-005 expired risk acceptances", () => {
  const expired = (change: (doc: Document) => void = () => {}) =>
    acceptance((doc) => {
      doc.setIn(["risk_acceptances", 0, "expires"], "2026-11-25");
      change(doc);
    });

  it("reports an acceptance that expired yesterday; high with high protection needs", async () => {
    const text = expired();
    const findings = await findingsOf("RK-005", text);
    expect(findings).toMatchObject([
      {
        pointer: "/risk_acceptances/0",
        line: lineAt(text, ["risk_acceptances", 0]),
        severity: "high",
        message: "Risk acceptance of threat T-04 expired on 2026-11-25",
      },
    ]);
    expect(findings[0]?.applies_because).toContain("protection need is");
  });

  it("is medium for normal protection needs without NIS2, high for NIS2 entities", async () => {
    expect(await findingsOf("RK-005", expired(normalProtection))).toMatchObject([
      { severity: "medium" },
    ]);
    const nis2 = expired((doc) => {
      normalProtection(doc);
      setNis2(doc, "important");
    });
    expect(await findingsOf("RK-005", nis2)).toMatchObject([{ severity: "high" }]);
  });

  it("accepts an acceptance that expires today", async () => {
    const text = acceptance((doc) => doc.setIn(["risk_acceptances", 0, "expires"], "2026-11-26"));
    expect(await findingsOf("RK-005", text)).toEqual([]);
  });

  it("ignores old acceptances of threats that are no longer accepted", async () => {
    const text = expired((doc) => {
      doc.setIn(["threat_model", "threats", 3, "treatment"], "mitigate");
      doc.setIn(["threat_model", "threats", 3, "mitigations"], doc.createNode(["M-01"]));
    });
    expect(await findingsOf("RK-005", text)).toEqual([]);
  });
});

describe("RK-006 risk acceptances about to expire", () => {
  const expiring = (date: string) =>
    acceptance((doc) => doc.setIn(["risk_acceptances", 0, "expires"], date));

  it("warns 29 days before the expiry, at low severity", async () => {
    const text = expiring("2026-12-25");
    expect(await findingsOf("RK-006", text)).toMatchObject([
      {
        pointer: "/risk_acceptances/0",
        line: lineAt(text, ["risk_acceptances", 0]),
        severity: "low",
        message: "Risk acceptance of threat T-04 expires on 2026-12-25, in less than 30 days",
      },
    ]);
    expect(await findingsOf("RK-006", expiring("2026-11-26"))).toHaveLength(1);
  });

  it("is quiet 30 days ahead and once expired (RK-005 reports that)", async () => {
    expect(await findingsOf("RK-006", expiring("2026-12-26"))).toEqual([]);
    expect(await findingsOf("RK-006", expiring("2026-11-25"))).toEqual([]);
  });
});

describe("RK-007 acceptances refer to known threats", () => {
  it("reports an acceptance of an unknown threat", async () => {
    const text = acceptance((doc) => doc.setIn(["risk_acceptances", 0, "threat"], "T-44"));
    expect(await findingsOf("RK-007", text)).toMatchObject([
      {
        pointer: "/risk_acceptances/0",
        line: lineAt(text, ["risk_acceptances", 0]),
        severity: "medium",
        item: "T-44",
        message:
          "Risk acceptance refers to threat T-44, which is not in the threat model — did you mean T-04?",
      },
    ]);
  });
});

describe("RK-008 risks are accepted by management", () => {
  it("reports an acceptance by the product lead", async () => {
    const text = acceptance((doc) =>
      doc.setIn(["risk_acceptances", 0, "accepted_by"], "Katharina Meier"),
    );
    expect(await findingsOf("RK-008", text)).toMatchObject([
      {
        pointer: "/risk_acceptances/0",
        line: lineAt(text, ["risk_acceptances", 0]),
        severity: "high",
        thesis: 2,
        message:
          "Risk acceptance of threat T-04 was given by Katharina Meier, who is not a member of management (or has left, or leaves before the decision's date)",
      },
    ]);
  });

  it("accepts the management sponsor even when not on the team", async () => {
    const text = acceptance((doc) => {
      doc.setIn(["management", "sponsor", "name"], "Dr. Eva Hansen");
      doc.setIn(["risk_acceptances", 0, "accepted_by"], "Dr. Eva Hansen");
    });
    expect(await findingsOf("RK-008", text)).toEqual([]);
  });
});

describe("RK-009 accepted risks are documented", () => {
  it("reports an accepted threat without risk acceptance", async () => {
    const text = acceptance((doc) => doc.delete("risk_acceptances"));
    expect(await findingsOf("RK-009", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/3",
        line: lineAt(text, ["threat_model", "threats", 3]),
        severity: "medium",
        message: `Threat T-04 (${T04_TITLE}) is treated as accepted, but no risk acceptance is recorded for it`,
      },
    ]);
  });

  it("leaves high accepted risks to RK-002", async () => {
    const text = acceptance((doc) => {
      doc.delete("risk_acceptances");
      doc.setIn(["threat_model", "threats", 3, "likelihood"], "frequent");
      doc.setIn(["threat_model", "threats", 3, "impact"], "considerable");
    });
    expect(await findingsOf("RK-009", text)).toEqual([]);
    expect(await findingsOf("RK-002", text)).toMatchObject([{ item: "T-04" }]);
  });
});

describe("RK-010 measures that do not pay off (risk economics)", () => {
  // T-01: 40,000 € damage × 4 a year (frequent) = 160,000 € expected annual loss;
  // its measures M-01 (1,200 €) and M-02 (900 €) cost 2,100 € a year: they pay off.
  const m02Costs = (euros: number) =>
    edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "mitigations", 1, "cost_eur_per_year"], euros),
    );

  it("reports measures that cost more than the expected annual loss", async () => {
    const text = m02Costs(158_801);
    expect(await findingsOf("RK-010", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/0",
        line: lineAt(text, ["threat_model", "threats", 0]),
        severity: "low",
        thesis: 4,
        item: "T-01",
        message: `Threat T-01 (${T01_TITLE}): its measures cost €160,001 a year, more than the expected annual loss of €160,000`,
      },
    ]);
  });

  it("counts measures that cost exactly the expected loss as paying off", async () => {
    expect(await findingsOf("RK-010", m02Costs(158_800))).toEqual([]);
  });

  it("uses the likelihood band: the same measures pay off less for a rare threat", async () => {
    // T-02: 250,000 € × 0.5 (occasional) = 125,000 €; as rare: 250,000 € × 0.2 = 50,000 €.
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(["threat_model", "mitigations", 2, "cost_eur_per_year"], 60_000);
    });
    expect(await findingsOf("RK-010", text)).toEqual([]);
    const rare = edit(text, (doc) =>
      doc.setIn(["threat_model", "threats", 1, "likelihood"], "rare"),
    );
    expect(await findingsOf("RK-010", rare)).toMatchObject([
      { item: "T-02", message: expect.stringContaining("€61,200 a year") },
    ]);
  });

  it("says nothing without a damage figure", async () => {
    const text = edit(m02Costs(500_000), (doc) =>
      doc.deleteIn(["threat_model", "threats", 0, "expected_damage_eur"]),
    );
    expect(await findingsOf("RK-010", text)).toEqual([]);
  });
});

describe("risk pack on the examples with gaps", () => {
  const gapsOf = (example: string) => exampleGaps(example, "risk");

  it("finds the high risk T-01 of crafts-webshop with its overdue measure", async () => {
    expect(await gapsOf("crafts-webshop")).toEqual(["RK-002 high T-01"]);
  });

  it("finds the expired acceptance of T-05 in logistics-nis2", async () => {
    expect(await gapsOf("logistics-nis2")).toEqual(["RK-005 high T-05"]);
  });
});
