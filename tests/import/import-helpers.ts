import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { importerNamed } from "../../src/import/formats.js";
import { type ImportOutcome, importIntoManifest } from "../../src/import/import-manifest.js";
import type { ImportNote } from "../../src/import/importer.js";
import { parseImportText } from "../../src/import/read-import-source.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

/** The written manifest as plain data; tests read into it freely and compare with toEqual. */
// biome-ignore lint/suspicious/noExplicitAny: the tests assert the shape themselves
export type ParsedManifest = Record<string, any>;

export const IMPORT_FIXTURES = path.join(REPO_ROOT, "tests/import/fixtures");

export function fixture(name: string): string {
  return readFileSync(path.join(IMPORT_FIXTURES, name), "utf8");
}

/** Imports a fixture (or given text) into a fresh manifest or into `manifest`. */
export function importText(
  format: string,
  file: string,
  text: string,
  options: { manifest?: string; overwrite?: boolean } = {},
): ImportOutcome & { data: ParsedManifest } {
  const importer = importerNamed(format);
  if (!importer) throw new Error(`no importer ${format}`);
  const source = parseImportText(file, text, importer);
  const outcome = importIntoManifest({
    importer,
    source,
    ...(options.manifest !== undefined
      ? { manifest: { file: "security-manifest.yml", text: options.manifest } }
      : {}),
    resultName: "security-manifest.yml",
    overwrite: options.overwrite ?? false,
    today: "2026-12-02",
    fallbackProject: "folder",
    schema: "schema/manifest-v1.schema.json",
  });
  return { ...outcome, data: parse(outcome.text) };
}

export function importFixture(format: string, name: string) {
  return importText(format, name, fixture(name));
}

export function notesOf(notes: ImportNote[], kind: ImportNote["kind"]): string[] {
  return notes.filter((n) => n.kind === kind).map((n) => n.text);
}
