import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import { CheckCompiler } from "../../src/rules/check-compiler.js";
import { isInsideRepository } from "../../src/rules/check-keywords.js";
import type { EvaluationContext } from "../../src/rules/evaluation-context.js";
import { profileFacts } from "../../src/rules/profile.js";

const manifest = {
  project: { started: "2026-01-01" },
  management: { sponsor: { name: "Sabine Wolf" } },
  team: [
    { name: "Thomas Krüger", role: "management" },
    { name: "Lukas Schmidt", role: "developer" },
  ],
  components: [{ id: "portal" }, { id: "tunnel" }],
  threat_model: {
    threats: [{ id: "T-01", component: "portal", mitigations: ["M-01"] }],
    mitigations: [
      { id: "M-01", status: "implemented" },
      { id: "M-02", status: "planned" },
    ],
  },
};

const context: EvaluationContext = {
  today: "2026-11-26",
  manifest,
  profile: profileFacts(manifest),
  evidenceExists: (file) => file === "docs/evidence.md",
  ruleIds: new Set(["TR-001"]),
};

const compiler = new CheckCompiler();
const holds = (schema: object, data: unknown) => compiler.compile(schema).call(context, data);

describe("custom check keywords", () => {
  it.each([
    ["2025-11-26", true],
    ["2025-11-25", false],
    ["2026-11-26", true],
    ["not a date", false],
  ])("maxAgeDays 365: %s → %s", (date, expected) => {
    expect(holds({ maxAgeDays: 365 }, date)).toBe(expected);
  });

  it.each([
    ["2026-11-26", true, false],
    ["2026-11-27", false, true],
    ["2026-11-25", true, false],
  ])("notInFuture / notPast on %s", (date, notInFuture, strictlyAhead) => {
    expect(holds({ notInFuture: true }, date)).toBe(notInFuture);
    expect(holds({ notPast: true }, date)).toBe(date >= "2026-11-26");
    expect(holds({ minDaysAhead: 1 }, date)).toBe(strictlyAhead);
  });

  it("maxDaysAfter compares with a sibling field or a manifest pointer", () => {
    const sibling = { properties: { expires: { maxDaysAfter: { ref: "date", days: 365 } } } };
    expect(holds(sibling, { date: "2026-03-12", expires: "2027-03-12" })).toBe(true);
    expect(holds(sibling, { date: "2026-03-12", expires: "2027-03-13" })).toBe(false);
    const pointer = { maxDaysAfter: { ref: "/project/started", days: 42 } };
    expect(holds(pointer, "2026-02-12")).toBe(true);
    expect(holds(pointer, "2026-02-13")).toBe(false);
  });

  it("refersTo resolves ids elsewhere in the manifest, optionally filtered", () => {
    const exists = { refersTo: { items: "/threat_model/mitigations", key: "id" } };
    expect(holds(exists, ["M-01", "M-02"])).toBe(true);
    expect(holds(exists, ["M-01", "M-09"])).toBe(false);
    const implemented = {
      refersTo: {
        items: "/threat_model/mitigations",
        key: "id",
        where: { properties: { status: { const: "implemented" } } },
      },
    };
    expect(holds(implemented, ["M-01"])).toBe(true);
    expect(holds(implemented, ["M-02"])).toBe(false);
    expect(holds({ refersTo: { ...implemented.refersTo, some: true } }, ["M-02", "M-01"])).toBe(
      true,
    );
  });

  it("referencedBy finds items that point at this one", () => {
    const covered = {
      referencedBy: { items: "/threat_model/threats", key: "component", self: "id" },
    };
    expect(holds(covered, { id: "portal" })).toBe(true);
    expect(holds(covered, { id: "tunnel" })).toBe(false);
  });

  it("riskLevel places a threat on the BSI 200-3 matrix", () => {
    expect(
      holds(
        { riskLevel: ["high", "very-high"] },
        { likelihood: "occasional", impact: "existential" },
      ),
    ).toBe(true);
    expect(
      holds({ riskLevel: ["high", "very-high"] }, { likelihood: "rare", impact: "existential" }),
    ).toBe(false);
    expect(holds({ riskLevel: ["low"] }, { likelihood: "rare" })).toBe(false);
  });

  it("managementMember accepts management team members and the sponsor only", () => {
    expect(holds({ managementMember: true }, "Thomas Krüger")).toBe(true);
    expect(holds({ managementMember: true }, "Sabine Wolf")).toBe(true);
    expect(holds({ managementMember: true }, "Lukas Schmidt")).toBe(false);
  });

  it("currentMember: a member is current until the day in `left`, a future date keeps them", () => {
    expect(holds({ currentMember: true }, { name: "A" })).toBe(true);
    expect(holds({ currentMember: true }, { name: "A", left: "2026-11-27" })).toBe(true);
    expect(holds({ currentMember: true }, { name: "A", left: "2026-11-26" })).toBe(false);
    expect(holds({ currentMember: true }, { name: "A", left: "2025-01-31" })).toBe(false);
    expect(holds({ currentMember: false }, { name: "A", left: "2025-01-31" })).toBe(true);
    // A `left` that is no date gives nobody a place in scope or authority by a typo.
    expect(holds({ currentMember: true }, { name: "A", left: "soon" })).toBe(false);
  });

  it("decidedByManagement: management today and not gone by the decision's date", () => {
    const leaving = {
      ...manifest,
      team: [{ name: "Thomas Krüger", role: "management", left: "2027-03-31" }],
    };
    const local: EvaluationContext = { ...context, manifest: leaving };
    const decided = (decision: object) =>
      compiler
        .compile({ decidedByManagement: { by: "accepted_by", on: "date" } })
        .call(local, decision);
    expect(decided({ accepted_by: "Thomas Krüger", date: "2026-10-01" })).toBe(true);
    expect(decided({ accepted_by: "Thomas Krüger", date: "2027-03-31" })).toBe(false);
    expect(decided({ accepted_by: "Thomas Krüger" })).toBe(true);
    expect(decided({ accepted_by: "Sabine Wolf", date: "2027-06-01" })).toBe(true);
    expect(decided({ accepted_by: "Lukas Schmidt", date: "2026-10-01" })).toBe(false);
  });

  it("protectionAtLeast uses a component's override, else the organisation's needs", () => {
    const withNeeds = {
      ...manifest,
      organisation: {
        protection_needs: { confidentiality: "high", integrity: "normal", availability: "normal" },
      },
    };
    const local: EvaluationContext = { ...context, manifest: withNeeds };
    const check = (data: unknown, level: string) =>
      compiler.compile({ protectionAtLeast: level }).call(local, data);
    expect(check({ id: "portal" }, "high")).toBe(true);
    expect(check({ id: "portal" }, "very-high")).toBe(false);
    expect(check({ id: "lab", protection_needs: { confidentiality: "normal" } }, "high")).toBe(
      false,
    );
    expect(check({ id: "tunnel", protection_needs: { integrity: "very-high" } }, "very-high")).toBe(
      true,
    );
  });

  it("knownRule checks against the loaded rules", () => {
    expect(holds({ knownRule: true }, "TR-001")).toBe(true);
    expect(holds({ knownRule: true }, "TR-999")).toBe(false);
  });

  it("evidenceExists accepts https links and existing files inside the repository only", () => {
    expect(holds({ evidenceExists: true }, "docs/evidence.md")).toBe(true);
    expect(holds({ evidenceExists: true }, "https://lms.example/cert/1")).toBe(true);
    expect(holds({ evidenceExists: true }, "http://lms.example/cert/1")).toBe(false);
    expect(holds({ evidenceExists: true }, "docs/missing.md")).toBe(false);
    expect(holds({ evidenceExists: true }, "../outside/docs/evidence.md")).toBe(false);
  });
});

describe("evidence paths stay inside the repository", () => {
  it.each([
    ["docs/a.md", "docs/a.md"],
    ["./docs/../docs/a.md", "docs/a.md"],
    ["../secret", undefined],
    ["docs/../../secret", undefined],
    ["/etc/passwd", undefined],
    ["C:/Windows/win.ini", undefined],
  ])("%s → %s", (input, expected) => {
    expect(isInsideRepository(input)).toBe(expected);
  });

  it("does not follow a symbolic link out of the repository", () => {
    const base = mkdtempSync(path.join(tmpdir(), "sm-evidence-"));
    const repo = path.join(base, "repo");
    mkdirSync(path.join(repo, "docs"), { recursive: true });
    writeFileSync(path.join(repo, "docs/ok.md"), "ok");
    writeFileSync(path.join(base, "secret.txt"), "secret");
    symlinkSync(path.join(base, "secret.txt"), path.join(repo, "docs/link.md"));
    const exists = evidenceInRepository(repo);
    expect(exists("docs/ok.md")).toBe(true);
    expect(exists("docs/link.md")).toBe(false);
    expect(exists("docs/none.md")).toBe(false);
  });
});

describe("evidence is a file", () => {
  it("does not accept a folder or the repository root as evidence", () => {
    const repo = mkdtempSync(path.join(tmpdir(), "sm-evidence-"));
    mkdirSync(path.join(repo, "docs"));
    writeFileSync(path.join(repo, "docs/plan.md"), "plan");
    const exists = evidenceInRepository(repo);
    expect(exists("docs/plan.md")).toBe(true);
    expect(exists("docs")).toBe(false);
    expect(exists(".")).toBe(false);
    expect(isInsideRepository(".")).toBeUndefined();
    expect(isInsideRepository("docs/..")).toBeUndefined();
  });
});
