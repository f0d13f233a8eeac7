/**
 * The fuzzer's short run for CI: a fixed seed and a budget of about 20 seconds. The long runs
 * are `npm run fuzz -- --cases 100000 --seed 42` (scripts/fuzz.mjs: worker threads, a time
 * limit per case). A failure names the seed and case, which `npm run fuzz -- --seed S --case N`
 * replays and prints.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { SARIF_SCHEMA } from "../support/contracts.js";
import { renderGfmMany } from "./cmark-batch.js";
import { caseAt, fuzzInput } from "./generators.js";
import { markupProblems } from "./output-checks.js";
import { makeChecker, OUR_LINKS, readExamples, runCase } from "./run-case.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const CASES = Number(process.env.FUZZ_CASES ?? 300);
/** Per case, for the engine and the renderers, run twice. */
const CASE_LIMIT_MS = 5000;

describe(`fuzzing the pipeline (seed ${SEED}, ${CASES} cases)`, () => {
  it("never throws, is deterministic, stays within its schemas, and lets no user text make markup or control the terminal", async () => {
    const checker = makeChecker(
      await loadRuleSet(),
      JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")),
    );
    const arbitrary = fuzzInput(readExamples(REPO_ROOT));
    const failures: string[] = [];
    const comments: { index: number; markdown: string }[] = [];
    const kinds = new Map<string, number>();
    let unreadable = 0;
    for (let index = 0; index < CASES; index++) {
      const input = caseAt(arbitrary, SEED, index);
      kinds.set(input.kind, (kinds.get(input.kind) ?? 0) + 1);
      const start = performance.now();
      const result = runCase(input, checker);
      const ms = performance.now() - start;
      if (ms > CASE_LIMIT_MS)
        result.problems.push(`took ${ms.toFixed(0)} ms (limit ${CASE_LIMIT_MS} ms)`);
      if (result.errors > 0) unreadable++;
      for (const problem of result.problems)
        failures.push(`case ${index} (${input.kind}): ${problem}`);
      if (result.markdown !== undefined) comments.push({ index, markdown: result.markdown });
    }
    for (const unsafe of [true, false]) {
      for (let from = 0; from < comments.length; from += 100) {
        const batch = comments.slice(from, from + 100);
        const html = renderGfmMany(
          batch.map((c) => c.markdown),
          unsafe,
        );
        batch.forEach(({ index }, i) => {
          for (const problem of markupProblems(html[i] ?? "", OUR_LINKS))
            failures.push(`case ${index}: Markdown${unsafe ? " (--unsafe)" : ""}: ${problem}`);
        });
      }
    }
    const replay = failures.length
      ? `\nReplay one with: npm run fuzz -- --seed ${SEED} --case N --print\n`
      : "";
    expect(failures.slice(0, 20), `${failures.length} failures${replay}`).toEqual([]);
    // The generators reach every kind of case, readable and not.
    expect([...kinds.keys()].sort()).toEqual([
      "example-pr",
      "mutated-example",
      "valid",
      "valid-pr",
    ]);
    expect(unreadable).toBeGreaterThan(0);
    expect(unreadable).toBeLessThan(CASES / 2);
  }, 120_000);
});
