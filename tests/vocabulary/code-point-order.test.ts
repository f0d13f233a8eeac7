import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { renderJson } from "../../src/formats/json.js";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { buildReport } from "../../src/report/report.js";
import { compareCodePoints } from "../../src/vocabulary/code-point-order.js";
import { compareFindings, type Finding } from "../../src/vocabulary/finding.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

/** Code-point order by definition: compare the code points one by one. */
function reference(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const y = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  }
  return x.length - y.length;
}

describe("code-point order", () => {
  it("agrees with comparing code points, for any strings (astral, private use, surrogates)", () => {
    const unit = fc.oneof(
      fc.constantFrom(
        "a",
        "A",
        "å",
        "aa",
        "Z",
        "ä",
        "\uE000",
        "\uFFFF",
        "😀",
        "𝔸",
        "\uD800",
        "\uDFFF",
      ),
      fc.string({ unit: "grapheme", maxLength: 3 }),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    const text = fc.array(unit, { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 5000, seed: 42 },
    );
  });

  it("puts astral characters after U+E000–U+FFFF (where < on UTF-16 does not)", () => {
    expect(compareCodePoints("😀", "\uFFFD")).toBeGreaterThan(0);
    expect("😀" < "\uFFFD").toBe(true);
    expect(["b", "aa", "B", "å", "a"].sort(compareCodePoints)).toEqual(["B", "a", "aa", "b", "å"]);
  });
});

function finding(rule: string, message: string, fingerprint = `${rule} ${message}`): Finding {
  return {
    rule,
    area: "threat-modelling",
    severity: "high",
    thesis: 1,
    message,
    pointer: "",
    line: 3,
    column: 1,
    remediation: "fix",
    references: [],
    cases: [],
    status: "new",
    fingerprint,
  };
}

/** Ties on severity and position, so the order falls to the texts; Danish sorts "aa" after "z". */
const TIES = [
  finding("AB-001", "Zebra"),
  finding("AA-001", "aardvark"),
  finding("AA-001", "Aal"),
  finding("ZZ-001", "x", "b"),
  finding("ZZ-001", "x", "a"),
];

describe("the order of findings", () => {
  afterAll(() => vi.restoreAllMocks());

  it("never asks the locale (localeCompare)", () => {
    vi.spyOn(String.prototype, "localeCompare").mockImplementation(() => {
      throw new Error("localeCompare depends on LANG");
    });
    const report = buildReport({
      manifest: "m.yml",
      evaluatedAt: "2026-11-26",
      profile: {},
      findings: TIES,
    });
    expect(report.findings.map((f) => `${f.rule} ${f.message} ${f.fingerprint}`)).toEqual([
      "AA-001 Aal AA-001 Aal",
      "AA-001 aardvark AA-001 aardvark",
      "AB-001 Zebra AB-001 Zebra",
      "ZZ-001 x a",
      "ZZ-001 x b",
    ]);
    expect(() => renderMarkdown(report, { language: "en" })).not.toThrow();
    vi.restoreAllMocks();
  });

  it("is total: the input order does not matter", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(TIES, { minLength: TIES.length }), (shuffled) => {
        expect([...shuffled].sort(compareFindings)).toEqual([...TIES].sort(compareFindings));
      }),
      { seed: 1, numRuns: 50 },
    );
  });

  it("gives the same bytes under LANG=da_DK.UTF-8 and en_US.UTF-8 (child processes)", async () => {
    // The engine bundled as the CLI is (the tests cannot run TypeScript in a child process).
    const cache = path.join(REPO_ROOT, "node_modules/.cache");
    mkdirSync(cache, { recursive: true });
    const outfile = path.join(cache, `sm-locale-${process.pid}.mjs`);
    try {
      await esbuild.build({
        absWorkingDir: REPO_ROOT,
        stdin: {
          resolveDir: REPO_ROOT,
          sourcefile: "locale-entry.ts",
          loader: "ts",
          contents: `
            import { buildReport } from "./src/report/report.ts";
            import { renderJson } from "./src/formats/json.ts";
            import { renderMarkdown } from "./src/formats/markdown/markdown.ts";
            import { renderText } from "./src/formats/text.ts";
            const findings = ${JSON.stringify(TIES)};
            const report = buildReport({ manifest: "m.yml", evaluatedAt: "2026-11-26", profile: {}, findings });
            process.stdout.write(renderJson(report) + renderMarkdown(report, { language: "en" }) + renderText(report, { language: "en", color: false }));
          `,
        },
        outfile,
        bundle: true,
        platform: "node",
        format: "esm",
        packages: "external",
        logLevel: "warning",
      });
      const run = (lang: string) => {
        const result = spawnSync(process.execPath, [outfile], {
          env: { ...process.env, LANG: lang, LC_ALL: lang, LC_COLLATE: lang },
          encoding: "utf8",
        });
        expect(result.stderr).toBe("");
        return result.stdout;
      };
      // The locale does reach the child: Danish collation sorts "aa" after "ab".
      const danish = spawnSync(process.execPath, ["-e", 'console.log("aa".localeCompare("ab"))'], {
        env: { ...process.env, LANG: "da_DK.UTF-8", LC_ALL: "da_DK.UTF-8" },
        encoding: "utf8",
      });
      expect(danish.stdout.trim()).toBe("1");
      const outputs = ["da_DK.UTF-8", "en_US.UTF-8", "C"].map(run);
      expect(outputs[0]).toContain("AA-001");
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
      expect(
        renderJson(
          buildReport({
            manifest: "m.yml",
            evaluatedAt: "2026-11-26",
            profile: {},
            findings: TIES,
          }),
        ),
      ).toBe(outputs[0]?.slice(0, outputs[0].indexOf("\n}\n") + 3));
    } finally {
      rmSync(outfile, { force: true });
    }
  });
});
