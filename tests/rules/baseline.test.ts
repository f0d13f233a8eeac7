import { describe, expect, it } from "vitest";
import {
  all,
  builtinRules,
  COMPLIANT,
  check,
  describeFailingCases,
  edit,
  exampleGaps,
  type FailingCase,
  findingsOf,
  keyLine,
  lineAt,
  remove,
  set,
} from "./rule-harness.js";

/** Every rule of the baseline pack; each must pass on the compliant example. */
const BASELINE_RULES = [
  "BL-001",
  "BL-002",
  "BL-003",
  "BL-004",
  "BL-005",
  "BL-006",
  "BL-007",
  "BL-008",
  "BL-009",
  "BL-010",
  "BL-011",
  "BL-012",
  "BL-013",
  "BL-014",
  "BL-015",
  "BL-016",
  "BL-017",
];

const B = "it_baseline";
const at =
  (...path: (string | number)[]) =>
  (text: string) =>
    keyLine(text, path);
const item =
  (...path: (string | number)[]) =>
  (text: string) =>
    lineAt(text, path);

describe("baseline pack on the compliant example", () => {
  it("defines exactly the rules these tests cover, each citing DIN SPEC 27076, BSI, ISO 27001 and NIS2", async () => {
    const rules = (await builtinRules()).rules.filter((r) => r.source === "rules/baseline.yml");
    expect(rules.map((r) => r.id)).toEqual(BASELINE_RULES);
    for (const rule of rules) {
      expect(rule.area, rule.id).toBe("governance");
      const refs = rule.references;
      expect(
        refs.some((r) => /^DIN SPEC 27076 [A-Z][a-z]+$/.test(r)),
        rule.id,
      ).toBe(true);
      expect(
        refs.some((r) => /^BSI (\w+(\.\d+)+|200-\d)$/.test(r)),
        rule.id,
      ).toBe(true);
      expect(
        refs.some((r) => /^ISO 27001 A\.\d+\.\d+$/.test(r)),
        rule.id,
      ).toBe(true);
      expect(
        refs.some((r) => /^NIS2 Art\. 21\(2\)\([a-j]\)$/.test(r)),
        rule.id,
      ).toBe(true);
      for (const text of [rule.title, rule.description, rule.remediation, rule.message])
        expect(text.de, rule.id).not.toEqual(text.en);
    }
  });

  it.each(BASELINE_RULES)("%s finds nothing", async (id) => {
    expect(await findingsOf(id, COMPLIANT)).toEqual([]);
  });
});

describe("a manifest without it_baseline", () => {
  it("gets one root-cause finding (BL-001), not a gap per baseline rule", async () => {
    const text = edit(COMPLIANT, all(remove([B]), remove(["it_security"]), remove(["suppliers"])));
    const report = await check(text);
    const baseline = report.findings.filter((f) => f.rule.startsWith("BL-"));
    expect(baseline.map((f) => f.rule)).toEqual(["BL-001"]);
    expect(baseline[0]).toMatchObject({ severity: "high", area: "governance" });
  });

  it("is a medium gap for a micro company with normal needs outside NIS2", async () => {
    const text = edit(
      COMPLIANT,
      all(
        remove([B]),
        set(["organisation", "size"], "micro"),
        set(["organisation", "protection_needs", "confidentiality"], "normal"),
        set(["organisation", "protection_needs", "integrity"], "normal"),
        remove(["components", 0, "protection_needs"]),
        remove(["components", 1, "protection_needs"]),
        remove(["components", 2, "protection_needs"]),
        remove(["components", 3, "protection_needs"]),
      ),
    );
    const [finding] = await findingsOf("BL-001", text);
    expect(finding?.severity).toBe("medium");
  });

  it("still gets the supplier rules once suppliers are listed", async () => {
    const text = edit(
      COMPLIANT,
      all(remove([B]), set(["suppliers", 0, "security_duties_in_contract"], false)),
    );
    expect((await findingsOf("BL-016", text)).map((f) => f.pointer)).toEqual(["/suppliers/0"]);
  });
});

const CASES: FailingCase[] = [
  {
    rule: "BL-002",
    why: "nobody is responsible for IT security",
    change: remove(["it_security"]),
    pointer: "/it_security",
    line: at("manifest_version"), // a missing section: the top of the manifest
    severity: "high",
  },
  {
    rule: "BL-003",
    why: "backups run only every 14 days",
    change: set([B, "backup", "interval_days"], 14),
    pointer: "/it_baseline/backup",
    line: at(B, "backup"),
    severity: "high",
    message: "Important data is not backed up at least every 7 day(s)",
  },
  {
    rule: "BL-004",
    why: "no copy is offline or immutable",
    change: all(set([B, "backup", "offline_copy"], false), remove([B, "backup", "immutable_copy"])),
    pointer: "/it_baseline/backup",
    line: at(B, "backup"),
    severity: "high",
  },
  {
    rule: "BL-005",
    why: "the last restore test is older than a year",
    change: set([B, "backup", "last_restore_test"], "2025-09-01"),
    pointer: "/it_baseline/backup",
    line: at(B, "backup"),
    severity: "medium",
    message: "No restore from the backup was tested since 2025-11-26",
  },
  {
    rule: "BL-006",
    why: "updates may wait 30 days on an internet-facing company",
    change: set([B, "patching", "deadline_days"], 30),
    pointer: "/it_baseline/patching",
    line: at(B, "patching"),
    severity: "high",
    message: "No named person makes sure security updates are installed within 14 days",
  },
  {
    rule: "BL-006",
    why: "nobody is named for updates",
    change: remove([B, "patching", "responsible"]),
    pointer: "/it_baseline/patching",
    line: at(B, "patching"),
    severity: "high",
  },
  {
    rule: "BL-007",
    why: "an unsupported PC is still in the network",
    change: set(
      [B, "unsupported_systems"],
      [{ name: "Windows 7 PC at the test bench", isolated: false, replacement_due: "2027-03-31" }],
    ),
    pointer: "/it_baseline/unsupported_systems/0",
    line: item(B, "unsupported_systems", 0),
    severity: "high",
  },
  {
    rule: "BL-007",
    why: "an isolated system's replacement date has passed",
    change: set(
      [B, "unsupported_systems"],
      [{ name: "Windows 7 PC at the test bench", isolated: true, replacement_due: "2026-06-30" }],
    ),
    pointer: "/it_baseline/unsupported_systems/0",
    line: item(B, "unsupported_systems", 0),
    severity: "high",
  },
  {
    rule: "BL-008",
    why: "administrator accounts have no second factor",
    change: set([B, "mfa", "admin_access"], false),
    pointer: "/it_baseline/mfa",
    line: at(B, "mfa"),
    severity: "critical",
  },
  {
    rule: "BL-009",
    why: "administrators work with their rights every day",
    change: set([B, "separate_admin_accounts"], false),
    pointer: "/it_baseline/separate_admin_accounts",
    line: at(B, "separate_admin_accounts"),
    severity: "high",
  },
  {
    rule: "BL-010",
    why: "malware protection is not on every computer",
    change: set([B, "endpoint_protection", "installed"], false),
    pointer: "/it_baseline/endpoint_protection",
    line: at(B, "endpoint_protection"),
    severity: "high",
  },
  {
    rule: "BL-011",
    why: "Office macros are allowed",
    change: set([B, "office_macros"], "allowed"),
    pointer: "/it_baseline/office_macros",
    line: at(B, "office_macros"),
    severity: "high",
  },
  {
    rule: "BL-012",
    why: "the firewall rules were last reviewed two years ago",
    change: set([B, "firewall", "last_reviewed"], "2024-11-01"),
    pointer: "/it_baseline/firewall",
    line: at(B, "firewall"),
    severity: "high",
  },
  {
    rule: "BL-013",
    why: "remote maintenance is always open",
    change: set([B, "remote_maintenance", "enabled_on_demand"], false),
    pointer: "/it_baseline/remote_maintenance",
    line: at(B, "remote_maintenance"),
    severity: "critical",
  },
  {
    rule: "BL-014",
    why: "the inventory was last updated over a year ago",
    change: set([B, "asset_inventory", "last_updated"], "2025-10-01"),
    pointer: "/it_baseline/asset_inventory",
    line: at(B, "asset_inventory"),
    severity: "medium",
  },
  {
    rule: "BL-015",
    why: "a cloud user lists no supplier",
    change: remove(["suppliers"]),
    pointer: "/suppliers",
    line: at("manifest_version"), // a missing section: the top of the manifest
    severity: "medium",
  },
  {
    rule: "BL-016",
    why: "a supplier's contract has no security duties",
    change: set(["suppliers", 1, "security_duties_in_contract"], false),
    pointer: "/suppliers/1",
    line: item("suppliers", 1),
    severity: "medium",
  },
  {
    rule: "BL-017",
    why: "the IT service provider with remote access was assessed two years ago",
    change: set(["suppliers", 0, "last_assessment"], "2024-11-01"),
    pointer: "/suppliers/0/last_assessment",
    line: at("suppliers", 0, "last_assessment"),
    severity: "high",
  },
];

describeFailingCases("governance", CASES);

describe("profile tailoring", () => {
  it("BL-003 asks for daily backups where availability needs are high, and is critical then", async () => {
    const high = set(["organisation", "protection_needs", "availability"], "high");
    expect(await findingsOf("BL-003", edit(COMPLIANT, high))).toEqual([]);
    const weekly = edit(COMPLIANT, all(high, set([B, "backup", "interval_days"], 2)));
    const [finding] = await findingsOf("BL-003", weekly);
    expect(finding).toMatchObject({ severity: "critical" });
    expect(finding?.message).toContain("every 1 day(s)");
  });

  it("BL-006 allows 30 days where nothing faces the internet and needs are normal", async () => {
    const text = edit(COMPLIANT, set([B, "patching", "deadline_days"], 30));
    expect(await findingsOf("BL-006", text)).toHaveLength(1);
    const internal = edit(
      COMPLIANT,
      all(
        set([B, "patching", "deadline_days"], 30),
        set(["organisation", "protection_needs", "confidentiality"], "normal"),
        set(["organisation", "protection_needs", "integrity"], "normal"),
        ...[0, 1, 2, 3].map((i) => set(["components", i, "exposure"], "internal")),
        ...[0, 1, 2, 3].map((i) => remove(["components", i, "protection_needs"])),
      ),
    );
    expect(await findingsOf("BL-006", internal)).toEqual([]);
  });

  it("BL-013 accepts a company that uses no remote maintenance", async () => {
    const text = edit(COMPLIANT, set([B, "remote_maintenance"], { used: false }));
    expect(await findingsOf("BL-013", text)).toEqual([]);
  });

  it("BL-017 leaves suppliers without remote access alone", async () => {
    const text = edit(COMPLIANT, remove(["suppliers", 2, "last_assessment"]));
    expect(await findingsOf("BL-017", text)).toEqual([]);
  });
});

describe("baseline gaps of the examples", () => {
  const baselineGaps = async (example: string) =>
    (await exampleGaps(example, "governance")).filter((gap) => gap.startsWith("BL-"));

  it("the crafts web shop: untested restore, slow patching, admin rights, open remote maintenance", async () => {
    expect(await baselineGaps("crafts-webshop")).toEqual([
      "BL-005 medium /it_baseline/backup",
      "BL-006 high /it_baseline/patching",
      "BL-008 critical /it_baseline/mfa",
      "BL-009 medium /it_baseline/separate_admin_accounts",
      "BL-013 critical /it_baseline/remote_maintenance",
      "BL-014 medium /it_baseline/asset_inventory",
      "BL-017 high IT-Service Weserbergland GmbH",
      "BL-017 high Pixelwerk Agentur UG",
    ]);
  });

  it("the NIS2 logistics company: old restore drill, overdue replacement, the yard-gate vendor", async () => {
    expect(await baselineGaps("logistics-nis2")).toEqual([
      "BL-005 high /it_baseline/backup",
      "BL-007 high Windows Server 2012 R2 for the old weighbridge software in depot Bremen",
      "BL-016 high Torwerk Zufahrtssysteme GmbH",
      "BL-017 high Torwerk Zufahrtssysteme GmbH",
    ]);
  });
});
