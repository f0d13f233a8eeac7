/** GitHub refuses issue comments longer than this (measured here in UTF-8 bytes, which is never less). */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (1 MiB); we stay well below it. */
export const SUMMARY_LIMIT = 1_000_000;
