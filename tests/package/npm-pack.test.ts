// What a user outside this repository gets: the tarball `npm pack` makes, installed in an empty
// folder with no registry (--offline: the package must need nothing else), runs every command.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const work = mkdtempSync(path.join(tmpdir(), "sm-pack-"));
const project = path.join(work, "project");
const bin = path.join(project, "node_modules/.bin/security-manifest");
let files: string[] = [];

function run(args: string[]) {
  return spawnSync(bin, args, { cwd: project, encoding: "utf8", env: { ...process.env, CI: "" } });
}

beforeAll(() => {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    }),
  ) as { filename: string; files: { path: string }[] }[];
  files = (packed[0]?.files ?? []).map((f) => f.path);
  cpSync(path.join(REPO_ROOT, "examples/crafts-webshop"), project, { recursive: true });
  execFileSync(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", path.join(work, packed[0]?.filename ?? "")],
    { cwd: project, encoding: "utf8" },
  );
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the npm package", () => {
  it("holds the CLI, its bundle, the schemas, the rules and their docs, and no sources or tests", () => {
    for (const needed of [
      "bin/security-manifest.js",
      "action/dist/cli.js",
      "action/dist/THIRD-PARTY-LICENSES.txt",
      "schema/manifest-v1.schema.json",
      "rules/governance.yml",
      "docs/rules.md",
      "README.md",
      "LICENSE",
    ])
      expect(files).toContain(needed);
    expect(files.filter((f) => /^(src|tests|scripts|examples)\//.test(f))).toEqual([]);
  });

  it("installs with no dependency at all: the bundle carries them", () => {
    const installed = readdirSync(path.join(project, "node_modules")).filter(
      (n) => !n.startsWith("."),
    );
    expect(installed).toEqual(["security-manifest-check"]);
    const manifest = JSON.parse(
      readFileSync(path.join(project, "node_modules/security-manifest-check/package.json"), "utf8"),
    ) as { dependencies?: object; private?: boolean };
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.private).toBeUndefined();
  });

  it("checks a manifest", () => {
    const result = run([
      "check",
      "security-manifest.yml",
      "--today",
      "2026-11-26",
      "--fail-on",
      "never",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/security-manifest\.yml: \d+ open gaps/);
  });

  it("explains a rule, prints the schema and writes a template", () => {
    const explain = run(["explain", "TR-001"]);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain("TR-001");
    const schema = run(["schema"]);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout).title).toMatch(/format v1/);
    rmSync(path.join(project, "security-manifest.yml"));
    const init = run(["init"]);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    expect(existsSync(path.join(project, "security-manifest.yml"))).toBe(true);
  });
});
