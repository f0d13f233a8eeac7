import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  anythingDue,
  dueDateMarker,
  dueDateState,
  dueDateTitle,
  nothingDueComment,
  ROWS_SHOWN,
  renderDueDateIssue,
  stateOfBody,
} from "../../action/due-date-issue.js";
import { collectDueDates, type DueDates, dueDateRules } from "../../action/due-date-items.js";
import { checkManifestText } from "../../src/check-manifest.js";
import type { Language } from "../../src/i18n/language.js";
import { parseManifestText } from "../../src/manifest/load-manifest.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { lineOf, REPO_ROOT } from "../fixtures/fixtures.js";
import { renderGfm, tagNames } from "../support/cmark.js";

const ruleSet = await loadRuleSet();
const PORTAL = readFileSync(
  path.join(REPO_ROOT, "examples/remote-maintenance-portal/security-manifest.yml"),
  "utf8",
);
const FILE = "security-manifest.yml";
const BLOB =
  "https://github.com/acme/portal/blob/0123456789abcdef0123456789abcdef01234567/security-manifest.yml";

/** The portal with a waiver of the budget gap that expires soon after `today` 2027-03-01. */
const WITH_WAIVER = `${PORTAL}
waivers:
  - rule: GV-003
    approved_by: Andreas Hoffmann
    reason: The budget is decided with the annual plan in March.
    expires: 2027-03-20
`;

function dueDates(text: string, today: string, language: Language = "en"): DueDates {
  const report = checkManifestText(FILE, text, { today, language, ruleSet, displayName: FILE });
  return collectDueDates(report, parseManifestText(FILE, text), ruleSet, today);
}

function body(dates: DueDates, language: Language = "en"): string {
  return renderDueDateIssue(dates, { manifest: FILE, language, blobUrl: BLOB });
}

/** The table rows of one section (`### heading` up to the next heading). */
function section(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`### ${heading}`);
  if (start < 0) return [];
  const rest = markdown.slice(start + 4);
  const end = rest.indexOf("\n### ");
  return (end < 0 ? rest : rest.slice(0, end))
    .split("\n")
    .filter((line) => line.startsWith("| ") && !/^\| (What|Due|---|Was|Fällig) /.test(line));
}

describe("which rules' gaps are due dates", () => {
  it("reads them from the rules: dated checks are overdue, expiry warnings fall due", () => {
    const kinds = dueDateRules(ruleSet);
    expect(kinds.get("TR-002")).toBe("overdue");
    expect(kinds.get("RV-004")).toBe("overdue");
    expect(kinds.get("GV-012")).toBe("overdue");
    expect(kinds.get("GV-013")).toBe("soon");
    expect(kinds.get("RK-006")).toBe("soon");
    // Not a date: a reporter who is no current team member.
    expect(kinds.has("GV-034")).toBe(false);
    expect(kinds.has("TM-006")).toBe(false);
  });
});

describe("the due-date issue body", () => {
  it("separates what is overdue from what falls due within 30 days, with people and lines", () => {
    const dates = dueDates(WITH_WAIVER, "2027-03-01");
    const markdown = body(dates);
    const overdue = section(markdown, "Overdue");
    const soon = section(markdown, "Falls due within 30 days");

    // The pen-test findings past their due date, the mitigation past its date: overdue.
    expect(overdue.some((row) => row.includes("PT-2026-08") && row.includes("`RV-004`"))).toBe(
      true,
    );
    expect(overdue.some((row) => row.includes("`TM-011`"))).toBe(true);
    // The budget gap is waived: management decided, it is not listed.
    expect(markdown).not.toContain("`GV-003`");
    expect(overdue).toHaveLength(dates.overdue.length);

    // Phishing trainings fall due on 2027-03-07; each row names the trainee (and login) only.
    const stefan = soon.find((row) => row.includes("Phishing training of Stefan Richter"));
    expect(stefan).toBeDefined();
    expect(stefan).toMatch(/^\| 2027-03-07 \|/);
    expect(stefan).toContain("| Stefan Richter (`srichter-hansen`) |");
    const trainingLine = lineOf(PORTAL, "date: 2026-09-08", 4);
    expect(stefan).toContain(`[line ${trainingLine}](${BLOB}#L${trainingLine})`);

    // The waiver expires on 2027-03-20: its approver, then management, act; the line is the waiver's.
    const waiver = soon.find((row) => row.includes("`GV-013`"));
    expect(waiver).toMatch(/^\| 2027-03-20 \|/);
    expect(waiver).toContain("Andreas Hoffmann (`ahoffmann-hansen`), Birgit Lange");
    const expires = lineOf(WITH_WAIVER, "expires: 2027-03-20");
    expect(waiver).toContain(`#L${expires})`);

    // Soonest first.
    const dues = soon.map((row) => row.slice(2, 12));
    expect(dues).toEqual([...dues].sort());
    expect(soon).toHaveLength(7);
  });

  it("names the decider of a risk acceptance that expires soon, with its expiry date", () => {
    const dates = dueDates(PORTAL, "2027-05-10");
    const acceptance = dates.soon.find((item) => item.rule === "RK-006");
    expect(acceptance).toMatchObject({ due: "2027-05-31", line: lineOf(PORTAL, "- threat: T-04") });
    // The person who accepted first, then the rest of management.
    expect(acceptance?.people[0]).toEqual({ name: "Andreas Hoffmann", login: "ahoffmann-hansen" });
    expect(acceptance?.people.map((p) => p.name)).toContain("Birgit Lange");
  });

  it("lists an overdue item alone when nothing else is due, and says so when nothing is", () => {
    const overdueOnly = dueDates(PORTAL, "2027-01-20");
    expect(overdueOnly.soon).toEqual([]);
    expect(overdueOnly.overdue.map((item) => item.rule)).toEqual(["RV-004"]);
    // Nobody is named at a review finding: the security champion acts.
    expect(overdueOnly.overdue[0]?.people).toEqual([
      { name: "Florian Wagner", login: "fwagner-hansen" },
    ]);
    expect(body(overdueOnly)).not.toContain("### Falls due");

    const nothing = dueDates(PORTAL, "2026-12-20");
    expect(anythingDue(nothing)).toBe(false);
    expect(body(nothing)).toContain("Nothing is overdue or falls due within 30 days.");
    expect(body(nothing)).not.toContain("###");
  });

  it("starts with the manifest's marker and holds no run date, so the same state gives the same body", () => {
    // (The budget gap, whose message counts back from today, is waived here.)
    const first = body(dueDates(WITH_WAIVER, "2027-03-01"));
    const again = body(dueDates(WITH_WAIVER, "2027-03-02"));
    expect(first.startsWith(`${dueDateMarker(FILE)}\n`)).toBe(true);
    expect(again).toBe(first);
    expect(first).not.toContain("2027-03-01");
  });

  it("carries a state hash that ignores messages counting back from today, not what is due", () => {
    const options = { manifest: FILE, language: "en" as const, blobUrl: BLOB };
    const monday = dueDates(PORTAL, "2027-03-01");
    const tuesday = dueDates(PORTAL, "2027-03-02");
    // The budget gap's message names a date a year before today: the text differs ...
    expect(body(tuesday)).not.toBe(body(monday));
    // ... what is due does not, and neither does a new commit in the links.
    expect(stateOfBody(body(tuesday))).toBe(dueDateState(monday, options));
    expect(dueDateState(monday, { ...options, blobUrl: undefined })).toBe(
      dueDateState(monday, options),
    );
    // A change of what is due, of its line, or of the language is a new state.
    expect(dueDateState(dueDates(PORTAL, "2027-01-20"), options)).not.toBe(
      dueDateState(monday, options),
    );
    const moved = dueDates(
      PORTAL.replace("manifest_version: 1", "manifest_version: 1\n"),
      "2027-03-01",
    );
    expect(dueDateState(moved, options)).not.toBe(dueDateState(monday, options));
    expect(dueDateState(monday, { ...options, language: "de" })).not.toBe(
      dueDateState(monday, options),
    );
  });

  it("keeps markers of different manifests apart and cannot be closed early by the path", () => {
    expect(dueDateMarker("a/security-manifest.yml")).not.toBe(dueDateMarker(FILE));
    const marker = dueDateMarker("x --> <b>y</b>.yml");
    expect(marker.indexOf("-->")).toBe(marker.length - 3);
    expect(marker).not.toContain("<b>");
  });

  it("escapes hostile names: no HTML, no links, no mentions, no extra table cells", () => {
    const hostile = "<img src=x onerror=alert(1)> @everyone [x](https://evil.example) | `c` **b**";
    const text = PORTAL.replaceAll("Stefan Richter", JSON.stringify(hostile)).replace(
      "github: srichter-hansen",
      "github: '@evil <b>'",
    );
    const dates = dueDates(text, "2027-03-01");
    const markdown = body(dates);
    const html = renderGfm(markdown);
    const allowed = ["a", "code", "h2", "h3", "p", "table", "tbody", "td", "th", "thead", "tr"];
    for (const tag of tagNames(html)) expect(allowed).toContain(tag);
    expect(html).not.toMatch(/<img|<b>|<strong>/);
    expect(html).not.toContain('href="https://evil.example');
    expect(markdown).not.toMatch(/@everyone|@evil/);
    // Every row keeps its four cells (due, what, who, line).
    for (const row of section(markdown, "Falls due within 30 days")) {
      expect(row.replace(/\\\|/g, "").split("|").length - 2).toBe(4);
    }
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("is German with language de", () => {
    const dates = dueDates(WITH_WAIVER, "2027-03-01", "de");
    const markdown = body(dates, "de");
    expect(markdown).toContain("## 📅 Fälligkeiten in security-manifest.yml");
    expect(markdown).toContain("### Überfällig (");
    expect(markdown).toContain("### In den nächsten 30 Tagen fällig (7)");
    expect(markdown).toContain("| Fällig bis | Was | Wer handelt | Manifest |");
    expect(markdown).toContain("Phishing-Schulung von Stefan Richter");
    expect(markdown).toMatch(/\[Zeile \d+\]\(/);
    expect(dueDateTitle(FILE, "de")).toBe(
      "Sicherheitsmanifest: Fälligkeiten (security-manifest.yml)",
    );
    expect(nothingDueComment(dates, "de")).toMatch(/^Nichts fällig/);
    expect(nothingDueComment(dates, "en")).toMatch(/^Nothing due/);
  });

  it("shows at most ROWS_SHOWN rows per table and says how many more there are", () => {
    const many: DueDates = {
      days: 30,
      soon: [],
      overdue: Array.from({ length: ROWS_SHOWN + 7 }, (_, i) => ({
        rule: "TR-001",
        key: `TR-001 ${i}`,
        what: `Person ${i}: no security-awareness training`,
        line: i + 1,
        people: [{ name: `Person ${i}` }],
      })),
    };
    const markdown = body(many);
    expect(section(markdown, "Overdue")).toHaveLength(ROWS_SHOWN);
    expect(markdown).toContain("… and 7 more;");
    expect(markdown.length).toBeLessThan(65_536);
  });

  it("stays within GitHub's 65,536 characters when escaping makes every row long", () => {
    // Every `@` and `&` grows by escaping: 200 of them are over 1,000 characters per text.
    const long = "@&".repeat(100);
    const many: DueDates = {
      days: 30,
      overdue: Array.from({ length: ROWS_SHOWN }, (_, i) => ({
        rule: "TR-001",
        key: `TR-001 ${i}`,
        what: `${i} ${long}`,
        line: i + 1,
        people: Array.from({ length: 5 }, (_, k) => ({ name: `${k} ${long}` })),
      })),
      soon: Array.from({ length: ROWS_SHOWN }, (_, i) => ({
        rule: "GV-013",
        key: `GV-013 ${i}`,
        what: long,
        due: "2027-03-20",
        line: i + 1,
        people: [],
      })),
    };
    const markdown = body(many);
    expect([...markdown].length).toBeLessThanOrEqual(65_536);
    const shown = section(markdown, "Overdue").length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(ROWS_SHOWN);
    expect(markdown).toContain(`… and ${ROWS_SHOWN - shown} more;`);
    // The second table still has its heading and says how many it leaves out.
    expect(markdown).toContain("### Falls due within 30 days (100)");
  });
});
