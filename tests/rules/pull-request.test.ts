import { describe, expect, it } from "vitest";
import { COMPLIANT, check, edit, findingsOf, lineAt } from "./rule-harness.js";

const PR_RULES = ["PR-001", "PR-002", "PR-003", "PR-004", "PR-005", "PR-006", "PR-007"];
/** Florian Wagner (developer, fwagner-hansen) changes the portal. */
const PULL_REQUEST = { author: "FWagner-Hansen", changedFiles: ["services/portal/src/login.ts"] };

describe("pull-request pack", () => {
  it.each(PR_RULES)("%s finds nothing for a pull request on the compliant example", async (id) => {
    expect(await findingsOf(id, COMPLIANT, { pullRequest: PULL_REQUEST })).toEqual([]);
  });

  it("stays silent outside pull requests, even on a manifest that would fail it", async () => {
    const text = edit(COMPLIANT, (doc) => doc.deleteIn(["team", 1, "trainings"]));
    const report = await check(text);
    expect(report.findings.filter((f) => f.area === "pull-request")).toEqual([]);
  });

  it("PR-001: the author's secure-coding training has lapsed (login matched case-insensitively)", async () => {
    const text = edit(COMPLIANT, (doc) => {
      const trainings = doc.getIn(["team", 1, "trainings"]) as {
        items: { get: (k: string) => unknown }[];
      };
      doc.setIn(
        ["team", 1, "trainings"],
        trainings.items.filter((t) => t.get("topic") !== "secure-coding"),
      );
    });
    const findings = await findingsOf("PR-001", text, { pullRequest: PULL_REQUEST });
    expect(findings).toMatchObject([
      {
        rule: "PR-001",
        area: "pull-request",
        pointer: "/team/1",
        line: lineAt(text, ["team", 1]),
        message:
          "Florian Wagner (@fwagner-hansen), who opened this pull request, has no secure-coding training since 2025-11-26",
      },
    ]);
  });

  it("PR-002: the author's phishing training is missing", async () => {
    const text = edit(COMPLIANT, (doc) => {
      const trainings = doc.getIn(["team", 1, "trainings"]) as {
        items: { get: (k: string) => unknown }[];
      };
      doc.setIn(
        ["team", 1, "trainings"],
        trainings.items.filter((t) => t.get("topic") !== "phishing"),
      );
    });
    expect(await findingsOf("PR-002", text, { pullRequest: PULL_REQUEST })).toMatchObject([
      { rule: "PR-002", pointer: "/team/1", line: lineAt(text, ["team", 1]) },
    ]);
  });

  it("PR-003: an author who is not in the team list, unless the pull request comes from a bot", async () => {
    const stranger = { author: "someone-else", changedFiles: [] };
    const findings = await findingsOf("PR-003", COMPLIANT, { pullRequest: stranger });
    expect(findings).toMatchObject([
      { rule: "PR-003", pointer: "/team", line: COMPLIANT.split("\n").indexOf("team:") + 1 },
    ]);
    expect(await findingsOf("PR-003", COMPLIANT, { pullRequest: { changedFiles: [] } })).toEqual(
      [],
    );
  });

  it("PR-004: a changed component without threats", async () => {
    const text = edit(COMPLIANT, (doc) => {
      doc.setIn(["components", 3, "paths"], ["services/backend/**", "services/reports/**"]);
      const threats = doc.getIn(["threat_model", "threats"]) as {
        items: { get: (k: string) => unknown }[];
      };
      doc.setIn(
        ["threat_model", "threats"],
        threats.items.filter((t) => t.get("component") !== "backend"),
      );
    });
    const pullRequest = {
      author: "fwagner-hansen",
      changedFiles: ["services/reports/monthly.sql", "README.md"],
    };
    const findings = await findingsOf("PR-004", text, { pullRequest });
    expect(findings).toMatchObject([
      {
        rule: "PR-004",
        pointer: "/components/3",
        line: lineAt(text, ["components", 3]),
        item: "backend",
      },
    ]);
    expect(findings[0]?.message).toMatch(/^This pull request changes component backend \(/);
    // A pull request that does not touch the component does not report it.
    expect(
      await findingsOf("PR-004", text, { pullRequest: { changedFiles: ["services/portal/a.ts"] } }),
    ).toEqual([]);
  });

  it("PR-005: a stale threat model when the pull request changes a component, not otherwise", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["threat_model", "last_reviewed"], "2025-10-01"),
    );
    expect(await findingsOf("PR-005", text, { pullRequest: PULL_REQUEST })).toMatchObject([
      {
        rule: "PR-005",
        pointer: "/threat_model",
        line: text.split("\n").indexOf("threat_model:") + 1,
      },
    ]);
    expect(
      await findingsOf("PR-005", text, { pullRequest: { changedFiles: ["docs/readme.md"] } }),
    ).toEqual([]);
  });

  it("does not run extended globs from a manifest (no backtracking patterns)", async () => {
    const text = edit(COMPLIANT, (doc) =>
      doc.setIn(["components", 0, "paths"], [`+(a|aa)+(a|aa)+(a|aa)+(a|aa)/**`]),
    );
    const started = Date.now();
    await findingsOf("PR-004", text, { pullRequest: { changedFiles: [`${"a".repeat(40)}b`] } });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  describe("PR-006: a security champion approves changes to exposed or highly protected components", () => {
    const CHAMPION = { name: "Florian Wagner", login: "fwagner-hansen" };
    /** Aylin Demir changes the portal (internet-facing); the champion is Florian Wagner. */
    const byDeveloper = (
      approvedBy: string[],
      changedFiles = ["services/portal/src/login.ts"],
    ) => ({
      pullRequest: { author: "ademir-hansen", changedFiles, approvedBy, champions: [CHAMPION] },
    });

    it("passes once the champion's login approved the head", async () => {
      expect(await findingsOf("PR-006", COMPLIANT, byDeveloper(["FWagner-Hansen"]))).toEqual([]);
    });

    it("is pending and names the champion while their review is missing", async () => {
      const findings = await findingsOf("PR-006", COMPLIANT, byDeveloper(["blange-hansen"]));
      expect(findings).toMatchObject([
        {
          rule: "PR-006",
          severity: "high",
          status: "pending-approval",
          pointer: "/components/0",
          line: lineAt(COMPLIANT, ["components", 0]),
          pending: { waiting_for: [CHAMPION], state: "pending" },
        },
      ]);
      expect(findings[0]?.message).toContain("changes portal (reachable from the internet");
    });

    it("does not let the champion approve their own change", async () => {
      const own = {
        pullRequest: {
          ...byDeveloper([]).pullRequest,
          author: CHAMPION.login,
          approvedBy: [CHAMPION.login],
        },
      };
      expect(await findingsOf("PR-006", COMPLIANT, own)).toMatchObject([
        { pending: { state: "unverifiable" } },
      ]);
    });

    it("asks nothing for changes to internal components with normal protection needs", async () => {
      const text = edit(COMPLIANT, (doc) => {
        doc.setIn(["organisation", "protection_needs", "confidentiality"], "normal");
        doc.setIn(["organisation", "protection_needs", "integrity"], "normal");
        doc.setIn(["organisation", "protection_needs", "availability"], "normal");
      });
      const backend = byDeveloper([], ["services/backend/src/job.ts"]);
      expect(await findingsOf("PR-006", text, backend)).toEqual([]);
    });
  });

  describe("PR-007: changed files belong to a component", () => {
    it("passes when every changed file is in some component's paths", async () => {
      expect(await findingsOf("PR-007", COMPLIANT, { pullRequest: PULL_REQUEST })).toEqual([]);
    });

    it("does not ask a component to cover the check's own files (the manifest, rule packs)", async () => {
      const pullRequest = {
        changedFiles: ["security-manifest.yml", "security/rules/acme.yml"],
        checkFiles: ["security-manifest.yml", "security/rules/acme.yml"],
      };
      expect(await findingsOf("PR-007", COMPLIANT, { pullRequest })).toEqual([]);
    });

    it("names the first five files no component covers, as a low hint", async () => {
      const changedFiles = [
        "services/portal/a.ts",
        ...["f", "e", "d", "c", "b", "a"].map((n) => `tools/${n}.sh`),
      ];
      const findings = await findingsOf("PR-007", COMPLIANT, { pullRequest: { changedFiles } });
      expect(findings).toMatchObject([
        {
          rule: "PR-007",
          severity: "low",
          pointer: "/components",
          message:
            "6 changed file(s) match no component's paths: tools/a.sh, tools/b.sh, tools/c.sh, tools/d.sh, tools/e.sh",
        },
      ]);
    });
  });
});
