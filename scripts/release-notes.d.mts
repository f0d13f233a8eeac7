/** The body of the `## [version]` section of a Keep a Changelog file; undefined when missing. */
export function releaseNotes(changelog: string, tag: string): string | undefined;
