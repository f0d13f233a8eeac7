import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { type CliRun, runCli } from "../support/run-cli.js";

/** Hostile inputs run through the real CLI entry (`main`), as a user would run them. */

export const HOSTILE_FIXTURES = path.join(REPO_ROOT, "tests/hostile/fixtures");
export const TODAY = "2026-11-26";

/** The example that has no gaps at all (with its own folder as the repository root). */
export const CLEAN_EXAMPLE_DIR = path.join(REPO_ROOT, "examples/remote-maintenance-portal");
export const CLEAN_EXAMPLE = readFileSync(
  path.join(CLEAN_EXAMPLE_DIR, "security-manifest.yml"),
  "utf8",
);

/** A small valid manifest: only the required sections (it has gaps, but reads fine). */
export const MINIMAL = [
  "manifest_version: 1",
  "project:",
  "  name: Portal",
  "organisation:",
  "  size: small",
  "  sector: manufacturing",
  "",
].join("\n");

export type Run = CliRun;

export function scratchDir(prefix = "sm-hostile-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Runs `security-manifest …args` in `cwd`, with a fixed date, no terminal and no environment. */
export function cli(cwd: string, ...args: string[]): Promise<Run> {
  return runCli(cwd, TODAY, ...args);
}

/** Writes `content` as `name` into a fresh folder and runs `check name`, plus extra arguments. */
export async function checkContent(
  content: string | Uint8Array,
  name = "security-manifest.yml",
  ...extra: string[]
): Promise<Run> {
  const dir = scratchDir();
  writeFileSync(path.join(dir, name), content);
  return cli(dir, "check", name, "--today", TODAY, ...extra);
}

/** No JavaScript stack frames, no "internal error": every problem is for the user to fix. */
export function expectNoCrash(run: Run): void {
  const all = `${run.stdout}\n${run.stderr}`;
  expect(all).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(all).not.toMatch(/internal error|TypeError|RangeError|ReferenceError|SyntaxError:/);
  expect(all).not.toContain("Maximum call stack");
}

export interface ExpectedProblem {
  file: string;
  line: number;
  column: number;
  /** The message after `file:line:col: `, or a part of it. */
  message: string | RegExp;
  /** A part of the `fix:` line. */
  fix?: string | RegExp;
}

/**
 * The input could not be read: exit 2, nothing on stdout, and on stderr `file:line:col: message`
 * followed by a `fix:` line.
 */
export function expectUnreadable(run: Run, expected: ExpectedProblem): void {
  expectNoCrash(run);
  expect(run.code, run.stderr || run.stdout).toBe(2);
  expect(run.stdout).toBe("");
  const head = `${expected.file}:${expected.line}:${expected.column}: `;
  const line = run.stderr.split("\n").find((l) => l.startsWith(head));
  expect(line, `no line starting with "${head}" in:\n${run.stderr}`).toBeDefined();
  const message = (line as string).slice(head.length);
  if (typeof expected.message === "string") expect(message).toContain(expected.message);
  else expect(message).toMatch(expected.message);
  expect(run.stderr).toMatch(/\n {2}fix: \S/);
  if (expected.fix !== undefined) {
    const fix = run.stderr.split("\n").find((l) => l.startsWith("  fix: ")) ?? "";
    if (typeof expected.fix === "string") expect(fix).toContain(expected.fix);
    else expect(fix).toMatch(expected.fix);
  }
}

export interface Gap {
  rule: string;
  line: number;
  column: number;
  message: string;
  severity: string;
  status: string;
}

/** The gaps of a manifest that could be read (JSON report), with exit 1 or 0. */
export function gapsOf(run: Run): Gap[] {
  expectNoCrash(run);
  expect([0, 1], run.stderr).toContain(run.code);
  const report = JSON.parse(run.stdout) as { findings: Gap[]; errors: unknown[] };
  expect(report.errors).toEqual([]);
  return report.findings;
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineIn(text: string, needle: string): number {
  const index = text.split(/\r?\n/).findIndex((l) => l.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not in the text`);
  return index + 1;
}

/** The text with `search` replaced; fails loudly when the edit does not apply. */
export function edit(text: string, search: string | RegExp, replacement: string): string {
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`edit did not apply: ${String(search)}`);
  return changed;
}
