import { describe, expect, it, vi } from "vitest";
import { COMMENT_LIMIT } from "../../src/formats/markdown/limits.js";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { buildReport } from "../../src/report/report.js";
import type { Finding, Severity } from "../../src/vocabulary/finding.js";

/** Every escaped text is one call: how often the body's values are composed. */
const escapes = vi.hoisted(() => ({ calls: 0 }));
vi.mock("../../src/report/markdown.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/report/markdown.js")>();
  return {
    ...actual,
    escapeMarkdown: (text: string) => {
      escapes.calls++;
      return actual.escapeMarkdown(text);
    },
  };
});

const SEVERITIES: Severity[] = ["low", "medium", "high", "critical"];

function report(gaps: number) {
  const findings = Array.from(
    { length: gaps },
    (_, i): Finding => ({
      // One rule per gap: each is a row of its own (rows of one rule are merged in the comment).
      rule: `TM-${String(i).padStart(4, "0")}`,
      area: i % 3 ? "threat-modelling" : "training",
      severity: SEVERITIES[i % 4] as Severity,
      thesis: 1,
      message: `Gap ${i} `.repeat(12),
      pointer: `/x/${i}`,
      line: i + 1,
      column: 1,
      remediation: "Describe the threat and its measures. ".repeat(4),
      references: [],
      cases: [],
      status: i % 5 ? "new" : "unchanged",
      fingerprint: `fp-${i}`,
    }),
  );
  return buildReport({ manifest: "m.yml", evaluatedAt: "2026-11-26", profile: {}, findings });
}

function escapesFor(body: () => string): { calls: number; body: string } {
  escapes.calls = 0;
  const text = body();
  return { calls: escapes.calls, body: text };
}

describe("planning a comment that does not fit", () => {
  it("composes the rows once, not once per tried size (linear in the report)", () => {
    const big = report(5000);
    const everything = escapesFor(() =>
      renderMarkdown(big, { language: "en", limit: 100_000_000 }),
    );
    const shortened = escapesFor(() =>
      renderMarkdown(big, { language: "en", limit: COMMENT_LIMIT }),
    );
    expect(Buffer.byteLength(shortened.body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(shortened.body).toMatch(/… and \d+ more\. The full list is in/);
    // One composition of every row; a binary search over the row count took about 17.
    expect(shortened.calls).toBeLessThanOrEqual(everything.calls + 100);
  });

  it("texts clipped to fit: at most one more composition", () => {
    const huge = report(200).findings.map((f) => ({ ...f, message: "ä".repeat(40_000) }));
    const r = buildReport({
      manifest: "m.yml",
      evaluatedAt: "2026-11-26",
      profile: {},
      findings: huge,
    });
    const everything = escapesFor(() => renderMarkdown(r, { language: "en", limit: 100_000_000 }));
    const clipped = escapesFor(() => renderMarkdown(r, { language: "en", limit: 20_000 }));
    expect(Buffer.byteLength(clipped.body)).toBeLessThanOrEqual(20_000);
    expect(clipped.body).toContain("…");
    expect(clipped.calls).toBeLessThanOrEqual(2 * everything.calls + 100);
  });

  it("is the largest body that fits: one more row would not", () => {
    const r = report(300);
    for (const limit of [3000, 10_000, 30_000]) {
      const body = renderMarkdown(r, { language: "en", limit });
      const shown = (body.match(/^\| (🔴|🟠|🟡|🔵) /gm) ?? []).length;
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(limit);
      // The next row (in give-up order) plus the changed count line would exceed the limit.
      const bigger = renderMarkdown(r, { language: "en", limit: limit + 2000 });
      expect((bigger.match(/^\| (🔴|🟠|🟡|🔵) /gm) ?? []).length).toBeGreaterThan(shown);
    }
  });
});
