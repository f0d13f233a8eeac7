/**
 * What a report says as a whole, for scripts: `unreadable` (the manifest could not be checked,
 * see `errors`) must never be mistaken for `ok` (checked, no open gap).
 */
export const REPORT_STATUSES = ["ok", "gaps", "unreadable"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
