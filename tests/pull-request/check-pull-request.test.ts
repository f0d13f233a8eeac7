import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { renderJson } from "../../src/formats/json.js";
import { shouldFail } from "../../src/report/fail-on.js";
import { CHANGE_KINDS } from "../../src/vocabulary/change-kinds.js";
import { FINDING_STATUSES, type Finding, isIntroduced } from "../../src/vocabulary/finding.js";
import { APPROVAL_STATES } from "../../src/vocabulary/manifest-change.js";
import { COMPLIANT, edit, lineAt } from "../rules/rule-harness.js";
import {
  CHAMPION,
  checkChange,
  DEVELOPER,
  DIRECTOR,
  ofRule,
  SPONSOR,
} from "./pull-request-harness.js";

/** The compliant example without its incident-response plan: GV-006, high. */
const WITHOUT_PLAN = edit(COMPLIANT, (doc) => doc.deleteIn(["incident_response", "plan"]));
const waiverBy = (approver: string) => ({
  rule: "GV-006",
  approved_by: approver,
  reason: "The plan is being rewritten with the new IT provider.",
  expires: "2027-01-31",
});
/** A PR that removes the plan and waives the gap in the same change, in the sponsor's name. */
const SELF_WAIVED = edit(WITHOUT_PLAN, (doc) => doc.set("waivers", [waiverBy(SPONSOR.name)]));

describe("decisions a pull request adds wait for their decider", () => {
  it("keeps a waiver typed in the sponsor's name pending, its gap open, and fail-on failing", async () => {
    const report = await checkChange({ head: SELF_WAIVED });
    const [gap] = ofRule(report, "GV-006");
    expect(gap?.status).toBe("pending-approval");
    expect(gap?.pending).toMatchObject({
      waiting_for: [SPONSOR],
      state: "pending",
      on_base: false,
    });
    expect(report.changes?.[gap?.pending?.change ?? -1]).toMatchObject({
      kind: "waiver-added",
      approval: { by: "decider", state: "pending" },
      line: lineAt(SELF_WAIVED, ["waivers", 0]),
    });
    expect(report.summary.by_severity.high).toBe(1);
    expect(shouldFail(report, "high")).toBe(true);
    expect(shouldFail(report, "new")).toBe(true);
  });

  it("lets the waiver take effect once the sponsor's login approved the head (logins are case-insensitive)", async () => {
    const report = await checkChange({ head: SELF_WAIVED, approvedBy: ["AHoffmann-Hansen"] });
    expect(ofRule(report, "GV-006")[0]?.status).toBe("waived");
    expect(report.changes?.[0]?.approval.state).toBe("approved");
    expect(shouldFail(report, "high")).toBe(false);
  });

  it("does not accept another manager's approval for the sponsor's decision", async () => {
    const report = await checkChange({ head: SELF_WAIVED, approvedBy: [DIRECTOR.login] });
    expect(ofRule(report, "GV-006")[0]?.status).toBe("pending-approval");
  });

  it("does not make a person added as management in the same PR a decider", async () => {
    const head = edit(WITHOUT_PLAN, (doc) => {
      doc.addIn(["team"], { name: "Eve Mallory", github: "emallory", role: "management" });
      doc.set("waivers", [waiverBy("Eve Mallory")]);
    });
    const report = await checkChange({ head, author: "emallory", approvedBy: ["emallory"] });
    expect(ofRule(report, "GV-006")[0]?.status).toBe("new");
    expect(report.changes?.map((c) => [c.kind, c.approval.state])).toEqual(
      expect.arrayContaining([
        ["waiver-added", "not-management"],
        ["management-added", "not-required"],
      ]),
    );
    // The governance pack says why the waiver waives nothing.
    expect(
      report.findings.some((f) => f.pointer.startsWith("/waivers/0") && f.rule.startsWith("GV-")),
    ).toBe(true);
  });

  it("keeps a decision pending and says it cannot be verified when the base has no login for the decider", async () => {
    const base = edit(COMPLIANT, (doc) => {
      doc.deleteIn(["management", "sponsor", "github"]);
      doc.deleteIn(["team", 4, "github"]);
    });
    const head = edit(base, (doc) => {
      doc.deleteIn(["incident_response", "plan"]);
      doc.set("waivers", [waiverBy(SPONSOR.name)]);
    });
    const report = await checkChange({ head, base, approvedBy: [SPONSOR.login] });
    const [gap] = ofRule(report, "GV-006");
    expect(gap?.status).toBe("pending-approval");
    expect(gap?.pending?.state).toBe("unverifiable");
  });

  it("treats an extended waiver as a new decision and keeps the base's expiry until approved", async () => {
    const base = edit(SELF_WAIVED, (doc) => doc.setIn(["waivers", 0, "expires"], "2026-11-20"));
    const report = await checkChange({ head: SELF_WAIVED, base });
    expect(report.changes?.[0]).toMatchObject({
      kind: "waiver-extended",
      approval: { state: "pending" },
    });
    expect(ofRule(report, "GV-006")[0]?.status).toBe("pending-approval");
  });

  it("keeps a new risk acceptance pending: the threat's treatment gap stays open", async () => {
    const base = edit(COMPLIANT, (doc) => doc.set("risk_acceptances", []));
    const report = await checkChange({ head: COMPLIANT, base });
    expect(report.changes?.[0]).toMatchObject({ kind: "acceptance-added", subject: "T-04" });
    const pending = report.findings.filter((f) => f.status === "pending-approval");
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((f) => f.pending?.waiting_for[0]?.login === SPONSOR.login)).toBe(true);
    const approved = await checkChange({ head: COMPLIANT, base, approvedBy: [SPONSOR.login] });
    expect(approved.findings.filter((f) => f.status === "pending-approval")).toEqual([]);
  });

  it("shows the decisions but does not gate them with decisions: report-only", async () => {
    const report = await checkChange({ head: SELF_WAIVED, decisions: "report-only" });
    expect(ofRule(report, "GV-006")[0]?.status).toBe("waived");
    expect(report.changes?.[0]?.approval.state).toBe("not-enforced");
  });
});

describe("fixed is not the same as no longer checked", () => {
  /** A component on the internet that no threat concerns: TM-004, high. */
  const UNMODELLED = edit(COMPLIANT, (doc) =>
    doc.addIn(["components"], { id: "shop", paths: ["services/shop/**"], exposure: "internet" }),
  );
  const OFFLINE = edit(UNMODELLED, (doc) => doc.setIn(["components", 4, "exposure"], "offline"));

  it("keeps a gap that stops applying because the PR lowered the exposure open until management approves", async () => {
    const report = await checkChange({ head: OFFLINE, base: UNMODELLED });
    const [gap] = ofRule(report, "TM-004");
    expect(gap).toMatchObject({ status: "pending-approval", pending: { on_base: true } });
    expect(gap?.pending?.waiting_for).toEqual([SPONSOR, DIRECTOR]);
    expect(report.fixed).toEqual([]);
    expect(report.changes?.[0]).toMatchObject({
      kind: "component-exposure-lowered",
      line: lineAt(OFFLINE, ["components", 4, "exposure"]),
    });
    // It was on the base already, so it is not introduced by this PR; a severity gate still fails.
    expect(isIntroduced(gap as Finding)).toBe(false);
    expect(shouldFail(report, "high")).toBe(true);
  });

  it("lists it as no longer checked, not as fixed, once a manager approved", async () => {
    const report = await checkChange({
      head: OFFLINE,
      base: UNMODELLED,
      approvedBy: [DIRECTOR.login],
    });
    expect(ofRule(report, "TM-004")).toEqual([]);
    expect(report.fixed.map((f) => f.rule)).not.toContain("TM-004");
    const because = "Exposure of component shop lowered: internet → offline";
    // TM-004 first: critical for a company with OT/IoT (topic ot-iot), RV-003 high.
    expect(report.no_longer_checked?.map((f) => [f.rule, f.because])).toEqual([
      ["TM-004", because],
      ["RV-003", because],
    ]);
  });

  it("counts a gap closed by real work as fixed", async () => {
    const modelled = edit(UNMODELLED, (doc) =>
      doc.setIn(["threat_model", "threats", 0, "component"], "shop"),
    );
    const report = await checkChange({ head: modelled, base: UNMODELLED });
    expect(report.fixed.map((f) => f.rule)).toContain("TM-004");
    expect(report.no_longer_checked).toEqual([]);
  });

  it("keeps the gaps of a removed component open, placed at where it was removed", async () => {
    const head = edit(UNMODELLED, (doc) => doc.deleteIn(["components", 4]));
    const report = await checkChange({ head, base: UNMODELLED });
    expect(ofRule(report, "TM-004")[0]).toMatchObject({ status: "pending-approval" });
    expect(report.changes?.[0]).toMatchObject({ kind: "component-removed", side: "base" });
  });
});

describe("the PR author's own entry is self-certified", () => {
  it("keeps the author's self-added training from closing their training gap until a champion approves", async () => {
    const head = edit(COMPLIANT, (doc) =>
      doc.addIn(["team", 0, "trainings"], {
        topic: "secure-coding",
        date: "2026-11-20",
        evidence: "docs/security/training/2026-11-secure-coding-meier.md",
      }),
    );
    const changedFiles = ["docs/security/training/2026-11-secure-coding-meier.md"];
    const report = await checkChange({ head, changedFiles, author: DEVELOPER.login });
    const change = report.changes?.find((c) => c.kind === "author-entry-changed");
    expect(change?.message).toContain("evidence of 1 added in this PR");
    expect(change?.approval.by).toBe("reviewer");
    expect(ofRule(report, "PR-001")[0]?.status).toBe("pending-approval");
    const approved = await checkChange({
      head,
      changedFiles,
      author: DEVELOPER.login,
      approvedBy: [CHAMPION.login],
    });
    expect(ofRule(approved, "PR-001")).toEqual([]);
  });
});

describe("without a base manifest", () => {
  it("keeps every decision of a first manifest pending: no login on record proves the decider", async () => {
    const report = await checkChange({
      head: SELF_WAIVED,
      base: { kind: "absent" },
      approvedBy: [SPONSOR.login],
    });
    expect(ofRule(report, "GV-006")[0]).toMatchObject({
      status: "pending-approval",
      pending: { state: "unverifiable" },
    });
    expect(report.fixed).toEqual([]);
  });
});

describe("the report of a pull-request check", () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(reportSchema);

  it("meets the report schema, changes and pending gaps included (German too)", async () => {
    for (const language of ["en", "de"] as const) {
      const report = await checkChange({ head: SELF_WAIVED, language });
      expect(report.changes?.length).toBeGreaterThan(0);
      expect(validate(JSON.parse(renderJson(report))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("lists in the schema exactly the statuses, approval states and change kinds the code knows", () => {
    const definitions = reportSchema.definitions;
    expect(definitions.finding.properties.status.enum).toEqual([...FINDING_STATUSES]);
    expect(definitions.change.properties.approval.properties.state.enum).toEqual([
      ...APPROVAL_STATES,
    ]);
    const kind = new RegExp(definitions.change.properties.kind.pattern);
    expect(Object.keys(CHANGE_KINDS).filter((k) => !kind.test(k))).toEqual([]);
  });
});
