import * as core from "@actions/core";
import type { GitHubClient } from "./github-client.js";

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

export type FileStatus = "added" | "removed" | "modified";

export interface ChangedFiles {
  /** Paths the PR changes, renamed files under their old and new names. */
  paths: string[];
  /** What happened to each path (a rename removes the old path and adds the new one). */
  status: Map<string, FileStatus>;
  /** False when the list could not be read. */
  known: boolean;
}

/**
 * The pull request's changed files (one request per 100 files). Without the list the pack still
 * checks the author; checks of changed components are skipped.
 */
export async function fetchChangedFiles(
  github: GitHubClient,
  where: { owner: string; repo: string; number: number },
): Promise<ChangedFiles> {
  const paths: string[] = [];
  const status = new Map<string, FileStatus>();
  try {
    const files = await github.paginate(
      github.rest.pulls.listFiles,
      { owner: where.owner, repo: where.repo, pull_number: where.number, per_page: 100 },
      (response, done) => {
        if (paths.length + response.data.length >= MAX_FILES) done();
        return response.data;
      },
    );
    for (const file of files.slice(0, MAX_FILES)) {
      paths.push(file.filename);
      status.set(
        file.filename,
        file.status === "added" || file.status === "renamed" || file.status === "copied"
          ? "added"
          : file.status === "removed"
            ? "removed"
            : "modified",
      );
      // A renamed file changes its old place too.
      if (file.previous_filename) {
        paths.push(file.previous_filename);
        status.set(file.previous_filename, "removed");
      }
    }
    return { paths, status, known: true };
  } catch (error) {
    core.warning(
      `Could not list the pull request's changed files (${(error as { status?: number }).status ?? (error as Error).message}); checks of changed components are skipped.`,
    );
    return { paths, status, known: false };
  }
}
