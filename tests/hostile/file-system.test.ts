import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CLEAN_EXAMPLE,
  CLEAN_EXAMPLE_DIR,
  cli,
  edit,
  expectUnreadable,
  gapsOf,
  lineIn,
  MINIMAL,
  scratchDir,
  TODAY,
} from "./hostile-harness.js";

const posix = process.platform !== "win32";

describe("a manifest path that is no regular file", () => {
  it("a folder", async () => {
    const dir = scratchDir();
    mkdirSync(path.join(dir, "security-manifest.yml"));
    expectUnreadable(await cli(dir, "check", "--today", TODAY), {
      file: "security-manifest.yml",
      line: 1,
      column: 1,
      message: "the manifest path is not a regular file (it is a folder)",
      fix: "name the manifest file itself",
    });
  });

  it.runIf(posix)(
    "a named pipe (FIFO) nobody writes to: refused at once, not waited on",
    async () => {
      const dir = scratchDir();
      execFileSync("mkfifo", [path.join(dir, "pipe.yml")]);
      expectUnreadable(await cli(dir, "check", "pipe.yml", "--today", TODAY), {
        file: "pipe.yml",
        line: 1,
        column: 1,
        message: "the manifest path is not a regular file (it is a named pipe)",
      });
    },
  );

  it.runIf(existsSync("/dev/zero"))("a device that never ends", async () => {
    expectUnreadable(await cli(scratchDir(), "check", "/dev/zero", "--today", TODAY), {
      file: "/dev/zero",
      line: 1,
      column: 1,
      message: "the manifest path is not a regular file (it is a device)",
    });
  });

  it.runIf(posix)("a loop of symbolic links", async () => {
    const dir = scratchDir();
    symlinkSync("b.yml", path.join(dir, "a.yml"));
    symlinkSync("a.yml", path.join(dir, "b.yml"));
    expectUnreadable(await cli(dir, "check", "a.yml", "--today", TODAY), {
      file: "a.yml",
      line: 1,
      column: 1,
      message: "the manifest path is a loop of symbolic links",
      fix: "symbolic link",
    });
  });

  it("a file that does not exist", async () => {
    expectUnreadable(await cli(scratchDir(), "check", "missing.yml", "--today", TODAY), {
      file: "missing.yml",
      line: 1,
      column: 1,
      message: "the manifest file does not exist",
      fix: "security-manifest init",
    });
  });

  it.runIf(posix)("a symbolic link to a real manifest is read", async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, "real.yml"), MINIMAL);
    symlinkSync("real.yml", path.join(dir, "security-manifest.yml"));
    const run = await cli(dir, "check", "--today", TODAY, "--format", "json");
    expect(gapsOf(run).length).toBeGreaterThan(0);
  });

  it.runIf(posix)("a --base that is a pipe is a usage error, not a hang", async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, "security-manifest.yml"), MINIMAL);
    execFileSync("mkfifo", [path.join(dir, "base.yml")]);
    const run = await cli(dir, "check", "--base", "base.yml", "--today", TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--base base.yml: the manifest path is not a regular file");
  });
});

/**
 * Evidence paths that try to leave the repository, or name something that is no file: each
 * counts as missing (the rule that needs the evidence reports a gap on that line), and nothing
 * outside the repository is ever read or shown.
 */
describe("evidence-path tricks count as missing evidence", () => {
  const SECRET = "TOP-SECRET-OUTSIDE-THE-REPOSITORY";
  const ORIGINAL = "docs/security/training/2026-06-awareness.md";

  /** The clean example copied into `<tmp>/repo`, with a secret file beside the repository. */
  function repository(): { root: string; outside: string } {
    const base = scratchDir();
    const root = path.join(base, "repo");
    cpSync(CLEAN_EXAMPLE_DIR, root, { recursive: true });
    const outside = path.join(base, "secret.md");
    writeFileSync(outside, `${SECRET}\n`);
    if (posix) {
      symlinkSync(outside, path.join(root, "docs/link-outside.md"));
      symlinkSync("../../secret.md", path.join(root, "docs/relative-link-outside.md"));
      symlinkSync(path.join(base), path.join(root, "docs/parent"));
    }
    mkdirSync(path.join(root, "docs/folder.md"));
    return { root, outside };
  }

  const tricks: [string, (outside: string) => string][] = [
    ["climbing out with ..", () => "../secret.md"],
    ["climbing out after a folder", () => "docs/../../secret.md"],
    ["an absolute path", (outside) => outside],
    ["backslashes", () => "..\\\\secret.md"],
    ["a Windows drive letter", () => "C:\\\\secret.md"],
    ["a drive-relative path", () => "c:secret.md"],
    ["a file: URL", (outside) => `file://${outside}`],
    ["a file: URL to a repository file", () => `file:${ORIGINAL}`],
    ["an http (not https) address", () => "http://example.com/briefing.md"],
    ["a home folder", () => "~/secret.md"],
    ["percent-encoded dots", () => "%2e%2e/secret.md"],
    ["a folder", () => "docs/folder.md"],
    ["the repository itself", () => "."],
    ["a NUL byte", () => `${ORIGINAL}\\0.txt`],
    ["an empty path", () => ""],
    ["only spaces", () => "   "],
    ...(posix
      ? ([
          ["an absolute symbolic link out of the repository", () => "docs/link-outside.md"],
          ["a relative symbolic link out of the repository", () => "docs/relative-link-outside.md"],
          ["a path through a linked folder outside", () => "docs/parent/secret.md"],
        ] as [string, (outside: string) => string][])
      : []),
  ];

  it.each(tricks)("%s", async (_what, trick) => {
    const { root, outside } = repository();
    const value = trick(outside);
    const text = edit(CLEAN_EXAMPLE, `evidence: ${ORIGINAL}`, `evidence: "${value}"`);
    writeFileSync(path.join(root, "security-manifest.yml"), text);
    const run = await cli(root, "check", "--today", TODAY, "--format", "json", "--fail-on", "low");
    const gaps = gapsOf(run);
    expect(run.code).toBe(1);
    const line = lineIn(text, `evidence: "${value}"`);
    // The training no longer has evidence (TR-008), or the path is a format error (SC-…).
    const here = gaps.filter((g) => g.line === line).map((g) => g.rule);
    expect(here, JSON.stringify(gaps, null, 1)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(TR-008|SC-00\d)$/)]),
    );
    expect(run.stdout).not.toContain(SECRET);
    expect(run.stderr).not.toContain(SECRET);
  });

  it("a path inside the repository still counts (the tricks above are not blanket refusals)", async () => {
    const { root } = repository();
    writeFileSync(path.join(root, "security-manifest.yml"), CLEAN_EXAMPLE);
    const run = await cli(root, "check", "--today", TODAY, "--format", "json");
    expect(gapsOf(run)).toEqual([]);
    expect(run.code).toBe(0);
  });
});
