// The benchmark's measuring child. scripts/bench.mjs bundles this file with the build's own
// settings (embedded rule files, precompiled manifest validator and checks), so it measures the
// engine exactly as the CLI and the Action run it, and starts it as a fresh process per case:
//
//   node engine.js time FILE ROOT RUNS   → JSON { floorMs, fullMs, floorCpuMs, fullCpuMs, phases, … }
//   node engine.js peak-full FILE ROOT   → JSON { maxRssKiB, findings }   (one full check)
//   node engine.js peak-floor FILE       → JSON { maxRssKiB }             (the floor only)
//
// The floor is what no check can avoid: reading the file, parsing it with positions (yaml's
// parseDocument with a LineCounter, turned into data) and validating it with the project's
// compiled format-v1 validator. The full check is a CLI run without the process: load the rule
// set, load and validate the manifest, evaluate every rule, build the report, render it in every
// format (text, JSON, Markdown as the job summary, SARIF).
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { checkManifestFile } from "../../src/check-manifest.js";
import { type FormatName, OUTPUT_FORMATS } from "../../src/formats/formats.js";
import { SUMMARY_LIMIT } from "../../src/formats/markdown/limits.js";
import type { Renderer } from "../../src/formats/renderer.js";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import { compileManifestValidator } from "../../src/manifest/manifest-validator.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";

const TODAY = "2026-11-26";

/** The floor: read, parse with positions, validate. Returns whether the manifest is valid. */
export function floor(file: string): boolean {
  const text = readFileSync(file, "utf8");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    version: "1.2",
    schema: "core",
  });
  const data = doc.toJS({ maxAliasCount: 100 });
  return compileManifestValidator()(data) as boolean;
}

/** Milliseconds per phase of the last full check. */
export type Phases = Record<"rules" | "check" | FormatName, number>;

/** Every format's renderer, loaded once before any run is timed. */
const RENDERERS = await Promise.all(
  OUTPUT_FORMATS.map(async (format) => [format.name, await format.load()] as const),
);

/**
 * One full check as the CLI runs it, every format rendered (each dropped once measured, as a
 * run keeps one); returns the number of findings, output characters and time per phase.
 */
export async function fullCheck(
  file: string,
  root: string,
): Promise<{ findings: number; chars: number; phases: Phases }> {
  let last = now();
  const lap = () => {
    const at = now();
    const spent = at - last;
    last = at;
    return spent;
  };
  const ruleSet = await loadRuleSet();
  const rules = lap();
  const report = await checkManifestFile(file, {
    today: TODAY,
    language: "en",
    ruleSet,
    displayName: "security-manifest.yml",
    evidenceExists: evidenceInRepository(root),
  });
  if (report.errors.length > 0) throw new Error(`unreadable: ${report.errors[0]?.message}`);
  const check = lap();
  let chars = 0;
  const phases = { rules, check } as Phases;
  for (const [name, renderer] of RENDERERS as (readonly [FormatName, Renderer])[]) {
    chars += renderer.render(report, {
      language: "en",
      ruleSet,
      ...(name === "markdown" ? { sizeLimit: SUMMARY_LIMIT } : {}),
    }).length;
    phases[name] = lap();
  }
  return { findings: report.findings.length, chars, phases };
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function time(file: string, root: string, runs: number) {
  // Warm-up: both paths once, so neither pays for first-time compilation in its figures.
  if (!floor(file)) throw new Error(`${file} is not a valid manifest`);
  const { findings, chars } = await fullCheck(file, root);
  const floorMs: number[] = [];
  const fullMs: number[] = [];
  const floorCpuMs: number[] = [];
  const fullCpuMs: number[] = [];
  const phases: Phases[] = [];
  // Interleaved: drift of the machine hits both alike. No forced collection in between: a
  // collected heap starts small and makes the next run pay for growing it again (5× on 10×).
  for (let i = 0; i < runs; i++) {
    let start = now();
    let cpu = cpuNow();
    floor(file);
    floorMs.push(now() - start);
    floorCpuMs.push(cpuNow() - cpu);
    start = now();
    cpu = cpuNow();
    phases.push((await fullCheck(file, root)).phases);
    fullMs.push(now() - start);
    fullCpuMs.push(cpuNow() - cpu);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[sorted.length >> 1] ?? 0;
  };
  const phaseMedians = Object.fromEntries(
    Object.keys(phases[0] ?? {}).map((name) => [
      name,
      median(phases.map((p) => p[name as keyof Phases])),
    ]),
  );
  return { floorMs, fullMs, floorCpuMs, fullCpuMs, phases: phaseMedians, findings, chars };
}

const maxRssKiB = () => process.resourceUsage().maxRSS;

async function main(argv: string[]): Promise<unknown> {
  const [mode, file, root, runs] = argv;
  if (!file) throw new Error("usage: engine.js time|peak-full|peak-floor FILE [ROOT] [RUNS]");
  if (mode === "time") return time(file, root ?? ".", Number(runs ?? 5));
  if (mode === "peak-full") {
    const { findings } = await fullCheck(file, root ?? ".");
    return { maxRssKiB: maxRssKiB(), findings };
  }
  if (mode === "peak-floor") return { valid: floor(file), maxRssKiB: maxRssKiB() };
  throw new Error(`unknown mode "${mode}"`);
}

main(process.argv.slice(2)).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exitCode = 1;
  },
);
