import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { renderText } from "../../src/formats/text.js";
import { words } from "../../src/i18n/words/words.js";
import { addDays } from "../../src/manifest/iso-date.js";
import { all, COMPLIANT, check, edit, remove, set } from "../rules/rule-harness.js";

// In May 2027 the compliant example's June 2026 awareness trainings run out within 30 days.
const MAY = "2027-05-20";

describe("duties that fall due within 30 days are listed as upcoming, not as gaps", () => {
  it("lists each with its rule, pointer, last valid day and what it is, soonest first", async () => {
    const report = await check(COMPLIANT, { today: MAY });
    expect(report.upcoming?.[0]).toEqual({
      rule: "TR-001",
      pointer: "/team/0/trainings/0/date",
      due: "2027-06-16",
      what: "Security-awareness training of Katharina Meier",
    });
    // Management's own training of 2026-06-11 would run out too, but the October briefing counts.
    expect(report.upcoming?.some((item) => item.rule === "TR-005")).toBe(false);
    const dues = (report.upcoming ?? []).map((item) => item.due);
    expect(dues).toEqual([...dues].sort());
    for (const item of report.upcoming ?? []) {
      expect(item.due >= MAY && item.due < addDays(MAY, 30), item.what).toBe(true);
    }
  });

  it("derives every due date from the rule's own cadence: fine on the due day, a gap the day after", async () => {
    const report = await check(COMPLIANT, { today: MAY });
    expect(report.upcoming?.length).toBeGreaterThan(0);
    for (const item of report.upcoming ?? []) {
      const onDue = await check(COMPLIANT, { today: item.due });
      const after = await check(COMPLIANT, { today: addDays(item.due, 1) });
      const count = (r: typeof onDue) => r.findings.filter((f) => f.rule === item.rule).length;
      expect(count(after), `${item.rule} ${item.what}`).toBeGreaterThan(count(onDue));
    }
  });

  it("follows a profile that tightens the cadence (phishing every 180 days at high protection)", async () => {
    // Phishing on 2026-09-08 + 180 days = 2027-03-07; on 2027-02-20 it is due within 30 days.
    const report = await check(COMPLIANT, { today: "2027-02-20" });
    expect(report.upcoming?.filter((i) => i.rule === "TR-002").map((i) => i.due)).toContain(
      "2027-03-07",
    );
    const normal = edit(
      COMPLIANT,
      all(
        set(["organisation", "protection_needs"], {
          confidentiality: "normal",
          integrity: "normal",
          availability: "normal",
        }),
        remove(["components", 2, "protection_needs"]),
      ),
    );
    const relaxed = await check(normal, { today: "2027-02-20" });
    expect(relaxed.upcoming?.filter((i) => i.rule === "TR-002")).toEqual([]);
  });

  it("lists nothing that is already a gap or more than 30 days away", async () => {
    const report = await check(COMPLIANT);
    expect(report.upcoming).toEqual([]);
  });

  it("announces a training only for the people its rule asks it of (the rule's own where)", async () => {
    // Florian Wagner holds a secure-coding training of 2026-06-30; TR-003 asks developers for one.
    // As a product owner nobody needs it of him, so it is not announced as falling due.
    const june = "2027-06-10";
    const florians = (r: Awaited<ReturnType<typeof check>>) =>
      (r.upcoming ?? []).filter((i) => i.rule === "TR-003" && i.what.includes("Florian Wagner"));
    const asDeveloper = await check(COMPLIANT, { today: june });
    expect(florians(asDeveloper).map((i) => i.due)).toEqual(["2027-06-30"]);
    const asProduct = await check(edit(COMPLIANT, set(["team", 1, "role"], "product")), {
      today: june,
    });
    expect(florians(asProduct)).toEqual([]);
  });

  it("leaves out people who have left", async () => {
    const text = edit(COMPLIANT, set(["team", 4, "left"], "2027-05-01"));
    const report = await check(text, { today: MAY });
    expect(report.upcoming?.some((i) => i.what.includes("Andreas Hoffmann"))).toBe(false);
  });

  it("lists reporting-chain and restore tests that run out", async () => {
    const text = edit(
      COMPLIANT,
      set(["components", 3, "protection_needs"], { availability: "high" }),
    );
    const report = await check(text, { today: "2027-06-10" });
    const rules = (report.upcoming ?? []).map((i) => `${i.rule} ${i.due}`);
    expect(rules).toContain("GV-035 2027-06-24");
    const restore = await check(text, { today: "2027-09-10" });
    expect((restore.upcoming ?? []).map((i) => `${i.rule} ${i.pointer}`)).toContain(
      "GV-038 /components/3/recovery/last_restore_test",
    );
  });

  it("shows them in German, in the Markdown comment and in the text report, without counting them", async () => {
    const report = await check(COMPLIANT, { today: MAY, language: "de" });
    expect(report.upcoming?.[0]?.what).toBe("Sensibilisierungsschulung von Katharina Meier");
    const markdown = renderMarkdown(report, { language: "de" });
    expect(markdown).toContain(`📅 ${words("de").common.upcoming} (${report.upcoming?.length})`);
    expect(markdown).toContain(
      "- fällig bis 2027-06-16: Sensibilisierungsschulung von Katharina Meier `TR-001`",
    );
    const text = renderText(report, { language: "de", color: false });
    expect(text).toContain(words("de").common.upcoming);
    expect(text).toContain("2027-06-16  Sensibilisierungsschulung von Katharina Meier  TR-001");
    const without = await check(COMPLIANT, { today: "2026-11-26" });
    expect(renderMarkdown(without, { language: "en" })).not.toContain("Due soon");
  });
});

describe("the comment keeps the upcoming list short", () => {
  it("shows the 20 soonest and says how many more the full report has", async () => {
    const report = await check(COMPLIANT, { today: MAY });
    const many = {
      ...report,
      upcoming: Array.from({ length: 25 }, (_, i) => ({
        rule: "TR-001",
        pointer: `/team/${i}/trainings/0/date`,
        due: "2027-06-16",
        what: `Security-awareness training of Person ${i}`,
      })),
    };
    const markdown = renderMarkdown(many, { language: "en" });
    expect(markdown).toContain("Person 19");
    expect(markdown).not.toContain("Person 20");
    expect(markdown).toMatch(/- … and 5 more; all are in /);
  });
});
