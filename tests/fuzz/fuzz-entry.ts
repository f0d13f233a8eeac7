/**
 * What scripts/fuzz.mjs bundles (with esbuild, as the CLI is bundled) and runs in worker threads:
 * the generators, the pipeline and the checks of one case, and the cmark-gfm check of a batch.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { renderGfmMany } from "./cmark-batch.js";
import { caseAt, type FuzzInput, fuzzInput } from "./generators.js";
import { markupProblems } from "./output-checks.js";
import { makeChecker, OUR_LINKS, readExamples, runCase } from "./run-case.js";

export interface FuzzCase {
  index: number;
  kind: FuzzInput["kind"];
  problems: string[];
  markdown?: string;
  unreadable: boolean;
  truncated: boolean;
}

export interface Fuzzer {
  input(index: number): FuzzInput;
  run(index: number): FuzzCase;
  /** Markdown problems per case, from cmark-gfm with and without `--unsafe`. */
  checkMarkdown(cases: readonly { index: number; markdown: string }[]): Map<number, string[]>;
}

export async function createFuzzer(root: string, seed: number): Promise<Fuzzer> {
  const ruleSet = await loadRuleSet();
  const sarifSchema = JSON.parse(
    readFileSync(path.join(root, "tests/contracts/sarif-schema-2.1.0.json"), "utf8"),
  );
  const checker = makeChecker(ruleSet, sarifSchema);
  const arbitrary = fuzzInput(readExamples(root));
  const input = (index: number) => caseAt(arbitrary, seed, index);
  return {
    input,
    run(index) {
      const generated = input(index);
      const result = runCase(generated, checker);
      return {
        index,
        kind: generated.kind,
        problems: result.problems,
        ...(result.markdown === undefined ? {} : { markdown: result.markdown }),
        unreadable: result.errors > 0,
        truncated: result.truncated,
      };
    },
    checkMarkdown(cases) {
      const problems = new Map<number, string[]>();
      for (const unsafe of [true, false]) {
        const html = renderGfmMany(
          cases.map((c) => c.markdown),
          unsafe,
        );
        cases.forEach(({ index }, i) => {
          const found = markupProblems(html[i] ?? "", OUR_LINKS).map(
            (p) => `Markdown${unsafe ? " (--unsafe)" : ""}: ${p}`,
          );
          if (found.length) problems.set(index, [...(problems.get(index) ?? []), ...found]);
        });
      }
      return problems;
    },
  };
}
