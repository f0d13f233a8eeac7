import { describe, expect, it } from "vitest";
import { blobLinks } from "../../src/formats/blob-links.js";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { renderText } from "../../src/formats/text.js";
import { COMPLIANT, edit } from "../rules/rule-harness.js";
import { renderGfm } from "../support/cmark.js";
import { checkChange, SPONSOR } from "./pull-request-harness.js";

/** The plan removed and its gap waived in the sponsor's name, in the same PR. */
const SELF_WAIVED = edit(COMPLIANT, (doc) => {
  doc.deleteIn(["incident_response", "plan"]);
  doc.set("waivers", [
    { rule: "GV-006", approved_by: SPONSOR.name, reason: "later", expires: "2027-01-31" },
  ]);
});
const BLOB =
  "https://github.com/acme/portal/blob/0123456789abcdef0123456789abcdef01234567/security-manifest.yml";

describe("the comment on a PR that changes security decisions", () => {
  it("puts the changes first, open (not collapsed), with the line and who must approve", async () => {
    const report = await checkChange({ head: SELF_WAIVED });
    const body = renderMarkdown(report, { language: "en", links: blobLinks(BLOB) });
    const headings = [...body.matchAll(/^#### (.*)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe("⚠️ This PR changes security decisions (1)");
    expect(headings[1]).toBe("⏳ Waiting for approval (counted as open) (1)");
    const html = renderGfm(body);
    const section = html.slice(
      html.indexOf("This PR changes"),
      html.indexOf("Waiting for approval"),
    );
    expect(section).not.toContain("<details");
    expect(section).toContain("New waiver for GV-006, until 2027-01-31");
    expect(section).toMatch(
      /href="https:\/\/github\.com\/acme\/portal\/blob\/[0-9a-f]{40}\/security-manifest\.yml#L\d+"/,
    );
    // The login is shown but nobody is mentioned (no notification from a manifest value).
    expect(section).toContain("waiting for approval by Andreas Hoffmann (@\u200Bahoffmann-hansen)");
    expect(body).toContain("**1 open gap, 1 waiting for approval**");
  });

  it("says in German who has to approve", async () => {
    const report = await checkChange({ head: SELF_WAIVED, language: "de" });
    const body = renderMarkdown(report, { language: "de" });
    expect(body).toContain("#### ⚠️ Dieser PR ändert Sicherheitsentscheidungen (1)");
    expect(body).toContain("wartet auf Freigabe durch Andreas Hoffmann");
  });

  it("lists gaps taken out of scope as no longer checked, not under fixed", async () => {
    const base = edit(COMPLIANT, (doc) =>
      doc.addIn(["components"], { id: "shop", paths: ["services/shop/**"], exposure: "internet" }),
    );
    const head = edit(base, (doc) => doc.setIn(["components", 4, "exposure"], "offline"));
    const report = await checkChange({ head, base, approvedBy: ["blange-hansen"] });
    const body = renderMarkdown(report, { language: "en" });
    expect(body).toContain("#### No longer checked because of this PR (not fixed) (2)");
    expect(body).not.toContain("Fixed by this change");
  });

  it("shows the changes and the waiting gaps in the terminal too", async () => {
    const report = await checkChange({ head: SELF_WAIVED });
    const text = renderText(report, { language: "en", color: false });
    expect(text).toContain("This PR changes security decisions (1)");
    expect(
      text.match(/waiting for approval by Andreas Hoffmann \(@ahoffmann-hansen\)/g),
    ).toHaveLength(2);
  });
});
