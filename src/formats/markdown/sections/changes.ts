// "This PR changes security decisions": each change, its place and who must approve.
import { approvalText } from "../../../i18n/approval-labels.js";
import { words } from "../../../i18n/words/words.js";
import { escapeMarkdown as md } from "../../../report/markdown.js";
import type { ManifestChange } from "../../../vocabulary/manifest-change.js";
import type { MarkdownOptions } from "../options.js";
import { linked } from "./gap-tables.js";

/** Changes shown before the list is cut short (the JSON report has them all). */
export const CHANGES_SHOWN = 100;
export const APPROVAL_ICONS: Record<ManifestChange["approval"]["state"], string> = {
  approved: "✅",
  pending: "⏳",
  unverifiable: "⏳",
  "not-management": "⛔",
  "not-enforced": "⚠️",
  "not-required": "ℹ️",
};

/** "This PR changes security decisions": one line per change, with its place and who must approve. */
export function changesBlock(
  changes: ManifestChange[],
  options: MarkdownOptions,
  text: (value: string) => string,
): string[] {
  const { language } = options;
  const lines = changes.slice(0, CHANGES_SHOWN).map((change) => {
    const approval = change.approval ?? { by: "none", people: [], state: "not-required" };
    const label =
      change.side === "base"
        ? `${words(language).comment.line} ${change.line} (${words(language).common.base})`
        : `${words(language).comment.line} ${change.line}`;
    const place = linked(label, options.links?.manifestLine(change.line, change.side));
    const note =
      approval.state === "not-required"
        ? words(language).comment.forReview
        : approvalText(approval, language);
    return `- ${APPROVAL_ICONS[approval.state] ?? "ℹ️"} ${text(change.message)} — ${place} — ${text(note)}`;
  });
  const more = changes.length - CHANGES_SHOWN;
  return [
    `#### ⚠️ ${words(language).common.changes} (${changes.length})`,
    "",
    ...lines,
    ...(more > 0 ? ["", `_${md(words(language).comment.moreChanges(more))}_`] : []),
    "",
  ];
}
