import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";
import { IMPORT_FIXTURES } from "./import-helpers.js";

function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "import-cli-"));
  copyFileSync(
    path.join(IMPORT_FIXTURES, "threagile/threagile-example-model.yaml"),
    path.join(dir, "threagile.yaml"),
  );
  return dir;
}

describe("security-manifest import (CLI)", () => {
  it("without --into prints a new manifest to stdout and the notes to stderr", async () => {
    const result = await runCli(workdir(), "2026-12-02", "import", "threagile", "threagile.yaml");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# yaml-language-server/);
    expect(result.stderr).toMatch(
      /^Imported threagile.yaml \(Threagile model\): 24 mapped, 20 with no place in the manifest, 3 to fill in/,
    );
    expect(result.stderr).toMatch(
      / {2}to fill in {2}threagile.yaml:1299:3 {2}risk acceptance without expiry/,
    );
    // The printed manifest is one the checker reads without format errors.
    const dir = workdir();
    writeFileSync(path.join(dir, "security-manifest.yml"), result.stdout);
    const check = await runCli(dir, "2026-12-02", "check", "--format", "json");
    const report = JSON.parse(check.stdout);
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((f: { area: string }) => f.area === "schema")).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it("--into a new file writes it from the template; --into it again merges and keeps the file", async () => {
    const dir = workdir();
    const first = await runCli(
      dir,
      "2026-12-02",
      "import",
      "threagile",
      "threagile.yaml",
      "--into",
      "security-manifest.yml",
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "Wrote security-manifest.yml. Next: security-manifest check security-manifest.yml",
    );
    const written = readFileSync(path.join(dir, "security-manifest.yml"), "utf8");
    const second = await runCli(
      dir,
      "2026-12-02",
      "import",
      "threagile",
      "threagile.yaml",
      "--into",
      "security-manifest.yml",
    );
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain("Merged into");
    expect(readFileSync(path.join(dir, "security-manifest.yml"), "utf8")).toBe(written);
  });

  it("writes nothing when the result would not be a valid manifest, and says where", async () => {
    const dir = workdir();
    const target = path.join(dir, "broken.yml");
    writeFileSync(
      target,
      "manifest_version: 1\nproject:\n  name: Shop\norganisation:\n  size: tiny\n  sector: retail\n",
    );
    const before = readFileSync(target, "utf8");
    const result = await runCli(
      dir,
      "2026-12-02",
      "import",
      "threagile",
      "threagile.yaml",
      "--into",
      "broken.yml",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The result is not a valid manifest; nothing was written:");
    expect(result.stderr).toMatch(/broken\.yml:5:3: /);
    expect(readFileSync(target, "utf8")).toBe(before);
  });

  it("is listed in the main help and has its own", async () => {
    const dir = workdir();
    expect((await runCli(dir, "2026-12-02", "--help")).stdout).toContain("import FORMAT FILE");
    const help = await runCli(dir, "2026-12-02", "import", "--help");
    expect(help.stdout).toContain("--overwrite");
    expect(help.stdout).toMatch(/threat-dragon +OWASP Threat Dragon v2 model/);
    expect(existsSync(path.join(dir, "security-manifest.yml"))).toBe(false);
  });
});
