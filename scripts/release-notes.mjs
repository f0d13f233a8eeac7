// Prints the CHANGELOG.md section of one release (Keep a Changelog: "## [1.2.3] - 2026-12-01"),
// for the GitHub release the release workflow creates. Fails when the section is missing, so a
// tag cannot be released without its notes.
//
//   node scripts/release-notes.mjs v1.2.3 [CHANGELOG.md]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The body of the `## [version]` section, without its heading; undefined when there is none. */
export function releaseNotes(changelog, tag) {
  const version = tag.replace(/^v/, "");
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^## \[/.test(line) || /^\[[^\]]+\]:\s/.test(line));
  const body = (end < 0 ? rest : rest.slice(0, end)).join("\n").trim();
  return body === "" ? undefined : `${body}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [tag, file = "CHANGELOG.md"] = process.argv.slice(2);
  if (!tag || !/^v\d+\.\d+\.\d+$/.test(tag)) {
    process.stderr.write(
      "usage: node scripts/release-notes.mjs vMAJOR.MINOR.PATCH [CHANGELOG.md]\n",
    );
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(file, "utf8"), tag);
  if (notes === undefined) {
    process.stderr.write(
      `${file} has no "## [${tag.slice(1)}]" section with notes: add one before tagging\n`,
    );
    process.exit(1);
  }
  process.stdout.write(notes);
}
