import { readBounded } from "../manifest/load-manifest.js";
import { SourceError } from "../manifest/manifest-error.js";
import { parseYamlSource, type YamlSource } from "../manifest/yaml-source.js";
import { IMPORTERS } from "./formats.js";
import type { Importer } from "./importer.js";

/**
 * Reads the file to import as untrusted input: bounded in size, UTF-8, parsed by the same
 * guarded YAML reader as manifests (no tags that run code, alias bombs and deep nesting
 * refused). JSON is read by it too — JSON is YAML 1.2 — so errors have a line and column.
 */
export async function readImportSource(
  file: string,
  importer: Importer,
  shownAs = file,
): Promise<YamlSource> {
  const what = importer.title;
  const text = await readBounded(file, what, shownAs);
  return parseImportText(shownAs, text, importer);
}

export function parseImportText(file: string, text: string, importer: Importer): YamlSource {
  const what = importer.title;
  if (importer.syntax === "json" && !/^\uFEFF?\s*\{/.test(text)) {
    throw new SourceError({
      file,
      line: 1,
      column: 1,
      code: "not-json",
      message: `the ${what} is not a JSON object`,
      hint: `${importer.title} files are JSON starting with {; check that the right file and FORMAT are named`,
    });
  }
  const source = parseYamlSource(file, text, what);
  if (!importer.detect(source.data)) {
    const other = IMPORTERS.find(
      (candidate) => candidate !== importer && candidate.detect(source.data),
    );
    throw new SourceError({
      file,
      line: 1,
      column: 1,
      code: "wrong-format",
      message: `the file does not look like a ${importer.title} file`,
      hint: other
        ? `it looks like a ${other.title} file: run \`security-manifest import ${other.name} ${file}\``
        : `name one of the formats ${IMPORTERS.map((i) => i.name).join(", ")} that fits the file`,
    });
  }
  return source;
}
