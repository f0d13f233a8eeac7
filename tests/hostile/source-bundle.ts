import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { parse } from "yaml";
import { REPO_ROOT } from "../fixtures/fixtures.js";

/**
 * The CLI from the sources (not the committed bundle), bundled into one file so that a child
 * process can run it: hang tests need a process they can kill on a deadline, and must test the
 * code as it is now. Our rule files are embedded as the real build embeds them.
 */
export async function bundleSourceCli(): Promise<{ file: string; remove: () => void }> {
  // Inside node_modules, so the bundle resolves the packages it leaves external.
  const cache = path.join(REPO_ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, "sm-hostile-"));
  const file = path.join(dir, "cli.mjs");
  const rules = Object.fromEntries(
    readdirSync(path.join(REPO_ROOT, "rules"))
      .filter((name) => name.endsWith(".yml"))
      .map((name) => [
        `rules/${name}`,
        parse(readFileSync(path.join(REPO_ROOT, "rules", name), "utf8")),
      ]),
  );
  await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ["src/cli/index.ts"],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "warning",
    packages: "external",
    define: { __BUILTIN_RULE_FILES__: JSON.stringify(rules) },
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ChildRun {
  /** null when the process was killed at the deadline. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI in a child process, killed after `deadlineMs`. */
export function runChild(
  bundle: string,
  args: string[],
  cwd: string,
  deadlineMs: number,
): ChildRun {
  const result = spawnSync(process.execPath, [bundle, ...args], {
    cwd,
    encoding: "utf8",
    timeout: deadlineMs,
    killSignal: "SIGKILL",
    env: { PATH: process.env.PATH ?? "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
  };
}
