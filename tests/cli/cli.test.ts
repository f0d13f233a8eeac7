import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifestText } from "../../src/check-manifest.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { main } from "../../src/cli/main.js";
import { FORMAT_NAMES } from "../../src/formats/formats.js";
import { MANIFEST_SCHEMA_URL } from "../../src/manifest/schema-location.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { AREAS, SEVERITIES } from "../../src/vocabulary/finding.js";
import { FIXTURES, NORMATIVE_EXAMPLE, REPO_ROOT } from "../fixtures/fixtures.js";
import { type CliRun, runCli } from "../support/run-cli.js";

const COMPLIANT_EXAMPLE = path.join(
  REPO_ROOT,
  "examples/remote-maintenance-portal/security-manifest.yml",
);

/** A silent CLI environment in `cwd`. */
function ioIn(cwd: string): CliIo {
  return { stdout: () => {}, stderr: () => {}, isTty: false, env: {}, cwd, today: "2026-11-26" };
}

function run(...argv: string[]): Promise<CliRun> {
  return runCli(FIXTURES, "2026-11-26", ...argv);
}

describe("security-manifest CLI", () => {
  it("exits 1 for a manifest with gaps at or above --fail-on, and lists them with line and fix", async () => {
    const result = await run("check", "cli/bad-role.yml", "--today", "2026-11-26");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^cli\/bad-role.yml: \d+ open gaps \(/);
    expect(result.stdout).toMatch(/high\s+6:5\s+team\[0\]\.role: "dev" is not one of/);
    expect(result.stdout).toContain("fix: Use one of the allowed values");
    expect(result.stdout).not.toContain("\u001b["); // no colour when not a terminal
  });

  it("exits 0 for a manifest without gaps", async () => {
    const result = await run("check", COMPLIANT_EXAMPLE);
    expect(result.stdout).toContain(": 0 open gaps");
    expect(result.code).toBe(0);
  });

  it("exits 0 when every gap is below --fail-on", async () => {
    const result = await run(
      "check",
      "cli/medium-gap-only.yml",
      "--root",
      path.dirname(COMPLIANT_EXAMPLE),
    );
    expect(result.stdout).toMatch(/: 1 open gap \(1 medium\)/);
    expect(result.code).toBe(0);
    expect(
      (
        await run(
          "check",
          "cli/medium-gap-only.yml",
          "--root",
          path.dirname(COMPLIANT_EXAMPLE),
          "--fail-on",
          "medium",
        )
      ).code,
    ).toBe(1);
  });

  it("exits 0 with --fail-on never", async () => {
    expect((await run("check", "cli/bad-role.yml", "--fail-on", "never")).code).toBe(0);
  });

  it("exits 2 for a manifest that cannot be read, naming file, line and column on stderr", async () => {
    const result = await run("check", "cli/duplicate-key.yml");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("cli/duplicate-key.yml:3:1: duplicate key");
    expect(result.stderr).toContain("fix: keep one entry");
  });

  it("exits 2 for a missing file and says how to create one", async () => {
    const result = await run("check", "no-such-manifest.yml");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no-such-manifest.yml:1:1: the manifest file does not exist");
  });

  it.each([
    [["check", "--format", "xml"], `--format must be one of ${FORMAT_NAMES.join(", ")}, not "xml"`],
    [
      ["check", "--today", "2026-02-30"],
      '--today must be a date like 2026-11-26, not "2026-02-30"',
    ],
    [["check", "--fail-on", "urgent"], "--fail-on must be one of"],
    [["check", "--lang", "fr"], '--lang must be en or de, not "fr"'],
    [["check", "--unknown"], "Unknown option '--unknown'"],
    [["check", "a.yml", "b.yml"], "unexpected argument: b.yml"],
    [["frobnicate"], 'unknown command "frobnicate"'],
  ])("exits 2 for the usage error %j", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("--help");
  });

  it("prints a JSON report in the shape of the report contract", async () => {
    const result = await run("check", "cli/bad-role.yml", "--format", "json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual([
      "tool",
      "manifest",
      "status",
      "evaluated_at",
      "profile",
      "summary",
      "findings",
      "fixed",
      "errors",
      "risk",
      "din_spec_27076",
      "upcoming",
      "training_coverage",
      "standing_decisions",
    ]);
    expect(report.status).toBe("gaps");
    expect(report.tool.name).toBe("security-manifest-check");
    expect(report.manifest).toBe("cli/bad-role.yml");
    expect(report.evaluated_at).toBe("2026-11-26");
    expect(report.profile).toMatchObject({ size: "micro", sector: "crafts" });
    expect(Object.keys(report.summary.by_severity).sort()).toEqual([...SEVERITIES].sort());
    expect(Object.keys(report.summary.by_area).sort()).toEqual([...AREAS].sort());
    expect(report.summary.total).toBe(report.findings.length);
    const schemaFinding = report.findings.find((f: { rule: string }) => f.rule === "SC-001");
    expect(schemaFinding).toMatchObject({
      rule: "SC-001",
      area: "schema",
      severity: "high",
      pointer: "/team/0/role",
      line: 6,
      column: 5,
      status: "new",
    });
    for (const key of ["message", "remediation", "references", "cases", "thesis"]) {
      expect(schemaFinding).toHaveProperty(key);
    }
    expect(report.fixed).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it("puts load errors into the JSON report's errors and exits 2", async () => {
    const result = await run("check", "cli/duplicate-key.yml", "--format", "json");
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.errors[0]).toMatchObject({
      file: "cli/duplicate-key.yml",
      line: 3,
      column: 1,
      code: "duplicate-key",
    });
  });

  it("prints help for every command", async () => {
    for (const argv of [["--help"], ["check", "--help"], ["schema", "--help"]]) {
      const result = await run(...argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: security-manifest/);
    }
  });

  it("prints the manifest JSON Schema with its stable $id", async () => {
    const result = await run("schema");
    expect(JSON.parse(result.stdout).$id).toBe(MANIFEST_SCHEMA_URL);
  });

  it("runs as `npx security-manifest` from the committed bundle", () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, "bin/security-manifest.js"),
        "check",
        NORMATIVE_EXAMPLE,
        "--format",
        "json",
        "--today",
        "2026-11-26",
      ],
      {
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).evaluated_at).toBe("2026-11-26");
  });
});

describe("security-manifest explain", () => {
  it("explains a rule: what, why, fix, references, cases and where it is defined", async () => {
    const result = await run("explain", "tr-001");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^TR-001 · /);
    for (const heading of [
      "Severity:",
      "Thesis (one of the six principles behind every rule, see docs/product.md): 1 — People are the main risk",
      "Applies:",
      "What and why:",
      "How to fix:",
      "References: BSI ORP.3",
      "Worst-practice cases",
      "Defined in: rules/training.yml",
    ]) {
      expect(result.stdout).toContain(heading);
    }
  });

  it("explains in German", async () => {
    const result = await run("explain", "TR-001", "--lang", "de");
    expect(result.stdout).toContain("Was und warum:");
  });

  it("explains the format checks too", async () => {
    const result = await run("explain", "SC-004");
    expect(result.stdout).toMatch(/^SC-004 · A key is not part of manifest format v1/);
  });

  it("suggests the closest id for an unknown rule and exits 2", async () => {
    const result = await run("explain", "TR-01");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown rule "TR-01" — did you mean TR-001?');
  });
});

describe("security-manifest init", () => {
  it.each([
    ["micro", "crafts", "none", false],
    ["medium", "logistics", "important", true],
  ])(
    "writes a %s %s template (NIS2 %s, CRA %s) that is valid format v1 as it is",
    async (size, sector, nis2, cra) => {
      const args = [
        "init",
        "--stdout",
        "--size",
        size,
        "--sector",
        sector,
        "--nis2",
        nis2,
        "--today",
        "2028-02-29",
      ];
      const result = await run(...args, ...(cra ? ["--cra"] : []));
      expect(result.code).toBe(0);
      const report = checkManifestText("security-manifest.yml", result.stdout, {
        today: "2028-02-29",
        language: "en",
        ruleSet: await loadRuleSet(),
      });
      expect(report.errors).toEqual([]);
      expect(report.findings.filter((f) => f.area === "schema")).toEqual([]);
      expect(report.profile).toMatchObject({
        size,
        sector,
        regulation: { nis2, cra_product: cra },
      });
      // The template is tailored: an advisor for small companies, vulnerability handling for CRA products.
      expect(result.stdout.includes("# advisor:")).toBe(size === "micro");
      expect(result.stdout.includes("vulnerability_handling:")).toBe(cra);
      if (cra) expect(result.stdout).toContain("security_updates_until: 2033-02-28"); // no 29 February in 2033
      expect(result.stdout).toContain("next_due: 2029-02-28");
    },
  );

  it("writes the file once and refuses to overwrite it without --force", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-init-"));
    expect(await main(["init", "--today", "2026-11-26"], ioIn(dir))).toBe(0);
    expect(readFileSync(path.join(dir, "security-manifest.yml"), "utf8")).toContain(
      "manifest_version: 1",
    );
    expect(await main(["init"], ioIn(dir))).toBe(2);
    expect(await main(["init", "--force"], ioIn(dir))).toBe(0);
  });

  it("points the editor at the v1 release's schema, or with --schema local at this installation's", async () => {
    const url = await run("init", "--stdout");
    expect(url.stdout.split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${MANIFEST_SCHEMA_URL}`,
    );
    const dir = mkdtempSync(path.join(tmpdir(), "sm-init-"));
    mkdirSync(path.join(dir, "app"));
    expect(await main(["init", "app/security-manifest.yml", "--schema", "local"], ioIn(dir))).toBe(
      0,
    );
    const first =
      readFileSync(path.join(dir, "app/security-manifest.yml"), "utf8").split("\n")[0] ?? "";
    const reference = first.replace("# yaml-language-server: $schema=", "");
    expect(reference).not.toMatch(/^\/|\\/);
    expect(path.resolve(dir, "app", reference)).toBe(
      path.join(REPO_ROOT, "schema/manifest-v1.schema.json"),
    );
    expect((await run("init", "--stdout", "--schema", "ftp")).stderr).toContain(
      "--schema must be one of url, local",
    );
  });

  it("refuses an unknown sector with the allowed list", async () => {
    const result = await run("init", "--stdout", "--sector", "bakery");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--sector must be one of manufacturing, crafts");
  });
});

describe("terminal output", () => {
  it("keeps its own colours on a terminal and makes escape sequences from a manifest inert", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-tty-"));
    const hostile =
      'manifest_version: 1\nproject: {name: "\\e]0;PWNED\\a\\e[2J"}\norganisation: {size: micro, sector: crafts}\nteam:\n  - name: "\\e[31mEve"\n    role: dev\n';
    writeFileSync(path.join(dir, "m.yml"), hostile);
    let stdout = "";
    const code = await main(["check", "m.yml", "--today", "2026-11-26"], {
      ...ioIn(dir),
      isTty: true,
      stdout: (text) => {
        stdout += text;
      },
    });
    expect(code).toBe(1);
    expect(stdout).toContain("\u001b[1m"); // our bold headline
    expect(stdout).toContain("?[31mEve");
    expect(stdout).not.toContain("\u001b]0;");
    expect(stdout).not.toContain("\u001b[2J");
  });

  it("makes escape sequences inert in errors about unreadable manifests too", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-tty-"));
    // Raw escape characters in a key, as an attacker would write them.
    writeFileSync(
      path.join(dir, "m.yml"),
      "manifest_version: 1\nk\u001b]0;PWNED\u0007: 1\nk\u001b]0;PWNED\u0007: 2\n",
    );
    let stderr = "";
    const code = await main(["check", "m.yml"], {
      ...ioIn(dir),
      isTty: true,
      stderr: (text) => {
        stderr += text;
      },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/m\.yml:\d+:\d+: /);
    expect(stderr).not.toContain("\u001b]");
    expect(stderr).not.toContain("\u0007");
  });
});

describe("the CLI in a pipeline", () => {
  it("stops quietly when the reader closes the pipe early (| head)", () => {
    const result = spawnSync(
      "bash",
      [
        "-o",
        "pipefail",
        "-c",
        `node bin/security-manifest.js check examples/crafts-webshop/security-manifest.yml --today 2026-11-26 --format json | head -c 10 >/dev/null`,
      ],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
  });
});

describe("check --base: the pull-request mode on the command line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sm-base-"));
  const head = path.join(dir, "head.yml");
  const text = readFileSync(COMPLIANT_EXAMPLE, "utf8").replace(
    /\n {2}plan: docs\/security\/incident-response\.md/,
    "",
  );
  writeFileSync(
    head,
    `${text}\nwaivers:\n  - rule: GV-006\n    approved_by: Andreas Hoffmann\n    reason: later\n    expires: 2027-01-31\n`,
  );
  const args = [
    "check",
    head,
    "--base",
    COMPLIANT_EXAMPLE,
    "--root",
    path.dirname(COMPLIANT_EXAMPLE),
  ];

  it("keeps a waiver the change adds pending, and fails, until --approved-by names its decider", async () => {
    const pending = await run(...args);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toContain("New waiver for GV-006, until 2027-01-31");
    expect(pending.stdout).toContain(
      "waiting for approval by Andreas Hoffmann (@ahoffmann-hansen)",
    );
    const approved = await run(...args, "--approved-by", "ahoffmann-hansen");
    expect(approved.code).toBe(0);
    const reportOnly = await run(...args, "--decisions", "report-only");
    expect(reportOnly.code).toBe(0);
  });

  it("refuses an unknown --decisions mode with a usage error", async () => {
    const result = await run(...args, "--decisions", "trust-me");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--decisions must be one of require-approval, report-only");
  });
});

describe("check --changed-file", () => {
  it("does not ask a component to cover the manifest itself (PR-007)", async () => {
    const root = path.dirname(COMPLIANT_EXAMPLE);
    const result = await run(
      "check",
      COMPLIANT_EXAMPLE,
      "--root",
      root,
      "--format",
      "json",
      "--changed-file",
      "security-manifest.yml",
      "--changed-file",
      "tools/deploy.sh",
    );
    const report = JSON.parse(result.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings.filter((f) => f.rule === "PR-007").map((f) => f.message)).toEqual([
      "1 changed file(s) match no component's paths: tools/deploy.sh",
    ]);
  });
});
