import { describe, expect, it } from "vitest";
import type { Document } from "yaml";
import {
  COMPLIANT,
  check,
  describePackBasics,
  edit,
  exampleGaps,
  findingsOf,
  keyLine,
  lineAt,
} from "./rule-harness.js";

/**
 * The compliant example (examples/remote-maintenance-portal), as these tests use it:
 *   components: 0 portal, 1 gateway, 2 tunnel (all internet), 3 backend (internal)
 *   threats:    0 T-01 portal phishing · 1 T-02 backend ransomware · 2 T-03 tunnel unpatched ·
 *               3 T-04 portal ceo-fraud (accepted) · 4 T-05 gateway supply-chain ·
 *               5 T-06 portal supply-chain · 6 T-07 backend ddos · 7 T-08 tunnel insider ·
 *               8 T-09 gateway unpatched
 *   mitigations: 0 M-01 … 10 M-11; 7 is M-08, the only one in progress (due 2027-02-26)
 *   team: 0 Katharina Meier (product) … 2 Aylin Demir (developer) … 4 Andreas Hoffmann,
 *         5 Birgit Lange (management)
 * Profile: small, manufacturing, production, CRA product, no NIS2, advisor, confidentiality and
 * integrity high (tunnel very high), availability normal. Project started 2025-10-06.
 */
const TM_RULES = [
  "TM-001",
  "TM-002",
  "TM-003",
  "TM-004",
  "TM-005",
  "TM-006",
  "TM-007",
  "TM-008",
  "TM-009",
  "TM-010",
  "TM-011",
  "TM-012",
  "TM-013",
  "TM-014",
  "TM-015",
  "TM-016",
  "TM-020",
  "TM-021",
  // Ransomware needs a measure that restores (tests in duties.test.ts).
  "TM-030",
];

function setNis2(doc: Document, value: string): void {
  doc.setIn(["organisation", "regulation", "nis2"], value);
}

/** Normal protection needs everywhere: organisation and component overrides. */
function normalProtection(doc: Document): void {
  for (const axis of ["confidentiality", "integrity", "availability"]) {
    doc.setIn(["organisation", "protection_needs", axis], "normal");
  }
  doc.deleteIn(["components", 2, "protection_needs"]);
}

/** The compliant example with the attack type of the given threats set to `other`. */
function withoutAttackType(...threats: number[]): string {
  return edit(COMPLIANT, (doc) => {
    for (const index of threats)
      doc.setIn(["threat_model", "threats", index, "attack_type"], "other");
  });
}

const attackTypes = (findings: { item?: string }[]) => findings.map((f) => f.item).sort();

describePackBasics("threat-modelling", TM_RULES);

describe("TM-001 a threat model exists", () => {
  const manifestLine = (text: string) =>
    text.split("\n").findIndex((line) => line.startsWith("manifest_version")) + 1;

  it("reports a manifest without threat model, critical for a CRA product in production", async () => {
    const text = edit(COMPLIANT, (doc) => doc.delete("threat_model"));
    expect(await findingsOf("TM-001", text)).toMatchObject([
      {
        pointer: "",
        line: manifestLine(text),
        severity: "critical",
        message: "The manifest has no threat model with threats",
      },
    ]);
  });

  it("stays high before production", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.delete("threat_model");
      doc.setIn(["project", "phase"], "development");
    });
    expect(await findingsOf("TM-001", text)).toMatchObject([{ severity: "high" }]);
  });

  it("reports a threat model without threats", async () => {
    const text = edit(COMPLIANT, (doc) => doc.setIn(["threat_model", "threats"], []));
    expect(await findingsOf("TM-001", text)).toHaveLength(1);
  });
});

describe("TM-002 threat model from the project's first weeks", () => {
  const createdOn = (date: string) =>
    edit(COMPLIANT, (doc) => doc.setIn(["threat_model", "created"], date));

  it("reports a threat model created more than 42 days after the start", async () => {
    const text = createdOn("2025-11-18"); // 43 days after 2025-10-06
    const findings = await findingsOf("TM-002", text);
    expect(findings).toMatchObject([
      {
        pointer: "/threat_model/created",
        line: lineAt(text, ["threat_model", "created"]),
        severity: "medium",
        thesis: 5,
        message: "The threat model was created more than 42 days after the project started",
      },
    ]);
    expect(findings[0]?.remediation).toContain("within 42 days");
  });

  it("accepts day 42 exactly", async () => {
    expect(await findingsOf("TM-002", createdOn("2025-11-17"))).toEqual([]);
  });

  it("has nothing to compare without a project start (other rules ask for it)", async () => {
    const text = edit(createdOn("2026-06-01"), (doc) => doc.deleteIn(["project", "started"]));
    expect(await findingsOf("TM-002", text)).toEqual([]);
  });

  it("says it in German", async () => {
    const report = await check(createdOn("2026-01-10"), { language: "de" });
    expect(report.findings.find((f) => f.rule === "TM-002")?.message).toBe(
      "Das Bedrohungsmodell wurde mehr als 42 Tage nach Projektbeginn erstellt",
    );
  });
});

describe("TM-003 regular review of the threat model", () => {
  const reviewedOn = (date: string, change: (doc: Document) => void = () => {}) =>
    edit(COMPLIANT, (doc) => {
      doc.setIn(["threat_model", "last_reviewed"], date);
      change(doc);
    });

  it("reports a review older than 180 days where protection needs are high", async () => {
    const text = reviewedOn("2026-05-29"); // 181 days before 2026-11-26
    const findings = await findingsOf("TM-003", text);
    expect(findings).toMatchObject([
      {
        pointer: "/threat_model/last_reviewed",
        line: lineAt(text, ["threat_model", "last_reviewed"]),
        severity: "medium",
        message: "The threat model has not been reviewed in the last 180 days",
      },
    ]);
    expect(findings[0]?.applies_because).toContain("(the rule applies from high on)");
    expect(await findingsOf("TM-003", reviewedOn("2026-05-30"))).toEqual([]);
  });

  it("allows 365 days for normal protection needs", async () => {
    expect(await findingsOf("TM-003", reviewedOn("2025-11-26", normalProtection))).toEqual([]);
    expect(await findingsOf("TM-003", reviewedOn("2025-11-25", normalProtection))).toMatchObject([
      { message: "The threat model has not been reviewed in the last 365 days" },
    ]);
  });

  it("is high for NIS2 entities", async () => {
    const text = reviewedOn("2026-01-15", (doc) => setNis2(doc, "important"));
    expect(await findingsOf("TM-003", text)).toMatchObject([{ severity: "high" }]);
  });

  it("counts the creation date of a never-reviewed threat model", async () => {
    const text = edit(COMPLIANT, (doc) => doc.deleteIn(["threat_model", "last_reviewed"]));
    // created 2025-10-27: more than 180 days ago
    expect(await findingsOf("TM-003", text)).toMatchObject([
      { pointer: "/threat_model/last_reviewed", line: keyLine(text, ["threat_model"]) },
    ]);
    const fresh = edit(text, (doc) => doc.setIn(["threat_model", "created"], "2026-10-01"));
    expect(await findingsOf("TM-003", fresh)).toEqual([]);
  });

  it("does not accept a review date in the future", async () => {
    expect(await findingsOf("TM-003", reviewedOn("2026-12-01"))).toHaveLength(1);
  });
});

/** The compliant example's topics without ot-iot. */
const withoutOtTopic = (doc: Document) =>
  doc.setIn(
    ["organisation", "topics"],
    doc.createNode(["remote-access", "cloud", "personal-data"]),
  );

describe("TM-004 internet-facing components have threats", () => {
  // T-05 and T-09 are the gateway's threats.
  const gatewayWithoutThreats = edit(COMPLIANT, (doc) => {
    doc.setIn(["threat_model", "threats", 4, "component"], "backend");
    doc.setIn(["threat_model", "threats", 8, "component"], "backend");
  });

  it("reports the uncovered component at its line", async () => {
    const findings = await findingsOf("TM-004", gatewayWithoutThreats);
    expect(findings).toMatchObject([
      {
        pointer: "/components/1",
        line: lineAt(gatewayWithoutThreats, ["components", 1]),
        // The portal company runs OT (topic ot-iot): an unexamined device on the internet is critical.
        severity: "critical",
        item: "gateway",
        message:
          "Component gateway is reachable from the internet, but no threat in the threat model concerns it",
        applies_because: expect.stringContaining("reachable from the internet"),
      },
    ]);
    expect(await findingsOf("TM-005", gatewayWithoutThreats)).toEqual([]);
    const withoutOt = edit(gatewayWithoutThreats, withoutOtTopic);
    expect(await findingsOf("TM-004", withoutOt)).toMatchObject([{ severity: "high" }]);
  });

  it("does not count obsolete threats", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(["threat_model", "threats", 4, "status"], "obsolete");
      doc.setIn(["threat_model", "threats", 8, "status"], "obsolete");
    });
    expect(await findingsOf("TM-004", text)).toMatchObject([{ item: "gateway" }]);
  });

  it("does not apply without internet-facing components (TM-005 takes over)", async () => {
    const text = edit(gatewayWithoutThreats, (doc) => {
      for (const index of [0, 1, 2]) doc.setIn(["components", index, "exposure"], "internal");
    });
    expect(await findingsOf("TM-004", text)).toEqual([]);
    expect(await findingsOf("TM-005", text)).toMatchObject([{ item: "gateway" }]);
  });
});

describe("TM-005 internal components have threats", () => {
  it("reports an internal component without threats, at medium severity", async () => {
    // T-02 and T-07 are the backend's threats.
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(["threat_model", "threats", 1, "component"], "portal");
      doc.setIn(["threat_model", "threats", 6, "component"], "portal");
    });
    const plain = edit(text, withoutOtTopic);
    expect(await findingsOf("TM-005", plain)).toMatchObject([
      {
        pointer: "/components/3",
        line: lineAt(plain, ["components", 3]),
        severity: "medium",
        message: "Component backend has no threat in the threat model",
      },
    ]);
    expect(await findingsOf("TM-004", text)).toEqual([]);
    // OT/IoT (IEC 62443-3-2), energy and health: the same gap weighs more.
    expect(await findingsOf("TM-005", text)).toMatchObject([{ severity: "high" }]);
    for (const sector of ["energy", "health"]) {
      const inSector = edit(plain, (doc) => doc.setIn(["organisation", "sector"], sector));
      expect(await findingsOf("TM-005", inSector), sector).toMatchObject([{ severity: "high" }]);
    }
  });

  it("asks for threats of offline components too: they are reached by other means", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.addIn(["components"], { id: "label-printer", exposure: "offline" }),
    );
    expect(await findingsOf("TM-005", text)).toMatchObject([
      { item: "label-printer", pointer: "/components/4" },
    ]);
  });
});

describe("TM-006 attack types the profile calls for", () => {
  it("always asks for phishing and ransomware", async () => {
    const text = withoutAttackType(0, 1);
    const findings = await findingsOf("TM-006", text);
    expect(attackTypes(findings)).toEqual(["phishing", "ransomware"]);
    expect(findings[0]).toMatchObject({
      pointer: "/threat_model/threats",
      line: keyLine(text, ["threat_model", "threats"]),
      severity: "high",
      thesis: 6,
      message: "No threat in the threat model covers Phishing and credential theft (phishing)",
      cases: ["phishing"],
    });
  });

  it("asks for unpatched-systems where components are on the internet", async () => {
    const text = withoutAttackType(2, 8);
    expect(await findingsOf("TM-006", text)).toMatchObject([
      {
        item: "unpatched-systems",
        applies_because: expect.stringContaining("reachable from the internet"),
      },
    ]);
    const offline = edit(text, (doc) => {
      for (const index of [0, 1, 2]) doc.setIn(["components", index, "exposure"], "internal");
    });
    // OT devices are rarely patched: with topic ot-iot it is asked for without the internet, too.
    expect(attackTypes(await findingsOf("TM-006", offline))).toEqual(["unpatched-systems"]);
    expect(await findingsOf("TM-006", edit(offline, withoutOtTopic))).toEqual([]);
  });

  it("asks for supply-chain where external parties are involved", async () => {
    const text = withoutAttackType(4, 5);
    expect(await findingsOf("TM-006", text)).toMatchObject([
      { item: "supply-chain", message: expect.stringContaining("(supply-chain)") },
    ]);
    // Without the advisor, no external member and no outsourcing: not called for.
    // (and no OT: remote maintenance by integrators is a supply chain of its own).
    expect(
      attackTypes(
        await findingsOf(
          "TM-006",
          edit(text, (doc) => doc.delete("advisor")),
        ),
      ),
    ).toEqual(["supply-chain"]);
    const inHouse = edit(text, (doc) => {
      doc.delete("advisor");
      withoutOtTopic(doc);
    });
    expect(await findingsOf("TM-006", inHouse)).toEqual([]);
    const outsourcing = edit(inHouse, (doc) =>
      doc.addIn(["organisation", "topics"], "outsourcing"),
    );
    expect(attackTypes(await findingsOf("TM-006", outsourcing))).toEqual(["supply-chain"]);
  });

  it("asks for ceo-fraud only with topic payments or in the finance sector", async () => {
    const text = withoutAttackType(3);
    expect(await findingsOf("TM-006", text)).toEqual([]);
    const payments = edit(text, (doc) => doc.addIn(["organisation", "topics"], "payments"));
    expect(await findingsOf("TM-006", payments)).toMatchObject([
      { item: "ceo-fraud", applies_because: expect.stringContaining("payments") },
    ]);
    const finance = edit(text, (doc) => doc.setIn(["organisation", "sector"], "finance"));
    expect(await findingsOf("TM-006", finance)).toMatchObject([
      { item: "ceo-fraud", applies_because: expect.stringContaining("finance") },
    ]);
  });

  it("lists every required type when the threat model is missing", async () => {
    const text = edit(COMPLIANT, (doc) => doc.delete("threat_model"));
    const findings = await findingsOf("TM-006", text);
    expect(attackTypes(findings)).toEqual([
      "phishing",
      "ransomware",
      "supply-chain",
      "unpatched-systems",
    ]);
    expect(findings.every((f) => f.pointer === "")).toBe(true);
  });
});

describe("TM-007 DDoS and insiders where the profile calls for them", () => {
  it("does not ask for ddos while availability needs are normal", async () => {
    expect(await findingsOf("TM-007", withoutAttackType(6))).toEqual([]);
  });

  it("asks for ddos with high availability needs and internet exposure", async () => {
    const text = edit(withoutAttackType(6), (doc) =>
      doc.setIn(["organisation", "protection_needs", "availability"], "high"),
    );
    const findings = await findingsOf("TM-007", text);
    expect(findings).toMatchObject([
      {
        item: "ddos",
        severity: "medium",
        pointer: "/threat_model/threats",
        line: keyLine(text, ["threat_model", "threats"]),
        message: "No threat in the threat model covers Distributed denial of service (DDoS) (ddos)",
        cases: ["ddos"],
      },
    ]);
    expect(findings[0]?.applies_because).toContain(
      "availability need is high (the rule applies from high on)",
    );
    const nis2 = edit(text, (doc) => setNis2(doc, "important"));
    expect(await findingsOf("TM-007", nis2)).toMatchObject([{ item: "ddos", severity: "high" }]);
  });

  it("asks for insider threats with confidential data in a team that is not micro", async () => {
    const text = withoutAttackType(7);
    expect(await findingsOf("TM-007", text)).toMatchObject([{ item: "insider" }]);
    const micro = edit(text, (doc) => doc.setIn(["organisation", "size"], "micro"));
    expect(await findingsOf("TM-007", micro)).toEqual([]);
    expect(await findingsOf("TM-007", edit(text, normalProtection))).toEqual([]);
  });
});

describe("TM-008 every threat has an owner in the team", () => {
  it("reports a threat without owner", async () => {
    const text = edit(COMPLIANT, (doc) => doc.deleteIn(["threat_model", "threats", 5, "owner"]));
    expect(await findingsOf("TM-008", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/5",
        line: lineAt(text, ["threat_model", "threats", 5]),
        severity: "medium",
        item: "T-06",
        message:
          "Threat T-06 (Malicious or vulnerable npm package reaches the portal build) has no owner who is a current team member",
      },
    ]);
  });

  it("reports an owner who is not on the team", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "threats", 0, "owner"], "Florian Wagener"),
    );
    expect(await findingsOf("TM-008", text)).toMatchObject([{ item: "T-01" }]);
  });

  it("reports the threats of an owner who has left, not of one leaving later", async () => {
    const left = edit(COMPLIANT, (doc) => doc.setIn(["team", 2, "left"], "2026-10-31"));
    expect((await findingsOf("TM-008", left)).map((f) => f.item)).toEqual(["T-06", "T-07"]);
    const leaving = edit(COMPLIANT, (doc) => doc.setIn(["team", 2, "left"], "2026-12-31"));
    expect(await findingsOf("TM-008", leaving)).toEqual([]);
  });

  it("ignores obsolete threats", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.deleteIn(["threat_model", "threats", 5, "owner"]);
      doc.setIn(["threat_model", "threats", 5, "status"], "obsolete");
    });
    expect(await findingsOf("TM-008", text)).toEqual([]);
  });
});

describe("TM-009 every threat has a treatment decision", () => {
  it("reports a threat without treatment", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.deleteIn(["threat_model", "threats", 6, "treatment"]),
    );
    expect(await findingsOf("TM-009", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/6",
        line: lineAt(text, ["threat_model", "threats", 6]),
        severity: "medium",
        message:
          "Threat T-07 (Telemetry flood from misbehaving or hijacked gateways overloads the backend) has no treatment decision, or is to be mitigated without any measure",
      },
    ]);
  });

  it("reports a threat to be mitigated without measures, not an accepted one", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.deleteIn(["threat_model", "threats", 6, "mitigations"]),
    );
    expect(await findingsOf("TM-009", text)).toMatchObject([{ item: "T-07" }]);
    // T-04 is accepted and names no mitigations: that is fine.
    const transfer = edit(text, (doc) =>
      doc.setIn(["threat_model", "threats", 6, "treatment"], "transfer"),
    );
    expect(await findingsOf("TM-009", transfer)).toEqual([]);
  });
});

describe("TM-010 referenced mitigations exist", () => {
  it("points at the unknown mitigation id of the threat", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.addIn(["threat_model", "threats", 6, "mitigations"], "M-99"),
    );
    expect(await findingsOf("TM-010", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/6/mitigations/1",
        line: lineAt(text, ["threat_model", "threats", 6, "mitigations", 1]),
        severity: "medium",
        item: "T-07",
        message:
          "Threat T-07 (Telemetry flood from misbehaving or hijacked gateways overloads the backend) refers to a mitigation that is not listed under threat_model → mitigations — not listed: M-99 (did you mean M-09?)",
      },
    ]);
  });

  it("reports every threat that refers to a removed mitigation", async () => {
    // M-01 (index 0) serves T-01, T-02, T-03 and T-08.
    const text = edit(COMPLIANT, (doc) => doc.deleteIn(["threat_model", "mitigations", 0]));
    const findings = await findingsOf("TM-010", text);
    expect(findings.map((f) => f.item)).toEqual(["T-01", "T-02", "T-03", "T-08"]);
    expect(findings[1]?.pointer).toBe("/threat_model/threats/1/mitigations/1");
  });
});

describe("TM-011 overdue mitigations", () => {
  const m08Due = (date: string, status = "in-progress") =>
    edit(COMPLIANT, (doc) => {
      doc.setIn(["threat_model", "mitigations", 7, "due"], date);
      doc.setIn(["threat_model", "mitigations", 7, "status"], status);
    });

  it("reports an in-progress measure past its due date", async () => {
    const text = m08Due("2026-11-25");
    expect(await findingsOf("TM-011", text)).toMatchObject([
      {
        pointer: "/threat_model/mitigations/7",
        line: lineAt(text, ["threat_model", "mitigations", 7]),
        severity: "medium",
        thesis: 5,
        item: "M-08",
        message:
          "Mitigation M-08 (Pin container base images by digest and verify their signatures) is still in-progress, although it was due on 2026-11-25",
      },
    ]);
  });

  it("accepts the due date itself and ignores implemented measures", async () => {
    expect(await findingsOf("TM-011", m08Due("2026-11-26"))).toEqual([]);
    expect(await findingsOf("TM-011", m08Due("2026-01-01", "implemented"))).toEqual([]);
  });

  it("also reports planned measures, and is high for NIS2 entities", async () => {
    expect(await findingsOf("TM-011", m08Due("2026-10-01", "planned"))).toMatchObject([
      { message: expect.stringContaining("is still planned") },
    ]);
    const nis2 = edit(m08Due("2026-10-01"), (doc) => setNis2(doc, "essential"));
    expect(await findingsOf("TM-011", nis2)).toMatchObject([{ severity: "high" }]);
  });
});

describe("TM-012 implemented mitigations have evidence", () => {
  const m09Evidence = (change: (doc: Document) => void) => edit(COMPLIANT, change);

  it("reports evidence that is not in the repository", async () => {
    const text = m09Evidence((doc) =>
      doc.setIn(["threat_model", "mitigations", 8, "evidence"], "docs/security/measures/nope.md"),
    );
    expect(await findingsOf("TM-012", text)).toMatchObject([
      {
        pointer: "/threat_model/mitigations/8",
        line: lineAt(text, ["threat_model", "mitigations", 8]),
        severity: "medium",
        item: "M-09",
        message:
          "Mitigation M-09 (Rate limiting and quotas per gateway at the message broker) is marked implemented, but its evidence is missing or not in the repository",
      },
    ]);
  });

  it("reports missing evidence and paths outside the repository", async () => {
    const missing = m09Evidence((doc) =>
      doc.deleteIn(["threat_model", "mitigations", 8, "evidence"]),
    );
    expect(await findingsOf("TM-012", missing)).toMatchObject([{ item: "M-09" }]);
    const outside = m09Evidence((doc) =>
      doc.setIn(
        ["threat_model", "mitigations", 8, "evidence"],
        "../crafts-webshop/config/README.md",
      ),
    );
    expect(await findingsOf("TM-012", outside)).toMatchObject([{ item: "M-09" }]);
  });

  it("accepts an https address and does not ask planned measures for evidence", async () => {
    const url = m09Evidence((doc) =>
      doc.setIn(
        ["threat_model", "mitigations", 8, "evidence"],
        "https://wiki.example.com/rate-limits",
      ),
    );
    expect(await findingsOf("TM-012", url)).toEqual([]);
    // M-08 is in progress and has no evidence.
    expect(await findingsOf("TM-012", COMPLIANT)).toEqual([]);
  });
});

describe("TM-013 threat model document", () => {
  it("reports a document that is not in the repository; medium for a CRA product", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "document"], "docs/security/threat-model-v2.md"),
    );
    expect(await findingsOf("TM-013", text)).toMatchObject([
      {
        pointer: "/threat_model/document",
        line: lineAt(text, ["threat_model", "document"]),
        severity: "medium",
        message: "The threat model document is missing or not in the repository",
        applies_because: expect.stringContaining("Cyber Resilience Act"),
      },
    ]);
  });

  it("is low for other projects, and reports a missing document entry", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.deleteIn(["threat_model", "document"]);
      doc.setIn(["organisation", "regulation", "cra_product"], false);
    });
    expect(await findingsOf("TM-013", text)).toMatchObject([
      { severity: "low", line: keyLine(text, ["threat_model"]) },
    ]);
  });
});

describe("TM-014 management sign-off", () => {
  it("reports a sign-off by someone outside management", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "approved_by"], "Katharina Meier"),
    );
    expect(await findingsOf("TM-014", text)).toMatchObject([
      {
        pointer: "/threat_model/approved_by",
        line: lineAt(text, ["threat_model", "approved_by"]),
        severity: "medium",
        thesis: 2,
        message: "The threat model has no sign-off by a current member of management",
      },
    ]);
  });

  it("reports a missing sign-off or sign-off date, high for NIS2 entities", async () => {
    const noDate = edit(COMPLIANT, (doc) => doc.deleteIn(["threat_model", "approved"]));
    expect(await findingsOf("TM-014", noDate)).toHaveLength(1);
    const nis2 = edit(COMPLIANT, (doc) => {
      doc.deleteIn(["threat_model", "approved_by"]);
      setNis2(doc, "important");
    });
    expect(await findingsOf("TM-014", nis2)).toMatchObject([
      { severity: "high", line: keyLine(nis2, ["threat_model"]) },
    ]);
  });

  it("accepts any management member and the management sponsor", async () => {
    const other = edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "approved_by"], "Birgit Lange"),
    );
    expect(await findingsOf("TM-014", other)).toEqual([]);
    const sponsor = edit(COMPLIANT, (doc) => {
      doc.setIn(["management", "sponsor", "name"], "Dr. Eva Hansen");
      doc.setIn(["threat_model", "approved_by"], "Dr. Eva Hansen");
    });
    expect(await findingsOf("TM-014", sponsor)).toEqual([]);
  });
});

describe("TM-015 the sign-off covers the current threat model", () => {
  const signedOff = (approved: string, change: (doc: Document) => void = () => {}) =>
    edit(COMPLIANT, (doc) => {
      doc.setIn(["threat_model", "approved"], approved);
      change(doc);
    });

  it("reports a sign-off that predates the last review", async () => {
    const text = signedOff("2026-10-13"); // last review 2026-10-14
    expect(await findingsOf("TM-015", text)).toMatchObject([
      {
        pointer: "/threat_model/approved",
        line: lineAt(text, ["threat_model", "approved"]),
        severity: "medium",
        message:
          "The management sign-off of the threat model is older than 180 days or older than its last review",
      },
    ]);
    expect(await findingsOf("TM-015", signedOff("2026-10-14"))).toEqual([]);
  });

  it("folds a sign-off older than the review cadence into TM-003: the review is overdue too", async () => {
    // A sign-off at or after the last review that is older than the cadence means the review is
    // older still: one cause (no review), one finding (TM-003), which names TM-015.
    const text = signedOff("2026-05-29", (doc) =>
      doc.setIn(["threat_model", "last_reviewed"], "2026-05-20"),
    );
    expect(await findingsOf("TM-015", text)).toEqual([]);
    expect(await findingsOf("TM-003", text)).toMatchObject([
      { pointer: "/threat_model/last_reviewed", supersedes: ["TM-015"] },
    ]);
  });

  it("applies only with high protection needs, NIS2 or a medium-sized company", async () => {
    const old = signedOff("2026-10-01");
    const plain = edit(old, normalProtection);
    expect(await findingsOf("TM-015", plain)).toEqual([]);
    const medium = edit(plain, (doc) => doc.setIn(["organisation", "size"], "medium"));
    expect(await findingsOf("TM-015", medium)).toMatchObject([
      { severity: "medium", applies_because: expect.stringContaining("medium") },
    ]);
    const nis2 = edit(plain, (doc) => setNis2(doc, "important"));
    expect(await findingsOf("TM-015", nis2)).toMatchObject([{ severity: "high" }]);
  });
});

describe("TM-016 threats name existing components", () => {
  it("reports an unknown component id", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "threats", 6, "component"], "broker"),
    );
    expect(await findingsOf("TM-016", text)).toMatchObject([
      {
        pointer: "/threat_model/threats/6",
        line: lineAt(text, ["threat_model", "threats", 6]),
        severity: "medium",
        message:
          "Threat T-07 (Telemetry flood from misbehaving or hijacked gateways overloads the backend) names component broker, which is not in the components list",
      },
    ]);
  });

  it("leaves threats without component alone", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.deleteIn(["threat_model", "threats", 6, "component"]),
    );
    expect(await findingsOf("TM-016", text)).toEqual([]);
  });
});

describe("threat-modelling pack on the examples with gaps", () => {
  const gapsOf = (example: string) => exampleGaps(example, "threat-modelling");

  it("finds the threat-model gaps built into crafts-webshop", async () => {
    expect(await gapsOf("crafts-webshop")).toEqual([
      "TM-002 medium /threat_model/created",
      "TM-006 high unpatched-systems",
      "TM-011 medium M-02",
      "TM-012 medium M-03",
      "TM-014 medium /threat_model/approved_by",
    ]);
  });

  it("finds the threat-model gaps built into logistics-nis2", async () => {
    expect(await gapsOf("logistics-nis2")).toEqual([
      "TM-003 high /threat_model/last_reviewed",
      "TM-005 medium eta-model",
      "TM-007 high ddos",
    ]);
    // The old sign-off (TM-015) has the same cause as the overdue review: folded into TM-003.
  });
});
