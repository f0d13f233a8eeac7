import { describe, expect, it } from "vitest";
import type { Document } from "yaml";
import { parse } from "yaml";
import { diffManifests } from "../../src/pull-request/manifest-changes.js";
import { CHANGE_KINDS, type ChangeKind } from "../../src/vocabulary/change-kinds.js";
import { COMPLIANT, edit, TODAY } from "../rules/rule-harness.js";
import { DEVELOPER } from "./pull-request-harness.js";

const WAIVER = {
  rule: "RV-003",
  scope: "gateway",
  approved_by: "Andreas Hoffmann",
  reason: "booked",
  expires: "2027-01-31",
};
const WITH_WAIVER = edit(COMPLIANT, (doc) => doc.set("waivers", [WAIVER]));

interface DiffCase {
  kind: ChangeKind;
  /** Applied to `from` (default: the compliant example) to make the head. */
  change: (doc: Document) => void;
  from?: string;
  /** What the opposite change (head → base) is, if it is a kind of its own. */
  reverse?: ChangeKind;
}

const CASES: DiffCase[] = [
  {
    kind: "waiver-added",
    change: (d) => d.set("waivers", [WAIVER]),
    reverse: "waiver-removed",
  },
  {
    kind: "waiver-extended",
    from: WITH_WAIVER,
    change: (d) => d.setIn(["waivers", 0, "expires"], "2027-06-30"),
  },
  {
    kind: "waiver-scope-changed",
    from: WITH_WAIVER,
    change: (d) => d.deleteIn(["waivers", 0, "scope"]),
    reverse: "waiver-scope-changed",
  },
  {
    kind: "waiver-approver-changed",
    from: WITH_WAIVER,
    change: (d) => d.setIn(["waivers", 0, "approved_by"], "Birgit Lange"),
    reverse: "waiver-approver-changed",
  },
  {
    kind: "waiver-removed",
    from: WITH_WAIVER,
    change: (d) => d.set("waivers", []),
    reverse: "waiver-added",
  },
  {
    kind: "acceptance-added",
    from: edit(COMPLIANT, (d) => d.set("risk_acceptances", [])),
    change: (d) => d.set("risk_acceptances", parse(COMPLIANT).risk_acceptances),
    reverse: "acceptance-removed",
  },
  {
    kind: "acceptance-extended",
    change: (d) => d.setIn(["risk_acceptances", 0, "expires"], "2028-05-31"),
  },
  {
    kind: "acceptance-approver-changed",
    change: (d) => d.setIn(["risk_acceptances", 0, "accepted_by"], "Birgit Lange"),
    reverse: "acceptance-approver-changed",
  },
  {
    kind: "acceptance-removed",
    change: (d) => d.set("risk_acceptances", []),
    reverse: "acceptance-added",
  },
  {
    kind: "sign-off-added",
    change: (d) => d.setIn(["threat_model", "approved"], "2026-11-25"),
  },
  {
    kind: "sign-off-removed",
    change: (d) => {
      d.deleteIn(["threat_model", "approved_by"]);
      d.deleteIn(["threat_model", "approved"]);
    },
    reverse: "sign-off-added",
  },
  {
    kind: "management-added",
    change: (d) => d.setIn(["team", 0, "role"], "management"),
  },
  {
    kind: "management-changed",
    change: (d) => d.setIn(["management", "sponsor", "github"], "someone-else"),
    reverse: "management-changed",
  },
  {
    kind: "champion-added",
    change: (d) => d.setIn(["team", 0, "security_champion"], true),
  },
  {
    kind: "profile-lowered",
    change: (d) => d.setIn(["organisation", "protection_needs", "integrity"], "normal"),
  },
  {
    kind: "profile-lowered",
    change: (d) => d.setIn(["organisation", "size"], "micro"),
  },
  {
    kind: "profile-lowered",
    change: (d) => d.setIn(["organisation", "topics"], []),
  },
  {
    kind: "profile-lowered",
    change: (d) => d.setIn(["organisation", "regulation", "cra_product"], false),
  },
  {
    kind: "profile-lowered",
    change: (d) => d.setIn(["project", "phase"], "development"),
  },
  {
    kind: "component-removed",
    change: (d) => d.deleteIn(["components", 0]),
  },
  {
    kind: "component-paths-narrowed",
    change: (d) => d.setIn(["components", 0, "paths"], ["services/portal/api/**"]),
    reverse: "component-paths-narrowed",
  },
  {
    kind: "component-exposure-lowered",
    change: (d) => d.setIn(["components", 0, "exposure"], "internal"),
  },
  {
    kind: "component-protection-lowered",
    change: (d) => d.setIn(["components", 2, "protection_needs", "confidentiality"], "high"),
  },
  {
    kind: "threat-removed",
    change: (d) => d.deleteIn(["threat_model", "threats", 0]),
  },
  {
    kind: "mitigation-removed",
    change: (d) => d.deleteIn(["threat_model", "mitigations", 0]),
  },
  {
    kind: "member-removed",
    change: (d) => d.deleteIn(["team", 1]),
  },
  {
    kind: "member-left",
    change: (d) => d.setIn(["team", 1, "left"], "2026-11-01"),
  },
  {
    kind: "training-removed",
    change: (d) => d.deleteIn(["team", 1, "trainings", 0]),
  },
  {
    kind: "mitigation-implemented",
    from: edit(COMPLIANT, (d) => d.setIn(["threat_model", "mitigations", 0, "status"], "planned")),
    change: (d) => d.setIn(["threat_model", "mitigations", 0, "status"], "implemented"),
  },
  {
    kind: "author-entry-changed",
    change: (d) =>
      d.addIn(["team", 0, "trainings"], { topic: "secure-coding", date: "2026-11-20" }),
  },
];

const kinds = (base: string, head: string) =>
  diffManifests(parse(base), parse(head), { author: DEVELOPER.login, today: TODAY }).map(
    (c) => c.kind,
  );

describe("the semantic diff of base and head", () => {
  it("finds no change between a manifest and itself", () => {
    expect(kinds(COMPLIANT, COMPLIANT)).toEqual([]);
  });

  it("has a case below for every kind of change it knows (except rule packs, which the face reports)", () => {
    const covered = new Set<string>(CASES.map((c) => c.kind));
    const missing = Object.keys(CHANGE_KINDS).filter(
      (k) => !covered.has(k) && k !== "rule-pack-changed",
    );
    expect(missing).toEqual([]);
  });

  describe.each(CASES)("$kind", ({ kind, change, from, reverse }) => {
    const base = from ?? COMPLIANT;
    const head = edit(base, change);
    it("is detected in the direction that makes it", () => {
      expect(kinds(base, head)).toContain(kind);
    });
    it(`is ${reverse ? `seen as ${reverse}` : "not reported"} the other way round`, () => {
      const back = kinds(head, base);
      if (reverse) expect(back).toContain(reverse);
      if (reverse !== kind) expect(back).not.toContain(kind);
    });
  });
});
