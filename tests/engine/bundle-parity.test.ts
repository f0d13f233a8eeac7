import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifestFile } from "../../src/check-manifest.js";
import { renderJson } from "../../src/formats/json.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

/**
 * The bundle embeds our rule files and a manifest validator compiled at build time; the sources
 * parse and compile them at run time. Both must give the same report, byte for byte.
 */
describe("the committed bundle and the sources agree", () => {
  it.each([
    ["examples/crafts-webshop/security-manifest.yml", "en"],
    ["examples/logistics-nis2/security-manifest.yml", "de"],
    ["tests/fixtures/cli/bad-role.yml", "en"],
    ["tests/fixtures/normative-example.yml", "de"],
  ])("%s (%s)", async (file, language) => {
    const bundled = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, "bin/security-manifest.js"),
        "check",
        file,
        "--today",
        "2026-11-26",
        "--format",
        "json",
        "--lang",
        language,
      ],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    const fromSource = await checkManifestFile(path.join(REPO_ROOT, file), {
      today: "2026-11-26",
      language: language as "en" | "de",
      ruleSet: await loadRuleSet(),
      displayName: file,
    });
    expect(bundled.stdout).toBe(renderJson(fromSource));
  });
});
