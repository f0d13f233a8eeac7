import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { checkManifestFile, checkManifestSource, unreadable } from "../src/check-manifest.js";
import { checkPullRequest } from "../src/check-pull-request.js";
import { blobLinks } from "../src/formats/blob-links.js";
import { type FormatName, outputFormat, renderAs } from "../src/formats/formats.js";
import { COMMENT_LIMIT, SUMMARY_LIMIT } from "../src/formats/markdown/limits.js";
import type { LinkBuilder } from "../src/formats/renderer.js";
import { words } from "../src/i18n/words/words.js";
import { evidenceInRepository } from "../src/manifest/evidence-files.js";
import { loadManifestFile, readBounded } from "../src/manifest/load-manifest.js";
import { formatProblem, SourceError } from "../src/manifest/manifest-error.js";
import { YamlSource } from "../src/manifest/yaml-source.js";
import { shouldFail } from "../src/report/fail-on.js";
import { highestSeverity, type Report } from "../src/report/report.js";
import { loadRuleSet, type RuleSet } from "../src/rules/rule-set.js";
import { isIntroduced, isOpen } from "../src/vocabulary/finding.js";
import { annotate } from "./annotations.js";
import { NOTIFY_EVENTS, type RunContext, readRunContext } from "./event-context.js";
import type { GitHubClient } from "./github-client.js";
import { type ActionInputs, readInputs } from "./inputs.js";
import { findLocalPacks } from "./local-rule-packs.js";
import { readPublishedPullRequest } from "./published-report.js";
import { type PullRequestRun, preparePullRequestRun } from "./pull-request-run.js";
import { manifestBlobUrl } from "./repository-links.js";
import { commentMarker, upsertStickyComment } from "./sticky-comment.js";
import { assertInsideWorkspace } from "./workspace-file.js";

/**
 * The Action: check the manifest, then publish the outputs, annotations, job summary, SARIF and,
 * on pull requests, the sticky comment. On pull requests the base commit decides the policy
 * (rule packs, management, champions) and decisions the PR adds wait for their decider's
 * approval. Publishing problems (permissions, API faults) become warnings: they never hide or
 * change the gap result. With the input `portfolio` it checks an organisation instead
 * (portfolio-run.ts).
 */
export async function runAction(): Promise<void> {
  const inputs = readInputs();
  const context = readRunContext();
  if (inputs.portfolio) {
    // Its own chunk: a pull request's run never loads the portfolio code.
    const { runPortfolio } = await import("./portfolio-run.js");
    await runPortfolio(inputs, inputs.portfolio, context.workspace);
    return;
  }
  // Only pull requests, publish mode and due-date notices talk to GitHub; other runs skip
  // loading the client at all.
  const notifies =
    inputs.notify === "issue" && NOTIFY_EVENTS.includes(context.eventName) && !inputs.reportFile;
  const needsApi =
    Boolean(inputs.token) &&
    (Boolean(context.pullRequest) || Boolean(inputs.reportFile) || notifies);
  const github = needsApi
    ? (await import("./github-client.js")).createGitHubClient(inputs.token)
    : undefined;

  if (inputs.reportFile) {
    await publishMode(inputs, context, github);
    return;
  }
  const manifestPath = path.resolve(context.workspace, inputs.manifest);
  assertInsideWorkspace(manifestPath, context.workspace, "manifest");
  const localPacks = await findLocalPacks(inputs.rules, context.workspace, !context.pullRequest);

  if (!context.pullRequest || !github) {
    const ruleSet = await loadRuleSet(localPacks.map((p) => p.absolute));
    const options = {
      today: inputs.today,
      language: inputs.language,
      ruleSet,
      displayName: inputs.manifest,
      evidenceExists: evidenceInRepository(context.workspace),
    };
    // With a notice the manifest is parsed once for both: a wide team's takes seconds.
    const loaded = notifies
      ? await loadManifestFile(manifestPath).catch((error: unknown) => error)
      : undefined;
    const source = loaded instanceof YamlSource ? loaded : undefined;
    const report = source
      ? checkManifestSource(source, options)
      : notifies
        ? unreadable(loaded, inputs.manifest, options)
        : await checkManifestFile(manifestPath, options);
    if (notifies) await notify(github, inputs, context, report, ruleSet, source);
    await publish(inputs, context, github, report, ruleSet, undefined);
    return;
  }

  const run = await preparePullRequestRun(github, inputs, context, {
    number: context.pullRequest.number,
    headSha: context.pullRequest.headSha,
    baseSha: context.pullRequest.baseSha,
    author: context.pullRequest.author,
    localPacks: localPacks.map((p) => p.relative),
    readHeadFile: (relative) => readBounded(path.resolve(context.workspace, relative), "file"),
  });
  const headText = await readHeadManifest(manifestPath, inputs.manifest);
  const report = judge(run, inputs, headText, evidenceInRepository(context.workspace));
  await publish(inputs, context, github, report, run.ruleSet, run);
}

/**
 * The due-date issue of a scheduled or manual run, from the report and the loaded manifest (for
 * the lines of upcoming duties and the people to act); its code is loaded only here. Like the
 * comment, a failure to write it is a warning: it never hides or changes the gap result.
 */
async function notify(
  github: GitHubClient | undefined,
  inputs: ActionInputs,
  context: RunContext,
  report: Report,
  ruleSet: RuleSet,
  source: YamlSource | undefined,
): Promise<void> {
  if (!github) {
    core.warning("No token: the due-date issue is skipped. The report is in the job summary.");
    return;
  }
  if (report.status === "unreadable") {
    core.warning(`${inputs.manifest} could not be read: the due-date issue is left as it is.`);
    return;
  }
  const { collectDueDates } = await import("./due-date-items.js");
  const { notifyDueDates } = await import("./notify-issue.js");
  try {
    const { outcome, number } = await notifyDueDates(github, {
      owner: context.owner,
      repo: context.repo,
      manifest: inputs.manifest,
      language: inputs.language,
      blobUrl: blobUrl(inputs.manifest, context, context.sha),
      dates: collectDueDates(report, source, ruleSet, inputs.today),
    });
    core.info(`Due-date issue${number === undefined ? "" : ` #${number}`}: ${outcome}.`);
  } catch (error) {
    const status = (error as { status?: number }).status;
    core.warning(
      status === 403 || status === 401
        ? "The due-date issue could not be written: the token lacks the `issues: write` permission (add `permissions: issues: write` to the job), or set `notify: never`."
        : `The due-date issue could not be written (${status ?? (error as Error).message}).`,
    );
  }
}

/** The pull request judged by the base's policy (see src/check-pull-request.ts). */
function judge(
  run: PullRequestRun,
  inputs: ActionInputs,
  headText: string | SourceError,
  evidenceExists: (path: string) => boolean,
): Report {
  const options = {
    today: inputs.today,
    language: inputs.language,
    ruleSet: run.ruleSet,
    displayName: inputs.manifest,
    evidenceExists,
    pullRequest: {
      author: run.author,
      changedFiles: run.changedFiles,
      approvedBy: run.approvedBy,
      checkFiles: [inputs.manifest, ...run.packPaths],
    },
  };
  const report =
    typeof headText === "string"
      ? checkPullRequest({
          head: { file: inputs.manifest, text: headText },
          base: run.baseManifest,
          options,
          decisions: inputs.decisions,
          rulePackChanges: run.rulePackChanges,
        })
      : unreadable(headText, inputs.manifest, options);
  return { ...report, pull_request: { number: run.number, head_sha: run.headSha } };
}

async function readHeadManifest(file: string, shownAs: string): Promise<string | SourceError> {
  try {
    return await readBounded(file, "manifest");
  } catch (error) {
    // Renamed, still worded in both languages.
    if (error instanceof SourceError)
      return new SourceError({ ...error.problem, file: shownAs }, error.words);
    throw error;
  }
}

/** Outputs, SARIF, annotations, summary, comment and the exit status, for any kind of run. */
async function publish(
  inputs: ActionInputs,
  context: RunContext,
  github: GitHubClient | undefined,
  report: Report,
  ruleSet: RuleSet,
  run: PullRequestRun | undefined,
): Promise<void> {
  const directory = process.env.RUNNER_TEMP || process.cwd();
  setOutputs(report);
  await writeFormat(
    "json",
    path.join(directory, "security-manifest-report.json"),
    report,
    ruleSet,
    inputs,
  );
  if (inputs.sarif && !inputs.reportFile)
    await writeFormat(
      "sarif",
      path.resolve(context.workspace, inputs.sarif),
      report,
      ruleSet,
      inputs,
    );
  const omitted = inputs.reportFile ? 0 : annotate(report.findings, inputs.manifest);
  const headSha = run?.headSha ?? context.sha;
  const links = blobLinks(
    blobUrl(inputs.manifest, context, headSha),
    run ? blobUrl(inputs.manifest, context, run.baseSha) : undefined,
  );
  await writeSummary(report, ruleSet, inputs, links, omitted);
  if (run?.movedOn)
    core.warning(
      `Pull request #${run.number} has moved on to a newer commit than ${run.headSha}: the comment is left to the run for that commit.`,
    );
  else if (run && inputs.comment !== "never" && run.commentsKnown)
    await comment(github, inputs, context, run, report, ruleSet, links);
  for (const problem of report.errors)
    core.error(formatProblem(problem, inputs.language), {
      file: inputs.manifest,
      startLine: problem.line,
    });
  if (inputs.failOn === "new" && run && run.baseManifest.kind === "unavailable") {
    // Without the base we cannot know what this PR introduced; an API hiccup must not fail the build.
    core.warning(
      "fail-on is `new`, but the base manifest could not be read: the check does not fail this time.",
    );
    return;
  }
  if (shouldFail(report, inputs.failOn)) core.setFailed(failureMessage(report, inputs));
}

/** A report file in one format, its path in the Action output the list of formats names for it. */
async function writeFormat(
  name: FormatName,
  file: string,
  report: Report,
  ruleSet: RuleSet,
  inputs: ActionInputs,
): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await renderAs(name, report, { language: inputs.language, ruleSet }));
  const output = outputFormat(name).actionOutput;
  if (output) core.setOutput(output, file);
}

function setOutputs(report: Report): void {
  const open = report.findings.filter(isOpen);
  // The summary counts every open gap, also when the list was shortened to the report's limits.
  core.setOutput("gaps", String(report.summary.total));
  core.setOutput("new-gaps", String(open.filter(isIntroduced).length));
  core.setOutput("fixed-gaps", String(report.fixed.length));
  core.setOutput("highest-severity", highestSeverity(report.findings) ?? "none");
}

function blobUrl(manifest: string, context: RunContext, sha: string): string | undefined {
  return manifestBlobUrl({
    serverUrl: context.serverUrl,
    owner: context.owner,
    repo: context.repo,
    sha,
    path: manifest,
  });
}

async function writeSummary(
  report: Report,
  ruleSet: RuleSet,
  inputs: ActionInputs,
  links: LinkBuilder | undefined,
  omitted: number,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  let body = await renderAs("markdown", report, {
    language: inputs.language,
    ruleSet,
    links,
    sizeLimit: SUMMARY_LIMIT,
    fullReportHint: words(inputs.language).comment.summaryHint,
  });
  if (omitted > 0) body += `\n_${words(inputs.language).comment.notAnnotated(omitted)}_\n`;
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
  run: PullRequestRun,
  report: Report,
  ruleSet: RuleSet,
  links: LinkBuilder | undefined,
): Promise<void> {
  if (!github) {
    core.warning(
      "No token: the pull request comment is skipped. The report is in the job summary.",
    );
    return;
  }
  const open = report.findings.filter(isOpen).length;
  const marker = commentMarker(inputs.manifest);
  const body = await renderAs("markdown", report, {
    language: inputs.language,
    ruleSet,
    links,
    marker,
    sizeLimit: COMMENT_LIMIT,
  });
  try {
    const outcome = await upsertStickyComment(
      github,
      {
        owner: context.owner,
        repo: context.repo,
        issueNumber: run.number,
        marker,
        body,
        createIfMissing:
          inputs.comment === "always" ||
          open > 0 ||
          report.fixed.length > 0 ||
          (report.changes?.length ?? 0) > 0,
      },
      run.comments,
      run.listComments,
    );
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

/**
 * Publish mode (workflow_run of the fork-safe pair). The other run is untrusted: its report is
 * read only for the pull request's number. This run checks that the PR's head is the commit the
 * other run checked, then reads the head manifest, the list of repository paths at the head, and
 * the base's manifest and packs through the API, and judges the PR itself. Nothing from the
 * artifact is rendered.
 */
async function publishMode(
  inputs: ActionInputs,
  context: RunContext,
  github: GitHubClient | undefined,
): Promise<void> {
  const number = await readPublishedPullRequest(
    path.resolve(context.workspace, inputs.reportFile as string),
  );
  if (number === undefined) {
    core.warning("The report names no pull request: nothing to comment on.");
    return;
  }
  if (!github || !context.workflowRunHeadSha) {
    core.warning(
      "Publish mode needs the token and a workflow_run event: nothing was checked or written.",
    );
    return;
  }
  const run = await preparePullRequestRun(github, inputs, context, {
    number,
    headSha: context.workflowRunHeadSha,
    fromApi: true,
  });
  if (run.movedOn) {
    core.warning(
      `The report names pull request #${number}, whose head is not the commit the run checked; no comment written.`,
    );
    return;
  }
  const head = run.headManifest ?? { kind: "unavailable" as const };
  if (head.kind !== "found") {
    core.warning(
      `${inputs.manifest} could not be read at the pull request's head (${head.kind}); no comment written.`,
    );
    return;
  }
  const paths = run.headPaths ?? new Set<string>();
  const report = judge(run, inputs, head.text, (relative) => paths.has(relative));
  await publish(inputs, context, github, report, run.ruleSet, run);
}

function failureMessage(report: Report, inputs: ActionInputs): string {
  if (report.errors.length > 0)
    return `${inputs.manifest} could not be read: ${report.errors[0]?.message}`;
  const open = report.findings.filter(isOpen);
  const counted = inputs.failOn === "new" ? open.filter(isIntroduced) : open;
  return `${counted.length} security manifest gap(s) at or above fail-on "${inputs.failOn}". See the job summary for what is missing and how to fix it.`;
}
