import * as core from "@actions/core";
import type { PullRequestFacts } from "../src/rules/evaluation-context.js";
import type { GitHubClient } from "./github-client.js";

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

/**
 * What the pull-request pack needs: the author (from the event) and the changed files (one
 * request per 100 files). Without the file list the pack still checks the author.
 */
export async function fetchPullRequestFacts(
  github: GitHubClient,
  where: { owner: string; repo: string; number: number; author?: string },
): Promise<PullRequestFacts> {
  const changedFiles: string[] = [];
  try {
    const files = await github.paginate(
      github.rest.pulls.listFiles,
      { owner: where.owner, repo: where.repo, pull_number: where.number, per_page: 100 },
      (response, done) => {
        if (changedFiles.length + response.data.length >= MAX_FILES) done();
        return response.data;
      },
    );
    for (const file of files.slice(0, MAX_FILES)) {
      changedFiles.push(file.filename);
      // A renamed file changes its old place too.
      if (file.previous_filename) changedFiles.push(file.previous_filename);
    }
  } catch (error) {
    core.warning(
      `Could not list the pull request's changed files (${(error as { status?: number }).status ?? (error as Error).message}); checks of changed components are skipped.`,
    );
  }
  return { author: where.author, changedFiles };
}
