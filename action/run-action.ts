import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { checkManifestFile, checkManifestText } from "../src/check-manifest.js";
import { evidenceInRepository } from "../src/manifest/evidence-files.js";
import { formatProblem, SourceError } from "../src/manifest/manifest-error.js";
import { compareWithBase } from "../src/report/compare-with-base.js";
import { shouldFail } from "../src/report/fail-on.js";
import { renderJson } from "../src/report/render-json.js";
import { COMMENT_LIMIT, renderMarkdown, SUMMARY_LIMIT } from "../src/report/render-markdown.js";
import { renderSarif } from "../src/report/render-sarif.js";
import { highestSeverity, type Report } from "../src/report/report.js";
import { findRulePacks } from "../src/rules/find-rule-packs.js";
import { loadRuleSet, type RuleSet } from "../src/rules/rule-set.js";
import { annotate } from "./annotations.js";
import { fetchBaseManifest } from "./base-manifest.js";
import { type RunContext, readRunContext } from "./event-context.js";
import type { GitHubClient } from "./github-client.js";
import { type ActionInputs, readInputs } from "./inputs.js";
import { readPublishedReport } from "./published-report.js";
import { fetchPullRequestFacts } from "./pull-request-facts.js";
import { commentMarker, upsertStickyComment } from "./sticky-comment.js";
import { assertInsideWorkspace } from "./workspace-file.js";

/**
 * The Action: check the manifest (and its base-branch version on pull requests), then publish
 * the outputs, annotations, job summary, SARIF and the sticky comment. Publishing problems
 * (permissions, API faults) become warnings: they never hide or change the gap result.
 */
export async function runAction(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  // Only pull requests and publish mode talk to GitHub; other runs skip loading the client at all.
  const needsApi =
    Boolean(inputs.token) && (Boolean(context.pullRequest) || Boolean(inputs.reportFile));
  const github = needsApi
    ? (await import("./github-client.js")).createGitHubClient(inputs.token)
    : undefined;

  if (inputs.reportFile) {
    await publishFromReport(inputs, context, github);
    return;
  }

  const ruleSet = await loadRules(inputs, context);
  const manifestPath = path.resolve(context.workspace, inputs.manifest);
  assertInsideWorkspace(manifestPath, context.workspace, "manifest");
  const options = {
    today: inputs.today,
    language: inputs.language,
    ruleSet,
    displayName: inputs.manifest,
    evidenceExists: evidenceInRepository(context.workspace),
  };
  // Pull-request facts go into the head's check only: the base shows what was there before this PR.
  const pullRequest =
    context.pullRequest && github
      ? await fetchPullRequestFacts(github, {
          owner: context.owner,
          repo: context.repo,
          ...context.pullRequest,
        })
      : undefined;
  let report = await checkManifestFile(manifestPath, { ...options, pullRequest });
  let comparable = true;
  if (context.pullRequest && github && report.errors.length === 0) {
    const base = await fetchBaseManifest(github, {
      owner: context.owner,
      repo: context.repo,
      path: inputs.manifest,
      ref: context.pullRequest.baseSha,
    });
    comparable = base.kind !== "unavailable";
    // The base is judged by the same rules and date; evidence is looked up in this checkout.
    const baseReport =
      base.kind === "found" ? checkManifestText(manifestPath, base.text, options) : undefined;
    report = compareWithBase(report, baseReport);
  }
  if (context.pullRequest)
    report = {
      ...report,
      pull_request: { number: context.pullRequest.number, head_sha: context.pullRequest.headSha },
    };

  const reportPath = writeReport(report);
  setOutputs(report, reportPath);
  if (inputs.sarif) writeSarif(inputs.sarif, report, ruleSet, inputs, context);
  const omitted = annotate(report.findings, inputs.manifest);
  await writeSummary(report, ruleSet, inputs, context, omitted);

  if (context.pullRequest && inputs.comment !== "never") {
    await comment(github, inputs, context, context.pullRequest.number, report, ruleSet);
  }
  for (const problem of report.errors)
    core.error(formatProblem(problem), { file: inputs.manifest, startLine: problem.line });
  if (inputs.failOn === "new" && !comparable) {
    // Without the base we cannot know what this PR introduced; an API hiccup must not fail the build.
    core.warning(
      "fail-on is `new`, but the base manifest could not be read: the check does not fail this time.",
    );
    return;
  }
  if (shouldFail(report, inputs.failOn)) {
    core.setFailed(failureMessage(report, inputs));
  }
}

async function loadRules(inputs: ActionInputs, context: RunContext): Promise<RuleSet> {
  const { files, unmatched } = findRulePacks(inputs.rules, context.workspace);
  if (unmatched.length > 0)
    throw new SourceError({
      file: "action input rules",
      line: 1,
      column: 1,
      code: "no-match",
      message: `${unmatched.join(", ")} matches no file`,
      hint: "check the globs in the rules input (relative to the repository root)",
    });
  for (const file of files) assertInsideWorkspace(file, context.workspace, "rule pack");
  return loadRuleSet(files);
}

function writeReport(report: Report): string {
  const directory = process.env.RUNNER_TEMP || process.cwd();
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, "security-manifest-report.json");
  writeFileSync(file, renderJson(report));
  return file;
}

function setOutputs(report: Report, reportPath: string): void {
  const open = report.findings.filter((f) => f.status !== "waived");
  core.setOutput("gaps", String(open.length));
  core.setOutput("new-gaps", String(open.filter((f) => f.status === "new").length));
  core.setOutput("fixed-gaps", String(report.fixed.length));
  core.setOutput("highest-severity", highestSeverity(report.findings) ?? "none");
  core.setOutput("report", reportPath);
}

function writeSarif(
  file: string,
  report: Report,
  ruleSet: RuleSet,
  inputs: ActionInputs,
  context: RunContext,
): void {
  const target = path.resolve(context.workspace, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, renderSarif(report, ruleSet, inputs.language));
  core.setOutput("sarif", target);
}

/** Links to manifest lines at a commit; the manifest's path is the report's (publish mode reads another run's). */
function blobUrl(manifest: string, context: RunContext, sha: string): string | undefined {
  if (!context.owner || !sha) return undefined;
  const file = manifest.replace(/\\/g, "/").split("/").map(encodeURIComponent).join("/");
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/${file}`;
}

async function writeSummary(
  report: Report,
  ruleSet: RuleSet,
  inputs: ActionInputs,
  context: RunContext,
  omitted: number,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  let body = renderMarkdown(report, {
    language: inputs.language,
    cases: ruleSet.cases,
    blobUrl: blobUrl(report.manifest, context, context.sha),
    limit: SUMMARY_LIMIT,
    fullReportHint: "the JSON report (output `report`)",
  });
  if (omitted > 0)
    body += `\n_${omitted} more gaps are not annotated on the manifest lines (GitHub shows ten of each kind per step)._\n`;
  try {
    await core.summary.addRaw(body).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

async function comment(
  github: GitHubClient | undefined,
  inputs: ActionInputs,
  context: RunContext,
  issueNumber: number,
  report: Report,
  ruleSet: RuleSet,
): Promise<void> {
  if (!github) {
    core.warning(
      "No token: the pull request comment is skipped. The report is in the job summary.",
    );
    return;
  }
  const open = report.findings.filter((f) => f.status !== "waived").length;
  const marker = commentMarker(report.manifest);
  const body = renderMarkdown(report, {
    language: inputs.language,
    cases: ruleSet.cases,
    blobUrl: blobUrl(report.manifest, context, report.pull_request?.head_sha ?? context.sha),
    marker,
    limit: COMMENT_LIMIT,
  });
  try {
    const outcome = await upsertStickyComment(github, {
      owner: context.owner,
      repo: context.repo,
      issueNumber,
      marker,
      body,
      createIfMissing: inputs.comment === "always" || open > 0 || report.fixed.length > 0,
    });
    core.info(`Pull request comment: ${outcome}.`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401) {
      core.warning(
        "The pull request comment could not be written: the token lacks the `pull-requests: write` permission " +
          "(add `permissions: pull-requests: write` to the job), or this is a pull request from a fork, whose token is read-only " +
          "(use the fork-safe two-workflow setup from the README). The full report is in the job summary.",
      );
      return;
    }
    core.warning(
      `The pull request comment could not be written (${status ?? (error as Error).message}). The full report is in the job summary.`,
    );
  }
}

/** Publish mode (workflow_run of the fork-safe pair): the comment from a report another job made. */
async function publishFromReport(
  inputs: ActionInputs,
  context: RunContext,
  github: GitHubClient | undefined,
): Promise<void> {
  const report = readPublishedReport(
    readFileSync(path.resolve(context.workspace, inputs.reportFile as string), "utf8"),
  );
  const ruleSet = await loadRuleSet();
  setOutputs(report, path.resolve(context.workspace, inputs.reportFile as string));
  await writeSummary(
    report,
    ruleSet,
    inputs,
    { ...context, sha: report.pull_request?.head_sha ?? context.sha },
    0,
  );
  const number = report.pull_request?.number;
  if (!number) {
    core.warning("The report names no pull request: nothing to comment on.");
    return;
  }
  if (context.workflowRunHeadSha && report.pull_request?.head_sha !== context.workflowRunHeadSha) {
    core.warning(
      `The report is about another commit than the run checked (${context.workflowRunHeadSha}); no comment written.`,
    );
    return;
  }
  if (github && context.workflowRunHeadSha) {
    // The report comes from an untrusted run: it may only comment on the PR whose head it checked.
    const { data: pull } = await github.rest.pulls.get({
      owner: context.owner,
      repo: context.repo,
      pull_number: number,
    });
    if (pull.head.sha !== context.workflowRunHeadSha) {
      core.warning(
        `The report names pull request #${number}, whose head is not the commit the run checked; no comment written.`,
      );
      return;
    }
  }
  if (inputs.comment !== "never") await comment(github, inputs, context, number, report, ruleSet);
  if (shouldFail(report, inputs.failOn)) core.setFailed(failureMessage(report, inputs));
}

function failureMessage(report: Report, inputs: ActionInputs): string {
  if (report.errors.length > 0)
    return `${inputs.manifest} could not be read: ${report.errors[0]?.message}`;
  const open = report.findings.filter((f) => f.status !== "waived");
  const counted = inputs.failOn === "new" ? open.filter((f) => f.status === "new") : open;
  return `${counted.length} security manifest gap(s) at or above fail-on "${inputs.failOn}". See the job summary for what is missing and how to fix it.`;
}
