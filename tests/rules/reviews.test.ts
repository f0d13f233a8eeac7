import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import {
  all,
  COMPLIANT,
  check,
  describeFailingCases,
  describePackBasics,
  edit,
  type FailingCase,
  findingsOf,
  keyLine,
  lineAt,
  remove,
  set,
} from "./rule-harness.js";

/** Every rule of the reviews pack; each must pass on the compliant example. */
const REVIEW_RULES = [
  "RV-001",
  "RV-002",
  "RV-003",
  "RV-004",
  "RV-005",
  "RV-006",
  "RV-007",
  "RV-008",
  "RV-009",
  "RV-010",
];

/** Protection needs normal everywhere: the rules for high protection needs no longer apply. */
const normalProtection = all(
  set(["organisation", "protection_needs"], {
    confidentiality: "normal",
    integrity: "normal",
    availability: "normal",
  }),
  remove(["components", 2, "protection_needs"]),
);

describePackBasics("reviews", REVIEW_RULES);

/** One failing manifest per rule: the rule, the pointer and the line of the gap. */
const FAILING: FailingCase[] = [
  {
    rule: "RV-001",
    why: "no design review although in production",
    change: remove(["reviews", 0]),
    pointer: "/project/phase",
    line: (text) => keyLine(text, ["project", "phase"]),
    severity: "high",
    message: "The project is in production but no design or architecture review is recorded",
  },
  {
    rule: "RV-002",
    why: "the only design review is internal",
    change: set(["reviews", 0, "independent"], false),
    pointer: "/reviews/0",
    line: (text) => lineAt(text, ["reviews", 0]),
    severity: "medium",
    message:
      "design-review 2025-12-03: not independent, and no independent design-review is recorded",
  },
  {
    rule: "RV-002",
    why: "the only penetration test is internal",
    change: set(["reviews", 2, "independent"], false),
    pointer: "/reviews/2",
    line: (text) => lineAt(text, ["reviews", 2]),
    severity: "medium",
  },
  {
    rule: "RV-003",
    why: "the penetration test left out the gateway",
    change: set(["reviews", 2, "scope"], ["portal", "tunnel"]),
    pointer: "/components/1",
    line: (text) => lineAt(text, ["components", 1]),
    severity: "high",
    message:
      "Component gateway is reachable from the internet but had no penetration test since 2025-11-26",
  },
  {
    rule: "RV-004",
    why: "an open medium finding is past its due date",
    change: set(["reviews", 2, "findings", 1, "due"], "2026-11-25"),
    pointer: "/reviews/2/findings/1/due",
    line: (text) => lineAt(text, ["reviews", 2, "findings", 1, "due"]),
    severity: "medium",
    message:
      "PT-2026-08 (penetration-test 2026-10-14): open medium finding, overdue since 2026-11-25",
  },
  {
    rule: "RV-004",
    why: "a high finding was reopened after its due date",
    change: set(["reviews", 2, "findings", 0, "status"], "open"),
    pointer: "/reviews/2/findings/0/due",
    line: (text) => lineAt(text, ["reviews", 2, "findings", 0, "due"]),
    severity: "high",
  },
  {
    rule: "RV-005",
    why: "no code-review policy",
    change: remove(["reviews", 1]),
    pointer: "/reviews",
    line: (text) => keyLine(text, ["reviews"]),
    severity: "medium",
    message: "No code-review policy adopted or reviewed since 2025-11-26",
  },
  {
    rule: "RV-005",
    why: "the code-review policy is older than 12 months",
    change: set(["reviews", 1, "date"], "2025-11-25"),
    pointer: "/reviews",
    line: (text) => keyLine(text, ["reviews"]),
    severity: "medium",
  },
  {
    rule: "RV-006",
    why: "the backend is only in the code-review policy's scope",
    change: all(
      set(["reviews", 0, "scope"], ["portal", "gateway", "tunnel"]),
      set(["reviews", 3, "scope"], ["portal", "gateway", "tunnel"]),
    ),
    pointer: "/components/3",
    line: (text) => lineAt(text, ["components", 3]),
    severity: "medium",
    message: "Component backend was not in the scope of any security review since 2025-11-26",
  },
  {
    rule: "RV-007",
    why: "the pen-test report file does not exist",
    change: set(["reviews", 2, "report"], "docs/security/reviews/2026-10-pentest-final.md"),
    pointer: "/reviews/2/report",
    line: (text) => lineAt(text, ["reviews", 2, "report"]),
    severity: "medium",
    message: "penetration-test 2026-10-14: the report is missing or the file does not exist",
  },
  {
    rule: "RV-007",
    why: "the design review has no report",
    change: remove(["reviews", 0, "report"]),
    pointer: "/reviews/0",
    line: (text) => lineAt(text, ["reviews", 0]),
    severity: "medium",
  },
  {
    rule: "RV-008",
    why: "a threat-model review is dated next week",
    change: set(["reviews", 3, "date"], "2026-12-03"),
    pointer: "/reviews/3/date",
    line: (text) => lineAt(text, ["reviews", 3, "date"]),
    severity: "medium",
    message: "threat-model-review 2026-12-03: the review is dated in the future",
  },
  {
    rule: "RV-009",
    why: "an open finding has no due date",
    change: remove(["reviews", 2, "findings", 2, "due"]),
    pointer: "/reviews/2/findings/2",
    line: (text) => lineAt(text, ["reviews", 2, "findings", 2]),
    severity: "medium",
    message: "PT-2026-09 (penetration-test 2026-10-14): open low finding without a due date",
  },
];

describeFailingCases("reviews", FAILING);

describe("RV-001 design review before production", () => {
  it("does not apply before production", async () => {
    const text = edit(
      COMPLIANT,
      all(remove(["reviews", 0]), set(["project", "phase"], "development")),
    );
    expect(await findingsOf("RV-001", text)).toEqual([]);
  });

  it("accepts an architecture review", async () => {
    const text = edit(COMPLIANT, set(["reviews", 0, "kind"], "architecture-review"));
    expect(await findingsOf("RV-001", text)).toEqual([]);
  });
});

describe("RV-002 independent reviews", () => {
  it("accepts an internal penetration test beside an independent one", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.addIn(
        ["reviews"],
        doc.createNode({
          kind: "penetration-test",
          date: "2026-11-02",
          reviewer: "Florian Wagner",
          independent: false,
          scope: ["portal"],
          report: "docs/security/reviews/2026-10-pentest.md",
        }),
      ),
    );
    expect(await findingsOf("RV-002", text)).toEqual([]);
  });

  it("counts a review without the independent flag as internal", async () => {
    const text = edit(COMPLIANT, remove(["reviews", 0, "independent"]));
    const findings = await findingsOf("RV-002", text);
    expect(findings.map((f) => f.pointer)).toEqual(["/reviews/0"]);
  });

  it("applies only where protection needs are high", async () => {
    const internal = all(set(["reviews", 0, "independent"], false), normalProtection);
    expect(await findingsOf("RV-002", edit(COMPLIANT, internal))).toEqual([]);
  });

  it("says why it applies", async () => {
    const [finding] = await findingsOf(
      "RV-002",
      edit(COMPLIANT, set(["reviews", 0, "independent"], false)),
    );
    expect(finding?.applies_because).toContain("protection need is");
    expect(finding?.applies_because).toContain("very high");
  });
});

describe("RV-003 penetration test per internet-facing component", () => {
  it("reports every internet-facing component once the test is older than 12 months", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "date"], "2025-11-25"));
    const findings = await findingsOf("RV-003", text);
    expect(findings.map((f) => f.item)).toEqual(["portal", "gateway", "tunnel"]);
    expect(findings.map((f) => f.pointer)).toEqual([
      "/components/0",
      "/components/1",
      "/components/2",
    ]);
  });

  it("accepts a test exactly 12 months old", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "date"], "2025-11-26"));
    expect(await findingsOf("RV-003", text)).toEqual([]);
  });

  it("does not count a penetration test dated in the future", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "date"], "2026-12-01"));
    expect(await findingsOf("RV-003", text)).toHaveLength(3);
  });

  it("does not count other kinds of review", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "kind"], "audit"));
    expect((await findingsOf("RV-003", text)).map((f) => f.item)).toEqual([
      "portal",
      "gateway",
      "tunnel",
    ]);
  });

  it("leaves internal components alone", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "scope"], ["portal", "gateway", "tunnel"]));
    expect(await findingsOf("RV-003", text)).toEqual([]);
    const exposed = edit(COMPLIANT, set(["components", 3, "exposure"], "internet"));
    const findings = await findingsOf("RV-003", exposed);
    expect(findings.map((f) => f.item)).toEqual(["backend"]);
  });

  it("applies only where protection needs are high", async () => {
    const text = edit(COMPLIANT, all(remove(["reviews", 2]), normalProtection));
    expect(await findingsOf("RV-003", text)).toEqual([]);
  });

  it("uses the pen-test cadence in the German message", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "scope"], ["portal", "tunnel"]));
    const [finding] = await findingsOf("RV-003", text, { language: "de" });
    expect(finding?.message).toBe(
      "Komponente gateway ist aus dem Internet erreichbar, hatte aber seit 2025-11-26 keinen Penetrationstest",
    );
  });
});

describe("RV-004 overdue review findings", () => {
  it("accepts a finding due today", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "findings", 1, "due"], "2026-11-26"));
    expect(await findingsOf("RV-004", text)).toEqual([]);
  });

  it("ignores fixed and accepted findings past their due date", async () => {
    const text = edit(
      COMPLIANT,
      all(
        set(["reviews", 2, "findings", 1, "due"], "2026-01-01"),
        set(["reviews", 2, "findings", 1, "status"], "accepted"),
      ),
    );
    expect(await findingsOf("RV-004", text)).toEqual([]);
  });

  it("treats a finding without status as open", async () => {
    const text = edit(
      COMPLIANT,
      all(
        remove(["reviews", 2, "findings", 0, "status"]),
        set(["reviews", 2, "findings", 0, "due"], "2026-10-28"),
      ),
    );
    const findings = await findingsOf("RV-004", text);
    expect(findings.map((f) => [f.item, f.severity])).toEqual([["PT-2026-07", "high"]]);
  });

  it("takes its severity from a critical finding", async () => {
    const text = edit(
      COMPLIANT,
      all(
        set(["reviews", 2, "findings", 1, "severity"], "critical"),
        set(["reviews", 2, "findings", 1, "due"], "2026-11-01"),
      ),
    );
    const [finding] = await findingsOf("RV-004", text);
    expect(finding?.severity).toBe("critical");
  });
});

describe("RV-005 code-review policy", () => {
  it("does not apply in the planning phase", async () => {
    const text = edit(
      COMPLIANT,
      all(remove(["reviews", 1]), set(["project", "phase"], "planning")),
    );
    expect(await findingsOf("RV-005", text)).toEqual([]);
  });

  it("accepts a policy reviewed exactly 12 months ago", async () => {
    const text = edit(COMPLIANT, set(["reviews", 1, "date"], "2025-11-26"));
    expect(await findingsOf("RV-005", text)).toEqual([]);
  });

  it("points at the manifest when there are no reviews at all", async () => {
    const text = edit(COMPLIANT, remove(["reviews"]));
    const [finding] = await findingsOf("RV-005", text);
    expect(finding?.pointer).toBe("/reviews");
    expect(finding?.line).toBe(lineAt(text, []));
  });
});

describe("RV-006 review scope covers every component", () => {
  it("counts a review within 12 months that covers the component", async () => {
    // The backend stays in the design review of 2025-12-03 (less than 12 months ago).
    const text = edit(COMPLIANT, set(["reviews", 3, "scope"], ["portal", "gateway", "tunnel"]));
    expect(await findingsOf("RV-006", text)).toEqual([]);
  });

  it("does not count reviews older than 12 months", async () => {
    const text = edit(
      COMPLIANT,
      all(
        set(["reviews", 0, "date"], "2025-11-25"),
        set(["reviews", 3, "scope"], ["portal", "gateway", "tunnel"]),
      ),
    );
    expect((await findingsOf("RV-006", text)).map((f) => f.item)).toEqual(["backend"]);
  });

  it("reports a new component nobody has reviewed", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.addIn(["components"], doc.createNode({ id: "shop", exposure: "internal" })),
    );
    const findings = await findingsOf("RV-006", text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ pointer: "/components/4", item: "shop" });
    expect(findings[0]?.line).toBe(lineAt(text, ["components", 4]));
  });

  it("folds into RV-003 for an internet-facing component without a pen test: one cause, one finding", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.addIn(["components"], doc.createNode({ id: "shop", exposure: "internet" })),
    );
    expect(await findingsOf("RV-006", text)).toEqual([]);
    expect(await findingsOf("RV-003", text)).toMatchObject([
      { item: "shop", severity: "high", supersedes: ["RV-006"] },
    ]);
  });
});

describe("RV-007 review reports as evidence", () => {
  it("accepts an https address", async () => {
    const text = edit(
      COMPLIANT,
      set(["reviews", 2, "report"], "https://seculab.example/r/2026-10"),
    );
    expect(await findingsOf("RV-007", text)).toEqual([]);
  });

  it("refuses a path that leaves the repository", async () => {
    const text = edit(COMPLIANT, set(["reviews", 2, "report"], "../logistics-nis2/SECURITY.md"));
    expect((await findingsOf("RV-007", text)).map((f) => f.pointer)).toEqual(["/reviews/2/report"]);
  });
});

describe("RV-008 reviews dated in the future", () => {
  it("accepts a review dated today", async () => {
    const text = edit(COMPLIANT, set(["reviews", 3, "date"], "2026-11-26"));
    expect(await findingsOf("RV-008", text)).toEqual([]);
  });
});

describe("RV-009 due dates of open findings", () => {
  it("ignores fixed findings without a due date", async () => {
    const text = edit(COMPLIANT, remove(["reviews", 2, "findings", 0, "due"]));
    expect(await findingsOf("RV-009", text)).toEqual([]);
  });

  it("leaves the overdue check to RV-004", async () => {
    const text = edit(COMPLIANT, remove(["reviews", 2, "findings", 2, "due"]));
    expect(await findingsOf("RV-004", text)).toEqual([]);
  });
});

describe("the reviews pack on the other examples", () => {
  const example = (name: string) => {
    const dir = path.join(REPO_ROOT, "examples", name);
    return {
      text: readFileSync(path.join(dir, "security-manifest.yml"), "utf8"),
      evidenceRoot: dir,
    };
  };
  const reviewGaps = async (name: string) => {
    const { text, evidenceRoot } = example(name);
    const report = await check(text, { evidenceRoot });
    return report.findings
      .filter((f) => f.area === "reviews")
      .map((f) => `${f.rule} ${f.item} ${f.severity}`)
      .sort();
  };

  it("finds the built-in gaps of the crafts web shop", async () => {
    expect(await reviewGaps("crafts-webshop")).toEqual([
      "RV-001 /project/phase high",
      "RV-004 CRC-2025-04 high",
      "RV-005 /reviews medium",
      "RV-006 order-export medium",
      "RV-006 payment medium",
      "RV-006 shop medium",
    ]);
  });

  it("finds the built-in gaps of the NIS2 logistics project", async () => {
    expect(await reviewGaps("logistics-nis2")).toEqual([
      "RV-004 PT-2026-01 high",
      "RV-005 /reviews medium",
    ]);
  });
});

describe("RV-003 looks at each component's own protection need", () => {
  it("skips an internet-facing component whose override lowers every need to normal", async () => {
    const text = edit(COMPLIANT, (doc) => {
      const reviews = doc.get("reviews") as { items: unknown[] };
      // No penetration test at all: only components that need one are reported.
      doc.set(
        "reviews",
        reviews.items.filter(
          (r) => (r as { get: (k: string) => unknown }).get("kind") !== "penetration-test",
        ),
      );
      doc.setIn(["components", 0, "protection_needs"], {
        confidentiality: "normal",
        integrity: "normal",
        availability: "normal",
      });
    });
    const items = (await findingsOf("RV-003", text)).map((f) => f.item);
    expect(items).not.toContain("portal");
    expect(items).toContain("tunnel");
  });
});
