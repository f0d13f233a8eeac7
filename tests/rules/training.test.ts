import { describe, expect, it } from "vitest";
import { type Document, parse } from "yaml";
import { addDays } from "../../src/manifest/iso-date.js";
import { builtinRules, COMPLIANT, check, edit, findingsOf, lineAt, TODAY } from "./rule-harness.js";

/**
 * The compliant example's team (examples/remote-maintenance-portal):
 *   0 Katharina Meier (product)   1 Florian Wagner (developer)   2 Aylin Demir (developer)
 *   3 Stefan Richter (admin)      4 Andreas Hoffmann (management) 5 Birgit Lange (management)
 * Its profile has high protection needs (phishing cadence 180 days), no NIS2, sector manufacturing.
 */
const TRAINING_RULES = [
  "TR-001",
  "TR-002",
  "TR-003",
  "TR-004",
  "TR-005",
  "TR-006",
  "TR-007",
  "TR-008",
  "TR-009",
  "TR-010",
];

const YEAR_AGO = addDays(TODAY, -365); // 2025-11-26: the default cadence's "since"

interface TeamMember {
  name: string;
  role: string;
  trainings: { topic: string; date: string }[];
}

const TEAM = (parse(COMPLIANT) as { team: TeamMember[] }).team;

/** Index of the first training of `topic` of team member `member` in the compliant example. */
function trainingIndex(member: number, topic: string): number {
  const index = TEAM[member]?.trainings.findIndex((t) => t.topic === topic) ?? -1;
  if (index < 0) throw new Error(`member ${member} has no ${topic} training`);
  return index;
}

/** The compliant example without one member's training(s) of `topic`. */
function withoutTraining(member: number, topic: string): string {
  return edit(COMPLIANT, (doc) => {
    const trainings = TEAM[member]?.trainings ?? [];
    for (let i = trainings.length - 1; i >= 0; i--) {
      if (trainings[i]?.topic === topic) doc.deleteIn(["team", member, "trainings", i]);
    }
  });
}

function setNis2(doc: Document, value: string): void {
  doc.setIn(["organisation", "regulation", "nis2"], value);
}

/** Normal protection needs everywhere: organisation and component overrides. */
function normalProtection(doc: Document): void {
  for (const axis of ["confidentiality", "integrity", "availability"]) {
    doc.setIn(["organisation", "protection_needs", axis], "normal");
  }
  const components = (doc.toJS() as { components: unknown[] }).components;
  components.forEach((_, index) => {
    doc.deleteIn(["components", index, "protection_needs"]);
  });
}

describe("training pack on the compliant example", () => {
  it.each(TRAINING_RULES)("%s finds nothing", async (id) => {
    expect(await findingsOf(id, COMPLIANT)).toEqual([]);
  });

  it("loads all ten training rules and reports no training gap at all", async () => {
    const rules = (await builtinRules()).rules.filter((rule) => rule.area === "training");
    expect(rules.map((rule) => rule.id)).toEqual(TRAINING_RULES);
    const report = await check(COMPLIANT);
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f) => f.area === "training")).toEqual([]);
  });
});

describe("TR-001 security awareness", () => {
  it("reports a member without an awareness training, at the member's line", async () => {
    const text = withoutTraining(1, "security-awareness");
    const findings = await findingsOf("TR-001", text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "TR-001",
      pointer: "/team/1",
      line: lineAt(text, ["team", 1]),
      severity: "high",
      thesis: 1,
      item: "Florian Wagner",
      message: `Florian Wagner (developer): no security-awareness training since ${YEAR_AGO}`,
    });
    expect(findings[0]?.remediation).toContain("topic: security-awareness");
  });

  it("counts an awareness training of exactly 365 days, not one of 366", async () => {
    const at = (date: string) =>
      edit(COMPLIANT, (doc) =>
        doc.setIn(["team", 0, "trainings", trainingIndex(0, "security-awareness"), "date"], date),
      );
    expect(await findingsOf("TR-001", at(YEAR_AGO))).toEqual([]);
    const stale = at(addDays(YEAR_AGO, -1));
    expect(await findingsOf("TR-001", stale)).toMatchObject([
      { pointer: "/team/0", line: lineAt(stale, ["team", 0]) },
    ]);
  });

  it("accepts a management-security training in place of awareness for managers only", async () => {
    expect(await findingsOf("TR-001", withoutTraining(4, "security-awareness"))).toEqual([]);
    const developer = edit(withoutTraining(1, "security-awareness"), (doc) =>
      doc.addIn(["team", 1, "trainings"], { topic: "management-security", date: "2026-06-11" }),
    );
    expect(await findingsOf("TR-001", developer)).toMatchObject([{ pointer: "/team/1" }]);
  });

  it("does not count a training dated in the future", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(
        ["team", 1, "trainings", trainingIndex(1, "security-awareness"), "date"],
        "2026-12-01",
      ),
    );
    expect(await findingsOf("TR-001", text)).toMatchObject([{ pointer: "/team/1" }]);
  });

  it("speaks German", async () => {
    const text = withoutTraining(1, "security-awareness");
    const report = await check(text, { language: "de" });
    const findings = report.findings.filter((f) => f.rule === "TR-001");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      `Florian Wagner (developer): keine Sensibilisierungsschulung seit ${YEAR_AGO}`,
    );
    expect(findings[0]?.remediation).toContain("Sensibilisierungsschulung für Florian Wagner");
  });
});

describe("new joiners and leavers", () => {
  const newMember = (joined: string, extra: Record<string, unknown> = {}) =>
    edit(COMPLIANT, (doc) =>
      doc.addIn(["team"], {
        name: "Anna Weber",
        github: "aweber-hansen",
        role: "developer",
        joined,
        trainings: [],
        ...extra,
      }),
    );
  const perMember = ["TR-001", "TR-002", "TR-003"];

  it("gives a member who joined 30 days ago the grace period", async () => {
    const text = newMember(addDays(TODAY, -30));
    for (const id of perMember) expect(await findingsOf(id, text)).toEqual([]);
  });

  it("ends the grace period after new_joiner_grace_days (90)", async () => {
    expect(await findingsOf("TR-001", newMember(addDays(TODAY, -90)))).toEqual([]);
    expect(await findingsOf("TR-001", newMember(addDays(TODAY, -91)))).toHaveLength(1);
  });

  it("checks a member who joined 200 days ago", async () => {
    const text = newMember(addDays(TODAY, -200));
    const line = lineAt(text, ["team", 6]);
    expect(await findingsOf("TR-001", text)).toMatchObject([{ pointer: "/team/6", line }]);
    expect(await findingsOf("TR-002", text)).toMatchObject([{ pointer: "/team/6", line }]);
    expect(await findingsOf("TR-003", text)).toMatchObject([
      {
        pointer: "/team/6",
        line,
        item: "Anna Weber",
        message: `Anna Weber (developer): no secure-coding training since ${YEAR_AGO}`,
      },
    ]);
  });

  it("does not check a member who left", async () => {
    const text = newMember("2020-01-01", { left: "2026-09-30" });
    for (const id of perMember) expect(await findingsOf(id, text)).toEqual([]);
  });

  it("checks a member without a joined date", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.deleteIn(["team", 1, "joined"]);
      doc.setIn(["team", 1, "trainings"], []);
    });
    expect(await findingsOf("TR-001", text)).toMatchObject([{ pointer: "/team/1" }]);
  });
});

describe("TR-002 phishing and social engineering", () => {
  it("reports a member without a phishing training", async () => {
    const text = withoutTraining(0, "phishing");
    expect(await findingsOf("TR-002", text)).toMatchObject([
      {
        pointer: "/team/0",
        line: lineAt(text, ["team", 0]),
        severity: "high",
        item: "Katharina Meier",
        message: `Katharina Meier (product): no phishing or social-engineering training since ${addDays(TODAY, -180)}`,
      },
    ]);
  });

  it("accepts a social-engineering training instead", async () => {
    const text = edit(withoutTraining(0, "phishing"), (doc) =>
      doc.addIn(["team", 0, "trainings"], {
        topic: "social-engineering",
        date: "2026-10-01",
        evidence: "docs/security/training/2026-09-phishing-simulation.md",
      }),
    );
    expect(await findingsOf("TR-002", text)).toEqual([]);
  });

  const phishingOn = (date: string, normal: boolean) =>
    edit(COMPLIANT, (doc) => {
      doc.setIn(["team", 0, "trainings", trainingIndex(0, "phishing"), "date"], date);
      if (normal) normalProtection(doc);
    });

  it("needs phishing training every 180 days with high protection needs", async () => {
    expect(await findingsOf("TR-002", phishingOn(addDays(TODAY, -180), false))).toEqual([]);
    const stale = await findingsOf("TR-002", phishingOn(addDays(TODAY, -181), false));
    expect(stale).toHaveLength(1);
    expect(stale[0]?.message).toContain(`since ${addDays(TODAY, -180)}`);
    expect(stale[0]?.applies_because).toContain("(the rule applies from high on)");
  });

  it("needs phishing training every 365 days with normal protection needs", async () => {
    expect(await findingsOf("TR-002", phishingOn(addDays(TODAY, -181), true))).toEqual([]);
    expect(await findingsOf("TR-002", phishingOn(YEAR_AGO, true))).toEqual([]);
    const stale = await findingsOf("TR-002", phishingOn(addDays(TODAY, -366), true));
    expect(stale).toHaveLength(1);
    expect(stale[0]?.message).toContain(`since ${YEAR_AGO}`);
  });
});

describe("TR-003 secure coding", () => {
  it("reports a developer without a secure-coding training", async () => {
    const text = withoutTraining(2, "secure-coding");
    expect(await findingsOf("TR-003", text)).toMatchObject([
      {
        pointer: "/team/2",
        line: lineAt(text, ["team", 2]),
        severity: "high",
        message: `Aylin Demir (developer): no secure-coding training since ${YEAR_AGO}`,
      },
    ]);
  });

  it("reports a stale secure-coding training", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["team", 1, "trainings", trainingIndex(1, "secure-coding"), "date"], "2025-06-30"),
    );
    expect(await findingsOf("TR-003", text)).toMatchObject([{ pointer: "/team/1" }]);
  });

  it("checks external members who contribute code (GitHub login), not other roles", async () => {
    const external = (github: boolean) =>
      edit(COMPLIANT, (doc) =>
        doc.addIn(["team"], {
          name: "Tobias Brandt",
          ...(github ? { github: "tbrandt-agency" } : {}),
          role: "external",
          joined: "2024-01-15",
          trainings: [{ topic: "secure-coding", date: "2024-10-24" }],
        }),
      );
    const withLogin = external(true);
    expect(await findingsOf("TR-003", withLogin)).toMatchObject([
      {
        pointer: "/team/6",
        line: lineAt(withLogin, ["team", 6]),
        message: `Tobias Brandt (external): no secure-coding training since ${YEAR_AGO}`,
      },
    ]);
    expect(await findingsOf("TR-003", external(false))).toEqual([]);
    // The product lead and the admin write no code: no secure-coding training needed.
    expect(await findingsOf("TR-003", COMPLIANT)).toEqual([]);
  });

  it("is medium for a project neither internet-facing nor a CRA product", async () => {
    const text = edit(withoutTraining(2, "secure-coding"), (doc) => {
      doc.setIn(["organisation", "regulation", "cra_product"], false);
      const components = (doc.toJS() as { components: unknown[] }).components;
      components.forEach((_, index) => {
        doc.setIn(["components", index, "exposure"], "internal");
      });
    });
    expect(await findingsOf("TR-003", text)).toMatchObject([
      { pointer: "/team/2", severity: "medium" },
    ]);
  });
});

describe("TR-004 admin security", () => {
  it("reports an admin without an admin-security training", async () => {
    const text = withoutTraining(3, "admin-security");
    expect(await findingsOf("TR-004", text)).toMatchObject([
      {
        pointer: "/team/3",
        line: lineAt(text, ["team", 3]),
        severity: "high",
        item: "Stefan Richter",
        message: `Stefan Richter (admin): no admin-security training since ${YEAR_AGO}`,
      },
    ]);
  });
});

describe("TR-005 management security", () => {
  /** Andreas Hoffmann without his training and, unless `briefed`, not among the briefing attendees. */
  const untrainedManager = (briefed: boolean) =>
    edit(withoutTraining(4, "management-security"), (doc) => {
      if (briefed) return;
      for (const briefing of [0, 1]) {
        const attendees = doc.getIn(["management", "briefings", briefing, "attendees"]) as {
          items: { value: unknown }[];
        };
        const index = attendees.items.findIndex((item) => item.value === "Andreas Hoffmann");
        doc.deleteIn(["management", "briefings", briefing, "attendees", index]);
      }
    });

  it("counts a recent management-security briefing the manager attended", async () => {
    expect(await findingsOf("TR-005", untrainedManager(true))).toEqual([]);
  });

  it("reports a manager with neither training nor briefing", async () => {
    const text = untrainedManager(false);
    expect(await findingsOf("TR-005", text)).toMatchObject([
      {
        pointer: "/team/4",
        line: lineAt(text, ["team", 4]),
        severity: "high",
        thesis: 2,
        message: `Andreas Hoffmann (management): no management-security training or briefing since ${YEAR_AGO}`,
      },
    ]);
  });

  it("reports a manager whose training and briefing are both stale", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(
        ["team", 5, "trainings", trainingIndex(5, "management-security"), "date"],
        "2025-09-09",
      );
      doc.setIn(["management", "briefings", 0, "date"], "2025-09-09");
      doc.setIn(["management", "briefings", 1, "attendees"], ["Andreas Hoffmann"]);
    });
    expect(await findingsOf("TR-005", text)).toMatchObject([{ pointer: "/team/5" }]);
  });

  it("is critical for NIS2 entities (management training duty)", async () => {
    const text = edit(untrainedManager(false), (doc) => setNis2(doc, "important"));
    const findings = await findingsOf("TR-005", text);
    expect(findings).toMatchObject([{ pointer: "/team/4", severity: "critical" }]);
    expect(findings[0]?.applies_because).toContain("NIS2");
  });
});

describe("TR-006 incident response for admins of NIS2 entities", () => {
  it("does not apply without NIS2", async () => {
    expect(await findingsOf("TR-006", withoutTraining(3, "incident-response"))).toEqual([]);
  });

  it("passes for a NIS2 entity whose admin took part in the exercise", async () => {
    const text = edit(COMPLIANT, (doc) => setNis2(doc, "important"));
    expect(await findingsOf("TR-006", text)).toEqual([]);
  });

  it("reports an admin of a NIS2 entity without incident-response training", async () => {
    const text = edit(withoutTraining(3, "incident-response"), (doc) => setNis2(doc, "essential"));
    const findings = await findingsOf("TR-006", text);
    expect(findings).toMatchObject([
      {
        pointer: "/team/3",
        line: lineAt(text, ["team", 3]),
        severity: "high",
        message: `Stefan Richter (admin): no incident-response training since ${YEAR_AGO}`,
      },
    ]);
    expect(findings[0]?.applies_because).toContain("(the rule applies from important entity on)");
  });
});

describe("TR-007 privacy training for health data", () => {
  const health = edit(COMPLIANT, (doc) => doc.setIn(["organisation", "sector"], "health"));

  it("reports every member of a health-sector project with personal data", async () => {
    const findings = await findingsOf("TR-007", health);
    expect(findings.map((f) => f.pointer)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `/team/${i}`));
    expect(findings[0]).toMatchObject({
      line: lineAt(health, ["team", 0]),
      severity: "medium",
      message: `Katharina Meier (product): no privacy training since ${YEAR_AGO}`,
    });
  });

  it("passes a member with a current privacy training", async () => {
    const text = edit(health, (doc) =>
      doc.addIn(["team", 0, "trainings"], {
        topic: "privacy",
        date: "2026-03-01",
        evidence: "docs/security/training/2026-06-awareness.md",
      }),
    );
    expect((await findingsOf("TR-007", text)).map((f) => f.pointer)).not.toContain("/team/0");
  });

  it("does not apply without personal data", async () => {
    const text = edit(health, (doc) =>
      doc.setIn(["organisation", "topics"], ["ot-iot", "remote-access", "cloud"]),
    );
    expect(await findingsOf("TR-007", text)).toEqual([]);
  });
});

describe("TR-008 evidence exists", () => {
  it("reports an evidence file that does not exist, at its evidence line", async () => {
    const index = trainingIndex(1, "secure-coding");
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["team", 1, "trainings", index, "evidence"], "docs/security/training/lost.md"),
    );
    expect(await findingsOf("TR-008", text)).toMatchObject([
      {
        pointer: `/team/1/trainings/${index}/evidence`,
        line: lineAt(text, ["team", 1, "trainings", index, "evidence"]),
        severity: "medium",
        item: "Florian Wagner/secure-coding/2026-06-30",
        message:
          "Florian Wagner (developer), secure-coding 2026-06-30: evidence docs/security/training/lost.md is neither a file in the repository nor an https address",
      },
    ]);
  });

  it("accepts an https address and refuses a path outside the repository", async () => {
    const evidence = (value: string) =>
      edit(COMPLIANT, (doc) => doc.setIn(["team", 0, "trainings", 0, "evidence"], value));
    expect(await findingsOf("TR-008", evidence("https://academy.example/cert/123"))).toEqual([]);
    expect(await findingsOf("TR-008", evidence("../logistics-nis2/SECURITY.md"))).toMatchObject([
      { pointer: "/team/0/trainings/0/evidence" },
    ]);
  });

  it("reports in German", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["team", 0, "trainings", 0, "evidence"], "docs/nicht-da.md"),
    );
    const report = await check(text, { language: "de" });
    expect(report.findings.filter((f) => f.rule === "TR-008")).toMatchObject([
      {
        message:
          "Katharina Meier (product), security-awareness 2026-06-16: Nachweis docs/nicht-da.md ist weder eine Datei im Repository noch eine https-Adresse",
      },
    ]);
  });
});

describe("TR-009 evidence recorded", () => {
  const index = trainingIndex(0, "phishing");
  const text = edit(COMPLIANT, (doc) => doc.deleteIn(["team", 0, "trainings", index, "evidence"]));

  it("reports a training without an evidence entry", async () => {
    expect(await findingsOf("TR-009", text)).toMatchObject([
      {
        pointer: `/team/0/trainings/${index}`,
        line: lineAt(text, ["team", 0, "trainings", index]),
        severity: "medium",
        item: "Katharina Meier/phishing/2026-09-08",
        message: "Katharina Meier (product), phishing 2026-09-08: no evidence recorded",
      },
    ]);
    // A missing entry is not also reported as a missing file.
    expect(await findingsOf("TR-008", text)).toEqual([]);
  });

  it("is high for NIS2 entities", async () => {
    const nis2 = edit(text, (doc) => setNis2(doc, "important"));
    expect(await findingsOf("TR-009", nis2)).toMatchObject([{ severity: "high" }]);
  });

  it("weighs no evidence exactly as evidence that cannot be found (TR-008), with and without NIS2", async () => {
    const wrongPath = edit(COMPLIANT, (doc) =>
      doc.setIn(["team", 0, "trainings", index, "evidence"], "docs/security/training/lost.md"),
    );
    for (const nis2 of ["none", "important"]) {
      const profile = (t: string) => edit(t, (doc) => setNis2(doc, nis2));
      const [missing] = await findingsOf("TR-009", profile(text));
      const [lost] = await findingsOf("TR-008", profile(wrongPath));
      expect(missing?.severity, nis2).toBe(lost?.severity);
    }
  });
});

describe("TR-010 training dates not in the future", () => {
  it("reports a training dated after today, which then also does not count", async () => {
    const index = trainingIndex(2, "secure-coding");
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["team", 2, "trainings", index, "date"], "2027-01-15"),
    );
    expect(await findingsOf("TR-010", text)).toMatchObject([
      {
        pointer: `/team/2/trainings/${index}/date`,
        line: lineAt(text, ["team", 2, "trainings", index, "date"]),
        severity: "low",
        message: `Aylin Demir (developer), secure-coding 2027-01-15: the training date is after ${TODAY}`,
      },
    ]);
    expect(await findingsOf("TR-003", text)).toMatchObject([{ pointer: "/team/2" }]);
  });

  it("accepts a training dated today", async () => {
    const text = edit(COMPLIANT, (doc) => doc.setIn(["team", 2, "trainings", 0, "date"], TODAY));
    expect(await findingsOf("TR-010", text)).toEqual([]);
  });
});

describe("per-training rules skip people who left", () => {
  it("does not ask for evidence of a former member's trainings", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(["team", 1, "left"], "2026-10-01");
      doc.setIn(["team", 1, "trainings", 0, "evidence"], "docs/security/training/lost.md");
    });
    expect(await findingsOf("TR-008", text)).toEqual([]);
  });
});
