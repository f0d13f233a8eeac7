import type { Language } from "../src/i18n/language.js";
import { words as wordsOf } from "../src/i18n/words/words.js";
import {
  anythingDue,
  DUE_DATE_LABEL,
  DUE_DATE_LABEL_COLOR,
  dueDateMarker,
  dueDateTitle,
  nothingDueComment,
  renderDueDateIssue,
  reopenedComment,
  stateOfBody,
} from "./due-date-issue.js";
import type { DueDates } from "./due-date-items.js";
import type { GitHubClient } from "./github-client.js";

export type NotifyOutcome =
  | "created"
  | "updated"
  | "reopened"
  | "closed"
  | "unchanged"
  | "nothing-due";

/** What a run did, and to which issue (none when nothing is due and there is none). */
export interface NotifyResult {
  outcome: NotifyOutcome;
  number?: number;
}

export interface DueDateNotice {
  owner: string;
  repo: string;
  manifest: string;
  language: Language;
  blobUrl?: string;
  dates: DueDates;
}

/** At most this many issues with our label are read (100 per page): the search stays bounded. */
const MAX_PAGES = 20;

interface FoundIssue {
  number: number;
  state: string;
  title: string;
  body: string;
}

/**
 * Keeps one issue per manifest: found among open and closed issues with our label by the marker
 * at the start of its body (written by a bot or someone with write access: an outsider's issue
 * that carries the marker is never taken over). Created when something is due and there is
 * none; updated in place only when what it lists changed; reopened when something falls due
 * again; closed, with a short comment, when nothing is due. A closed issue is reused, never a
 * second one opened; a twin that a concurrent run opened is closed, the oldest kept. Nothing due
 * and no issue: no write at all.
 */
export async function notifyDueDates(
  github: GitHubClient,
  notice: DueDateNotice,
): Promise<NotifyResult> {
  const { owner, repo } = notice;
  const marker = dueDateMarker(notice.manifest);
  const due = anythingDue(notice.dates);
  const body = renderDueDateIssue(notice.dates, notice);
  const title = dueDateTitle(notice.manifest, notice.language);
  const [issue, ...twins] = await findIssues(github, owner, repo, marker);
  await closeTwins(github, owner, repo, twins);

  if (!issue) {
    if (!due) return { outcome: "nothing-due" };
    await ensureLabel(github, owner, repo, notice.language);
    const { data } = await github.rest.issues.create({
      owner,
      repo,
      title,
      body,
      labels: [DUE_DATE_LABEL],
    });
    // Two runs that both found none both created one: looking again keeps only the oldest.
    const [kept, ...created] = await findIssues(github, owner, repo, marker);
    await closeTwins(github, owner, repo, created);
    return { outcome: "created", number: kept?.number ?? data.number };
  }

  const open = issue.state === "open";
  // Only what changed is sent, and the body only when what it says changed (its state hash):
  // the same state means no write at all.
  const sameState = issue.body === body || stateOfBody(issue.body) === stateOfBody(body);
  const text = {
    ...(sameState ? {} : { body }),
    ...(issue.title === title ? {} : { title }),
  };
  if (!due) {
    if (!open) return { outcome: "nothing-due", number: issue.number };
    await github.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: nothingDueComment(notice.dates, notice.language),
    });
    await github.rest.issues.update({
      owner,
      repo,
      issue_number: issue.number,
      state: "closed",
      state_reason: "completed",
      ...text,
    });
    return { outcome: "closed", number: issue.number };
  }
  if (open && Object.keys(text).length === 0) return { outcome: "unchanged", number: issue.number };
  await github.rest.issues.update({
    owner,
    repo,
    issue_number: issue.number,
    ...text,
    ...(open ? {} : { state: "open" as const }),
  });
  if (!open)
    await github.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: reopenedComment(notice.language),
    });
  return { outcome: open ? "updated" : "reopened", number: issue.number };
}

/**
 * Our issues among all (open and closed) with the label, oldest first, so the one kept is always
 * the same. Pull requests (which this endpoint lists too) are skipped.
 */
async function findIssues(
  github: GitHubClient,
  owner: string,
  repo: string,
  marker: string,
): Promise<FoundIssue[]> {
  let pages = 0;
  const issues = await github.paginate(
    github.rest.issues.listForRepo,
    {
      owner,
      repo,
      labels: DUE_DATE_LABEL,
      state: "all",
      sort: "created",
      direction: "asc",
      per_page: 100,
    },
    (response, done) => {
      if (++pages >= MAX_PAGES) done();
      return response.data;
    },
  );
  return issues
    .filter(
      (issue) =>
        !issue.pull_request &&
        writtenByUs(issue) &&
        typeof issue.body === "string" &&
        issue.body.startsWith(marker),
    )
    .sort((a, b) => a.number - b.number)
    .map((issue) => ({
      number: issue.number,
      state: issue.state,
      title: issue.title,
      body: issue.body ?? "",
    }));
}

/**
 * Written by the Action: a bot (GITHUB_TOKEN, an app) or, with a personal token, someone with
 * write access. A marker is easy to copy, so an issue of anyone else is never edited.
 */
function writtenByUs(issue: { user?: { type?: string } | null; author_association?: string }) {
  return (
    issue.user?.type === "Bot" ||
    ["OWNER", "MEMBER", "COLLABORATOR"].includes(issue.author_association ?? "")
  );
}

/** Twins of our issue (concurrent runs) that are still open are closed as not planned. */
async function closeTwins(
  github: GitHubClient,
  owner: string,
  repo: string,
  twins: readonly FoundIssue[],
): Promise<void> {
  for (const twin of twins.filter((t) => t.state === "open"))
    await github.rest.issues.update({
      owner,
      repo,
      issue_number: twin.number,
      state: "closed",
      state_reason: "not_planned",
    });
}

/** The label, created when the repository does not have it yet (422: another run just did). */
async function ensureLabel(
  github: GitHubClient,
  owner: string,
  repo: string,
  language: Language,
): Promise<void> {
  try {
    await github.rest.issues.getLabel({ owner, repo, name: DUE_DATE_LABEL });
    return;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  try {
    await github.rest.issues.createLabel({
      owner,
      repo,
      name: DUE_DATE_LABEL,
      color: DUE_DATE_LABEL_COLOR,
      description: wordsOf(language).dueDate.label,
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
  }
}
