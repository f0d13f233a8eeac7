import type { Authority, Person } from "./authority.js";
import type { ProfileFacts } from "./profile.js";

/**
 * Everything a rule may look at besides the manifest itself, gathered by the face (CLI or
 * Action) as plain data, so that the engine needs no clock, file system walk or network.
 */
export interface EvaluationContext {
  /** The evaluation date, YYYY-MM-DD. */
  today: string;
  /** The manifest's data (after the format check). */
  manifest: Record<string, unknown>;
  profile: ProfileFacts;
  /** Whether an evidence path (relative to the repository root, already checked to stay inside it) exists. */
  evidenceExists: (relativePath: string) => boolean;
  /** Facts of the pull request being checked, gathered by the Action (or given to the CLI). */
  pullRequest?: PullRequestFacts;
  /** Ids of every loaded rule (a waiver for an unknown rule is a gap). */
  ruleIds: ReadonlySet<string>;
  /**
   * Who is management and who are the security champions. On pull requests the base commit's
   * manifest decides; without it, the manifest itself.
   */
  authority?: Authority;
}

export interface PullRequestFacts {
  /** GitHub login of the pull request's author. */
  author?: string;
  /** Paths of the files it changes, relative to the repository root. */
  changedFiles: readonly string[];
  /**
   * Logins whose latest review approves the pull request's current head commit (not dismissed).
   * Undefined when the reviews are not known (the CLI without --approved-by, an API failure).
   */
  approvedBy?: readonly string[];
  /** The check's own files (the manifest, rule packs): no component needs to cover them (PR-007). */
  checkFiles?: readonly string[];
  /** Champions whose approval the review duty asks for (from the base): set by the PR check. */
  champions?: readonly Person[];
}
