import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkManifestFile } from "../../src/check-manifest.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

// The repository's own security-manifest.yml: the CI workflow's self-check job runs the Action on
// it with fail-on critical; this test holds the same promise in every local and clean-clone run.
const OWN_MANIFEST = path.join(REPO_ROOT, "security-manifest.yml");
// A fixed date keeps the test deterministic; the CI self-check job judges with the real date.
const TODAY = "2026-12-02";
const FILE_FIELDS = new Set(["evidence", "report", "document", "plan", "policy", "sbom"]);

function filePaths(value: unknown, key = ""): string[] {
  if (typeof value === "string")
    return FILE_FIELDS.has(key) && !value.startsWith("https://") ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => filePaths(item, key));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([childKey, child]) => filePaths(child, childKey));
  }
  return [];
}

describe("the project's own security manifest", () => {
  it("is a valid manifest with no critical gap today", async () => {
    const report = await checkManifestFile(OWN_MANIFEST, {
      today: TODAY,
      language: "en",
      ruleSet: await loadRuleSet(),
      displayName: "security-manifest.yml",
    });
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((finding) => finding.area === "schema")).toEqual([]);
    expect(report.findings.filter((finding) => finding.severity === "critical")).toEqual([]);
  });

  it("points only at files that exist in the repository", () => {
    const manifest = parse(readFileSync(OWN_MANIFEST, "utf8"));
    const paths = filePaths(manifest);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((file) => !existsSync(path.join(REPO_ROOT, file)))).toEqual([]);
  });

  it("is what the CI self-check job runs the Action on", () => {
    const workflow = parse(readFileSync(path.join(REPO_ROOT, ".github/workflows/ci.yml"), "utf8"));
    const step = workflow.jobs["self-check"].steps.find((s: { uses?: string }) => s.uses === "./");
    expect(step.with).toMatchObject({ manifest: "security-manifest.yml", "fail-on": "critical" });
  });
});
