// The committed bundles must run where no node_modules exists: GitHub runs action/dist as it is,
// and the npm package ships only the bundle. A dependency loaded at run time (Ajv for a user's
// pack, the glob library) that the bundle does not carry fails only there, never in the repo.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, REPO_ROOT } from "../fixtures/fixtures.js";

const DIST = path.join(REPO_ROOT, "action/dist");
const away = mkdtempSync(path.join(tmpdir(), "sm-bundle-"));
afterAll(() => rmSync(away, { recursive: true, force: true }));

describe("the bundle away from the repository", () => {
  it("loads, compiles and applies a user's rule pack with no node_modules anywhere above it", () => {
    cpSync(DIST, path.join(away, "dist"), { recursive: true });
    cpSync(path.join(REPO_ROOT, "examples/remote-maintenance-portal"), path.join(away, "example"), {
      recursive: true,
    });
    cpSync(path.join(FIXTURES, "packs/org-pack.yml"), path.join(away, "packs/org-pack.yml"));
    const run = spawnSync(
      process.execPath,
      [
        "dist/cli.js",
        "check",
        "example/security-manifest.yml",
        "--rules",
        "packs/*.yml",
        "--today",
        "2026-11-26",
        "--format",
        "json",
        "--fail-on",
        "never",
      ],
      { cwd: away, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: { rule: string }[] };
    expect(report.findings.some((f) => f.rule === "ACME-001")).toBe(true);
  });

  it("imports nothing at run time but Node's own modules and its own chunks", () => {
    const builtins = new Set(builtinModules);
    // Calls and static imports; Ajv's code templates such as `require("ajv/dist/…")` sit inside
    // string literals (a quote or backtick before them) and are never run by the bundle.
    const loads = [
      /(?<![`'"\w$.])(?:require|import)\(\s*"([^"]+)"\s*\)/g,
      /\bimport\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+)\s*from\s*"([^"]+)"/g,
    ];
    const foreign: string[] = [];
    for (const file of readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(path.join(DIST, file), "utf8");
      for (const pattern of loads) {
        for (const [, name = ""] of code.matchAll(pattern)) {
          if (!name.startsWith("./") && !builtins.has(name.replace(/^node:/, "")))
            foreign.push(`${file}: ${name}`);
        }
      }
    }
    expect(foreign).toEqual([]);
  });
});
