import { parseDocument } from "yaml";
import { defaultAnswers } from "../manifest/init-profile.js";
import { parseManifestText } from "../manifest/load-manifest.js";
import { manifestTemplate } from "../manifest/manifest-template.js";
import { validateManifestSchema } from "../manifest/validate-schema.js";
import type { YamlSource } from "../manifest/yaml-source.js";
import type { Finding } from "../vocabulary/finding.js";
import type { Importer, ImportNote } from "./importer.js";
import { keepLayout } from "./keep-layout.js";
import { type MergeNote, mergeIntoDocument } from "./merge-manifest.js";

export interface ImportOutcome {
  /** The resulting manifest text. */
  text: string;
  /** What the source gave (mapped, no place, to fill in). */
  notes: ImportNote[];
  /** What the merge did to the manifest (added, kept, overwritten). */
  merge: MergeNote[];
  /** The result parsed, for positions of merge notes. */
  result: YamlSource;
  /** Format errors of the result; empty when it is valid format v1. */
  problems: Finding[];
}

export interface ImportRequest {
  importer: Importer;
  source: YamlSource;
  /** The manifest to merge into (already read); undefined starts from the `init` template. */
  manifest?: { file: string; text: string };
  /** Name of the result in messages when there is no manifest file. */
  resultName: string;
  overwrite: boolean;
  today: string;
  /** Project name when the source has none (the folder's name). */
  fallbackProject: string;
  schema: string;
}

/** Maps the source, merges it into the manifest (or a fresh template) and validates the result. */
export function importIntoManifest(request: ImportRequest): ImportOutcome {
  const { manifest: imported, notes } = request.importer.map(request.source);
  let base = request.manifest;
  let overwrite = request.overwrite;
  let fromTemplate = false;
  if (!base) {
    const name = (imported.project as { name?: string } | undefined)?.name;
    base = {
      file: request.resultName,
      // init's default answers (no kick-off briefing: its minutes file is not written here).
      text: manifestTemplate({
        ...defaultAnswers(name ?? request.fallbackProject, "en"),
        project: name ?? request.fallbackProject,
        organisation: "Our company",
        briefing: false,
        language: "en",
        today: request.today,
        schema: request.schema,
      }),
    };
    // The template's example values are placeholders: what the source says replaces them.
    overwrite = true;
    fromTemplate = true;
  }
  // Read with every guard first (size, aliases, depth, version); then parsed again as an
  // editable document, with the same YAML 1.2 core settings.
  parseManifestText(base.file, base.text);
  const doc = parseDocument(base.text, { version: "1.2", schema: "core", uniqueKeys: true });
  if (fromTemplate) {
    // The template's example entries (the component `app`, the member "Project Lead") go when
    // the source names the real ones.
    // Emptied in place, so that the imported entries stand where the examples stood.
    for (const key of ["components", "team"]) if (key in imported) doc.set(key, doc.createNode([]));
  }
  const merge = mergeIntoDocument(doc, imported, overwrite);
  const text = keepLayout(base.text, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  const result = parseManifestText(base.file, text);
  const problems = validateManifestSchema(result, "en");
  return { text, notes, merge: fromTemplate ? [] : merge, result, problems };
}
